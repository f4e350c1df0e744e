"""Gateway tables: the call log (no text), each practice's provider per purpose, and practice prompt versions."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import JSON, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from alliance.db.base import Base, IdMixin, TimestampMixin, utcnow


class LlmCall(IdMixin, Base):
    """One model call: purpose, provider, model, template, tokens, latency, outcome. Never prompt or reply text."""

    __tablename__ = "llm_calls"

    call_id: Mapped[str] = mapped_column(String(40), unique=True)
    started_at: Mapped[datetime] = mapped_column(index=True)
    practice_id: Mapped[uuid.UUID | None] = mapped_column(index=True, default=None)
    client_id: Mapped[uuid.UUID | None] = mapped_column(index=True, default=None)
    purpose: Mapped[str] = mapped_column(String(40), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    provider: Mapped[str] = mapped_column(String(64), index=True)
    model: Mapped[str] = mapped_column(String(200))
    privacy: Mapped[str] = mapped_column(String(20))
    template_id: Mapped[str | None] = mapped_column(String(80), default=None)
    template_version: Mapped[int | None] = mapped_column(default=None)
    prompt_tokens: Mapped[int] = mapped_column(default=0)
    completion_tokens: Mapped[int] = mapped_column(default=0)
    latency_ms: Mapped[float] = mapped_column(default=0.0)
    outcome: Mapped[str] = mapped_column(String(20), index=True)
    attempts: Mapped[int] = mapped_column(default=1)
    redaction_applied: Mapped[bool] = mapped_column(default=False)
    error: Mapped[str | None] = mapped_column(String(80), default=None)


class PurposeProvider(Base):
    """Which configured provider a practice uses for a purpose (notes, companion, summaries, plans)."""

    __tablename__ = "llm_purpose_providers"

    practice_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("practices.id"), primary_key=True)
    purpose: Mapped[str] = mapped_column(String(40), primary_key=True)
    provider: Mapped[str] = mapped_column(String(64))
    updated_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), default=None)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class PracticePrompt(IdMixin, TimestampMixin, Base):
    """A practice's own version of a catalogue template; used only once a supervisor approves it."""

    __tablename__ = "practice_prompts"
    __table_args__ = (UniqueConstraint("practice_id", "template_id", "version", name="practice_prompt_version"),)

    practice_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("practices.id"), index=True)
    template_id: Mapped[str] = mapped_column(String(80), index=True)
    version: Mapped[int]
    base_version: Mapped[int]  # the catalogue version it was adapted from
    system: Mapped[str] = mapped_column(Text)
    user: Mapped[str] = mapped_column(Text)
    change_note: Mapped[str] = mapped_column(String(500))
    status: Mapped[str] = mapped_column(String(20), default="draft")  # draft | approved | retired
    output_schema: Mapped[dict | None] = mapped_column(JSON, default=None)
    created_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), default=None)
    approved_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), default=None)
    approved_at: Mapped[datetime | None] = mapped_column(default=None)
