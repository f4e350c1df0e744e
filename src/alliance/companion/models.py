"""The companion's tables: the clinician's plan per client (one row per version), the practice's companion
settings, and the exercises a client completed (structured records, free text encrypted)."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import JSON, ForeignKey, LargeBinary, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from alliance.db.base import AuthoredMixin, Base, IdMixin, TimestampMixin, utcnow
from alliance.security.crypto import Encrypted

# Regions whose law forbids AI from conversing therapeutically with clients: Illinois' Wellness and Oversight
# for Psychological Resources Act (HB 1806, in force since August 2025).
DEFAULT_NO_CHAT_REGIONS = ["US-IL"]


class CompanionPlan(IdMixin, AuthoredMixin, Base):
    """One version of the clinician's plan for a client's companion; the newest version is the plan in force.

    Never updated: each save adds a version, so the history shows what the client was offered and when.
    """

    __tablename__ = "companion_plans"
    __table_args__ = (UniqueConstraint("client_id", "version", name="companion_plan_version"),)

    practice_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("practices.id"), index=True)
    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    version: Mapped[int]
    enabled: Mapped[bool] = mapped_column(default=False)
    language: Mapped[str] = mapped_column(String(8))
    modules: Mapped[list[str]] = mapped_column(JSON, default=list)  # library slugs (kind module)
    skills: Mapped[list[str]] = mapped_column(JSON, default=list)  # library slugs (kind skill)
    address: Mapped[str] = mapped_column(String(10), default="informal")  # formal | informal
    # The clinician's own words: PHI, sealed with the client's data key.
    focus_ct: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    steer_topics_ct: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    cultural_notes_ct: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    review_note_ct: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)

    focus = Encrypted("focus_ct")
    steer_topics = Encrypted("steer_topics_ct")
    cultural_notes = Encrypted("cultural_notes_ct")
    review_note = Encrypted("review_note_ct")  # when the clinician reads conversations, as the client is told


class CompanionSettings(Base):
    """Per-practice companion settings: regions where the conversational part is off (library and forms stay)."""

    __tablename__ = "companion_settings"

    practice_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("practices.id"), primary_key=True)
    no_chat_regions: Mapped[list[str]] = mapped_column(JSON, default=lambda: list(DEFAULT_NO_CHAT_REGIONS))
    updated_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), default=None)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class ExerciseRecord(IdMixin, TimestampMixin, Base):
    """One exercise a client did (or, for behavioural activation, planned and later marked done).

    `data_json` holds the answers as encrypted JSON; the kind and status stay plain so lists can be filtered.
    """

    __tablename__ = "companion_exercises"

    practice_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("practices.id"), index=True)
    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    created_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), default=None)
    kind: Mapped[str] = mapped_column(String(40))  # a skill's library slug: thought-record, paced-breathing ...
    status: Mapped[str] = mapped_column(String(10), default="done")  # done | planned (behavioural activation)
    completed_at: Mapped[datetime | None] = mapped_column(default=None)
    # The crisis screen's highest level over the record's free text, and the alert it raised (if any).
    screen_level: Mapped[str | None] = mapped_column(String(10), default=None)
    screen_version: Mapped[str | None] = mapped_column(String(80), default=None)
    alert_id: Mapped[uuid.UUID | None] = mapped_column(default=None)  # safety's risk_alerts.id (another branch)
    data_ct: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)

    data_json = Encrypted("data_ct")
