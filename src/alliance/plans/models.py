"""Treatment plans as records: the plan (its content sealed with the client's data key), every signed version
with its reason (append-only history), AI drafts waiting for the clinician's decisions, and practice
templates.

Status, version, dates (start, next review), signer and acknowledgement times are in clear (they drive Today
and the caseload); problems, goals, objectives, interventions and reasons are sealed.
"""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import Boolean, ForeignKey, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from alliance.db.base import AuthoredMixin, Base, IdMixin, TimestampMixin
from alliance.security.crypto import Encrypted

STATUSES = ("draft", "signed", "closed")  # closed: replaced by a newer signed plan
ORIGINS = ("manual", "template", "ai_draft", "fhir_import")
REVISION_KINDS = ("signed", "amendment", "review")
DRAFT_STATUSES = ("queued", "drafting", "ready", "failed", "applied")
DRAFT_BUSY = ("queued", "drafting")


def _json(attr: str, doc: str) -> property:
    def getter(self: Any) -> Any:
        raw = getattr(self, attr)
        return json.loads(raw) if raw else None

    def setter(self: Any, value: Any) -> None:
        setattr(self, attr, None if value is None else json.dumps(value, sort_keys=True, default=str,
                                                                  ensure_ascii=False))

    return property(getter, setter, doc=doc)


class TreatmentPlan(IdMixin, AuthoredMixin, Base):
    """A client's treatment plan: a draft until the clinician signs it; then locked, changed by amendments and
    reviews (each a new version in `treatment_plan_revisions`)."""

    __tablename__ = "treatment_plans"

    practice_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("practices.id"), index=True)
    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    status: Mapped[str] = mapped_column(String(10), default="draft", index=True)
    version: Mapped[int] = mapped_column(Integer, default=0)  # 0 while a draft; 1 when signed; +1 per change
    origin: Mapped[str] = mapped_column(String(20), default="manual")
    template: Mapped[str | None] = mapped_column(String(80), default=None)  # the template it started from
    draft_id: Mapped[uuid.UUID | None] = mapped_column(default=None)  # the AI draft its items came from
    starts_on: Mapped[date | None] = mapped_column(default=None)
    review_on: Mapped[date | None] = mapped_column(default=None, index=True)
    author_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), default=None)
    signed_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), default=None)
    signed_name: Mapped[str | None] = mapped_column(String(200), default=None)
    signed_credentials: Mapped[str | None] = mapped_column(String(200), default=None)
    signed_at: Mapped[datetime | None] = mapped_column(default=None)
    closed_at: Mapped[datetime | None] = mapped_column(default=None)
    # A trainee's signed plan waits for their supervisor's co-signature (Supervision.cosign_notes, as for notes):
    # the client sees it, and it replaces the client's previous plan, only once co-signed.
    cosign_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), default=None, index=True)
    cosigned_name: Mapped[str | None] = mapped_column(String(200), default=None)
    cosigned_credentials: Mapped[str | None] = mapped_column(String(200), default=None)
    cosigned_at: Mapped[datetime | None] = mapped_column(default=None)
    acknowledged_version: Mapped[int | None] = mapped_column(Integer, default=None)
    acknowledged_at: Mapped[datetime | None] = mapped_column(default=None)
    content_ct: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)

    content_text = Encrypted("content_ct")
    content = _json("content_text", "The plan (schemas.PlanContent as a dict).")

    @property
    def locked(self) -> bool:
        """Signed (or closed) plans are locked: later changes are amendments or reviews."""
        return self.status != "draft"

    @property
    def awaiting_cosign(self) -> bool:
        """Signed by a trainee and not yet co-signed by their supervisor."""
        return self.cosign_by is not None and self.cosigned_at is None


class TreatmentPlanRevision(IdMixin, TimestampMixin, Base):
    """One version of a plan as signed: the first signature, an amendment or a review (append-only)."""

    __tablename__ = "treatment_plan_revisions"
    __table_args__ = (UniqueConstraint("plan_id", "version", name="treatment_plan_revision_version"),)

    practice_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("practices.id"), index=True)
    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    plan_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("treatment_plans.id", ondelete="CASCADE"), index=True
    )
    version: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(10))  # signed | amendment | review
    review_on: Mapped[date | None] = mapped_column(default=None)
    author_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), default=None)
    author_name: Mapped[str | None] = mapped_column(String(200), default=None)
    author_credentials: Mapped[str | None] = mapped_column(String(200), default=None)
    acknowledged_at: Mapped[datetime | None] = mapped_column(default=None)  # by the client, in the portal
    reason_ct: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    content_ct: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)

    reason = Encrypted("reason_ct")
    content_text = Encrypted("content_ct")
    content = _json("content_text", "The plan as signed at this version.")


class PlanDraftJob(IdMixin, AuthoredMixin, Base):
    """An AI draft of a plan (alliance.plans.drafting), waiting for the clinician to accept, edit or reject
    each item; nothing of it is in a plan until the clinician applies the decisions (and the plan is signed
    later).
    """

    __tablename__ = "plan_drafts"

    practice_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("practices.id"), index=True)
    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    status: Mapped[str] = mapped_column(String(10), default="queued", index=True)
    status_reason: Mapped[str | None] = mapped_column(String(300), default=None)  # never PHI
    progress_stage: Mapped[str] = mapped_column(String(80), default="")
    started_at: Mapped[datetime | None] = mapped_column(default=None)
    finished_at: Mapped[datetime | None] = mapped_column(default=None)
    model: Mapped[str | None] = mapped_column(String(120), default=None)
    plan_id: Mapped[uuid.UUID | None] = mapped_column(default=None)  # the plan the accepted items went into
    draft_ct: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)

    draft_text = Encrypted("draft_ct")
    draft = _json("draft_text", "The draft as produced (schemas.PlanDraft as a dict).")


class PracticePlanTemplate(IdMixin, AuthoredMixin, Base):
    """A practice's own plan template (no PHI), added by an admin or a supervisor, beside the package's."""

    __tablename__ = "plan_templates"
    __table_args__ = (UniqueConstraint("practice_id", "key", name="plan_template_key"),)

    practice_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("practices.id"), index=True)
    key: Mapped[str] = mapped_column(String(80))
    body_json: Mapped[str] = mapped_column(Text)  # schemas.TemplateBody as JSON
    active: Mapped[bool] = mapped_column(Boolean, default=True)
