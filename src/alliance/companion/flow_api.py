"""JSON API of the guided exercises in the companion's chat and the clinician's communication-practice scenarios.

A step is answered like any message, with `POST /api/v1/portal/companion/messages`: the turn pipeline screens it
first and hands it to the exercise under way (companion/flows.py)."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Response

from alliance.companion import flows, roleplay
from alliance.companion.schemas import FlowRead, FlowStart, ScenarioRead, ScenarioWrite
from alliance.web.deps import DB, CurrentActor
from alliance.web.errors import error_responses

router = APIRouter(prefix="/api/v1", tags=["companion"], responses=error_responses(400, 401, 403, 404))


@router.get("/portal/companion/flows", response_model=list[FlowRead])
async def my_flows(actor: CurrentActor, session: DB) -> list[FlowRead]:
    """Your exercises in the conversation that are not over: offered, under way, left, or waiting for the mood
    after a planned activity."""
    return await flows.my_flows(session, actor)


@router.post("/portal/companion/flows", response_model=FlowRead, status_code=201, responses=error_responses(409))
async def start_flow(data: FlowStart, actor: CurrentActor, session: DB) -> FlowRead:
    """Start an exercise in the conversation (one your clinician offers, a homework, or a practice scenario); its
    first step is added to the conversation. 409 while the companion is paused after a risk alert."""
    flow = await flows.start(session, actor, data.kind, assignment_id=data.assignment_id,
                             scenario_id=data.scenario_id)
    return flows.flow_read(flow)


@router.post("/portal/companion/flows/{flow_id}/stop", response_model=FlowRead, responses=error_responses(409))
async def stop_flow(flow_id: uuid.UUID, actor: CurrentActor, session: DB) -> FlowRead:
    """Leave the exercise under way (your answers are kept), or say no to an offer."""
    return flows.flow_read(await flows.stop(session, actor, flow_id))


@router.post("/portal/companion/flows/{flow_id}/resume", response_model=FlowRead, responses=error_responses(409))
async def resume_flow(flow_id: uuid.UUID, actor: CurrentActor, session: DB) -> FlowRead:
    """Carry on with an exercise you left, or rate your mood after a planned activity."""
    return flows.flow_read(await flows.resume(session, actor, flow_id))


@router.post("/portal/companion/flows/{flow_id}/abandon", response_model=FlowRead, responses=error_responses(409))
async def abandon_flow(flow_id: uuid.UUID, actor: CurrentActor, session: DB) -> FlowRead:
    """Set an exercise aside for good."""
    return flows.flow_read(await flows.abandon(session, actor, flow_id))


@router.get("/clients/{client_id}/companion/scenarios", response_model=list[ScenarioRead])
async def list_scenarios(client_id: uuid.UUID, actor: CurrentActor, session: DB) -> list[ScenarioRead]:
    """The communication-practice scenarios set for the client (treating clinicians, supervisors, the client)."""
    return await roleplay.list_scenarios(session, actor, client_id)


@router.post("/clients/{client_id}/companion/scenarios", response_model=ScenarioRead, status_code=201)
async def add_scenario(client_id: uuid.UUID, data: ScenarioWrite, actor: CurrentActor, session: DB) -> ScenarioRead:
    """Set a scenario to practise: who the other person is, what the client wants to say, and optionally what the
    other person might say (the replies when no model answers). Treating clinicians."""
    return roleplay.scenario_read(await roleplay.add_scenario(session, actor, client_id, data))


@router.delete("/clients/{client_id}/companion/scenarios/{scenario_id}", status_code=204)
async def remove_scenario(client_id: uuid.UUID, scenario_id: uuid.UUID, actor: CurrentActor,
                          session: DB) -> Response:
    """Take a scenario out of the plan (what was practised stays in the records)."""
    await roleplay.remove_scenario(session, actor, client_id, scenario_id)
    return Response(status_code=204)
