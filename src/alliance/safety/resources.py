"""Crisis resources per country and language.

Loaded once from two package files: content/crisis_resources.yaml (crisis lines, per country) and
content/emergency_numbers.yaml (the emergency numbers of every ISO 3166-1 country and territory that has its own).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from functools import lru_cache
from importlib.resources import files
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from alliance.yamlfile import load_yaml

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

_TEL = re.compile(r"^\*?[0-9]{3,15}$")  # a leading * for mobile short codes (Chile's *4141)
_EMERGENCY = re.compile(r"^[0-9]{2,5}$")  # 01 (TM), 15, 17, 18 (FR) ... 000, 112, 911, 1669 (TH), 10111 (ZA)
_DISPLAY = re.compile(r"^\*?[0-9 ()\-]+$")
_URL = re.compile(r"^https://[^\s/]+\.[^\s]+$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")
_LANG = re.compile(r"^[a-z]{2}$")
# Common non-ISO spellings clients or settings use for a country.
_ALIASES = {"UK": "GB", "EL": "GR"}


def _digits(value: str) -> str:
    """The characters one dials: digits, and a leading * where there is one."""
    star = "*" if value.strip().startswith("*") else ""
    return star + re.sub(r"\D", "", value)


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
    """The shipped resources of one country.

    `emergency` may be left out: the loader then takes the country's numbers (and their source) from
    emergency_numbers.yaml. `no_national_line` says, where it is so, that the country has no national crisis line;
    such an entry must give `guidance` that names the emergency number, and may list regional or specialist lines.
    """

    name: str
    emergency_source: str | None = None
    emergency: list[EmergencyNumber] = Field(default_factory=list)
    services: list[CrisisService] = Field(default_factory=list)
    guidance: str | None = None
    no_national_line: str | None = Field(default=None, description="why there is no national crisis line")

    @field_validator("emergency_source")
    @classmethod
    def _src(cls, value: str | None) -> str | None:
        return _check_url(value)

    @model_validator(mode="after")
    def _complete(self) -> CountryEntry:
        if self.emergency and not self.emergency_source:
            raise ValueError(f"{self.name}: emergency numbers need an emergency_source")
        if self.no_national_line is None and not self.services:
            raise ValueError(f"{self.name}: list a crisis line, or say why there is none (no_national_line)")
        if self.no_national_line is not None and not self.guidance:
            raise ValueError(f"{self.name}: without a national line, guidance must name the emergency number")
        return self


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

    @model_validator(mode="after")
    def _fallback_numbers(self) -> ResourcesFile:
        if not self.fallback.emergency or not self.fallback.guidance:
            raise ValueError("the fallback needs emergency numbers and guidance")
        return self


_SERVICE_LABELS = {"ambulance": "Ambulance", "police": "Police", "fire": "Fire"}


def _check_emergency_tel(value: str) -> str:
    if not _EMERGENCY.match(value):
        raise ValueError(f"not an emergency number: {value!r}")
    return value


class EmergencyEntry(_Model):
    """One country's or territory's emergency numbers in emergency_numbers.yaml.

    `general` numbers reach every service; `ambulance`, `police` and `fire` are the per-service numbers where a
    country has them; `other` holds anything else (a number for text messages, a number whose service could not be
    confirmed). `uncertain` marks entries the compiler could not confirm in full (see `notes`).
    """

    name: str
    general: list[str] = Field(default_factory=list)
    ambulance: str | None = None
    police: str | None = None
    fire: str | None = None
    other: list[EmergencyNumber] = Field(default_factory=list)
    source: str | None = None
    notes: str | None = None
    uncertain: bool = False

    @field_validator("general")
    @classmethod
    def _general(cls, value: list[str]) -> list[str]:
        return [_check_emergency_tel(v) for v in value]

    @field_validator("ambulance", "police", "fire")
    @classmethod
    def _service(cls, value: str | None) -> str | None:
        return None if value is None else _check_emergency_tel(value)

    @field_validator("source")
    @classmethod
    def _src(cls, value: str | None) -> str | None:
        return _check_url(value)

    @model_validator(mode="after")
    def _some_number(self) -> EmergencyEntry:
        if not self.numbers():
            raise ValueError(f"{self.name}: no emergency number")
        if self.uncertain and not self.notes:
            raise ValueError(f"{self.name}: say in notes what is uncertain")
        return self

    def numbers(self) -> list[EmergencyNumber]:
        """General numbers first, then ambulance, police and fire (one line per number), then the others."""
        out: dict[str, list[str]] = {tel: ["Police, ambulance, fire"] for tel in self.general}
        for kind in ("ambulance", "police", "fire"):
            tel = getattr(self, kind)
            if tel is not None and tel not in self.general:
                out.setdefault(tel, []).append(_SERVICE_LABELS[kind])
        numbers = [EmergencyNumber(number=tel, tel=tel, label=", ".join(labels).capitalize())
                   for tel, labels in out.items()]
        return numbers + [n for n in self.other if n.tel not in out]


class EmergencySource(_Model):
    name: str
    url: str

    @field_validator("url")
    @classmethod
    def _url(cls, value: str) -> str:
        return _check_url(value) or value


class NotListed(_Model):
    """An ISO code without a public emergency number of its own (uninhabited) or with none we could confirm."""

    name: str
    reason: str


class EmergencyFile(_Model):
    """The whole emergency_numbers.yaml."""

    version: int
    compiled: date
    checked: date
    note: str
    sources: list[EmergencySource] = Field(min_length=1)
    countries: dict[str, EmergencyEntry]
    not_listed: dict[str, NotListed] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _codes(self) -> EmergencyFile:
        bad = [code for code in [*self.countries, *self.not_listed] if not _COUNTRY.match(code)]
        if bad:
            raise ValueError(f"country codes must be ISO 3166-1 alpha-2: {bad}")
        both = set(self.countries) & set(self.not_listed)
        if both:
            raise ValueError(f"listed and not listed: {sorted(both)}")
        return self

    def source_of(self, code: str) -> str:
        """The page an entry's numbers come from: its own, or the table's first source."""
        return self.countries[code].source or self.sources[0].url


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
    is_fallback: bool = Field(description="True when no crisis-line list exists for the country (directories shown)")
    emergency: list[EmergencyNumber]
    emergency_source: str
    emergency_for_country: bool = Field(
        default=True, description="the emergency numbers are the country's own, not the generic fallback")
    emergency_uncertain: bool = False
    services: list[CrisisService]
    guidance: str | None = None
    no_national_line: str | None = None
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
def load_emergency_numbers() -> EmergencyFile:
    """Parse and validate the shipped emergency-number table (once per process)."""
    text = (files("alliance") / "content" / "emergency_numbers.yaml").read_text(encoding="utf-8")
    return EmergencyFile.model_validate(load_yaml(text))


@lru_cache(maxsize=1)
def load_resources() -> ResourcesFile:
    """Parse and validate the shipped YAML (once per process).

    A country entry without its own `emergency` list gets the numbers of emergency_numbers.yaml.
    """
    text = (files("alliance") / "content" / "crisis_resources.yaml").read_text(encoding="utf-8")
    data = ResourcesFile.model_validate(load_yaml(text))
    table = load_emergency_numbers()
    countries: dict[str, CountryEntry] = {}
    for code, entry in data.countries.items():
        if code not in table.countries:
            raise ValueError(f"{code}: crisis resources for a country missing from emergency_numbers.yaml")
        if not entry.emergency:
            entry = entry.model_copy(update={"emergency": table.countries[code].numbers(),
                                             "emergency_source": table.source_of(code)})
        if entry.no_national_line is not None and not any(n.tel in (entry.guidance or "") for n in entry.emergency):
            raise ValueError(f"{code}: without a national line, guidance must name the emergency number")
        countries[code] = entry
    return data.model_copy(update={"countries": countries})


def all_countries() -> list[str]:
    """The ISO codes of the countries with shipped crisis lines (or an explicit 'no national line'), sorted."""
    return sorted(load_resources().countries)


def emergency_countries() -> list[str]:
    """The ISO codes with their own emergency numbers in the table, sorted."""
    return sorted(load_emergency_numbers().countries)


def known_country(country: str | None) -> bool:
    """Whether `country` (any case; UK for GB) is a code the shipped data knows, with or without numbers."""
    code = _norm_country(country)
    table = load_emergency_numbers()
    return code is not None and (code in table.countries or code in table.not_listed
                                 or code in load_resources().countries)


def emergency_numbers(country: str | None) -> list[EmergencyNumber]:
    """The emergency numbers of a country (the generic fallback's for an unknown one or one without numbers)."""
    code = _norm_country(country) or ""
    data = load_resources()
    if code in data.countries:
        return list(data.countries[code].emergency)
    table = load_emergency_numbers()
    if code in table.countries:
        return table.countries[code].numbers()
    return list(data.fallback.emergency)


def _table_guidance(name: str, numbers: list[EmergencyNumber], notes: str | None) -> str:
    dial = " or ".join(n.number for n in numbers[:3])
    text = (f"We do not list crisis lines for {name}. If you are in danger now, call {dial}. "
            "The directories below list crisis lines by country.")
    return f"{text} {notes}" if notes else text


def resources_for(
    country: str | None, lang: str | None, *, extra: list[CrisisService] | None = None
) -> CrisisResources:
    """Resources for a client: the country's (or the fallback), with services in `lang` first.

    Every country in emergency_numbers.yaml gets its own emergency numbers, even where no crisis lines are listed
    (then `is_fallback` is True and the international directories are shown). An unknown or missing country gets
    the generic fallback (112 and 911, which GSM mobile phones treat as emergency numbers) with its guidance.

    `extra` are practice-added services; those tagged with another country are left out. Within the same
    language group, practice-added services come before shipped ones, and otherwise the YAML order is kept.
    """
    data = load_resources()
    table = load_emergency_numbers()
    code = _norm_country(country)
    entry = data.countries.get(code or "")
    fallback = data.fallback
    emergency_for_country = True
    uncertain = False
    if entry is not None:
        is_fallback = False
        name, emergency, source = entry.name, list(entry.emergency), entry.emergency_source or ""
        shipped = list(entry.services)
        if entry.no_national_line is not None:
            shipped += list(fallback.services)
        guidance = entry.guidance
        uncertain = code in table.countries and table.countries[code].uncertain
    elif code is not None and code in table.countries:
        row = table.countries[code]
        is_fallback = True
        name, emergency, source = row.name, row.numbers(), table.source_of(code)
        shipped = list(fallback.services)
        guidance = _table_guidance(row.name, emergency, row.notes if row.uncertain else None)
        uncertain = row.uncertain
    else:
        is_fallback, emergency_for_country = True, False
        emergency, source, shipped = list(fallback.emergency), fallback.emergency_source or "", list(fallback.services)
        if code is not None and code in table.not_listed:
            missing = table.not_listed[code]
            name = missing.name
            guidance = f"We have no confirmed emergency number for {missing.name}: {missing.reason} {fallback.guidance}"
        else:
            code = None
            name, guidance = fallback.name, fallback.guidance
    added = [s for s in extra or [] if s.country is None or _norm_country(s.country) == code]
    services = added + shipped
    # sorted() is stable, so the order inside each group is kept.
    services = sorted(services, key=lambda s: (not s.speaks(lang), not s.local))
    return CrisisResources(
        lang=_norm_lang(lang) if lang else None,
        country=code,
        country_name=name,
        is_fallback=is_fallback,
        emergency=emergency,
        emergency_source=source,
        emergency_for_country=emergency_for_country,
        emergency_uncertain=uncertain,
        services=services,
        guidance=guidance,
        no_national_line=entry.no_national_line if entry is not None else None,
        note=data.note,
        compiled=data.compiled,
    )
