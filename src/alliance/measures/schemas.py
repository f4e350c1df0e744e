"""Request and response shapes for measures in practice."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

Schedule = Literal["once", "every_session", "weekly", "monthly"]
Status = Literal["due", "in_progress", "completed", "expired"]
Source = Literal["portal", "clinician", "fhir_import"]


class AssignmentCreate(BaseModel):
    instrument: str = Field(min_length=1, max_length=40, description="Instrument id, e.g. phq9 or PHQ-9")
    schedule: Schedule = "weekly"
    start_date: date | None = Field(default=None, description="First due date; today when left out")


class AssignmentUpdate(BaseModel):
    schedule: Schedule | None = None
    start_date: date | None = None
    active: bool | None = None


class AssignmentRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    client_id: uuid.UUID
    instrument: str
    schedule: Schedule
    start_date: date
    active: bool
    assigned_by: uuid.UUID | None
    created_at: datetime
    ended_at: datetime | None


class AdministrationRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    client_id: uuid.UUID
    assignment_id: uuid.UUID | None
    instrument: str
    due_on: date
    due_at: datetime
    status: Status
    language: str
    source: Source
    completed_at: datetime | None
    total: int | None
    severity: str | None
    flags: list[str]
    risk_flags: list[str]
    answers: dict[str, int | None]
    result: dict[str, Any] | None


class AdministrationCreate(BaseModel):
    """A clinician starts an administration now, optionally entering the client's answers and submitting."""

    instrument: str = Field(min_length=1, max_length=40)
    answers: dict[str, int | None] | None = None
    submit: bool = False
    language: str | None = Field(default=None, max_length=8)


class AnswerSet(BaseModel):
    value: int | None = Field(description="The option's score; null clears the answer")


class SubmitRequest(BaseModel):
    answers: dict[str, int | None] | None = Field(default=None, description="Answers to merge before scoring")


class SubmitResult(BaseModel):
    administration: AdministrationRead
    alert_id: uuid.UUID | None = Field(default=None, description="The risk alert raised, if any")


class InstrumentSummary(BaseModel):
    id: str
    name: str
    short_name: str
    items: int
    languages: list[str]
    recall_period: str
