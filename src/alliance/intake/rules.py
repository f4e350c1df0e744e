"""The triage engine: versioned rules (data) over a referral's answers and the crisis screen's verdict on its
words.

Pure and deterministic: no database, no model, no network. The caller screens the free text with
`alliance.safety.screen` and passes the verdict in as data (`Screening.to_dict()` or the Screening itself), so
the screen's own negation, idiom, "laughed off" and history handling decide what the words say. What the
screen is not made to read (new psychotic symptoms, domestic abuse, trauma, impairment told in words) comes
from the intake signals (`alliance.intake.signals`) of the version the rules file names, read from the words
the caller passes. Every rule that fires is a reason quoting the answer or the words; the highest tier wins.

A rule set is YAML (see data/rules-v1.yaml): `version`, `sources`, and `rules`, each with an `id`, a `tier`
(emergency, urgent, soon, routine), a condition `when`, a `reason` template (`{evidence}` is replaced by the
quoted answers or words), its `source`, and optional `needs` (specialism tags for matching clinicians).
Conditions: `all` / `any` (lists), `not`, `item` (`phq9.phq9_9` with `op` and `value`, optional `if_missing`),
`total` (an instrument's total with `op` and `value`), `question` (a yes/no risk question answered yes), and
`screen` (evidence of the screen: `category` (one or a list), `min_level`, `max_level`, `rule` / `rule_not`
(regular expressions over the screen's rule id), `subject` self | third_party | any, `also`: the same words
also carry one of these categories), and `signal` (one or a list of the intake signals; the file must name its
signals version, `signals: signals-v1`). From v8 a file may set `behalf_subject: true`: in a referral written
on behalf of the person who needs care (the signals' `on_behalf`), the screen's third-party evidence is that
person's own, so `subject: self` reads it too (the writer is not the subject of such a referral), except
evidence whose rule id matches `behalf_rule_not` (a regular expression: the screen's bare "someone else is at
risk" readings).

"""

from __future__ import annotations

import functools
import importlib.resources
import operator
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from alliance.errors import BadRequest
from alliance.yamlfile import load_yaml

TIERS = ("emergency", "urgent", "soon", "routine")
RANK = {t: i for i, t in enumerate(TIERS)}
LEVELS = ("none", "low", "moderate", "high", "imminent")
CATEGORIES = (
    "suicidal_ideation",
    "suicide_plan_intent",
    "self_harm",
    "harm_to_others",
    "abuse_safeguarding",
    "psychosis_command",
    "overdose_medical",
    "eating_disorder_medical",
    "substance_risk",
)
# The yes/no questions of the referral form, as a reason quotes them.
QUESTIONS = {
    "harm_others_thoughts": "thoughts of harming someone else",
    "harm_others_intent": "intends to act on thoughts of harming someone",
    "child_at_risk": "a child is at risk of harm now",
    "unsafe_at_home": "someone is hurting, threatening or controlling them",
    "trauma_disrupts_life": "memories of a frightening event disrupt daily life",
    "psychotic_experiences": "hearing voices others do not, or feeling watched or controlled, recently",
}
OPS = {
    "eq": operator.eq,
    "ne": operator.ne,
    "gt": operator.gt,
    "ge": operator.ge,
    "lt": operator.lt,
    "le": operator.le,
}
Op = Literal["eq", "ne", "gt", "ge", "lt", "le"]
DEFAULT_VERSION = "v9"
DEFAULT_FILE = f"rules-{DEFAULT_VERSION}.yaml"


class RulesInvalid(BadRequest):
    """A rule set that fails validation is refused whole."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class ScreenCond(_Strict):
    category: str | list[str] | None = None
    min_level: str = "moderate"
    max_level: str = "imminent"
    rule: str | None = None
    rule_not: str | None = None
    subject: Literal["self", "third_party", "any"] = "any"
    also: list[str] | None = None  # the same words also carry one of these categories

    @model_validator(mode="after")
    def _check(self) -> ScreenCond:
        cats = ([self.category] if isinstance(self.category, str) else (self.category or [])) + (
            self.also or []
        )
        for cat in cats:
            if cat not in CATEGORIES:
                raise ValueError(f"unknown screen category {cat!r}")
        for lv in (self.min_level, self.max_level):
            if lv not in LEVELS:
                raise ValueError(f"unknown screen level {lv!r}")
        for rx in (self.rule, self.rule_not):
            if rx is not None:
                re.compile(rx)
        return self


class Cond(_Strict):
    all_: list[Cond] | None = Field(None, alias="all")
    any_: list[Cond] | None = Field(None, alias="any")
    not_: Cond | None = Field(None, alias="not")
    item: str | None = None
    total: str | None = None
    op: Op | None = None
    value: int | None = None
    if_missing: bool = False
    question: str | None = None
    screen: ScreenCond | None = None
    signal: str | list[str] | None = None

    @model_validator(mode="after")
    def _one_form(self) -> Cond:
        forms = [
            f
            for f in ("all_", "any_", "not_", "item", "total", "question", "screen", "signal")
            if getattr(self, f) is not None
        ]
        if len(forms) != 1:
            raise ValueError(
                "a condition takes exactly one of all, any, not, item, total, question, screen, signal"
            )
        if forms[0] in ("item", "total") and (self.op is None or self.value is None):
            raise ValueError(f"{forms[0]} needs op and value")
        if self.question is not None and self.question not in QUESTIONS:
            raise ValueError(f"unknown question {self.question!r}: use {', '.join(QUESTIONS)}")
        return self


class RuleSpec(_Strict):
    id: str = Field(pattern=r"^[a-z0-9_.]+$")
    tier: Literal["emergency", "urgent", "soon", "routine"]
    when: Cond
    reason: str = Field(min_length=3)
    source: str
    needs: list[str] = Field(default_factory=list)


class RuleFile(_Strict):
    version: str = Field(min_length=1, max_length=80)
    description: str = ""
    signals: str | None = None  # the intake signals version its `signal` conditions read
    behalf_subject: bool = False  # v8: on someone's behalf, third-party screen evidence is theirs
    behalf_rule_not: str | None = None  # v8: third-party evidence whose rule id matches stays third-party

    @model_validator(mode="after")
    def _check_behalf(self) -> RuleFile:
        if self.behalf_rule_not is not None:
            try:
                re.compile(self.behalf_rule_not)
            except re.error as exc:
                raise ValueError(f"behalf_rule_not is not a regular expression ({exc})") from None
        return self
    sources: dict[str, str]
    rules: list[RuleSpec] = Field(min_length=1)


@dataclass(frozen=True, slots=True)
class Reason:
    """One rule that fired: its id, the tier it gives, the sentence and the quoted evidence."""

    rule: str
    tier: str
    text: str
    evidence: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {"rule": self.rule, "tier": self.tier, "text": self.text, "evidence": list(self.evidence)}


@dataclass(frozen=True, slots=True)
class Outcome:
    """The engine's answer: the tier, every reason, the rules that fired, the rules' version, matching needs.
    """

    tier: str
    reasons: tuple[Reason, ...]
    rules: tuple[str, ...]
    rules_version: str
    needs: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (the CLI's line, less the id)."""
        return {
            "tier": self.tier,
            "reasons": [r.text for r in self.reasons],
            "rules": list(self.rules),
            "rules_version": self.rules_version,
        }


@dataclass(frozen=True)
class Inputs:
    """What the engine reads: answers by instrument and item, the yes/no questions, the screen's verdict, and
    the words with their language (for the intake signals)."""

    measures: Mapping[str, Mapping[str, int | None]] = field(default_factory=dict)
    questions: Mapping[str, Any] = field(default_factory=dict)
    screening: Mapping[str, Any] | None = None
    text: str | None = None
    lang: str | None = None


def _instrument(inst_id: str) -> Any:
    from alliance.measures.instruments import get_instrument

    return get_instrument(inst_id)


def _walk(cond: Cond):  # noqa: ANN202
    yield cond
    for child in (cond.all_ or []) + (cond.any_ or []) + ([cond.not_] if cond.not_ else []):
        yield from _walk(child)


class RuleSet:
    """A validated rule set; build with `from_yaml` (refuses the whole file on any error)."""

    def __init__(self, spec: RuleFile, text: str, lexicon: Any = None) -> None:
        self.spec = spec
        self.text = text
        self.version = spec.version
        self.rules = spec.rules
        self.signals = lexicon  # the intake signals the file names, or None

    @classmethod
    def from_yaml(cls, text: str) -> RuleSet:
        """Parse and validate a rule file: every instrument, item, category, source and template is checked.
        """
        try:
            data = load_yaml(text)
        except yaml.YAMLError as exc:
            raise RulesInvalid(f"The rules are not valid YAML: {exc}") from None
        if not isinstance(data, dict):
            raise RulesInvalid("The rules must be a YAML mapping with version, sources and rules.")
        try:
            spec = RuleFile.model_validate(data)
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"])
            raise RulesInvalid(f"The rules are invalid at {where}: {first['msg']}") from None
        lexicon = _lexicon(spec)
        ids = [r.id for r in spec.rules]
        if len(set(ids)) != len(ids):
            dup = next(i for i in ids if ids.count(i) > 1)
            raise RulesInvalid(f"Rule id {dup!r} is used twice.")
        for rule in spec.rules:
            if rule.source not in spec.sources:
                raise RulesInvalid(f"Rule {rule.id}: unknown source {rule.source!r}.")
            try:
                rule.reason.format(evidence="")
            except (KeyError, IndexError, ValueError):
                raise RulesInvalid(f"Rule {rule.id}: the reason may only use {{evidence}}.") from None
            for cond in _walk(rule.when):
                _check_measure_ref(rule.id, cond)
                _check_signal_ref(rule.id, cond, lexicon)
        return cls(spec, text, lexicon)

    def triage(self, inputs: Inputs) -> Outcome:
        """Run every rule; the highest tier any rule gives wins (routine when none fires)."""
        ctx = _Context(inputs, self.signals, self.spec.behalf_subject, self.spec.behalf_rule_not)
        reasons: list[Reason] = []
        for rule in self.rules:
            hit, evidence = ctx.eval(rule.when)
            if hit:
                quoted = "; ".join(dict.fromkeys(evidence))
                reasons.append(
                    Reason(
                        rule.id,
                        rule.tier,
                        rule.reason.format(evidence=quoted).strip(),
                        tuple(dict.fromkeys(evidence)),
                    )
                )
        reasons.sort(key=lambda r: RANK[r.tier])  # stable: the file's order within a tier
        tier = reasons[0].tier if reasons else "routine"
        needs = tuple(
            dict.fromkeys(n for r in self.rules if r.id in {x.rule for x in reasons} for n in r.needs)
        )
        return Outcome(tier, tuple(reasons), tuple(r.rule for r in reasons), self.version, needs)


def _lexicon(spec: RuleFile) -> Any:
    """The intake signals version the file names (None when it names none)."""
    if spec.signals is None:
        return None
    from alliance.intake import signals

    try:
        return signals.shipped(spec.signals)
    except signals.SignalsInvalid as exc:
        raise RulesInvalid(f"The rules name signals {spec.signals!r}: {exc}.") from None


def _check_signal_ref(rule_id: str, cond: Cond, lexicon: Any) -> None:
    if cond.signal is None:
        return
    if lexicon is None:
        raise RulesInvalid(f"Rule {rule_id}: a signal condition needs the file to name its signals version.")
    for name in [cond.signal] if isinstance(cond.signal, str) else cond.signal:
        if name not in lexicon.signals:
            raise RulesInvalid(f"Rule {rule_id}: unknown signal {name!r} in {lexicon.version}.")


def _check_measure_ref(rule_id: str, cond: Cond) -> None:
    from alliance.measures.instruments import UnknownInstrument

    ref = cond.item or cond.total
    if ref is None:
        return
    inst_id, _, item_id = ref.partition(".")
    try:
        inst = _instrument(inst_id)
    except UnknownInstrument:
        raise RulesInvalid(f"Rule {rule_id}: unknown instrument {inst_id!r}.") from None
    if cond.item is not None:
        if not item_id or item_id not in {i.id for i in inst.items}:
            raise RulesInvalid(f"Rule {rule_id}: {inst.short_name} has no item {item_id!r}.")
    elif inst.scoring.method != "sum":
        raise RulesInvalid(f"Rule {rule_id}: {inst.short_name} has no total.")


class _Context:
    """One referral's inputs, with totals and option texts computed once."""

    def __init__(
        self,
        inputs: Inputs,
        lexicon: Any = None,
        behalf_subject: bool = False,
        behalf_rule_not: str | None = None,
    ) -> None:
        self.inputs, self.lexicon = inputs, lexicon
        self.behalf_subject = behalf_subject and lexicon is not None and lexicon.on_behalf is not None
        self.behalf_rule_not = behalf_rule_not
        self._signals: list[Any] | None = None
        self._behalf: bool | None = None
        self.measures = {k: _by_item(k, v) for k, v in (inputs.measures or {}).items() if v is not None}
        self.questions = inputs.questions or {}
        verdict = inputs.screening
        if verdict is not None and not isinstance(verdict, Mapping):
            verdict = verdict.to_dict()  # a Screening
        self.evidence = list((verdict or {}).get("evidence") or [])
        self._totals: dict[str, tuple[int | None, str | None]] = {}

    def total(self, inst_id: str) -> tuple[int | None, str | None]:
        if inst_id not in self._totals:
            answers = self.measures.get(inst_id)
            if not answers or all(v is None for v in answers.values()):
                self._totals[inst_id] = (None, None)
            else:
                from alliance.measures.scoring import score

                try:
                    result = score(inst_id, dict(answers))
                    self._totals[inst_id] = (result.total, result.severity)
                except BadRequest:
                    self._totals[inst_id] = (None, None)
        return self._totals[inst_id]

    def eval(self, cond: Cond) -> tuple[bool, list[str]]:
        if cond.all_ is not None:
            out: list[str] = []
            for child in cond.all_:
                hit, ev = self.eval(child)
                if not hit:
                    return False, []
                out += ev
            return True, out
        if cond.any_ is not None:
            out, any_hit = [], False
            for child in cond.any_:
                hit, ev = self.eval(child)
                if hit:
                    any_hit, out = True, out + ev
            return any_hit, out
        if cond.not_ is not None:
            return not self.eval(cond.not_)[0], []
        if cond.item is not None:
            return self._item(cond)
        if cond.total is not None:
            total, severity = self.total(cond.total)
            if total is None or not OPS[cond.op](total, cond.value):  # type: ignore[index]
                return False, []
            inst = _instrument(cond.total)
            return True, [f"{inst.short_name} total {total}" + (f" ({severity})" if severity else "")]
        if cond.question is not None:
            if self.questions.get(cond.question) is True:
                return True, [f'answered yes: "{QUESTIONS[cond.question]}"']
            return False, []
        if cond.signal is not None:
            return self._signal(cond)
        return self._screen(cond.screen)  # type: ignore[arg-type]

    def _item(self, cond: Cond) -> tuple[bool, list[str]]:
        inst_id, _, item_id = cond.item.partition(".")  # type: ignore[union-attr]
        value = (self.measures.get(inst_id) or {}).get(item_id)
        if value is None:
            return cond.if_missing, []
        if not OPS[cond.op](value, cond.value):  # type: ignore[index]
            return False, []
        inst = _instrument(inst_id)
        item = inst.item(item_id)
        option = next((o.text.get("en") for o in inst.options_for(item) if o.score == value), str(value))
        return True, [
            f'{inst.short_name} question {_number(inst, item_id)} "{_short(item.text["en"])}": "{option}"'
        ]

    def _read_signals(self) -> list[Any]:
        if self._signals is None:
            self._signals = self.lexicon.read(self.inputs.text, self.inputs.lang) if self.lexicon else []
        return self._signals

    def on_behalf(self) -> bool:
        """Whether the referral is written on behalf of the person who needs care (and the file reads so)."""
        if self._behalf is None:
            self._behalf = self.behalf_subject and any(
                ev.signal == self.lexicon.on_behalf for ev in self._read_signals()
            )
        return self._behalf

    def _subject(self, ev: Mapping[str, Any]) -> str:
        """The evidence's subject: in a referral written on someone's behalf, their risk is theirs (v8)."""
        subject = str(ev.get("subject", "self"))
        if subject != "third_party" or not self.on_behalf():
            return subject
        kept = self.behalf_rule_not is not None and re.search(self.behalf_rule_not, str(ev.get("rule", "")))
        return subject if kept else "self"

    def _signal(self, cond: Cond) -> tuple[bool, list[str]]:
        self._read_signals()
        names = {cond.signal} if isinstance(cond.signal, str) else set(cond.signal or ())
        quotes = [f'"{ev.text}"' for ev in self._signals if ev.signal in names]
        return bool(quotes), quotes

    def _screen(self, cond: ScreenCond) -> tuple[bool, list[str]]:
        cats = {cond.category} if isinstance(cond.category, str) else set(cond.category or ())
        lo, hi = LEVELS.index(cond.min_level), LEVELS.index(cond.max_level)
        quotes = []
        spans: dict[tuple[str, str], set[str]] = {}
        for ev in self.evidence:
            spans.setdefault((str(ev.get("rule")), str(ev.get("text"))), set()).add(str(ev.get("category")))
        for ev in self.evidence:
            level = LEVELS.index(str(ev.get("level", "none")))
            if not lo <= level <= hi:
                continue
            if cats and ev.get("category") not in cats:
                continue
            if cond.subject == "self" and self._subject(ev) != "self":
                continue
            if cond.subject == "third_party" and ev.get("subject", "self") != "third_party":
                continue
            rule = str(ev.get("rule", ""))
            if cond.rule is not None and not re.search(cond.rule, rule):
                continue
            if cond.rule_not is not None and re.search(cond.rule_not, rule):
                continue
            if cond.also and not spans[(rule, str(ev.get("text")))] & set(cond.also):
                continue
            quotes.append(f'"{ev.get("text", "").strip()}"')
        return bool(quotes), quotes


def _by_item(inst_id: str, answers: Any) -> Mapping[str, int | None]:
    """Answers by item id (a list in item order is mapped and checked by the measures library)."""
    if isinstance(answers, Mapping):
        return answers
    from alliance.measures.scoring import normalise_answers

    return normalise_answers(_instrument(inst_id), answers)


def _number(inst: Any, item_id: str) -> str:
    """The question's number as the form prints it ("6, past 3 months" for the C-SSRS follow-up)."""
    suffix = item_id.split("_", 1)[1] if "_" in item_id else item_id
    number, _, rest = suffix.partition("_")
    if number.isdigit():
        return number + (", past 3 months" if rest == "recent" else f" ({rest})" if rest else "")
    return str([i.id for i in inst.items].index(item_id) + 1)


def _short(text: str, limit: int = 70) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


@functools.lru_cache(maxsize=8)
def shipped_rules(name: str = DEFAULT_FILE) -> RuleSet:
    """A rule set shipped in the package (validated once per process)."""
    text = (importlib.resources.files("alliance.intake") / "data" / name).read_text(encoding="utf-8")
    return RuleSet.from_yaml(text)


def default_rules() -> RuleSet:
    """The default rules (data/rules-v9.yaml, reading signals-v8)."""
    return shipped_rules(DEFAULT_FILE)


@functools.lru_cache(maxsize=32)
def rules_from_text(text: str) -> RuleSet:
    """A practice's override, parsed once per distinct text."""
    return RuleSet.from_yaml(text)


def triage(inputs: Inputs, rules: RuleSet | None = None) -> Outcome:
    """Triage one referral with the given rules (the default ones when None)."""
    return (rules or default_rules()).triage(inputs)
