"""An appointment (session) between a clinician and a client; calendar feeds and the practice's scheduling settings."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta

from sqlalchemy import ForeignKey, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from alliance.db.base import AuthoredMixin, Base, IdMixin, utcnow
from alliance.security.crypto import Encrypted

STATUSES = ("scheduled", "completed", "cancelled", "no_show")
# Why a session was cancelled, as a code (never free text, so nothing clinical is written here).
CANCEL_REASONS = {
    "schedule_conflict": "schedule conflict",
    "illness": "illness",
    "transport": "transport or travel",
    "weather": "weather",
    "emergency": "emergency",
    "clinician_unavailable": "clinician unavailable",
    "practice_closed": "practice closed",
    "other": "other",
}


class Appointment(IdMixin, AuthoredMixin, Base):
    """A session: when, with whom, how, and whether it happened."""

    __tablename__ = "appointments"

    practice_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("practices.id"), index=True)
    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    clinician_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"), index=True)
    starts_at: Mapped[datetime] = mapped_column(index=True)
    duration_minutes: Mapped[int] = mapped_column(default=50)
    kind: Mapped[str] = mapped_column(String(20), default="therapy")  # intake | therapy | review | group
    modality: Mapped[str] = mapped_column(String(20), default="in_person")  # in_person | video | phone
    status: Mapped[str] = mapped_column(String(20), default="scheduled")  # scheduled | completed | cancelled | no_show
    reason_ct: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    # The occurrences of one recurring booking share a series id (None: a single session).
    series_id: Mapped[uuid.UUID | None] = mapped_column(default=None, index=True)
    cancelled_by: Mapped[str | None] = mapped_column(String(20), default=None)  # client | clinician
    cancel_reason: Mapped[str | None] = mapped_column(String(40), default=None)  # a CANCEL_REASONS code
    # When the client's reminder e-mail was claimed for sending (at most one per appointment and start time).
    reminded_at: Mapped[datetime | None] = mapped_column(default=None)

    reason = Encrypted("reason_ct")

    @property
    def ends_at(self) -> datetime:
        """The end of the session."""
        return self.starts_at + timedelta(minutes=self.duration_minutes)


class CalendarFeed(IdMixin, Base):
    """A clinician's secret calendar (ICS) address: the URL holds a random token, the table its hash."""

    __tablename__ = "calendar_feeds"

    practice_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("practices.id"), index=True)
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    prefix: Mapped[str] = mapped_column(String(12))
    # Event titles are "Session" plus the client's initials, or "Session" alone when this is off.
    show_initials: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_used_at: Mapped[datetime | None] = mapped_column(default=None)
    revoked_at: Mapped[datetime | None] = mapped_column(default=None)


class SchedulingSettings(Base):
    """Per-practice scheduling settings (a practice without a row uses the defaults)."""

    __tablename__ = "scheduling_settings"

    practice_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("practices.id"), primary_key=True)
    # Clients who chose e-mail reminders get one this many hours before each session (0: no reminders).
    reminder_hours: Mapped[int] = mapped_column(default=24)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
