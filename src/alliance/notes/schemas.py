"""Request and response models of the notes API."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

MAX_TEXT = 200_000  # characters of a pasted transcript or dictation (about three hours of speech)
MAX_SECTION = 20_000


class NoteCreate(BaseModel):
    """A note from a pasted transcript or a dictated (typed) summary."""

    source: Literal["paste", "dictation"] = "paste"
    text: str = Field(min_length=1, max_length=MAX_TEXT)
    # A built-in format (soap, dap, birp, girp) or one the practice defined: not a fixed list, so an unknown name
    # is answered 400 (documented on the route), not refused by the schema.
    format: str = Field(default="soap", min_length=1, max_length=40, pattern=r"^[A-Za-z][A-Za-z0-9_ -]*$",
                        examples=["soap", "dap", "birp", "girp"])
    use_ai: bool = True
    appointment_id: uuid.UUID | None = None


class SectionsUpdate(BaseModel):
    """New working text for some sections of an unsigned note."""

    sections: dict[str, str] = Field(min_length=1)


class SignRequest(BaseModel):
    """Signing is an explicit statement."""

    confirm: bool = Field(description="must be true: the clinician has reviewed the note and signs it")


class AmendmentCreate(BaseModel):
    """A change to a signed note."""

    reason: str = Field(min_length=3, max_length=2000)
    sections: dict[str, str] = Field(min_length=1)


class NoteSummary(BaseModel):
    """A note in a list (no clinical text)."""

    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    client_id: uuid.UUID
    appointment_id: uuid.UUID | None
    session_date: datetime
    source: str
    status: str
    status_reason: str | None
    progress: int
    progress_stage: str
    format: str
    use_ai: bool
    risk_level: str | None
    signed_at: datetime | None
    created_at: datetime


class NoteRead(NoteSummary):
    """A note with its working text and signature."""

    sections: dict[str, str] | None
    section_titles: dict[str, str]
    risk: dict[str, Any] | None
    draft_origin: str | None
    draft_model: str | None
    signed_name: str | None
    signed_credentials: str | None
    cosign_required: bool = False
    cosigned_name: str | None = None
    cosigned_credentials: str | None = None
    cosigned_at: datetime | None = None
    edit_distance: dict[str, float] | None
    edit_distance_mean: float | None
    audio_kept: bool
    amendments: int = 0


class AmendmentRead(BaseModel):
    """One amendment."""

    id: uuid.UUID
    note_id: uuid.UUID
    reason: str
    sections: dict[str, str]
    author_name: str | None
    author_credentials: str | None
    created_at: datetime


class ProcessNoteCreate(BaseModel):
    """A psychotherapy (process) note."""

    body: str = Field(min_length=1, max_length=MAX_SECTION)
    appointment_id: uuid.UUID | None = None


class ProcessNoteUpdate(BaseModel):
    """New text of a process note."""

    body: str = Field(min_length=1, max_length=MAX_SECTION)


class ProcessNoteRead(BaseModel):
    """A process note (its author only)."""

    id: uuid.UUID
    client_id: uuid.UUID
    appointment_id: uuid.UUID | None
    body: str
    created_at: datetime
    updated_at: datetime


class FormatSection(BaseModel):
    """One section of a practice-defined format."""

    name: str = Field(pattern=r"^[a-z][a-z0-9_]{0,39}$")
    instruction: str = Field(min_length=3, max_length=400)


class FormatCreate(BaseModel):
    """A practice-defined note format."""

    name: str = Field(pattern=r"^[a-z][a-z0-9_-]{0,39}$")
    title: str = Field(min_length=1, max_length=80)
    sections: list[FormatSection] = Field(min_length=1, max_length=10)


class FormatRead(BaseModel):
    """A note format: built in or the practice's own."""

    name: str
    title: str
    builtin: bool
    sections: list[dict[str, str]]
