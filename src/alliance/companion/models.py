"""The companion's tables: the clinician's plan per client (one row per version), the practice's companion
settings, and the exercises a client completed (structured records, free text encrypted)."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import JSON, ForeignKey, LargeBinary, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from alliance.db.base import AuthoredMixin, Base, IdMixin, TimestampMixin, utcnow
from alliance.security.crypto import Encrypted

# Regions whose law forbids AI from conversing therapeutically with clients: Illinois' Wellness and Oversight
# for Psychological Resources Act (HB 1806, in force since August 2025).
DEFAULT_NO_CHAT_REGIONS = ["US-IL"]


class CompanionPlan(IdMixin, AuthoredMixin, Base):
    """One version of the clinician's plan for a client's companion; the newest version is the plan in force.

    Never updated: each save adds a version, so the history shows what the client was offered and when.
    """

    __tablename__ = "companion_plans"
    __table_args__ = (UniqueConstraint("client_id", "version", name="companion_plan_version"),)

    practice_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("practices.id"), index=True)
    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    version: Mapped[int]
    enabled: Mapped[bool] = mapped_column(default=False)
    language: Mapped[str] = mapped_column(String(8))
    modules: Mapped[list[str]] = mapped_column(JSON, default=list)  # library slugs (kind module)
    skills: Mapped[list[str]] = mapped_column(JSON, default=list)  # library slugs (kind skill)
    address: Mapped[str] = mapped_column(String(10), default="informal")  # formal | informal
    # The clinician's own words: PHI, sealed with the client's data key.
    focus_ct: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    steer_topics_ct: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    cultural_notes_ct: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    review_note_ct: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)

    focus = Encrypted("focus_ct")
    steer_topics = Encrypted("steer_topics_ct")
    cultural_notes = Encrypted("cultural_notes_ct")
    review_note = Encrypted("review_note_ct")  # when the clinician reads conversations, as the client is told


class CompanionSettings(Base):
    """Per-practice companion settings: regions where the conversational part is off (library and forms stay)."""

    __tablename__ = "companion_settings"

    practice_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("practices.id"), primary_key=True)
    no_chat_regions: Mapped[list[str]] = mapped_column(JSON, default=lambda: list(DEFAULT_NO_CHAT_REGIONS))
    updated_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), default=None)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class ExerciseRecord(IdMixin, TimestampMixin, Base):
    """One exercise a client did (or, for behavioural activation, planned and later marked done).

    `data_json` holds the answers as encrypted JSON; the kind and status stay plain so lists can be filtered.
    """

    __tablename__ = "companion_exercises"

    practice_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("practices.id"), index=True)
    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    created_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), default=None)
    kind: Mapped[str] = mapped_column(String(40))  # a skill's library slug: thought-record, paced-breathing ...
    status: Mapped[str] = mapped_column(String(10), default="done")  # done | planned (behavioural activation)
    completed_at: Mapped[datetime | None] = mapped_column(default=None)
    # The crisis screen's highest level over the record's free text, and the alert it raised (if any).
    screen_level: Mapped[str | None] = mapped_column(String(10), default=None)
    screen_version: Mapped[str | None] = mapped_column(String(80), default=None)
    alert_id: Mapped[uuid.UUID | None] = mapped_column(default=None)  # safety's risk_alerts.id (another branch)
    data_ct: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)

    data_json = Encrypted("data_ct")


class CompanionTurn(IdMixin, TimestampMixin, Base):
    """One turn of a client's conversation with the companion: the client's message or the companion's answer.

    A client turn holds the crisis screen's verdict and the alert it raised. A companion turn holds what the client
    was shown (a checked model reply, a written fallback, the crisis response's message or the paused notice), and,
    when the output check replaced a reply, what was blocked and why (the blocked text is for the clinician only).
    The client's rating and report and the clinician's annotation sit on the companion turn they are about.
    """

    __tablename__ = "companion_turns"
    __table_args__ = (UniqueConstraint("client_id", "seq", name="companion_turn_seq"),)

    practice_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("practices.id"), index=True)
    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    seq: Mapped[int]  # order within the client's conversation, from 1
    role: Mapped[str] = mapped_column(String(10))  # client | companion
    # companion turns: reply | fallback | crisis | paused | unavailable, and in a guided flow (companion/flows.py):
    # flow (a fixed step) | flow_offer | flow_done | roleplay (the other person's line); client turns: message
    kind: Mapped[str] = mapped_column(String(12), default="message")
    reply_to: Mapped[uuid.UUID | None] = mapped_column(default=None)  # the client turn a companion turn answers
    lang: Mapped[str] = mapped_column(String(8))  # the plan's language when the turn was made
    created_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), default=None)
    # The crisis screen: on the client's text (client turns) or on the reply (companion turns).
    screen_level: Mapped[str | None] = mapped_column(String(10), default=None)
    screen_version: Mapped[str | None] = mapped_column(String(80), default=None)
    alert_id: Mapped[uuid.UUID | None] = mapped_column(default=None)  # safety's risk_alerts.id (another branch)
    # The output check (companion turns).
    blocked: Mapped[bool] = mapped_column(default=False)
    blocked_category: Mapped[str | None] = mapped_column(String(20), default=None)
    fallback: Mapped[str | None] = mapped_column(String(20), default=None)  # which written fallback was shown
    # The model call behind a reply (ids and figures only; the prompt is never stored).
    provider: Mapped[str | None] = mapped_column(String(64), default=None)
    model: Mapped[str | None] = mapped_column(String(120), default=None)
    prompt_id: Mapped[str | None] = mapped_column(String(80), default=None)
    prompt_version: Mapped[int | None] = mapped_column(default=None)
    call_id: Mapped[str | None] = mapped_column(String(64), default=None)
    latency_ms: Mapped[int | None] = mapped_column(default=None)  # from the client's message to the stored answer
    first_sentence_ms: Mapped[int | None] = mapped_column(default=None)
    flow_id: Mapped[uuid.UUID | None] = mapped_column(default=None, index=True)  # the guided flow a turn belongs to
    # The client's rating and report.
    rating: Mapped[str | None] = mapped_column(String(12), default=None)  # helpful | not_helpful
    rated_at: Mapped[datetime | None] = mapped_column(default=None)
    reported_at: Mapped[datetime | None] = mapped_column(default=None)
    # The clinician's annotation.
    annotation: Mapped[str | None] = mapped_column(String(10), default=None)  # good | problem
    annotated_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), default=None)
    annotated_at: Mapped[datetime | None] = mapped_column(default=None)
    # PHI, sealed with the client's data key.
    text_ct: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    blocked_text_ct: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    report_ct: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    annotation_note_ct: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)

    text = Encrypted("text_ct")  # what the client wrote, or what the client was shown
    blocked_text = Encrypted("blocked_text_ct")  # the reply the output check replaced (clinician only)
    report = Encrypted("report_ct")  # the client's words when reporting a reply
    annotation_note = Encrypted("annotation_note_ct")


class CompanionSummary(IdMixin, TimestampMixin, Base):
    """A between-session summary of a client's conversation with the companion, drafted by the model for the
    clinician only: every sentence carries the turns it rests on (grounded as session notes are) and whether the
    grounding supports it. A clinician marks it reviewed; a new draft is a new row."""

    __tablename__ = "companion_summaries"

    practice_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("practices.id"), index=True)
    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    created_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), default=None)
    status: Mapped[str] = mapped_column(String(10), default="queued")  # queued | drafting | ready | failed
    since: Mapped[datetime]  # the window summarised: since the last session, or the last 14 days
    until: Mapped[datetime]
    since_session: Mapped[bool] = mapped_column(default=False)  # the window starts at the last session
    turn_count: Mapped[int] = mapped_column(default=0)
    provider: Mapped[str | None] = mapped_column(String(64), default=None)
    model: Mapped[str | None] = mapped_column(String(120), default=None)
    prompt_id: Mapped[str | None] = mapped_column(String(80), default=None)
    prompt_version: Mapped[int | None] = mapped_column(default=None)
    grounding: Mapped[str | None] = mapped_column(String(20), default=None)  # lexical+embedding | lexical
    error: Mapped[str | None] = mapped_column(String(300), default=None)  # why a draft failed (no PHI)
    reviewed_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), default=None)
    reviewed_at: Mapped[datetime | None] = mapped_column(default=None)
    # PHI, sealed with the client's data key: {"sentences": [{"text", "evidence": [turn ids], "supported", ...}]}
    content_ct: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)

    content_json = Encrypted("content_ct")


class CompanionFlow(IdMixin, TimestampMixin, Base):
    """A guided exercise in the chat (companion/flows.py): its fixed steps, where the client is, the answers so far.

    Offered (the client asked for it), active, stopped (left; it can be resumed or abandoned), waiting (an activity
    planned, its mood after still to rate), done (the exercise record made), abandoned or declined. A risk answer
    stops it (`stop_reason` risk). `state_json` holds the answers as encrypted JSON.
    """

    __tablename__ = "companion_flows"

    practice_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("practices.id"), index=True)
    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    created_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), default=None)
    kind: Mapped[str] = mapped_column(String(40))  # a skill's library slug: thought-record ... communication-practice
    status: Mapped[str] = mapped_column(String(10), default="active")
    stop_reason: Mapped[str | None] = mapped_column(String(10), default=None)  # client | risk | other (a new flow)
    step: Mapped[int] = mapped_column(default=0)  # the index of the step the client answers next
    lang: Mapped[str] = mapped_column(String(8))
    assignment_id: Mapped[uuid.UUID | None] = mapped_column(default=None)  # homework_assignments.id it completes
    scenario_id: Mapped[uuid.UUID | None] = mapped_column(default=None)  # companion_scenarios.id (role-play)
    exercise_id: Mapped[uuid.UUID | None] = mapped_column(default=None)  # companion_exercises.id it made
    completed_at: Mapped[datetime | None] = mapped_column(default=None)
    screen_level: Mapped[str | None] = mapped_column(String(10), default=None)  # the highest over its answers
    screen_version: Mapped[str | None] = mapped_column(String(80), default=None)
    alert_id: Mapped[uuid.UUID | None] = mapped_column(default=None)
    state_ct: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)

    state_json = Encrypted("state_ct")


class CompanionScenario(IdMixin, AuthoredMixin, Base):
    """A communication-practice scenario the clinician set for a client: who the other person is, what the client
    wants to say, and optionally lines the other person might say (the scripted replies when no model answers)."""

    __tablename__ = "companion_scenarios"

    practice_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("practices.id"), index=True)
    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    other_person_ct: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    goal_ct: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    lines_ct: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)

    other_person = Encrypted("other_person_ct")
    goal = Encrypted("goal_ct")
    lines_json = Encrypted("lines_ct")  # JSON list of strings
