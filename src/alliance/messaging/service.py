"""Secure messages between a client and their care team: send (a client's message is screened first), read,
read receipts, unread counts, and the reply time the practice promises.

Only people write here: the client, and the clinicians treating them. Supervisors of those clinicians read;
practice admins never see the content (it is clinical). No model reads or writes these messages.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy import and_, exists, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from alliance.accounts.models import User
from alliance.clients.models import CareTeamMember, Client
from alliance.config import get_settings
from alliance.db.base import utcnow
from alliance.errors import BadRequest, Forbidden, NotFound
from alliance.messaging.models import DEFAULT_RESPONSE_DAYS, Message, MessageRead, MessageThread, MessagingSettings
from alliance.messaging.schemas import (
    MAX_BODY,
    MessageCreate,
    MessagingSettingsRead,
    MessagingSettingsUpdate,
    ThreadRead,
)
from alliance.messaging.schemas import MessageRead as MessageOut
from alliance.safety import service as safety_service
from alliance.safety.schemas import CrisisResponse
from alliance.security import audit
from alliance.security.audit import Actor
from alliance.security.authz import Action, authorize, require_role, visible_clients

log = logging.getLogger("alliance.messaging")

# The client's own earlier messages the crisis screen reads as context (risk said over several messages).
CONTEXT_MESSAGES = 3
CONTEXT_WINDOW = timedelta(hours=48)
STAFF = ("clinician", "supervisor")


# --- authorization ----------------------------------------------------------------------------------------

async def _authorize(session: AsyncSession, actor: Actor, client_id: uuid.UUID, *, write: bool) -> Client:
    """The client themself through the portal; staff as clinical.read / clinical.write allow (never admins)."""
    if actor.role == "client":
        return await authorize(session, actor, Action.portal, client_id)
    return await authorize(session, actor, Action.clinical_write if write else Action.clinical_read, client_id)


def portal_client_id(actor: Actor) -> uuid.UUID:
    """The client behind a portal actor, or Forbidden for anyone else."""
    if actor.role != "client" or actor.client_id is None:
        raise Forbidden("Only clients use the portal.")
    return actor.client_id


def clean_body(text: str | None) -> str:
    """The message as sent (surrounding blank space removed), or a clear error when empty or too long."""
    body = (text or "").strip()
    if not body:
        raise BadRequest("Write a message before sending it.")
    if len(body) > MAX_BODY:
        raise BadRequest(f"A message can be at most {MAX_BODY:,} characters; this one has {len(body):,}. "
                         "Shorten it or send it in two parts.")
    return body


# --- settings ---------------------------------------------------------------------------------------------

async def response_days(session: AsyncSession, practice_id: uuid.UUID) -> int:
    """Working days within which the practice's care teams reply to messages."""
    row = await session.get(MessagingSettings, practice_id)
    return row.response_days if row is not None else DEFAULT_RESPONSE_DAYS


async def get_settings_for(session: AsyncSession, actor: Actor) -> MessagingSettingsRead:
    """The practice's messaging settings (anyone of the practice: clients are shown the reply time too)."""
    if actor.practice_id is None:
        raise NotFound("No such practice.")
    return MessagingSettingsRead(response_days=await response_days(session, actor.practice_id))


async def update_settings(session: AsyncSession, actor: Actor, data: MessagingSettingsUpdate) -> MessagingSettingsRead:
    """Change the reply time clients are told to expect (admins)."""
    require_role(actor, "admin", action="messaging.settings.update")
    row = await session.get(MessagingSettings, actor.practice_id)
    if row is None:
        row = MessagingSettings(practice_id=actor.practice_id)
        session.add(row)
    row.response_days = data.response_days
    row.updated_by = actor.user_id
    row.updated_at = utcnow()
    await session.flush()
    await audit.record(session, actor, "messaging.settings.update", resource_type="messaging_settings",
                       resource_id=actor.practice_id, detail=f"response_days={data.response_days}")
    return MessagingSettingsRead(response_days=row.response_days)


# --- threads and messages ---------------------------------------------------------------------------------

async def _thread(session: AsyncSession, client: Client) -> MessageThread | None:
    query = select(MessageThread).where(MessageThread.client_id == client.id)
    return (await session.execute(query)).scalar_one_or_none()


async def _open_thread(session: AsyncSession, client: Client) -> MessageThread:
    """The client's thread, started on the first message (two first messages at once make one thread)."""
    thread = await _thread(session, client)
    if thread is not None:
        return thread
    try:
        async with session.begin_nested():
            thread = MessageThread(practice_id=client.practice_id, client_id=client.id)
            session.add(thread)
    except IntegrityError:
        thread = await _thread(session, client)
        if thread is None:
            raise
    return thread


async def _recent_client_texts(session: AsyncSession, thread: MessageThread) -> list[str]:
    """The client's last few messages of the past two days, oldest first (context for the screen)."""
    rows = (await session.execute(select(Message).where(
        Message.thread_id == thread.id, Message.sender_role == "client",
        Message.created_at >= utcnow() - CONTEXT_WINDOW).order_by(Message.created_at.desc())
        .limit(CONTEXT_MESSAGES))).scalars().all()
    return [m.body for m in reversed(rows) if m.body]


async def send_message(session: AsyncSession, actor: Actor, client_id: uuid.UUID,
                       data: MessageCreate) -> tuple[Message, CrisisResponse | None]:
    """Send a message to the thread; returns it and, when a client's message signals risk, the crisis response.

    A client's message goes through the crisis screen before it is stored: at moderate or above the treating (or
    on-call) clinician is alerted as everywhere else, and the client sees help at once. It is delivered anyway.
    """
    body = clean_body(data.text)
    subject = (data.subject or "").strip() or None
    if actor.user_id is None:
        raise Forbidden("Messages are written by people: the client or their care team.")
    client = await _authorize(session, actor, client_id, write=True)
    thread = await _open_thread(session, client)
    now = utcnow()
    message = Message(practice_id=client.practice_id, thread_id=thread.id, client_id=client.id,
                      sender_id=actor.user_id, sender_role=actor.role, created_at=now, updated_at=now)
    crisis = None
    if actor.role == "client":
        context = await _recent_client_texts(session, thread)
        escalation = await safety_service.screen_client_text(session, actor, client.id, body, source="message",
                                                             source_id=str(message.id), context=context)
        screening = escalation.screening
        message.screen_level = str(screening.level)  # type: ignore[attr-defined]
        message.screen_version = screening.version  # type: ignore[attr-defined]
        message.alert_id = escalation.alert.id if escalation.alert is not None else None
        crisis = escalation.response
    message.body = body
    session.add(message)
    if subject is not None:
        thread.subject = subject
    thread.last_message_at = now
    await session.flush()
    detail = f"level={message.screen_level}" if message.from_client else None
    await audit.record(session, actor, "messaging.send", client_id=client.id, resource_type="message",
                       resource_id=message.id, detail=detail)
    log.info("message %s sent in thread %s by a %s", message.id, thread.id, actor.role)
    if get_settings().smtp_host:
        from alliance.jobs import enqueue_after_commit
        from alliance.messaging.tasks import notify_client_task, notify_team_task

        enqueue_after_commit(session, notify_team_task if message.from_client else notify_client_task, str(message.id))
    return message, crisis


def as_sent(actor: Actor, message: Message) -> MessageOut:
    """A message just sent, as its sender sees it."""
    staff_view = actor.role != "client"
    return MessageOut(id=message.id, client_id=message.client_id, sender_id=message.sender_id,
                      sender_role=message.sender_role, sender_name="You", from_client=message.from_client,
                      text=message.body or "", created_at=message.created_at, unread=False, read_at=None,
                      screen_level=message.screen_level if staff_view else None,
                      screen_version=message.screen_version if staff_view else None,
                      alert_id=message.alert_id if staff_view else None)


def _name(user: User | None) -> str:
    if user is None:
        return "Care team"
    return " ".join(p for p in (user.display_name, f"({user.credentials})" if user.credentials else None) if p) \
        or "Care team member"


async def _messages(session: AsyncSession, client_id: uuid.UUID) -> Sequence[Message]:
    return (await session.execute(select(Message).where(Message.client_id == client_id)
                                  .order_by(Message.created_at, Message.id))).scalars().all()


def _unread_for(actor: Actor, message: Message, mine: set[uuid.UUID]) -> bool:
    """A message from the other side that this reader has not read."""
    other_side = not message.from_client if actor.role == "client" else message.from_client
    return other_side and message.id not in mine


async def get_thread(session: AsyncSession, actor: Actor, client_id: uuid.UUID) -> ThreadRead:
    """The client's thread as the reader sees it (audited); reading does not mark anything read (mark_read does)."""
    client = await _authorize(session, actor, client_id, write=False)
    thread = await _thread(session, client)
    messages = await _messages(session, client.id)
    reads = (await session.execute(select(MessageRead).where(MessageRead.client_id == client.id))).scalars().all()
    team = set((await session.execute(select(CareTeamMember.clinician_id).where(
        CareTeamMember.client_id == client.id))).scalars())
    senders = {u.id: u for u in (await session.execute(select(User).where(
        User.id.in_({m.sender_id for m in messages})))).scalars()} if messages else {}
    mine = {r.message_id for r in reads if r.reader_id == actor.user_id}
    # Receipts that count: the client's for staff messages; a care-team member's for the client's messages.
    seen: dict[tuple[uuid.UUID, bool], datetime] = {}  # (message, read by the client) -> first read
    for r in sorted(reads, key=lambda r: r.read_at):
        if r.reader_role == "client" or r.reader_id in team:
            seen.setdefault((r.message_id, r.reader_role == "client"), r.read_at)
    staff_view = actor.role != "client"
    out = []
    for m in messages:
        if m.sender_id == actor.user_id:
            name = "You"
        elif m.from_client:
            name = client.full_name
        else:
            name = _name(senders.get(m.sender_id))
        read_at = seen.get((m.id, not m.from_client))
        out.append(MessageOut(
            id=m.id, client_id=m.client_id, sender_id=m.sender_id, sender_role=m.sender_role, sender_name=name,
            from_client=m.from_client, text=m.body or "", created_at=m.created_at,
            unread=_unread_for(actor, m, mine), read_at=read_at,
            screen_level=m.screen_level if staff_view else None,
            screen_version=m.screen_version if staff_view else None,
            alert_id=m.alert_id if staff_view else None))
    await audit.record(session, actor, "messaging.thread.read", client_id=client.id, resource_type="message_thread",
                       resource_id=thread.id if thread else None, detail=f"messages={len(out)}")
    return ThreadRead(client_id=client.id, subject=thread.subject if thread else None,
                      response_days=await response_days(session, client.practice_id),
                      unread=sum(1 for m in out if m.unread), messages=out)


async def mark_read(session: AsyncSession, actor: Actor, client_id: uuid.UUID) -> int:
    """Record that the reader has read every message from the other side; returns how many were new to them."""
    client = await _authorize(session, actor, client_id, write=False)
    if actor.user_id is None:
        return 0
    from_client = actor.role != "client"
    already = select(MessageRead.id).where(MessageRead.message_id == Message.id,
                                           MessageRead.reader_id == actor.user_id)
    ids = (await session.execute(select(Message.id).where(
        Message.client_id == client.id, (Message.sender_role == "client") if from_client
        else (Message.sender_role != "client"), ~exists(already)))).scalars().all()
    if not ids:
        return 0
    now = utcnow()
    try:
        async with session.begin_nested():
            session.add_all([MessageRead(message_id=i, client_id=client.id, reader_id=actor.user_id,
                                         reader_role=actor.role, read_at=now) for i in ids])
    except IntegrityError:
        return 0  # the same reader, in another tab at the same moment, marked them first
    await audit.record(session, actor, "messaging.mark_read", client_id=client.id, resource_type="message_thread",
                       detail=f"messages={len(ids)}")
    return len(ids)


async def get_message(session: AsyncSession, actor: Actor, message_id: uuid.UUID) -> Message:
    """One message, for someone who may read its thread (used by links in e-mails and the 'sent' page)."""
    message = await session.get(Message, message_id)
    if message is None or message.practice_id != actor.practice_id:
        raise NotFound("No such message.")
    await _authorize(session, actor, message.client_id, write=False)
    return message


async def crisis_for(session: AsyncSession, actor: Actor, message: Message) -> CrisisResponse | None:
    """The crisis response a client's message called for (shown again on the page after sending), or None."""
    if not message.from_client:
        return None
    return await safety_service.crisis_response_again(session, message.client_id, message.screen_level,
                                                      message.alert_id)


# --- unread counts ----------------------------------------------------------------------------------------

def _unread_query(actor: Actor):  # noqa: ANN202
    """Messages from the other side with no receipt by this reader."""
    mine = exists().where(MessageRead.message_id == Message.id, MessageRead.reader_id == actor.user_id)
    side = (Message.sender_role != "client") if actor.role == "client" else (Message.sender_role == "client")
    return and_(side, ~mine)


async def unread_by_client(session: AsyncSession, actor: Actor, clients: Sequence[Client]) -> dict[uuid.UUID, int]:
    """For the caseload: messages from each client this member of staff has not read (clients already listed for
    them by visible_clients; counts only, no content)."""
    ids = [c.id for c in clients]
    if not ids or actor.role not in STAFF:
        return {}
    rows = await session.execute(select(Message.client_id, func.count()).where(
        Message.client_id.in_(ids), _unread_query(actor)).group_by(Message.client_id))
    return {client_id: count for client_id, count in rows.all()}


async def unread_total(session: AsyncSession, actor: Actor) -> int:
    """How many messages wait for this person: a client's from their care team, staff's from their clients."""
    if actor.role == "client" and actor.client_id is not None:
        query = select(func.count()).select_from(Message).where(Message.client_id == actor.client_id,
                                                                _unread_query(actor))
    elif actor.role in STAFF:
        visible = visible_clients(actor).with_only_columns(Client.id)
        query = select(func.count()).select_from(Message).where(Message.client_id.in_(visible), _unread_query(actor))
    else:
        return 0
    return await session.scalar(query) or 0
