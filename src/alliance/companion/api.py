"""JSON API: the clinician's companion plan per client, the practice's companion settings, the library as the
client is offered it, exercise records, and the conversation (messages, ratings, reports, annotations, resuming)."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Query

from alliance.companion import chat, service, summary
from alliance.companion.schemas import (
    ActivationDone,
    ActivationPlanCreate,
    AnnotationWrite,
    BreathingCreate,
    CompanionSettingsRead,
    CompanionSettingsUpdate,
    ConversationRead,
    ExerciseRead,
    ExerciseSaved,
    GroundingCreate,
    LibraryItemRead,
    LibraryOffer,
    MessageCreate,
    PlanRead,
    PlanState,
    PlanWrite,
    RatingResult,
    RatingWrite,
    ReportWrite,
    ResumeWrite,
    SummaryRead,
    ThoughtRecordCreate,
    TurnRead,
    TurnResult,
)
from alliance.errors import NotFound
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


# --- the conversation -------------------------------------------------------------------------------------------------

@router.get("/portal/companion/conversation", response_model=ConversationRead)
async def portal_conversation(actor: CurrentActor, session: DB) -> ConversationRead:
    """Your conversation with the companion, oldest first, and whether it answers now."""
    return await chat.conversation(session, actor)


@router.post("/portal/companion/messages", response_model=TurnResult, status_code=201,
             responses=error_responses(409, 503))
async def portal_message(data: MessageCreate, actor: CurrentActor, session: DB) -> TurnResult:
    """Send the companion a message and get its whole answer (the portal's page streams it instead).

    The message is screened first: when it signals risk (`escalated`), your clinician is told, the companion is paused
    and `crisis` holds your safety plan, emergency numbers and crisis lines, with no AI involved. 403
    CompanionUnavailable when the conversation is off for you (your library and exercises stay)."""
    return await chat.answer(session, actor, data.text)


@router.post("/portal/companion/turns/{turn_id}/rating", response_model=RatingResult)
async def portal_rate(turn_id: uuid.UUID, data: RatingWrite, actor: CurrentActor, session: DB) -> RatingResult:
    """Say whether a reply helped (a new rating replaces the old)."""
    turn = await chat.rate(session, actor, turn_id, data.rating)
    return RatingResult(turn=chat.turn_read(turn, staff=False))


@router.post("/portal/companion/turns/{turn_id}/report", response_model=RatingResult)
async def portal_report(turn_id: uuid.UUID, data: ReportWrite, actor: CurrentActor, session: DB) -> RatingResult:
    """Report a reply to your clinician, saying what was wrong if you like (your words are screened first)."""
    turn, crisis = await chat.report(session, actor, turn_id, data)
    return RatingResult(turn=chat.turn_read(turn, staff=False), crisis=crisis)


@router.get("/clients/{client_id}/companion/conversation", response_model=ConversationRead)
async def client_conversation(client_id: uuid.UUID, actor: CurrentActor, session: DB) -> ConversationRead:
    """The client's conversation with screen levels, blocked replies (with what was blocked and why), the model
    call behind each reply, ratings, reports and annotations (treating clinicians and supervisors; audited)."""
    return await chat.conversation(session, actor, client_id)


@router.post("/clients/{client_id}/companion/turns/{turn_id}/annotation", response_model=TurnRead)
async def annotate_turn(client_id: uuid.UUID, turn_id: uuid.UUID, data: AnnotationWrite, actor: CurrentActor,
                        session: DB) -> TurnRead:
    """Mark a reply as good or a problem, with a note (treating clinicians)."""
    turn = await chat.annotate(session, actor, client_id, turn_id, data)
    return chat.turn_read(turn, staff=True)


@router.post("/clients/{client_id}/companion/resume", response_model=ConversationRead, responses=error_responses(409))
async def resume_companion(client_id: uuid.UUID, data: ResumeWrite, actor: CurrentActor,
                           session: DB) -> ConversationRead:
    """Resume the companion after the pause an escalation caused, saying what you reviewed (409 when not paused)."""
    await chat.resume(session, actor, client_id, data.note)
    return await chat.conversation(session, actor, client_id)


# --- the between-session summary (companion/summary.py) ---------------------------------------------------------------

@router.post("/clients/{client_id}/companion/summaries", response_model=SummaryRead, status_code=202,
             responses=error_responses(409))
async def request_summary(client_id: uuid.UUID, actor: CurrentActor, session: DB) -> SummaryRead:
    """Queue an AI draft of the summary of the conversation since the last session (or the last 14 days); every
    sentence will link to the turns it rests on. 400 when there is nothing to summarise, 403 without the client's
    companion consent, 409 while a draft is under way."""
    return summary.summary_read(await summary.request_summary(session, actor, client_id))


@router.get("/clients/{client_id}/companion/summaries/latest", response_model=SummaryRead)
async def latest_summary(client_id: uuid.UUID, actor: CurrentActor, session: DB) -> SummaryRead:
    """The newest summary (its status, and when ready its sentences with their evidence turns); 404 when none."""
    row = await summary.latest(session, actor, client_id)
    if row is None:
        raise NotFound("No summary has been drafted for this client.")
    return summary.summary_read(row)


@router.post("/clients/{client_id}/companion/summaries/{summary_id}/review", response_model=SummaryRead,
             responses=error_responses(409))
async def review_summary(client_id: uuid.UUID, summary_id: uuid.UUID, actor: CurrentActor,
                         session: DB) -> SummaryRead:
    """Mark a drafted summary as reviewed (treating clinicians; 409 unless it is ready)."""
    return summary.summary_read(await summary.mark_reviewed(session, actor, client_id, summary_id))
