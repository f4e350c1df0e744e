"""Exact scoring of an instrument's answers: total, band, flags, prorating, cannot-score, subscales."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from fractions import Fraction
from typing import Any, Literal

from pydantic import BaseModel, Field

from alliance.errors import BadRequest
from alliance.measures.instruments import (
    SEXES,
    Instrument,
    InvalidAnswers,
    Item,
    Rule,
    get_instrument,
)

Answers = Mapping[str, int | None] | Sequence[int | None]


class ScoreResult(BaseModel):
    """The scored result of one administration of an instrument."""

    instrument: str
    name: str
    version: str
    status: Literal["scored", "cannot_score"]
    total: int | None = None
    min: int | None = None
    max: int | None = None
    severity: str | None = Field(None, description="band name exactly as the manual writes it")
    band: str | None = Field(None, description="band id")
    flags: list[str] = Field(default_factory=list)
    risk_flags: list[str] = Field(default_factory=list)
    prorated: bool = False
    answered_sum: int | None = None
    missing_items: list[str] = Field(default_factory=list)
    answers: dict[str, int | None] = Field(default_factory=dict)
    subscales: dict[str, int | None] = Field(default_factory=dict)
    percentage: int | None = None
    sex_used: str | None = None
    language: str = "en"
    language_validated: bool = True
    cannot_score_reason: str | None = None
    interpretation: str = ""
    source: str = ""


_CMP = {
    "eq": lambda a, b: a == b,
    "ne": lambda a, b: a != b,
    "gt": lambda a, b: a > b,
    "ge": lambda a, b: a >= b,
    "lt": lambda a, b: a < b,
    "le": lambda a, b: a <= b,
}


def _normalise_sex(sex: str | None) -> str | None:
    if sex is None:
        return None
    value = str(sex).strip().lower()
    aliases = {"m": "male", "man": "male", "f": "female", "woman": "female", "": "unknown"}
    value = aliases.get(value, value)
    if value not in SEXES:
        raise BadRequest(f"sex must be one of male, female, unknown; got {sex!r}")
    return value


def _check_value(inst: Instrument, item: Item, value: Any) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidAnswers(f"{inst.short_name} item {item.id}: answer {value!r} is not an integer")
    allowed = sorted(o.score for o in inst.options_for(item))
    if value not in allowed:
        raise InvalidAnswers(
            f"{inst.short_name} item {item.id}: {value} is not a valid answer "
            f"(allowed: {', '.join(map(str, allowed))})"
        )
    return value


def normalise_answers(inst: Instrument, answers: Answers) -> dict[str, int | None]:
    """Map answers (by item id, or a list in item order) to {item_id: score or None}, validating each."""
    out: dict[str, int | None] = {i.id: None for i in inst.items}
    if isinstance(answers, Mapping):
        for key, value in answers.items():
            item = inst.item(str(key))
            out[item.id] = _check_value(inst, item, value)
        return out
    if isinstance(answers, (str, bytes)) or not isinstance(answers, Sequence):
        raise InvalidAnswers(f"{inst.short_name}: answers must be a list or a mapping of item id to score")
    scored, every = inst.scored_items, inst.items
    if len(answers) == len(scored):
        targets = scored
    elif len(answers) == len(every):
        targets = every
    else:
        counts = sorted({len(scored), len(every)})
        raise InvalidAnswers(
            f"{inst.short_name}: expected {' or '.join(map(str, counts))} answers, got {len(answers)}"
        )
    for item, value in zip(targets, answers, strict=True):
        out[item.id] = _check_value(inst, item, value)
    return out


def _enabled(item: Item, answers: dict[str, int | None]) -> bool:
    """FHIR enableWhen (all conditions): an item whose controlling answer is missing stays enabled."""
    for cond in item.enable_when:
        value = answers.get(cond.item)
        if value is not None and not _CMP[cond.op](value, cond.value):
            return False
    return True


def _apply_skip_logic(inst: Instrument, answers: dict[str, int | None]) -> dict[str, int | None]:
    """Drop answers to items the skip logic does not ask; a non-lowest answer to such an item is an error."""
    out = dict(answers)
    for item in inst.items:
        if item.enable_when and not _enabled(item, out):
            value = out[item.id]
            lowest = min(o.score for o in inst.options_for(item))
            if value is not None and value != lowest:
                conds = " and ".join(f"{c.item} {c.op} {c.value}" for c in item.enable_when)
                raise InvalidAnswers(
                    f"{inst.short_name} item {item.id} is only asked when {conds}; got {value}"
                )
            out[item.id] = None
    return out


def _eval(rule: Rule, answers: dict[str, int | None], scores: dict[str, int | None], sex: str | None) -> bool:
    if rule.always:
        return True
    if rule.any is not None:
        return any(_eval(r, answers, scores, sex) for r in rule.any)
    if rule.all is not None:
        return all(_eval(r, answers, scores, sex) for r in rule.all)
    assert rule.op is not None
    if rule.count is not None:
        threshold = rule.item_ge if rule.item_ge is not None else 1
        n = sum(1 for i in rule.count if answers.get(i) is not None and answers[i] >= threshold)  # type: ignore[operator]
        return _CMP[rule.op](n, rule.value)
    if rule.item is not None:
        value = answers.get(rule.item)
        return rule.if_missing if value is None else _CMP[rule.op](value, rule.value)
    if rule.score is not None:
        value = scores.get(rule.score)
        if value is None:
            return False
        target = rule.value_by_sex[sex or "unknown"] if rule.value_by_sex else rule.value
        return _CMP[rule.op](value, target)
    raise ValueError("empty rule")


def _rule_items(rule: Rule) -> set[str]:
    found = {rule.item} if rule.item else set()
    found |= set(rule.count or [])
    for sub in (rule.any or []) + (rule.all or []):
        found |= _rule_items(sub)
    return found


def _round_half_up(x: Fraction) -> int:
    return math.floor(x + Fraction(1, 2))


def score(instrument_id: str, answers: Answers, *, sex: str | None = None, lang: str = "en") -> ScoreResult:
    """Score one administration exactly as the instrument's manual says."""
    inst = get_instrument(instrument_id)
    sex = _normalise_sex(sex)
    if lang not in inst.languages.available:
        raise BadRequest(
            f"{inst.short_name} has no {lang!r} wording; available: {', '.join(inst.languages.available)}"
        )
    given = _apply_skip_logic(inst, normalise_answers(inst, answers))
    asked = [i for i in inst.scored_items if _enabled(i, given)]
    missing = [i.id for i in asked if i.required and given[i.id] is None]
    answered = [given[i.id] for i in asked if given[i.id] is not None]
    rule_cfg = inst.scoring.missing
    sex_specific = bool((inst.bands and inst.bands.by_sex) or any(f.rule.value_by_sex for f in inst.flags))
    result = ScoreResult(
        instrument=inst.id,
        name=inst.short_name,
        version=inst.version,
        status="scored",
        min=inst.min_total,
        max=inst.max_total,
        missing_items=missing,
        answers=given,
        sex_used=(sex or "unknown") if sex_specific else None,
        language=lang,
        language_validated=lang in inst.languages.validated,
        source=inst.sources[inst.scoring.source],
    )
    scores: dict[str, int | None] = {}
    notes: list[str] = []
    if inst.scoring.method == "sum":
        result.answered_sum = sum(answered)  # type: ignore[arg-type]
        n_items = len(inst.scored_items)
        if not missing:
            result.total = result.answered_sum
        elif len(missing) <= rule_cfg.max_missing and rule_cfg.method == "prorate_mean":
            # Prorate: mean of the answered items x number of items, rounded half up (see the YAML source).
            result.total = _round_half_up(Fraction(result.answered_sum * n_items, len(answered)))
            result.prorated = True
            notes.append(f"prorated from {len(answered)} of {n_items} answered items")
        else:
            result.status = "cannot_score"
            allowed = (
                f"allows at most {rule_cfg.max_missing} missing"
                if rule_cfg.max_missing
                else "allows no missing items"
            )
            unanswered = f"{len(missing)} of {n_items} items unanswered ({', '.join(missing)})"
            result.cannot_score_reason = f"{unanswered}; {inst.short_name} {allowed}"
        if result.total is not None:
            scores["total"] = result.total
            if inst.scoring.percentage_multiplier:
                result.percentage = result.total * inst.scoring.percentage_multiplier
                scores["percentage"] = result.percentage
            assert inst.bands is not None
            band = next(b for b in inst.bands.for_sex(sex) if b.min <= result.total <= b.max)
            result.severity, result.band = band.name, band.id
            if band.description:
                notes.append(band.description)
    else:
        if missing:
            result.status = "cannot_score"
            result.cannot_score_reason = (
                f"{len(missing)} question(s) the skip logic asks are unanswered ({', '.join(missing)}); "
                f"{inst.short_name} cannot be triaged"
            )
        else:
            assert inst.scoring.triage is not None
            level = next(t for t in inst.scoring.triage if _eval(t.rule, given, scores, sex))
            result.severity, result.band = level.name, level.id
    for sub in inst.subscales:
        values = [given[i] for i in sub.items]
        result.subscales[sub.id] = None if any(v is None for v in values) else sum(values)  # type: ignore[arg-type]
        scores[sub.id] = result.subscales[sub.id]
    for flag in inst.flags:
        if _eval(flag.rule, given, scores, sex):
            result.flags.append(flag.id)
            if flag.risk:
                result.risk_flags.append(flag.id)
        # A risk question left blank is itself worth a clinician's follow-up.
        if flag.risk and any(
            given.get(i) is None and i in {a.id for a in asked} for i in _rule_items(flag.rule)
        ):
            result.flags.append(f"{flag.id}_unanswered")
    if result.sex_used == "unknown":
        notes.append("sex unknown: the lower (women's) cut-off is used")
    result.interpretation = _interpretation(inst, result, notes)
    return result


def _interpretation(inst: Instrument, result: ScoreResult, notes: list[str]) -> str:
    if result.status == "cannot_score":
        text = f"{inst.short_name}: cannot score: {result.cannot_score_reason}"
    elif result.total is None:
        text = f"{inst.short_name}: {result.severity}"
    else:
        text = f"{inst.short_name} total {result.total} of {result.max}: {result.severity}"
        if result.percentage is not None:
            text += f" (percentage score {result.percentage})"
    if result.risk_flags:
        text += f"; RISK: {', '.join(result.risk_flags)} (clinician review needed)"
    other = [f for f in result.flags if f not in result.risk_flags]
    if other:
        text += f"; flags: {', '.join(other)}"
    if notes:
        text += f"; {'; '.join(notes)}"
    if not result.language_validated:
        text += f"; the {result.language!r} wording is not a validated translation"
    return text


def risk_flags(result: ScoreResult | Mapping[str, Any]) -> list[str]:
    """The flags of a result that must raise a risk alert (the safety engine's escalation takes these)."""
    if isinstance(result, ScoreResult):
        return list(result.risk_flags)
    return list(result.get("risk_flags") or [])
