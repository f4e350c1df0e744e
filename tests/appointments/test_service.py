"""Scheduling: series that keep the wall-clock time across DST, double booking, past starts, changes, the week."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from alliance.appointments import service
from alliance.appointments.schemas import AppointmentCancel, AppointmentCreate, AppointmentUpdate
from alliance.errors import BadRequest, Forbidden, NotFound
from alliance.security.models import AuditEvent
from tests.appointments.world import future, make_world
from tests.support.factories import actor, make_practice, make_user

LONDON = ZoneInfo("Europe/London")


def test_a_weekly_series_keeps_17_00_london_across_the_clock_change():
    first = datetime(2026, 10, 15, 17, 0, tzinfo=LONDON)  # BST; the clocks go back on 25 October
    starts = service.occurrences(first, "Europe/London", "weekly", count=4)
    assert [s.astimezone(LONDON).strftime("%Y-%m-%d %H:%M") for s in starts] == [
        "2026-10-15 17:00", "2026-10-22 17:00", "2026-10-29 17:00", "2026-11-05 17:00"]
    assert [s.hour for s in starts] == [16, 16, 17, 17]  # UTC moves by the zone's change
    spring = service.occurrences(datetime(2027, 3, 18, 17, 0, tzinfo=LONDON), "Europe/London", "fortnightly",
                                 until=date(2027, 4, 15))
    assert [s.astimezone(LONDON).strftime("%m-%d %H:%M") for s in spring] == ["03-18 17:00", "04-01 17:00",
                                                                                "04-15 17:00"]
    assert [s.hour for s in spring] == [17, 16, 16]


def test_series_limits():
    first = datetime(2027, 1, 4, 9, 0, tzinfo=timezone.utc)
    assert len(service.occurrences(first, "UTC", "weekly", count=104)) == 104
    with pytest.raises(BadRequest, match="at most 104"):
        service.occurrences(first, "UTC", "weekly", until=date(2030, 1, 1))
    with pytest.raises(BadRequest, match="before the first"):
        service.occurrences(first, "UTC", "weekly", until=date(2026, 12, 1))
    with pytest.raises(ValueError, match="count"):
        AppointmentCreate(starts_at=first, repeat="weekly")


async def test_booking_a_series_gives_every_occurrence_one_series_id(session):
    w = await make_world(session)
    made = await service.book(session, actor(w.clinician), w.client.id, AppointmentCreate(
        starts_at=future(2, 17), repeat="fortnightly", count=5, reason="sleep", modality="video"))
    assert len(made) == 5 and len({a.series_id for a in made}) == 1 and made[0].series_id is not None
    assert [b.starts_at.astimezone(LONDON).time() == a.starts_at.astimezone(LONDON).time() for a, b in zip(made, made[1:])] == [True] * 4
    assert [(b.starts_at.astimezone(LONDON).date() - a.starts_at.astimezone(LONDON).date()).days for a, b in zip(made, made[1:])] == [14] * 4
    assert all(a.clinician_id == w.clinician.id and a.reason == "sleep" for a in made)
    single = await service.create_appointment(session, actor(w.clinician), w.client.id,
                                              AppointmentCreate(starts_at=future(3, 9)))
    assert single.series_id is None
    events = (await session.execute(select(AuditEvent.action).where(AuditEvent.client_id == w.client.id))).scalars()
    assert list(events).count("appointment.create") == 6


async def test_double_booking_is_refused_with_the_clash_named(session):
    w = await make_world(session)
    me = actor(w.clinician)
    await service.book(session, me, w.client.id, AppointmentCreate(starts_at=future(17, 10), duration_minutes=60))
    with pytest.raises(service.DoubleBooking) as refused:
        await service.book(session, me, w.client.id, AppointmentCreate(starts_at=future(17, 10) + timedelta(minutes=30)))
    assert refused.value.status_code == 409
    local = future(17, 10).astimezone(LONDON)
    assert "Dr. Ada Test already has a session" in refused.value.detail
    assert f"{local:%Y-%m-%d %H:%M} {local:%Z} to" in refused.value.detail
    # A series that runs into it is refused as a whole: nothing of it is booked.
    with pytest.raises(service.DoubleBooking):
        await service.book(session, me, w.client.id, AppointmentCreate(
            starts_at=future(3, 10), repeat="weekly", count=4))
    assert len(await service.list_appointments(session, me, w.client.id)) == 1
    # Back to back is fine, and another clinician's time is theirs.
    await service.book(session, me, w.client.id, AppointmentCreate(starts_at=future(17, 11)))
    await service.book(session, actor(w.other), w.other_client.id, AppointmentCreate(starts_at=future(17, 10)))


async def test_past_starts_are_refused_for_new_bookings(session):
    w = await make_world(session)
    with pytest.raises(BadRequest, match="past"):
        await service.book(session, actor(w.clinician), w.client.id,
                           AppointmentCreate(starts_at=datetime.now(timezone.utc) - timedelta(hours=1)))


async def test_cancelled_sessions_free_their_time_and_this_and_following_cancels_the_rest(session):
    w = await make_world(session)
    me = actor(w.clinician)
    series = await service.book(session, me, w.client.id, AppointmentCreate(
        starts_at=future(1, 15), repeat="weekly", count=6))
    done = await service.cancel(session, me, series[2].id, AppointmentCancel(
        cancelled_by="client", cancel_reason="illness", scope="following"))
    assert [a.id for a in done] == [a.id for a in series[2:]]
    assert [a.status for a in series] == ["scheduled"] * 2 + ["cancelled"] * 4
    assert all(a.cancelled_by == "client" and a.cancel_reason == "illness" for a in series[2:])
    one = await service.cancel(session, me, series[0].id, AppointmentCancel())
    assert [a.id for a in one] == [series[0].id] and series[0].cancelled_by == "clinician"
    assert series[1].status == "scheduled"
    # The cancelled time can be booked again.
    await service.book(session, me, w.client.id, AppointmentCreate(starts_at=series[3].starts_at))
    actions = (await session.execute(select(AuditEvent.action, AuditEvent.detail).where(
        AuditEvent.client_id == w.client.id, AuditEvent.action == "appointment.cancel"))).all()
    assert len(actions) == 5 and "by=client;reason=illness;scope=following" in actions[0][1]


async def test_reschedule_one_occurrence_checks_clashes_and_resets_the_reminder(session):
    w = await make_world(session)
    me = actor(w.clinician)
    series = await service.book(session, me, w.client.id, AppointmentCreate(
        starts_at=future(1, 15), repeat="weekly", count=3))
    other = await service.book(session, me, w.client.id, AppointmentCreate(starts_at=future(2, 9)))
    series[0].reminded_at = datetime.now(timezone.utc)
    with pytest.raises(service.DoubleBooking):
        await service.reschedule(session, me, series[0].id, other[0].starts_at + timedelta(minutes=10))
    moved = await service.reschedule(session, me, series[0].id, future(2, 12), 30)
    assert moved.starts_at == future(2, 12) and moved.duration_minutes == 30 and moved.reminded_at is None
    assert series[1].starts_at == future(1, 15) + timedelta(days=7)  # the rest of the series stays
    await service.cancel(session, me, series[1].id, AppointmentCancel())
    with pytest.raises(BadRequest, match="Only a scheduled"):
        await service.reschedule(session, me, series[1].id, future(4, 9))


async def test_status_changes_and_their_rules(session):
    w = await make_world(session)
    me = actor(w.clinician)
    appt = (await service.book(session, me, w.client.id, AppointmentCreate(starts_at=future(1, 8))))[0]
    assert (await service.set_status(session, me, appt.id, "no_show")).status == "no_show"
    assert (await service.set_status(session, me, appt.id, "completed")).status == "completed"
    with pytest.raises(BadRequest):
        await service.set_status(session, me, appt.id, "cancelled")
    with pytest.raises(BadRequest, match="go with the status cancelled"):
        await service.update_appointment(session, me, appt.id, AppointmentUpdate(cancel_reason="illness"))
    cancelled = await service.update_appointment(session, me, appt.id, AppointmentUpdate(status="cancelled"))
    assert cancelled.cancelled_by == "clinician"
    # Scheduling it again checks its time is still free.
    await service.book(session, me, w.client.id, AppointmentCreate(starts_at=future(1, 8)))
    with pytest.raises(service.DoubleBooking):
        await service.set_status(session, me, appt.id, "scheduled")
    with pytest.raises(Forbidden):  # a supervisor reads but does not change
        await service.set_status(session, actor(w.supervisor), appt.id, "completed")


async def test_the_week_is_monday_to_sunday_in_the_clinicians_zone(session):
    w = await make_world(session)
    me = actor(w.clinician)
    monday = date(2030, 3, 25)  # BST starts on Sunday 31 March 2030
    sunday_late = datetime(2030, 3, 31, 23, 30, tzinfo=LONDON)
    monday_early = datetime(2030, 3, 25, 0, 30, tzinfo=LONDON)
    next_monday = datetime(2030, 4, 1, 0, 15, tzinfo=LONDON)
    for when in (sunday_late, monday_early, next_monday):
        await service.book(session, me, w.client.id, AppointmentCreate(starts_at=when, duration_minutes=10))
    week = await service.week(session, me, None, "2030-03-27")
    assert week.monday == monday and week.zone == "Europe/London" and week.count == 2
    assert [d for d, items in week.days if items] == [monday, date(2030, 3, 31)]
    item = week.days[0][1][0]
    assert item.client_name == w.client.full_name and item.client_id == w.client.id
    audit = (await session.execute(select(AuditEvent).where(AuditEvent.action == "calendar.read"))).scalars().all()
    assert audit and audit[-1].detail == "week=2030-03-25;count=2"
    with pytest.raises(BadRequest):
        service.parse_week("next tuesday", "UTC")


async def test_who_may_see_whose_calendar(session):
    w = await make_world(session)
    await service.book(session, actor(w.other), w.other_client.id, AppointmentCreate(starts_at=future(1, 9)))
    await service.book(session, actor(w.clinician), w.client.id, AppointmentCreate(starts_at=future(1, 11)))
    when = future(1, 9).date().isoformat()
    with pytest.raises(Forbidden):  # a clinician sees only their own
        await service.week(session, actor(w.clinician), w.other.id, when)
    admin_view = await service.week(session, actor(w.admin), w.other.id, when)
    assert [i.client_name for _, items in admin_view.days for i in items] == [w.other_client.full_name]
    assert await service.week(session, actor(w.admin), None, when) is None  # an admin picks a clinician
    # The supervisor sees their supervisee's clients by name, and only the times of anyone else's.
    supervised = await service.week(session, actor(w.supervisor), w.clinician.id, when)
    assert [i.client_name for _, items in supervised.days for i in items] == [w.client.full_name]
    unsupervised = await service.week(session, actor(w.supervisor), w.other.id, when)
    assert [(i.client_name, i.client_id) for _, items in unsupervised.days for i in items] == [(None, None)]
    elsewhere = await make_practice(session)
    stranger = await make_user(session, elsewhere, "admin")
    with pytest.raises(NotFound):
        await service.week(session, actor(stranger), w.clinician.id, when)
    with pytest.raises(Forbidden):
        await service.week(session, actor(w.portal), None, when)


async def test_the_client_sees_their_coming_sessions_only(session):
    w = await make_world(session)
    me = actor(w.clinician)
    later = await service.book(session, me, w.client.id, AppointmentCreate(starts_at=future(5, 9), kind="review"))
    soon = await service.book(session, me, w.client.id, AppointmentCreate(starts_at=future(2, 9)))
    gone = await service.book(session, me, w.client.id, AppointmentCreate(starts_at=future(3, 9)))
    await service.cancel(session, me, gone[0].id, AppointmentCancel())
    upcoming = await service.upcoming_for_client(session, actor(w.portal), w.client.id)
    assert [(a.id, name) for a, name in upcoming] == [(soon[0].id, "Dr. Ada Test"), (later[0].id, "Dr. Ada Test")]
    with pytest.raises(NotFound):
        await service.upcoming_for_client(session, actor(w.portal), w.other_client.id)
