"""JSON API: clients, care teams, supervision, demographics, export and erasure."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Response

from alliance.clients import export, service
from alliance.clients.schemas import (
    CareTeamAssign,
    CareTeamRead,
    ClientCreate,
    ClientRead,
    ClientSummary,
    ClientUpdate,
    DemographicsRead,
    DemographicsUpdate,
    ErasureRequest,
    ErasureResult,
    SupervisionCreate,
    SupervisionRead,
)
from alliance.web.deps import DB, CurrentActor
from alliance.web.errors import error_responses

router = APIRouter(prefix="/api/v1", tags=["clients"], responses=error_responses(400, 401, 403, 404, 409))


@router.get("/clients", response_model=list[ClientSummary])
async def list_clients(actor: CurrentActor, session: DB, status: str = "active") -> list[ClientSummary]:
    """The clients you may see: your caseload, your supervisees', or the practice's (admins)."""
    return [ClientSummary.model_validate(c) for c in await service.list_clients(session, actor, status=status or None)]


@router.post("/clients", response_model=ClientRead, status_code=201)
async def create_client(data: ClientCreate, actor: CurrentActor, session: DB) -> ClientRead:
    """Create a client (clinicians take them on; admins may name a clinician)."""
    return ClientRead.model_validate(await service.create_client(session, actor, data))


@router.get("/clients/{client_id}", response_model=ClientRead)
async def get_client(client_id: uuid.UUID, actor: CurrentActor, session: DB) -> ClientRead:
    """A client's profile."""
    return ClientRead.model_validate(await service.get_client(session, actor, client_id))


@router.patch("/clients/{client_id}", response_model=ClientRead)
async def update_client(client_id: uuid.UUID, data: ClientUpdate, actor: CurrentActor, session: DB) -> ClientRead:
    """Change a client's profile or status."""
    return ClientRead.model_validate(await service.update_client(session, actor, client_id, data))


@router.get("/clients/{client_id}/care-team", response_model=list[CareTeamRead])
async def care_team(client_id: uuid.UUID, actor: CurrentActor, session: DB) -> list[CareTeamRead]:
    """Who treats the client."""
    return [CareTeamRead.model_validate(m) for m in await service.care_team(session, actor, client_id)]


@router.post("/clients/{client_id}/care-team", response_model=CareTeamRead, status_code=201)
async def assign(client_id: uuid.UUID, data: CareTeamAssign, actor: CurrentActor, session: DB) -> CareTeamRead:
    """Put the client on a clinician's caseload (admins)."""
    return CareTeamRead.model_validate(await service.assign_clinician(session, actor, client_id, data))


@router.delete("/clients/{client_id}/care-team/{clinician_id}", response_model=CareTeamRead)
async def unassign(client_id: uuid.UUID, clinician_id: uuid.UUID, actor: CurrentActor, session: DB) -> CareTeamRead:
    """Take the client off a clinician's caseload (admins)."""
    return CareTeamRead.model_validate(await service.end_assignment(session, actor, client_id, clinician_id))


@router.get("/clients/{client_id}/demographics", response_model=DemographicsRead | None)
async def get_demographics(client_id: uuid.UUID, actor: CurrentActor, session: DB) -> DemographicsRead | None:
    """Optional demographics (kept only with quality-monitoring consent)."""
    row = await service.get_demographics(session, actor, client_id)
    return DemographicsRead.model_validate(row) if row else None


@router.put("/clients/{client_id}/demographics", response_model=DemographicsRead)
async def set_demographics(client_id: uuid.UUID, data: DemographicsUpdate, actor: CurrentActor,
                           session: DB) -> DemographicsRead:
    """Record demographics for fairness monitoring (needs the client's consent)."""
    return DemographicsRead.model_validate(await service.set_demographics(session, actor, client_id, data))


@router.get("/clients/{client_id}/export", response_class=Response,
            responses={200: {"content": {"application/zip": {}}, "description": "ZIP of records.json and records.html"}})
async def export_client(client_id: uuid.UUID, actor: CurrentActor, session: DB) -> Response:
    """Everything held about the client, as a ZIP (right of access)."""
    filename, data = await export.export_client(session, actor, client_id)
    return Response(data, media_type="application/zip",
                    headers={"Content-Disposition": f'attachment; filename="{filename}"'})


@router.post("/clients/{client_id}/erase", response_model=ErasureResult)
async def erase_client(client_id: uuid.UUID, data: ErasureRequest, actor: CurrentActor, session: DB) -> ErasureResult:
    """Erase a client per the retention rules (admins)."""
    return await export.erase_client(session, actor, client_id, data)


@router.get("/supervisions", response_model=list[SupervisionRead])
async def list_supervisions(actor: CurrentActor, session: DB) -> list[SupervisionRead]:
    """Supervision links (admins)."""
    return [SupervisionRead.model_validate(s) for s in await service.list_supervisions(session, actor)]


@router.post("/supervisions", response_model=SupervisionRead, status_code=201)
async def add_supervision(data: SupervisionCreate, actor: CurrentActor, session: DB) -> SupervisionRead:
    """A supervisor takes on a supervisee (admins)."""
    return SupervisionRead.model_validate(await service.add_supervision(session, actor, data))
