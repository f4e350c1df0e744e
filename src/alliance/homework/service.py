"""Homework: the clinician assigns an exercise or tool (once, daily, weekly or by a date) with a note in their words;
the client completes it in the portal; completion, results and what is overdue are worked out in the client's
time zone.

Exercises the companion has as forms (thought record, behavioural activation, paced breathing, grounding) are done
through the companion service and stored as its exercise records; the homework entry points to that record. The
forms only homework has (worry log, journal, communication practice) are stored here. The tools (check-ins, exposure,
sleep diary, activity log) live in `tools.py`; a tool's row counts for an assignment of its kind automatically.

Every free text a client writes is screened for crisis before it is stored (`screen_texts`), as messages are.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from alliance.clients.models import Client
from alliance.companion import service as companion_service
from alliance.companion.schemas import (
    ActivationDone,
    ActivationPlanCreate,
    BreathingCreate,
    GroundingCreate,
    ThoughtRecordCreate,
)
from alliance.db.base import utcnow
from alliance.errors import BadRequest, Conflict, Forbidden, NotFound
from alliance.homework.models import HomeworkAssignment, HomeworkEntry
from alliance.homework.schemas import (
    KINDS,
    HomeworkCreate,
    HomeworkRead,
    CommunicationCreate,
    EntryRead,
    JournalCreate,
    WorryLogCreate,
)
from alliance.safety import service as safety_service
from alliance.safety.levels import Level
from alliance.safety.schemas import CrisisResponse
from alliance.security import audit
from alliance.security.audit import Actor
from alliance.security.authz import Action, authorize, kept_visible_clients
from alliance.web.timefmt import to_local

log = logging.getLogger("alliance.homework")

# How far back a client may date a diary night, a check-in or a step (and how far ahead a clinician may start).
BACKDATE_DAYS = 60
AHEAD_DAYS = 365
# What each kind's completion is parsed into.
PAYLOADS: dict[str, type[BaseModel]] = {
    "thought-record": ThoughtRecordCreate,
    "behavioural-activation": ActivationPlanCreate,
    "paced-breathing": BreathingCreate,
    "grounding-54321": GroundingCreate,
    "worry-log": WorryLogCreate,
    "journal": JournalCreate,
    "communication-practice": CommunicationCreate,
}
# Where each tool is kept in the portal.
TOOL_PAGES = {"check-in": "/portal/practice/check-in", "exposure": "/portal/practice/exposure",
              "sleep-diary": "/portal/practice/sleep-diary", "activity-log": "/portal/practice/activity-log"}


def title(kind: str) -> str:
    return KINDS[kind][0] if kind in KINDS else kind


def how(kind: str) -> str:
    """exercise (a companion form), form (a homework form) or tool."""
    return KINDS[kind][1] if kind in KINDS else "form"


# --- authorization and time ---------------------------------------------------------------------------------

async def authorize_client(session: AsyncSession, actor: Actor, client_id: uuid.UUID, *, write: bool) -> Client:
    """The client themself through the portal; staff as clinical.read / clinical.write allow (never admins)."""
    if actor.role == "client":
        return await authorize(session, actor, Action.portal, client_id)
    return await authorize(session, actor, Action.clinical_write if write else Action.clinical_read, client_id)


def portal_client_id(actor: Actor) -> uuid.UUID:
    """The client behind a portal actor, or Forbidden for anyone else."""
    if actor.role != "client" or actor.client_id is None:
        raise Forbidden("Only clients use the portal.")
    return actor.client_id


async def client_zone(session: AsyncSession, client: Client) -> str:
    """The client's time zone, else the practice's."""
    if client.timezone:
        return client.timezone
    from alliance.practices.service import timezone_of

    return await timezone_of(session, client.practice_id)


async def client_today(session: AsyncSession, client: Client) -> date:
    """Today's date where the client lives."""
    return to_local(utcnow(), await client_zone(session, client)).date()


def check_day(day: date | None, today: date, *, what: str = "The day") -> date:
    """A day the client writes about: today when empty, never after today, at most BACKDATE_DAYS back."""
    if day is None:
        return today
    if day > today:
        raise BadRequest(f"{what} is after today ({today.isoformat()} where you are). Choose today or an earlier day.")
    if day < today - timedelta(days=BACKDATE_DAYS):
        raise BadRequest(f"{what} is more than {BACKDATE_DAYS} days ago. Choose a day since "
                         f"{(today - timedelta(days=BACKDATE_DAYS)).isoformat()}.")
    return day


# --- screening ----------------------------------------------------------------------------------------------

@dataclass
class Screened:
    """The crisis screen's verdict over a record's free text."""

    level: Level = Level.NONE
    version: str | None = None
    alert_id: uuid.UUID | None = None
    crisis: CrisisResponse | None = None

    def stamp(self, row) -> None:  # noqa: ANN001 - any ScreenedMixin row
        """Write the verdict onto the row (the highest level it ever had stays)."""
        before = Level.parse(row.screen_level) if row.screen_level else Level.NONE
        row.screen_level = str(max(before, self.level))
        row.screen_version = self.version or row.screen_version
        row.alert_id = self.alert_id or row.alert_id


async def screen_texts(session: AsyncSession, actor: Actor, client_id: uuid.UUID, source: str, source_id: uuid.UUID,
                       texts: Sequence[str | None]) -> Screened:
    """Screen each free-text answer in turn (the earlier ones as context), before it is stored; the highest level
    counts. At moderate or above the clinician is alerted and AI features pause, as for messages."""
    result = Screened()
    context: list[str] = []
    for text in texts:
        if not text:
            continue
        escalation = await safety_service.screen_client_text(session, actor, client_id, text, source=source,
                                                             source_id=str(source_id), context=context[-3:])
        screening = escalation.screening
        level = Level.parse(screening.level)  # type: ignore[attr-defined]
        result.version = screening.version  # type: ignore[attr-defined]
        if escalation.response is not None and (result.crisis is None or level > result.level):
            result.crisis = escalation.response
        result.level = max(result.level, level)
        if escalation.alert is not None:
            result.alert_id = escalation.alert.id
        context.append(text)
    return result


async def crisis_for(session: AsyncSession, row) -> CrisisResponse | None:  # noqa: ANN001
    """The crisis response a stored row's text called for (shown again after saving), or None."""
    return await safety_service.crisis_response_again(session, row.client_id, row.screen_level, row.alert_id)


# --- schedules ------------------------------------------------------------------------------------------------

def _last_day(a: HomeworkAssignment, today: date) -> date:
    last = today
    if a.ends_on is not None:
        last = min(last, a.ends_on)
    if a.ended_at is not None:
        last = min(last, a.ended_at.date())
    return last


def period_for(a: HomeworkAssignment, day: date) -> date:
    """The first day of the period a completion on `day` counts for."""
    if a.schedule in ("once", "by_date") or day <= a.starts_on:
        return a.starts_on
    if a.schedule == "daily":
        return day
    return a.starts_on + timedelta(days=7 * ((day - a.starts_on).days // 7))


def periods(a: HomeworkAssignment, today: date) -> list[date]:
    """The periods so far (their first days), oldest first; empty before the first day."""
    if today < a.starts_on:
        return []
    if a.schedule in ("once", "by_date"):
        return [a.starts_on]
    last = _last_day(a, today)
    step = 1 if a.schedule == "daily" else 7
    out, day = [], a.starts_on
    while day <= last:
        out.append(day)
        day += timedelta(days=step)
    return out


def standing(a: HomeworkAssignment, entries: Sequence[HomeworkEntry], today: date) -> dict:
    """Done, expected, done now, missed and overdue for an assignment on the client's `today`."""
    done_periods = {e.period_start for e in entries}
    ps = periods(a, today)
    done_now = bool(ps) and ps[-1] in done_periods
    if a.schedule == "once":
        missed, overdue = 0, False
    elif a.schedule == "by_date":
        late = a.due_on is not None and today > a.due_on and not done_periods
        missed, overdue = int(late), late and a.status == "active"
    else:
        current_open = bool(ps) and ps[-1] == period_for(a, today) and a.status == "active"
        past = ps[:-1] if current_open else ps
        missed = sum(1 for p in past if p not in done_periods)
        overdue = (a.status == "active" and current_open and len(ps) >= 2 and ps[-2] not in done_periods
                   and not done_now)
    last = max((e.completed_at for e in entries), default=None)
    return {"done": len(done_periods), "expected": len(ps), "done_now": done_now, "missed": missed,
            "overdue": overdue, "last_done_at": last}


def assignment_read(a: HomeworkAssignment, entries: Sequence[HomeworkEntry], today: date) -> HomeworkRead:
    """An assignment as the API and pages show it (decrypted), with where it stands."""
    return HomeworkRead(id=a.id, client_id=a.client_id, kind=a.kind, title=title(a.kind), schedule=a.schedule,
                          starts_on=a.starts_on, due_on=a.due_on, ends_on=a.ends_on, status=a.status, note=a.note,
                          prompts=json.loads(a.prompts_json or "[]"), created_at=a.created_at,
                          created_by=a.created_by, **standing(a, entries, today))


# --- the clinician's side -------------------------------------------------------------------------------------

async def assign(session: AsyncSession, actor: Actor, client_id: uuid.UUID, data: HomeworkCreate,
                 ) -> HomeworkAssignment:
    """Assign an exercise or tool to the client (treating clinicians); the note and questions are encrypted."""
    client = await authorize(session, actor, Action.clinical_write, client_id)
    today = await client_today(session, client)
    starts = data.starts_on or today
    if starts < today:
        raise BadRequest(f"The first day is before today ({today.isoformat()} in the client's time zone).")
    if starts > today + timedelta(days=AHEAD_DAYS):
        raise BadRequest("The first day is more than a year ahead.")
    if data.schedule == "by_date" and data.due_on is not None and data.due_on < today:
        raise BadRequest(f"The due day is before today ({today.isoformat()} in the client's time zone).")
    row = HomeworkAssignment(practice_id=client.practice_id, client_id=client.id, kind=data.kind,
                             schedule=data.schedule, starts_on=starts,
                             due_on=data.due_on if data.schedule == "by_date" else None,
                             ends_on=data.ends_on if data.schedule in ("daily", "weekly") else None,
                             status="active", created_by=actor.user_id, updated_by=actor.user_id)
    row.note = data.note
    row.prompts_json = json.dumps(data.prompts, ensure_ascii=False) if data.prompts else None
    session.add(row)
    await session.flush()
    await audit.record(session, actor, "homework.assign", client_id=client.id, resource_type="homework_assignment",
                       resource_id=row.id, detail=f"kind={row.kind} schedule={row.schedule}")
    log.info("homework %s (%s, %s) assigned to client %s", row.id, row.kind, row.schedule, client.id)
    return row


async def _assignment(session: AsyncSession, actor: Actor, assignment_id: uuid.UUID, *,
                      write: bool) -> tuple[HomeworkAssignment, Client]:
    row = await session.get(HomeworkAssignment, assignment_id)
    if row is None or row.practice_id != actor.practice_id or row.deleted_at is not None:
        raise NotFound("No such homework.")
    if actor.role == "client" and row.client_id != actor.client_id:
        raise NotFound("No such homework.")
    client = await authorize_client(session, actor, row.client_id, write=write)
    return row, client


async def end_assignment(session: AsyncSession, actor: Actor, assignment_id: uuid.UUID) -> HomeworkAssignment:
    """Stop the homework (treating clinicians); what was done stays."""
    if actor.role == "client":
        raise Forbidden("Your clinician ends homework.")
    row, client = await _assignment(session, actor, assignment_id, write=True)
    if row.status == "ended":
        raise Conflict("This homework has already ended.")
    row.status = "ended"
    row.ended_at = utcnow()
    row.updated_by = actor.user_id
    await session.flush()
    await audit.record(session, actor, "homework.end", client_id=client.id, resource_type="homework_assignment",
                       resource_id=row.id)
    return row


async def _entries_by_assignment(session: AsyncSession, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, list]:
    out: dict[uuid.UUID, list[HomeworkEntry]] = {i: [] for i in ids}
    if ids:
        rows = (await session.execute(select(HomeworkEntry).where(HomeworkEntry.assignment_id.in_(ids))
                                      .order_by(HomeworkEntry.completed_at))).scalars()
        for e in rows:
            out[e.assignment_id].append(e)
    return out


async def list_assignments(session: AsyncSession, actor: Actor, client_id: uuid.UUID, *,
                           active_only: bool = False) -> list[HomeworkRead]:
    """The client's homework with where each stands today, newest first (the client, treating clinicians,
    their supervisors)."""
    client = await authorize_client(session, actor, client_id, write=False)
    query = select(HomeworkAssignment).where(HomeworkAssignment.client_id == client.id,
                                             HomeworkAssignment.deleted_at.is_(None))
    if active_only:
        query = query.where(HomeworkAssignment.status == "active")
    rows = (await session.execute(query.order_by(HomeworkAssignment.created_at.desc()))).scalars().all()
    today = await client_today(session, client)
    entries = await _entries_by_assignment(session, [r.id for r in rows])
    await audit.record(session, actor, "homework.list", client_id=client.id, resource_type="homework_assignment",
                       detail=f"count={len(rows)}")
    return [assignment_read(r, entries[r.id], today) for r in rows]


async def get_assignment(session: AsyncSession, actor: Actor, assignment_id: uuid.UUID) -> HomeworkRead:
    """One assignment with where it stands (audited)."""
    row, client = await _assignment(session, actor, assignment_id, write=False)
    entries = await _entries_by_assignment(session, [row.id])
    await audit.record(session, actor, "homework.read", client_id=client.id, resource_type="homework_assignment",
                       resource_id=row.id)
    return assignment_read(row, entries[row.id], await client_today(session, client))


async def _tool_data(session: AsyncSession, entries: Sequence[HomeworkEntry]) -> dict[uuid.UUID, dict]:
    """The key content of the tool rows entries point to, by row id (one query per tool)."""
    from alliance.homework import tools

    wanted: dict[str, list[uuid.UUID]] = {}
    for e in entries:
        if e.record_id is not None:
            wanted.setdefault(e.kind, []).append(e.record_id)
    out: dict[uuid.UUID, dict] = {}
    for kind, ids in wanted.items():
        out |= await tools.summaries(session, kind, ids)
    return out


async def list_entries(session: AsyncSession, actor: Actor, client_id: uuid.UUID, *,
                       limit: int = 100) -> list[EntryRead]:
    """The client's completed homework, newest first, with what they wrote or recorded (decrypted)."""
    client = await authorize_client(session, actor, client_id, write=False)
    rows = (await session.execute(select(HomeworkEntry).where(HomeworkEntry.client_id == client.id)
                                  .order_by(HomeworkEntry.completed_at.desc()).limit(limit))).scalars().all()
    exercises = {}
    if any(r.exercise_id for r in rows):
        exercises = {x.id: x for x in await companion_service.list_exercises(session, actor, client.id, limit=500)}
    tools = await _tool_data(session, rows)
    await audit.record(session, actor, "homework.entry.list", client_id=client.id, resource_type="homework_entry",
                       detail=f"count={len(rows)}")
    return [entry_read(actor, r, exercises=exercises, tools=tools) for r in rows]


def entry_read(actor: Actor, row: HomeworkEntry, *, exercises: dict | None = None,
               tools: dict | None = None) -> EntryRead:
    """A completion as its reader sees it: the screen's verdict is for staff only."""
    data: dict = json.loads(row.data_json or "{}")
    level, alert = row.screen_level, row.alert_id
    if row.exercise_id and exercises and row.exercise_id in exercises:
        record = exercises[row.exercise_id]
        data = dict(record.data) | {"status": record.status}
        level, alert = record.screen_level or level, record.alert_id or alert
    elif row.record_id and tools and row.record_id in tools:
        data = tools[row.record_id]
    staff = actor.role != "client"
    return EntryRead(id=row.id, assignment_id=row.assignment_id, kind=row.kind, title=title(row.kind),
                     period_start=row.period_start, completed_at=row.completed_at, exercise_id=row.exercise_id,
                     record_id=row.record_id, data=data, screen_level=level if staff else None,
                     alert_id=alert if staff else None)


async def get_entry(session: AsyncSession, actor: Actor, entry_id: uuid.UUID) -> tuple[HomeworkEntry, EntryRead]:
    """One completion, for someone who may read the client's records (audited)."""
    row = await session.get(HomeworkEntry, entry_id)
    if row is None or row.practice_id != actor.practice_id or (
            actor.role == "client" and row.client_id != actor.client_id):
        raise NotFound("No such homework entry.")
    await authorize_client(session, actor, row.client_id, write=False)
    exercises = {}
    if row.exercise_id:
        record = await companion_service.get_exercise(session, actor, row.exercise_id)
        exercises = {record.id: companion_service.exercise_read(actor, record)}
    tools = await _tool_data(session, [row])
    await audit.record(session, actor, "homework.entry.read", client_id=row.client_id,
                       resource_type="homework_entry", resource_id=row.id)
    return row, entry_read(actor, row, exercises=exercises, tools=tools)


async def entry_crisis(session: AsyncSession, row: HomeworkEntry) -> CrisisResponse | None:
    """The crisis response a completion's text called for (an exercise's verdict is copied onto its entry)."""
    return await crisis_for(session, row)


# --- the client's side ------------------------------------------------------------------------------------------

def answers_model(kind: str) -> type[BaseModel]:
    """The shape a completion of this kind takes (tools are kept on their own pages)."""
    if kind not in PAYLOADS:
        raise BadRequest(f"{title(kind)} is kept on its own page: {TOOL_PAGES.get(kind, '/portal?area=practice')}.")
    return PAYLOADS[kind]


def _free_text(kind: str, answers: dict) -> list[str | None]:
    if kind == "worry-log":
        return [answers.get("worry"), answers.get("action")]
    if kind == "journal":
        return list(answers.get("answers") or [])
    if kind == "communication-practice":
        return [answers.get("what_said"), answers.get("how_it_went"), answers.get("next_time")]
    return []


async def _open_assignment(session: AsyncSession, actor: Actor,
                           assignment_id: uuid.UUID) -> tuple[HomeworkAssignment, Client, date]:
    """An assignment the client may complete now: their own, active, started."""
    portal_client_id(actor)
    row, client = await _assignment(session, actor, assignment_id, write=True)
    today = await client_today(session, client)
    if row.status != "active":
        raise Conflict("Your clinician has ended this homework, so it cannot be completed any more.")
    if row.starts_on > today:
        raise Conflict(f"This homework starts on {row.starts_on.isoformat()}.")
    return row, client, today


async def complete(session: AsyncSession, actor: Actor, assignment_id: uuid.UUID,
                   data: BaseModel) -> tuple[HomeworkEntry, CrisisResponse | None]:
    """The client completes an exercise or form assignment; the text is screened first and stored anyway.

    Returns the entry and, when the text signals risk, the crisis response to show at once.
    """
    row, client, today = await _open_assignment(session, actor, assignment_id)
    model = answers_model(row.kind)
    if not isinstance(data, model):
        raise BadRequest("The answers do not match the homework.")
    if row.kind == "journal" and len(data.answers) > len(json.loads(row.prompts_json or "[]")):  # type: ignore[attr-defined]
        raise BadRequest("There are more answers than questions.")
    now = utcnow()
    entry = HomeworkEntry(practice_id=client.practice_id, client_id=client.id, assignment_id=row.id, kind=row.kind,
                          period_start=period_for(row, today), completed_at=now, created_at=now, updated_at=now)
    if how(row.kind) == "exercise":
        record, crisis = await companion_service.record_exercise(session, actor, row.kind, data, assigned=True)
        entry.exercise_id = record.id
        entry.screen_level, entry.screen_version, entry.alert_id = (record.screen_level, record.screen_version,
                                                                    record.alert_id)
    else:
        answers = data.model_dump(mode="json")
        if row.kind in ("journal", "communication-practice"):  # the record stands alone: the questions asked
            answers["questions"] = json.loads(row.prompts_json or "[]")
        screened = await screen_texts(session, actor, client.id, "homework", entry.id,
                                      _free_text(row.kind, answers))
        screened.stamp(entry)
        entry.data_json = json.dumps(answers, ensure_ascii=False)
        crisis = screened.crisis
    session.add(entry)
    await session.flush()
    await audit.record(session, actor, "homework.complete", client_id=client.id, resource_type="homework_entry",
                       resource_id=entry.id, detail=f"kind={row.kind} level={entry.screen_level}")
    log.info("homework entry %s (%s) saved for client %s", entry.id, row.kind, client.id)
    return entry, crisis


async def complete_with_record(session: AsyncSession, actor: Actor, assignment_id: uuid.UUID,
                               record) -> HomeworkEntry:  # noqa: ANN001 - the companion's ExerciseRecord
    """The client did the homework with the companion (a guided exercise in the chat, companion/flows.py): the entry
    points at the exercise record it made, as the form path's does; the record's answers were screened already."""
    row, client, today = await _open_assignment(session, actor, assignment_id)
    if record.kind != row.kind or record.client_id != client.id:
        raise BadRequest("The exercise does not match the homework.")
    now = utcnow()
    entry = HomeworkEntry(practice_id=client.practice_id, client_id=client.id, assignment_id=row.id, kind=row.kind,
                          period_start=period_for(row, today), completed_at=now, created_at=now, updated_at=now,
                          exercise_id=record.id, screen_level=record.screen_level,
                          screen_version=record.screen_version, alert_id=record.alert_id)
    session.add(entry)
    await session.flush()
    await audit.record(session, actor, "homework.complete", client_id=client.id, resource_type="homework_entry",
                       resource_id=entry.id, detail=f"kind={row.kind} level={entry.screen_level} companion=1")
    return entry


async def activity_done(session: AsyncSession, actor: Actor, entry_id: uuid.UUID,
                        data: ActivationDone) -> tuple[HomeworkEntry, CrisisResponse | None]:
    """Mark the activity a behavioural activation homework planned as done, with the mood after."""
    portal_client_id(actor)
    row, _ = await get_entry(session, actor, entry_id)
    if row.kind != "behavioural-activation" or row.exercise_id is None:
        raise BadRequest("Only a planned activity can be marked done.")
    record, crisis = await companion_service.complete_activation(session, actor, row.exercise_id, data,
                                                                 assigned=True)
    row.screen_level, row.alert_id = record.screen_level, record.alert_id or row.alert_id
    await session.flush()
    return row, crisis


async def count_tool_use(session: AsyncSession, actor: Actor, client: Client, kind: str, record_id: uuid.UUID,
                         screened: Screened, day: date) -> HomeworkEntry | None:
    """A tool's new row counts for the client's active assignment of that kind whose period is not done yet."""
    rows = (await session.execute(select(HomeworkAssignment).where(
        HomeworkAssignment.client_id == client.id, HomeworkAssignment.kind == kind,
        HomeworkAssignment.status == "active", HomeworkAssignment.deleted_at.is_(None),
        HomeworkAssignment.starts_on <= day).order_by(HomeworkAssignment.created_at))).scalars().all()
    if not rows:
        return None
    entries = await _entries_by_assignment(session, [r.id for r in rows])
    for row in rows:
        period = period_for(row, day)
        if any(e.period_start == period for e in entries[row.id]):
            continue
        now = utcnow()
        entry = HomeworkEntry(practice_id=client.practice_id, client_id=client.id, assignment_id=row.id, kind=kind,
                              period_start=period, completed_at=now, created_at=now, updated_at=now,
                              record_id=record_id)
        screened.stamp(entry)
        session.add(entry)
        await session.flush()
        await audit.record(session, actor, "homework.complete", client_id=client.id,
                           resource_type="homework_entry", resource_id=entry.id, detail=f"kind={kind} tool=1")
        return entry
    return None


# --- the caseload and Today -------------------------------------------------------------------------------------

async def standing_by_client(session: AsyncSession, actor: Actor, clients: Sequence[Client],
                             ) -> dict[uuid.UUID, list[HomeworkRead]]:
    """For each client (already authorized by the caller's list), their active homework and where it stands."""
    from alliance.practices.service import timezones_of

    ids = [c.id for c in clients]
    if not ids or actor.role not in ("clinician", "supervisor"):
        return {}
    rows = (await session.execute(select(HomeworkAssignment).where(
        HomeworkAssignment.client_id.in_(ids), HomeworkAssignment.status == "active",
        HomeworkAssignment.deleted_at.is_(None)))).scalars().all()
    entries = await _entries_by_assignment(session, [r.id for r in rows])
    by_id = {c.id: c for c in clients}
    zones = await timezones_of(session, (c.practice_id for c in clients))  # kept rows: no query
    now = utcnow()
    out: dict[uuid.UUID, list[HomeworkRead]] = {}
    for r in rows:
        client = by_id[r.client_id]
        today = to_local(now, client.timezone or zones.get(client.practice_id)).date()
        out.setdefault(r.client_id, []).append(assignment_read(r, entries[r.id], today))
    await audit.record(session, actor, "homework.caseload.read", resource_type="homework_assignment",
                       detail=f"clients={len(ids)}")
    return out


async def overdue(session: AsyncSession, actor: Actor) -> list[tuple[Client, list[HomeworkRead]]]:
    """Clients this clinician may see with overdue homework (Today)."""
    if actor.role not in ("clinician", "supervisor"):
        return []
    clients = await kept_visible_clients(session, actor, "active")  # read once for all of Today's sections
    standing_map = await standing_by_client(session, actor, clients)
    out = []
    for client in clients:
        late = [a for a in standing_map.get(client.id, []) if a.overdue]
        if late:
            out.append((client, late))
    return sorted(out, key=lambda p: (p[0].family_name or "").casefold())
