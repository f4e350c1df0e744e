"""Intake: referrals, their triage results, clinicians' tier changes, alerts, and the practice's intake
settings.

An applicant is not a client yet and has no client data key, so a referral's PHI (name, contact details, date
of birth, the person's own words, answers, free-text answers) is sealed with the keyring's active
key-encryption key (scope "global", bound to its table, column and row; `alliance keys rotate` re-seals it).
On conversion the details are copied into a client record under the client's own data key; the referral then
carries `client_id`, so the client's export includes it and erasure deletes it (its triage rows, changes and
alerts cascade).

"""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from alliance.db.base import Base, IdMixin, TimestampMixin, utcnow
from alliance.security.crypto import Encrypted

# Tiers from the most to the least urgent; the rank orders the waitlist.
TIERS = ("emergency", "urgent", "soon", "routine")
RANK = {tier: i for i, tier in enumerate(TIERS)}
UNTRIAGED_RANK = len(TIERS)


def _sealed(column: str, **kw: Any) -> Encrypted:
    return Encrypted(column, scope="global", **kw)


class Referral(IdMixin, TimestampMixin, Base):
    """A request for help: from the person (public page), entered by staff, or from another service (FHIR)."""

    __tablename__ = "intake_referrals"
    __table_args__ = (
        Index("ix_intake_referrals_waitlist", "practice_id", "status", "tier_rank", "waiting_since"),
    )

    practice_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("practices.id"), index=True)
    source: Mapped[str] = mapped_column(String(10))  # self | staff | fhir
    status: Mapped[str] = mapped_column(
        String(12), default="waiting"
    )  # waiting | offered | converted | closed
    # The tier in force: the engine's, or the clinician's after a change; tier_rank orders the waitlist.
    tier: Mapped[str | None] = mapped_column(String(12), default=None)
    tier_rank: Mapped[int] = mapped_column(default=UNTRIAGED_RANK)
    tier_set_by: Mapped[str] = mapped_column(String(10), default="engine")  # engine | clinician
    tier_confirmed_at: Mapped[datetime | None] = mapped_column(default=None)
    waiting_since: Mapped[datetime] = mapped_column(default=utcnow)
    language: Mapped[str] = mapped_column(String(8), default="en")
    country: Mapped[str] = mapped_column(String(2), default="US")
    preferences: Mapped[dict[str, Any]] = mapped_column(
        JSON, default=dict
    )  # modality, clinician gender, language
    consents: Mapped[dict[str, bool]] = mapped_column(
        JSON, default=dict
    )  # consent feature -> given on the form
    consent_processing_at: Mapped[datetime | None] = mapped_column(default=None)
    instruments: Mapped[list[str]] = mapped_column(JSON, default=list)  # which questionnaires were answered
    external_id: Mapped[str | None] = mapped_column(String(200), default=None)  # the sender's id (FHIR)
    created_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), default=None)  # staff entry
    offered_at: Mapped[datetime | None] = mapped_column(default=None)
    closed_at: Mapped[datetime | None] = mapped_column(default=None)
    close_reason: Mapped[str | None] = mapped_column(String(30), default=None)
    converted_at: Mapped[datetime | None] = mapped_column(default=None)
    converted_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), default=None)
    client_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("clients.id", ondelete="CASCADE"), default=None, index=True
    )

    given_name_ct: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    family_name_ct: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    date_of_birth_ct: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    email_ct: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    phone_ct: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    contact_times_ct: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    text_ct: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)  # the person's own words
    accessibility_ct: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    answers_ct: Mapped[bytes | None] = mapped_column(
        LargeBinary, default=None
    )  # JSON: instrument -> item -> score
    risk_ct: Mapped[bytes | None] = mapped_column(
        LargeBinary, default=None
    )  # JSON: yes/no questions and details
    referrer_ct: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)  # who referred (staff, FHIR)
    close_note_ct: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)

    given_name = _sealed("given_name_ct")
    family_name = _sealed("family_name_ct")
    date_of_birth = _sealed("date_of_birth_ct", kind=date)
    email = _sealed("email_ct")
    phone = _sealed("phone_ct")
    contact_times = _sealed("contact_times_ct")
    text = _sealed("text_ct")
    accessibility_needs = _sealed("accessibility_ct")
    answers_json = _sealed("answers_ct")
    risk_json = _sealed("risk_ct")
    referrer = _sealed("referrer_ct")
    close_note = _sealed("close_note_ct")

    @property
    def full_name(self) -> str:
        """Given and family name."""
        return " ".join(p for p in (self.given_name, self.family_name) if p) or "(no name)"

    @property
    def answers(self) -> dict[str, dict[str, int | None]]:
        """Questionnaire answers by instrument id, then item id."""
        return json.loads(self.answers_json) if self.answers_json else {}

    @answers.setter
    def answers(self, value: dict[str, dict[str, int | None]]) -> None:
        self.answers_json = json.dumps(value, sort_keys=True)

    @property
    def risk(self) -> dict[str, Any]:
        """The risk-to-others and safeguarding answers (yes/no) and their free-text details."""
        return json.loads(self.risk_json) if self.risk_json else {}

    @risk.setter
    def risk(self, value: dict[str, Any]) -> None:
        self.risk_json = json.dumps(value, sort_keys=True)


class TriageResult(IdMixin, Base):
    """One run of the rules over a referral: the tier, every reason with its quoted evidence, the versions."""

    __tablename__ = "intake_triages"

    practice_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("practices.id"), index=True)
    referral_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("intake_referrals.id", ondelete="CASCADE"), index=True
    )
    tier: Mapped[str] = mapped_column(String(12))
    rules: Mapped[list[str]] = mapped_column(JSON, default=list)  # ids of the rules that fired
    rules_version: Mapped[str] = mapped_column(String(80))
    screen_level: Mapped[str | None] = mapped_column(String(10), default=None)
    screen_version: Mapped[str | None] = mapped_column(String(80), default=None)
    screen_categories: Mapped[list[str]] = mapped_column(JSON, default=list)
    needs: Mapped[list[str]] = mapped_column(JSON, default=list)  # specialism tags of the rules that fired
    by: Mapped[str] = mapped_column(String(10), default="engine")  # engine | retriage
    trigger: Mapped[str] = mapped_column(
        String(20), default="created"
    )  # created | new_answers | new_text | ...
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), default=None)
    # Reasons quote the person's answers and words: sealed JSON list of {rule, tier, text, evidence}.
    reasons_ct: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)

    reasons_json = _sealed("reasons_ct")

    @property
    def reasons(self) -> list[dict[str, Any]]:
        """Every reason: rule id, the tier it gives, the sentence, the quoted evidence."""
        return json.loads(self.reasons_json) if self.reasons_json else []

    @reasons.setter
    def reasons(self, value: list[dict[str, Any]]) -> None:
        self.reasons_json = json.dumps(value)


class TierChange(IdMixin, Base):
    """A clinician confirms (same tier) or changes a referral's tier, with a reason code and their words."""

    __tablename__ = "intake_tier_changes"

    practice_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("practices.id"), index=True)
    referral_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("intake_referrals.id", ondelete="CASCADE"), index=True
    )
    triage_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("intake_triages.id", ondelete="SET NULL"), default=None
    )
    from_tier: Mapped[str | None] = mapped_column(String(12), default=None)
    to_tier: Mapped[str] = mapped_column(String(12))
    reason_code: Mapped[str] = mapped_column(String(30), index=True)
    changed_by: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    note_ct: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)

    note = _sealed("note_ct")


class IntakeAlert(IdMixin, Base):
    """An emergency (or a rise on re-triage) for the practice's on-call clinician, pointing at the referral.

    Safety's risk alerts belong to a client; an applicant is not one yet, so intake keeps its own alert with
    the same routing (the on-call clinician of `safety_settings`) and a PHI-free e-mail.

    """

    __tablename__ = "intake_alerts"

    practice_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("practices.id"), index=True)
    referral_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("intake_referrals.id", ondelete="CASCADE"), index=True
    )
    triage_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("intake_triages.id", ondelete="SET NULL"), default=None
    )
    # The on-call clinician; None when the practice names none (then every clinician and supervisor sees it).
    assigned_to: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), default=None, index=True)
    on_call: Mapped[bool] = mapped_column(default=False)
    tier: Mapped[str] = mapped_column(String(12))
    status: Mapped[str] = mapped_column(String(20), default="open", index=True)  # open | acknowledged
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    emailed_at: Mapped[datetime | None] = mapped_column(default=None)
    acknowledged_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), default=None)
    acknowledged_at: Mapped[datetime | None] = mapped_column(default=None)
    note_ct: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)

    note = _sealed("note_ct")


class IntakeSettings(Base):
    """Per practice: the waiting-time target per tier and the rules in force (shipped, or a
    supervisor-approved override of them)."""

    __tablename__ = "intake_settings"

    practice_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("practices.id"), primary_key=True)
    targets: Mapped[dict[str, int]] = mapped_column(JSON, default=dict)  # tier -> days
    rules_version: Mapped[str] = mapped_column(String(80), default="v1")  # the shipped rule set in force
    override_yaml: Mapped[str | None] = mapped_column(Text, default=None)  # rules are not PHI
    override_version: Mapped[str | None] = mapped_column(String(80), default=None)
    override_approved_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), default=None)
    override_approved_at: Mapped[datetime | None] = mapped_column(default=None)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class ClinicianProfile(Base):
    """What intake matches on: a clinician's languages, specialisms and whether they take new people."""

    __tablename__ = "intake_clinician_profiles"

    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    practice_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("practices.id"), index=True)
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)
    specialisms: Mapped[list[str]] = mapped_column(JSON, default=list)
    accepting: Mapped[bool] = mapped_column(default=True)
    capacity: Mapped[int | None] = mapped_column(default=None)  # the caseload size they aim for
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
