"""Request and response shapes for secure messages."""

from __future__ import annotations

import uuid
from datetime import datetime

from pydantic import BaseModel, Field

from alliance.safety.schemas import CrisisResponse

MAX_BODY = 5000
MAX_SUBJECT = 200


class MessageCreate(BaseModel):
    """A message to the thread (the client to their care team, or a member of the care team to the client)."""

    # Named `text`, not `body`: the API's validation errors name the field, and `body` is the request's own name there.
    text: str = Field(min_length=1, max_length=MAX_BODY, description="The message: 1 to 5,000 characters")
    subject: str | None = Field(default=None, max_length=MAX_SUBJECT,
                                description="Sets the thread's subject line (optional)")


class MessageRead(BaseModel):
    """One message as its reader sees it."""

    id: uuid.UUID
    client_id: uuid.UUID
    sender_id: uuid.UUID
    sender_role: str
    sender_name: str
    from_client: bool
    text: str
    created_at: datetime
    unread: bool = Field(description="Not yet read by you (messages from the other side only)")
    read_at: datetime | None = Field(
        description="Staff messages: when the client read it. Client messages: when the care team first read it")
    screen_level: str | None = Field(default=None, description="Crisis screen level of a client's message (staff only)")
    screen_version: str | None = None
    alert_id: uuid.UUID | None = None


class ThreadRead(BaseModel):
    """The client's thread with their care team, oldest message first."""

    client_id: uuid.UUID
    subject: str | None
    response_days: int = Field(description="Working days within which the care team replies")
    unread: int
    messages: list[MessageRead]


class MessageSent(BaseModel):
    """The message as stored and, when a client's message signals risk, the crisis response to show at once."""

    message: MessageRead
    crisis: CrisisResponse | None = None


class MarkedRead(BaseModel):
    marked: int


class UnreadCount(BaseModel):
    unread: int


class MessagingSettingsRead(BaseModel):
    response_days: int


class MessagingSettingsUpdate(BaseModel):
    response_days: int = Field(ge=1, le=30, description="Working days within which the care team replies")
