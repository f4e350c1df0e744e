"""The conversation's JSON API and pages: typed errors, the portal's Companion area (statement, help one tap away,
streamed replies as server-sent events, the full-page post without JavaScript, a crisis shown at once), rating and
reporting, and the clinician's view (blocked replies, annotation, resuming)."""

from __future__ import annotations

import re

from sqlalchemy import func, select

from alliance.accounts.models import Role
from alliance.companion import service
from alliance.companion.models import CompanionTurn
from alliance.companion.schemas import PlanWrite
from alliance.consent.models import Feature
from tests.support.factories import actor, make_client, make_consent, make_practice, make_user, token_headers

PLAN = PlanWrite(enabled=True, focus="panic attacks; CBT", modules=["panic"], skills=["paced-breathing"],
                 steer_topics="trauma details", review_note="before each session")
CRISIS = "I am going to kill myself tonight."


async def _world(session, *, plan: PlanWrite = PLAN, **fields):
    practice = await make_practice(session)
    clinician = await make_user(session, practice, Role.clinician, display_name="Dr. Ana Reyes")
    client = await make_client(session, practice, clinician=clinician, given_name="Rosa", **fields)
    portal = await make_user(session, practice, Role.client, client=client)
    await make_consent(session, client, Feature.ai_companion)
    await service.save_plan(session, actor(clinician), client.id, plan)
    return practice, clinician, client, portal


async def test_api_answers_a_message_with_the_checked_reply(session, http, scripted):
    _, clinician, client, portal = await _world(session)
    me, staff = await token_headers(session, portal), await token_headers(session, clinician)
    scripted.script = ["Breathing slowly can help. Try in for four and out for six.", "You have clinical depression."]
    first = await http.post("/api/v1/portal/companion/messages", json={"text": "Work has been stressful this week."}, headers=me)
    assert first.status_code == 201, first.text
    body = first.json()
    assert (body["level"], body["escalated"], body["blocked"]) == ("none", False, False)
    assert body["reply"]["text"].startswith("Breathing slowly can help.") and body["reply"]["blocked_text"] is None
    second = (await http.post("/api/v1/portal/companion/messages", json={"text": "What is wrong with me?"},
                              headers=me)).json()
    assert second["blocked"] and "clinical depression" not in second["reply"]["text"]
    mine = (await http.get("/api/v1/portal/companion/conversation", headers=me)).json()
    assert [t["role"] for t in mine["turns"]] == ["client", "companion", "client", "companion"]
    assert all(t["blocked_text"] is None and t["screen_level"] is None for t in mine["turns"])
    theirs = (await http.get(f"/api/v1/clients/{client.id}/companion/conversation", headers=staff)).json()
    assert theirs["turns"][3]["blocked_text"] == "You have clinical depression."
    assert theirs["turns"][3]["blocked_category"] == "diagnosis" and theirs["turns"][0]["screen_level"] == "none"


async def test_api_crisis_message_is_escalated_without_a_model_call(session, http, scripted):
    _, _, _, portal = await _world(session)
    result = await http.post("/api/v1/portal/companion/messages", json={"text": CRISIS},
                             headers=await token_headers(session, portal))
    body = result.json()
    assert result.status_code == 201 and body["escalated"] and body["level"] == "imminent"
    assert body["crisis"]["emergency"][0]["number"] == "911"
    assert any(s["phone"] == "988" for s in body["crisis"]["services"])
    assert scripted.requests == []


async def test_api_errors_are_typed(session, http, scripted):
    practice, clinician, client, portal = await _world(session)
    _, _, other, other_portal = await _world(session, plan=PLAN.model_copy(update={"enabled": False}))
    me, staff = await token_headers(session, portal), await token_headers(session, clinician)
    theirs = await token_headers(session, other_portal)
    client_id, other_id = client.id, other.id  # a request that fails rolls back, expiring what the test holds
    assert (await http.post("/api/v1/portal/companion/messages", json={"text": "   "}, headers=me)).status_code == 422
    too_long = await http.post("/api/v1/portal/companion/messages", json={"text": "a" * 2001}, headers=me)
    assert too_long.status_code == 422
    staff_sends = await http.post("/api/v1/portal/companion/messages", json={"text": "hi"}, headers=staff)
    assert staff_sends.status_code == 403 and staff_sends.json()["error"] == "Forbidden"
    not_paused = await http.post(f"/api/v1/clients/{client_id}/companion/resume", json={"note": "ok"}, headers=staff)
    assert not_paused.status_code == 409 and not_paused.json()["error"] == "Conflict"
    off = await http.post("/api/v1/portal/companion/messages", json={"text": "hello"}, headers=theirs)
    assert off.status_code == 403 and off.json()["error"] == "CompanionUnavailable"
    assert (await http.get(f"/api/v1/clients/{other_id}/companion/conversation", headers=staff)).status_code == 404
    assert scripted.requests == []
    assert await session.scalar(select(func.count()).select_from(CompanionTurn)) == 0


async def test_the_portal_area_says_what_it_is_and_keeps_help_one_tap_away(session, http, scripted):
    _, _, _, portal = await _world(session)
    page = await http.get("/portal?area=companion", headers=await token_headers(session, portal))
    assert page.status_code == 200
    html = page.text
    assert 'href="/portal?area=companion"' in html and ">Companion</a>" in html
    assert "an AI tool, not a person and not a therapist" in html and "<strong>before each session</strong>" in html
    assert 'href="tel:911"' in html and 'href="tel:988"' in html and 'href="/portal/safety-plan"' in html
    assert 'id="companion-log" role="log" aria-live="polite"' in html and 'action="/portal/companion/messages"' in html
    assert 'for="companion-text"' in html and "one person at a time" in html


async def test_without_javascript_the_form_posts_and_the_page_shows_the_whole_reply(session, http, scripted):
    _, _, _, portal = await _world(session)
    me = await token_headers(session, portal)
    scripted.script = ["That sounds stressful. Let's try the breathing together."]
    sent = await http.post("/portal/companion/messages", data={"text": "Work is too much."}, headers=me)
    assert sent.status_code == 303 and re.search(r"/portal\?area=companion#turn-[0-9a-f-]{36}$",
                                                 sent.headers["location"])
    page = (await http.get(sent.headers["location"], headers=me)).text
    assert "Work is too much." in page and "That sounds stressful. Let&#39;s try the breathing together." in page
    assert "Report this reply" in page and 'value="helpful"' in page
    empty = await http.post("/portal/companion/messages", data={"text": " "}, headers=me)
    assert empty.status_code == 400 and "Your message" in empty.text


async def test_without_javascript_a_crisis_shows_the_safety_plan_and_crisis_line_at_once(session, http, scripted):
    _, _, _, portal = await _world(session)
    me = await token_headers(session, portal)
    sent = await http.post("/portal/companion/messages", data={"text": CRISIS}, headers=me)
    page = (await http.get(sent.headers["location"], headers=me)).text
    crisis = page[page.index('class="turn companion crisis-turn"'):]
    assert "Talk to someone now" in crisis and 'href="tel:988"' in crisis and "Open my safety plan" in crisis
    assert "paused until your clinician" in page and scripted.requests == []


async def test_the_stream_sends_each_checked_sentence_as_a_server_sent_event(session, http, scripted):
    _, _, _, portal = await _world(session)
    scripted.script = ["Let's slow down. Breathe in for four. Then out for six."]
    response = await http.post("/portal/companion/stream", data={"text": "I feel panicky."},
                               headers=await token_headers(session, portal))
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/event-stream")
    events = re.findall(r"event: (\w+)", response.text)
    assert events == ["turn", "waiting", "sentence", "sentence", "sentence", "done"]
    assert '"text": "Breathe in for four."' in response.text and "Report this reply" in response.text


async def test_the_stream_shows_a_crisis_at_once(session, http, scripted):
    _, _, _, portal = await _world(session)
    response = await http.post("/portal/companion/stream", data={"text": CRISIS},
                               headers=await token_headers(session, portal))
    assert re.findall(r"event: (\w+)", response.text) == ["turn", "crisis", "end"]
    assert "tel:988" in response.text and scripted.requests == []


async def test_the_client_rates_and_reports_a_reply(session, http, scripted):
    _, clinician, client, portal = await _world(session)
    me = await token_headers(session, portal)
    scripted.script = ["Let's try one small step together."]
    await http.post("/portal/companion/messages", data={"text": "I can't start my work."}, headers=me)
    reply = await session.scalar(select(CompanionTurn).where(CompanionTurn.client_id == client.id,
                                                             CompanionTurn.role == "companion"))
    rated = await http.post(f"/portal/companion/turns/{reply.id}/rate", data={"rating": "helpful"}, headers=me)
    assert rated.status_code == 303
    form = await http.get(f"/portal/companion/turns/{reply.id}/report", headers=me)
    assert form.status_code == 200 and 'for="report-reason"' in form.text
    sent = await http.post(f"/portal/companion/turns/{reply.id}/report", data={"reason": "Too vague."}, headers=me)
    assert sent.status_code == 200 and "your clinician will see your report" in sent.text
    page = (await http.get("/portal?area=companion", headers=me)).text
    assert 'value="helpful" class="secondary small" aria-pressed="true"' in page and "Reported to your clinician" in page


async def test_the_clinician_sees_blocked_replies_annotates_and_resumes(session, http, scripted):
    _, clinician, client, portal = await _world(session)
    me, staff = await token_headers(session, portal), await token_headers(session, clinician)
    scripted.script = ["As your therapist, I promise this stays between us."]
    await http.post("/portal/companion/messages", data={"text": "Can I tell you a secret?"}, headers=me)
    await http.post("/portal/companion/messages", data={"text": CRISIS}, headers=me)
    area = (await http.get(f"/clients/{client.id}?area=companion", headers=staff)).text
    conversation = area[area.index('id="companion-conversation"'):]
    assert "Paused after a risk alert" in conversation and "screen: imminent" in conversation
    assert 'for="companion-resume-note"' in conversation
    assert "Blocked: Claimed to be a person or a therapist" in conversation
    assert "As your therapist, I promise this stays between us." in conversation
    reply = await session.scalar(select(CompanionTurn).where(CompanionTurn.client_id == client.id,
                                                             CompanionTurn.kind == "fallback"))
    marked = await http.post(f"/clients/{client.id}/companion/turns/{reply.id}/annotation",
                             data={"label": "good", "note": "The check did its job."}, headers=staff)
    assert marked.status_code == 303
    resumed = await http.post(f"/clients/{client.id}/companion/resume", data={"note": "Called Rosa; safe."},
                              headers=staff)
    assert resumed.status_code == 303
    area = (await http.get(f"/clients/{client.id}?area=companion", headers=staff)).text
    assert "The check did its job." in area and "State: <strong>On</strong>" in area
    # The client never sees what was blocked.
    assert "stays between us" not in (await http.get("/portal?area=companion", headers=me)).text
