"""Request and response shapes for the companion: the clinician's plan, practice settings, the library as the
client sees it, and exercise records."""

from __future__ import annotations

import re
import uuid
from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, Field, field_validator

from alliance.safety.schemas import CrisisResponse

MAX_NOTE = 1000  # the clinician's free-text fields of the plan
MAX_REVIEW = 300  # the sentence the client is shown about when the clinician reads
MAX_TEXT = 2000  # one answer of an exercise
MAX_SHORT = 500  # a short answer (grounding, the planned activity)
MAX_EMOTION = 60
REGION = re.compile(r"^[A-Z]{2}(-[A-Z0-9]{1,3})?$")

# The exercises that exist as forms, by the skill's library slug (the chat will run the same flows later).
EXERCISE_KINDS: dict[str, str] = {
    "thought-record": "Thought record",
    "paced-breathing": "Paced breathing",
    "grounding-54321": "Grounding with 5-4-3-2-1",
    "behavioural-activation": "Behavioural activation",
}
# Every kind of exercise record: the forms' kinds, and communication practice (done only in the chat).
RECORD_KINDS: dict[str, str] = {**EXERCISE_KINDS, "communication-practice": "Communication practice"}


def _text(value: str | None) -> str | None:
    """Surrounding blank space removed; an empty answer is no answer."""
    if value is None:
        return None
    value = value.strip()
    return value or None


# --- the plan -----------------------------------------------------------------------------------------------

class PlanWrite(BaseModel):
    """A new version of the clinician's plan for the client's companion (every save is a new version)."""

    enabled: bool = Field(default=False, description="On only once the client has consented to the companion")
    language: str | None = Field(default=None, pattern=r"^[a-z]{2}$",
                                 description="en, es, fr, de, pt or it; empty means the client's profile language")
    focus: str | None = Field(default=None, max_length=MAX_NOTE,
                              description="The focus in your words, e.g. 'panic attacks; interoceptive exposure; CBT'")
    modules: list[str] = Field(default_factory=list, max_length=40, description="Library module slugs offered")
    skills: list[str] = Field(default_factory=list, max_length=40, description="Library skill slugs offered")
    steer_topics: str | None = Field(default=None, max_length=MAX_NOTE,
                                     description="Topics to steer back to session, e.g. trauma details")
    address: Literal["formal", "informal"] = Field(default="informal", description="Formal or informal address")
    cultural_notes: str | None = Field(default=None, max_length=MAX_NOTE,
                                       description="Tone and cultural notes (family-centred framing, faith...)")
    review_note: str | None = Field(default=None, max_length=MAX_REVIEW,
                                    description="When you read the client's companion records, as the client is "
                                                "told (e.g. 'before each session'); required to switch it on")

    _clean = field_validator("focus", "steer_topics", "cultural_notes", "review_note")(
        classmethod(lambda cls, v: _text(v)))

    @field_validator("modules", "skills")
    @classmethod
    def _unique(cls, value: list[str]) -> list[str]:
        return list(dict.fromkeys(v.strip() for v in value if v and v.strip()))


class PlanRead(BaseModel):
    """One version of the plan."""

    id: uuid.UUID
    client_id: uuid.UUID
    version: int
    enabled: bool
    language: str
    focus: str | None
    modules: list[str]
    skills: list[str]
    steer_topics: str | None
    address: str
    cultural_notes: str | None
    review_note: str | None
    created_at: datetime
    created_by: uuid.UUID | None
    created_by_name: str | None = None


class PlanState(BaseModel):
    """The plan in force and what it means for the client right now."""

    client_id: uuid.UUID
    plan: PlanRead | None = Field(description="The newest version, or null when none was saved")
    consent_given: bool = Field(description="The client's latest decision on ai_companion is 'given'")
    active: bool = Field(description="On and consented: the client sees the library and exercises offered")
    region: str | None = Field(description="The client's region code as the practice setting reads it, e.g. US-IL")
    chat_allowed: bool = Field(description="False where the practice turns the conversational part off by region")
    ai_paused: bool = Field(description="AI features paused after a risk alert (library and forms stay)")


# --- practice settings --------------------------------------------------------------------------------------

class CompanionSettingsRead(BaseModel):
    no_chat_regions: list[str] = Field(description="Region codes (US-IL) or countries (US) where the companion's "
                                                   "conversational part is off; the library and forms stay")


class CompanionSettingsUpdate(BaseModel):
    no_chat_regions: list[str] = Field(max_length=200)

    @field_validator("no_chat_regions")
    @classmethod
    def _codes(cls, value: list[str]) -> list[str]:
        codes = list(dict.fromkeys(v.strip().upper() for v in value if v and v.strip()))
        bad = [c for c in codes if not REGION.match(c)]
        if bad:
            raise ValueError(f"not a region code: {', '.join(bad[:5])} (write a country and region, like US-IL, "
                             "or a country, like US)")
        return codes


# --- the library ----------------------------------------------------------------------------------------------

class SourceRead(BaseModel):
    title: str
    publisher: str
    year: int
    url: str | None = None


class LibraryItemRead(BaseModel):
    """A library item as the client is offered it (or as the clinician chooses it)."""

    slug: str
    kind: str
    title: str
    minutes: int
    lang: str = Field(description="The language of the text given")
    fallback: bool = Field(description="The item lacks the requested language: the text is in English")
    sources: list[SourceRead]
    exercise: bool = Field(description="The skill can be done as a form")
    markdown: str | None = Field(default=None, description="The text (single-item reads only)")


class LibraryOffer(BaseModel):
    """What the client's clinician offers in the library now (nothing while the plan is off or absent)."""

    active: bool
    reason: str = Field(description="on | no_plan | off | no_consent")
    language: str
    items: list[LibraryItemRead]


# --- exercises --------------------------------------------------------------------------------------------------

class EmotionRating(BaseModel):
    """An emotion and how strong it was (0-100) before the exercise and after re-rating."""

    name: str = Field(min_length=1, max_length=MAX_EMOTION)
    before: int = Field(ge=0, le=100)
    after: int = Field(ge=0, le=100)

    _clean = field_validator("name")(classmethod(lambda cls, v: " ".join(v.split())))


class ThoughtRecordCreate(BaseModel):
    """Situation, emotions with intensity, automatic thought, evidence for and against, balanced thought,
    re-rating of each emotion."""

    situation: str = Field(min_length=1, max_length=MAX_TEXT)
    emotions: list[EmotionRating] = Field(min_length=1, max_length=5)
    automatic_thought: str = Field(min_length=1, max_length=MAX_TEXT)
    evidence_for: str | None = Field(default=None, max_length=MAX_TEXT)
    evidence_against: str | None = Field(default=None, max_length=MAX_TEXT)
    balanced_thought: str = Field(min_length=1, max_length=MAX_TEXT)

    _clean = field_validator("situation", "automatic_thought", "evidence_for", "evidence_against",
                             "balanced_thought")(classmethod(lambda cls, v: _text(v)))

    @field_validator("situation", "automatic_thought", "balanced_thought")
    @classmethod
    def _required(cls, value: str | None) -> str:
        if not value:
            raise ValueError("write a few words here")
        return value


class BreathingCreate(BaseModel):
    """A paced-breathing practice: how long, tension before and after (0-10, optional), a note (optional)."""

    minutes: int = Field(ge=1, le=60)
    tension_before: int | None = Field(default=None, ge=0, le=10)
    tension_after: int | None = Field(default=None, ge=0, le=10)
    note: str | None = Field(default=None, max_length=MAX_TEXT)

    _clean = field_validator("note")(classmethod(lambda cls, v: _text(v)))


class GroundingCreate(BaseModel):
    """5-4-3-2-1: things seen, felt, heard, smelt and tasted, in that order."""

    see: str = Field(min_length=1, max_length=MAX_SHORT)
    feel: str = Field(min_length=1, max_length=MAX_SHORT)
    hear: str = Field(min_length=1, max_length=MAX_SHORT)
    smell: str = Field(min_length=1, max_length=MAX_SHORT)
    taste: str = Field(min_length=1, max_length=MAX_SHORT)

    _clean = field_validator("see", "feel", "hear", "smell", "taste")(classmethod(lambda cls, v: _text(v)))

    @field_validator("see", "feel", "hear", "smell", "taste")
    @classmethod
    def _required(cls, value: str | None) -> str:
        if not value:
            raise ValueError("write a few words here")
        return value


class ActivationPlanCreate(BaseModel):
    """Behavioural activation, first step: the activity, its date and the mood now (0 very low to 10 very good)."""

    activity: str = Field(min_length=1, max_length=MAX_SHORT)
    planned_for: date
    mood_before: int = Field(ge=0, le=10)

    _clean = field_validator("activity")(classmethod(lambda cls, v: _text(v)))

    @field_validator("activity")
    @classmethod
    def _required(cls, value: str | None) -> str:
        if not value:
            raise ValueError("say what you plan to do")
        return value


class ActivationDone(BaseModel):
    """Behavioural activation, second step: done, the mood after (0-10), what was learned (optional)."""

    mood_after: int = Field(ge=0, le=10)
    note: str | None = Field(default=None, max_length=MAX_TEXT)

    _clean = field_validator("note")(classmethod(lambda cls, v: _text(v)))


class ExerciseRead(BaseModel):
    """One exercise record (answers decrypted)."""

    id: uuid.UUID
    client_id: uuid.UUID
    kind: str
    title: str
    status: str = Field(description="done, or planned (an activity not yet marked done)")
    created_at: datetime
    completed_at: datetime | None
    data: dict[str, Any]
    screen_level: str | None = Field(default=None, description="Highest crisis-screen level (staff only)")
    alert_id: uuid.UUID | None = Field(default=None, description="The risk alert it raised (staff only)")


class ExerciseSaved(BaseModel):
    """The record as stored and, when its text signals risk, the crisis response to show at once."""

    exercise: ExerciseRead
    crisis: CrisisResponse | None = None


# --- the conversation -----------------------------------------------------------------------------------------------

MAX_MESSAGE = 2000  # one client message
MAX_REPORT = 1000  # the client's words when reporting a reply
MAX_ANNOTATION = 1000  # the clinician's note on a reply


class MessageCreate(BaseModel):
    """A client's message to the companion."""

    text: str = Field(min_length=1, max_length=MAX_MESSAGE)

    @field_validator("text")
    @classmethod
    def _required(cls, value: str) -> str:
        value = value.strip()
        if not value:
            raise ValueError("write a message first")
        return value


class RatingWrite(BaseModel):
    """The client's rating of one reply."""

    rating: Literal["helpful", "not_helpful"]


class ReportWrite(BaseModel):
    """The client reports a reply (what was wrong, optional)."""

    reason: str | None = Field(default=None, max_length=MAX_REPORT)

    _clean = field_validator("reason")(classmethod(lambda cls, v: _text(v)))


class AnnotationWrite(BaseModel):
    """The clinician marks a reply as good or a problem, with an optional note."""

    label: Literal["good", "problem"]
    note: str | None = Field(default=None, max_length=MAX_ANNOTATION)

    _clean = field_validator("note")(classmethod(lambda cls, v: _text(v)))


class ResumeWrite(BaseModel):
    """A treating clinician resumes the companion after reviewing what paused it."""

    note: str = Field(min_length=1, max_length=MAX_ANNOTATION,
                      description="What you reviewed and decided (kept with the pause, audited)")

    @field_validator("note")
    @classmethod
    def _required(cls, value: str) -> str:
        value = value.strip()
        if not value:
            raise ValueError("say what you reviewed")
        return value


class TurnRead(BaseModel):
    """One turn of the conversation. The screen, the output check and the model call are for staff only."""

    id: uuid.UUID
    seq: int
    role: str = Field(description="client or companion")
    kind: str = Field(description="message (client); reply, fallback, crisis, paused or unavailable (companion)")
    text: str
    lang: str
    created_at: datetime
    reply_to: uuid.UUID | None = None
    rating: str | None = Field(default=None, description="helpful or not_helpful (the client's rating)")
    reported: bool = False
    crisis: CrisisResponse | None = Field(default=None, description="Crisis turns: the safety plan and crisis "
                                                                    "lines shown (client view)")
    screen_level: str | None = None
    alert_id: uuid.UUID | None = None
    blocked: bool | None = None
    blocked_category: str | None = None
    blocked_reason: str | None = Field(default=None, description="Why the output check replaced the reply")
    blocked_text: str | None = Field(default=None, description="The reply the output check replaced")
    fallback: str | None = None
    provider: str | None = None
    model: str | None = None
    prompt: str | None = Field(default=None, description="The prompt template and version, e.g. companion.reply@2")
    call_id: str | None = None
    latency_ms: int | None = None
    first_sentence_ms: int | None = None
    report: str | None = None
    reported_at: datetime | None = None
    annotation: str | None = None
    annotation_note: str | None = None
    annotated_by_name: str | None = None
    annotated_at: datetime | None = None
    flow_id: uuid.UUID | None = Field(default=None, description="The guided exercise this turn belongs to")
    flow_kind: str | None = Field(default=None, description="That exercise's kind, e.g. thought-record")
    flow_status: str | None = Field(default=None, description="offered, active, stopped, waiting, done, ...")
    record_id: uuid.UUID | None = Field(default=None, description="The exercise record the flow made, once made")


class ConversationRead(BaseModel):
    """The conversation and whether the companion answers now."""

    client_id: uuid.UUID
    state: str = Field(description="on | paused | off | no_plan | no_consent | no_chat")
    accepts_messages: bool = Field(description="on or paused: messages are taken (a paused companion stores them "
                                               "for the clinician and answers with a written notice)")
    language: str
    review_note: str | None = Field(description="When the clinician reads the conversation, as the client is told")
    turns: list[TurnRead]


class TurnResult(BaseModel):
    """What one client message led to: the screen's verdict, the crisis response or the companion's answer."""

    level: str = Field(description="The crisis screen's level for the message")
    escalated: bool = Field(description="Moderate or above: an alert was raised, the AI paused, no model call")
    blocked: bool = Field(description="The output check replaced the model's reply with a written fallback")
    client_turn: TurnRead | None = None
    reply: TurnRead | None = None
    crisis: CrisisResponse | None = None
    ms: int = Field(description="Server time from the message to the stored answer")


class RatingResult(BaseModel):
    """A rated or reported reply and, when the report's words signal risk, the crisis response."""

    turn: TurnRead
    crisis: CrisisResponse | None = None


class SummaryEvidence(BaseModel):
    """A turn a summary sentence rests on: its reference in the draft (T<seq>) and the turn's id."""

    ref: str
    turn_id: uuid.UUID


class SummarySentenceRead(BaseModel):
    """One sentence of a summary: supported by its evidence turns, or marked for the clinician to check."""

    text: str
    supported: bool
    evidence: list[SummaryEvidence] = []


class SummaryRead(BaseModel):
    """A between-session summary, AI-drafted, for the client's clinicians only."""

    id: uuid.UUID
    client_id: uuid.UUID
    status: Literal["queued", "drafting", "ready", "failed"]
    ai_drafted: bool = True
    since: datetime
    until: datetime
    since_session: bool
    turn_count: int
    facts: dict[str, int] = {}
    sentences: list[SummarySentenceRead] = []
    grounding: str | None = None
    provider: str | None = None
    model: str | None = None
    prompt: str | None = None
    error: str | None = None
    created_at: datetime
    reviewed_at: datetime | None = None
    reviewed_by: uuid.UUID | None = None


# --- guided exercises in the chat and communication practice ------------------------------------------------------

MAX_SCENARIO = 300  # who the other person is; what the client wants to say; one line of the other person
MAX_LINES = 3


class FlowStart(BaseModel):
    """Start a guided exercise in the chat: from the plan's offer, a homework assignment or a practice scenario."""

    kind: Literal["thought-record", "paced-breathing", "grounding-54321", "behavioural-activation",
                  "communication-practice"]
    assignment_id: uuid.UUID | None = Field(default=None, description="The homework it completes, if any")
    scenario_id: uuid.UUID | None = Field(default=None, description="Communication practice: the plan's scenario")


class FlowRead(BaseModel):
    """A guided exercise in the chat and where the client is in it."""

    id: uuid.UUID
    kind: str
    title: str
    status: str = Field(description="offered | active | stopped | waiting | done | abandoned | declined")
    stop_reason: str | None = None
    step: int = Field(description="The step answered next, from 0")
    steps: int = Field(description="How many steps the exercise has")
    prompt: str | None = Field(default=None, description="The current step's question, in the client's language")
    input: str | None = Field(default=None, description="text | short | number | emotions | rerate | date")
    low: int | None = None
    high: int | None = None
    optional: bool = False
    timer: bool = False
    assignment_id: uuid.UUID | None = None
    record_id: uuid.UUID | None = None
    created_at: datetime
    completed_at: datetime | None = None


class ScenarioWrite(BaseModel):
    """A communication-practice scenario the clinician sets for the client."""

    other_person: str = Field(min_length=1, max_length=MAX_SCENARIO,
                              description="Who the other person is, e.g. 'my manager, who is often in a hurry'")
    goal: str = Field(min_length=1, max_length=MAX_SCENARIO,
                      description="What the client wants to say, e.g. 'that I need to leave on time on Thursdays'")
    lines: list[str] = Field(default_factory=list, max_length=MAX_LINES,
                             description="What the other person might say (the replies when no model answers)")

    _clean = field_validator("other_person", "goal")(classmethod(lambda cls, v: " ".join((v or "").split())))

    @field_validator("other_person", "goal")
    @classmethod
    def _required(cls, value: str) -> str:
        if not value:
            raise ValueError("write a few words here")
        return value

    @field_validator("lines")
    @classmethod
    def _lines(cls, value: list[str]) -> list[str]:
        cleaned = [" ".join(v.split()) for v in value if v and v.strip()]
        if any(len(v) > MAX_SCENARIO for v in cleaned):
            raise ValueError(f"each line is at most {MAX_SCENARIO} characters")
        return cleaned


class ScenarioRead(BaseModel):
    id: uuid.UUID
    client_id: uuid.UUID
    other_person: str
    goal: str
    lines: list[str]
    created_at: datetime
