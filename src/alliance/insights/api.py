"""JSON API for insights: outcome figures (optionally by client group), clients not on track, practice groups.
Thin: parse, call the service, return."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any, Optional

from fastapi import APIRouter, Response

from alliance.insights import service
from alliance.insights.schemas import ClientGroupsRead, ClientGroupsUpdate, GroupCreate, GroupRead, NotOnTrack
from alliance.web.deps import DB, CurrentActor
from alliance.web.errors import error_responses

router = APIRouter(prefix="/api/v1", tags=["insights"], responses=error_responses(400, 401, 403, 404))


@router.get("/insights/outcomes", response_model=dict[str, Any])
async def outcomes(actor: CurrentActor, session: DB, by: Optional[str] = None, start: Optional[datetime] = None,
                   end: Optional[datetime] = None, clinician_id: Optional[uuid.UUID] = None) -> dict[str, Any]:
    """Finished-course outcomes, engagement and waiting times for the actor's scope; `by` adds group tables."""
    return await service.outcome_report(session, actor, start=start, end=end, clinician_id=clinician_id, by=by)


@router.get("/insights/not-on-track", response_model=list[NotOnTrack])
async def not_on_track(actor: CurrentActor, session: DB, clinician_id: Optional[uuid.UUID] = None) -> list[Any]:
    """Clients whose PHQ-9 is behind the expected curve or who reliably deteriorated, with the reason."""
    return await service.not_on_track(session, actor, clinician_id)


@router.get("/insights/groups", response_model=list[GroupRead])
async def list_groups(actor: CurrentActor, session: DB) -> list[Any]:
    """The practice's own client groups."""
    return list(await service.list_groups(session, actor))


@router.post("/insights/groups", response_model=GroupRead, status_code=201, responses=error_responses(409, 422))
async def create_group(data: GroupCreate, actor: CurrentActor, session: DB) -> Any:
    """Define a client group (admins)."""
    return await service.create_group(session, actor, data.name)


@router.delete("/insights/groups/{group_id}", status_code=204)
async def archive_group(group_id: uuid.UUID, actor: CurrentActor, session: DB) -> Response:
    """Stop using a group (admins)."""
    await service.archive_group(session, actor, group_id)
    return Response(status_code=204)


@router.get("/clients/{client_id}/groups", response_model=ClientGroupsRead)
async def client_groups(client_id: uuid.UUID, actor: CurrentActor, session: DB) -> ClientGroupsRead:
    """The practice groups a client is tagged with."""
    ids = await service.client_group_ids(session, actor, client_id)
    return ClientGroupsRead(client_id=client_id, group_ids=sorted(ids, key=str))


@router.put("/clients/{client_id}/groups", response_model=ClientGroupsRead, responses=error_responses(422))
async def set_client_groups(client_id: uuid.UUID, data: ClientGroupsUpdate, actor: CurrentActor,
                            session: DB) -> ClientGroupsRead:
    """Tag a client with exactly these practice groups."""
    ids = await service.set_client_groups(session, actor, client_id, data.group_ids)
    return ClientGroupsRead(client_id=client_id, group_ids=sorted(ids, key=str))
