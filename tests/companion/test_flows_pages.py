"""Pages of the guided exercises: starting one from the chat page, the library and a homework, answering each step
with plain posts (no JavaScript), the breathing step's timer and its written instructions, a crisis answer shown at
once, leaving and resuming, and the clinician's scenarios and view of the conversation."""

from __future__ import annotations

import re

import pytest

from alliance.companion import flows, roleplay
from alliance.companion.models import CompanionFlow
from alliance.companion.schemas import ScenarioWrite
from alliance.homework import service as homework_service
from alliance.homework.schemas import HomeworkCreate
from tests.companion.test_flows import world
from tests.support.factories import actor, token_headers




async def _flow(session, portal) -> CompanionFlow:
    return await flows.current(session, portal.client_id)


async def test_a_breathing_exercise_is_done_in_the_chat_with_plain_posts(session, http, model_down):
    clinician, client, portal = await world(session, lang="es", country="ES")
    me = await token_headers(session, portal)
    page = (await http.get("/portal?area=companion", headers=me)).text
    assert "Haz un ejercicio con el acompañante" in page or "Do an exercise with the companion" in page
    started = await http.post("/portal/companion/flows", data={"kind": "paced-breathing"}, headers=me)
    assert started.status_code == 303 and started.headers["location"] == "/portal?area=companion#flow-current"
    page = (await http.get("/portal?area=companion", headers=me)).text
    assert 'id="flow-current"' in page and 'id="companion-form"' not in page  # the box holds the form now
    assert 'type="number" min="0" max="10"' in page and "Antes de empezar" in page
    flow = await _flow(session, portal)
    await http.post(f"/portal/companion/flows/{flow.id}/answer", data={"skip": "1"}, headers=me)
    page = (await http.get("/portal?area=companion", headers=me)).text
    # The timer with its words in Spanish, and the written instruction that works without it.
    assert 'id="breathing-timer"' in page and 'data-say-in="Inhala"' in page
    assert "cuentas despacio hasta 4" in page and 'id="br-minutes"' in page and "/companion/breathing.js" in page
    for answer in ("3", "2", "Me noto más tranquila"):
        sent = await http.post(f"/portal/companion/flows/{flow.id}/answer", data={"text": answer}, headers=me)
        assert sent.status_code == 303
    assert flow.status == "done"
    page = (await http.get("/portal?area=companion", headers=me)).text
    assert 'id="flow-current"' not in page and 'id="companion-form"' in page
    assert f'href="/portal/exercises/records/{flow.exercise_id}"' in page
    record = (await http.get(f"/portal/exercises/records/{flow.exercise_id}", headers=me)).text
    assert "Me noto más tranquila" in record
    area = (await http.get(f"/clients/{client.id}?area=companion", headers=await token_headers(session, clinician)))
    assert "guided paced breathing" in area.text and f'href="#exercise-{flow.exercise_id}"' in area.text


async def test_a_crisis_answer_shows_the_crisis_response_and_stops_the_exercise(session, http, scripted):
    _, _, portal = await world(session)
    me = await token_headers(session, portal)
    await http.post("/portal/companion/flows", data={"kind": "grounding-54321"}, headers=me)
    flow = await _flow(session, portal)
    sent = await http.post(f"/portal/companion/flows/{flow.id}/answer",
                           data={"text": "I am going to kill myself tonight."}, headers=me)
    assert re.fullmatch(r"/portal\?area=companion#turn-[0-9a-f-]{36}", sent.headers["location"])
    page = (await http.get("/portal?area=companion", headers=me)).text
    assert "tel:988" in page and "Open my safety plan" in page
    assert flow.status == "stopped" and flow.stop_reason == "risk" and scripted.requests == []
    assert 'id="flow-current"' not in page


async def test_leave_resume_and_the_offer_buttons(session, http, scripted):
    _, _, portal = await world(session)
    me = await token_headers(session, portal)
    await http.post("/portal/companion/flows", data={"kind": "thought-record"}, headers=me)
    flow = await _flow(session, portal)
    left = await http.post(f"/portal/companion/flows/{flow.id}/stop", headers=me)
    assert left.status_code == 303 and flow.status == "stopped"
    page = (await http.get("/portal?area=companion", headers=me)).text
    assert "Unfinished exercises" in page and f"/portal/companion/flows/{flow.id}/resume" in page
    await http.post(f"/portal/companion/flows/{flow.id}/resume", headers=me)
    assert flow.status == "active"
    await http.post(f"/portal/companion/flows/{flow.id}/stop", headers=me)
    # Asking in words: an offer with its buttons, no model involved.
    await http.post("/portal/companion/messages", data={"text": "Can we do some grounding?"}, headers=me)
    page = (await http.get("/portal?area=companion", headers=me)).text
    offered = re.search(r"/portal/companion/flows/([0-9a-f-]{36})/accept", page).group(1)
    assert scripted.requests == []
    accepted = await http.post(f"/portal/companion/flows/{offered}/accept", headers=me)
    assert accepted.headers["location"].endswith("#flow-current")
    assert (await _flow(session, portal)).kind == "grounding-54321"


async def test_library_and_homework_offer_the_companion_beside_the_form(session, http, scripted):
    clinician, client, portal = await world(session)
    me = await token_headers(session, portal)
    item = (await http.get("/portal/library/thought-record", headers=me)).text
    assert 'href="/portal/companion/flows/new?kind=thought-record"' in item
    assert "/portal/exercises/thought-record" in item
    new = (await http.get("/portal/companion/flows/new?kind=thought-record", headers=me)).text
    assert "Start in the conversation" in new and "Use the form instead" in new
    assignment = await homework_service.assign(session, actor(clinician), client.id,
                                               HomeworkCreate(kind="thought-record", schedule="weekly"))
    homework = (await http.get(f"/portal/practice/homework/{assignment.id}", headers=me)).text
    link = f"/portal/companion/flows/new?kind=thought-record&amp;assignment={assignment.id}"
    assert link in homework and 'name="situation"' in homework  # beside the plain form
    new = (await http.get(link.replace("&amp;", "&"), headers=me)).text
    assert "This completes your homework" in new and f'value="{assignment.id}"' in new
    started = await http.post("/portal/companion/flows", data={"kind": "thought-record",
                                                              "assignment_id": str(assignment.id)}, headers=me)
    assert started.status_code == 303 and (await _flow(session, portal)).assignment_id == assignment.id


async def test_the_clinician_sets_scenarios_and_the_client_chooses_one(session, http, model_down):
    clinician, client, portal = await world(session)
    staff = await token_headers(session, clinician)
    area = (await http.get(f"/clients/{client.id}?area=companion", headers=staff)).text
    assert "Communication practice scenarios" in area and "No scenario yet." in area
    bad = await http.post(f"/clients/{client.id}/companion/scenarios", data={"other_person": "my manager",
                                                                             "goal": ""}, headers=staff)
    assert bad.status_code == 400 and 'value="my manager"' in bad.text
    saved = await http.post(f"/clients/{client.id}/companion/scenarios", data={
        "other_person": "my manager", "goal": "that I need Thursdays off", "lines": "Why Thursdays?\n"},
        headers=staff)
    assert saved.status_code == 303
    [scenario] = await roleplay.list_scenarios(session, actor(clinician), client.id)
    assert scenario.lines == ["Why Thursdays?"]
    me = await token_headers(session, portal)
    new = (await http.get("/portal/companion/flows/new?kind=communication-practice", headers=me)).text
    assert "With my manager: that I need Thursdays off" in new
    await http.post("/portal/companion/flows", data={"kind": "communication-practice",
                                                     "scenario_id": str(scenario.id)}, headers=me)
    flow = await _flow(session, portal)
    await http.post(f"/portal/companion/flows/{flow.id}/answer", data={"text": "I need Thursdays off."},
                    headers=me)
    page = (await http.get("/portal?area=companion", headers=me)).text
    assert "Why Thursdays?" in page and "The other person (played by the AI companion)" in page
    await roleplay.add_scenario(session, actor(clinician), client.id, ScenarioWrite(other_person="x", goal="y"))
    removed = await http.post(f"/clients/{client.id}/companion/scenarios/{scenario.id}/remove", headers=staff)
    assert removed.status_code == 303
    assert [s.goal for s in await roleplay.list_scenarios(session, actor(clinician), client.id)] == ["y"]


async def test_the_json_api_starts_answers_and_leaves_a_flow(session, http, model_down):
    clinician, client, portal = await world(session, lang="de", country="DE")
    me, staff, client_id = await token_headers(session, portal), await token_headers(session, clinician), client.id
    made = await http.post(f"/api/v1/clients/{client_id}/companion/scenarios", headers=staff,
                           json={"other_person": "mein Chef", "goal": "dass ich donnerstags pünktlich gehen muss"})
    assert made.status_code == 201 and made.json()["other_person"] == "mein Chef"
    started = await http.post("/api/v1/portal/companion/flows", json={"kind": "grounding-54321"}, headers=me)
    assert started.status_code == 201, started.text
    body = started.json()
    assert (body["status"], body["step"], body["steps"]) == ("active", 0, 5) and body["prompt"].startswith("Schau")
    answered = await http.post("/api/v1/portal/companion/messages", json={"text": "eine Lampe, ein Fenster"},
                               headers=me)
    assert answered.json()["reply"]["kind"] == "flow" and answered.json()["reply"]["flow_id"] == body["id"]
    mine = (await http.get("/api/v1/portal/companion/flows", headers=me)).json()
    assert [(f["id"], f["step"]) for f in mine] == [(body["id"], 1)]
    left = await http.post(f"/api/v1/portal/companion/flows/{body['id']}/stop", headers=me)
    assert left.json()["status"] == "stopped"
    again = await http.post(f"/api/v1/portal/companion/flows/{body['id']}/stop", headers=me)
    assert again.status_code == 409 and again.json()["error"] == "Conflict"
    gone = await http.delete(f"/api/v1/clients/{client_id}/companion/scenarios/{made.json()['id']}", headers=staff)
    assert gone.status_code == 204
