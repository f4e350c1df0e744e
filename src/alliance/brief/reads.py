"""Reads bounded to the brief's period that the other domains' services do not offer (their lists return a
client's whole history). The caller has authorized the client and audits the read; every query is by client
and period, one query per kind of record, so a year of daily data costs the same few queries as a week."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import and_, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from alliance.appointments.models import Appointment
from alliance.companion.models import ExerciseRecord
from alliance.homework.models import (
    ActivityEntry,
    ExposureSituation,
    ExposureStep,
    HomeworkAssignment,
    HomeworkEntry,
    MoodCheckIn,
    SleepDiaryEntry,
)
from alliance.notes.models import Note


async def last_held(session: AsyncSession, client_id: uuid.UUID,
                    before: datetime) -> tuple[str, uuid.UUID, datetime] | None:
    """The last session held before `before`: a completed appointment or a signed note, whichever is later."""
    appt = (await session.execute(select(Appointment.id, Appointment.starts_at).where(
        Appointment.client_id == client_id, Appointment.deleted_at.is_(None),
        Appointment.status == "completed", Appointment.starts_at < before)
        .order_by(Appointment.starts_at.desc()).limit(1))).first()
    note = (await session.execute(select(Note.id, Note.session_date).where(
        Note.client_id == client_id, Note.deleted_at.is_(None), Note.status == "signed",
        Note.session_date < before).order_by(Note.session_date.desc()).limit(1))).first()
    found = [("appointment", *appt)] if appt else []
    found += [("note", *note)] if note else []
    return max(found, key=lambda f: f[2]) if found else None


async def next_session(session: AsyncSession, client_id: uuid.UUID, after: datetime) -> Appointment | None:
    """The next scheduled session that starts after `after`."""
    return (await session.execute(select(Appointment).where(
        Appointment.client_id == client_id, Appointment.deleted_at.is_(None),
        Appointment.status == "scheduled", Appointment.starts_at >= after)
        .order_by(Appointment.starts_at).limit(1))).scalar_one_or_none()


async def checkins(session: AsyncSession, client_id: uuid.UUID, first: date,
                   last: date) -> Sequence[MoodCheckIn]:
    """Check-ins on the client's days first..last, oldest first."""
    return (await session.execute(select(MoodCheckIn).where(
        MoodCheckIn.client_id == client_id, MoodCheckIn.day >= first, MoodCheckIn.day <= last)
        .order_by(MoodCheckIn.day, MoodCheckIn.created_at))).scalars().all()


async def nights(session: AsyncSession, client_id: uuid.UUID, first: date,
                 last: date) -> Sequence[SleepDiaryEntry]:
    """Sleep diary nights whose morning is first..last, oldest first."""
    return (await session.execute(select(SleepDiaryEntry).where(
        SleepDiaryEntry.client_id == client_id, SleepDiaryEntry.day >= first, SleepDiaryEntry.day <= last)
        .order_by(SleepDiaryEntry.day))).scalars().all()


async def steps(session: AsyncSession, client_id: uuid.UUID, first: date,
                last: date) -> Sequence[tuple[ExposureStep, ExposureSituation]]:
    """Exposure steps on first..last with their situation, oldest first."""
    return (await session.execute(select(ExposureStep, ExposureSituation).join(
        ExposureSituation, ExposureSituation.id == ExposureStep.situation_id).where(
        ExposureStep.client_id == client_id, ExposureStep.day >= first, ExposureStep.day <= last)
        .order_by(ExposureStep.day, ExposureStep.created_at))).all()


async def assignments(session: AsyncSession, client_id: uuid.UUID, since: datetime,
                      until: datetime) -> Sequence[HomeworkAssignment]:
    """Homework in force at some time in the period (made before its end, not ended before its start)."""
    return (await session.execute(select(HomeworkAssignment).where(
        HomeworkAssignment.client_id == client_id, HomeworkAssignment.deleted_at.is_(None),
        HomeworkAssignment.created_at <= until,
        or_(HomeworkAssignment.ended_at.is_(None), HomeworkAssignment.ended_at >= since))
        .order_by(HomeworkAssignment.created_at))).scalars().all()


async def entries(session: AsyncSession, client_id: uuid.UUID, first_period: date, last: date,
                  assignment_ids: Sequence[uuid.UUID] = ()) -> Sequence[HomeworkEntry]:
    """Completions whose period starts first_period..last, and every completion of `assignment_ids` (one-off
    tasks, whose single period may have begun long before), newest first."""
    wanted = and_(HomeworkEntry.period_start >= first_period, HomeworkEntry.period_start <= last)
    if assignment_ids:
        wanted = or_(wanted, HomeworkEntry.assignment_id.in_(list(assignment_ids)))
    return (await session.execute(select(HomeworkEntry).where(HomeworkEntry.client_id == client_id, wanted)
        .order_by(HomeworkEntry.completed_at.desc()))).scalars().all()


async def exercises(session: AsyncSession, client_id: uuid.UUID,
                    ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, ExerciseRecord]:
    """The companion exercise records homework entries point to, by id (one query)."""
    if not ids:
        return {}
    rows = (await session.execute(select(ExerciseRecord).where(
        ExerciseRecord.client_id == client_id, ExerciseRecord.id.in_(list(ids))))).scalars().all()
    return {r.id: r for r in rows}


# The tool rows a record page shows, by the kind in its address.
TOOL_ROWS = {"check-in": MoodCheckIn, "sleep-diary": SleepDiaryEntry, "exposure": ExposureStep,
             "activity-log": ActivityEntry}


async def tool_row(session: AsyncSession, client_id: uuid.UUID, kind: str, row_id: uuid.UUID):  # noqa: ANN201
    """One of the client's tool rows (check-in, diary night, exposure step, activity), or None."""
    table = TOOL_ROWS.get(kind)
    row = await session.get(table, row_id) if table is not None else None
    return row if row is not None and row.client_id == client_id else None


async def situation(session: AsyncSession, situation_id: uuid.UUID) -> ExposureSituation | None:
    return await session.get(ExposureSituation, situation_id)
