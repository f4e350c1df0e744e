"""The practice: the tenant every record belongs to."""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from alliance.db.base import Base, IdMixin, TimestampMixin


class Practice(IdMixin, TimestampMixin, Base):
    """A practice and its policy settings."""

    __tablename__ = "practices"

    name: Mapped[str] = mapped_column(String(200))
    slug: Mapped[str] = mapped_column(String(80), unique=True)
    country: Mapped[str] = mapped_column(String(2), default="US")
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")
    # TOTP is required for staff roles unless an admin turns this off (recorded in the audit log).
    mfa_required: Mapped[bool] = mapped_column(default=True)
    # Session audio is deleted once transcribed unless the practice keeps it this many days.
    audio_retention_days: Mapped[int] = mapped_column(default=0)
    # Records are kept this many years after discharge before erasure may run (state law varies: 7 is common).
    record_retention_years: Mapped[int] = mapped_column(default=7)
