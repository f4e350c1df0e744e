"""The clinician's ICS feed: a secret address stored hashed, parsed back with icalendar, no PHI, rate limited."""

from __future__ import annotations

from datetime import timedelta

import pytest
from icalendar import Calendar
from sqlalchemy import select

from alliance.appointments import feed, service
from alliance.appointments.models import CalendarFeed
from alliance.appointments.schemas import AppointmentCancel, AppointmentCreate
from alliance.errors import Forbidden
from alliance.security import tokens
from tests.appointments.world import future, make_world
from tests.support.factories import actor


def _events(body: bytes) -> dict[str, dict]:
    cal = Calendar.from_ical(body)
    return {str(e["UID"]): {"summary": str(e["SUMMARY"]), "start": e.decoded("DTSTART"), "end": e.decoded("DTEND"),
                            "status": str(e["STATUS"]), "sequence": int(e["SEQUENCE"])}
            for e in cal.walk("VEVENT")}


async def test_the_feed_is_read_without_a_login_and_parses_back(session, http):
    w = await make_world(session)
    me = actor(w.clinician)
    series = await service.book(session, me, w.client.id, AppointmentCreate(
        starts_at=future(2, 16), duration_minutes=45, repeat="weekly", count=3, reason="Grief after the move"))
    await service.book(session, actor(w.other), w.other_client.id, AppointmentCreate(starts_at=future(2, 9)))
    secret, row = await service.create_feed(session, me)
    stored = (await session.execute(select(CalendarFeed.token_hash, CalendarFeed.prefix))).one()
    assert stored.token_hash == tokens.token_hash(secret) and secret not in stored.token_hash
    assert len(secret) >= 40 and stored.prefix == secret[:8]

    response = await http.get(f"/calendar/feed/{secret}.ics")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/calendar")
    events = _events(response.content)
    assert set(events) == {f"{a.id}@alliance" for a in series}  # only this clinician's sessions
    first = events[f"{series[0].id}@alliance"]
    assert first["summary"] == "Session M.Q." and first["status"] == "CONFIRMED"
    assert first["start"] == series[0].starts_at and first["end"] == series[0].starts_at + timedelta(minutes=45)
    assert "DTSTART:" + series[0].starts_at.strftime("%Y%m%dT%H%M%SZ") in response.text  # UTC, not floating
    for phi in ("Marisol", "Quintanilla", "Grief", w.client.email):
        assert phi not in response.text

    # Cancelled sessions stay, marked cancelled, under the same UID with a higher sequence.
    await service.cancel(session, me, series[1].id, AppointmentCancel(cancelled_by="client"))
    again = _events((await http.get(f"/calendar/feed/{secret}.ics")).content)
    assert again[f"{series[1].id}@alliance"]["status"] == "CANCELLED"
    assert set(again) == set(events)
    assert (await http.get(f"/calendar/feed/{secret}")).status_code == 404  # the address ends in .ics


async def test_initials_can_be_left_out_and_a_new_address_revokes_the_old(session, http):
    w = await make_world(session)
    me, admin = actor(w.clinician), actor(w.admin)  # (objects expire when a request fails: take the ids now)
    await service.book(session, me, w.client.id, AppointmentCreate(starts_at=future(1, 10)))
    old, _ = await service.create_feed(session, me)
    new, _ = await service.create_feed(session, me, show_initials=False)
    assert (await http.get(f"/calendar/feed/{old}.ics")).status_code == 404
    body = (await http.get(f"/calendar/feed/{new}.ics")).content
    assert [e["summary"] for e in _events(body).values()] == ["Session"]
    assert await service.revoke_feed(session, me) == 1
    assert (await http.get(f"/calendar/feed/{new}.ics")).status_code == 404
    assert (await http.get("/calendar/feed/not-a-token.ics")).status_code == 404
    with pytest.raises(Forbidden):
        await service.create_feed(session, admin)


async def test_the_feed_is_rate_limited_per_address(session, http, monkeypatch):
    w = await make_world(session)
    secret, _ = await service.create_feed(session, actor(w.clinician))
    monkeypatch.setattr(feed, "limiter", feed.RateLimit(3))
    answers = [(await http.get(f"/calendar/feed/{secret}.ics")).status_code for _ in range(4)]
    assert answers == [200, 200, 200, 429]
    refused = await http.get(f"/calendar/feed/{secret}.ics")
    assert int(refused.headers["retry-after"]) >= 1


def test_the_rate_limit_window_slides():
    limit = feed.RateLimit(2, max_keys=2)
    limit.check("a", now=0)
    limit.check("a", now=1)
    with pytest.raises(feed.FeedThrottled) as refused:
        limit.check("a", now=30)
    assert refused.value.retry_after == 30
    limit.check("a", now=60.5)  # the first one has left the window
    limit.check("b", now=61)
    limit.check("c", now=200)  # full: idle callers are forgotten
    assert set(limit._hits) == {"c"}
