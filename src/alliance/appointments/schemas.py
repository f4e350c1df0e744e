"""Request and response shapes for appointments."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

Kind = Literal["intake", "therapy", "review", "group"]
Modality = Literal["in_person", "video", "phone"]
Status = Literal["scheduled", "completed", "cancelled", "no_show"]


class AppointmentCreate(BaseModel):
    starts_at: AwareDatetime
    duration_minutes: int = Field(default=50, ge=5, le=480)
    kind: Kind = "therapy"
    modality: Modality = "in_person"
    clinician_id: uuid.UUID | None = Field(default=None, description="Defaults to the clinician creating it")
    reason: str | None = Field(default=None, max_length=2000)


class AppointmentUpdate(BaseModel):
    starts_at: AwareDatetime | None = None
    duration_minutes: int | None = Field(default=None, ge=5, le=480)
    kind: Kind | None = None
    modality: Modality | None = None
    status: Status | None = None
    reason: str | None = Field(default=None, max_length=2000)


class AppointmentRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    client_id: uuid.UUID
    clinician_id: uuid.UUID
    starts_at: datetime
    duration_minutes: int
    kind: str
    modality: str
    status: str
    reason: str | None
