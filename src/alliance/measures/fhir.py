"""FHIR R4 (fhir.resources R4B): Questionnaire, QuestionnaireResponse, Observation; import from an EHR."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from datetime import date, datetime
from typing import Any

from pydantic import ValidationError

from alliance.errors import BadRequest
from alliance.measures.instruments import (
    Instrument,
    InvalidAnswers,
    Item,
    UnknownInstrument,
    get_instrument,
    list_instruments,
)
from alliance.measures.scoring import Answers, ScoreResult, _apply_skip_logic, normalise_answers

LOINC = "http://loinc.org"
ORDINAL_VALUE = "http://hl7.org/fhir/StructureDefinition/ordinalValue"
OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"
_OPS = {"eq": "=", "ne": "!=", "gt": ">", "ge": ">=", "lt": "<", "le": "<="}


class UnknownQuestionnaire(BadRequest):
    """A QuestionnaireResponse whose questionnaire is not one of ours."""


def canonical_url(inst: Instrument) -> str:
    """The canonical URL of our Questionnaire for an instrument."""
    return f"urn:alliance:measures:questionnaire:{inst.id}"


def answer_system(inst: Instrument) -> str:
    """The code system of our local answer codes (the option's score as its code)."""
    return f"urn:alliance:measures:{inst.id}:answer"


def _fhir_id(inst: Instrument) -> str:
    return inst.id.replace("_", "-")


def _text(texts: Mapping[str, str], lang: str) -> str:
    return texts.get(lang) or texts["en"]


def _coding(inst: Instrument, item: Item, value: int, lang: str) -> dict[str, Any]:
    option = next(o for o in inst.options_for(item) if o.score == value)
    system, code = (LOINC, option.loinc) if option.loinc else (answer_system(inst), str(option.score))
    return {
        "system": system,
        "code": code,
        "display": _text(option.text, lang),
        "extension": [{"url": ORDINAL_VALUE, "valueDecimal": option.score}],
    }


def questionnaire(instrument: Instrument | str, lang: str = "en") -> Any:
    """The instrument as a FHIR R4 Questionnaire (LOINC codes where known, enableWhen for skip logic)."""
    from fhir.resources.R4B.questionnaire import Questionnaire

    inst = get_instrument(instrument) if isinstance(instrument, str) else instrument
    if lang not in inst.languages.available:
        raise BadRequest(f"{inst.short_name} has no {lang!r} wording")
    items = []
    for item in inst.items:
        entry: dict[str, Any] = {
            "linkId": item.id,
            "text": _text(item.text, lang),
            "type": "choice",
            "required": item.required and item.scored and not item.enable_when,
            "answerOption": [
                {"valueCoding": _coding(inst, item, o.score, lang)} for o in inst.options_for(item)
            ],
        }
        if item.loinc:
            entry["code"] = [{"system": LOINC, "code": item.loinc}]
        conditions = []
        for cond in item.enable_when:
            controller = inst.item(cond.item)
            if cond.op in ("eq", "ne"):
                conditions.append(
                    {
                        "question": cond.item,
                        "operator": _OPS[cond.op],
                        "answerCoding": {
                            k: v
                            for k, v in _coding(inst, controller, cond.value, lang).items()
                            if k != "extension"
                        },
                    }
                )
        if conditions:
            entry["enableWhen"] = conditions
            if len(conditions) > 1:
                entry["enableBehavior"] = "all"
        items.append(entry)
    data: dict[str, Any] = {
        "resourceType": "Questionnaire",
        "id": _fhir_id(inst),
        "url": canonical_url(inst),
        "version": inst.version,
        "title": inst.name,
        "status": "active",
        "language": lang,
        "description": _text(inst.instructions, lang),
        "copyright": inst.licence,
        "item": items,
    }
    if "panel" in inst.loinc:
        data["code"] = [{"system": LOINC, "code": inst.loinc["panel"], "display": inst.name}]
    return Questionnaire.model_validate(data)


def _iso(when: datetime | date | str) -> str:
    return when if isinstance(when, str) else when.isoformat()


def questionnaire_response(
    instrument: Instrument | str,
    answers: Answers,
    authored: datetime | date | str,
    subject_ref: str,
    lang: str = "en",
) -> Any:
    """A completed FHIR R4 QuestionnaireResponse for these answers (unanswered items are left out)."""
    from fhir.resources.R4B.questionnaireresponse import QuestionnaireResponse

    inst = get_instrument(instrument) if isinstance(instrument, str) else instrument
    given = _apply_skip_logic(inst, normalise_answers(inst, answers))
    items = [
        {
            "linkId": item.id,
            "text": _text(item.text, lang),
            "answer": [{"valueCoding": _coding(inst, item, given[item.id], lang)}],  # type: ignore[arg-type]
        }
        for item in inst.items
        if given[item.id] is not None
    ]
    data = {
        "resourceType": "QuestionnaireResponse",
        "questionnaire": f"{canonical_url(inst)}|{inst.version}",
        "status": "completed",
        "subject": {"reference": subject_ref},
        "authored": _iso(authored),
        "language": lang,
        "item": items,
    }
    return QuestionnaireResponse.model_validate(data)


def observation_total(
    instrument: Instrument | str,
    result: ScoreResult,
    subject_ref: str,
    effective: datetime | date | str,
    *,
    derived_from: str | None = None,
) -> Any:
    """An Observation with the total (LOINC-coded where a code is known) and the band as interpretation."""
    from fhir.resources.R4B.observation import Observation

    inst = get_instrument(instrument) if isinstance(instrument, str) else instrument
    if result.status != "scored":
        raise BadRequest(f"{inst.short_name}: cannot make an Observation: {result.cannot_score_reason}")
    if "total" in inst.loinc:
        code = {
            "coding": [{"system": LOINC, "code": inst.loinc["total"]}],
            "text": f"{inst.short_name} total score",
        }
    else:
        code = {
            "coding": [{"system": "urn:alliance:measures:total", "code": inst.id}],
            "text": f"{inst.short_name} {'total score' if result.total is not None else 'result'}",
        }
    data: dict[str, Any] = {
        "resourceType": "Observation",
        "status": "final",
        "category": [{"coding": [{"system": OBSERVATION_CATEGORY, "code": "survey", "display": "Survey"}]}],
        "code": code,
        "subject": {"reference": subject_ref},
        "effectiveDateTime": _iso(effective),
        "interpretation": [{"text": result.severity}],
    }
    if result.total is not None:
        data["valueInteger"] = result.total
    else:
        data["valueCodeableConcept"] = {"text": result.severity}
    notes = [f"flags: {', '.join(result.flags)}"] if result.flags else []
    if result.prorated:
        notes.append("total prorated for missing items")
    if notes:
        data["note"] = [{"text": "; ".join(notes)}]
    if derived_from:
        data["derivedFrom"] = [{"reference": derived_from}]
    return Observation.model_validate(data)


def _find_instrument(questionnaire_url: str | None, link_ids: list[str]) -> Instrument:
    if questionnaire_url:
        url = questionnaire_url.split("|", 1)[0]
        for inst in list_instruments():
            tail = url.rstrip("/").rsplit("/", 1)[-1].rsplit(":", 1)[-1]
            if url == canonical_url(inst) or tail in (inst.id, _fhir_id(inst), inst.loinc.get("panel")):
                return inst
        tail = url.rstrip("/").rsplit("/", 1)[-1]
        try:
            return get_instrument(tail)
        except UnknownInstrument:
            raise UnknownQuestionnaire(f"unknown questionnaire {questionnaire_url!r}") from None
    # No questionnaire reference: the smallest instrument whose items hold every linkId.
    candidates = [inst for inst in list_instruments() if all(_match_item(inst, lid) for lid in link_ids)]
    if not link_ids or not candidates:
        raise UnknownQuestionnaire(
            "QuestionnaireResponse names no known questionnaire and its items match none"
        )
    return min(candidates, key=lambda i: len(i.items))


def _match_item(inst: Instrument, link_id: str) -> Item | None:
    key = link_id.strip().rstrip("/").rsplit("/", 1)[-1]
    for item in inst.items:
        if key in (item.id, item.loinc):
            return item
    return None


def _flatten(items: list[Any] | None) -> Iterator[Any]:
    for item in items or []:
        yield item
        yield from _flatten(item.item)
        for answer in item.answer or []:
            yield from _flatten(answer.item)


def _answer_score(inst: Instrument, item: Item, answer: Any) -> int:
    scores = {o.score for o in inst.options_for(item)}
    if answer.valueCoding is not None:
        coding = answer.valueCoding
        for option in inst.options_for(item):
            if coding.code is not None and coding.code in (option.loinc, str(option.score)):
                if coding.system in (None, LOINC, answer_system(inst)):
                    return option.score
        raise InvalidAnswers(
            f"{inst.short_name} item {item.id}: unknown answer code {coding.system}|{coding.code}"
        )
    if answer.valueInteger is not None:
        return int(answer.valueInteger)
    if answer.valueBoolean is not None and scores == {0, 1}:
        return 1 if answer.valueBoolean else 0
    raise InvalidAnswers(f"{inst.short_name} item {item.id}: answer must be valueCoding or valueInteger")


def import_questionnaire_response(
    data: str | bytes | Mapping[str, Any] | Any,
) -> tuple[str, dict[str, int | None]]:
    """Read a QuestionnaireResponse (ours or an EHR's, linkIds or LOINC codes) as (instrument id, answers)."""
    from fhir.resources.R4B.questionnaireresponse import QuestionnaireResponse

    try:
        if isinstance(data, (str, bytes)):
            data = json.loads(data)
        qr = data if isinstance(data, QuestionnaireResponse) else QuestionnaireResponse.model_validate(data)
    except (ValueError, ValidationError) as exc:
        detail = " ".join(str(exc).split())[:300]
        raise BadRequest(f"not a valid FHIR R4 QuestionnaireResponse: {detail}") from exc
    flat = [i for i in _flatten(qr.item) if i.answer]
    inst = _find_instrument(qr.questionnaire, [i.linkId for i in flat])
    answers: dict[str, int | None] = {}
    for entry in flat:
        item = _match_item(inst, entry.linkId)
        if item is None:
            if entry.linkId.rsplit("/", 1)[-1] in inst.loinc.values():
                continue  # an EHR's calculated total or panel item; we recompute it
            raise InvalidAnswers(f"{inst.short_name}: unknown item {entry.linkId!r}")
        if len(entry.answer) != 1:
            raise InvalidAnswers(
                f"{inst.short_name} item {item.id}: expected one answer, got {len(entry.answer)}"
            )
        if item.id in answers:
            raise InvalidAnswers(f"{inst.short_name} item {item.id}: answered twice")
        answers[item.id] = _answer_score(inst, item, entry.answer[0])
    return inst.id, _apply_skip_logic(inst, normalise_answers(inst, answers))
