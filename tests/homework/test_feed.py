"""The client's private calendar feed: a secret address stored hashed, parsed back with icalendar, reminders
at the local time outside quiet hours with an alarm, nothing clinical, revocable at once, rate limited."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar
from sqlalchemy import select

from alliance.appointments import service as appointments
from alliance.appointments.feed import RateLimit
from alliance.appointments.schemas import AppointmentCreate
from alliance.config import get_settings
from alliance.errors import Forbidden
from alliance.homework import feed, reminders
from alliance.homework.reminder_models import ReminderFeed
from alliance.security import tokens
from alliance.security.models import AuditEvent
from tests.appointments.world import future
from tests.homework.world import assign, world
from tests.support.factories import actor

MADRID = ZoneInfo("Europe/Madrid")


def _events(body: bytes) -> list:
    return list(Calendar.from_ical(body).walk("VEVENT"))


async def test_the_feed_parses_and_holds_each_reminder_at_the_clients_local_time(session, http):
    _, clinician, client, portal = await world(session, preferred_language="es")
    client.timezone = "Europe/Madrid"
    await session.flush()
    await assign(session, clinician, client, "check-in", "daily", note="For the panic in the mornings")
    appt = (await appointments.book(session, actor(clinician), client.id, AppointmentCreate(
        starts_at=future(3, 10), reason="Panic attacks at work", kind="intake")))[0]
    secret, row = await feed.create_feed(session, actor(portal))
    assert row.token_hash == tokens.token_hash(secret) and len(secret) >= 40 and secret not in row.token_hash

    response = await http.get(f"/reminders/feed/{secret}.ics")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/calendar")
    events = _events(response.content)
    mine = [e for e in events if str(e["UID"]).startswith("reminder-")]
    visits = [e for e in events if str(e["UID"]).startswith("appointment-")]
    assert len(mine) == feed.HORIZON_DAYS  # a daily check-in: every day of the next 30
    today = datetime.now(MADRID).date()
    first = mine[0]
    start = first.decoded("DTSTART")
    assert start == datetime(today.year, today.month, today.day, 18, 0, tzinfo=MADRID)
    assert first["DTSTART"].params["TZID"] == "Europe/Madrid" and "BEGIN:VTIMEZONE" in response.text
    assert str(first["SUMMARY"]) == "Alliance: un momento para tu práctica"
    assert str(first["DESCRIPTION"]) == get_settings().base_url.rstrip("/") + "/portal"
    alarms = first.walk("VALARM")
    assert len(alarms) == 1 and str(alarms[0]["ACTION"]) == "DISPLAY"
    assert [str(v["SUMMARY"]) for v in visits] == ["Cita"] and visits[0].decoded("DTSTART") == appt.starts_at
    for clinical in ("panic", "Panic", "intake", "check-in", "Rosa", "Reyes", "Test Practice",
                     str(client.id)):
        assert clinical not in response.text, clinical
    uids = [str(e["UID"]) for e in events]
    assert [str(e["UID"]) for e in _events((await http.get(f"/reminders/feed/{secret}.ics")).content)] == uids

    # Quiet hours move a late reminder to their end, the next morning.
    await reminders.update_preferences(session, actor(portal), reminders.ReminderSettings(
        remind_at="22:30", quiet_start="21:00", quiet_end="07:00"))
    moved = [e for e in _events((await http.get(f"/reminders/feed/{secret}.ics")).content)
             if str(e["UID"]).startswith("reminder-")][0]
    tomorrow = today + timedelta(days=1)
    assert moved.decoded("DTSTART") == datetime.combine(tomorrow, time(7, 0), tzinfo=MADRID)


async def test_a_revoked_address_is_gone_at_once_and_staff_cannot_make_one(session, http):
    _, clinician, client, portal = await world(session)
    me, staff = actor(portal), actor(clinician)  # (objects expire when a request fails: take the ids now)
    client_id = client.id
    await assign(session, clinician, client, "worry-log", "weekly")
    old, _ = await feed.create_feed(session, me)
    new, _ = await feed.create_feed(session, me)  # a new address turns the old one off
    assert (await http.get(f"/reminders/feed/{old}.ics")).status_code == 404
    assert (await http.get(f"/reminders/feed/{new}.ics")).status_code == 200
    assert (await http.get(f"/reminders/feed/{new}.ics")).status_code == 200
    assert await feed.revoke_feed(session, me) == 1
    assert (await http.get(f"/reminders/feed/{new}.ics")).status_code == 404
    assert (await http.get("/reminders/feed/not-a-token.ics")).status_code == 404
    assert (await http.get(f"/reminders/feed/{new}")).status_code == 404
    with pytest.raises(Forbidden):
        await feed.create_feed(session, staff)
    actions = (await session.execute(select(AuditEvent.action).where(
        AuditEvent.client_id == client_id, AuditEvent.action.like("reminders.feed.%")))).scalars().all()
    assert sorted(actions) == ["reminders.feed.create", "reminders.feed.create", "reminders.feed.read",
                               "reminders.feed.revoke", "reminders.feed.revoke"]  # two polls, one read entry
    assert (await session.execute(select(ReminderFeed.revoked_at))).scalars().all().count(None) == 0


async def test_the_portal_makes_shows_once_and_revokes_the_address(session, http):
    from tests.support.factories import token_headers

    _, _, client, portal = await world(session)
    me = await token_headers(session, portal)
    made = await http.post("/portal/reminders/feed", headers=me)
    assert made.status_code == 200 and "shown only now" in made.text
    url = made.text.split('id="rem-feed-url"', 1)[1].split('value="', 1)[1].split('"', 1)[0]
    assert url.startswith(get_settings().base_url.rstrip("/") + "/reminders/feed/") and url.endswith(".ics")
    path = url.removeprefix(get_settings().base_url.rstrip("/"))
    assert (await http.get(path)).status_code == 200
    again = (await http.get("/portal/reminders", headers=me)).text
    assert "Your calendar address is on" in again and path not in again  # the secret is not shown again
    gone = await http.post("/portal/reminders/feed/revoke", headers=me)
    assert gone.status_code == 303 and (await http.get(path)).status_code == 404


async def test_the_feed_is_rate_limited_per_address(session, http, monkeypatch):
    _, _, _, portal = await world(session)
    secret, _ = await feed.create_feed(session, actor(portal))
    monkeypatch.setattr(feed, "limiter", RateLimit(3))
    answers = [(await http.get(f"/reminders/feed/{secret}.ics")).status_code for _ in range(4)]
    assert answers == [200, 200, 200, 429]
    assert int((await http.get(f"/reminders/feed/{secret}.ics")).headers["retry-after"]) >= 1
