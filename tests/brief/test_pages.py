"""The brief's pages: the Brief area of the client workspace, the session page's brief (its own page and the
section loaded into the session page), the records it links to, the PDF with the same statements; only for
those who may read the client's record, and every view audited."""

from __future__ import annotations

import re
from datetime import datetime, time, timezone

from sqlalchemy import func, select

from alliance.accounts.models import Role
from alliance.appointments import service as appointments
from alliance.appointments.schemas import AppointmentCreate
from alliance.db.base import utcnow
from alliance.brief import service
from alliance.security.models import AuditEvent
from tests.brief.world import BALANCED, NOTE, THEME, brief_world
from tests.notes.test_api import pdf_text
from tests.support.factories import actor, make_user, token_headers


async def _count(session, client_id, action: str) -> int:  # noqa: ANN001
    return await session.scalar(select(func.count()).select_from(AuditEvent).where(
        AuditEvent.client_id == client_id, AuditEvent.action == action, AuditEvent.outcome == "success"))


async def test_the_brief_on_the_workspace_and_the_session_page_links_each_record(session, http):
    w = await brief_world(session)
    [todays] = await appointments.book(session, actor(w.clinician), w.client.id, AppointmentCreate(  # today, UTC
        starts_at=datetime.combine(utcnow().date(), time(0, 1), tzinfo=timezone.utc)), allow_past=True)
    staff = await token_headers(session, w.clinician)
    base = f"/clients/{w.client.id}"
    today = (await http.get("/today", headers=staff)).text
    assert f'href="/appointments/{todays.id}/brief"' in today
    area = (await http.get(f"{base}?area=brief", headers=staff)).text
    assert f'href="{base}?area=brief"' in area and "Pre-session brief" in area
    assert BALANCED in area and f'href="{base}/brief/records/entry/{w.records["entry"].id}"' in area
    assert THEME in area and "AI-drafted" in area and f'href="{base}/brief.pdf"' in area
    assert f'href="/appointments/{w.held.id}"' in area
    assert f'href="{base}/measures/{w.records["phq9"][-1].id}"' in area

    session_page = (await http.get(f"/appointments/{w.next.id}", headers=staff)).text
    assert f'hx-get="/appointments/{w.next.id}/brief"' in session_page
    own = await http.get(f"/appointments/{w.next.id}/brief", headers=staff)
    assert own.status_code == 200 and "<h1>" in own.text and BALANCED in own.text
    part = await http.get(f"/appointments/{w.next.id}/brief", headers=staff | {"HX-Request": "true"})
    assert part.status_code == 200 and "<html" not in part.text and 'id="brief"' in part.text
    assert await _count(session, w.client.id, "brief.read") == 3  # Today's link opens nothing by itself

    entry = (await http.get(f"{base}/brief/records/entry/{w.records['entry'].id}", headers=staff)).text
    assert BALANCED in entry and "Thought record" in entry
    note_id = w.records["checkins"][1].id
    checkin = (await http.get(f"{base}/brief/records/check-in/{note_id}", headers=staff)).text
    assert NOTE in checkin and "Mood check-in" in checkin
    night = await http.get(f"{base}/brief/records/sleep-diary/{w.records['nights'][-1].id}", headers=staff)
    assert night.status_code == 200 and "Sleep efficiency" in night.text
    assert await _count(session, w.client.id, "brief.record.read") == 2
    assert await _count(session, w.client.id, "homework.entry.read") == 1
    wrong = await http.get(f"{base}/brief/records/exposure/{w.records['checkins'][1].id}", headers=staff)
    assert wrong.status_code == 404


async def test_the_pdf_holds_the_same_statements(session, http):
    w = await brief_world(session)
    staff = await token_headers(session, w.clinician)
    response = await http.get(f"/clients/{w.client.id}/brief.pdf", headers=staff)
    assert response.status_code == 200 and response.headers["content-type"] == "application/pdf"
    assert response.content.startswith(b"%PDF-") and "attachment" in response.headers["content-disposition"]
    text = " ".join(pdf_text(response.content).split())
    brief = await service.build(session, actor(w.clinician), w.client.id)
    for statement in brief.glance + brief.homework.items:
        assert " ".join(statement.text.split()) in text
    assert BALANCED in text and THEME in text and "[AI-drafted]" in text
    assert await _count(session, w.client.id, "brief.export.pdf") == 1


async def test_only_those_who_may_read_the_record_see_the_brief(session, http):
    w = await brief_world(session)
    other = await make_user(session, w.practice, Role.clinician)
    admin = await make_user(session, w.practice, Role.admin)
    base = f"/clients/{w.client.id}"
    paths = [f"{base}/brief.pdf", f"/appointments/{w.next.id}/brief", f"/appointments/{w.next.id}/brief.pdf",
             f"{base}/brief/records/check-in/{w.records['checkins'][1].id}",
             f"/api/v1/clients/{w.client.id}/brief"]
    headers = {role: await token_headers(session, user) for role, user in
               (("other", other), ("admin", admin), ("client", w.portal), ("treating", w.clinician))}
    for role, status in (("other", 404), ("admin", 403), ("client", 403)):
        for path in paths:
            response = await http.get(path, headers=headers[role])
            assert response.status_code == status, (path, role, response.text)
            assert NOTE not in response.text and BALANCED not in response.text
    admin_area = await http.get(f"{base}?area=brief", headers=headers["admin"])
    assert admin_area.status_code == 200 and BALANCED not in admin_area.text
    assert await _count(session, w.client.id, "brief.read") == 0
    api = await http.get(f"/api/v1/clients/{w.client.id}/brief", headers=headers["treating"])
    assert api.status_code == 200 and re.search(r'"basis":\s*"appointment"', api.text)
    assert await _count(session, w.client.id, "brief.read") == 1
