"""JSON API: appointments."""

from __future__ import annotations

import uuid

from fastapi import APIRouter

from alliance.appointments import service
from alliance.appointments.schemas import AppointmentCreate, AppointmentRead, AppointmentUpdate
from alliance.web.deps import DB, CurrentActor
from alliance.web.errors import error_responses

router = APIRouter(prefix="/api/v1", tags=["appointments"], responses=error_responses(400, 401, 403, 404))


@router.get("/clients/{client_id}/appointments", response_model=list[AppointmentRead])
async def list_appointments(client_id: uuid.UUID, actor: CurrentActor, session: DB) -> list[AppointmentRead]:
    """A client's appointments, newest first."""
    return [AppointmentRead.model_validate(a) for a in await service.list_appointments(session, actor, client_id)]


@router.post("/clients/{client_id}/appointments", response_model=AppointmentRead, status_code=201)
async def create_appointment(client_id: uuid.UUID, data: AppointmentCreate, actor: CurrentActor,
                             session: DB) -> AppointmentRead:
    """Schedule a session."""
    return AppointmentRead.model_validate(await service.create_appointment(session, actor, client_id, data))


@router.get("/appointments/{appointment_id}", response_model=AppointmentRead)
async def get_appointment(appointment_id: uuid.UUID, actor: CurrentActor, session: DB) -> AppointmentRead:
    """One appointment."""
    return AppointmentRead.model_validate(await service.get_appointment(session, actor, appointment_id))


@router.patch("/appointments/{appointment_id}", response_model=AppointmentRead)
async def update_appointment(appointment_id: uuid.UUID, data: AppointmentUpdate, actor: CurrentActor,
                             session: DB) -> AppointmentRead:
    """Reschedule, or record that it happened."""
    return AppointmentRead.model_validate(await service.update_appointment(session, actor, appointment_id, data))
