"""A treatment plan as a FHIR R4 CarePlan (fhir.resources R4B, as measures and notes use) with its problems as
contained Conditions and its goals as contained Goal resources, each objective a Goal.target coded with the
measure's LOINC code from the instrument's YAML; and the way back: a CarePlan from an EHR becomes a draft
plan.

What FHIR has no element for travels in extensions under `urn:alliance:plans:` (the review date, who does what
in an activity, homework kinds, an objective's kind and exposure step), so an export imports back unchanged.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from pydantic import ValidationError

from alliance.errors import BadRequest
from alliance.measures.instruments import get_instrument, list_instruments
from alliance.plans.models import TreatmentPlan
from alliance.plans.schemas import ICD10, ICD11, METRICS, Goal, Intervention, Objective, PlanContent, Problem

LOINC = "http://loinc.org"
ICD10_SYSTEM = "http://hl7.org/fhir/sid/icd-10"
ICD11_SYSTEM = "http://id.who.int/icd/release/11/mms"
METRIC_SYSTEM = "urn:alliance:plans:metric"
TOTAL_SYSTEM = "urn:alliance:measures:total"  # as measures/fhir.py codes a total without a LOINC code
MODALITY_SYSTEM = "urn:alliance:plans:modality"
EXT_REVIEW = "urn:alliance:plans:review-date"
EXT_VERSION = "urn:alliance:plans:version"
EXT_HOMEWORK = "urn:alliance:plans:homework"
EXT_WHO = "urn:alliance:plans:who"
EXT_KIND = "urn:alliance:plans:objective-kind"
EXT_STEP = "urn:alliance:plans:exposure-step"
EXT_ITEM = "urn:alliance:plans:item-id"
CLIENT_WORDS = "Client's own words"
RESPONSIBILITIES = "Who does what"
STATUS = {"draft": "draft", "signed": "active", "closed": "completed"}
# FHIR R4 value sets request-status and care-plan-intent (fhir.resources checks the shape, not the codes).
CAREPLAN_STATUSES = ("draft", "active", "on-hold", "revoked", "completed", "entered-in-error", "unknown")
CAREPLAN_INTENTS = ("proposal", "plan", "order", "option")
CONDITION_CLINICAL = "http://terminology.hl7.org/CodeSystem/condition-clinical"


class InvalidCarePlan(BadRequest):
    """The posted JSON is not a FHIR R4 CarePlan we can turn into a plan."""


def _measure_code(obj: Objective) -> dict[str, Any]:
    if obj.kind == "homework":
        label = METRICS[obj.measure or ""][0]
        return {
            "coding": [{"system": METRIC_SYSTEM, "code": obj.measure, "display": label}],
            "text": obj.text,
        }
    inst = get_instrument(obj.measure or "")
    if "total" in inst.loinc:
        coding = {"system": LOINC, "code": inst.loinc["total"], "display": f"{inst.short_name} total score"}
    else:
        coding = {"system": TOTAL_SYSTEM, "code": inst.id, "display": f"{inst.short_name} total score"}
    return {"coding": [coding], "text": obj.text}


def _target(obj: Objective) -> dict[str, Any]:
    target: dict[str, Any] = {"extension": [{"url": EXT_KIND, "valueCode": obj.kind},
                                            {"url": EXT_ITEM, "valueString": obj.id}]}
    if obj.kind == "not_measured":
        target["measure"] = {"text": obj.text}
    else:
        target["measure"] = _measure_code(obj)
        target["detailQuantity"] = {"value": obj.target, "comparator": obj.comparison}
        if obj.step is not None:
            target["extension"].append({"url": EXT_STEP, "valueInteger": obj.step})
    if obj.by:
        target["dueDate"] = obj.by.isoformat()
    return target


def care_plan(plan: TreatmentPlan, content: PlanContent) -> dict[str, Any]:
    """The plan as a CarePlan with contained Conditions and Goals, validated by fhir.resources."""
    from fhir.resources.R4B.careplan import CarePlan

    patient = {"reference": f"Patient/{plan.client_id}"}
    contained: list[dict[str, Any]] = []
    for p in content.problems:
        code: dict[str, Any] = {"text": p.text}
        if p.code:
            code["coding"] = [
                {"system": ICD10_SYSTEM if p.code_system == "ICD-10" else ICD11_SYSTEM, "code": p.code}
            ]
        contained.append({"resourceType": "Condition", "id": f"p-{p.id}", "subject": patient, "code": code,
                          "clinicalStatus": {"coding": [{"system": CONDITION_CLINICAL, "code": "active"}]}})
    for g in content.goals:
        goal: dict[str, Any] = {"resourceType": "Goal", "id": f"g-{g.id}", "subject": patient,
                                "lifecycleStatus": "active" if plan.status == "signed" else "proposed"
                                if plan.status == "draft" else "completed",
                                "description": {"text": g.clinical or g.client_words}}
        if g.client_words:
            goal["note"] = [{"authorString": CLIENT_WORDS, "text": g.client_words}]
        if content.starts_on:
            goal["startDate"] = content.starts_on.isoformat()
        if g.objectives:
            goal["target"] = [_target(o) for o in g.objectives]
        contained.append(goal)
    activities = []
    for i in content.interventions:
        ext: list[dict[str, Any]] = [{"url": EXT_ITEM, "valueString": i.id}]
        ext += [{"url": EXT_HOMEWORK, "valueCode": k} for k in i.homework]
        if i.who:
            ext.append({"url": EXT_WHO, "valueString": i.who})
        detail: dict[str, Any] = {"extension": ext, "status": "scheduled" if plan.status == "signed"
                                  else "not-started", "code": {"text": i.modality}}
        if i.text:
            detail["description"] = i.text
        if i.frequency:
            detail["scheduledString"] = i.frequency
        if i.sessions:
            detail["quantity"] = {"value": i.sessions, "unit": "sessions"}
        activities.append({"detail": detail})
    resource: dict[str, Any] = {
        "resourceType": "CarePlan", "id": str(plan.id), "status": STATUS.get(plan.status, "unknown"),
        "intent": "plan", "title": content.title, "subject": patient,
        "category": [{"text": "Mental health treatment plan"}],
        "created": plan.created_at.isoformat(),
        "extension": [{"url": EXT_VERSION, "valueInteger": plan.version}],
    }
    if content.review_on:
        resource["extension"].append({"url": EXT_REVIEW, "valueDate": content.review_on.isoformat()})
    if content.starts_on:
        resource["period"] = {"start": content.starts_on.isoformat()}
    if plan.signed_by:
        resource["author"] = {"reference": f"Practitioner/{plan.signed_by}", "display": plan.signed_name}
    if contained:
        resource["contained"] = contained
        resource["addresses"] = [{"reference": f"#p-{p.id}"} for p in content.problems] or None
        resource["goal"] = [{"reference": f"#g-{g.id}"} for g in content.goals] or None
    if activities:
        resource["activity"] = activities
    if content.responsibilities:
        resource["note"] = [{"authorString": RESPONSIBILITIES, "text": content.responsibilities}]
    resource = {k: v for k, v in resource.items() if v is not None}
    return json.loads(CarePlan.model_validate(resource).model_dump_json(exclude_none=True))


# --- import
# ----------------------------------------------------------------------------------------------------------

def _ext(element: dict[str, Any], url: str, kind: str) -> list[Any]:
    return [e.get(kind) for e in element.get("extension") or [] if e.get("url") == url]


def _instrument_for(coding: list[dict[str, Any]]) -> str | None:
    for c in coding:
        if c.get("system") == LOINC:
            for inst in list_instruments():
                if inst.loinc.get("total") == c.get("code") and inst.min_total is not None:
                    return inst.id
        if c.get("system") == TOTAL_SYSTEM:
            return c.get("code")
    return None


def _objective(target: dict[str, Any], n: int) -> Objective:
    measure = target.get("measure") or {}
    coding = measure.get("coding") or []
    text = (measure.get("text") or next((c.get("display") for c in coding if c.get("display")), None)
            or f"Objective {n}")
    qty = target.get("detailQuantity") or {}
    item = (_ext(target, EXT_ITEM, "valueString") or [None])[0]
    steps = _ext(target, EXT_STEP, "valueInteger")
    metric = next((c.get("code") for c in coding if c.get("system") == METRIC_SYSTEM), None)
    instrument = _instrument_for(coding)
    due = target.get("dueDate")
    fields: dict[str, Any] = {"text": text[:1000], "by": date.fromisoformat(due) if due else None}
    if item:
        fields["id"] = item
    if qty.get("value") is not None and (metric or instrument):
        fields |= {"kind": "homework" if metric else "measure", "measure": metric or instrument,
                   "comparison": qty.get("comparator") or "<=", "target": float(qty["value"]),
                   "step": steps[0] if steps else None}
    return Objective(**fields)


def _code(concept: dict[str, Any]) -> tuple[str | None, str | None]:
    for c in concept.get("coding") or []:
        code = (c.get("code") or "").upper()
        if c.get("system") == ICD10_SYSTEM and ICD10.match(code):
            return "ICD-10", code
        if c.get("system") == ICD11_SYSTEM and ICD11.match(code):
            return "ICD-11", code
    return None, None


def _resolve(ref: str | None, contained: dict[str, dict], bundle: dict[str, dict]) -> dict[str, Any] | None:
    if not ref:
        return None
    if ref.startswith("#"):
        return contained.get(ref[1:])
    return bundle.get(ref) or bundle.get(ref.rsplit("/", 1)[-1])


def content_from_care_plan(data: Any) -> PlanContent:
    """A plan's content from a CarePlan (alone, or in a Bundle with its Goals and Conditions); InvalidCarePlan
    when the JSON is not a valid FHIR R4 CarePlan or holds nothing a plan could.
    """
    from fhir.resources.R4B.bundle import Bundle
    from fhir.resources.R4B.careplan import CarePlan

    if not isinstance(data, dict) or data.get("resourceType") not in ("CarePlan", "Bundle"):
        raise InvalidCarePlan("Send a FHIR R4 CarePlan (or a Bundle holding one) as JSON.")
    bundle: dict[str, dict] = {}
    try:
        if data["resourceType"] == "Bundle":
            Bundle.model_validate(data)
            entries = [e.get("resource") or {} for e in data.get("entry") or []]
            for e, res in zip(data.get("entry") or [], entries, strict=True):
                if res.get("id"):
                    bundle[f"{res.get('resourceType')}/{res['id']}"] = res
                    bundle[res["id"]] = res
                if e.get("fullUrl"):
                    bundle[e["fullUrl"]] = res
            plans = [r for r in entries if r.get("resourceType") == "CarePlan"]
            if len(plans) != 1:
                raise InvalidCarePlan(f"The Bundle holds {len(plans)} CarePlans; send exactly one.")
            data = plans[0]
        CarePlan.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "the resource"
        raise InvalidCarePlan(f"Not a valid FHIR R4 CarePlan: {where}: {first['msg']}.") from exc
    except (ValueError, TypeError) as exc:  # what the FHIR library raises outside pydantic's errors
        raise InvalidCarePlan(f"Not a valid FHIR R4 CarePlan ({type(exc).__name__}).") from exc
    if data.get("status") not in CAREPLAN_STATUSES or data.get("intent") not in CAREPLAN_INTENTS:
        raise InvalidCarePlan(
            f"Not a valid FHIR R4 CarePlan: status must be one of {', '.join(CAREPLAN_STATUSES)} "
            f"and intent one of {', '.join(CAREPLAN_INTENTS)}."
        )
    if not (data.get("goal") or data.get("addresses") or data.get("activity")):
        raise InvalidCarePlan("The CarePlan names no goals, problems (addresses) or activities to import.")
    contained = {r.get("id"): r for r in data.get("contained") or [] if isinstance(r, dict)}
    try:
        problems = []
        for ref in data.get("addresses") or []:
            cond = _resolve(ref.get("reference"), contained, bundle) or {}
            concept = cond.get("code") or {}
            text = concept.get("text") or next((c.get("display") for c in concept.get("coding") or []
                                                if c.get("display")), None) or ref.get("display")
            if text:
                system, code = _code(concept)
                item = cond.get("id", "")
                problems.append(Problem(text=text[:1000], code_system=system, code=code,
                                        **({"id": item[2:]} if item.startswith("p-") else {})))
        goals = []
        for ref in data.get("goal") or []:
            goal = _resolve(ref.get("reference"), contained, bundle)
            if not goal:
                continue
            words = next(
                (n.get("text") for n in goal.get("note") or [] if n.get("authorString") == CLIENT_WORDS), None
            )
            clinical = (goal.get("description") or {}).get("text")
            gid = goal.get("id", "")
            goals.append(
                Goal(
                    client_words=words,
                    clinical=clinical if clinical != words else None,
                    objectives=[_objective(t, n) for n, t in enumerate(goal.get("target") or [], 1)],
                    **({"id": gid[2:]} if gid.startswith("g-") else {}),
                )
            )
        interventions = []
        for act in data.get("activity") or []:
            detail = act.get("detail")
            if not detail:
                continue
            code = detail.get("code") or {}
            modality = code.get("text") or next((c.get("display") for c in code.get("coding") or []
                                                 if c.get("display")), None) or detail.get("description")
            if not modality:
                continue
            item = (_ext(detail, EXT_ITEM, "valueString") or [None])[0]
            sessions = (detail.get("quantity") or {}).get("value")
            interventions.append(
                Intervention(
                    modality=modality[:200],
                    frequency=detail.get("scheduledString"),
                    sessions=int(sessions) if sessions else None,
                    homework=_ext(detail, EXT_HOMEWORK, "valueCode"),
                    who=(_ext(detail, EXT_WHO, "valueString") or [None])[0],
                    text=detail.get("description") if detail.get("description") != modality else None,
                    **({"id": item} if item else {}),
                )
            )
        notes = [n.get("text") for n in data.get("note") or [] if n.get("text")]
        review = (_ext(data, EXT_REVIEW, "valueDate") or [None])[0]
        start = (data.get("period") or {}).get("start")
        return PlanContent(
            title=(data.get("title") or "Treatment plan")[:200],
            problems=problems,
            goals=goals,
            interventions=interventions,
            responsibilities="\n".join(notes)[:4000] or None,
            starts_on=date.fromisoformat(start[:10]) if start else None,
            review_on=date.fromisoformat(review) if review else None,
        )
    except (ValidationError, ValueError, TypeError, AttributeError) as exc:
        detail = exc.errors()[0]["msg"] if isinstance(exc, ValidationError) else type(exc).__name__
        raise InvalidCarePlan(f"The CarePlan cannot become a plan: {detail}.") from exc
