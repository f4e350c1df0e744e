"""Risk alerts, pauses of a client's AI features, safety plans, practice crisis services and on-call settings."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import JSON, ForeignKey, LargeBinary, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from alliance.db.base import AuthoredMixin, Base, IdMixin, TimestampMixin, utcnow
from alliance.security.crypto import Encrypted


class RiskAlert(IdMixin, TimestampMixin, Base):
    """A screening at moderate or above (or a risk flag) on a client's content, for a clinician to review."""

    __tablename__ = "risk_alerts"

    practice_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("practices.id"), index=True)
    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    assigned_to: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), index=True, default=None)
    on_call: Mapped[bool] = mapped_column(default=False)  # routed to the on-call clinician (treating one away)
    source: Mapped[str] = mapped_column(String(30))  # message | measure | intake | transcript | manual
    source_id: Mapped[str | None] = mapped_column(String(80), default=None)
    level: Mapped[str] = mapped_column(String(10), index=True)
    categories: Mapped[list[str]] = mapped_column(JSON, default=list)
    rules: Mapped[list[str]] = mapped_column(JSON, default=list)
    screen_version: Mapped[str | None] = mapped_column(String(80), default=None)
    status: Mapped[str] = mapped_column(String(20), default="open", index=True)  # open | acknowledged
    acknowledged_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), default=None)
    acknowledged_at: Mapped[datetime | None] = mapped_column(default=None)
    # The clinician's judgement on acknowledging (safety.schemas.JUDGEMENTS): risk_confirmed | not_risk | unsure.
    # None on alerts acknowledged before it was asked. Confirmed / judged is the screen's real-world precision.
    judgement: Mapped[str | None] = mapped_column(String(20), default=None)
    emailed_at: Mapped[datetime | None] = mapped_column(default=None)
    # The reasons and quoted evidence are PHI: encrypted JSON lists of strings.
    reasons_ct: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    evidence_ct: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    note_ct: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)

    reasons_json = Encrypted("reasons_ct")
    evidence_json = Encrypted("evidence_ct")
    note = Encrypted("note_ct")


class AiPause(IdMixin, Base):
    """While a pause is open, the client's AI features are off; a clinician resumes them (recorded)."""

    __tablename__ = "ai_pauses"

    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    alert_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("risk_alerts.id", ondelete="SET NULL"), default=None)
    paused_at: Mapped[datetime] = mapped_column(default=utcnow)
    resumed_at: Mapped[datetime | None] = mapped_column(default=None)
    resumed_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), default=None)
    note_ct: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)

    note = Encrypted("note_ct")


class SafetyPlan(IdMixin, AuthoredMixin, Base):
    """One version of a Stanley-Brown safety plan; the newest version is the plan in force."""

    __tablename__ = "safety_plans"
    __table_args__ = (UniqueConstraint("client_id", "version", name="safety_plan_version"),)

    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    version: Mapped[int]
    # Each section is an encrypted JSON list of short entries.
    warning_signs_ct: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    coping_strategies_ct: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    distractions_ct: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    help_contacts_ct: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    professionals_ct: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    environment_ct: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    reasons_for_living_ct: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)

    warning_signs = Encrypted("warning_signs_ct")
    coping_strategies = Encrypted("coping_strategies_ct")
    distractions = Encrypted("distractions_ct")
    help_contacts = Encrypted("help_contacts_ct")
    professionals = Encrypted("professionals_ct")
    environment = Encrypted("environment_ct")
    reasons_for_living = Encrypted("reasons_for_living_ct")


class PracticeCrisisService(IdMixin, TimestampMixin, Base):
    """A local service a practice adds to the shipped crisis resources (not PHI)."""

    __tablename__ = "practice_crisis_services"

    practice_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("practices.id"), index=True)
    country: Mapped[str | None] = mapped_column(String(2), default=None)
    name: Mapped[str] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(40), default=None)
    url: Mapped[str | None] = mapped_column(String(300), default=None)
    hours: Mapped[str] = mapped_column(String(100))
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)
    notes: Mapped[str | None] = mapped_column(String(500), default=None)
    source: Mapped[str] = mapped_column(String(300))
    checked: Mapped[date]
    added_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), default=None)


class SafetySettings(Base):
    """Per-practice escalation settings: the on-call clinician who gets alerts when the treating one is away."""

    __tablename__ = "safety_settings"

    practice_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("practices.id"), primary_key=True)
    on_call_user_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), default=None)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
