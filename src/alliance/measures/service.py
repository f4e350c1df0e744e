"""Measures in practice: assignments, due questionnaires, answering, scoring on submit, risk escalation, FHIR.

Scoring, bands, flags and reliable change come from the library in this package (scoring.py, change.py,
fhir.py); this module stores and authorizes. Every read and write of a client's answers is audited.
"""

from __future__ import annotations

import calendar
import uuid
from collections.abc import Mapping, Sequence
from datetime import date, datetime, time, timedelta, timezone
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from alliance.appointments.models import Appointment
from alliance.clients.models import Client
from alliance.db.base import utcnow
from alliance.errors import BadRequest, Conflict, NotFound
from alliance.measures.instruments import Instrument, UnknownInstrument, get_instrument
from alliance.measures.models import OPEN, MeasureAdministration, MeasureAssignment
from alliance.measures.schemas import AssignmentCreate, AssignmentUpdate
from alliance.measures.scoring import _enabled, score
from alliance.security import audit
from alliance.security.audit import Actor
from alliance.security.authz import Action, authorize, visible_clients

# A questionnaire still open two days after its due date is shown to the clinician as overdue.
OVERDUE_AFTER = timedelta(days=2)


class NotOpen(Conflict):
    """The questionnaire was already submitted or has expired."""


def instrument(instrument_id: str) -> Instrument:
    """The instrument, or a 400 naming the known ones (an id in a request body is bad input, not a path)."""
    try:
        return get_instrument(instrument_id)
    except UnknownInstrument as exc:
        raise BadRequest(exc.detail) from exc


def language_for(inst: Instrument, preferred: str | None) -> str:
    """The client's language when the instrument has its wording, else English."""
    return preferred if preferred in inst.languages.available else "en"


def due_at(day: date) -> datetime:
    """The moment a questionnaire due on this day becomes due (start of the day, UTC)."""
    return datetime.combine(day, time(0, 0), tzinfo=timezone.utc)


def _add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def current_due_date(assignment: MeasureAssignment, today: date, session_days: Sequence[date] = ()) -> date | None:
    """The latest due date of an assignment on or before today (None when nothing is due yet)."""
    start = assignment.start_date
    if start > today:
        return None
    if assignment.schedule == "once":
        return start
    if assignment.schedule == "weekly":
        return start + timedelta(weeks=(today - start).days // 7)
    if assignment.schedule == "monthly":
        months = (today.year - start.year) * 12 + today.month - start.month
        candidate = _add_months(start, months)
        return candidate if candidate <= today else _add_months(start, months - 1)
    # every_session: due on the day of each session (scheduled or held) from the start date on.
    days = [d for d in session_days if start <= d <= today]
    return max(days) if days else None


def _access(actor: Actor, write: bool) -> Action:
    if actor.role == "client":
        return Action.portal
    return Action.clinical_write if write else Action.clinical_read


# --- assignments ---------------------------------------------------------------------------------------


async def assign(session: AsyncSession, actor: Actor, client_id: uuid.UUID,
                 data: AssignmentCreate) -> MeasureAssignment:
    """Ask a client to complete an instrument; an active assignment of the same instrument is updated."""
    client = await authorize(session, actor, Action.clinical_write, client_id)
    inst = instrument(data.instrument)
    start = data.start_date or utcnow().date()
    existing = (await session.execute(select(MeasureAssignment).where(
        MeasureAssignment.client_id == client.id, MeasureAssignment.instrument == inst.id,
        MeasureAssignment.active.is_(True)))).scalar_one_or_none()
    if existing is not None:
        existing.schedule, existing.updated_by, existing.updated_at = data.schedule, actor.user_id, utcnow()
        if data.start_date is not None:
            existing.start_date = data.start_date
        row, action = existing, "measures.assignment.update"
    else:
        row = MeasureAssignment(practice_id=client.practice_id, client_id=client.id, instrument=inst.id,
                                schedule=data.schedule, start_date=start, assigned_by=actor.user_id,
                                created_by=actor.user_id, updated_by=actor.user_id)
        session.add(row)
        action = "measures.assignment.create"
    await session.flush()
    await audit.record(session, actor, action, client_id=client.id, resource_type="measure_assignment",
                       resource_id=row.id, detail=f"instrument={inst.id} schedule={row.schedule}")
    await ensure_due(session, row, client)
    return row


async def get_assignment(session: AsyncSession, actor: Actor, assignment_id: uuid.UUID,
                         write: bool = False) -> MeasureAssignment:
    """One assignment, if the actor may see (or change) its client's clinical record."""
    row = await session.get(MeasureAssignment, assignment_id)
    if row is None or row.deleted_at is not None:
        raise NotFound("No such assignment.")
    await authorize(session, actor, Action.clinical_write if write else Action.clinical_read, row.client_id)
    return row


async def update_assignment(session: AsyncSession, actor: Actor, assignment_id: uuid.UUID,
                            data: AssignmentUpdate) -> MeasureAssignment:
    """Change an assignment's schedule or start date, or end it (active = false)."""
    row = await get_assignment(session, actor, assignment_id, write=True)
    changed = data.model_dump(exclude_unset=True)
    if changed.get("active") is False:
        return await unassign(session, actor, assignment_id)
    if changed.get("active") and not row.active:
        duplicate = await session.scalar(select(MeasureAssignment.id).where(
            MeasureAssignment.client_id == row.client_id, MeasureAssignment.instrument == row.instrument,
            MeasureAssignment.active.is_(True), MeasureAssignment.id != row.id))
        if duplicate:
            raise Conflict("Another assignment of this instrument is active; change that one instead.")
        row.ended_at = None
    for field, value in changed.items():
        if value is None:
            raise BadRequest(f"{field} cannot be empty.")
        setattr(row, field, value)
    row.updated_by, row.updated_at = actor.user_id, utcnow()
    await audit.record(session, actor, "measures.assignment.update", client_id=row.client_id,
                       resource_type="measure_assignment", resource_id=row.id,
                       detail="fields=" + ",".join(sorted(changed)))
    if row.active:
        await ensure_due(session, row, await session.get(Client, row.client_id))
    return row


async def unassign(session: AsyncSession, actor: Actor, assignment_id: uuid.UUID) -> MeasureAssignment:
    """End an assignment; its open questionnaires expire (completed ones stay)."""
    row = await get_assignment(session, actor, assignment_id, write=True)
    if row.active:
        row.active, row.ended_at = False, utcnow()
        row.updated_by, row.updated_at = actor.user_id, utcnow()
        for adm in (await session.execute(select(MeasureAdministration).where(
                MeasureAdministration.assignment_id == row.id, MeasureAdministration.status.in_(OPEN)))).scalars():
            adm.status = "expired"
    await audit.record(session, actor, "measures.assignment.end", client_id=row.client_id,
                       resource_type="measure_assignment", resource_id=row.id)
    return row


async def list_assignments(session: AsyncSession, actor: Actor, client_id: uuid.UUID, *,
                           active_only: bool = False) -> Sequence[MeasureAssignment]:
    """A client's assignments, newest first."""
    client = await authorize(session, actor, Action.clinical_read, client_id)
    query = select(MeasureAssignment).where(MeasureAssignment.client_id == client.id,
                                            MeasureAssignment.deleted_at.is_(None))
    if active_only:
        query = query.where(MeasureAssignment.active.is_(True))
    await audit.record(session, actor, "measures.assignment.list", client_id=client.id,
                       resource_type="measure_assignment")
    return (await session.execute(query.order_by(MeasureAssignment.created_at.desc()))).scalars().all()


# --- due computation ------------------------------------------------------------------------------------


async def _session_days(session: AsyncSession, client_id: uuid.UUID, since: date, until: date) -> list[date]:
    rows = await session.execute(select(Appointment.starts_at).where(
        Appointment.client_id == client_id, Appointment.deleted_at.is_(None),
        Appointment.status.in_(("scheduled", "completed")),
        Appointment.starts_at >= due_at(since), Appointment.starts_at < due_at(until + timedelta(days=1))))
    return sorted({starts.date() for starts in rows.scalars()})


async def ensure_due(session: AsyncSession, assignment: MeasureAssignment, client: Client | None,
                     today: date | None = None) -> list[MeasureAdministration]:
    """Create the assignment's current due questionnaire if it is missing (idempotent); returns new ones."""
    if not assignment.active or client is None or client.status != "active":
        return []
    today = today or utcnow().date()
    days: list[date] = []
    if assignment.schedule == "every_session":
        days = await _session_days(session, client.id, assignment.start_date, today)
    day = current_due_date(assignment, today, days)
    if day is None:
        return []
    earlier = (await session.execute(select(MeasureAdministration).where(
        MeasureAdministration.assignment_id == assignment.id))).scalars().all()
    if any(a.due_on == day for a in earlier) or (assignment.schedule == "once" and earlier):
        return []
    for adm in earlier:
        # A newer questionnaire replaces one the client never finished.
        if adm.status in OPEN and adm.due_on < day:
            adm.status = "expired"
    inst = get_instrument(assignment.instrument)
    adm = MeasureAdministration(practice_id=assignment.practice_id, client_id=assignment.client_id,
                                assignment_id=assignment.id, instrument=inst.id, due_on=day, due_at=due_at(day),
                                status="due", language=language_for(inst, client.preferred_language),
                                source="portal", created_by=assignment.assigned_by)
    session.add(adm)
    await session.flush()
    _queue_reminder(session, adm)
    return [adm]


def _queue_reminder(session: AsyncSession, adm: MeasureAdministration) -> None:
    from alliance.config import get_settings

    if get_settings().smtp_host:
        from alliance.jobs.queue import enqueue_after_commit
        from alliance.measures.tasks import remind_task

        enqueue_after_commit(session, remind_task, str(adm.id))


async def schedule_all(session: AsyncSession, today: date | None = None) -> int:
    """Create every due questionnaire of every active assignment (the periodic job); returns how many."""
    today = today or utcnow().date()
    rows = (await session.execute(
        select(MeasureAssignment, Client).join(Client, Client.id == MeasureAssignment.client_id)
        .where(MeasureAssignment.active.is_(True), MeasureAssignment.deleted_at.is_(None),
               Client.status == "active"))).unique().all()
    created = 0
    for assignment, client in rows:
        created += len(await ensure_due(session, assignment, client, today))
    return created


# --- administrations ------------------------------------------------------------------------------------


async def get_administration(session: AsyncSession, actor: Actor, administration_id: uuid.UUID, *,
                             write: bool = False, audited: bool = True) -> MeasureAdministration:
    """One questionnaire, if the actor may see it (a client only their own; staff per their caseload)."""
    adm = await session.get(MeasureAdministration, administration_id)
    if adm is None or adm.deleted_at is not None:
        raise NotFound("No such questionnaire.")
    await authorize(session, actor, _access(actor, write), adm.client_id)
    if audited:
        await audit.record(session, actor, "measures.administration.read", client_id=adm.client_id,
                           resource_type="measure_administration", resource_id=adm.id)
    return adm


async def list_administrations(session: AsyncSession, actor: Actor, client_id: uuid.UUID, *,
                               instrument_id: str | None = None, statuses: Sequence[str] | None = None,
                               ) -> Sequence[MeasureAdministration]:
    """A client's questionnaires, oldest due first (clients see only their own, through the portal)."""
    client = await authorize(session, actor, _access(actor, False), client_id)
    query = select(MeasureAdministration).where(MeasureAdministration.client_id == client.id,
                                                MeasureAdministration.deleted_at.is_(None))
    if instrument_id:
        query = query.where(MeasureAdministration.instrument == instrument(instrument_id).id)
    if statuses:
        query = query.where(MeasureAdministration.status.in_(statuses))
    await audit.record(session, actor, "measures.administration.list", client_id=client.id,
                       resource_type="measure_administration")
    return (await session.execute(query.order_by(MeasureAdministration.due_at,
                                                 MeasureAdministration.completed_at))).scalars().all()


async def due_for_client(session: AsyncSession, actor: Actor, client_id: uuid.UUID) -> Sequence[MeasureAdministration]:
    """The client's open questionnaires (due or started), oldest first."""
    return await list_administrations(session, actor, client_id, statuses=OPEN)


async def start(session: AsyncSession, actor: Actor, client_id: uuid.UUID, instrument_id: str, *,
                language: str | None = None, source: str = "clinician") -> MeasureAdministration:
    """Open a questionnaire now, outside any schedule (a clinician giving it in session)."""
    client = await authorize(session, actor, Action.clinical_write, client_id)
    inst = instrument(instrument_id)
    if language is not None and language not in inst.languages.available:
        raise BadRequest(f"{inst.short_name} has no {language!r} wording; "
                         f"available: {', '.join(inst.languages.available)}")
    now = utcnow()
    adm = MeasureAdministration(practice_id=client.practice_id, client_id=client.id, instrument=inst.id,
                                due_on=now.date(), due_at=now, status="due", source=source,
                                language=language or language_for(inst, client.preferred_language),
                                created_by=actor.user_id, updated_by=actor.user_id)
    session.add(adm)
    await session.flush()
    await audit.record(session, actor, "measures.administration.create", client_id=client.id,
                       resource_type="measure_administration", resource_id=adm.id, detail=f"instrument={inst.id}")
    return adm


def _check_open(adm: MeasureAdministration) -> None:
    if adm.status not in OPEN:
        raise NotOpen(f"This questionnaire is {adm.status.replace('_', ' ')} and can no longer be changed.")


def enabled_items(inst: Instrument, answers: Mapping[str, int | None]) -> list[Any]:
    """The items the skip logic asks, given the answers so far."""
    given = {i.id: answers.get(i.id) for i in inst.items}
    return [i for i in inst.items if _enabled(i, given)]


async def answer(session: AsyncSession, actor: Actor, administration_id: uuid.UUID, item_id: str,
                 value: int | None) -> MeasureAdministration:
    """Save one answer (the client can stop and resume); the answer is checked against the item's options."""
    adm = await get_administration(session, actor, administration_id, write=True, audited=False)
    _check_open(adm)
    inst = get_instrument(adm.instrument)
    item = inst.item(item_id)
    if value is not None:
        from alliance.measures.scoring import normalise_answers

        normalise_answers(inst, {item.id: value})  # raises InvalidAnswers (400) with the library's message
    answers = adm.answers
    answers[item.id] = value
    adm.answers = {k: v for k, v in answers.items() if v is not None}
    adm.status = "in_progress"
    adm.updated_by, adm.updated_at = actor.user_id, utcnow()
    await audit.record(session, actor, "measures.answer", client_id=adm.client_id,
                       resource_type="measure_administration", resource_id=adm.id, detail=f"item={item.id}")
    return adm


async def submit(session: AsyncSession, actor: Actor, administration_id: uuid.UUID,
                 answers: Mapping[str, int | None] | None = None, *,
                 require_complete: bool = False) -> tuple[MeasureAdministration, Any]:
    """Score the questionnaire and close it; a risk flag raises an alert. Returns (administration, alert)."""
    adm = await get_administration(session, actor, administration_id, write=True, audited=False)
    _check_open(adm)
    merged = {**adm.answers, **(answers or {})}
    if actor.role != "client" and adm.source == "portal" and adm.status == "due":
        adm.source = "clinician"  # entered by the clinician on the client's behalf
    alert = await complete(session, actor, adm, merged, require_complete=require_complete)
    await audit.record(session, actor, "measures.submit", client_id=adm.client_id,
                       resource_type="measure_administration", resource_id=adm.id,
                       detail=f"instrument={adm.instrument}")
    return adm, alert


def _asked_only(inst: Instrument, answers: Mapping[str, int | None]) -> dict[str, int | None]:
    """Drop answers the skip logic no longer asks (the client went back and changed an earlier answer)."""
    for key in answers:
        inst.item(key)  # unknown item ids are an error
    asked = {i.id for i in enabled_items(inst, answers)}
    return {k: v for k, v in answers.items() if k in asked}


async def complete(session: AsyncSession, actor: Actor, adm: MeasureAdministration,
                   answers: Mapping[str, int | None], *, completed_at: datetime | None = None,
                   require_complete: bool = False) -> Any:
    """Score and store the result, then escalate any risk flag (callers authorize and audit)."""
    inst = get_instrument(adm.instrument)
    result = score(inst.id, _asked_only(inst, answers), lang=adm.language)
    if require_complete and result.missing_items:
        first = result.missing_items[0]
        number = [i.id for i in inst.items].index(first) + 1
        raise BadRequest(f"Please answer question {number} before sending.")
    adm.answers = {k: v for k, v in result.answers.items() if v is not None}
    adm.result = result.model_dump(mode="json")
    adm.score_total = result.total  # plain copy for outcome aggregates (alliance.insights)
    adm.status, adm.completed_at = "completed", completed_at or utcnow()
    adm.updated_by, adm.updated_at = actor.user_id, utcnow()
    await session.flush()
    from alliance.insights.service import renumber_series

    await renumber_series(session, adm.client_id, adm.instrument)  # first/latest flags for outcome aggregates
    if result.risk_flags:
        from alliance.measures.risk import escalate

        return await escalate(session, actor, adm, inst, result)
    return None


# --- results --------------------------------------------------------------------------------------------


async def results(session: AsyncSession, actor: Actor, client_id: uuid.UUID,
                  instrument_id: str | None = None) -> Sequence[MeasureAdministration]:
    """Completed questionnaires, oldest first."""
    rows = await list_administrations(session, actor, client_id, instrument_id=instrument_id,
                                      statuses=("completed",))
    # Two results completed at the same moment (entered on paper for one day): the one recorded later is later.
    return sorted(rows, key=lambda a: (a.completed_at or a.due_at, a.created_at))


def series(rows: Sequence[MeasureAdministration]) -> list[tuple[datetime, int]]:
    """(completed_at, total) for every scored administration."""
    return [(a.completed_at, a.total) for a in rows if a.completed_at and a.total is not None]


async def trajectory(session: AsyncSession, actor: Actor, client_id: uuid.UUID, instrument_id: str) -> Any:
    """The client's trajectory on one instrument (alliance.measures.trajectory_summary), or None without data."""
    from alliance.measures.change import trajectory_summary

    inst = instrument(instrument_id)
    points = series(await results(session, actor, client_id, inst.id))
    if not points or inst.bands is None:
        return None
    return trajectory_summary(inst.id, points)


async def overdue(session: AsyncSession, actor: Actor, now: datetime | None = None,
                  client_id: uuid.UUID | None = None) -> list[tuple[MeasureAdministration, Client]]:
    """Open questionnaires past their grace period, for the clients this actor may see."""
    cutoff = (now or utcnow()) - OVERDUE_AFTER
    visible = visible_clients(actor).subquery()
    query = (select(MeasureAdministration, Client).join(Client, Client.id == MeasureAdministration.client_id)
             .where(MeasureAdministration.client_id.in_(select(visible.c.id)),
                    MeasureAdministration.status.in_(OPEN), MeasureAdministration.due_at < cutoff))
    if client_id is not None:
        query = query.where(MeasureAdministration.client_id == client_id)
    if actor.role not in ("clinician", "supervisor", "system"):
        return []
    rows = [(a, c) for a, c in (await session.execute(query.order_by(MeasureAdministration.due_at))).unique().all()]
    await audit.record(session, actor, "measures.overdue.list", client_id=client_id,
                       resource_type="measure_administration", detail=f"count={len(rows)}")
    return rows


async def latest_by_client(session: AsyncSession, actor: Actor, clients: Sequence[Client],
                           ) -> dict[uuid.UUID, dict[str, list[MeasureAdministration]]]:
    """For each client (already authorized by the caller's list), their two latest results per instrument."""
    ids = [c.id for c in clients]
    if not ids or actor.role not in ("clinician", "supervisor"):
        return {}
    rows = (await session.execute(select(MeasureAdministration).where(
        MeasureAdministration.client_id.in_(ids), MeasureAdministration.status == "completed",
        MeasureAdministration.deleted_at.is_(None)).order_by(MeasureAdministration.completed_at.desc()))).scalars()
    out: dict[uuid.UUID, dict[str, list[MeasureAdministration]]] = {}
    for adm in rows:
        per = out.setdefault(adm.client_id, {}).setdefault(adm.instrument, [])
        if len(per) < 2:
            per.append(adm)
    await audit.record(session, actor, "measures.caseload.read", resource_type="measure_administration",
                       detail=f"clients={len(ids)}")
    return out
