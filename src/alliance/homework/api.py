"""JSON API: homework (assign, end, list, complete), and the tools a client keeps (check-ins, exposure hierarchy,
sleep diary, activity log). Thin: parse, call the service, return."""

from __future__ import annotations

import uuid
from typing import Any

from fastapi import APIRouter, Body
from fastapi.exceptions import RequestValidationError
from pydantic import ValidationError

from alliance.companion.schemas import ActivationDone
from alliance.homework import service, tools
from alliance.homework.schemas import (
    ActivityCreate,
    ActivityRead,
    HomeworkCreate,
    HomeworkRead,
    CheckInCreate,
    CheckInRead,
    EntryRead,
    EntrySaved,
    SituationCreate,
    SituationRead,
    SleepCreate,
    SleepRead,
    StepCreate,
    ToolSaved,
)
from alliance.web.deps import DB, CurrentActor
from alliance.web.errors import error_responses

router = APIRouter(prefix="/api/v1", tags=["homework"], responses=error_responses(400, 401, 403, 404))


# --- the clinician's side (and the client's reads of their own record) -------------------------------------------

@router.get("/clients/{client_id}/homework", response_model=list[HomeworkRead])
async def client_homework(client_id: uuid.UUID, actor: CurrentActor, session: DB,
                          active: bool = False) -> list[HomeworkRead]:
    """The client's homework, newest first, each with done, expected, missed and overdue (client's time zone)."""
    return await service.list_assignments(session, actor, client_id, active_only=active)


@router.post("/clients/{client_id}/homework", response_model=HomeworkRead, status_code=201)
async def assign(client_id: uuid.UUID, data: HomeworkCreate, actor: CurrentActor, session: DB) -> HomeworkRead:
    """Assign an exercise or tool (treating clinicians): once, daily, weekly or by a date; the note is encrypted."""
    row = await service.assign(session, actor, client_id, data)
    return await service.get_assignment(session, actor, row.id)


@router.post("/homework/{assignment_id}/end", response_model=HomeworkRead, responses=error_responses(409))
async def end(assignment_id: uuid.UUID, actor: CurrentActor, session: DB) -> HomeworkRead:
    """Stop the homework; what was done stays."""
    row = await service.end_assignment(session, actor, assignment_id)
    return await service.get_assignment(session, actor, row.id)


@router.get("/clients/{client_id}/homework/entries", response_model=list[EntryRead])
async def client_entries(client_id: uuid.UUID, actor: CurrentActor, session: DB) -> list[EntryRead]:
    """Completed homework, newest first, with the answers (staff see the crisis screen's level)."""
    return await service.list_entries(session, actor, client_id)


@router.get("/clients/{client_id}/check-ins", response_model=list[CheckInRead])
async def client_checkins(client_id: uuid.UUID, actor: CurrentActor, session: DB) -> list[CheckInRead]:
    """Mood check-ins, oldest first."""
    return await tools.list_checkins(session, actor, client_id)


@router.get("/clients/{client_id}/exposure", response_model=list[SituationRead])
async def client_exposure(client_id: uuid.UUID, actor: CurrentActor, session: DB) -> list[SituationRead]:
    """The exposure hierarchy, most distressing first, each situation with its attempts."""
    return await tools.hierarchy(session, actor, client_id)


@router.get("/clients/{client_id}/sleep-diary", response_model=list[SleepRead])
async def client_sleep(client_id: uuid.UUID, actor: CurrentActor, session: DB) -> list[SleepRead]:
    """Sleep diary nights with sleep efficiency, oldest first."""
    return await tools.sleep_diary(session, actor, client_id)


@router.get("/clients/{client_id}/activity-log", response_model=list[ActivityRead])
async def client_activity(client_id: uuid.UUID, actor: CurrentActor, session: DB) -> list[ActivityRead]:
    """The activity and mood log, oldest first."""
    return await tools.activity_log(session, actor, client_id)


# --- the client's side ----------------------------------------------------------------------------------------

@router.get("/portal/homework", response_model=list[HomeworkRead])
async def portal_homework(actor: CurrentActor, session: DB) -> list[HomeworkRead]:
    """Your homework in force, with what is done and what is due."""
    return await service.list_assignments(session, actor, service.portal_client_id(actor), active_only=True)


@router.post("/portal/homework/{assignment_id}/entries", response_model=EntrySaved, status_code=201,
             responses=error_responses(409, 422))
async def complete(assignment_id: uuid.UUID, actor: CurrentActor, session: DB,
                   answers: dict[str, Any] = Body(description="The exercise's or form's answers (see the schemas "
                                                              "ThoughtRecordCreate, WorryLogCreate, JournalCreate ...)"),
                   ) -> EntrySaved:
    """Complete an exercise or form homework. Your text is screened for crisis first: when it signals risk your
    clinician is told and `crisis` holds emergency numbers, crisis lines and your safety plan."""
    assignment = await service.get_assignment(session, actor, assignment_id)
    try:
        data = service.answers_model(assignment.kind).model_validate(answers)
    except ValidationError as exc:
        raise RequestValidationError(exc.errors(include_url=False)) from exc
    entry, crisis = await service.complete(session, actor, assignment_id, data)
    _, read = await service.get_entry(session, actor, entry.id)
    return EntrySaved(entry=read, crisis=crisis)


@router.post("/portal/homework/entries/{entry_id}/done", response_model=EntrySaved, responses=error_responses(409))
async def activity_done(entry_id: uuid.UUID, data: ActivationDone, actor: CurrentActor, session: DB) -> EntrySaved:
    """Mark the activity a behavioural activation homework planned as done, with your mood after."""
    entry, crisis = await service.activity_done(session, actor, entry_id, data)
    _, read = await service.get_entry(session, actor, entry.id)
    return EntrySaved(entry=read, crisis=crisis)


@router.post("/portal/check-ins", response_model=ToolSaved, status_code=201)
async def check_in(data: CheckInCreate, actor: CurrentActor, session: DB) -> ToolSaved:
    """A mood check-in: mood 0-10, emotions from the list, an optional note (screened for crisis first)."""
    row, entry_id, crisis = await tools.check_in(session, actor, data)
    return ToolSaved(id=row.id, entry_id=entry_id, crisis=crisis)


@router.post("/portal/exposure/situations", response_model=ToolSaved, status_code=201)
async def add_situation(data: SituationCreate, actor: CurrentActor, session: DB) -> ToolSaved:
    """Add a feared situation to your hierarchy with its SUDS (0-100)."""
    row, crisis = await tools.add_situation(session, actor, data)
    return ToolSaved(id=row.id, crisis=crisis)


@router.post("/portal/exposure/situations/{situation_id}/steps", response_model=ToolSaved, status_code=201,
             responses=error_responses(409))
async def add_step(situation_id: uuid.UUID, data: StepCreate, actor: CurrentActor, session: DB) -> ToolSaved:
    """Record an attempt at a situation: SUDS before, at the peak and after (0-100)."""
    row, entry_id, crisis = await tools.add_step(session, actor, situation_id, data)
    return ToolSaved(id=row.id, entry_id=entry_id, crisis=crisis)


@router.post("/portal/sleep-diary", response_model=ToolSaved, status_code=201, responses=error_responses(409))
async def add_night(data: SleepCreate, actor: CurrentActor, session: DB) -> ToolSaved:
    """One night of the sleep diary (one per morning); sleep efficiency is computed."""
    row, entry_id, crisis = await tools.add_night(session, actor, data)
    return ToolSaved(id=row.id, entry_id=entry_id, crisis=crisis)


@router.post("/portal/activity-log", response_model=ToolSaved, status_code=201)
async def log_activity(data: ActivityCreate, actor: CurrentActor, session: DB) -> ToolSaved:
    """Log an activity with your mood (0-10) and, if you like, pleasure and mastery (0-10)."""
    row, entry_id, crisis = await tools.log_activity(session, actor, data)
    return ToolSaved(id=row.id, entry_id=entry_id, crisis=crisis)
