"""Alerts for intake: an emergency referral (or a tier that rises on re-triage) goes to the practice's on-call
clinician, named in the safety settings, through an alert and a PHI-free e-mail like safety's risk alerts.

An applicant is not a client, so safety's client-bound risk alerts cannot hold it; this alert points at the
referral. With no on-call clinician named (or an inactive one), every clinician and supervisor of the practice
sees it and is e-mailed: an emergency must not wait for someone to be chosen.
"""

from __future__ import annotations

import logging
import uuid

from sqlalchemy import or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from alliance import mail
from alliance.accounts.models import User
from alliance.config import get_settings
from alliance.db.base import utcnow
from alliance.errors import Conflict, NotFound
from alliance.intake.models import IntakeAlert, Referral, TriageResult
from alliance.intake.schemas import AcknowledgeRequest, IntakeAlertRead
from alliance.jobs.queue import huey, run_async
from alliance.safety.models import SafetySettings
from alliance.security import audit
from alliance.security.audit import Actor
from alliance.security.authz import authorize_intake

log = logging.getLogger("alliance.intake")


async def on_call(session: AsyncSession, practice_id: uuid.UUID) -> uuid.UUID | None:
    """The practice's on-call clinician (safety settings), when named and active."""
    settings = await session.get(SafetySettings, practice_id)
    if settings is None or settings.on_call_user_id is None:
        return None
    user = await session.get(User, settings.on_call_user_id)
    return user.id if user is not None and user.is_active else None


async def raise_alert(
    session: AsyncSession, actor: Actor, referral: Referral, triage: TriageResult
) -> IntakeAlert:
    """Record the alert (one open alert per referral and tier) and queue its e-mail after the commit."""
    existing = (
        (
            await session.execute(
                select(IntakeAlert).where(
                    IntakeAlert.referral_id == referral.id,
                    IntakeAlert.tier == triage.tier,
                    IntakeAlert.status == "open",
                )
            )
        )
        .scalars()
        .first()
    )
    if existing is not None:
        return existing
    assigned = await on_call(session, referral.practice_id)
    alert = IntakeAlert(
        practice_id=referral.practice_id,
        referral_id=referral.id,
        triage_id=triage.id,
        assigned_to=assigned,
        on_call=assigned is not None,
        tier=triage.tier,
    )
    session.add(alert)
    await session.flush()
    await audit.record(
        session,
        actor,
        "intake.alert.raise",
        resource_type="intake_alert",
        resource_id=alert.id,
        detail=f"referral={referral.id} tier={alert.tier} on_call={alert.on_call}",
    )
    log.warning("intake alert %s raised for referral %s at %s", alert.id, referral.id, alert.tier)
    if get_settings().smtp_host:
        from alliance.jobs import enqueue_after_commit

        enqueue_after_commit(session, notify_alert_task, str(alert.id))
    return alert


async def recipients(session: AsyncSession, alert: IntakeAlert) -> list[User]:
    """Who is told: the on-call clinician, or every active clinician and supervisor of the practice."""
    if alert.assigned_to is not None:
        user = await session.get(User, alert.assigned_to)
        return [user] if user is not None and user.is_active else []
    return list(
        (
            await session.execute(
                select(User).where(
                    User.practice_id == alert.practice_id,
                    User.role.in_(("clinician", "supervisor")),
                    User.is_active.is_(True),
                )
            )
        ).scalars()
    )


async def notify_alert(session: AsyncSession, alert_id: str) -> int:
    """E-mail a link to the referral; the e-mail names no one and quotes nothing. Returns how many were sent.
    """
    alert = await session.get(IntakeAlert, uuid.UUID(alert_id))
    if alert is None or alert.emailed_at is not None or alert.status != "open":
        return 0
    link = f"{get_settings().base_url.rstrip('/')}/intake/referrals/{alert.referral_id}"
    body = (
        f"A new referral was triaged as {alert.tier} in Alliance and needs a clinician today.\n\n{link}\n\n"
        + (
            "You receive it as the on-call clinician.\n"
            if alert.on_call
            else "The practice has no on-call clinician named, so every clinician is told.\n"
        )
        + "Log in to see the details. This e-mail deliberately contains no personal information."
    )
    sent = 0
    for user in await recipients(session, alert):
        mail.send(mail.message(user.email, f"Alliance: {alert.tier} referral", body))
        sent += 1
    alert.emailed_at = utcnow()
    log.info("intake alert %s e-mailed to %d staff", alert.id, sent)
    return sent


@huey.task(retries=3, retry_delay=60, name="intake.notify_alert")
def notify_alert_task(alert_id: str) -> int:
    """Send the alert e-mail (retried if the mail server is down)."""
    return run_async(notify_alert, alert_id)


def _alerts_query(actor: Actor):  # noqa: ANN202
    authorize_intake(actor, "intake.clinical")
    query = select(IntakeAlert).where(IntakeAlert.practice_id == actor.practice_id)
    if actor.role != "system":
        query = query.where(or_(IntakeAlert.assigned_to == actor.user_id, IntakeAlert.assigned_to.is_(None)))
    return query


def _read(alert: IntakeAlert, referral: Referral | None, triage: TriageResult | None) -> IntakeAlertRead:
    return IntakeAlertRead(
        id=alert.id,
        referral_id=alert.referral_id,
        tier=alert.tier,  # type: ignore[arg-type]
        assigned_to=alert.assigned_to,
        on_call=alert.on_call,
        status=alert.status,  # type: ignore[arg-type]
        created_at=alert.created_at,
        acknowledged_by=alert.acknowledged_by,
        acknowledged_at=alert.acknowledged_at,
        note=alert.note,
        name=referral.full_name if referral else None,
        reasons=[r["text"] for r in triage.reasons] if triage else [],
    )


async def _alert_read(session: AsyncSession, alert: IntakeAlert) -> IntakeAlertRead:
    referral = await session.get(Referral, alert.referral_id)
    triage = await session.get(TriageResult, alert.triage_id) if alert.triage_id else None
    return _read(alert, referral, triage)


async def list_alerts(
    session: AsyncSession, actor: Actor, *, status: str | None = "open"
) -> list[IntakeAlertRead]:
    """Intake alerts for this clinician: assigned to them on call, or to every clinician when none is named.
    """
    query = _alerts_query(actor)
    if status:
        query = query.where(IntakeAlert.status == status)
    # The referral (its name) and the triage (its reasons) come with each alert: one statement, not two each.
    query = (
        query.add_columns(Referral, TriageResult)
        .outerjoin(Referral, Referral.id == IntakeAlert.referral_id)
        .outerjoin(TriageResult, TriageResult.id == IntakeAlert.triage_id)
    )
    rows = (await session.execute(query.order_by(IntakeAlert.created_at.desc()).limit(200))).all()
    await audit.record(
        session, actor, "intake.alert.list", resource_type="intake_alert", detail=f"count={len(rows)}"
    )
    return [_read(alert, referral, triage) for alert, referral, triage in rows]


async def acknowledge_alert(
    session: AsyncSession, actor: Actor, alert_id: uuid.UUID, data: AcknowledgeRequest
) -> IntakeAlertRead:
    """The clinician has acted on the alert; their note says what they did."""
    alert = (
        await session.execute(_alerts_query(actor).where(IntakeAlert.id == alert_id))
    ).scalar_one_or_none()
    if alert is None:
        raise NotFound("No such alert.")
    if alert.status != "open":
        raise Conflict("This alert was already acknowledged.")
    alert.status, alert.acknowledged_by, alert.acknowledged_at = "acknowledged", actor.user_id, utcnow()
    alert.note = data.note
    await session.flush()
    await audit.record(
        session, actor, "intake.alert.acknowledge", resource_type="intake_alert", resource_id=alert.id
    )
    return await _alert_read(session, alert)
