"""Today: a clinician's start page lists their open alerts, the notes waiting for their signature and overdue
questionnaires, and nobody else's; clinicians land there after log-in; other roles are sent to their own home."""

from __future__ import annotations

from datetime import timedelta

from alliance.accounts.models import Role
from alliance.appointments.models import Appointment
from alliance.db.base import utcnow
from alliance.measures import service as measures
from alliance.notes import pipeline
from alliance.notes.schemas import NoteCreate
from alliance.safety import service as safety
from tests.support.factories import PASSWORD, actor, make_client, make_practice, make_user, token_headers


async def test_today_lists_what_needs_the_clinician(session, http):
    p = await make_practice(session)
    me, colleague = await make_user(session, p), await make_user(session, p)
    mine = await make_client(session, p, clinician=me, given_name="Ulla", family_name="Bergström")
    theirs = await make_client(session, p, clinician=colleague, given_name="Kofi", family_name="Mensah")
    for clinician, client in ((me, mine), (colleague, theirs)):
        session.add(Appointment(practice_id=p.id, client_id=client.id, clinician_id=clinician.id, starts_at=utcnow(),
                                duration_minutes=45))
        await safety.screen_client_text(session, actor(clinician), client.id, "I have the pills here and tonight I "
                                        "will take them all", source="message")
        await pipeline.create_from_text(session, actor(clinician), client.id,
                                        NoteCreate(text="Therapist: How was the week?\nClient: Better.", use_ai=False))
        adm = await measures.start(session, actor(clinician), client.id, "phq9")
        adm.due_at = utcnow() - timedelta(days=5)
    await session.flush()
    page = await http.get("/today", headers=await token_headers(session, me))
    assert page.status_code == 200
    text = page.text
    sessions = text[text.index('id="today-sessions-h"'):text.index('id="today-notes-h"')]
    assert "Ulla Bergström" in sessions and "(45 min)" in sessions and "Write the note" in sessions
    alerts = text[text.index('id="today-alerts-h"'):text.index('id="today-sessions-h"')]
    notes = text[text.index('id="today-notes-h"'):text.index('id="today-measures-h"')]
    overdue = text[text.index('id="today-measures-h"'):]
    assert "Ulla Bergström" in alerts and ("Imminent" in alerts or "High" in alerts)
    assert "Ulla Bergström" in notes and "ready to review and sign" in notes
    assert "Ulla Bergström" in overdue and "PHQ-9" in overdue
    assert "Kofi" not in text  # a colleague's client is not mine to see


async def test_an_empty_day_says_so_in_each_section(session, http):
    p = await make_practice(session)
    me = await make_user(session, p)
    text = (await http.get("/today", headers=await token_headers(session, me))).text
    for said in ("No open risk alerts.", "No sessions today.", "No notes are waiting for your signature.",
                 "No questionnaires are overdue."):
        assert said in text


async def test_clinicians_start_on_today_and_other_roles_on_their_own_home(session, http):
    p = await make_practice(session)
    clinician = await make_user(session, p, password=PASSWORD)
    admin = await make_user(session, p, Role.admin)
    client = await make_client(session, p, clinician=clinician)
    portal = await make_user(session, p, Role.client, client=client)
    login = await http.post("/login", data={"email": clinician.email, "password": PASSWORD})
    assert login.status_code == 303 and login.headers["location"] == "/today"
    assert (await http.get("/today", headers=await token_headers(session, admin))).headers["location"] == "/caseload"
    assert (await http.get("/today", headers=await token_headers(session, portal))).headers["location"] == "/portal"


async def test_caseload_search_ignores_case_and_accents_and_opens_a_single_match(session, http):
    p = await make_practice(session)
    me = await make_user(session, p)
    ulla = await make_client(session, p, clinician=me, given_name="Ulla", family_name="Bergström")
    await make_client(session, p, clinician=me, given_name="Ulrich", family_name="Bauer")
    ulla_id = ulla.id
    headers = await token_headers(session, me)
    both = (await http.get("/caseload?q=ul", headers=headers)).text
    assert "Ulla Bergström" in both and "Ulrich Bauer" in both
    one = (await http.get("/caseload?q=BERGSTROM", headers=headers)).text
    assert "Ulla Bergström" in one and "Ulrich Bauer" not in one
    go = await http.get("/caseload?q=bergstrom&go=1&status=all", headers=headers)
    assert go.status_code == 303 and go.headers["location"] == f"/clients/{ulla_id}"
    none = await http.get("/caseload?q=nobody+here&go=1", headers=headers)
    assert none.status_code == 200 and "No active client matches" in none.text
