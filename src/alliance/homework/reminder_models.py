"""Between-session reminders: the client's choices (time zone, quiet hours, time of day), their private
calendar feed addresses (only a hash of each token is kept) and the reminder e-mails claimed, one a day."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from alliance.db.base import Base, IdMixin, utcnow

# Defaults for a client who never changed anything: quiet from 21:00 to 08:00, reminded at 18:00.
QUIET_START = "21:00"
QUIET_END = "08:00"
REMIND_AT = "18:00"


class ReminderPreference(Base):
    """A client's reminder choices (a client without a row has the defaults). Local clock times, "HH:MM".

    E-mail on or off is the client's `reminders_by_email`, shared with appointment and questionnaire
    reminders.
    """

    __tablename__ = "reminder_preferences"

    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"),
                                                 primary_key=True)
    practice_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("practices.id"), index=True)
    timezone: Mapped[str | None] = mapped_column(String(64), default=None)  # None: the zone on record
    quiet_start: Mapped[str] = mapped_column(String(5), default=QUIET_START)
    quiet_end: Mapped[str] = mapped_column(String(5), default=QUIET_END)  # before quiet_start: wraps midnight
    remind_at: Mapped[str] = mapped_column(String(5), default=REMIND_AT)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    updated_by: Mapped[uuid.UUID | None] = mapped_column(default=None)


class ReminderFeed(IdMixin, Base):
    """A client's private calendar (ICS) address: the URL holds a random token, the table its SHA-256."""

    __tablename__ = "reminder_feeds"

    practice_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("practices.id"), index=True)
    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    prefix: Mapped[str] = mapped_column(String(12))  # the token's first characters, to tell addresses apart
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_used_at: Mapped[datetime | None] = mapped_column(default=None)
    revoked_at: Mapped[datetime | None] = mapped_column(default=None)


class SentReminder(IdMixin, Base):
    """A reminder claimed for a client's local day on a channel; the unique key makes a second claim fail."""

    __tablename__ = "reminders_sent"
    __table_args__ = (UniqueConstraint("client_id", "day", "channel", name="reminders_sent_once_a_day"),)

    practice_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("practices.id"), index=True)
    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    day: Mapped[date]  # the client's local day the reminder is for
    channel: Mapped[str] = mapped_column(String(10), default="email")
    claimed_at: Mapped[datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(default=None)
