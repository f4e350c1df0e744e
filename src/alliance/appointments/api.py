"""JSON API: appointments, the clinician's week, scheduling settings."""

from __future__ import annotations

import uuid

from fastapi import APIRouter

from alliance.appointments import service
from alliance.appointments.schemas import (
    AppointmentCancel,
    AppointmentCreate,
    AppointmentRead,
    AppointmentUpdate,
    CalendarEntry,
    CalendarWeek,
    SchedulingSettingsRead,
    SchedulingSettingsUpdate,
)
from alliance.errors import BadRequest
from alliance.web.deps import DB, CurrentActor
from alliance.web.errors import error_responses

router = APIRouter(prefix="/api/v1", tags=["appointments"], responses=error_responses(400, 401, 403, 404))


@router.get("/clients/{client_id}/appointments", response_model=list[AppointmentRead])
async def list_appointments(client_id: uuid.UUID, actor: CurrentActor, session: DB) -> list[AppointmentRead]:
    """A client's appointments, newest first."""
    return [AppointmentRead.model_validate(a) for a in await service.list_appointments(session, actor, client_id)]


@router.post("/clients/{client_id}/appointments", response_model=AppointmentRead, status_code=201,
             responses=error_responses(409))
async def create_appointment(client_id: uuid.UUID, data: AppointmentCreate, actor: CurrentActor,
                             session: DB) -> AppointmentRead:
    """Schedule a session, or a weekly or fortnightly series (`repeat` with `count` or `until`): the answer is the
    first session, and every occurrence carries the same `series_id`. A clash with the clinician's other sessions
    is a 409 naming them; a start in the past is a 400."""
    return AppointmentRead.model_validate(await service.create_appointment(session, actor, client_id, data))


@router.get("/appointments/{appointment_id}", response_model=AppointmentRead)
async def get_appointment(appointment_id: uuid.UUID, actor: CurrentActor, session: DB) -> AppointmentRead:
    """One appointment."""
    return AppointmentRead.model_validate(await service.get_appointment(session, actor, appointment_id, audited=True))


@router.patch("/appointments/{appointment_id}", response_model=AppointmentRead, responses=error_responses(409))
async def update_appointment(appointment_id: uuid.UUID, data: AppointmentUpdate, actor: CurrentActor,
                             session: DB) -> AppointmentRead:
    """Reschedule, or record that it happened (completed, no_show, cancelled with who and a reason code)."""
    return AppointmentRead.model_validate(await service.update_appointment(session, actor, appointment_id, data))


@router.post("/appointments/{appointment_id}/cancel", response_model=list[AppointmentRead])
async def cancel_appointment(appointment_id: uuid.UUID, data: AppointmentCancel, actor: CurrentActor,
                             session: DB) -> list[AppointmentRead]:
    """Cancel a session (`scope=one`), or it and the later sessions of its series (`scope=following`)."""
    return [AppointmentRead.model_validate(a) for a in await service.cancel(session, actor, appointment_id, data)]


@router.get("/calendar", response_model=CalendarWeek)
async def calendar_week(actor: CurrentActor, session: DB, clinician_id: uuid.UUID | None = None,
                        week: str | None = None) -> CalendarWeek:
    """A clinician's sessions Monday to Sunday in their zone (`week`: any day of it, default this week). Supervisors
    and admins may name a clinician of their practice; clients are named only where the caller may see them."""
    found = await service.week(session, actor, clinician_id, week)
    if found is None:
        raise BadRequest("Name the clinician whose calendar to show (clinician_id).")
    entries = [CalendarEntry(id=i.appointment.id, client_id=i.client_id, client_name=i.client_name,
                             starts_at=i.appointment.starts_at, duration_minutes=i.appointment.duration_minutes,
                             kind=i.appointment.kind, modality=i.appointment.modality, status=i.appointment.status)
               for _, items in found.days for i in items]
    return CalendarWeek(clinician_id=found.clinician.id, timezone=found.zone, week_start=found.monday,
                        entries=entries)


@router.get("/scheduling/settings", response_model=SchedulingSettingsRead)
async def get_scheduling_settings(actor: CurrentActor, session: DB) -> SchedulingSettingsRead:
    """The practice's scheduling settings (reminder lead time)."""
    return SchedulingSettingsRead.model_validate(await service.scheduling_settings(session, actor.practice_id))


@router.patch("/scheduling/settings", response_model=SchedulingSettingsRead)
async def update_scheduling_settings(data: SchedulingSettingsUpdate, actor: CurrentActor,
                                     session: DB) -> SchedulingSettingsRead:
    """Change the practice's scheduling settings (admins)."""
    return SchedulingSettingsRead.model_validate(await service.update_scheduling_settings(session, actor, data))
