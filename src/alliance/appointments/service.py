"""Appointments with a client."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from alliance.accounts.models import User
from alliance.appointments.models import Appointment
from alliance.appointments.schemas import AppointmentCreate, AppointmentUpdate
from alliance.db.base import utcnow
from alliance.errors import BadRequest, NotFound
from alliance.security import audit
from alliance.security.audit import Actor
from alliance.security.authz import Action, authorize


async def create_appointment(session: AsyncSession, actor: Actor, client_id: uuid.UUID,
                             data: AppointmentCreate) -> Appointment:
    """Schedule a session with a client."""
    client = await authorize(session, actor, Action.clinical_write, client_id)
    clinician_id = data.clinician_id or actor.user_id
    clinician = await session.get(User, clinician_id) if clinician_id else None
    if clinician is None or clinician.practice_id != client.practice_id or clinician.role not in ("clinician", "supervisor"):
        raise BadRequest("clinician_id must name a clinician of this practice.")
    appt = Appointment(practice_id=client.practice_id, client_id=client.id, clinician_id=clinician_id,
                       starts_at=data.starts_at, duration_minutes=data.duration_minutes, kind=data.kind,
                       modality=data.modality, created_by=actor.user_id, updated_by=actor.user_id)
    appt.reason = data.reason
    session.add(appt)
    await session.flush()
    await audit.record(session, actor, "appointment.create", client_id=client.id, resource_type="appointment",
                       resource_id=appt.id)
    return appt


async def list_appointments(session: AsyncSession, actor: Actor, client_id: uuid.UUID) -> Sequence[Appointment]:
    """A client's appointments, newest first."""
    client = await authorize(session, actor, Action.clinical_read, client_id)
    await audit.record(session, actor, "appointment.list", client_id=client.id, resource_type="appointment")
    return (
        await session.execute(select(Appointment).where(Appointment.client_id == client.id,
                                                        Appointment.deleted_at.is_(None))
                              .order_by(Appointment.starts_at.desc()))
    ).scalars().all()


async def get_appointment(session: AsyncSession, actor: Actor, appointment_id: uuid.UUID,
                          action: Action = Action.clinical_read) -> Appointment:
    """One appointment, if the actor may see its client's clinical record."""
    appt = await session.get(Appointment, appointment_id)
    if appt is None or appt.deleted_at is not None:
        raise NotFound("No such appointment.")
    await authorize(session, actor, action, appt.client_id)
    return appt


async def update_appointment(session: AsyncSession, actor: Actor, appointment_id: uuid.UUID,
                             data: AppointmentUpdate) -> Appointment:
    """Reschedule or record what happened."""
    appt = await get_appointment(session, actor, appointment_id, Action.clinical_write)
    changed = data.model_dump(exclude_unset=True)
    for field, value in changed.items():
        if value is None and field != "reason":
            raise BadRequest(f"{field} cannot be empty.")
        setattr(appt, field, value)
    appt.updated_by = actor.user_id
    appt.updated_at = utcnow()
    await audit.record(session, actor, "appointment.update", client_id=appt.client_id, resource_type="appointment",
                       resource_id=appt.id, detail="fields=" + ",".join(sorted(changed)))
    return appt
