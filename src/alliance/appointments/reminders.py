"""Appointment reminders to clients by e-mail: the practice's name, the time in the client's zone and a link to log
in. Nothing else: no clinician, no kind of session, no reason, no notes."""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime, timedelta
from email.message import EmailMessage

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from alliance import mail
from alliance.accounts.models import User
from alliance.appointments import service
from alliance.appointments.models import Appointment, SchedulingSettings
from alliance.clients.models import Client
from alliance.config import Settings, get_settings
from alliance.db.base import utcnow
from alliance.practices.models import Practice
from alliance.security import audit
from alliance.security.audit import Actor
from alliance.web.timefmt import local_text

log = logging.getLogger("alliance.appointments")

MAX_HOURS = 168  # the longest reminder lead a practice may set (schemas: reminder_hours le=168)
SUBJECT = "Appointment reminder: {practice}"
BODY = """Hello,

This is a reminder of your appointment with {practice} on {when}.

Log in to see the details or to get in touch:

{link}

This is an automatic message. If you did not expect it, you can ignore it.
"""


def reminder_message(settings: Settings, to: str, practice_name: str, starts_at: datetime, zone_name: str) -> EmailMessage:
    """The reminder: the practice's name, the date and time in the client's zone, and the log-in link."""
    when = local_text(starts_at, zone_name, "%A %d %B %Y at %H:%M")
    link = settings.base_url.rstrip("/") + "/login"
    return mail.message(to, SUBJECT.format(practice=practice_name),
                        BODY.format(practice=practice_name, when=f"{when} ({zone_name})", link=link),
                        settings=settings)


async def _address(session: AsyncSession, client: Client) -> str | None:
    """The client's e-mail on their record, else their portal log-in's."""
    if client.email:
        return client.email
    user = (await session.execute(select(User).where(
        User.client_id == client.id, User.role == "client", User.is_active.is_(True)))).scalars().first()
    return user.email if user is not None else None


async def due(session: AsyncSession, now: datetime | None = None) -> list[Appointment]:
    """Scheduled sessions whose reminder is due now (within their practice's lead time) and not yet sent."""
    now = now or utcnow()
    rows = (await session.execute(select(Appointment, SchedulingSettings.reminder_hours).outerjoin(
        SchedulingSettings, SchedulingSettings.practice_id == Appointment.practice_id).where(
        Appointment.status == "scheduled", Appointment.deleted_at.is_(None), Appointment.reminded_at.is_(None),
        Appointment.starts_at > now, Appointment.starts_at <= now + timedelta(hours=MAX_HOURS))
        .order_by(Appointment.starts_at))).all()
    return [a for a, hours in rows
            if (24 if hours is None else hours) > 0 and a.starts_at <= now + timedelta(hours=24 if hours is None else hours)]


async def send_due(session: AsyncSession, *, settings: Settings | None = None, now: datetime | None = None) -> int:
    """E-mail every client whose session reminder is due; returns how many were sent.

    Each reminder is claimed and committed before the e-mail leaves, so a retried or repeated run never sends a
    second one; a claim whose e-mail fails is released for the next run.
    """
    settings = settings or get_settings()
    if not settings.smtp_host:
        return 0
    sent = 0
    for appt in await due(session, now):
        appointment_id, starts_at, client_id = appt.id, appt.starts_at, appt.client_id
        client = await session.get(Client, client_id)
        practice = await session.get(Practice, appt.practice_id)
        if client is None or practice is None or client.status != "active" or not client.reminders_by_email:
            continue
        to = await _address(session, client)
        if not to:
            continue
        message = reminder_message(settings, to, practice.name, starts_at, client.timezone or practice.timezone)
        if not await service.claim_reminder(session, appointment_id, starts_at):
            continue
        await session.commit()
        try:
            await asyncio.to_thread(mail.send, message, settings=settings)
        except Exception as exc:  # noqa: BLE001 - a mail server down: the next run tries again
            log.warning("appointment reminder for %s not sent (%s)", appointment_id, type(exc).__name__)
            await service.release_reminder(session, appointment_id)
            await session.commit()
            continue
        await audit.record(session, Actor.system(practice.id), "appointment.remind", client_id=client_id,
                           resource_type="appointment", resource_id=appointment_id, detail="channel=email")
        await session.commit()
        sent += 1
        log.info("appointment reminder sent for %s", appointment_id)
    return sent


async def remind(session: AsyncSession) -> int:
    """The job's entry point."""
    return await send_due(session)


