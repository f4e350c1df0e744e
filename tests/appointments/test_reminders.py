"""Appointment reminders by e-mail: once per appointment, PHI-free, in the client's zone, only when chosen."""

from __future__ import annotations

from datetime import timedelta
from email import message_from_string
from email.policy import default
from zoneinfo import ZoneInfo

from sqlalchemy import select

from alliance.appointments import reminders, service
from alliance.appointments.schemas import AppointmentCreate, SchedulingSettingsUpdate
from alliance.config import get_settings
from alliance.db.base import utcnow
from alliance.security.models import AuditEvent
from tests.appointments.world import make_world
from tests.support.factories import actor
from tests.support.smtp import smtp_sink


def _settings(port: int):  # noqa: ANN202
    return get_settings().model_copy(update={"smtp_host": "127.0.0.1", "smtp_port": port,
                                             "base_url": "https://alliance.example.org"})


async def _book(session, w, hours: float, **extra):  # noqa: ANN001, ANN202
    start = (utcnow() + timedelta(hours=hours)).replace(second=0, microsecond=0)
    return (await service.book(session, actor(w.clinician), w.client.id, AppointmentCreate(
        starts_at=start, reason="Panic attacks at work", kind="intake", **extra)))[0]


async def test_a_reminder_goes_once_with_nothing_but_the_practice_time_and_link(session):
    w = await make_world(session)
    w.client.timezone = "America/New_York"
    soon = await _book(session, w, 23)
    later = await _book(session, w, 30)  # outside the default 24 hours
    with smtp_sink() as (port, messages):
        assert await reminders.send_due(session, settings=_settings(port)) == 1
        assert await reminders.send_due(session, settings=_settings(port)) == 0  # a repeated run sends nothing
        assert len(messages) == 1
    mail = message_from_string(messages[0], policy=default)
    body = mail.get_body().get_content()
    assert mail["To"] == "marisol@example.org"
    assert mail["Subject"] == "Appointment reminder: Riverside Test Practice"
    local = soon.starts_at.astimezone(ZoneInfo("America/New_York"))
    assert f"{local:%A %d %B %Y at %H:%M %Z} (America/New_York)" in body
    assert "https://alliance.example.org/login" in body
    for phi in ("Marisol", "Quintanilla", "Panic", "intake", "Dr. Ada Test", "Ada"):
        assert phi not in messages[0]
    for row in (soon, later):
        await session.refresh(row)
    assert soon.reminded_at is not None and later.reminded_at is None
    events = (await session.execute(select(AuditEvent).where(AuditEvent.action == "appointment.remind"))).scalars()
    assert [(e.client_id, e.resource_id) for e in events] == [(w.client.id, str(soon.id))]


async def test_the_practice_sets_the_lead_time_and_clients_may_opt_out(session):
    w = await make_world(session)
    await service.update_scheduling_settings(session, actor(w.admin), SchedulingSettingsUpdate(reminder_hours=48))
    in_30 = await _book(session, w, 30)
    with smtp_sink() as (port, messages):
        w.client.reminders_by_email = False
        await session.flush()
        assert await reminders.send_due(session, settings=_settings(port)) == 0
        w.client.reminders_by_email = True
        await session.flush()
        assert await reminders.send_due(session, settings=_settings(port)) == 1
    await session.refresh(in_30)
    assert in_30.reminded_at is not None
    await service.update_scheduling_settings(session, actor(w.admin), SchedulingSettingsUpdate(reminder_hours=0))
    await _book(session, w, 2)
    assert await reminders.due(session) == []


async def test_a_failed_send_is_tried_again_and_a_moved_session_is_reminded_again(session):
    w = await make_world(session)
    appt = await _book(session, w, 20)
    with smtp_sink() as (port, _):
        closed = port
    assert await reminders.send_due(session, settings=_settings(closed)) == 0  # nobody listens any more
    await session.refresh(appt)
    assert appt.reminded_at is None
    with smtp_sink() as (port, messages):
        assert await reminders.send_due(session, settings=_settings(port)) == 1
        await session.refresh(appt)
        await service.reschedule(session, actor(w.clinician), appt.id, appt.starts_at + timedelta(hours=2))
        assert await reminders.send_due(session, settings=_settings(port)) == 1
        assert len(messages) == 2
    # No SMTP server configured: nothing is claimed.
    other = await _book(session, w, 10)
    assert await reminders.send_due(session, settings=get_settings().model_copy(update={"smtp_host": None})) == 0
    await session.refresh(other)
    assert other.reminded_at is None
