"""Shapes of a treatment plan (content, create, amend, review), its progress, templates, and the AI draft.

A plan's content is one document: problems (the clinician's words, an optional ICD-10 or ICD-11 code), goals
(the client's own words and the clinical terms) with measurable objectives, interventions, who does what,
dates. An objective is measured on a questionnaire the client fills in (`kind="measure"`, `measure` = an
instrument id), on a record the client keeps between sessions (`kind="homework"`, `measure` = a key of
METRICS), or not measured.
"""

from __future__ import annotations

import re
import secrets
import uuid
from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, Field, field_validator, model_validator

from alliance.homework.schemas import KINDS as HOMEWORK_KINDS

MAX_TEXT = 1000
MAX_LIST = 20
Comparison = Literal["<", "<=", ">", ">="]
# Marked for translation (the portal shows them); N_ is the identity, so this module needs no web import.
COMPARISONS: dict[str, str] = {"<": "below", "<=": "at or below", ">": "above", ">=": "at or above"}
ObjectiveKind = Literal["measure", "homework", "not_measured"]
# Records a client keeps that an objective can name: (label, unit, lowest, highest, higher is better).
METRICS: dict[str, tuple[str, str, float, float, bool]] = {
    "exposure_suds": ("SUDS at a step of the exposure hierarchy", "SUDS", 0, 100, False),
    "activity_count": ("Activities logged per week", "activities", 0, 200, True),
    "checkin_mood": ("Mean mood at check-ins over 7 days", "mood 0-10", 0, 10, True),
    "sleep_efficiency": ("Mean sleep efficiency over 7 nights", "%", 0, 100, True),
}
CODE_SYSTEMS = ("ICD-10", "ICD-11")
# ICD-10 (WHO and the -CM extension): a letter, two characters, then up to four after the dot (F32.1, G47.00).
ICD10 = re.compile(r"^[A-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$")
# ICD-11 MMS stem codes: four characters, never the letters I or O, the third a digit, then up to two after
# the dot (6A70, 6A70.1, 6B00, 6B40, 7A00); WHO ICD-11 Reference Guide 2.9 "Code structure".
ICD11 = re.compile(r"^[1-9A-HJ-NP-Z][A-HJ-NP-Z][0-9][0-9A-HJ-NP-Z](\.[0-9A-HJ-NP-Z]{1,2})?$")


def new_id() -> str:
    """A short id for an item within one plan (stable across versions, so progress and history line up)."""
    return secrets.token_hex(4)


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return value


class Problem(BaseModel):
    """A problem in the clinician's words, with an optional diagnostic code."""

    id: str = Field(default_factory=new_id, max_length=40)
    text: str = Field(min_length=1, max_length=MAX_TEXT)
    code_system: Literal["ICD-10", "ICD-11"] | None = None
    code: str | None = Field(None, max_length=20)

    _strip = field_validator("text", "code", "code_system", mode="before")(
        classmethod(lambda cls, v: _clean(v))
    )

    @model_validator(mode="after")
    def _code(self) -> Problem:
        if self.code is None:
            self.code_system = None
            return self
        self.code = self.code.upper()
        if self.code_system is None:
            raise ValueError("say whether the code is ICD-10 or ICD-11")
        pattern = ICD10 if self.code_system == "ICD-10" else ICD11
        if not pattern.match(self.code):
            example = "F32.1" if self.code_system == "ICD-10" else "6A70.1"
            raise ValueError(f"{self.code!r} is not an {self.code_system} code (for example {example})")
        return self


class Objective(BaseModel):
    """A measurable step towards a goal: a measure, a comparison and a target by a date, or not measured."""

    id: str = Field(default_factory=new_id, max_length=40)
    text: str = Field(min_length=1, max_length=MAX_TEXT)
    kind: ObjectiveKind = "not_measured"
    measure: str | None = Field(
        None, max_length=40, description="instrument id, or a METRICS key for homework"
    )
    comparison: Comparison | None = None
    target: float | None = None
    step: int | None = Field(None, ge=1, le=50, description="exposure_suds: the step, 1 = least distressing")
    by: date | None = None

    _strip = field_validator("text", "measure", mode="before")(classmethod(lambda cls, v: _clean(v)))

    @model_validator(mode="after")
    def _measurable(self) -> Objective:
        if self.kind == "not_measured":
            self.measure = self.comparison = self.target = self.step = None
            return self
        if self.measure is None or self.comparison is None or self.target is None:
            raise ValueError("a measured objective needs a measure, a comparison and a target")
        if self.kind == "measure":
            from alliance.measures.instruments import UnknownInstrument, get_instrument

            try:
                inst = get_instrument(self.measure)
            except UnknownInstrument as exc:
                raise ValueError(f"unknown measure {self.measure!r}") from exc
            if inst.min_total is None or inst.max_total is None:
                raise ValueError(f"{inst.short_name} has no total score to aim for")
            self.measure, lo, hi = inst.id, inst.min_total, inst.max_total
            self.step = None
        else:
            if self.measure not in METRICS:
                raise ValueError(f"unknown record {self.measure!r}; one of {', '.join(METRICS)}")
            _, _, lo, hi, _ = METRICS[self.measure]
            if self.measure == "exposure_suds" and self.step is None:
                raise ValueError("say which step of the exposure hierarchy (1 = the least distressing)")
            if self.measure != "exposure_suds":
                self.step = None
        if not lo <= self.target <= hi:
            raise ValueError(f"the target {self.target:g} is outside {lo:g}-{hi:g}")
        return self


class Goal(BaseModel):
    """A goal in the client's own words and in clinical terms, with its objectives."""

    id: str = Field(default_factory=new_id, max_length=40)
    client_words: str | None = Field(None, max_length=MAX_TEXT)
    clinical: str | None = Field(None, max_length=MAX_TEXT)
    objectives: list[Objective] = Field(default_factory=list, max_length=10)

    _strip = field_validator("client_words", "clinical", mode="before")(classmethod(lambda cls, v: _clean(v)))

    @model_validator(mode="after")
    def _words(self) -> Goal:
        if not (self.client_words or self.clinical):
            raise ValueError("write the goal in the client's words or in clinical terms")
        return self


class Intervention(BaseModel):
    """What will be done: modality, frequency, number of sessions, homework, who does it."""

    id: str = Field(default_factory=new_id, max_length=40)
    modality: str = Field(min_length=1, max_length=200)
    frequency: str | None = Field(None, max_length=100)
    sessions: int | None = Field(None, ge=1, le=200)
    homework: list[str] = Field(default_factory=list, max_length=len(HOMEWORK_KINDS))
    who: str | None = Field(None, max_length=200)
    text: str | None = Field(None, max_length=MAX_TEXT)

    _strip = field_validator("modality", "frequency", "who", "text", mode="before")(
        classmethod(lambda cls, v: _clean(v)))

    @field_validator("homework")
    @classmethod
    def _kinds(cls, value: list[str]) -> list[str]:
        unknown = [k for k in value if k not in HOMEWORK_KINDS]
        if unknown:
            raise ValueError(f"unknown homework {', '.join(unknown)}")
        return list(dict.fromkeys(value))


class PlanContent(BaseModel):
    """The whole plan as the clinician writes it (sealed with the client's data key)."""

    title: str = Field("Treatment plan", min_length=1, max_length=200)
    problems: list[Problem] = Field(default_factory=list, max_length=MAX_LIST)
    goals: list[Goal] = Field(default_factory=list, max_length=MAX_LIST)
    interventions: list[Intervention] = Field(default_factory=list, max_length=MAX_LIST)
    responsibilities: str | None = Field(None, max_length=4000, description="who does what")
    starts_on: date | None = None
    review_on: date | None = None

    _strip = field_validator("title", "responsibilities", mode="before")(
        classmethod(lambda cls, v: _clean(v))
    )

    @model_validator(mode="after")
    def _ids(self) -> PlanContent:
        ids = [p.id for p in self.problems] + [g.id for g in self.goals] + [i.id for i in self.interventions]
        ids += [o.id for g in self.goals for o in g.objectives]
        if len(ids) != len(set(ids)):
            raise ValueError("two items of the plan share an id")
        if self.starts_on and self.review_on and self.review_on < self.starts_on:
            raise ValueError("the review date is before the start")
        return self

    def objectives(self) -> list[tuple[Goal, Objective]]:
        """Every objective with its goal, in order."""
        return [(g, o) for g in self.goals for o in g.objectives]


class PlanCreate(BaseModel):
    """A new draft plan: written out, or started from a template (package key or practice key)."""

    content: PlanContent | None = None
    template: str | None = Field(None, max_length=80)


class PlanUpdate(BaseModel):
    content: PlanContent


class SignRequest(BaseModel):
    confirm: bool = Field(True, description="the clinician confirms they reviewed the plan")


class AmendmentCreate(BaseModel):
    """A change to a signed plan: why, and the plan as it now stands."""

    reason: str = Field(min_length=1, max_length=2000)
    content: PlanContent


class ReviewCreate(BaseModel):
    """A review of a signed plan: what was found, the next review date, and the plan if it changes."""

    summary: str = Field(min_length=1, max_length=4000)
    next_review_on: date
    content: PlanContent | None = None


class PlanRead(BaseModel):
    id: uuid.UUID
    client_id: uuid.UUID
    status: str
    version: int
    origin: str
    template: str | None
    draft_id: uuid.UUID | None
    content: PlanContent
    starts_on: date | None
    review_on: date | None
    review_due: bool = Field(description="signed and the review date has passed")
    signed_name: str | None
    signed_credentials: str | None
    signed_at: datetime | None
    cosign_required: bool = Field(False, description="signed by a trainee: their supervisor co-signs; the client "
                                                     "sees the plan once co-signed")
    cosigned_name: str | None = None
    cosigned_credentials: str | None = None
    cosigned_at: datetime | None = None
    acknowledged_version: int | None
    acknowledged_at: datetime | None
    created_at: datetime
    updated_at: datetime


class RevisionRead(BaseModel):
    version: int
    kind: str
    reason: str | None
    author_name: str | None
    author_credentials: str | None
    created_at: datetime
    review_on: date | None
    acknowledged_at: datetime | None
    content: PlanContent


Status = Literal["met", "on_track", "not_on_track", "no_data", "not_measured"]
Trend = Literal["improving", "worsening", "steady"]


class Point(BaseModel):
    day: date
    value: float
    ref: str | None = Field(None, description="the record the value comes from (administration or row id)")


class ObjectiveProgress(BaseModel):
    """Where one objective stands, computed from the measure or log it names (see progress.RULE)."""

    goal_id: str
    objective_id: str
    text: str
    kind: ObjectiveKind
    measure: str | None
    label: str | None = Field(None, description="e.g. 'PHQ-9 below 10 by 2026-06-01'")
    unit: str | None = None
    comparison: Comparison | None
    target: float | None
    step: int | None = None
    by: date | None
    baseline: float | None = None
    baseline_on: date | None = None
    current: float | None = None
    current_on: date | None = None
    expected: float | None = Field(None, description="the on-track line's value on the current value's day")
    tolerance: float | None = None
    trend: Trend | None = None
    slope_per_week: float | None = None
    status: Status
    reason: str = Field(description="why this status, in plain words")
    points: list[Point] = Field(default_factory=list)


class PlanProgress(BaseModel):
    plan_id: uuid.UUID
    on: date
    objectives: list[ObjectiveProgress]
    off_track: int
    rule: str


class TemplateObjective(BaseModel):
    """A template's objective: the measure and target, and the weeks from the plan's start to the target date.
    """

    text: str
    kind: ObjectiveKind = "not_measured"
    measure: str | None = None
    comparison: Comparison | None = None
    target: float | None = None
    step: int | None = None
    weeks: int | None = Field(None, ge=1, le=104)


class TemplateGoal(BaseModel):
    client_words: str | None = None
    clinical: str | None = None
    objectives: list[TemplateObjective] = Field(default_factory=list)


class TemplateBody(BaseModel):
    """A plan template: package data (data/templates/*.yaml) or a practice's own (no PHI)."""

    key: str = Field(pattern=r"^[a-z0-9][a-z0-9-]{1,79}$")
    title: str = Field(min_length=1, max_length=200)
    presenting_problem: str = Field(min_length=1, max_length=200)
    modality: str = Field(min_length=1, max_length=200)
    problems: list[Problem] = Field(default_factory=list)
    goals: list[TemplateGoal] = Field(default_factory=list)
    interventions: list[Intervention] = Field(default_factory=list)
    responsibilities: str | None = None
    review_weeks: int = Field(12, ge=1, le=104)
    sources: list[str] = Field(min_length=1, description="guidelines and manuals the template follows")


class TemplateRead(BaseModel):
    key: str
    title: str
    presenting_problem: str
    modality: str
    sources: list[str]
    builtin: bool
    body: TemplateBody


# --- the AI draft (alliance.plans.drafting)
# -----------------------------------------------------------------------

EvidenceKind = Literal["note_sentence", "score", "intake_answer", "homework", "checkin"]
# Who wrote a drafted item: the model (chose and phrased it), the rules (taken or computed from the record), or a
# plan template (an intervention). Once the clinician edits an item on the review page, it is theirs ("clinician",
# recorded in the stored draft when the decisions are applied).
DraftSource = Literal["model", "rule", "template", "clinician"]
SOURCE_DESCRIPTION = "who wrote it: model, rule (from the record), template, or clinician once edited"


class Evidence(BaseModel):
    """A record a drafted item rests on."""

    kind: EvidenceKind
    id: str = Field(
        description="note id; measure administration id; referral id; homework entry or tool row id; "
        "check-in id"
    )
    label: str = Field(description="short, e.g. 'PHQ-9 17 on 2026-03-01' or 'Note of 2026-03-02, assessment'")
    quote: str | None = Field(None, description="the sentence, answer or note quoted")


class DraftProblem(BaseModel):
    text: str
    code_system: Literal["ICD-10", "ICD-11"] | None = None
    code: str | None = None
    evidence: list[Evidence] = Field(default_factory=list)
    supported: bool = False
    source: DraftSource = Field("rule", description=SOURCE_DESCRIPTION)


class DraftObjective(BaseModel):
    text: str
    measure: str | None = Field(None, description="instrument id the client has, or a METRICS key; None: not "
                                                  "measured")
    comparison: Comparison | None = Field(None, description="default: '<' where lower is better, else '>='")
    target: float | None = None
    step: int | None = None
    by: date | None = None
    evidence: list[Evidence] = Field(default_factory=list)
    supported: bool = False
    source: DraftSource = Field("rule", description=SOURCE_DESCRIPTION)


class DraftGoal(BaseModel):
    text: str = Field(description="the goal, in the client's words where the record has them")
    clinical: str | None = None
    objectives: list[DraftObjective] = Field(default_factory=list)
    evidence: list[Evidence] = Field(default_factory=list)
    supported: bool = False
    source: DraftSource = Field("rule", description=SOURCE_DESCRIPTION)


class DraftIntervention(BaseModel):
    modality: str
    frequency: str | None = None
    sessions: int | None = None
    homework: list[str] = Field(default_factory=list)
    text: str | None = None
    evidence: list[Evidence] = Field(default_factory=list)
    supported: bool = False
    source: DraftSource = Field("rule", description=SOURCE_DESCRIPTION)


class PlanDraft(BaseModel):
    """What `drafting.draft_plan` returns and `alliance plans draft --json` prints."""

    problems: list[DraftProblem] = Field(default_factory=list)
    goals: list[DraftGoal] = Field(default_factory=list)
    interventions: list[DraftIntervention] = Field(default_factory=list)
    model: str | None = Field(None, description="the model that phrased it; None for a deterministic draft")


class DraftRead(BaseModel):
    id: uuid.UUID
    client_id: uuid.UUID
    status: str
    status_reason: str | None
    progress_stage: str
    model: str | None
    plan_id: uuid.UUID | None
    created_at: datetime
    finished_at: datetime | None
    draft: PlanDraft | None


Decision = Literal["accept", "edit", "reject"]


class DraftDecisions(BaseModel):
    """The clinician's decision on every drafted item, by key ('problem-0', 'goal-1', 'goal-1-objective-0',
    'intervention-2'); an edit carries the item as edited. Items not named are rejected."""

    decisions: dict[str, Decision]
    edits: dict[str, dict[str, Any]] = Field(default_factory=dict)
    plan_id: uuid.UUID | None = Field(
        None, description="add to this draft plan instead of starting a new one"
    )
