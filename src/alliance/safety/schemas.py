"""Shapes for alerts, crisis responses, safety plans and practice crisis services."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, Field, field_validator

from alliance.safety.resources import CrisisService, EmergencyNumber

# The six sections of the Stanley-Brown Safety Planning Intervention (Stanley & Brown, 2012, Cognitive and
# Behavioral Practice 19:256-264), plus the form's closing question about reasons for living.
SECTIONS: list[tuple[str, str, str]] = [
    ("warning_signs", "1. Warning signs",
     "Thoughts, images, moods, situations or behaviour that tell me a crisis may be starting"),
    ("coping_strategies", "2. Things I can do on my own",
     "Ways to take my mind off my problems without contacting anyone (relaxation, physical activity…)"),
    ("distractions", "3. People and places that help me feel better",
     "People and social settings that provide distraction"),
    ("help_contacts", "4. People I can ask for help", "Names and phone numbers"),
    ("professionals", "5. Professionals and services I can contact in a crisis",
     "My clinician, an urgent care service, crisis lines"),
    ("environment", "6. Making my surroundings safe", "Steps to limit access to lethal means"),
    ("reasons_for_living", "The one thing most important to me and worth living for", ""),
]
SECTION_KEYS = [key for key, _, _ in SECTIONS]


def _entries(value: list[str]) -> list[str]:
    cleaned = [" ".join(v.split()) for v in value if v and v.strip()]
    if any(len(v) > 300 for v in cleaned):
        raise ValueError("each entry can be at most 300 characters")
    return cleaned


class SafetyPlanWrite(BaseModel):
    warning_signs: list[str] = Field(default_factory=list, max_length=20)
    coping_strategies: list[str] = Field(default_factory=list, max_length=20)
    distractions: list[str] = Field(default_factory=list, max_length=20)
    help_contacts: list[str] = Field(default_factory=list, max_length=20)
    professionals: list[str] = Field(default_factory=list, max_length=20)
    environment: list[str] = Field(default_factory=list, max_length=20)
    reasons_for_living: list[str] = Field(default_factory=list, max_length=20)

    _clean = field_validator(*SECTION_KEYS)(classmethod(lambda cls, v: _entries(v)))


class SafetyPlanRead(SafetyPlanWrite):
    id: uuid.UUID
    client_id: uuid.UUID
    version: int
    created_at: datetime
    created_by: uuid.UUID | None


# What the clinician judged the alert to be when acknowledging it (the screen's real-world precision is
# risk_confirmed / judged; alliance.insights.ai reports it).
JUDGEMENTS: dict[str, str] = {
    "risk_confirmed": "Risk confirmed",
    "not_risk": "Not risk",
    "unsure": "Unsure",
}
Judgement = Literal["risk_confirmed", "not_risk", "unsure"]


class AlertRead(BaseModel):
    id: uuid.UUID
    client_id: uuid.UUID
    client_name: str | None = None
    assigned_to: uuid.UUID | None
    on_call: bool
    source: str
    source_id: str | None
    level: str
    categories: list[str]
    rules: list[str]
    reasons: list[str]
    evidence: list[str]
    status: str
    created_at: datetime
    acknowledged_by: uuid.UUID | None
    acknowledged_at: datetime | None
    judgement: str | None = None  # None for alerts acknowledged before the judgement was asked
    note: str | None
    ai_paused: bool = False


class Acknowledge(BaseModel):
    note: str = Field(min_length=3, max_length=4000, description="What you did (called the client, safety plan reviewed…)")
    judgement: Judgement = Field(description="Your judgement of the alert: risk_confirmed, not_risk or unsure")
    resume_ai: bool = Field(default=False, description="Also resume the client's AI features")


class ResumeAi(BaseModel):
    note: str = Field(min_length=3, max_length=4000)


class CrisisResponse(BaseModel):
    """What a client sees when risk is detected, or opens from the portal at any time."""

    level: str | None
    lead_with_emergency: bool
    country_name: str
    is_fallback: bool
    emergency: list[EmergencyNumber]
    services: list[CrisisService]
    guidance: str | None
    safety_plan: SafetyPlanRead | None
    message: str


class ScreenRequest(BaseModel):
    text: str = Field(min_length=1, max_length=20_000)
    lang: str | None = Field(default=None, pattern=r"^[a-z]{2}$")


class ClientMessage(BaseModel):
    """Client content to screen (portal check-ins, intake free text, homework answers)."""

    text: str = Field(min_length=1, max_length=20_000)
    source: str = Field(default="message", pattern=r"^(message|intake|homework|check_in)$")


class EscalationRead(BaseModel):
    screening: dict
    alert_id: uuid.UUID | None
    crisis_response: CrisisResponse | None


class CrisisServiceCreate(BaseModel):
    name: str = Field(min_length=2, max_length=200)
    country: str | None = Field(default=None, pattern=r"^[A-Za-z]{2}$")
    phone: str | None = Field(default=None, max_length=40, pattern=r"^[0-9+() .\-]{3,40}$")
    url: str | None = Field(default=None, max_length=300, pattern=r"^https?://")
    hours: str = Field(min_length=2, max_length=100)
    languages: list[str] = Field(min_length=1, max_length=10)
    notes: str | None = Field(default=None, max_length=500)
    source: str = Field(min_length=3, max_length=300, description="Where the details were checked")
    checked: date

    @field_validator("languages")
    @classmethod
    def _langs(cls, value: list[str]) -> list[str]:
        cleaned = [v.strip().lower() for v in value if v.strip()]
        if not cleaned or any(len(v) not in (2, 3) or not v.isalpha() for v in cleaned):
            raise ValueError("languages are two-letter codes such as en, es")
        return cleaned


class CrisisServiceRead(CrisisServiceCreate):
    id: uuid.UUID


class SafetySettingsRead(BaseModel):
    on_call_user_id: uuid.UUID | None


class SafetySettingsUpdate(BaseModel):
    on_call_user_id: uuid.UUID | None
