"""Crisis resources per country and language, loaded once from content/crisis_resources.yaml."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from functools import lru_cache
from importlib.resources import files
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

Topic = Literal[
    "crisis",
    "suicide",
    "self_harm",
    "youth",
    "lgbtq",
    "veterans",
    "indigenous",
    "domestic_violence",
    "child_abuse",
    "substance",
    "poison",
    "medical",
    "eating_disorder",
    "directory",
]

_TEL = re.compile(r"^[0-9]{3,15}$")
_EMERGENCY = re.compile(r"^[0-9]{2,4}$")  # 15, 17, 18 (FR) ... 000, 112, 911
_DISPLAY = re.compile(r"^[0-9 ()\-]+$")
_URL = re.compile(r"^https://[^\s/]+\.[^\s]+$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")
_LANG = re.compile(r"^[a-z]{2}$")
# Common non-ISO spellings clients or settings use for a country.
_ALIASES = {"UK": "GB", "EL": "GR"}


def _digits(value: str) -> str:
    return re.sub(r"\D", "", value)


def _check_url(value: str | None) -> str | None:
    if value is not None and not _URL.match(value):
        raise ValueError(f"not an https URL: {value!r}")
    return value


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class EmergencyNumber(_Model):
    """A number for police, fire or ambulance."""

    number: str
    tel: str
    label: str

    @model_validator(mode="after")
    def _well_formed(self) -> EmergencyNumber:
        if not _EMERGENCY.match(self.tel) or _digits(self.number) != self.tel:
            raise ValueError(f"emergency number {self.number!r} does not match tel {self.tel!r}")
        return self

    @property
    def tel_uri(self) -> str:
        """The tel: link to put in an <a href>."""
        return f"tel:{self.tel}"


class TextOption(_Model):
    """Reaching a service by SMS: send `keyword` (if any) to `number`."""

    number: str
    keyword: str | None = None

    @field_validator("number")
    @classmethod
    def _number_digits(cls, value: str) -> str:
        if not _DISPLAY.match(value) or not _TEL.match(_digits(value)):
            raise ValueError(f"not a text number: {value!r}")
        return value

    @property
    def display(self) -> str:
        """Human instruction, e.g. 'Text SHOUT to 85258'."""
        return f"Text {self.keyword} to {self.number}" if self.keyword else f"Text {self.number}"


class CrisisService(_Model):
    """One crisis line, text service, chat or directory (shipped, or added by a practice)."""

    id: str
    name: str
    phone: str | None = None
    tel: str | None = None
    press: str | None = Field(default=None, description="menu option to choose after dialling")
    text: TextOption | None = None
    chat_url: str | None = None
    url: str | None = None
    hours: str
    languages: list[str] = Field(min_length=1)
    topics: list[Topic] = Field(min_length=1)
    audience: str | None = None
    notes: str | None = None
    source: str
    checked: date
    country: str | None = Field(default=None, description="ISO code; only for practice-added services")
    local: bool = Field(default=False, description="added by the practice, not shipped")

    @field_validator("chat_url", "url")
    @classmethod
    def _links(cls, value: str | None) -> str | None:
        return _check_url(value)

    @field_validator("languages")
    @classmethod
    def _langs(cls, value: list[str]) -> list[str]:
        if not all(_LANG.match(lang) for lang in value):
            raise ValueError(f"languages must be ISO 639-1 codes: {value!r}")
        return value

    @model_validator(mode="after")
    def _reachable(self) -> CrisisService:
        if (self.phone is None) != (self.tel is None):
            raise ValueError(f"{self.id}: phone and tel go together")
        if self.phone is not None:
            if not _DISPLAY.match(self.phone) or not _TEL.match(self.tel or ""):
                raise ValueError(f"{self.id}: malformed phone {self.phone!r} / tel {self.tel!r}")
            if _digits(self.phone) != self.tel:
                raise ValueError(f"{self.id}: phone {self.phone!r} and tel {self.tel!r} differ")
        if not (self.phone or self.text or self.chat_url or self.url):
            raise ValueError(f"{self.id}: needs a phone, text, chat or url")
        # Shipped entries cite the official page; a practice may record how it verified its own (free text).
        if self.local:
            if not self.source.strip():
                raise ValueError(f"{self.id}: source is required")
        else:
            _check_url(self.source)
        return self

    @property
    def tel_uri(self) -> str | None:
        """The tel: link, or None for text/chat-only services."""
        return f"tel:{self.tel}" if self.tel else None

    def speaks(self, lang: str | None) -> bool:
        """Whether the service answers in `lang` (ISO 639-1, region ignored)."""
        return lang is not None and _norm_lang(lang) in self.languages


class CountryEntry(_Model):
    """The shipped resources of one country."""

    name: str
    emergency_source: str
    emergency: list[EmergencyNumber] = Field(min_length=1)
    services: list[CrisisService] = Field(min_length=1)
    guidance: str | None = None

    @field_validator("emergency_source")
    @classmethod
    def _src(cls, value: str) -> str:
        return _check_url(value) or value


class ResourcesFile(_Model):
    """The whole crisis_resources.yaml."""

    version: int
    compiled: date
    note: str
    countries: dict[str, CountryEntry]
    fallback: CountryEntry

    @field_validator("countries")
    @classmethod
    def _codes(cls, value: dict[str, CountryEntry]) -> dict[str, CountryEntry]:
        bad = [code for code in value if not _COUNTRY.match(code)]
        if bad:
            raise ValueError(f"country codes must be ISO 3166-1 alpha-2: {bad}")
        return value


# Which services suit which screening category (alliance.safety.levels.Category values).
CATEGORY_TOPICS: dict[str, frozenset[str]] = {
    "suicidal_ideation": frozenset({"suicide", "crisis"}),
    "suicide_plan_intent": frozenset({"suicide", "crisis"}),
    "self_harm": frozenset({"self_harm", "suicide", "crisis"}),
    "psychosis_command": frozenset({"crisis", "medical"}),
    "harm_to_others": frozenset({"crisis"}),
    "abuse_safeguarding": frozenset({"domestic_violence", "child_abuse"}),
    "overdose_medical": frozenset({"poison", "medical"}),
    "eating_disorder_medical": frozenset({"eating_disorder", "medical"}),
    "substance_risk": frozenset({"substance", "poison"}),
}


class CrisisResources(_Model):
    """What a crisis response shows: emergency numbers first, then services in the client's language first."""

    lang: str | None = None
    country: str | None
    country_name: str
    is_fallback: bool
    emergency: list[EmergencyNumber]
    emergency_source: str
    services: list[CrisisService]
    guidance: str | None = None
    note: str
    compiled: date

    def for_categories(self, categories: Iterable[str]) -> list[CrisisService]:
        """The services re-ordered for a screening: inside each language group, matching topics first."""
        wanted = frozenset().union(*(CATEGORY_TOPICS.get(str(c), frozenset()) for c in categories))
        return sorted(
            self.services, key=lambda s: (not s.speaks(self.lang), not wanted.intersection(s.topics))
        )


def _norm_lang(lang: str) -> str:
    return lang.strip().lower().replace("_", "-").split("-")[0]


def _norm_country(country: str | None) -> str | None:
    if country is None or not country.strip():
        return None
    code = country.strip().upper()
    return _ALIASES.get(code, code)


@lru_cache(maxsize=1)
def load_resources() -> ResourcesFile:
    """Parse and validate the shipped YAML (once per process)."""
    text = (files("alliance") / "content" / "crisis_resources.yaml").read_text(encoding="utf-8")
    return ResourcesFile.model_validate(yaml.safe_load(text))


def all_countries() -> list[str]:
    """The ISO codes of the countries with shipped resources, sorted."""
    return sorted(load_resources().countries)


def emergency_numbers(country: str | None) -> list[EmergencyNumber]:
    """The emergency numbers of a country (the fallback's for an unknown one)."""
    data = load_resources()
    entry = data.countries.get(_norm_country(country) or "", data.fallback)
    return list(entry.emergency)


def resources_for(
    country: str | None, lang: str | None, *, extra: list[CrisisService] | None = None
) -> CrisisResources:
    """Resources for a client: the country's (or the fallback), with services in `lang` first.

    `extra` are practice-added services; those tagged with another country are left out. Within the same
    language group, practice-added services come before shipped ones, and otherwise the YAML order is kept.
    """
    data = load_resources()
    code = _norm_country(country)
    entry = data.countries.get(code or "")
    is_fallback = entry is None
    if entry is None:
        entry = data.fallback
    added = [s for s in extra or [] if s.country is None or _norm_country(s.country) == code]
    services = added + list(entry.services)
    # sorted() is stable, so the order inside each group is kept.
    services = sorted(services, key=lambda s: (not s.speaks(lang), not s.local))
    return CrisisResources(
        lang=_norm_lang(lang) if lang else None,
        country=None if is_fallback else code,
        country_name=entry.name,
        is_fallback=is_fallback,
        emergency=list(entry.emergency),
        emergency_source=entry.emergency_source,
        services=services,
        guidance=entry.guidance,
        note=data.note,
        compiled=data.compiled,
    )
