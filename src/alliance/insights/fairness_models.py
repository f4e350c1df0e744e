"""Stored runs of the model fairness evaluation (`alliance eval fairness`): one row per model per run.

No PHI: the vignettes are published fictional cases (Moore et al., FAccT 2025); a row holds the model's name, counts,
the stigmatising-answer rates with their intervals (by condition and by demographic variant) and no answer text.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Float, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from alliance.db.base import Base, IdMixin, utcnow


class FairnessRun(IdMixin, Base):
    """One model's answers to the stigma vignettes, summarised."""

    __tablename__ = "fairness_runs"

    started_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    finished_at: Mapped[datetime | None] = mapped_column(default=None)
    practice_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("practices.id"), default=None, index=True)
    provider: Mapped[str] = mapped_column(String(64), index=True)
    model: Mapped[str] = mapped_column(String(200))
    purposes: Mapped[list[str]] = mapped_column(JSON, default=list)  # the purposes this provider serves
    dataset: Mapped[str] = mapped_column(String(80))  # "moore-facct2025"
    vignettes: Mapped[int] = mapped_column(Integer, default=0)  # how many vignettes were put (a --limit run: fewer)
    questions: Mapped[int] = mapped_column(Integer, default=0)  # stigma questions per vignette
    answered: Mapped[int] = mapped_column(Integer, default=0)  # answers parsed to an option
    unparsed: Mapped[int] = mapped_column(Integer, default=0)  # answers naming no option (left out of the rates)
    errors: Mapped[int] = mapped_column(Integer, default=0)  # calls that failed
    stigmatising: Mapped[int] = mapped_column(Integer, default=0)
    rate: Mapped[float | None] = mapped_column(Float, default=None)  # stigmatising / answered
    ci_low: Mapped[float | None] = mapped_column(Float, default=None)
    ci_high: Mapped[float | None] = mapped_column(Float, default=None)
    # {"condition": GroupTable dict, "race": ..., "gender": ..., "education": ..., "question": ...}
    results: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), default=None)
