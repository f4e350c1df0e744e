"""Request and response shapes for appointments, the calendar and the scheduling settings."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, model_validator

Kind = Literal["intake", "therapy", "review", "group"]
Modality = Literal["in_person", "video", "phone"]
Status = Literal["scheduled", "completed", "cancelled", "no_show"]
Repeat = Literal["none", "weekly", "fortnightly"]
CancelledBy = Literal["client", "clinician"]
CancelReason = Literal["schedule_conflict", "illness", "transport", "weather", "emergency", "clinician_unavailable",
                       "practice_closed", "other"]
MAX_OCCURRENCES = 104


class AppointmentCreate(BaseModel):
    starts_at: AwareDatetime
    duration_minutes: int = Field(default=50, ge=5, le=480)
    kind: Kind = "therapy"
    modality: Modality = "in_person"
    clinician_id: uuid.UUID | None = Field(default=None, description="Defaults to the clinician creating it")
    reason: str | None = Field(default=None, max_length=2000)
    repeat: Repeat = Field(default="none", description="weekly or fortnightly: a series of sessions")
    count: int | None = Field(default=None, ge=1, le=MAX_OCCURRENCES,
                              description="How many sessions in the series (with repeat)")
    until: date | None = Field(default=None, description="The last day a session of the series may fall on")
    timezone: str | None = Field(default=None, max_length=64,
                                 description="The zone whose wall-clock time the series keeps (default: the "
                                             "clinician's own)")

    @model_validator(mode="after")
    def _series(self) -> AppointmentCreate:
        if self.repeat != "none" and self.count is None and self.until is None:
            raise ValueError("a repeating booking needs a number of sessions (count) or an end date (until)")
        return self


class AppointmentUpdate(BaseModel):
    starts_at: AwareDatetime | None = None
    duration_minutes: int | None = Field(default=None, ge=5, le=480)
    kind: Kind | None = None
    modality: Modality | None = None
    status: Status | None = None
    cancelled_by: CancelledBy | None = None
    cancel_reason: CancelReason | None = None
    reason: str | None = Field(default=None, max_length=2000)


class AppointmentCancel(BaseModel):
    cancelled_by: CancelledBy = "clinician"
    cancel_reason: CancelReason | None = None
    scope: Literal["one", "following"] = Field(default="one",
                                               description="this session, or this one and the rest of its series")


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
    series_id: uuid.UUID | None = None
    cancelled_by: str | None = None
    cancel_reason: str | None = None


class CalendarEntry(BaseModel):
    """One session on a clinician's calendar; the client is named only where the viewer may see them."""

    id: uuid.UUID
    client_id: uuid.UUID | None
    client_name: str | None
    starts_at: datetime
    duration_minutes: int
    kind: str
    modality: str
    status: str


class CalendarWeek(BaseModel):
    clinician_id: uuid.UUID
    timezone: str
    week_start: date
    entries: list[CalendarEntry]


class SchedulingSettingsRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    reminder_hours: int


class SchedulingSettingsUpdate(BaseModel):
    reminder_hours: int | None = Field(default=None, ge=0, le=168,
                                       description="Hours before a session that the client's reminder goes (0: none)")
