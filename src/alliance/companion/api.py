"""JSON API: the clinician's companion plan per client, the practice's companion settings, the library as the
client is offered it, and exercise records."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Query

from alliance.companion import service
from alliance.companion.schemas import (
    ActivationDone,
    ActivationPlanCreate,
    BreathingCreate,
    CompanionSettingsRead,
    CompanionSettingsUpdate,
    ExerciseRead,
    ExerciseSaved,
    GroundingCreate,
    LibraryItemRead,
    LibraryOffer,
    PlanRead,
    PlanState,
    PlanWrite,
    ThoughtRecordCreate,
)
from alliance.web.deps import DB, CurrentActor
from alliance.web.errors import error_responses

router = APIRouter(prefix="/api/v1", tags=["companion"], responses=error_responses(400, 401, 403, 404))


# --- the clinician's side ---------------------------------------------------------------------------------

@router.get("/companion/library", response_model=list[LibraryItemRead])
async def library_catalogue(actor: CurrentActor, lang: str = Query("en", max_length=8)) -> list[LibraryItemRead]:
    """Every module and skill of the library, to choose what a client's plan offers."""
    return service.catalogue(lang)


@router.get("/clients/{client_id}/companion/plan", response_model=PlanState)
async def get_plan(client_id: uuid.UUID, actor: CurrentActor, session: DB) -> PlanState:
    """The plan in force for the client's companion and whether the client sees anything now."""
    return await service.plan_state(session, actor, client_id)


@router.post("/clients/{client_id}/companion/plan", response_model=PlanRead, status_code=201,
             responses=error_responses(409))
async def save_plan(client_id: uuid.UUID, data: PlanWrite, actor: CurrentActor, session: DB) -> PlanRead:
    """Save a new version of the plan (treating clinicians). `enabled` needs the client's ai_companion consent
    (403 ConsentRequired otherwise); the free-text fields are encrypted."""
    plan = await service.save_plan(session, actor, client_id, data)
    return service.plan_read(plan)


@router.get("/clients/{client_id}/companion/plan/versions", response_model=list[PlanRead])
async def plan_versions(client_id: uuid.UUID, actor: CurrentActor, session: DB) -> list[PlanRead]:
    """Every version of the plan, newest first."""
    return await service.plan_history(session, actor, client_id)


@router.get("/clients/{client_id}/companion/exercises", response_model=list[ExerciseRead])
async def client_exercises(client_id: uuid.UUID, actor: CurrentActor, session: DB) -> list[ExerciseRead]:
    """The exercises the client did, newest first, with the crisis screen's level of each."""
    return await service.list_exercises(session, actor, client_id)


@router.get("/companion/settings", response_model=CompanionSettingsRead)
async def get_settings(actor: CurrentActor, session: DB) -> CompanionSettingsRead:
    """Where your practice turns the companion's conversational part off (region codes such as US-IL)."""
    return await service.get_settings_for(session, actor)


@router.put("/companion/settings", response_model=CompanionSettingsRead)
async def put_settings(data: CompanionSettingsUpdate, actor: CurrentActor, session: DB) -> CompanionSettingsRead:
    """Change the regions where the conversational part is off (admins); the library and forms stay."""
    return await service.update_settings(session, actor, data)


# --- the client's side ------------------------------------------------------------------------------------

@router.get("/portal/companion/library", response_model=LibraryOffer)
async def portal_library(actor: CurrentActor, session: DB) -> LibraryOffer:
    """The modules and skills your clinician offers you (none while your companion is off)."""
    return service.offer_read(await service.portal_offer(session, actor))


@router.get("/portal/companion/library/{slug}", response_model=LibraryItemRead)
async def portal_library_item(slug: str, actor: CurrentActor, session: DB) -> LibraryItemRead:
    """One item your clinician offers you, as Markdown in your companion's language."""
    offer, item = await service.read_item(session, actor, slug)
    return service.item_read(item, offer.language, text=True)


@router.get("/portal/companion/exercises", response_model=list[ExerciseRead])
async def portal_exercises(actor: CurrentActor, session: DB) -> list[ExerciseRead]:
    """Your exercise records, newest first."""
    return await service.list_exercises(session, actor, service.portal_client_id(actor))


async def _saved(session, actor, kind: str, data) -> ExerciseSaved:  # noqa: ANN001
    record, crisis = await service.record_exercise(session, actor, kind, data)
    return ExerciseSaved(exercise=service.exercise_read(actor, record), crisis=crisis)


@router.post("/portal/companion/exercises/thought-record", response_model=ExerciseSaved, status_code=201)
async def thought_record(data: ThoughtRecordCreate, actor: CurrentActor, session: DB) -> ExerciseSaved:
    """Save a thought record. Its text is screened for crisis first: when it signals risk your clinician is told
    and `crisis` holds emergency numbers, crisis lines and your safety plan."""
    return await _saved(session, actor, "thought-record", data)


@router.post("/portal/companion/exercises/paced-breathing", response_model=ExerciseSaved, status_code=201)
async def paced_breathing(data: BreathingCreate, actor: CurrentActor, session: DB) -> ExerciseSaved:
    """Record a paced-breathing practice (the note is screened for crisis first)."""
    return await _saved(session, actor, "paced-breathing", data)


@router.post("/portal/companion/exercises/grounding-54321", response_model=ExerciseSaved, status_code=201)
async def grounding(data: GroundingCreate, actor: CurrentActor, session: DB) -> ExerciseSaved:
    """Record a 5-4-3-2-1 grounding (each answer is screened for crisis first)."""
    return await _saved(session, actor, "grounding-54321", data)


@router.post("/portal/companion/exercises/behavioural-activation", response_model=ExerciseSaved, status_code=201)
async def plan_activity(data: ActivationPlanCreate, actor: CurrentActor, session: DB) -> ExerciseSaved:
    """Plan an activity with its date and your mood now; mark it done later with the mood after."""
    return await _saved(session, actor, "behavioural-activation", data)


@router.post("/portal/companion/exercises/{record_id}/done", response_model=ExerciseSaved,
             responses=error_responses(409))
async def activity_done(record_id: uuid.UUID, data: ActivationDone, actor: CurrentActor, session: DB) -> ExerciseSaved:
    """Mark a planned activity done, with your mood after (0-10) and what you noticed."""
    record, crisis = await service.complete_activation(session, actor, record_id, data)
    return ExerciseSaved(exercise=service.exercise_read(actor, record), crisis=crisis)
