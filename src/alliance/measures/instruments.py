"""Instruments as data: load and validate content/instruments/*.yaml into typed models."""

from __future__ import annotations

import functools
import importlib.resources
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from alliance.errors import BadRequest, NotFound
from alliance.yamlfile import load_yaml

Op = Literal["eq", "ne", "gt", "ge", "lt", "le"]
SEXES = ("male", "female", "unknown")


class UnknownInstrument(NotFound):
    """No instrument with that id is shipped."""


class InvalidAnswers(BadRequest):
    """Answers that cannot belong to the instrument: wrong count, unknown item, out of range, non-integer."""


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Option(_Model):
    score: int
    text: dict[str, str]
    loinc: str | None = None


class Condition(_Model):
    """One comparison of an answered item with a value (FHIR enableWhen semantics)."""

    item: str
    op: Op
    value: int


class Item(_Model):
    id: str
    text: dict[str, str]
    options: str
    loinc: str | None = None
    scored: bool = True
    required: bool = True
    enable_when: list[Condition] = Field(default_factory=list)


class Rule(_Model):
    """A flag or triage rule; exactly one form is used (see docs/measures.md)."""

    item: str | None = None
    score: str | None = None
    op: Op | None = None
    value: int | None = None
    value_by_sex: dict[str, int] | None = None
    if_missing: bool = False
    count: list[str] | None = None
    item_ge: int | None = None
    any: list[Rule] | None = None
    all: list[Rule] | None = None
    always: bool | None = None


class Band(_Model):
    id: str
    name: str
    min: int
    max: int
    description: str | None = None


class Bands(_Model):
    source: str
    bands: list[Band] | None = Field(None, alias="list")
    by_sex: dict[str, list[Band]] | None = None

    def for_sex(self, sex: str | None) -> list[Band]:
        """The bands that apply to a respondent of this sex (unknown when not given)."""
        if self.by_sex is not None:
            return self.by_sex[sex or "unknown"]
        assert self.bands is not None
        return self.bands


class Flag(_Model):
    id: str
    rule: Rule
    risk: bool
    source: str
    description: str


class TriageLevel(_Model):
    id: str
    name: str
    rule: Rule


class Missing(_Model):
    max_missing: int = 0
    method: Literal["prorate_mean"] | None = None
    source: str


class Scoring(_Model):
    method: Literal["sum", "triage"]
    source: str
    missing: Missing
    percentage_multiplier: int | None = None
    triage: list[TriageLevel] | None = None


class Subscale(_Model):
    id: str
    name: str
    items: list[str]


class Change(_Model):
    method: Literal["nhs_talking_therapies", "jacobson_truax"]
    reliable_change_threshold: int | None = None
    caseness: int | None = None
    source: str | None = None
    reliability: float | None = None
    reliability_kind: str | None = None
    reliability_source: str | None = None
    sd: float | None = None
    sd_source: str | None = None
    sd_note: str | None = None


class Languages(_Model):
    available: list[str]
    validated: list[str]
    note: str


class Instrument(_Model):
    """One questionnaire: items, options, scoring rule, bands, flags, sources, codes."""

    id: str
    name: str
    short_name: str
    aliases: list[str] = Field(default_factory=list)
    version: str
    domain: str
    higher_is_better: bool
    languages: Languages
    recall_period: dict[str, str]
    instructions: dict[str, str]
    instructions_adapted: bool = False
    licence: str
    sources: dict[str, str]
    loinc: dict[str, str] = Field(default_factory=dict)
    option_sets: dict[str, list[Option]]
    items: list[Item]
    scoring: Scoring
    subscales: list[Subscale] = Field(default_factory=list)
    bands: Bands | None = None
    flags: list[Flag] = Field(default_factory=list)
    change: Change | None = None

    @property
    def scored_items(self) -> list[Item]:
        """Items that count towards the total (or the triage)."""
        return [i for i in self.items if i.scored]

    def item(self, item_id: str) -> Item:
        """The item with this id."""
        for it in self.items:
            if it.id == item_id:
                return it
        raise InvalidAnswers(f"{self.short_name}: unknown item {item_id!r}")

    def options_for(self, item: Item) -> list[Option]:
        """The response options of an item."""
        return self.option_sets[item.options]

    @property
    def min_total(self) -> int | None:
        """Lowest possible total (None for triage instruments)."""
        if self.scoring.method != "sum":
            return None
        return sum(min(o.score for o in self.options_for(i)) for i in self.scored_items)

    @property
    def max_total(self) -> int | None:
        """Highest possible total (None for triage instruments)."""
        if self.scoring.method != "sum":
            return None
        return sum(max(o.score for o in self.options_for(i)) for i in self.scored_items)

    @model_validator(mode="after")
    def _check(self) -> Instrument:
        ids = [i.id for i in self.items]
        if len(set(ids)) != len(ids):
            raise ValueError(f"{self.id}: duplicate item ids")
        known = set(ids)
        for it in self.items:
            if it.options not in self.option_sets:
                raise ValueError(f"{self.id}: item {it.id} uses unknown option set {it.options}")
            if "en" not in it.text:
                raise ValueError(f"{self.id}: item {it.id} has no English text")
            missing_lang = set(self.languages.available) - set(it.text)
            if missing_lang and it.scored:
                raise ValueError(f"{self.id}: item {it.id} lacks text in {sorted(missing_lang)}")
            for cond in it.enable_when:
                if cond.item not in known:
                    raise ValueError(f"{self.id}: item {it.id} depends on unknown item {cond.item}")
        for name, opts in self.option_sets.items():
            scores = [o.score for o in opts]
            if len(set(scores)) != len(scores):
                raise ValueError(f"{self.id}: option set {name} repeats a score")
        for flag in self.flags:
            _check_rule(self.id, flag.rule, known)
        for sub in self.subscales:
            if not set(sub.items) <= known:
                raise ValueError(f"{self.id}: subscale {sub.id} names unknown items")
        for src in [self.scoring.source, self.scoring.missing.source] + [f.source for f in self.flags]:
            if src not in self.sources:
                raise ValueError(f"{self.id}: unknown source key {src}")
        if self.scoring.method == "sum":
            if self.bands is None:
                raise ValueError(f"{self.id}: a summed instrument needs bands")
            groups = self.bands.by_sex.values() if self.bands.by_sex else [self.bands.bands or []]
            if self.bands.by_sex is not None and set(self.bands.by_sex) != set(SEXES):
                raise ValueError(f"{self.id}: by_sex bands need {SEXES}")
            for bands in groups:
                _check_bands(self.id, bands, self.min_total or 0, self.max_total or 0)
        elif not self.scoring.triage:
            raise ValueError(f"{self.id}: a triage instrument needs triage levels")
        return self


def _check_rule(inst: str, rule: Rule, known: set[str]) -> None:
    for name in [rule.item, *(rule.count or [])]:
        if name is not None and name not in known:
            raise ValueError(f"{inst}: rule names unknown item {name}")
    for sub in (rule.any or []) + (rule.all or []):
        _check_rule(inst, sub, known)


def _check_bands(inst: str, bands: list[Band], lo: int, hi: int) -> None:
    """Bands must cover lo..hi exactly, in order, without gaps or overlaps."""
    expected = lo
    for band in bands:
        if band.min != expected or band.max < band.min:
            raise ValueError(f"{inst}: band {band.id} does not start at {expected}")
        expected = band.max + 1
    if expected != hi + 1:
        raise ValueError(f"{inst}: bands end at {expected - 1}, not {hi}")


def _load_all() -> dict[str, Instrument]:
    folder = importlib.resources.files("alliance") / "content" / "instruments"
    out: dict[str, Instrument] = {}
    for entry in sorted(folder.iterdir(), key=lambda p: p.name):
        if not entry.name.endswith(".yaml"):
            continue
        data: dict[str, Any] = load_yaml(entry.read_text(encoding="utf-8"))
        inst = Instrument.model_validate(data)
        out[inst.id] = inst
    return out


@functools.cache
def _registry() -> dict[str, Instrument]:
    return _load_all()


def _normalise_id(instrument_id: str) -> str:
    return instrument_id.strip().lower().replace("-", "").replace(" ", "").replace("_", "")


def get_instrument(instrument_id: str) -> Instrument:
    """The instrument with this id; accepts "PHQ-9", "phq9", "C-SSRS Screener" and similar spellings."""
    reg = _registry()
    if instrument_id in reg:
        return reg[instrument_id]
    wanted = _normalise_id(instrument_id)
    for inst in reg.values():
        names = [inst.id, inst.short_name, *inst.aliases]
        if wanted in {_normalise_id(n) for n in names}:
            return inst
    known = ", ".join(sorted(reg))
    raise UnknownInstrument(f"unknown instrument {instrument_id!r}; known: {known}")


def list_instruments() -> list[Instrument]:
    """Every shipped instrument, ordered by id."""
    return [v for _, v in sorted(_registry().items())]
