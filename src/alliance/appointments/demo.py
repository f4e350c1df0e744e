"""Demo data: a weekly series for the demo clinician and a few sessions this week, so the calendar has a week to
show (fictional; idempotent)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime, time, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from alliance.appointments import service
from alliance.appointments.models import Appointment
from alliance.appointments.schemas import AppointmentCreate
from alliance.db.base import utcnow
from alliance.security.audit import Actor
from alliance.web.timefmt import zone

SERIES_WEEKS_BEFORE = 6
SERIES_LENGTH = 16
# (client index in the demo's order, weekday 0=Monday, local time, kind, modality): single sessions this week.
THIS_WEEK = [(1, 0, time(13, 0), "therapy", "in_person"), (0, 2, time(14, 30), "review", "video")]


async def seed_scheduling(session: AsyncSession, practice: Any, staff: Sequence[Any],
                          clients: Sequence[tuple[uuid.UUID, int]]) -> int:
    """Give the demo clinician (staff[1]) a weekly Thursday 17:00 series with their third client, six weeks old,
    and two more sessions this week; returns how many sessions were made (0 when the demo already has them)."""
    clinician = staff[1]
    if await session.scalar(select(Appointment.id).where(Appointment.clinician_id == clinician.id,
                                                          Appointment.series_id.is_not(None)).limit(1)):
        return 0
    mine = [client_id for client_id, who in clients if who == 1]
    if len(mine) < 3:
        return 0
    system = Actor.system(practice.id)
    here = zone(practice.timezone)
    today = utcnow().astimezone(here).date()
    monday = today - timedelta(days=today.weekday())
    first = datetime.combine(monday + timedelta(days=3 - 7 * SERIES_WEEKS_BEFORE), time(17, 0), tzinfo=here)
    made = await service.book(session, system, mine[2], AppointmentCreate(
        starts_at=first, duration_minutes=50, kind="therapy", modality="video", clinician_id=clinician.id,
        repeat="weekly", count=SERIES_LENGTH, timezone=practice.timezone), allow_past=True)
    for client, weekday, at, kind, modality in THIS_WEEK:
        made += await service.book(session, system, mine[client], AppointmentCreate(
            starts_at=datetime.combine(monday + timedelta(days=weekday), at, tzinfo=here), duration_minutes=50,
            kind=kind, modality=modality, clinician_id=clinician.id), allow_past=True)
    now = utcnow()
    past = [a for a in made if a.ends_at <= now]
    for n, appt in enumerate(past):
        appt.status = "completed"
        if n == 1:
            appt.status, appt.cancelled_by, appt.cancel_reason = "cancelled", "client", "illness"
        elif n == 3:
            appt.status = "no_show"
        appt.reminded_at = appt.starts_at - timedelta(hours=24)
    await session.flush()
    return len(made)
