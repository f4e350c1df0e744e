"""JSON API for intake: the waitlist, referrals (staff entry), triage history, tier decisions, re-triage,
suggested clinicians, offer, conversion, closing, settings and rules, alerts. Thin: parse, call the service,
return. (The public self-referral page and the FHIR import have their own modules.)"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Optional

from fastapi import APIRouter, Query

from alliance.intake import service
from alliance.intake.schemas import (
    AcknowledgeRequest,
    ClinicianProfileRead,
    ClinicianProfileUpdate,
    ClinicianSuggestion,
    CloseRequest,
    ConversionResult,
    ConvertRequest,
    IntakeAlertRead,
    IntakeSettingsRead,
    IntakeSettingsUpdate,
    OfferRequest,
    ReferralCreate,
    ReferralRead,
    Retriaged,
    ReTriageRequest,
    RulesOverride,
    RulesRead,
    Submitted,
    TierChangeCreate,
    TierChangeRead,
    TierChangeStats,
    TriageRead,
    Waitlist,
)
from alliance.web.deps import DB, CurrentActor
from alliance.web.errors import error_responses

router = APIRouter(prefix="/api/v1/intake", tags=["intake"], responses=error_responses(400, 401, 403, 404))


@router.get("/waitlist", response_model=Waitlist)
async def waitlist(
    actor: CurrentActor,
    session: DB,
    tier: Optional[str] = None,
    status: str = "waiting",
    limit: int = Query(200, ge=1, le=1000),
    offset: int = Query(0, ge=0),
) -> Waitlist:
    """Referrals by tier, then time waited; each tier's target and breaches (reasons: clinicians only)."""
    return await service.waitlist(session, actor, tier=tier, status=status, limit=limit, offset=offset)


@router.post("/referrals", response_model=Submitted, status_code=201, responses=error_responses(422))
async def create(data: ReferralCreate, actor: CurrentActor, session: DB) -> Submitted:
    """A referral entered by staff (for someone on the phone): stored, screened and triaged at once."""
    return await service.create_referral(session, actor, actor.practice_id, data, source="staff")  # type: ignore[arg-type]


@router.get("/referrals/{referral_id}", response_model=ReferralRead)
async def read(referral_id: uuid.UUID, actor: CurrentActor, session: DB) -> ReferralRead:
    """One referral with its latest triage (clinical content for clinicians and supervisors)."""
    return await service.get_referral(session, actor, referral_id)


@router.get("/referrals/{referral_id}/triages", response_model=list[TriageRead])
async def triages(referral_id: uuid.UUID, actor: CurrentActor, session: DB) -> list[TriageRead]:
    """Every triage, newest first, with its reasons and rules version."""
    return await service.triage_history(session, actor, referral_id)


@router.post(
    "/referrals/{referral_id}/tier",
    response_model=TierChangeRead,
    status_code=201,
    responses=error_responses(409, 422),
)
async def change_tier(
    referral_id: uuid.UUID, data: TierChangeCreate, actor: CurrentActor, session: DB
) -> TierChangeRead:
    """Confirm (same tier, reason "confirmed") or change the tier with a reason."""
    return await service.change_tier(session, actor, referral_id, data)


@router.get("/referrals/{referral_id}/tier-changes", response_model=list[TierChangeRead])
async def tier_changes(referral_id: uuid.UUID, actor: CurrentActor, session: DB) -> list[TierChangeRead]:
    """Clinicians' decisions on the tier, oldest first."""
    return await service.tier_changes(session, actor, referral_id)


@router.post(
    "/referrals/{referral_id}/retriage", response_model=Retriaged, responses=error_responses(409, 422)
)
async def retriage(
    referral_id: uuid.UUID, data: ReTriageRequest, actor: CurrentActor, session: DB
) -> Retriaged:
    """New answers or new words: screen and triage again (a higher tier applies and alerts the team)."""
    return await service.retriage(
        session,
        actor,
        referral_id,
        data,
        trigger="new_text" if data.text and not data.measures else "new_answers",
    )


@router.get("/referrals/{referral_id}/suggestions", response_model=list[ClinicianSuggestion])
async def suggestions(
    referral_id: uuid.UUID, actor: CurrentActor, session: DB, limit: int = Query(5, ge=1, le=50)
) -> list[ClinicianSuggestion]:
    """Clinicians who match by language, specialism and availability (a suggestion: the clinician decides)."""
    return await service.suggest_clinicians(session, actor, referral_id, limit=limit)


@router.post("/referrals/{referral_id}/offer", response_model=ReferralRead, responses=error_responses(409))
async def offer(referral_id: uuid.UUID, data: OfferRequest, actor: CurrentActor, session: DB) -> ReferralRead:
    """Mark that an appointment was offered."""
    return await service.offer(session, actor, referral_id, data)


@router.post(
    "/referrals/{referral_id}/convert",
    response_model=ConversionResult,
    status_code=201,
    responses=error_responses(409),
)
async def convert(
    referral_id: uuid.UUID, data: ConvertRequest, actor: CurrentActor, session: DB
) -> ConversionResult:
    """Make the person a client: the intake questionnaires become baseline results, the form's consents carry.
    """
    return await service.convert(session, actor, referral_id, data)


@router.post(
    "/referrals/{referral_id}/close", response_model=ReferralRead, responses=error_responses(409, 422)
)
async def close(referral_id: uuid.UUID, data: CloseRequest, actor: CurrentActor, session: DB) -> ReferralRead:
    """Take the referral off the waitlist with a reason."""
    return await service.close(session, actor, referral_id, data)


@router.get("/stats/tier-changes", response_model=TierChangeStats)
async def tier_change_stats(
    actor: CurrentActor, session: DB, since: Optional[datetime] = None
) -> TierChangeStats:
    """How often clinicians change the engine's tier, by reason (counts only)."""
    return await service.tier_change_stats(session, actor, since=since)


@router.get("/settings", response_model=IntakeSettingsRead)
async def get_settings(actor: CurrentActor, session: DB) -> IntakeSettingsRead:
    """Waiting-time targets per tier and the rules version in force."""
    return await service.get_settings(session, actor)


@router.put("/settings", response_model=IntakeSettingsRead, responses=error_responses(422))
async def update_settings(data: IntakeSettingsUpdate, actor: CurrentActor, session: DB) -> IntakeSettingsRead:
    """Set the targets (admins)."""
    return await service.update_settings(session, actor, data)


@router.get("/rules", response_model=RulesRead)
async def get_rules(actor: CurrentActor, session: DB) -> RulesRead:
    """The rules in force, as YAML."""
    return await service.get_rules(session, actor)


@router.put("/rules", response_model=IntakeSettingsRead, responses=error_responses(422))
async def set_rules(data: RulesOverride, actor: CurrentActor, session: DB) -> IntakeSettingsRead:
    """A supervisor approves the practice's own rules (refused whole when they fail validation)."""
    return await service.set_rules_override(session, actor, data)


@router.delete("/rules", response_model=IntakeSettingsRead)
async def clear_rules(actor: CurrentActor, session: DB) -> IntakeSettingsRead:
    """Back to the shipped rules (supervisors)."""
    return await service.clear_rules_override(session, actor)


@router.get("/alerts", response_model=list[IntakeAlertRead])
async def alerts(actor: CurrentActor, session: DB, status: Optional[str] = "open") -> list[IntakeAlertRead]:
    """Intake alerts for you (on call), or for every clinician when the practice names no one on call."""
    return await service.list_alerts(session, actor, status=status or None)


@router.post(
    "/alerts/{alert_id}/acknowledge", response_model=IntakeAlertRead, responses=error_responses(409, 422)
)
async def acknowledge(
    alert_id: uuid.UUID, data: AcknowledgeRequest, actor: CurrentActor, session: DB
) -> IntakeAlertRead:
    """You have acted on the alert; say what you did."""
    return await service.acknowledge_alert(session, actor, alert_id, data)


@router.get("/clinicians/{user_id}/profile", response_model=ClinicianProfileRead)
async def get_profile(user_id: uuid.UUID, actor: CurrentActor, session: DB) -> ClinicianProfileRead:
    """A clinician's languages, specialisms and availability for matching."""
    return await service.get_clinician_profile(session, actor, user_id)


@router.put(
    "/clinicians/{user_id}/profile", response_model=ClinicianProfileRead, responses=error_responses(422)
)
async def set_profile(
    user_id: uuid.UUID, data: ClinicianProfileUpdate, actor: CurrentActor, session: DB
) -> ClinicianProfileRead:
    """Set your own matching profile (or an admin for a clinician)."""
    return await service.set_clinician_profile(session, actor, user_id, data)
