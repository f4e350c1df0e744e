"""JSON API: risk alerts, AI pause, safety plans, crisis responses and resources, screening."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Query, Response

from alliance.errors import Forbidden
from alliance.safety import service
from alliance.safety.resources import CrisisResources, resources_for
from alliance.safety.schemas import (
    Acknowledge,
    AlertRead,
    ClientMessage,
    CrisisResponse,
    CrisisServiceCreate,
    CrisisServiceRead,
    EscalationRead,
    ResumeAi,
    SafetyPlanRead,
    SafetyPlanWrite,
    SafetySettingsRead,
    SafetySettingsUpdate,
    ScreenRequest,
)
from alliance.security import audit
from alliance.security.authz import Action, allowed_actions, authorize
from alliance.web.deps import DB, CurrentActor
from alliance.web.errors import error_responses

router = APIRouter(prefix="/api/v1", tags=["safety"], responses=error_responses(400, 401, 403, 404))


@router.get("/alerts", response_model=list[AlertRead])
async def list_alerts(actor: CurrentActor, session: DB,
                      status: str = Query(default="open", pattern="^(open|acknowledged|all)$")) -> list[AlertRead]:
    """Risk alerts for your clients (and those routed to you on call)."""
    return await service.list_alerts(session, actor, status=None if status == "all" else status)


@router.get("/alerts/{alert_id}", response_model=AlertRead)
async def get_alert(alert_id: uuid.UUID, actor: CurrentActor, session: DB) -> AlertRead:
    """One alert with its reasons and quoted evidence."""
    alert, client = await service.get_alert(session, actor, alert_id)
    return service.alert_read(alert, client_name=client.full_name, paused=await service.ai_paused(session, client.id))


@router.post("/alerts/{alert_id}/acknowledge", response_model=AlertRead)
async def acknowledge(alert_id: uuid.UUID, data: Acknowledge, actor: CurrentActor, session: DB) -> AlertRead:
    """Record that you reviewed the alert, what you did and your judgement (risk confirmed, not risk, unsure);
    optionally resume the client's AI features."""
    alert = await service.acknowledge(session, actor, alert_id, data.note, judgement=data.judgement,
                                      resume=data.resume_ai)
    return service.alert_read(alert, paused=await service.ai_paused(session, alert.client_id))


@router.get("/clients/{client_id}/ai", response_model=dict)
async def ai_status(client_id: uuid.UUID, actor: CurrentActor, session: DB) -> dict:
    """Whether the client's AI features are paused after a risk alert."""
    await authorize(session, actor, Action.profile_read, client_id)
    return {"paused": await service.ai_paused(session, client_id)}


@router.post("/clients/{client_id}/ai/resume", response_model=dict)
async def resume_ai(client_id: uuid.UUID, data: ResumeAi, actor: CurrentActor, session: DB) -> dict:
    """Resume the client's AI features after reviewing the risk (treating clinicians)."""
    resumed = await service.resume_ai(session, actor, client_id, data.note)
    return {"paused": False, "resumed": resumed}


@router.get("/clients/{client_id}/safety-plan", response_model=SafetyPlanRead | None)
async def get_plan(client_id: uuid.UUID, actor: CurrentActor, session: DB) -> SafetyPlanRead | None:
    """The client's current safety plan."""
    return await service.get_plan(session, actor, client_id)


@router.put("/clients/{client_id}/safety-plan", response_model=SafetyPlanRead)
async def save_plan(client_id: uuid.UUID, data: SafetyPlanWrite, actor: CurrentActor, session: DB) -> SafetyPlanRead:
    """Save a new version of the safety plan (the client or a treating clinician)."""
    return await service.save_plan(session, actor, client_id, data)


@router.get("/clients/{client_id}/safety-plan/history", response_model=list[SafetyPlanRead])
async def plan_history(client_id: uuid.UUID, actor: CurrentActor, session: DB) -> list[SafetyPlanRead]:
    """Every version of the plan, newest first."""
    return await service.plan_history(session, actor, client_id)


@router.get("/clients/{client_id}/crisis-response", response_model=CrisisResponse)
async def crisis_response(client_id: uuid.UUID, actor: CurrentActor, session: DB) -> CrisisResponse:
    """The client's safety plan and the crisis resources for their country and language."""
    await authorize(session, actor, Action.safety_plan_read, client_id)
    response = await service.crisis_response(session, client_id)
    await audit.record(session, actor, "safety.crisis_response.read", client_id=client_id,
                       resource_type="safety_plan")
    return response


@router.post("/clients/{client_id}/screen", response_model=EscalationRead)
async def screen_client_content(client_id: uuid.UUID, data: ClientMessage, actor: CurrentActor,
                                session: DB) -> EscalationRead:
    """Screen content a client wrote; at moderate or above it alerts the clinician and returns the crisis response."""
    client = await authorize(session, actor, Action.profile_read, client_id)
    actions = await allowed_actions(session, actor, client)
    if Action.portal not in actions and Action.clinical_write not in actions:
        raise Forbidden("Only the client or a treating clinician can submit the client's words.")
    result = await service.screen_client_text(session, actor, client_id, data.text, source=data.source)
    return EscalationRead(screening=result.screening.to_dict(), alert_id=result.alert.id if result.alert else None,
                          crisis_response=result.response)


@router.post("/safety/screen", response_model=dict)
async def screen_text(data: ScreenRequest, actor: CurrentActor) -> dict:
    """Screen any text without storing it (staff): level, categories, evidence and the rules that fired."""
    if actor.role == "client":
        raise Forbidden("Staff only.")
    from alliance.safety import screen

    return screen(data.text, lang=data.lang).to_dict()


@router.get("/crisis-resources", response_model=CrisisResources)
async def crisis_resources(actor: CurrentActor, session: DB, country: str = Query(min_length=2, max_length=2),
                           lang: str | None = Query(default=None, pattern=r"^[a-z]{2}$")) -> CrisisResources:
    """Shipped and practice-added crisis resources for a country, in a language's order."""
    return resources_for(country, lang, extra=await service.practice_services(session, actor.practice_id))


@router.get("/crisis-services", response_model=list[CrisisServiceRead])
async def list_services(actor: CurrentActor, session: DB) -> list[CrisisServiceRead]:
    """The practice's own local services (staff)."""
    return [CrisisServiceRead.model_validate(r, from_attributes=True)
            for r in await service.list_local_services(session, actor)]


@router.post("/crisis-services", response_model=CrisisServiceRead, status_code=201)
async def add_service(data: CrisisServiceCreate, actor: CurrentActor, session: DB) -> CrisisServiceRead:
    """Add a local crisis service (admins)."""
    return CrisisServiceRead.model_validate(await service.add_local_service(session, actor, data), from_attributes=True)


@router.delete("/crisis-services/{service_id}", status_code=204)
async def delete_service(service_id: uuid.UUID, actor: CurrentActor, session: DB) -> Response:
    """Remove a local crisis service (admins)."""
    await service.delete_local_service(session, actor, service_id)
    return Response(status_code=204)


@router.get("/safety/settings", response_model=SafetySettingsRead)
async def get_settings(actor: CurrentActor, session: DB) -> SafetySettingsRead:
    """Escalation settings: the on-call clinician."""
    row = await service.get_safety_settings(session, actor)
    return SafetySettingsRead(on_call_user_id=row.on_call_user_id)


@router.put("/safety/settings", response_model=SafetySettingsRead)
async def put_settings(data: SafetySettingsUpdate, actor: CurrentActor, session: DB) -> SafetySettingsRead:
    """Choose the on-call clinician (admins)."""
    row = await service.set_on_call(session, actor, data.on_call_user_id)
    return SafetySettingsRead(on_call_user_id=row.on_call_user_id)
