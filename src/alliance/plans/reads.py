"""Bulk reads for Today: the scores and logs of every client whose plan Today checks, in one query per kind.

The measures and homework services read one client at a time (authorizing and auditing each read); Today
checks a whole caseload, so it reads here instead, for clients the caller's list already authorized, and
audits the batch once (`progress.progress_by_client`). Rows come back as the services' own rows are shaped for
`progress.Values`.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import and_, select
from sqlalchemy.ext.asyncio import AsyncSession

from alliance.homework.models import (
    ActivityEntry,
    ExposureSituation,
    ExposureStep,
    MoodCheckIn,
    SleepDiaryEntry,
)
from alliance.measures.models import MeasureAdministration


@dataclass
class Rung:
    """A situation of the exposure hierarchy with its attempts (the fields progress reads)."""

    id: uuid.UUID
    suds: int
    created_at: datetime
    steps: list[ExposureStep] = field(default_factory=list)


async def scores(session: AsyncSession, client_ids: Iterable[uuid.UUID],
                 instruments: Iterable[str]) -> dict[tuple[uuid.UUID, str], list[MeasureAdministration]]:
    """Completed administrations by (client, instrument), oldest first."""
    ids, names = list(client_ids), list(instruments)
    out: dict[tuple[uuid.UUID, str], list[MeasureAdministration]] = {}
    if not ids or not names:
        return out
    rows = (await session.execute(select(MeasureAdministration).where(
        MeasureAdministration.client_id.in_(ids), MeasureAdministration.instrument.in_(names),
        MeasureAdministration.status == "completed", MeasureAdministration.deleted_at.is_(None))
        .order_by(MeasureAdministration.completed_at))).scalars().all()
    for row in rows:
        out.setdefault((row.client_id, row.instrument), []).append(row)
    return out


async def hierarchies(session: AsyncSession, client_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, list[Rung]]:
    """Each client's exposure hierarchy with the attempts at each situation."""
    ids = list(client_ids)
    if not ids:
        return {}
    # One statement: each situation with its attempts (none: one row with no step), attempts in date order.
    rows = (await session.execute(
        select(ExposureSituation, ExposureStep)
        .outerjoin(ExposureStep, and_(ExposureStep.situation_id == ExposureSituation.id,
                                      ExposureStep.client_id.in_(ids)))
        .where(ExposureSituation.client_id.in_(ids))
        .order_by(ExposureStep.day, ExposureStep.created_at))).all()
    situations = list({s.id: s for s, _ in rows}.values())
    rungs = {s.id: Rung(id=s.id, suds=s.suds, created_at=s.created_at) for s in situations}
    for _, st in rows:
        if st is not None:
            rungs[st.situation_id].steps.append(st)
    out: dict[uuid.UUID, list[Rung]] = {}
    for s in situations:
        out.setdefault(s.client_id, []).append(rungs[s.id])
    return out


async def logs(session: AsyncSession, client_ids: Iterable[uuid.UUID], kind: str) -> dict[uuid.UUID, list]:
    """A client's activity log, check-ins or sleep diary rows, oldest first."""
    ids = list(client_ids)
    model = {"activity": ActivityEntry, "checkins": MoodCheckIn, "sleep": SleepDiaryEntry}[kind]
    out: dict[uuid.UUID, list] = {}
    if not ids:
        return out
    for row in (await session.execute(select(model).where(model.client_id.in_(ids))
                                      .order_by(model.day))).scalars().all():
        out.setdefault(row.client_id, []).append(row)
    return out
