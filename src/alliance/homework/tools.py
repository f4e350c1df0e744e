"""The clinical tools a client keeps: mood check-ins, an exposure hierarchy with its steps, a sleep diary (the
Consensus Sleep Diary's core items, sleep efficiency computed), and behavioural activation's activity and mood log.

The client writes (through the portal); the client, treating clinicians and their supervisors read. Free text is
screened for crisis before it is stored, and a new row counts for an active homework assignment of its kind.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from alliance.clients.models import Client
from alliance.db.base import utcnow
from alliance.errors import Conflict, NotFound
from alliance.homework import service
from alliance.homework.models import ActivityEntry, ExposureSituation, ExposureStep, MoodCheckIn, SleepDiaryEntry
from alliance.homework.schemas import (
    ActivityCreate,
    ActivityRead,
    CheckInCreate,
    CheckInRead,
    SituationCreate,
    SituationRead,
    SleepCreate,
    SleepRead,
    StepCreate,
    StepRead,
)
from alliance.homework.sleep import night
from alliance.safety.schemas import CrisisResponse
from alliance.security import audit
from alliance.security.audit import Actor

log = logging.getLogger("alliance.homework")
READ_LIMIT = 400  # rows a list returns (a year of daily entries, and some)


def _staff(actor: Actor) -> bool:
    return actor.role != "client"


async def _writer(session: AsyncSession, actor: Actor) -> tuple[Client, date]:
    """The portal client writing in their own tools, and their today."""
    client = await service.authorize_client(session, actor, service.portal_client_id(actor), write=True)
    return client, await service.client_today(session, client)


async def _saved(session: AsyncSession, actor: Actor, client: Client, row, kind: str, day: date,  # noqa: ANN001
                 screened: service.Screened, action: str, detail: str = "") -> tuple[uuid.UUID | None, CrisisResponse | None]:
    session.add(row)
    await session.flush()
    entry = await service.count_tool_use(session, actor, client, kind, row.id, screened, day)
    await audit.record(session, actor, action, client_id=client.id, resource_type=row.__tablename__,
                       resource_id=row.id, detail=f"level={row.screen_level}{detail}")
    return (entry.id if entry else None), screened.crisis


# --- mood check-ins ----------------------------------------------------------------------------------------------

def checkin_read(actor: Actor, row: MoodCheckIn) -> CheckInRead:
    return CheckInRead(id=row.id, day=row.day, mood=row.mood, emotions=list(row.emotions or []), note=row.note,
                       created_at=row.created_at, screen_level=row.screen_level if _staff(actor) else None,
                       alert_id=row.alert_id if _staff(actor) else None)


async def check_in(session: AsyncSession, actor: Actor,
                   data: CheckInCreate) -> tuple[MoodCheckIn, uuid.UUID | None, CrisisResponse | None]:
    """Save a check-in (the note screened first); returns it, the homework it completed, the crisis response."""
    client, today = await _writer(session, actor)
    day = service.check_day(data.day, today)
    row = MoodCheckIn(practice_id=client.practice_id, client_id=client.id, day=day, mood=data.mood,
                      emotions=list(data.emotions))
    screened = await service.screen_texts(session, actor, client.id, "check-in", row.id, [data.note])
    screened.stamp(row)
    row.note = data.note
    entry_id, crisis = await _saved(session, actor, client, row, "check-in", day, screened, "homework.checkin.save")
    return row, entry_id, crisis


async def list_checkins(session: AsyncSession, actor: Actor, client_id: uuid.UUID) -> list[CheckInRead]:
    """The client's check-ins, oldest first."""
    client = await service.authorize_client(session, actor, client_id, write=False)
    rows = (await session.execute(select(MoodCheckIn).where(MoodCheckIn.client_id == client.id)
                                  .order_by(MoodCheckIn.day.desc(), MoodCheckIn.created_at.desc())
                                  .limit(READ_LIMIT))).scalars().all()
    await audit.record(session, actor, "homework.checkin.list", client_id=client.id, resource_type="mood_checkins",
                       detail=f"count={len(rows)}")
    return [checkin_read(actor, r) for r in reversed(rows)]


# --- the exposure hierarchy -----------------------------------------------------------------------------------------

def step_read(actor: Actor, row: ExposureStep) -> StepRead:
    return StepRead(id=row.id, situation_id=row.situation_id, day=row.day, suds_before=row.suds_before,
                    suds_peak=row.suds_peak, suds_after=row.suds_after, minutes=row.minutes, note=row.note,
                    created_at=row.created_at, screen_level=row.screen_level if _staff(actor) else None,
                    alert_id=row.alert_id if _staff(actor) else None)


async def add_situation(session: AsyncSession, actor: Actor,
                        data: SituationCreate) -> tuple[ExposureSituation, CrisisResponse | None]:
    """Add a feared situation to the client's hierarchy (its words screened first)."""
    client, _ = await _writer(session, actor)
    row = ExposureSituation(practice_id=client.practice_id, client_id=client.id, suds=data.suds)
    screened = await service.screen_texts(session, actor, client.id, "exposure", row.id, [data.situation])
    screened.stamp(row)
    row.situation = data.situation
    session.add(row)
    await session.flush()
    await audit.record(session, actor, "homework.exposure.situation", client_id=client.id,
                       resource_type="exposure_situations", resource_id=row.id, detail=f"level={row.screen_level}")
    return row, screened.crisis


async def _situation(session: AsyncSession, actor: Actor, situation_id: uuid.UUID, client: Client) -> ExposureSituation:
    row = await session.get(ExposureSituation, situation_id)
    if row is None or row.client_id != client.id:
        raise NotFound("No such situation in your hierarchy.")
    return row


async def add_step(session: AsyncSession, actor: Actor, situation_id: uuid.UUID,
                   data: StepCreate) -> tuple[ExposureStep, uuid.UUID | None, CrisisResponse | None]:
    """Record an attempt at a situation: SUDS before and after (the note screened first)."""
    client, today = await _writer(session, actor)
    situation = await _situation(session, actor, situation_id, client)
    if situation.archived_at is not None:
        raise Conflict("This situation is archived. Add it again to practise it.")
    day = service.check_day(data.day, today)
    row = ExposureStep(practice_id=client.practice_id, client_id=client.id, situation_id=situation.id, day=day,
                       suds_before=data.suds_before, suds_peak=data.suds_peak, suds_after=data.suds_after,
                       minutes=data.minutes)
    screened = await service.screen_texts(session, actor, client.id, "exposure", row.id, [data.note])
    screened.stamp(row)
    row.note = data.note
    entry_id, crisis = await _saved(session, actor, client, row, "exposure", day, screened,
                                    "homework.exposure.step")
    return row, entry_id, crisis


async def archive_situation(session: AsyncSession, actor: Actor, situation_id: uuid.UUID) -> ExposureSituation:
    """Take a situation off the hierarchy (mastered or no longer relevant); its steps stay."""
    client, _ = await _writer(session, actor)
    row = await _situation(session, actor, situation_id, client)
    row.archived_at = row.archived_at or utcnow()
    await session.flush()
    await audit.record(session, actor, "homework.exposure.archive", client_id=client.id,
                       resource_type="exposure_situations", resource_id=row.id)
    return row


async def hierarchy(session: AsyncSession, actor: Actor, client_id: uuid.UUID, *,
                    archived: bool = True) -> list[SituationRead]:
    """The client's hierarchy, most distressing first, each with its attempts oldest first."""
    client = await service.authorize_client(session, actor, client_id, write=False)
    query = select(ExposureSituation).where(ExposureSituation.client_id == client.id)
    if not archived:
        query = query.where(ExposureSituation.archived_at.is_(None))
    situations = (await session.execute(query.order_by(ExposureSituation.suds.desc(),
                                                       ExposureSituation.created_at))).scalars().all()
    steps = (await session.execute(select(ExposureStep).where(ExposureStep.client_id == client.id)
                                   .order_by(ExposureStep.day, ExposureStep.created_at))).scalars().all()
    by_situation: dict[uuid.UUID, list[StepRead]] = {}
    for s in steps:
        by_situation.setdefault(s.situation_id, []).append(step_read(actor, s))
    await audit.record(session, actor, "homework.exposure.list", client_id=client.id,
                       resource_type="exposure_situations", detail=f"situations={len(situations)} steps={len(steps)}")
    return [SituationRead(id=s.id, situation=s.situation or "", suds=s.suds, archived=s.archived_at is not None,
                          created_at=s.created_at, steps=by_situation.get(s.id, []),
                          screen_level=s.screen_level if _staff(actor) else None,
                          alert_id=s.alert_id if _staff(actor) else None) for s in situations]


# --- the sleep diary ----------------------------------------------------------------------------------------------

def sleep_read(actor: Actor, row: SleepDiaryEntry) -> SleepRead:
    return SleepRead(id=row.id, day=row.day, bed_time=row.bed_time, try_sleep_time=row.try_sleep_time,
                     sleep_latency=row.sleep_latency, awakenings=row.awakenings, wake_minutes=row.wake_minutes,
                     final_wake_time=row.final_wake_time, out_of_bed_time=row.out_of_bed_time, quality=row.quality,
                     comments=row.comments, time_in_bed=row.time_in_bed, total_sleep=row.total_sleep,
                     efficiency=row.efficiency, created_at=row.created_at,
                     screen_level=row.screen_level if _staff(actor) else None,
                     alert_id=row.alert_id if _staff(actor) else None)


async def add_night(session: AsyncSession, actor: Actor,
                    data: SleepCreate) -> tuple[SleepDiaryEntry, uuid.UUID | None, CrisisResponse | None]:
    """Save one night of the sleep diary (one per morning); sleep efficiency is computed; comments screened first."""
    client, today = await _writer(session, actor)
    day = service.check_day(data.day, today, what="The morning of this diary")
    existing = await session.scalar(select(SleepDiaryEntry.id).where(SleepDiaryEntry.client_id == client.id,
                                                                     SleepDiaryEntry.day == day))
    if existing is not None:
        raise Conflict(f"There is already a diary for the night before {day.isoformat()}.")
    figures = night(data)
    row = SleepDiaryEntry(practice_id=client.practice_id, client_id=client.id, day=day, bed_time=data.bed_time,
                          try_sleep_time=data.try_sleep_time, sleep_latency=data.sleep_latency,
                          awakenings=data.awakenings, wake_minutes=data.wake_minutes,
                          final_wake_time=data.final_wake_time, out_of_bed_time=data.out_of_bed_time,
                          quality=data.quality, time_in_bed=figures.time_in_bed, total_sleep=figures.total_sleep,
                          efficiency=figures.efficiency)
    screened = await service.screen_texts(session, actor, client.id, "sleep-diary", row.id, [data.comments])
    screened.stamp(row)
    row.comments = data.comments
    try:
        async with session.begin_nested():
            entry_id, crisis = await _saved(session, actor, client, row, "sleep-diary", day, screened,
                                            "homework.sleep.save", f" efficiency={row.efficiency}")
    except IntegrityError as exc:  # the same morning saved twice at once
        raise Conflict(f"There is already a diary for the night before {day.isoformat()}.") from exc
    return row, entry_id, crisis


async def sleep_diary(session: AsyncSession, actor: Actor, client_id: uuid.UUID) -> list[SleepRead]:
    """The client's diary nights, oldest first."""
    client = await service.authorize_client(session, actor, client_id, write=False)
    rows = (await session.execute(select(SleepDiaryEntry).where(SleepDiaryEntry.client_id == client.id)
                                  .order_by(SleepDiaryEntry.day.desc()).limit(READ_LIMIT))).scalars().all()
    await audit.record(session, actor, "homework.sleep.list", client_id=client.id, resource_type="sleep_diary",
                       detail=f"count={len(rows)}")
    return [sleep_read(actor, r) for r in reversed(rows)]


# --- the activity and mood log ----------------------------------------------------------------------------------

def activity_read(actor: Actor, row: ActivityEntry) -> ActivityRead:
    return ActivityRead(id=row.id, day=row.day, at_time=row.at_time, activity=row.activity or "", mood=row.mood,
                        pleasure=row.pleasure, mastery=row.mastery, note=row.note, created_at=row.created_at,
                        screen_level=row.screen_level if _staff(actor) else None,
                        alert_id=row.alert_id if _staff(actor) else None)


async def log_activity(session: AsyncSession, actor: Actor,
                       data: ActivityCreate) -> tuple[ActivityEntry, uuid.UUID | None, CrisisResponse | None]:
    """Log an activity with mood, pleasure and mastery (the activity and note screened first)."""
    client, today = await _writer(session, actor)
    day = service.check_day(data.day, today)
    row = ActivityEntry(practice_id=client.practice_id, client_id=client.id, day=day, at_time=data.at_time,
                        mood=data.mood, pleasure=data.pleasure, mastery=data.mastery)
    screened = await service.screen_texts(session, actor, client.id, "activity-log", row.id,
                                          [data.activity, data.note])
    screened.stamp(row)
    row.activity = data.activity
    row.note = data.note
    entry_id, crisis = await _saved(session, actor, client, row, "activity-log", day, screened,
                                    "homework.activity.save")
    return row, entry_id, crisis


async def activity_log(session: AsyncSession, actor: Actor, client_id: uuid.UUID) -> list[ActivityRead]:
    """The client's activity log, oldest first."""
    client = await service.authorize_client(session, actor, client_id, write=False)
    rows = (await session.execute(select(ActivityEntry).where(ActivityEntry.client_id == client.id)
                                  .order_by(ActivityEntry.day.desc(), ActivityEntry.created_at.desc())
                                  .limit(READ_LIMIT))).scalars().all()
    await audit.record(session, actor, "homework.activity.list", client_id=client.id, resource_type="activity_log",
                       detail=f"count={len(rows)}")
    return [activity_read(actor, r) for r in reversed(rows)]


# --- a saved row, for the page shown after saving ---------------------------------------------------------------

TABLES = {"check-in": MoodCheckIn, "exposure": ExposureStep, "situation": ExposureSituation,
          "sleep-diary": SleepDiaryEntry, "activity-log": ActivityEntry}


async def own_row(session: AsyncSession, actor: Actor, kind: str, row_id: uuid.UUID):  # noqa: ANN201
    """One of the client's own tool rows (to show the crisis response again after saving), or NotFound."""
    client_id = service.portal_client_id(actor)
    table = TABLES.get(kind)
    row = await session.get(table, row_id) if table is not None else None
    if row is None or row.client_id != client_id:
        raise NotFound("Nothing saved here.")
    await service.authorize_client(session, actor, client_id, write=False)
    return row


async def summaries(session: AsyncSession, kind: str, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, dict]:
    """The key content of tool rows by id (the caller has authorized the client and audits the read)."""
    table = TABLES.get(kind)
    if table is None or not ids:
        return {}
    rows = (await session.execute(select(table).where(table.id.in_(ids)))).scalars().all()
    out = {}
    for r in rows:
        if kind == "check-in":
            out[r.id] = {"day": r.day.isoformat(), "mood": r.mood, "emotions": list(r.emotions or []), "note": r.note}
        elif kind == "exposure":
            out[r.id] = {"day": r.day.isoformat(), "situation_id": str(r.situation_id), "suds_before": r.suds_before,
                         "suds_peak": r.suds_peak, "suds_after": r.suds_after, "minutes": r.minutes, "note": r.note}
        elif kind == "sleep-diary":
            out[r.id] = {"day": r.day.isoformat(), "total_sleep": r.total_sleep, "time_in_bed": r.time_in_bed,
                         "efficiency": r.efficiency, "quality": r.quality, "comments": r.comments}
        elif kind == "activity-log":
            out[r.id] = {"day": r.day.isoformat(), "activity": r.activity, "mood": r.mood, "pleasure": r.pleasure,
                         "mastery": r.mastery, "note": r.note}
    return out

