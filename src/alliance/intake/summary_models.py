"""The clinician's optional summary of a referral, drafted by a model: its sentences, each with the answers or
words it rests on, sealed like the referral's own PHI (the applicant has no client data key)."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from alliance.db.base import Base, IdMixin, TimestampMixin
from alliance.security.crypto import Encrypted


class ReferralSummary(IdMixin, TimestampMixin, Base):
    """An AI-drafted summary of one referral for the clinician (queued, drafting, draft, reviewed or failed).

    It never sets or changes a tier: the triage rules and the clinician do. A new draft is a new row.
    """

    __tablename__ = "intake_summaries"

    practice_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("practices.id"), index=True)
    referral_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("intake_referrals.id", ondelete="CASCADE"), index=True
    )
    # The triage the draft read: a later triage makes the draft out of date.
    triage_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("intake_triages.id", ondelete="SET NULL"), default=None
    )
    created_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), default=None)
    status: Mapped[str] = mapped_column(String(10), default="queued")  # queued|drafting|draft|reviewed|failed
    provider: Mapped[str | None] = mapped_column(String(64), default=None)
    model: Mapped[str | None] = mapped_column(String(120), default=None)
    prompt_id: Mapped[str | None] = mapped_column(String(80), default=None)
    prompt_version: Mapped[int | None] = mapped_column(default=None)
    grounding: Mapped[str | None] = mapped_column(String(20), default=None)  # lexical+embedding | lexical
    redacted: Mapped[bool] = mapped_column(default=False)  # sent to an outside provider with PHI replaced
    error: Mapped[str | None] = mapped_column(String(300), default=None)  # why a draft failed (no PHI)
    reviewed_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), default=None)
    reviewed_at: Mapped[datetime | None] = mapped_column(default=None)
    # Sealed JSON: {"evidence": [{"ref", "kind", "text"}], "sentences": [{"text", "section", "supported",
    # "score", "evidence": [refs], "missing": {...}}]}
    content_ct: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)

    content_json = Encrypted("content_ct", scope="global")
