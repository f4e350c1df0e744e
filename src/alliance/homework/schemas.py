"""Request and response shapes: assignments and completions, the homework-only forms (worry log, journal,
communication practice), mood check-ins, the exposure hierarchy, the sleep diary and the activity log.

Validation at the edge: SUDS 0-100, mood 0-10, clock times HH:MM, minutes within a night. Dates "not after today in
the client's time zone" need the client, so the service checks those.
"""

from __future__ import annotations

import re
import uuid
from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, Field, field_validator, model_validator

from alliance.safety.schemas import CrisisResponse

MAX_NOTE = 1000  # the clinician's note
MAX_PROMPT = 300  # one question of a journal, or the scenario line
MAX_PROMPTS = 8
MAX_TEXT = 2000  # a client's answer
MAX_SHORT = 300  # a situation, an activity
CLOCK = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")

# What a clinician can assign: (title, how it is done). "exercise": a companion exercise form, stored as the
# companion's exercise record; "form": a form only homework has; "tool": one of the tools the client keeps.
KINDS: dict[str, tuple[str, str]] = {
    "thought-record": ("Thought record", "exercise"),
    "behavioural-activation": ("Behavioural activation plan", "exercise"),
    "paced-breathing": ("Paced breathing", "exercise"),
    "grounding-54321": ("Grounding with 5-4-3-2-1", "exercise"),
    "worry-log": ("Worry time log", "form"),
    "journal": ("Journaling", "form"),
    "communication-practice": ("Communication practice", "form"),
    "check-in": ("Mood check-in", "tool"),
    "exposure": ("Exposure practice", "tool"),
    "sleep-diary": ("Sleep diary", "tool"),
    "activity-log": ("Activity and mood log", "tool"),
}
Kind = Literal["thought-record", "behavioural-activation", "paced-breathing", "grounding-54321", "worry-log",
               "journal", "communication-practice", "check-in", "exposure", "sleep-diary", "activity-log"]
# Kinds that need the clinician's own words: the journal's questions, the scenario to practise.
NEEDS_PROMPTS = {"journal", "communication-practice"}
SCHEDULES = {"once": "Once", "daily": "Daily", "weekly": "Weekly", "by_date": "By a date"}

# Emotions a check-in offers (keys stored; the portal shows the words in the client's language).
EMOTIONS: dict[str, str] = {
    "calm": "Calm", "content": "Content", "hopeful": "Hopeful", "grateful": "Grateful", "proud": "Proud",
    "anxious": "Anxious", "worried": "Worried", "sad": "Sad", "lonely": "Lonely", "angry": "Angry",
    "irritable": "Irritable", "ashamed": "Ashamed", "guilty": "Guilty", "tired": "Tired", "numb": "Numb",
    "overwhelmed": "Overwhelmed",
}
SLEEP_QUALITY = {1: "Very poor", 2: "Poor", 3: "Fair", 4: "Good", 5: "Very good"}


def _text(value: str | None) -> str | None:
    """Surrounding blank space removed; an empty answer is no answer."""
    if value is None:
        return None
    value = value.strip()
    return value or None


def _required(value: str | None) -> str:
    if not value:
        raise ValueError("write a few words here")
    return value


# --- assignments ------------------------------------------------------------------------------------------------

class HomeworkCreate(BaseModel):
    """Assign an exercise or tool: once, daily, weekly (optionally until a day) or by a due date."""

    kind: Kind = Field(description="What to do: " + ", ".join(KINDS))
    schedule: Literal["once", "daily", "weekly", "by_date"] = "once"
    starts_on: date | None = Field(default=None, description="The first day (the client's today when empty)")
    due_on: date | None = Field(default=None, description="by_date: the day it is due")
    ends_on: date | None = Field(default=None, description="daily or weekly: the last day (optional)")
    note: str | None = Field(default=None, max_length=MAX_NOTE, description="A note to the client in your words")
    prompts: list[str] = Field(default_factory=list, max_length=MAX_PROMPTS,
                               description="journal: your questions; communication-practice: the scenario")

    _clean = field_validator("note")(classmethod(lambda cls, v: _text(v)))

    @field_validator("prompts")
    @classmethod
    def _prompts(cls, value: list[str]) -> list[str]:
        cleaned = [" ".join(p.split()) for p in value if p and p.strip()]
        if any(len(p) > MAX_PROMPT for p in cleaned):
            raise ValueError(f"each question is at most {MAX_PROMPT} characters")
        return cleaned

    @model_validator(mode="after")
    def _consistent(self) -> HomeworkCreate:
        if self.schedule == "by_date" and self.due_on is None:
            raise ValueError("choose the day it is due")
        if self.kind in NEEDS_PROMPTS and not self.prompts:
            raise ValueError("journaling needs your questions" if self.kind == "journal"
                             else "communication practice needs the scenario to practise")
        if self.starts_on and self.due_on and self.due_on < self.starts_on:
            raise ValueError("the due day is before the first day")
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValueError("the last day is before the first day")
        return self


class HomeworkRead(BaseModel):
    """An assignment with where it stands today (in the client's time zone)."""

    id: uuid.UUID
    client_id: uuid.UUID
    kind: str
    title: str
    schedule: str
    starts_on: date
    due_on: date | None
    ends_on: date | None
    status: str
    note: str | None
    prompts: list[str]
    created_at: datetime
    created_by: uuid.UUID | None
    done: int = Field(description="Completions so far")
    expected: int = Field(description="Periods so far (days or weeks; 1 for a one-off task)")
    done_now: bool = Field(description="Done for the current period (today, this week, or at all)")
    missed: int = Field(description="Past periods without a completion")
    overdue: bool = Field(description="A due date passed, or the last period was missed and this one is not done")
    last_done_at: datetime | None = None


class EntryRead(BaseModel):
    """One completion and what the client wrote or recorded (staff see the screen's verdict)."""

    id: uuid.UUID
    assignment_id: uuid.UUID
    kind: str
    title: str
    period_start: date
    completed_at: datetime
    exercise_id: uuid.UUID | None
    record_id: uuid.UUID | None
    data: dict[str, Any] = Field(description="The answers (for exercises: the exercise record's answers)")
    screen_level: str | None = None
    alert_id: uuid.UUID | None = None


class EntrySaved(BaseModel):
    """The completion as stored and, when its text signals risk, the crisis response to show at once."""

    entry: EntryRead
    crisis: CrisisResponse | None = None


# --- the forms only homework has ------------------------------------------------------------------------------

class WorryLogCreate(BaseModel):
    """Worry time: the worry as it came, postponed to the worry period, and what was made of it there."""

    worry: str = Field(min_length=1, max_length=MAX_TEXT)
    distress: int = Field(ge=0, le=10, description="How upsetting it was, 0-10")
    still_relevant: bool | None = Field(default=None, description="Did it still matter at worry time?")
    action: str | None = Field(default=None, max_length=MAX_TEXT, description="Something to do about it, if any")

    _clean = field_validator("worry", "action")(classmethod(lambda cls, v: _text(v)))
    _need = field_validator("worry")(classmethod(lambda cls, v: _required(v)))


class JournalCreate(BaseModel):
    """Answers to the clinician's questions, in order (an empty answer is allowed, but not all of them)."""

    answers: list[str | None] = Field(min_length=1, max_length=MAX_PROMPTS)

    @field_validator("answers")
    @classmethod
    def _answers(cls, value: list[str | None]) -> list[str | None]:
        cleaned = [_text(a) for a in value]
        if any(a and len(a) > MAX_TEXT for a in cleaned):
            raise ValueError(f"each answer is at most {MAX_TEXT} characters")
        if not any(cleaned):
            raise ValueError("answer at least one question")
        return cleaned


class CommunicationCreate(BaseModel):
    """A communication practice: what was said, how it went, what to try next time (DEAR MAN-style reflection)."""

    what_said: str = Field(min_length=1, max_length=MAX_TEXT)
    how_it_went: str = Field(min_length=1, max_length=MAX_TEXT)
    next_time: str | None = Field(default=None, max_length=MAX_TEXT)
    confidence: int = Field(ge=0, le=10, description="How confident you felt, 0-10")

    _clean = field_validator("what_said", "how_it_went", "next_time")(classmethod(lambda cls, v: _text(v)))
    _need = field_validator("what_said", "how_it_went")(classmethod(lambda cls, v: _required(v)))


# --- mood check-ins ----------------------------------------------------------------------------------------------

class CheckInCreate(BaseModel):
    """Mood 0 (very low) to 10 (very good), emotions from the list, an optional note."""

    mood: int = Field(ge=0, le=10)
    emotions: list[str] = Field(default_factory=list, max_length=len(EMOTIONS))
    note: str | None = Field(default=None, max_length=MAX_TEXT)
    day: date | None = Field(default=None, description="The day it is about (today in your time zone when empty)")

    _clean = field_validator("note")(classmethod(lambda cls, v: _text(v)))

    @field_validator("emotions")
    @classmethod
    def _emotions(cls, value: list[str]) -> list[str]:
        chosen = list(dict.fromkeys(v.strip().lower() for v in value if v and v.strip()))
        unknown = [v for v in chosen if v not in EMOTIONS]
        if unknown:
            raise ValueError(f"choose emotions from the list ({', '.join(EMOTIONS)})")
        return chosen


class CheckInRead(BaseModel):
    id: uuid.UUID
    day: date
    mood: int
    emotions: list[str]
    note: str | None
    created_at: datetime
    screen_level: str | None = None
    alert_id: uuid.UUID | None = None


# --- the exposure hierarchy -----------------------------------------------------------------------------------------

class SituationCreate(BaseModel):
    """A feared situation and how distressing it would be now (SUDS: 0 none .. 100 the worst imaginable)."""

    situation: str = Field(min_length=1, max_length=MAX_SHORT)
    suds: int = Field(ge=0, le=100)

    _clean = field_validator("situation")(classmethod(lambda cls, v: _text(v)))
    _need = field_validator("situation")(classmethod(lambda cls, v: _required(v)))


class StepCreate(BaseModel):
    """One attempt: the day, SUDS before, at the peak (optional) and after, minutes stayed, a note (optional)."""

    day: date | None = Field(default=None, description="Today in your time zone when empty")
    suds_before: int = Field(ge=0, le=100)
    suds_peak: int | None = Field(default=None, ge=0, le=100)
    suds_after: int = Field(ge=0, le=100)
    minutes: int | None = Field(default=None, ge=1, le=600)
    note: str | None = Field(default=None, max_length=MAX_TEXT)

    _clean = field_validator("note")(classmethod(lambda cls, v: _text(v)))


class StepRead(BaseModel):
    id: uuid.UUID
    situation_id: uuid.UUID
    day: date
    suds_before: int
    suds_peak: int | None
    suds_after: int
    minutes: int | None
    note: str | None
    created_at: datetime
    screen_level: str | None = None
    alert_id: uuid.UUID | None = None


class SituationRead(BaseModel):
    id: uuid.UUID
    situation: str
    suds: int
    archived: bool
    created_at: datetime
    steps: list[StepRead] = Field(default_factory=list, description="Attempts, oldest first")
    screen_level: str | None = None
    alert_id: uuid.UUID | None = None


# --- the sleep diary ----------------------------------------------------------------------------------------------

class SleepCreate(BaseModel):
    """One night, answered in the morning (the Consensus Sleep Diary's core items; clock times HH:MM)."""

    day: date | None = Field(default=None, description="The morning after the night (today when empty)")
    bed_time: str = Field(description="Got into bed, HH:MM")
    try_sleep_time: str = Field(description="Tried to go to sleep, HH:MM")
    sleep_latency: int = Field(ge=0, le=720, description="Minutes to fall asleep")
    awakenings: int = Field(ge=0, le=50, description="Times woken, not counting the final awakening")
    wake_minutes: int = Field(ge=0, le=720, description="Minutes awake in those awakenings, in total")
    final_wake_time: str = Field(description="Final awakening, HH:MM")
    out_of_bed_time: str = Field(description="Got out of bed for the day, HH:MM")
    quality: int = Field(ge=1, le=5, description="1 very poor, 2 poor, 3 fair, 4 good, 5 very good")
    comments: str | None = Field(default=None, max_length=MAX_TEXT)

    _clean = field_validator("comments")(classmethod(lambda cls, v: _text(v)))

    @field_validator("bed_time", "try_sleep_time", "final_wake_time", "out_of_bed_time")
    @classmethod
    def _clock(cls, value: str) -> str:
        value = (value or "").strip()
        if len(value) == 4 and value[1] == ":":
            value = "0" + value
        if not CLOCK.match(value[:5]) or len(value) not in (5, 8):  # browsers may send HH:MM:SS
            raise ValueError("write a time as HH:MM, for example 23:15")
        return value[:5]

    @model_validator(mode="after")
    def _night(self) -> SleepCreate:
        from alliance.homework.sleep import night

        night(self)  # raises ValueError when the times do not make one night
        return self


class SleepRead(BaseModel):
    id: uuid.UUID
    day: date
    bed_time: str
    try_sleep_time: str
    sleep_latency: int
    awakenings: int
    wake_minutes: int
    final_wake_time: str
    out_of_bed_time: str
    quality: int
    comments: str | None
    time_in_bed: int = Field(description="Minutes from getting into bed to getting out of bed")
    total_sleep: int = Field(description="Minutes asleep")
    efficiency: float = Field(description="Total sleep time / time in bed, percent")
    created_at: datetime
    screen_level: str | None = None
    alert_id: uuid.UUID | None = None


# --- the activity and mood log ----------------------------------------------------------------------------------

class ActivityCreate(BaseModel):
    """Something the client did, when, and mood (0-10), pleasure and mastery (0-10, optional)."""

    day: date | None = Field(default=None, description="Today in your time zone when empty")
    at_time: str | None = Field(default=None, description="HH:MM (optional)")
    activity: str = Field(min_length=1, max_length=MAX_SHORT)
    mood: int = Field(ge=0, le=10)
    pleasure: int | None = Field(default=None, ge=0, le=10)
    mastery: int | None = Field(default=None, ge=0, le=10)
    note: str | None = Field(default=None, max_length=MAX_TEXT)

    _clean = field_validator("activity", "note")(classmethod(lambda cls, v: _text(v)))
    _need = field_validator("activity")(classmethod(lambda cls, v: _required(v)))

    @field_validator("at_time")
    @classmethod
    def _clock(cls, value: str | None) -> str | None:
        value = _text(value)
        if value is None:
            return None
        if not CLOCK.match(value[:5]) or len(value) not in (5, 8):
            raise ValueError("write a time as HH:MM, for example 14:30")
        return value[:5]


class ActivityRead(BaseModel):
    id: uuid.UUID
    day: date
    at_time: str | None
    activity: str
    mood: int
    pleasure: int | None
    mastery: int | None
    note: str | None
    created_at: datetime
    screen_level: str | None = None
    alert_id: uuid.UUID | None = None


class ToolSaved(BaseModel):
    """A tool's row as stored, the homework it completed (if any), and the crisis response when its text signals
    risk."""

    id: uuid.UUID
    entry_id: uuid.UUID | None = Field(default=None, description="The homework completion it counted for")
    crisis: CrisisResponse | None = None
