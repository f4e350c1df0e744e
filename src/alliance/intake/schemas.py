"""Request and response shapes for intake: referrals, triage results, the waitlist, tier changes, conversion,
settings, clinician matching and alerts."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, EmailStr, Field, field_validator, model_validator

from alliance.safety.schemas import CrisisResponse

Tier = Literal["emergency", "urgent", "soon", "routine"]
Source = Literal["self", "staff", "fhir"]
Status = Literal["waiting", "offered", "converted", "closed"]
# The questionnaires a referral may carry (ids as in `alliance measures list`).
INSTRUMENTS = ("phq9", "gad7", "cssrs_screener", "wsas", "auditc")
# Why a clinician confirms or changes a tier (kept for the insights dashboards' change rate by reason).
REASON_CODES = {
    "confirmed": "Confirmed: the tier is right",
    "more_risk_on_contact": "More risk found on contact",
    "less_risk_on_contact": "Less risk found on contact",
    "risk_resolved": "The risk has passed",
    "information_missing": "The referral lacked information",
    "rules_missed_signal": "The rules missed a signal",
    "rules_overcalled": "The rules overcalled a signal",
    "clinical_judgement": "Clinical judgement",
    "other": "Other",
}
ReasonCode = Literal[
    "confirmed",
    "more_risk_on_contact",
    "less_risk_on_contact",
    "risk_resolved",
    "information_missing",
    "rules_missed_signal",
    "rules_overcalled",
    "clinical_judgement",
    "other",
]
CLOSE_REASONS = {
    "no_contact": "Could not be reached",
    "declined": "Declined the service",
    "referred_elsewhere": "Referred to another service",
    "not_suitable": "Not suitable for this service",
    "duplicate": "A duplicate referral",
    "other": "Other",
}
CloseReason = Literal["no_contact", "declined", "referred_elsewhere", "not_suitable", "duplicate", "other"]
CONSENT_FEATURES = (
    "ai_documentation",
    "session_recording",
    "ai_companion",
    "quality_monitoring",
    "external_ai",
)
MAX_TEXT = 5000
PHONE = r"^[0-9+() .\-]{5,40}$"


def _blank(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def check_measures(value: dict[str, Any]) -> dict[str, dict[str, int | None]]:
    """Answers by instrument (a list in item order or a mapping by item id), validated against the instrument.
    """
    from alliance.measures.instruments import InvalidAnswers, get_instrument
    from alliance.measures.scoring import normalise_answers

    out: dict[str, dict[str, int | None]] = {}
    for key, answers in (value or {}).items():
        if key not in INSTRUMENTS:
            raise ValueError(f"unknown questionnaire {key!r}: use {', '.join(INSTRUMENTS)}")
        if answers is None:
            continue
        try:
            out[key] = normalise_answers(get_instrument(key), answers)
        except InvalidAnswers as exc:
            raise ValueError(exc.detail) from None
    return out


class RiskAnswers(BaseModel):
    """Risk to others and safeguarding questions (yes/no; None when not answered), with optional details."""

    harm_others_thoughts: bool | None = Field(None, description="Thoughts of harming someone else")
    harm_others_intent: bool | None = Field(None, description="Intends to act on thoughts of harming someone")
    child_at_risk: bool | None = Field(None, description="A child is at risk of harm now")
    unsafe_at_home: bool | None = Field(
        None, description="Someone is hurting, threatening or controlling them"
    )
    trauma_disrupts_life: bool | None = Field(
        None, description="Memories of a frightening event disrupt daily life"
    )
    psychotic_experiences: bool | None = Field(
        None, description="Recently hearing voices others do not, or feeling watched or controlled"
    )
    details: str | None = Field(None, max_length=2000, description="In their own words (screened for crisis)")

    _details = field_validator("details")(classmethod(lambda cls, v: _blank(v)))


class Preferences(BaseModel):
    modality: Literal["in_person", "video", "phone", "no_preference"] | None = None
    clinician_gender: Literal["woman", "man", "non_binary", "no_preference"] | None = None
    language: str | None = Field(None, pattern=r"^[a-z]{2,3}$")


class ReferralCreate(BaseModel):
    """Everything a referral carries; the same shape from the public page, staff entry and the FHIR import."""

    given_name: str = Field(min_length=1, max_length=100)
    family_name: str = Field(min_length=1, max_length=100)
    date_of_birth: date
    email: EmailStr | None = None
    phone: str | None = Field(None, max_length=40, pattern=PHONE)
    preferred_language: str = Field("en", pattern=r"^[a-z]{2,3}$")
    country: str = Field("US", min_length=2, max_length=2)
    contact_times: str | None = Field(None, max_length=300)
    text: str = Field("", max_length=MAX_TEXT, description="The person's own words about what brings them")
    measures: dict[str, Any] = Field(
        default_factory=dict, description="instrument id -> answers (list in item order, or item id -> score)"
    )
    risk: RiskAnswers = Field(default_factory=RiskAnswers)
    accessibility_needs: str | None = Field(None, max_length=1000)
    preferences: Preferences = Field(default_factory=Preferences)
    consent_to_processing: bool = Field(description="Consent to processing (required)")
    consents: dict[str, bool] = Field(default_factory=dict, description="Optional consents given on the form")
    referrer: str | None = Field(None, max_length=300, description="Who referred (staff entry, FHIR)")
    external_id: str | None = Field(None, max_length=200)

    @field_validator("country")
    @classmethod
    def _country(cls, value: str) -> str:
        if not value.isalpha():
            raise ValueError("must be a two-letter ISO country code")
        return value.upper()

    @field_validator("date_of_birth")
    @classmethod
    def _dob(cls, value: date) -> date:
        if value > date.today() or value.year < 1900:
            raise ValueError("must be a real date in the past")
        return value

    @field_validator("measures")
    @classmethod
    def _measures(cls, value: dict[str, Any]) -> dict[str, dict[str, int | None]]:
        return check_measures(value)

    @field_validator("consents")
    @classmethod
    def _consents(cls, value: dict[str, bool]) -> dict[str, bool]:
        unknown = set(value) - set(CONSENT_FEATURES)
        if unknown:
            raise ValueError(f"unknown consent {sorted(unknown)[0]!r}: use {', '.join(CONSENT_FEATURES)}")
        return value

    @field_validator("text", "contact_times", "accessibility_needs", "referrer")
    @classmethod
    def _strip(cls, value: str | None) -> str | None:
        return value.strip() if isinstance(value, str) else value

    @model_validator(mode="after")
    def _consent_given(self) -> ReferralCreate:
        if not self.consent_to_processing:
            raise ValueError("consent to processing is required to make a referral")
        return self


class ReasonRead(BaseModel):
    rule: str
    tier: Tier | Literal["info"]
    text: str
    evidence: list[str] = Field(default_factory=list, description="The answers or words quoted")


class TriageRead(BaseModel):
    id: uuid.UUID
    referral_id: uuid.UUID
    tier: Tier
    reasons: list[ReasonRead]
    rules: list[str]
    rules_version: str
    screen_level: str | None
    screen_version: str | None
    by: Literal["engine", "retriage"]
    trigger: str
    created_at: datetime


class Submitted(BaseModel):
    """What creating a referral returns: the tier, and at emergency the crisis lines to show at once."""

    referral_id: uuid.UUID
    tier: Tier
    emergency: bool
    screen_level: str | None
    alert_id: uuid.UUID | None = None
    crisis: CrisisResponse | None = Field(
        None, description="Crisis lines for the person's country (emergency)"
    )


class Retriaged(BaseModel):
    triage: TriageRead
    previous_tier: Tier | None
    tier: Tier
    rose: bool
    alert_id: uuid.UUID | None = None


class ReTriageRequest(BaseModel):
    """New answers (replacing those of the same questionnaire), new risk answers, or new words (added)."""

    measures: dict[str, Any] = Field(default_factory=dict)
    risk: RiskAnswers | None = None
    text: str | None = Field(None, max_length=MAX_TEXT)

    _measures = field_validator("measures")(classmethod(lambda cls, v: check_measures(v)))


class ScoreRead(BaseModel):
    total: int | None
    severity: str | None


class ReferralRead(BaseModel):
    """A referral as staff see it; clinical content (words, answers, reasons) is None for an admin."""

    id: uuid.UUID
    practice_id: uuid.UUID
    source: Source
    status: Status
    tier: Tier | None
    tier_set_by: str
    tier_confirmed_at: datetime | None
    waiting_since: datetime
    waited_days: int
    target_days: int | None
    breached: bool
    given_name: str | None
    family_name: str | None
    date_of_birth: date | None
    email: str | None
    phone: str | None
    preferred_language: str
    country: str
    contact_times: str | None
    accessibility_needs: str | None
    preferences: dict[str, Any]
    consent_to_processing_at: datetime | None
    consents: dict[str, bool]
    referrer: str | None
    external_id: str | None
    client_id: uuid.UUID | None
    created_at: datetime
    closed_at: datetime | None
    close_reason: str | None
    clinical: bool = Field(description="False when the viewer may not read clinical content (admins)")
    text: str | None = None
    measures: dict[str, dict[str, int | None]] | None = None
    scores: dict[str, ScoreRead] | None = None
    risk: RiskAnswers | None = None
    triage: TriageRead | None = None


class WaitlistItem(BaseModel):
    id: uuid.UUID
    name: str
    tier: Tier | None
    tier_set_by: str
    status: Status
    source: Source
    language: str
    waiting_since: datetime
    waited_days: int
    target_days: int | None
    breached: bool
    reasons: list[str] | None = Field(None, description="One line per reason (None for admins)")


class TierSummary(BaseModel):
    tier: Tier
    target_days: int | None
    waiting: int
    breached: int


class Waitlist(BaseModel):
    """Ordered by tier, then by time waited (longest first); `tiers` counts the whole list, `items` is a page.
    """

    items: list[WaitlistItem]
    total: int
    tiers: list[TierSummary]
    untriaged: int = 0


class TierChangeCreate(BaseModel):
    to_tier: Tier
    reason_code: ReasonCode
    note: str | None = Field(None, max_length=2000)

    _note = field_validator("note")(classmethod(lambda cls, v: _blank(v)))

    @model_validator(mode="after")
    def _other_needs_words(self) -> TierChangeCreate:
        if self.reason_code == "other" and not self.note:
            raise ValueError("say why in the note when the reason is 'other'")
        return self


class TierChangeRead(BaseModel):
    id: uuid.UUID
    referral_id: uuid.UUID
    from_tier: Tier | None
    to_tier: Tier
    reason_code: str
    note: str | None
    changed_by: uuid.UUID
    created_at: datetime


class ReasonStat(BaseModel):
    reason_code: str
    count: int
    up: int
    down: int
    same: int


class TierChangeStats(BaseModel):
    """Tier decisions since a date: how many triaged referrals were changed, by reason (insights)."""

    since: datetime | None
    triaged: int
    reviewed: int
    changed: int
    change_rate: float | None = Field(description="changed / reviewed")
    by_reason: list[ReasonStat]


class CloseRequest(BaseModel):
    reason: CloseReason
    note: str | None = Field(None, max_length=2000)


class OfferRequest(BaseModel):
    note: str | None = Field(None, max_length=2000)


class ConvertRequest(BaseModel):
    clinician_id: uuid.UUID | None = Field(
        None, description="The treating clinician (default: the one converting)"
    )


class BaselineRead(BaseModel):
    instrument: str
    administration_id: uuid.UUID
    total: int | None
    severity: str | None


class ConversionResult(BaseModel):
    referral_id: uuid.UUID
    client_id: uuid.UUID
    clinician_id: uuid.UUID
    baselines: list[BaselineRead]
    consents: list[str] = Field(description="Consent features recorded on the client from the intake form")
    consents_skipped: list[str] = Field(
        description="Given on the form, but the practice has no document for them"
    )


class IntakeSettingsRead(BaseModel):
    targets: dict[str, int | None]
    rules_version: str = Field(description="The version in force (an override's when one is approved)")
    shipped_version: str
    override: bool
    override_approved_by: uuid.UUID | None
    override_approved_at: datetime | None


class IntakeSettingsUpdate(BaseModel):
    targets: dict[Tier, int | None] = Field(
        description="Days within which each tier should be seen (None: none)"
    )

    @field_validator("targets")
    @classmethod
    def _days(cls, value: dict[str, int | None]) -> dict[str, int | None]:
        for tier, days in value.items():
            if days is not None and not 0 <= days <= 365:
                raise ValueError(f"{tier}: days must be between 0 and 365")
        return value


class RulesOverride(BaseModel):
    """A practice's own rules (the YAML format of data/rules-v1.yaml), approved by the supervisor sending it.
    """

    yaml: str = Field(min_length=10, max_length=200_000)


class RulesRead(BaseModel):
    version: str
    yaml: str
    override: bool


class ClinicianProfileUpdate(BaseModel):
    languages: list[str] = Field(default_factory=list, max_length=20)
    specialisms: list[str] = Field(default_factory=list, max_length=30)
    accepting: bool = True
    capacity: int | None = Field(None, ge=0, le=500)

    @field_validator("languages", "specialisms")
    @classmethod
    def _tags(cls, value: list[str]) -> list[str]:
        return sorted({v.strip().lower() for v in value if v and v.strip()})


class ClinicianProfileRead(ClinicianProfileUpdate):
    user_id: uuid.UUID


class ClinicianSuggestion(BaseModel):
    user_id: uuid.UUID
    display_name: str | None
    score: int
    languages: list[str]
    specialisms: list[str]
    accepting: bool
    away: bool
    caseload: int
    capacity: int | None
    why: list[str] = Field(description="What matched, in words (the clinician decides)")
    matches_gender: bool | None = Field(
        None, description="Matches the referral's preferred clinician gender (null: the referral states none)"
    )
    modalities: list[str] = Field(default_factory=list, description="The ways they see people: in_person, video, "
                                  "phone (empty: not stated)")
    offers_modality: bool | None = Field(
        None, description="Offers the referral's preferred modality (null: the referral states none)"
    )


class IntakeAlertRead(BaseModel):
    id: uuid.UUID
    referral_id: uuid.UUID
    tier: Tier
    assigned_to: uuid.UUID | None
    on_call: bool
    status: Literal["open", "acknowledged"]
    created_at: datetime
    acknowledged_by: uuid.UUID | None
    acknowledged_at: datetime | None
    note: str | None
    name: str | None = None
    reasons: list[str] = Field(default_factory=list)


class AcknowledgeRequest(BaseModel):
    note: str = Field(min_length=1, max_length=2000)


class TodayCounts(BaseModel):
    """For the Today page: emergency and urgent referrals waiting, breaches, open intake alerts."""

    emergency: int
    urgent: int
    breached: int
    open_alerts: int
