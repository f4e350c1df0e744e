"""The append-only, keyed hash-chained audit log."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import BigInteger, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from alliance.db.base import Base, utcnow


class AuditEvent(Base):
    """Who did what to which client's record, when, and how it ended. Carries ids, never PHI."""

    __tablename__ = "audit_events"
    __table_args__ = (Index("ix_audit_events_practice_seq", "practice_id", "practice_seq", unique=True),)

    seq: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=False)
    id: Mapped[uuid.UUID] = mapped_column(unique=True, default=uuid.uuid4)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    actor_id: Mapped[uuid.UUID | None] = mapped_column(default=None, index=True)
    actor_role: Mapped[str | None] = mapped_column(String(20), default=None)
    practice_id: Mapped[uuid.UUID | None] = mapped_column(default=None, index=True)
    client_id: Mapped[uuid.UUID | None] = mapped_column(default=None, index=True)
    action: Mapped[str] = mapped_column(String(80), index=True)
    resource_type: Mapped[str | None] = mapped_column(String(60), default=None)
    resource_id: Mapped[str | None] = mapped_column(String(80), default=None)
    outcome: Mapped[str] = mapped_column(String(20), default="success")  # success | denied | failed
    detail: Mapped[str | None] = mapped_column(Text, default=None)  # non-PHI context: field names, counts
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    # How `hash` was made: "hmac-sha256" (keyed, from the keyring) or "sha256" (unkeyed, rows written before
    # migration 0006); see security/audit.py.
    hash_alg: Mapped[str] = mapped_column(String(16), server_default="sha256")
    # The entry's number within its practice, shown to that practice's admins instead of the global `seq`
    # (which would tell them how busy other practices are). None for system-level entries.
    practice_seq: Mapped[int | None] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), default=None)


class AuditAnchor(Base):
    """The head of the chain (last sequence number and hash), so deleting the newest rows is detected too."""

    __tablename__ = "audit_anchor"

    id: Mapped[int] = mapped_column(primary_key=True)
    last_seq: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), default=0)
    last_hash: Mapped[str] = mapped_column(String(64))
