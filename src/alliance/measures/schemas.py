"""Request and response shapes for measures in practice."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, WithJsonSchema

Schedule = Literal["once", "every_session", "weekly", "monthly"]
Status = Literal["due", "in_progress", "completed", "expired"]
Source = Literal["portal", "clinician", "fhir_import"]


def _canonical_instrument(value: object) -> str:
    """An instrument's id from any accepted spelling ("PHQ-9" -> "phq9"); an unknown one is a validation error."""
    from alliance.measures.instruments import UnknownInstrument, get_instrument

    if not isinstance(value, str):
        raise ValueError("an instrument id is a string")
    try:
        return get_instrument(value).id
    except UnknownInstrument as exc:
        raise ValueError(exc.detail) from None


def _instrument_ids() -> list[str]:
    from alliance.measures.instruments import list_instruments

    return [i.id for i in list_instruments()]


InstrumentName = Annotated[
    str, BeforeValidator(_canonical_instrument),
    WithJsonSchema({"type": "string", "enum": _instrument_ids(),
                    "description": "Instrument id; common spellings such as PHQ-9 are accepted too"}),
]


class AssignmentCreate(BaseModel):
    instrument: InstrumentName
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

    instrument: InstrumentName
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
