"""The client workspace: one area at a time through tabs, the risk banner on every area, the profile edited with
an audit trail and a mistake that loses nothing, and times in the viewer's zone."""

from __future__ import annotations

import re
from datetime import datetime, timezone

from sqlalchemy import select

from alliance.appointments.models import Appointment
from alliance.safety import service as safety
from alliance.security.models import AuditEvent
from tests.support.factories import actor, make_client, make_practice, make_user, token_headers


async def _world(session, **practice):
    p = await make_practice(session, **practice)
    clinician = await make_user(session, p)
    client = await make_client(session, p, clinician=clinician, given_name="Rosa", family_name="Quintero")
    return p, clinician, client


def _current_tab(html: str) -> str:
    return re.search(r'<a href="[^"]*" aria-current="page">([^<]+)</a>', html).group(1)


async def test_each_area_shows_its_own_panels_and_marks_its_tab(session, http):
    _, clinician, client = await _world(session)
    me = await token_headers(session, clinician)
    overview = (await http.get(f"/clients/{client.id}", headers=me)).text
    assert _current_tab(overview) == "Overview"
    for label, key in (("Sessions and notes", "sessions"), ("Measures", "measures"), ("Safety", "safety"),
                       ("Profile and records", "profile")):
        assert f'href="/clients/{client.id}?area={key}">{label}</a>' in overview
    assert 'id="measures"' not in overview and 'id="notes"' not in overview
    # The overview glances at each area: the next session and the latest measures, with a way into each.
    assert 'id="ov-sessions-h"' in overview and "none booked" in overview
    assert 'id="ov-measures-h"' in overview and "No results yet." in overview
    measures = (await http.get(f"/clients/{client.id}?area=measures", headers=me)).text
    assert _current_tab(measures) == "Measures" and 'id="measures"' in measures and 'id="notes"' not in measures
    sessions = (await http.get(f"/clients/{client.id}?area=sessions", headers=me)).text
    assert _current_tab(sessions) == "Sessions and notes" and 'id="notes"' in sessions
    safety_area = (await http.get(f"/clients/{client.id}?area=safety", headers=me)).text
    assert "Safety plan" in safety_area and "No risk alerts for this client." in safety_area
    # A stale or made-up area is the overview, never an error.
    stale = await http.get(f"/clients/{client.id}?area=<script>", headers=me)
    assert stale.status_code == 200 and _current_tab(stale.text) == "Overview" and "<script>" not in stale.text


async def test_an_open_risk_alert_shows_above_every_area(session, http):
    _, clinician, client = await _world(session)
    await safety.screen_client_text(session, actor(clinician), client.id, "I took all my pills an hour ago",
                                    source="message")
    me = await token_headers(session, clinician)
    for area in ("", "?area=sessions", "?area=measures", "?area=profile"):
        page = (await http.get(f"/clients/{client.id}{area}", headers=me)).text
        assert 'id="risk-h"' in page and "risk alert" in page and "Client-facing AI paused" in page, area
    history = (await http.get(f"/clients/{client.id}?area=safety", headers=me)).text
    assert "No risk alerts for this client." not in history and ">open<" in history


async def test_profile_edit_is_saved_and_audited_by_field_name_only(session, http):
    _, clinician, client = await _world(session)
    me = await token_headers(session, clinician)
    form = {"given_name": "Rosa", "family_name": "Quintero-Vidal", "preferred_language": "es", "country": "es",
            "timezone": "Europe/Madrid", "phone": "+34 600 111 222", "status": "active",
            "emergency_contact_name": "Inés", "emergency_contact_phone": "", "date_of_birth": ""}
    saved = await http.post(f"/clients/{client.id}/profile", data=form, headers=me)
    assert saved.status_code == 303 and saved.headers["location"].endswith("?area=profile&saved=1")
    page = (await http.get(saved.headers["location"], headers=me)).text
    assert "The profile is saved." in page and 'value="Quintero-Vidal"' in page and 'value="Europe/Madrid"' in page
    await session.refresh(client)
    assert (client.family_name, client.country, client.timezone, client.preferred_language) == (
        "Quintero-Vidal", "ES", "Europe/Madrid", "es")
    event = (await session.execute(select(AuditEvent).where(AuditEvent.client_id == client.id,
                                                            AuditEvent.action == "client.update"))).scalar_one()
    assert "family_name" in event.detail and "timezone" in event.detail and "Quintero" not in event.detail


async def test_a_mistake_in_the_profile_keeps_what_was_typed_and_saves_nothing(session, http):
    _, clinician, client = await _world(session)
    me = await token_headers(session, clinician)
    form = {"given_name": "Rosalind", "family_name": "Quintero", "preferred_language": "en", "country": "US",
            "timezone": "Mars/Olympus_Mons", "status": "active"}
    bad = await http.post(f"/clients/{client.id}/profile", data=form, headers=me)
    assert bad.status_code == 400
    assert "unknown time zone" in bad.text and 'value="Rosalind"' in bad.text and 'value="Mars/Olympus_Mons"' in bad.text
    await session.refresh(client)
    assert client.given_name == "Rosa" and client.timezone is None


async def test_admins_edit_profiles_and_clinicians_outside_the_team_do_not_see_the_client(session, http):
    p, clinician, client = await _world(session)
    client_id = client.id
    admin = await make_user(session, p, "admin")
    other = await make_user(session, p)  # a clinician outside the care team is not told the client exists
    admin_headers, other_headers = await token_headers(session, admin), await token_headers(session, other)
    page = (await http.get(f"/clients/{client_id}?area=profile", headers=admin_headers)).text
    assert "Edit the profile" in page  # admins keep records
    assert (await http.get(f"/clients/{client_id}", headers=other_headers)).status_code == 404
    sneaky = await http.post(f"/clients/{client_id}/profile", data={"given_name": "X", "family_name": "Y",
                             "preferred_language": "en", "country": "US"}, headers=other_headers)
    assert sneaky.status_code == 404
    await session.refresh(client)
    assert client.given_name == "Rosa"


async def test_times_are_shown_in_the_viewers_zone(session, http):
    p, clinician, client = await _world(session, timezone="Asia/Tokyo")
    session.add(Appointment(practice_id=p.id, client_id=client.id, clinician_id=clinician.id,
                            starts_at=datetime(2026, 7, 1, 23, 30, tzinfo=timezone.utc)))
    await session.flush()
    me = await token_headers(session, clinician)
    page = (await http.get(f"/clients/{client.id}?area=sessions", headers=me)).text
    assert "2026-07-02 08:30 JST" in page  # the practice's zone
    clinician.timezone = "Europe/Lisbon"  # a clinician who works from elsewhere sees their own
    await session.flush()
    page = (await http.get(f"/clients/{client.id}?area=sessions", headers=me)).text
    assert "2026-07-02 00:30 WEST" in page
