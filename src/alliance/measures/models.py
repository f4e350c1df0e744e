"""Measures in practice: assignments (what a client is asked to fill in, and when) and administrations.

Answers and results are PHI: they are stored as JSON sealed with the client's data key. Only the
instrument id, dates, status, language and source are in clear (they drive scheduling and reminders).
"""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, LargeBinary, String, UniqueConstraint, false, text
from sqlalchemy.orm import Mapped, mapped_column

from alliance.db.base import AuthoredMixin, Base, IdMixin
from alliance.security.crypto import Encrypted

SCHEDULES = ("once", "every_session", "weekly", "monthly")
STATUSES = ("due", "in_progress", "completed", "expired")
SOURCES = ("portal", "clinician", "fhir_import")
OPEN = ("due", "in_progress")


class MeasureAssignment(IdMixin, AuthoredMixin, Base):
    """A clinician asks a client to complete an instrument once or on a schedule."""

    __tablename__ = "measure_assignments"

    practice_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("practices.id"), index=True)
    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    instrument: Mapped[str] = mapped_column(String(40))
    schedule: Mapped[str] = mapped_column(String(20))  # once | every_session | weekly | monthly
    start_date: Mapped[date]
    active: Mapped[bool] = mapped_column(default=True, index=True)
    assigned_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), default=None)
    ended_at: Mapped[datetime | None] = mapped_column(default=None)


# The rows the outcome figures read (alliance.insights.outcomes uses the same text so the partial indexes apply).
SCORED = "score_total IS NOT NULL AND deleted_at IS NULL"
LATEST = "score_total IS NOT NULL AND deleted_at IS NULL AND score_latest"


class MeasureAdministration(IdMixin, AuthoredMixin, Base):
    """One filling-in of an instrument: due, in progress (answers kept), completed (scored) or expired."""

    __tablename__ = "measure_administrations"
    __table_args__ = (UniqueConstraint("assignment_id", "due_on", name="measure_administration_due"),
                      # Outcome aggregates (alliance.insights) read these indexes alone: every scored row of a
                      # series, and the latest of each series, which carries the first total (2 rows a client).
                      Index("ix_measure_administrations_outcomes", "practice_id", "instrument", "client_id",
                            "score_seq", "score_total", "completed_at",
                            sqlite_where=text(SCORED), postgresql_where=text(SCORED)),
                      Index("ix_measure_administrations_latest", "practice_id", "client_id", "instrument",
                            "score_first", "score_total", "score_seq", "completed_at",
                            sqlite_where=text(LATEST), postgresql_where=text(LATEST)))

    practice_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("practices.id"), index=True)
    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    assignment_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("measure_assignments.id", ondelete="SET NULL"), default=None, index=True)
    instrument: Mapped[str] = mapped_column(String(40), index=True)
    due_on: Mapped[date]
    due_at: Mapped[datetime] = mapped_column(index=True)
    status: Mapped[str] = mapped_column(String(20), default="due", index=True)
    language: Mapped[str] = mapped_column(String(8), default="en")
    source: Mapped[str] = mapped_column(String(20), default="portal")  # portal | clinician | fhir_import
    completed_at: Mapped[datetime | None] = mapped_column(default=None, index=True)
    reminded_at: Mapped[datetime | None] = mapped_column(default=None)
    answers_ct: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    result_ct: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    # The total in plain form (set when scored) so outcome figures are SQL aggregates (alliance.insights; the
    # trade-off is in docs/privacy.md): a number and a client id, no name or text.
    score_total: Mapped[int | None] = mapped_column(default=None)
    # Place in the client's series on this instrument (1 = first, by completion time), whether it is the latest, and
    # the series' first total: the latest row alone gives a course's start, end and length.
    score_seq: Mapped[int | None] = mapped_column(default=None)
    score_latest: Mapped[bool] = mapped_column(default=False, server_default=false())
    score_first: Mapped[int | None] = mapped_column(default=None)  # the series' first total (its baseline)

    answers_json = Encrypted("answers_ct")
    result_json = Encrypted("result_ct")

    @property
    def answers(self) -> dict[str, int | None]:
        """The answers given so far, by item id (partial while in progress)."""
        raw = self.answers_json
        return json.loads(raw) if raw else {}

    @answers.setter
    def answers(self, value: dict[str, int | None]) -> None:
        self.answers_json = json.dumps(value, sort_keys=True)

    @property
    def result(self) -> dict[str, Any] | None:
        """The scored result (alliance.measures.ScoreResult as a dict), once completed."""
        raw = self.result_json
        return json.loads(raw) if raw else None

    @result.setter
    def result(self, value: dict[str, Any] | None) -> None:
        self.result_json = None if value is None else json.dumps(value, sort_keys=True, default=str)

    @property
    def total(self) -> int | None:
        """The total score, if scored."""
        return (self.result or {}).get("total")

    @property
    def severity(self) -> str | None:
        """The band (or triage level) name as the manual writes it."""
        return (self.result or {}).get("severity")

    @property
    def flags(self) -> list[str]:
        """Every flag of the result."""
        return list((self.result or {}).get("flags") or [])

    @property
    def risk_flags(self) -> list[str]:
        """Flags that raised a risk alert."""
        return list((self.result or {}).get("risk_flags") or [])
