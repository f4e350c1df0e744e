"""JSON API: a client's secure message thread with their care team (staff), the portal's (the client)."""

from __future__ import annotations

import uuid

from fastapi import APIRouter

from alliance.messaging import service
from alliance.messaging.schemas import (
    MarkedRead,
    MessageCreate,
    MessageSent,
    MessagingSettingsRead,
    MessagingSettingsUpdate,
    ThreadRead,
    UnreadCount,
)
from alliance.web.deps import DB, CurrentActor
from alliance.web.errors import error_responses

router = APIRouter(prefix="/api/v1", tags=["messaging"], responses=error_responses(400, 401, 403, 404))


async def _sent(session, actor, client_id: uuid.UUID, data: MessageCreate) -> MessageSent:  # noqa: ANN001
    message, crisis = await service.send_message(session, actor, client_id, data)
    return MessageSent(message=service.as_sent(actor, message), crisis=crisis)


@router.get("/clients/{client_id}/messages", response_model=ThreadRead)
async def client_messages(client_id: uuid.UUID, actor: CurrentActor, session: DB) -> ThreadRead:
    """The client's thread with their care team, oldest first (treating clinicians and their supervisors)."""
    return await service.get_thread(session, actor, client_id)


@router.post("/clients/{client_id}/messages", response_model=MessageSent, status_code=201)
async def send_to_client(client_id: uuid.UUID, data: MessageCreate, actor: CurrentActor, session: DB) -> MessageSent:
    """Write to the client as a member of their care team (people only: no AI writes here)."""
    return await _sent(session, actor, client_id, data)


@router.post("/clients/{client_id}/messages/read", response_model=MarkedRead)
async def mark_client_messages_read(client_id: uuid.UUID, actor: CurrentActor, session: DB) -> MarkedRead:
    """Mark the client's messages as read by you."""
    return MarkedRead(marked=await service.mark_read(session, actor, client_id))


@router.get("/portal/messages", response_model=ThreadRead)
async def portal_messages(actor: CurrentActor, session: DB) -> ThreadRead:
    """Your thread with your care team (clients)."""
    return await service.get_thread(session, actor, service.portal_client_id(actor))


@router.post("/portal/messages", response_model=MessageSent, status_code=201)
async def portal_send(data: MessageCreate, actor: CurrentActor, session: DB) -> MessageSent:
    """Write to your care team. Every message is screened for crisis first: when it signals risk your clinician is
    alerted and `crisis` holds emergency numbers, crisis lines and your safety plan. Not for emergencies."""
    return await _sent(session, actor, service.portal_client_id(actor), data)


@router.post("/portal/messages/read", response_model=MarkedRead)
async def portal_mark_read(actor: CurrentActor, session: DB) -> MarkedRead:
    """Mark your care team's messages as read (they see when you read them)."""
    return MarkedRead(marked=await service.mark_read(session, actor, service.portal_client_id(actor)))


@router.get("/messages/unread", response_model=UnreadCount)
async def unread(actor: CurrentActor, session: DB) -> UnreadCount:
    """How many messages wait for you: a client's from their care team, a clinician's from their clients."""
    return UnreadCount(unread=await service.unread_total(session, actor))


@router.get("/messaging/settings", response_model=MessagingSettingsRead)
async def get_settings(actor: CurrentActor, session: DB) -> MessagingSettingsRead:
    """The reply time your practice promises, in working days."""
    return await service.get_settings_for(session, actor)


@router.put("/messaging/settings", response_model=MessagingSettingsRead)
async def put_settings(data: MessagingSettingsUpdate, actor: CurrentActor, session: DB) -> MessagingSettingsRead:
    """Change the reply time clients are told to expect (admins)."""
    return await service.update_settings(session, actor, data)
