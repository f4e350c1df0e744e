"""Reminder e-mails for due questionnaires. They carry no PHI: no name, no instrument, just a link."""

from __future__ import annotations

import asyncio
import logging
import uuid
from email.message import EmailMessage

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from alliance import mail
from alliance.accounts.models import User
from alliance.clients.models import Client
from alliance.config import Settings, get_settings
from alliance.db.base import utcnow
from alliance.measures.models import OPEN, MeasureAdministration
from alliance.security import audit
from alliance.security.audit import Actor

log = logging.getLogger("alliance.measures")

SUBJECT = "A questionnaire is waiting in your portal"
BODY = """Hello,

You have a questionnaire waiting in your portal:

{link}

It takes a few minutes. You can stop and carry on later; your answers are saved as you go.

This is an automatic message. If you did not expect it, you can ignore it.
"""


def reminder_message(settings: Settings, to: str) -> EmailMessage:
    """The reminder: the same words for everyone, so nothing in it says who the client is or what they fill in."""
    return mail.message(to, SUBJECT, BODY.format(link=settings.base_url.rstrip("/") + "/portal"), settings=settings)


async def send_reminder(session: AsyncSession, administration_id: uuid.UUID, *,
                        settings: Settings | None = None) -> bool:
    """E-mail the client that a questionnaire waits (once per questionnaire); False when nothing was sent."""
    settings = settings or get_settings()
    if not settings.smtp_host:
        return False
    adm = await session.get(MeasureAdministration, administration_id)
    if adm is None or adm.status not in OPEN or adm.reminded_at is not None:
        return False
    user = (await session.execute(select(User).where(
        User.client_id == adm.client_id, User.role == "client", User.is_active.is_(True)))).scalars().first()
    if user is None or not user.email:
        return False
    wants = (await session.execute(select(Client.reminders_by_email).where(Client.id == adm.client_id))).scalar_one()
    if not wants:  # the client turned e-mail reminders off in the portal
        return False
    await asyncio.to_thread(mail.send, reminder_message(settings, user.email), settings=settings)
    now = utcnow()
    # Every questionnaire open for this client is covered by the one e-mail.
    for other in (await session.execute(select(MeasureAdministration).where(
            MeasureAdministration.client_id == adm.client_id, MeasureAdministration.status.in_(OPEN),
            MeasureAdministration.reminded_at.is_(None)))).scalars():
        other.reminded_at = now
    await audit.record(session, Actor.system(adm.practice_id), "measures.remind", client_id=adm.client_id,
                       resource_type="measure_administration", resource_id=adm.id, detail="channel=email")
    log.info("questionnaire reminder sent for administration %s", adm.id)
    return True
