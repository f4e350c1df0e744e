"""A care-team thread per client, its messages (encrypted with the client's data key), read receipts, settings."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, LargeBinary, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from alliance.db.base import Base, IdMixin, TimestampMixin, utcnow
from alliance.security.crypto import Encrypted

DEFAULT_RESPONSE_DAYS = 2


class MessageThread(IdMixin, TimestampMixin, Base):
    """The one thread between a client and their care team."""

    __tablename__ = "message_threads"

    practice_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("practices.id"), index=True)
    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), unique=True)
    last_message_at: Mapped[datetime | None] = mapped_column(default=None)
    subject_ct: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)

    subject = Encrypted("subject_ct")


class Message(IdMixin, TimestampMixin, Base):
    """One message, written by the client or a member of their care team (never by a model)."""

    __tablename__ = "messages"

    practice_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("practices.id"), index=True)
    thread_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("message_threads.id", ondelete="CASCADE"), index=True)
    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    sender_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"), index=True)
    sender_role: Mapped[str] = mapped_column(String(20))  # client | clinician | supervisor
    body_ct: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    # The crisis screen's verdict on a client's message (None for staff messages), and the alert it raised.
    screen_level: Mapped[str | None] = mapped_column(String(10), default=None)
    screen_version: Mapped[str | None] = mapped_column(String(80), default=None)
    alert_id: Mapped[uuid.UUID | None] = mapped_column(default=None)  # safety's risk_alerts.id (another branch)
    notified_at: Mapped[datetime | None] = mapped_column(default=None)  # the PHI-free e-mail went out

    body = Encrypted("body_ct")

    @property
    def from_client(self) -> bool:
        """Written by the client (as opposed to a member of the care team)."""
        return self.sender_role == "client"


class MessageRead(IdMixin, Base):
    """A read receipt: who read a message and when (the client for staff messages, staff for the client's)."""

    __tablename__ = "message_reads"
    __table_args__ = (UniqueConstraint("message_id", "reader_id", name="message_read_once"),)

    message_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"), index=True)
    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    reader_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"), index=True)
    reader_role: Mapped[str] = mapped_column(String(20))
    read_at: Mapped[datetime] = mapped_column(default=utcnow)


class MessagingSettings(Base):
    """Per-practice messaging settings: the reply time clients are told to expect, in working days."""

    __tablename__ = "messaging_settings"

    practice_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("practices.id"), primary_key=True)
    response_days: Mapped[int] = mapped_column(default=DEFAULT_RESPONSE_DAYS)
    updated_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), default=None)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
