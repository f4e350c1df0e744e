"""JSON API: the pre-session brief of a client (optionally for one session). Thin: brief/service.py works."""

from __future__ import annotations

import uuid

from fastapi import APIRouter

from alliance.appointments import service as appointments_service
from alliance.brief import service
from alliance.brief.schemas import BriefRead
from alliance.errors import BadRequest
from alliance.web.deps import DB, CurrentActor
from alliance.web.errors import error_responses

router = APIRouter(prefix="/api/v1", tags=["brief"], responses=error_responses(400, 401, 403, 404))


@router.get("/clients/{client_id}/brief", response_model=BriefRead)
async def client_brief(client_id: uuid.UUID, actor: CurrentActor, session: DB,
                       appointment_id: uuid.UUID | None = None) -> BriefRead:
    """What happened since the client's last session (or before the given session), each statement with the
    path of its record; for the client's treating clinicians and their supervisors (audited)."""
    appointment = None
    if appointment_id is not None:
        appointment = await appointments_service.get_appointment(session, actor, appointment_id)
        if appointment.client_id != client_id:
            raise BadRequest("That session belongs to another client.")
    return await service.build(session, actor, client_id, appointment=appointment)
