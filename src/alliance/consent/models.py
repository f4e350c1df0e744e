"""Consent documents (per practice, versioned) and decisions (per client and feature)."""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum

from sqlalchemy import ForeignKey, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from alliance.db.base import Base, IdMixin, TimestampMixin, utcnow
from alliance.security.crypto import Encrypted


class Feature(StrEnum):
    """What a client can consent to."""

    ai_documentation = "ai_documentation"
    session_recording = "session_recording"
    ai_companion = "ai_companion"
    quality_monitoring = "quality_monitoring"  # use of de-identified data, and demographics for fairness
    external_ai = "external_ai"  # PHI-redacted text may go to a third-party model provider


class Decision(StrEnum):
    """A client's answer."""

    given = "given"
    declined = "declined"
    withdrawn = "withdrawn"


class ConsentDocument(IdMixin, TimestampMixin, Base):
    """The text a client agrees to; a new version replaces the old one for new decisions."""

    __tablename__ = "consent_documents"
    __table_args__ = (UniqueConstraint("practice_id", "feature", "version", name="consent_document_version"),)

    practice_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("practices.id"), index=True)
    feature: Mapped[str] = mapped_column(String(40))
    version: Mapped[int]
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    published_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), default=None)


class ConsentRecord(IdMixin, Base):
    """One decision by or for a client; the latest per feature is the one in force. Never updated."""

    __tablename__ = "consent_records"

    practice_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("practices.id"), index=True)
    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    feature: Mapped[str] = mapped_column(String(40))
    decision: Mapped[str] = mapped_column(String(20))
    document_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("consent_documents.id"))
    recorded_by: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[datetime] = mapped_column(default=utcnow)
    note_ct: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)

    note = Encrypted("note_ct")
