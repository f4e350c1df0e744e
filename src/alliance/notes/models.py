"""Session notes as records: the note (transcript, AI draft, working text, signature), its amendments,
psychotherapy (process) notes, and practice-defined note formats.

Everything a client said or a clinician wrote is sealed with the client's data key (`*_ct` columns); status,
format, dates, risk level, signer and the quality measure (edit distances, numbers only) are in clear.
"""

from __future__ import annotations

import json
import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import Boolean, Float, ForeignKey, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from alliance.db.base import AuthoredMixin, Base, IdMixin, TimestampMixin
from alliance.security.crypto import Encrypted

SOURCES = ("upload", "recording", "dictation", "paste")
AUDIO_SOURCES = ("upload", "recording", "dictation")
STATUSES = ("uploaded", "transcribing", "transcribed", "drafting", "draft", "signed", "failed")
BUSY = ("uploaded", "transcribing", "transcribed", "drafting")
SEEDED_DEMO_DRAFT = "seeded demo draft"


def _json_property(attr: str, doc: str) -> property:
    def getter(self: Any) -> Any:
        raw = getattr(self, attr)
        return json.loads(raw) if raw else None

    def setter(self: Any, value: Any) -> None:
        setattr(self, attr, None if value is None else json.dumps(value, sort_keys=True, default=str))

    return property(getter, setter, doc=doc)


class Note(IdMixin, AuthoredMixin, Base):
    """A session note: from audio, dictation or a pasted transcript, via an optional AI draft, to signing."""

    __tablename__ = "notes"

    practice_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("practices.id"), index=True)
    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    appointment_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("appointments.id", ondelete="SET NULL"), default=None, index=True
    )
    author_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), default=None)
    session_date: Mapped[datetime]
    source: Mapped[str] = mapped_column(String(20))  # upload | recording | dictation | paste
    status: Mapped[str] = mapped_column(String(20), default="uploaded", index=True)
    status_reason: Mapped[str | None] = mapped_column(String(300), default=None)  # never PHI
    progress: Mapped[int] = mapped_column(Integer, default=0)  # percent of the current step
    progress_stage: Mapped[str] = mapped_column(String(60), default="")
    use_ai: Mapped[bool] = mapped_column(Boolean, default=True)
    format: Mapped[str] = mapped_column(String(40), default="soap")
    format_json: Mapped[str] = mapped_column(
        Text
    )  # the format (sections and instructions) as used, a snapshot
    language: Mapped[str | None] = mapped_column(String(8), default=None)
    speech_model: Mapped[str | None] = mapped_column(String(20), default=None)
    # Audio lives under <data_dir>/audio/<note id>/<random name>; the path never carries the client's name.
    audio_file: Mapped[str | None] = mapped_column(String(300), default=None)
    audio_keep_until: Mapped[datetime | None] = mapped_column(default=None, index=True)
    audio_deleted_at: Mapped[datetime | None] = mapped_column(default=None)
    transcript_ct: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    draft_ct: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)  # the AI draft, never changed
    sections_ct: Mapped[bytes | None] = mapped_column(
        LargeBinary, default=None
    )  # the clinician's working text
    risk_ct: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    risk_level: Mapped[str | None] = mapped_column(String(12), default=None)
    alert_id: Mapped[uuid.UUID | None] = mapped_column(default=None)
    draft_origin: Mapped[str | None] = mapped_column(String(40), default=None)  # "model" | SEEDED_DEMO_DRAFT
    draft_model: Mapped[str | None] = mapped_column(String(80), default=None)
    signed_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), default=None)
    signed_name: Mapped[str | None] = mapped_column(String(200), default=None)
    signed_credentials: Mapped[str | None] = mapped_column(String(200), default=None)
    signed_at: Mapped[datetime | None] = mapped_column(default=None)
    # A trainee's signed note waits for their supervisor's co-signature (Supervision.cosign_notes).
    cosign_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), default=None, index=True)
    cosigned_name: Mapped[str | None] = mapped_column(String(200), default=None)
    cosigned_credentials: Mapped[str | None] = mapped_column(String(200), default=None)
    cosigned_at: Mapped[datetime | None] = mapped_column(default=None)
    # Quality measure: normalised Levenshtein distance per section between the AI draft and the signed text.
    edit_distance_json: Mapped[str | None] = mapped_column(Text, default=None)
    edit_distance_mean: Mapped[float | None] = mapped_column(Float, default=None)

    transcript_text = Encrypted("transcript_ct")
    draft_text = Encrypted("draft_ct")
    sections_text = Encrypted("sections_ct")
    risk_text = Encrypted("risk_ct")

    transcript = _json_property("transcript_text", "The transcript: {language, duration, model, segments}.")
    draft = _json_property(
        "draft_text", "The AI draft as produced (alliance.notes.drafting.Draft as a dict)."
    )
    sections = _json_property("sections_text", "The clinician's working text, {section name: text}.")
    risk = _json_property(
        "risk_text", "The safety screen's finding on the transcript (RiskFinding as a dict)."
    )
    edit_distance = _json_property("edit_distance_json", "{section name: normalised edit distance}.")

    @property
    def note_format(self) -> dict[str, Any]:
        """The format snapshot: {name, title, sections: [{name, instruction, title}]}."""
        return json.loads(self.format_json)

    @property
    def awaiting_cosign(self) -> bool:
        """Signed by a trainee and not yet co-signed by their supervisor."""
        return self.cosign_by is not None and self.cosigned_at is None

    @property
    def locked(self) -> bool:
        """Signed notes are locked: later changes are amendments."""
        return self.status == "signed"


class NoteAmendment(IdMixin, TimestampMixin, Base):
    """A change to a signed note: reason and new text per section, by whom and when (append-only)."""

    __tablename__ = "note_amendments"

    practice_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("practices.id"), index=True)
    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    note_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("notes.id", ondelete="CASCADE"), index=True)
    author_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), default=None)
    author_name: Mapped[str | None] = mapped_column(String(200), default=None)
    author_credentials: Mapped[str | None] = mapped_column(String(200), default=None)
    reason_ct: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    sections_ct: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)

    reason = Encrypted("reason_ct")
    sections_text = Encrypted("sections_ct")
    sections = _json_property("sections_text", "{section name: amended text}.")


class ProcessNote(IdMixin, AuthoredMixin, Base):
    """A psychotherapy (process) note: the author's private record, kept apart and never sent to a model."""

    __tablename__ = "process_notes"
    # HIPAA 45 CFR 164.501 / 164.524(a)(1)(i): psychotherapy notes are outside the designated record set.
    __exclude_from_client_export__ = True

    practice_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("practices.id"), index=True)
    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    author_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"), index=True)
    appointment_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("appointments.id", ondelete="SET NULL"), default=None
    )
    body_ct: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)

    body = Encrypted("body_ct")


class NoteFormatTemplate(IdMixin, AuthoredMixin, Base):
    """A practice-defined note format: sections with instructions (no PHI)."""

    __tablename__ = "note_formats"
    __table_args__ = (UniqueConstraint("practice_id", "name", name="note_format_name"),)

    practice_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("practices.id"), index=True)
    name: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(String(80))
    sections_json: Mapped[str] = mapped_column(Text)  # [{"name", "instruction"}]
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    @property
    def sections(self) -> list[dict[str, str]]:
        """The sections, in order."""
        return json.loads(self.sections_json)
