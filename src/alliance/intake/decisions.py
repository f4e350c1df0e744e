"""Clinicians' decisions on a referral: confirming or changing its tier (and the change rate by reason),
re-triage on new answers or words, offering an appointment, closing."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from alliance.db.base import utcnow
from alliance.errors import BadRequest, Conflict
from alliance.intake import access, alerts
from alliance.intake.access import load
from alliance.intake.models import RANK, IntakeAlert, Referral, TierChange, TriageResult
from alliance.intake.schemas import (
    CloseRequest,
    OfferRequest,
    ReasonStat,
    ReferralRead,
    Retriaged,
    ReTriageRequest,
    TierChangeCreate,
    TierChangeRead,
    TierChangeStats,
)
from alliance.security import audit
from alliance.security.audit import Actor
from alliance.security.authz import authorize_intake


async def run_triage(session: AsyncSession, actor: Actor, referral: Referral, *, by: str, trigger: str):  # noqa: ANN201
    """The service's screen-and-triage of a stored referral (imported here to keep the modules' import order
    free)."""
    from alliance.intake.service import _run

    return await _run(session, actor, referral, by=by, trigger=trigger)


def _open(referral: Referral) -> None:
    if referral.status not in ("waiting", "offered"):
        raise Conflict(f"This referral is {referral.status}; it can no longer change.")


async def change_tier(
    session: AsyncSession, actor: Actor, referral_id: uuid.UUID, data: TierChangeCreate
) -> TierChangeRead:
    """A clinician confirms the tier (same tier, reason "confirmed") or changes it with a reason (recorded).
    """
    referral = await load(session, actor, referral_id, "intake.triage")
    _open(referral)
    if data.reason_code == "confirmed" and data.to_tier != referral.tier:
        raise BadRequest("'confirmed' keeps the tier; choose the reason for changing it.")
    latest = await access.latest_triage(session, referral.id)
    row = TierChange(
        practice_id=referral.practice_id,
        referral_id=referral.id,
        triage_id=latest.id if latest else None,
        from_tier=referral.tier,
        to_tier=data.to_tier,
        reason_code=data.reason_code,
        changed_by=actor.user_id,
    )
    row.note = data.note
    session.add(row)
    referral.tier, referral.tier_rank = data.to_tier, RANK[data.to_tier]
    referral.tier_set_by, referral.tier_confirmed_at = "clinician", utcnow()
    await session.flush()
    await audit.record(
        session,
        actor,
        "intake.tier.change",
        resource_type="intake_referral",
        resource_id=referral.id,
        detail=f"from={row.from_tier} to={row.to_tier} reason={row.reason_code}",
    )
    return _change_read(row)


def _change_read(row: TierChange) -> TierChangeRead:
    return TierChangeRead(
        id=row.id,
        referral_id=row.referral_id,
        from_tier=row.from_tier,
        to_tier=row.to_tier,  # type: ignore[arg-type]
        reason_code=row.reason_code,
        note=row.note,
        changed_by=row.changed_by,
        created_at=row.created_at,
    )


async def tier_changes(session: AsyncSession, actor: Actor, referral_id: uuid.UUID) -> list[TierChangeRead]:
    """The clinicians' decisions on a referral's tier, oldest first."""
    referral = await load(session, actor, referral_id, "intake.clinical")
    rows = (
        (
            await session.execute(
                select(TierChange)
                .where(TierChange.referral_id == referral.id)
                .order_by(TierChange.created_at)
            )
        )
        .scalars()
        .all()
    )
    await audit.record(
        session, actor, "intake.tier.history", resource_type="intake_referral", resource_id=referral.id
    )
    return [_change_read(r) for r in rows]


async def tier_change_stats(
    session: AsyncSession, actor: Actor, *, since: datetime | None = None
) -> TierChangeStats:
    """How often clinicians change the engine's tier, by reason (no PHI: counts only)."""
    authorize_intake(actor, "intake.list")
    changes = select(TierChange.reason_code, TierChange.from_tier, TierChange.to_tier).where(
        TierChange.practice_id == actor.practice_id
    )
    triaged = (
        select(func.count())
        .select_from(TriageResult)
        .where(TriageResult.practice_id == actor.practice_id, TriageResult.trigger == "created")
    )
    if since is not None:
        changes = changes.where(TierChange.created_at >= since)
        triaged = triaged.where(TriageResult.created_at >= since)
    stats: dict[str, ReasonStat] = {}
    for code, before, after in (await session.execute(changes)).all():
        s = stats.setdefault(code, ReasonStat(reason_code=code, count=0, up=0, down=0, same=0))
        s.count += 1
        delta = RANK.get(after, 9) - RANK.get(before or "", 9)
        s.up, s.down, s.same = s.up + (delta < 0), s.down + (delta > 0), s.same + (delta == 0)
    reviewed = sum(s.count for s in stats.values())
    changed = sum(s.up + s.down for s in stats.values())
    return TierChangeStats(
        since=since,
        triaged=await session.scalar(triaged) or 0,
        reviewed=reviewed,
        changed=changed,
        change_rate=round(changed / reviewed, 4) if reviewed else None,
        by_reason=sorted(stats.values(), key=lambda s: -s.count),
    )


async def retriage(
    session: AsyncSession,
    actor: Actor,
    referral_id: uuid.UUID,
    data: ReTriageRequest,
    *,
    trigger: str = "new_answers",
) -> Retriaged:
    """New answers (replacing that questionnaire's) or new words (added): screen and triage again. A higher
    tier is applied and the team is told; a lower one is left for a clinician to decide."""
    referral = await load(session, actor, referral_id, "intake.triage")
    _open(referral)
    if data.measures:
        referral.answers = {**referral.answers, **data.measures}
        referral.instruments = sorted(set(referral.instruments or []) | set(data.measures))
    if data.risk is not None:
        given = {k: v for k, v in data.risk.model_dump().items() if v is not None}
        referral.risk = {**referral.risk, **given}
    if data.text and data.text.strip():
        stamp = utcnow().date().isoformat()
        referral.text = "\n\n".join(p for p in (referral.text, f"[{stamp}] {data.text.strip()}") if p)
    previous = referral.tier
    row, _ = await run_triage(session, actor, referral, by="retriage", trigger=trigger[:20])
    rose = previous is None or RANK[row.tier] < RANK[previous]
    alert = None
    if rose:
        referral.tier, referral.tier_rank, referral.tier_set_by = row.tier, RANK[row.tier], "engine"
        if previous is not None:
            alert = await alerts.raise_alert(session, actor, referral, row)
    await session.flush()
    return Retriaged(
        triage=access.triage_read(row),
        previous_tier=previous,
        tier=referral.tier,
        rose=rose,  # type: ignore[arg-type]
        alert_id=alert.id if alert else None,
    )


async def offer(
    session: AsyncSession, actor: Actor, referral_id: uuid.UUID, data: OfferRequest
) -> ReferralRead:
    """Mark that the person has been offered an appointment (still on the list until converted)."""
    referral = await load(session, actor, referral_id, "intake.manage")
    _open(referral)
    referral.status, referral.offered_at = "offered", utcnow()
    await audit.record(
        session, actor, "intake.referral.offer", resource_type="intake_referral", resource_id=referral.id
    )
    return await access.referral_read(session, actor, referral)


async def close(
    session: AsyncSession, actor: Actor, referral_id: uuid.UUID, data: CloseRequest
) -> ReferralRead:
    """Take the referral off the waitlist with a reason."""
    referral = await load(session, actor, referral_id, "intake.manage")
    _open(referral)
    referral.status, referral.closed_at, referral.close_reason = "closed", utcnow(), data.reason
    referral.close_note = data.note
    await session.execute(
        IntakeAlert.__table__.update()
        .where(IntakeAlert.referral_id == referral.id, IntakeAlert.status == "open")
        .values(status="acknowledged", acknowledged_by=actor.user_id, acknowledged_at=utcnow())
    )
    await audit.record(
        session,
        actor,
        "intake.referral.close",
        resource_type="intake_referral",
        resource_id=referral.id,
        detail=f"reason={data.reason}",
    )
    return await access.referral_read(session, actor, referral)
