"""JSON API: assignments, due questionnaires, answering and submitting, results and trajectories, FHIR."""

from __future__ import annotations

import uuid
from typing import Any

from fastapi import APIRouter, Body

from alliance.errors import BadRequest
from alliance.measures import exchange, service
from alliance.measures.change import TrajectorySummary
from alliance.measures.instruments import list_instruments
from alliance.measures.schemas import (
    AdministrationCreate,
    AdministrationRead,
    AnswerSet,
    AssignmentCreate,
    AssignmentRead,
    AssignmentUpdate,
    InstrumentSummary,
    SubmitRequest,
    SubmitResult,
)
from alliance.web.deps import DB, CurrentActor
from alliance.web.errors import error_responses

router = APIRouter(prefix="/api/v1", tags=["measures"], responses=error_responses(400, 401, 403, 404, 409))
FHIR_JSON = {200: {"content": {"application/fhir+json": {}}, "description": "A FHIR R4 resource"}}


def _read(adm: Any) -> AdministrationRead:
    return AdministrationRead.model_validate(adm)


def _submitted(adm: Any, alert: Any) -> SubmitResult:
    return SubmitResult(administration=_read(adm), alert_id=getattr(alert, "id", None))


@router.get("/measures/instruments", response_model=list[InstrumentSummary])
async def instruments(actor: CurrentActor) -> list[InstrumentSummary]:
    """The questionnaires that can be assigned."""
    return [InstrumentSummary(id=i.id, name=i.name, short_name=i.short_name, items=len(i.items),
                              languages=i.languages.available, recall_period=i.recall_period["en"])
            for i in list_instruments()]


@router.get("/clients/{client_id}/measures/assignments", response_model=list[AssignmentRead])
async def list_assignments(client_id: uuid.UUID, actor: CurrentActor, session: DB,
                           active: bool = False) -> list[AssignmentRead]:
    """The client's assignments (active only with ?active=true)."""
    rows = await service.list_assignments(session, actor, client_id, active_only=active)
    return [AssignmentRead.model_validate(r) for r in rows]


@router.post("/clients/{client_id}/measures/assignments", response_model=AssignmentRead, status_code=201)
async def assign(client_id: uuid.UUID, data: AssignmentCreate, actor: CurrentActor, session: DB) -> AssignmentRead:
    """Assign an instrument once or on a schedule; an active assignment of it is rescheduled instead."""
    return AssignmentRead.model_validate(await service.assign(session, actor, client_id, data))


@router.get("/measures/assignments/{assignment_id}", response_model=AssignmentRead)
async def get_assignment(assignment_id: uuid.UUID, actor: CurrentActor, session: DB) -> AssignmentRead:
    """One assignment."""
    return AssignmentRead.model_validate(await service.get_assignment(session, actor, assignment_id))


@router.patch("/measures/assignments/{assignment_id}", response_model=AssignmentRead)
async def update_assignment(assignment_id: uuid.UUID, data: AssignmentUpdate, actor: CurrentActor,
                            session: DB) -> AssignmentRead:
    """Change the schedule or start date, or end the assignment (active: false)."""
    return AssignmentRead.model_validate(await service.update_assignment(session, actor, assignment_id, data))


@router.delete("/measures/assignments/{assignment_id}", response_model=AssignmentRead)
async def unassign(assignment_id: uuid.UUID, actor: CurrentActor, session: DB) -> AssignmentRead:
    """End the assignment; its open questionnaires expire."""
    return AssignmentRead.model_validate(await service.unassign(session, actor, assignment_id))


@router.get("/clients/{client_id}/measures/due", response_model=list[AdministrationRead])
async def due(client_id: uuid.UUID, actor: CurrentActor, session: DB) -> list[AdministrationRead]:
    """Questionnaires waiting for the client (the client may ask for their own)."""
    return [_read(a) for a in await service.due_for_client(session, actor, client_id)]


@router.get("/clients/{client_id}/measures/administrations", response_model=list[AdministrationRead])
async def administrations(client_id: uuid.UUID, actor: CurrentActor, session: DB, instrument: str | None = None,
                          status: str | None = None) -> list[AdministrationRead]:
    """Every questionnaire of the client, filtered by instrument and status."""
    statuses = [s for s in (status or "").split(",") if s] or None
    rows = await service.list_administrations(session, actor, client_id, instrument_id=instrument, statuses=statuses)
    return [_read(a) for a in rows]


@router.post("/clients/{client_id}/measures/administrations", response_model=SubmitResult, status_code=201)
async def start(client_id: uuid.UUID, data: AdministrationCreate, actor: CurrentActor, session: DB) -> SubmitResult:
    """A clinician opens a questionnaire now; with `submit`, the answers are scored at once."""
    adm = await service.start(session, actor, client_id, data.instrument, language=data.language)
    if data.submit:
        adm, alert = await service.submit(session, actor, adm.id, data.answers or {})
        return _submitted(adm, alert)
    for item_id, value in (data.answers or {}).items():
        adm = await service.answer(session, actor, adm.id, item_id, value)
    return _submitted(adm, None)


@router.get("/measures/administrations/{administration_id}", response_model=AdministrationRead)
async def get_administration(administration_id: uuid.UUID, actor: CurrentActor, session: DB) -> AdministrationRead:
    """One questionnaire with its answers and result."""
    return _read(await service.get_administration(session, actor, administration_id))


@router.put("/measures/administrations/{administration_id}/answers/{item_id}", response_model=AdministrationRead)
async def answer(administration_id: uuid.UUID, item_id: str, data: AnswerSet, actor: CurrentActor,
                 session: DB) -> AdministrationRead:
    """Save one answer (the questionnaire stays open, so the client can resume later)."""
    return _read(await service.answer(session, actor, administration_id, item_id, data.value))


@router.post("/measures/administrations/{administration_id}/submit", response_model=SubmitResult)
async def submit(administration_id: uuid.UUID, actor: CurrentActor, session: DB,
                 data: SubmitRequest | None = None) -> SubmitResult:
    """Score and close the questionnaire; a risk answer raises an alert (its id is returned)."""
    answers = data.answers if data else None
    adm, alert = await service.submit(session, actor, administration_id, answers,
                                      require_complete=actor.role == "client")
    return _submitted(adm, alert)


@router.get("/clients/{client_id}/measures/results/{instrument}", response_model=list[AdministrationRead])
async def results(client_id: uuid.UUID, instrument: str, actor: CurrentActor, session: DB) -> list[AdministrationRead]:
    """Completed questionnaires of one instrument, oldest first."""
    return [_read(a) for a in await service.results(session, actor, client_id, instrument)]


@router.get("/clients/{client_id}/measures/trajectory/{instrument}", response_model=TrajectorySummary | None)
async def trajectory(client_id: uuid.UUID, instrument: str, actor: CurrentActor, session: DB) -> Any:
    """Totals over time with bands, reliable change against the first result and recovery (null without data)."""
    return await service.trajectory(session, actor, client_id, instrument)


@router.get("/measures/overdue", response_model=list[AdministrationRead])
async def overdue(actor: CurrentActor, session: DB) -> list[AdministrationRead]:
    """Questionnaires still open two days after they were due, for your caseload."""
    return [_read(a) for a, _ in await service.overdue(session, actor)]


@router.get("/measures/fhir/Questionnaire/{instrument}", responses=FHIR_JSON)
async def fhir_questionnaire(instrument: str, actor: CurrentActor, lang: str = "en") -> dict[str, Any]:
    """The instrument as a FHIR R4 Questionnaire (LOINC codes where known)."""
    return exchange.questionnaire(service.instrument(instrument).id, lang)


@router.get("/measures/administrations/{administration_id}/fhir/questionnaire-response", responses=FHIR_JSON)
async def fhir_response(administration_id: uuid.UUID, actor: CurrentActor, session: DB) -> dict[str, Any]:
    """A completed questionnaire as a FHIR R4 QuestionnaireResponse."""
    return await exchange.export_response(session, actor, administration_id)


@router.get("/measures/administrations/{administration_id}/fhir/observation", responses=FHIR_JSON)
async def fhir_observation(administration_id: uuid.UUID, actor: CurrentActor, session: DB) -> dict[str, Any]:
    """The total of a completed questionnaire as a FHIR R4 Observation."""
    return await exchange.export_observation(session, actor, administration_id)


@router.post("/clients/{client_id}/measures/fhir/import", response_model=SubmitResult, status_code=201)
async def fhir_import(client_id: uuid.UUID, actor: CurrentActor, session: DB,
                      resource: dict[str, Any] = Body(..., description="A FHIR R4 QuestionnaireResponse"),
                      ) -> SubmitResult:
    """Import a QuestionnaireResponse from an EHR: stored, scored, and escalated if it carries a risk answer."""
    if not isinstance(resource, dict):
        raise BadRequest("The body must be a FHIR QuestionnaireResponse object.")
    adm, alert = await exchange.import_response(session, actor, client_id, resource)
    return _submitted(adm, alert)
