"""What every intake function shares: loading a referral for an actor, the practice's settings and rules in
force, waiting times against targets, and the read shapes."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from alliance.db.base import utcnow
from alliance.errors import BadRequest, NotFound
from alliance.intake import rules as engine
from alliance.intake.models import IntakeSettings, Referral, TriageResult
from alliance.intake.schemas import ReasonRead, ReferralRead, RiskAnswers, ScoreRead, TriageRead
from alliance.security.audit import Actor
from alliance.security.authz import authorize_intake, intake_allowed

# Days within which each tier should be seen (issue 15: same day, within a week, two to four weeks); a
# practice changes them. Routine has a default so that long waits still show.
DEFAULT_TARGETS: dict[str, int | None] = {"emergency": 0, "urgent": 7, "soon": 28, "routine": 90}


def public_actor(practice_id: uuid.UUID) -> Actor:
    """The person referring themselves through the public page (no account)."""
    return Actor(user_id=None, role="public", practice_id=practice_id)


async def load(session: AsyncSession, actor: Actor, referral_id: uuid.UUID, action: str) -> Referral:
    """A referral of the actor's practice that the actor's role may act on (others' are not found)."""
    referral = await session.get(Referral, referral_id)
    if (
        referral is None
        or (actor.role != "system" and referral.practice_id != actor.practice_id)
        or (
            actor.role == "system"
            and actor.practice_id is not None
            and referral.practice_id != actor.practice_id
        )
    ):
        raise NotFound("No such referral.")
    authorize_intake(actor, action)
    return referral


async def settings_row(session: AsyncSession, practice_id: uuid.UUID) -> IntakeSettings | None:
    """The practice's stored intake settings, if any were saved."""
    return await session.get(IntakeSettings, practice_id)


def targets_of(row: IntakeSettings | None) -> dict[str, int | None]:
    """Target days per tier: the practice's, else the defaults."""
    out = dict(DEFAULT_TARGETS)
    if row is not None and row.targets:
        out.update({k: v for k, v in row.targets.items() if k in out})
    return out


def rules_of(row: IntakeSettings | None) -> engine.RuleSet:
    """The rules in force: the practice's approved override, else the newest shipped rules.

    A practice that has not written its own rules follows the shipped ones as they improve (each triage records
    the version it used); the version stored with its settings only says which it saw last.
    """
    if row is not None and row.override_yaml:
        return engine.rules_from_text(row.override_yaml)
    return engine.shipped_rules(f"rules-{engine.DEFAULT_VERSION}.yaml")


def waited_days(since: datetime, now: datetime | None = None) -> int:
    """Whole days waited."""
    return max(0, ((now or utcnow()) - since).days)


def breached(since: datetime, target: int | None, now: datetime | None = None) -> bool:
    """Waited longer than the tier's target (more whole days than the target)."""
    return target is not None and waited_days(since, now) > target


def breach_cutoff(target: int, now: datetime) -> datetime:
    """Referrals waiting since before this moment have breached a target of `target` days."""
    return now - timedelta(days=target + 1)


def triage_read(row: TriageResult) -> TriageRead:
    """A stored triage as the API and pages show it (decrypted)."""
    return TriageRead(
        id=row.id,
        referral_id=row.referral_id,
        tier=row.tier,  # type: ignore[arg-type]
        reasons=[ReasonRead(**r) for r in row.reasons],
        rules=list(row.rules or []),
        rules_version=row.rules_version,
        screen_level=row.screen_level,
        screen_version=row.screen_version,
        by=row.by,
        trigger=row.trigger,  # type: ignore[arg-type]
        created_at=row.created_at,
    )


async def latest_triage(session: AsyncSession, referral_id: uuid.UUID) -> TriageResult | None:
    """The newest triage of a referral."""
    return (
        await session.execute(
            select(TriageResult)
            .where(TriageResult.referral_id == referral_id)
            .order_by(TriageResult.created_at.desc())
            .limit(1)
        )
    ).scalar_one_or_none()


def scores(answers: Mapping[str, Mapping[str, int | None]]) -> dict[str, ScoreRead]:
    from alliance.measures.scoring import score

    out = {}
    for inst, given in answers.items():
        try:
            result = score(inst, dict(given))
            out[inst] = ScoreRead(total=result.total, severity=result.severity)
        except BadRequest:
            out[inst] = ScoreRead(total=None, severity=None)
    return out


async def referral_read(session: AsyncSession, actor: Actor, referral: Referral) -> ReferralRead:
    targets = targets_of(await settings_row(session, referral.practice_id))
    target = targets.get(referral.tier) if referral.tier else None
    clinical = intake_allowed(actor, "intake.clinical")
    latest = await latest_triage(session, referral.id) if clinical else None
    read = ReferralRead(
        id=referral.id,
        practice_id=referral.practice_id,
        source=referral.source,
        status=referral.status,  # type: ignore[arg-type]
        tier=referral.tier,
        tier_set_by=referral.tier_set_by,
        tier_confirmed_at=referral.tier_confirmed_at,  # type: ignore[arg-type]
        waiting_since=referral.waiting_since,
        waited_days=waited_days(referral.waiting_since),
        target_days=target,
        breached=referral.status in ("waiting", "offered") and breached(referral.waiting_since, target),
        given_name=referral.given_name,
        family_name=referral.family_name,
        date_of_birth=referral.date_of_birth,
        email=referral.email,
        phone=referral.phone,
        preferred_language=referral.language,
        country=referral.country,
        contact_times=referral.contact_times,
        accessibility_needs=referral.accessibility_needs,
        preferences=referral.preferences or {},
        consent_to_processing_at=referral.consent_processing_at,
        consents=referral.consents or {},
        referrer=referral.referrer,
        external_id=referral.external_id,
        client_id=referral.client_id,
        created_at=referral.created_at,
        closed_at=referral.closed_at,
        close_reason=referral.close_reason,
        clinical=clinical,
    )
    if clinical:
        answers = referral.answers
        read.text, read.measures, read.scores = referral.text, answers, scores(answers)
        read.risk = RiskAnswers(**referral.risk) if referral.risk else RiskAnswers()
        read.triage = triage_read(latest) if latest is not None else None
    return read
