"""Scheduling pages: booking from the client's workspace, changing a session, the week, the portal."""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

from alliance.appointments import service
from alliance.appointments.schemas import AppointmentCreate
from tests.appointments.world import future, make_world
from tests.support.factories import actor, token_headers

LONDON = ZoneInfo("Europe/London")


async def test_booking_a_weekly_series_from_the_workspace(session, http):
    w = await make_world(session)
    me = actor(w.clinician)
    headers = await token_headers(session, w.clinician)
    area = await http.get(f"/clients/{w.client.id}?area=sessions", headers=headers)
    assert area.status_code == 200 and "Book a session" in area.text
    assert "your time zone, <strong>Europe/London</strong>" in area.text
    start = future(10, 12).astimezone(LONDON)
    form = {"date": start.date().isoformat(), "time": "17:00", "duration_minutes": "50", "kind": "therapy",
            "modality": "video", "repeat": "weekly", "ends": "count", "count": "3", "reason": "sleep"}
    booked = await http.post(f"/clients/{w.client.id}/appointments/new", data=form, headers=headers)
    assert booked.status_code == 303 and booked.headers["location"].endswith("?area=sessions#appointments")
    made = sorted(await service.list_appointments(session, me, w.client.id), key=lambda a: a.starts_at)
    assert len(made) == 3 and len({a.series_id for a in made}) == 1
    assert {a.starts_at.astimezone(LONDON).strftime("%H:%M") for a in made} == {"17:00"}
    # The same time again: refused, the clash named, the form kept as typed.
    again = await http.post(f"/clients/{w.client.id}/appointments/new", data=form | {"repeat": "none"},
                            headers=headers)
    assert again.status_code == 409 and "already has a session at that time" in again.text
    assert f'value="{start.date().isoformat()}"' in again.text and ">sleep</textarea>" in again.text
    past = await http.post(f"/clients/{w.client.id}/appointments/new",
                           data={"date": "2020-01-01", "time": "09:00"}, headers=headers)
    assert past.status_code == 400 and "cannot start in the past" in past.text
    junk = await http.post(f"/clients/{w.client.id}/appointments/new",
                           data={"date": "zz\x00", "time": "x", "repeat": "weekly"}, headers=headers)
    assert junk.status_code == 400
    listed = await http.get(f"/clients/{w.client.id}?area=sessions", headers=headers)
    assert listed.text.count('<span class="badge">series</span>') == 3


async def test_changing_a_session_from_its_page(session, http):
    w = await make_world(session)
    me = actor(w.clinician)
    series = await service.book(session, me, w.client.id, AppointmentCreate(
        starts_at=future(2, 10), repeat="weekly", count=4))
    ids = [a.id for a in series]
    headers = await token_headers(session, w.clinician)
    supervisor = await token_headers(session, w.supervisor)  # (a refused request expires the test's objects)
    page = await http.get(f"/appointments/{ids[0]}", headers=headers)
    assert page.status_code == 200 and "Mark completed" in page.text and "This one and the following" in page.text
    done = await http.post(f"/appointments/{ids[0]}/status", data={"status": "completed"}, headers=headers)
    assert done.status_code == 303
    cancelled = await http.post(f"/appointments/{ids[1]}/cancel", headers=headers, data={
        "cancelled_by": "client", "cancel_reason": "transport", "scope": "following"})
    assert cancelled.status_code == 303
    shown = await http.get(f"/clients/{w.client.id}?area=sessions", headers=headers)
    assert shown.text.count("by client: transport or travel") == 3 and "completed" in shown.text
    moved_to = (future(2, 10) + timedelta(days=1)).astimezone(LONDON)
    await http.post(f"/appointments/{ids[0]}/status", data={"status": "scheduled"}, headers=headers)
    moved = await http.post(f"/appointments/{ids[0]}/reschedule", headers=headers, data={
        "date": moved_to.date().isoformat(), "time": moved_to.strftime("%H:%M"), "duration_minutes": "30"})
    assert moved.status_code == 303
    page = await http.get(f"/appointments/{ids[0]}?done=moved", headers=headers)
    assert "The session is moved." in page.text and moved_to.strftime("%Y-%m-%d %H:%M") in page.text
    bad = await http.post(f"/appointments/{ids[0]}/status", data={"status": "zz"}, headers=headers)
    assert bad.status_code == 400
    read_only = await http.get(f"/appointments/{ids[0]}", headers=supervisor)
    assert read_only.status_code == 200 and "Mark completed" not in read_only.text


async def test_the_calendar_page_and_who_may_open_it(session, http):
    w = await make_world(session)
    first = future(1, 9)
    await service.book(session, actor(w.clinician), w.client.id, AppointmentCreate(starts_at=first))
    week = first.astimezone(LONDON).date().isoformat()
    admin, other_clinician = await token_headers(session, w.admin), await token_headers(session, w.other)
    client_id, client_name, clinician_id = w.client.id, w.client.full_name, w.clinician.id
    mine = await http.get(f"/calendar?week={week}", headers=await token_headers(session, w.clinician))
    assert mine.status_code == 200 and "Your calendar" in mine.text
    assert f'href="/clients/{w.client.id}?area=sessions">{w.client.full_name}</a>' in mine.text
    assert "Previous week" in mine.text and "Make a calendar address" in mine.text
    picker = await http.get("/calendar", headers=admin)
    assert picker.status_code == 200 and "Dr. Ada Test" in picker.text and "Appointment reminders" in picker.text
    chosen = await http.get(f"/calendar?week={week}&clinician={w.clinician.id}", headers=admin)
    assert chosen.status_code == 200 and w.client.full_name in chosen.text and "Make a calendar address" not in chosen.text
    other = await http.get(f"/calendar?clinician={clinician_id}", headers=other_clinician)
    assert other.status_code == 403
    assert (await http.get(f"/calendar?week=zz&clinician={clinician_id}", headers=admin)).status_code == 400
    saved = await http.post("/calendar/settings", data={"reminder_hours": "36"}, headers=admin)
    assert saved.status_code == 200 and 'value="36"' in saved.text


async def test_making_a_feed_address_on_the_calendar_page(session, http):
    w = await make_world(session)
    headers = await token_headers(session, w.clinician)
    made = await http.post("/calendar/feed", data={"show_initials": "yes"}, headers=headers)
    assert made.status_code == 200 and "shown only once" in made.text
    url = made.text.split('id="feed-url" class="secret" type="text" readonly value="', 1)[1].split('"', 1)[0]
    path = "/calendar/feed/" + url.rsplit("/calendar/feed/", 1)[1]
    assert (await http.get(path)).status_code == 200
    again = await http.get("/calendar", headers=headers)
    assert "A calendar address is on" in again.text and path not in again.text
    assert (await http.post("/calendar/feed/revoke", headers=headers)).status_code == 303
    assert (await http.get(path)).status_code == 404


async def test_the_portal_shows_the_clients_coming_appointments(session, http):
    w = await make_world(session)
    w.client.timezone = "Asia/Tokyo"
    first = future(2, 9)
    await service.book(session, actor(w.clinician), w.client.id, AppointmentCreate(
        starts_at=first, modality="video", kind="review", reason="private reason"))
    me = await token_headers(session, w.portal)
    home = await http.get("/portal", headers=me)
    local = first.astimezone(ZoneInfo("Asia/Tokyo"))
    assert "Next appointment" in home.text and f"{local:%A %d %B %Y, %H:%M} JST" in home.text
    area = await http.get("/portal?area=appointments", headers=me)
    assert area.status_code == 200 and f"{local:%a %Y-%m-%d %H:%M} JST" in area.text
    assert "Review" in area.text and "Video" in area.text and "Dr. Ada Test" in area.text
    assert "private reason" not in area.text and "private reason" not in home.text
