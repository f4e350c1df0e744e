"""Measures in practice: assignments (what a client is asked to fill in, and when) and administrations.

Answers and results are PHI: they are stored as JSON sealed with the client's data key. Only the
instrument id, dates, status, language and source are in clear (they drive scheduling and reminders).
"""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import ForeignKey, LargeBinary, String, UniqueConstraint
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


class MeasureAdministration(IdMixin, AuthoredMixin, Base):
    """One filling-in of an instrument: due, in progress (answers kept), completed (scored) or expired."""

    __tablename__ = "measure_administrations"
    __table_args__ = (UniqueConstraint("assignment_id", "due_on", name="measure_administration_due"),)

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
