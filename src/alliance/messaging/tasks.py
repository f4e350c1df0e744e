"""Jobs: tell the care team that a client wrote, and the client that their care team replied (no PHI in e-mails)."""

from __future__ import annotations

import asyncio
import logging
import uuid
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from alliance import mail
from alliance.accounts.models import User
from alliance.clients import service as clients_service
from alliance.clients.models import Client
from alliance.config import get_settings
from alliance.db.base import utcnow
from alliance.jobs.queue import huey, run_async
from alliance.messaging.models import Message
from alliance.security import audit
from alliance.security.audit import Actor

log = logging.getLogger("alliance.messaging")

# Several messages in a row make one e-mail: none is sent while an e-mail for the same direction went out this
# recently.
QUIET = timedelta(minutes=15)

TEAM_SUBJECT = "Alliance: a client of yours sent a message"
TEAM_BODY = """A client of yours sent you a secure message in Alliance.

{link}

Log in to read it. This e-mail deliberately contains no client information.
"""
CLIENT_SUBJECT = "A new message from your care team"
CLIENT_BODY = """Hello,

Your care team sent you a message. You can read it in your portal:

{link}

This is an automatic message. You can turn these e-mails off under "My account" in your portal.
"""


async def _recently_notified(session: AsyncSession, message: Message) -> bool:
    """An e-mail for a message in the same direction of this thread went out within QUIET."""
    same_side = (Message.sender_role == "client") if message.from_client else (Message.sender_role != "client")
    return bool(await session.scalar(select(Message.id).where(
        Message.thread_id == message.thread_id, Message.id != message.id, same_side,
        Message.notified_at.is_not(None), Message.notified_at >= utcnow() - QUIET).limit(1)))


async def notify_team(session: AsyncSession, message_id: str) -> int:
    """E-mail the client's treating clinicians a link; the e-mail names no client and quotes nothing."""
    settings = get_settings()
    message = await session.get(Message, uuid.UUID(message_id))
    if not settings.smtp_host or message is None or not message.from_client or message.notified_at is not None:
        return 0
    if await _recently_notified(session, message):
        log.info("message %s: the care team was e-mailed moments ago; no second e-mail", message.id)
        return 0
    clinicians = [c for c in await clients_service.clinicians_of(session, message.client_id) if c.email]
    link = f"{settings.base_url.rstrip('/')}/messages/{message.id}"
    for clinician in clinicians:
        await asyncio.to_thread(mail.send, mail.message(clinician.email, TEAM_SUBJECT, TEAM_BODY.format(link=link),
                                                        settings=settings), settings=settings)
    message.notified_at = utcnow()
    await audit.record(session, Actor.system(message.practice_id), "messaging.notify", client_id=message.client_id,
                       resource_type="message", resource_id=message.id, detail=f"to=care_team count={len(clinicians)}")
    log.info("message %s: %s clinician(s) e-mailed", message.id, len(clinicians))
    return len(clinicians)


async def notify_client(session: AsyncSession, message_id: str) -> int:
    """E-mail the client a link to their portal when they chose e-mail reminders; the e-mail quotes nothing."""
    settings = get_settings()
    message = await session.get(Message, uuid.UUID(message_id))
    if not settings.smtp_host or message is None or message.from_client or message.notified_at is not None:
        return 0
    client = await session.get(Client, message.client_id)
    if client is None or client.status == "erased" or not client.reminders_by_email:
        return 0
    if await _recently_notified(session, message):
        return 0
    user = (await session.execute(select(User).where(
        User.client_id == client.id, User.role == "client", User.is_active.is_(True)))).scalars().first()
    if user is None or not user.email:
        return 0
    link = f"{settings.base_url.rstrip('/')}/portal?area=messages"
    await asyncio.to_thread(mail.send, mail.message(user.email, CLIENT_SUBJECT, CLIENT_BODY.format(link=link),
                                                    settings=settings), settings=settings)
    message.notified_at = utcnow()
    await audit.record(session, Actor.system(message.practice_id), "messaging.notify", client_id=client.id,
                       resource_type="message", resource_id=message.id, detail="to=client channel=email")
    log.info("message %s: the client was e-mailed", message.id)
    return 1


@huey.task(retries=3, retry_delay=60, name="messaging.notify_team")
def notify_team_task(message_id: str) -> int:
    """E-mail the treating clinicians that a client wrote (retried if the mail server is down)."""
    return run_async(notify_team, message_id)


@huey.task(retries=3, retry_delay=60, name="messaging.notify_client")
def notify_client_task(message_id: str) -> int:
    """E-mail the client that their care team replied (retried if the mail server is down)."""
    return run_async(notify_client, message_id)
