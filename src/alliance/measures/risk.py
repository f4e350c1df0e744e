"""Risk flags of a submitted questionnaire raise an alert through the safety engine's escalation."""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from alliance.measures.instruments import Instrument
from alliance.measures.models import MeasureAdministration
from alliance.measures.scoring import ScoreResult
from alliance.security.audit import Actor

# C-SSRS screener flags and the categories they add (Columbia Protocol screen triage: Q3 method, Q4 intent,
# Q5 plan; Q6 behaviour).
CSSRS_PLAN_INTENT = {"ideation_with_method", "ideation_with_intent", "ideation_with_plan"}
CSSRS_BEHAVIOUR = {"recent_behaviour"}


def _option_text(inst: Instrument, item_id: str, value: int) -> str:
    item = inst.item(item_id)
    option = next(o for o in inst.options_for(item) if o.score == value)
    return option.text["en"]


def assess(inst: Instrument, result: ScoreResult) -> dict[str, Any] | None:
    """Level, categories, reasons, evidence and rules for the safety engine; None when nothing is risk."""
    from alliance.safety.levels import Category, Level

    if not result.risk_flags:
        return None
    categories = [Category.SUICIDAL_IDEATION]
    if inst.id == "phq9":
        value = result.answers.get("phq9_9") or 0
        # PHQ instruction manual: any answer above 0 on item 9 needs a suicide risk assessment; "more than
        # half the days" or "nearly every day" is escalated as high, "several days" as moderate (project rule).
        level = Level.HIGH if value >= 2 else Level.MODERATE
        reasons = [f"PHQ-9 item 9 answered '{_option_text(inst, 'phq9_9', value).lower()}'"]
        evidence = [inst.item("phq9_9").text["en"]]
        rules = ["measures.phq9.item9"]
    else:
        # Columbia Protocol screen triage: high risk (Q4, Q5, or Q6 in the past 3 months) or moderate (Q3).
        level = Level.HIGH if result.band == "high" else Level.MODERATE
        if CSSRS_PLAN_INTENT & set(result.risk_flags):
            categories.append(Category.SUICIDE_PLAN_INTENT)
        if CSSRS_BEHAVIOUR & set(result.risk_flags):
            categories.append(Category.SELF_HARM)
        flags = {f.id: f for f in inst.flags}
        reasons = [f"{inst.short_name}: {flags[f].description}" if f in flags else f"{inst.short_name}: {f}"
                   for f in result.risk_flags]
        reasons.append(f"{inst.short_name} triage: {result.severity}")
        evidence = [inst.item(i).text["en"] for i, v in result.answers.items() if v]
        rules = [f"measures.{inst.id}.{f}" for f in result.risk_flags]
    return {"level": level, "categories": categories, "reasons": reasons, "evidence": evidence, "rules": rules}


async def escalate(session: AsyncSession, actor: Actor, adm: MeasureAdministration, inst: Instrument,
                   result: ScoreResult) -> Any:
    """Raise the safety engine's alert for a result with risk flags; returns the RiskAlert."""
    from alliance.safety import service as safety_service

    found = assess(inst, result)
    if found is None:
        return None
    return await safety_service.raise_alert(
        session, actor, adm.client_id, source="measure", source_id=str(adm.id), level=found["level"],
        categories=found["categories"], reasons=found["reasons"], evidence=found["evidence"], rules=found["rules"])
