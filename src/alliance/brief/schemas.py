"""The pre-session brief as the API, the pages and the PDF read it: statements, each with its record."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, Field

Direction = Literal["rising", "falling", "steady", "too few"]


class Statement(BaseModel):
    """One line of the brief and the record it rests on."""

    text: str
    href: str = Field(description="The record this statement comes from (a path in the app)")
    quote: str | None = Field(default=None, description="The client's own words, when quoted (shortened)")
    flag: bool = Field(default=False, description="Worth a look first: a risk alert, a deterioration, a miss")
    ai_drafted: bool = Field(default=False, description="Drafted by a language model, not from a record")


class Window(BaseModel):
    """The period the brief covers: since the last held session or signed note, else the last 28 days."""

    since: datetime
    until: datetime
    since_day: date = Field(description="The first day, in the client's time zone")
    until_day: date
    days: int
    basis: Literal["appointment", "note", "default"]
    basis_href: str | None = None
    label: str = Field(description="What the period starts from, in words")
    zone: str
    next_session_id: uuid.UUID | None = None
    next_session_at: datetime | None = None


class MeasureChange(BaseModel):
    """An instrument answered in the period: its latest total, reliable change since before and baseline."""

    instrument: str
    name: str
    administration_id: uuid.UUID
    completed_at: datetime
    latest: int
    severity: str | None = None
    answered: int = Field(description="How many times it was answered in the period")
    previous: int | None = None
    previous_category: str | None = None
    baseline: int | None = None
    baseline_category: str | None = None
    recovered: bool | None = None
    risk_flags: list[str] = []
    statement: Statement


class Trend(BaseModel):
    """A series over the period: count, mean, range and direction (first half against second half)."""

    n: int = 0
    days: int = 0
    mean: float | None = None
    low: float | None = None
    high: float | None = None
    direction: Direction = "too few"
    change: float | None = Field(default=None, description="Second half's mean less the first half's")


class CheckIns(BaseModel):
    trend: Trend
    statement: Statement | None = None
    emotions: list[tuple[str, int]] = Field(default_factory=list, description="The most chosen emotions")
    notes: list[Statement] = []
    points: list[tuple[date, float]] = Field(default_factory=list, description="Mood by day (the day's mean)")


class HomeworkLine(BaseModel):
    """One assignment over the period: periods done, missed, and where it stands now."""

    assignment_id: uuid.UUID
    kind: str
    title: str
    schedule: str
    done: int
    expected: int
    missed: int
    missed_days: list[date] = []
    overdue: bool = False
    statement: Statement


class Homework(BaseModel):
    done: int = 0
    expected: int = 0
    missed: int = 0
    lines: list[HomeworkLine] = []
    items: list[Statement] = Field(default_factory=list, description="What was written, newest first")


class ExposureStepLine(BaseModel):
    step_id: uuid.UUID
    situation: str
    day: date
    suds_before: int
    suds_peak: int | None = None
    suds_after: int
    minutes: int | None = None
    statement: Statement


class Sleep(BaseModel):
    trend: Trend
    statement: Statement | None = None
    below_target: int = 0
    mean_total_sleep: int | None = Field(default=None, description="Minutes")
    nights: list[Statement] = []
    points: list[tuple[date, float]] = []


class Companion(BaseModel):
    """Themes of the newest between-session summary: drafted by a model, marked so, with its review status."""

    summary_id: uuid.UUID
    status: str
    reviewed: bool
    since: datetime
    until: datetime
    covers_period: bool
    statement: Statement
    themes: list[Statement] = []


class AlertLine(BaseModel):
    alert_id: uuid.UUID
    level: str
    source: str
    status: str
    created_at: datetime
    statement: Statement


class BriefRead(BaseModel):
    """What happened since the last session, for the client's clinicians: counts and what matters first."""

    client_id: uuid.UUID
    client_name: str
    generated_at: datetime
    window: Window
    glance: list[Statement] = []
    measures: list[MeasureChange] = []
    checkins: CheckIns
    homework: Homework
    exposure: list[ExposureStepLine] = []
    sleep: Sleep
    companion: Companion | None = None
    alerts: list[AlertLine] = []
