"""Companion pages: the workspace's Companion area (plan, versions, records), the portal's Library and its item
pages, the exercises as plain forms (the crisis response at once after risky text), the admin setting."""

from __future__ import annotations

import re

from sqlalchemy import func, select

from alliance.accounts.models import Role
from alliance.companion import service
from alliance.companion.models import CompanionPlan, ExerciseRecord
from alliance.companion.schemas import PlanWrite
from alliance.consent.models import Feature
from tests.support.factories import actor, make_client, make_consent, make_practice, make_user, token_headers

PLAN = {"enabled": "yes", "language": "es", "focus": "panic attacks; interoceptive exposure; CBT",
        "modules": ["panic", "anxiety"], "skills": ["thought-record", "paced-breathing"],
        "steer_topics": "trauma details", "address": "informal", "cultural_notes": "", "review_note":
        "before each session"}
THOUGHT = {"situation": "Presenting the quarterly figures at work", "emotion_1_name": "anxious",
           "emotion_1_before": "80", "emotion_1_after": "40", "emotion_2_name": "ashamed", "emotion_2_before": "50",
           "emotion_2_after": "30", "automatic_thought": "Everyone will notice my mistakes",
           "evidence_for": "I stumbled over my words last time",
           "evidence_against": "Two colleagues said the last one was clear",
           "balanced_thought": "I can be nervous and still do it well enough"}


async def _world(session, *, consent: bool = True, **fields):
    practice = await make_practice(session)
    clinician = await make_user(session, practice, Role.clinician, display_name="Dr. Ana Reyes")
    client = await make_client(session, practice, clinician=clinician, given_name="Rosa", **fields)
    portal = await make_user(session, practice, Role.client, client=client)
    if consent:
        await make_consent(session, client, Feature.ai_companion)
    return practice, clinician, client, portal


async def _plan_on(session, clinician, client, **overrides) -> None:
    data = {k: v for k, v in PLAN.items()} | overrides
    data["enabled"] = data["enabled"] == "yes"
    await service.save_plan(session, actor(clinician), client.id, PlanWrite(**data))


async def test_clinician_makes_a_plan_in_the_companion_area_and_each_save_is_a_version(session, http):
    _, clinician, client, _ = await _world(session)
    staff = await token_headers(session, clinician)
    overview = (await http.get(f"/clients/{client.id}", headers=staff)).text
    assert f'href="/clients/{client.id}?area=companion">Companion</a>' in overview
    area = (await http.get(f"/clients/{client.id}?area=companion", headers=staff)).text
    assert "No plan yet" in area and "Given for the companion" in area and 'name="csrf_token"' in area
    assert 'value="before each session"' in area
    saved = await http.post(f"/clients/{client.id}/companion/plan", data=PLAN, headers=staff)
    assert saved.status_code == 303 and saved.headers["location"].endswith("?area=companion#companion-plan")
    await http.post(f"/clients/{client.id}/companion/plan", data=PLAN | {"modules": ["sleep"]}, headers=staff)
    page = (await http.get(f"/clients/{client.id}?area=companion", headers=staff)).text
    assert "The plan in force (version 2)" in page and "Sleeping better" in page and "Español" in page
    assert "panic attacks; interoceptive exposure; CBT" in page and "<strong>On</strong>" in page
    history = page[page.index('id="companion-history"'):]
    assert history.count("<tr><td") == 2 and "Panic attacks" in history


async def test_without_consent_the_switch_is_disabled_and_refused(session, http):
    _, clinician, client, _ = await _world(session, consent=False)
    staff = await token_headers(session, clinician)
    area = (await http.get(f"/clients/{client.id}?area=companion", headers=staff)).text
    assert 'name="enabled" value="yes" disabled' in area and "agrees to the companion in their portal" in area
    refused = await http.post(f"/clients/{client.id}/companion/plan", data=PLAN, headers=staff)
    assert refused.status_code == 403 and "has not given consent for the companion" in refused.text
    assert "panic attacks; interoceptive exposure; CBT" in refused.text  # the form as typed
    assert await session.scalar(select(func.count()).select_from(CompanionPlan)) == 0


async def test_a_mistake_in_the_plan_form_keeps_what_was_typed(session, http):
    _, clinician, client, _ = await _world(session)
    staff = await token_headers(session, clinician)
    page = await http.post(f"/clients/{client.id}/companion/plan", data=PLAN | {"review_note": ""}, headers=staff)
    assert page.status_code == 400 and "Say when you read" in page.text and "trauma details" in page.text
    junk = await http.post(f"/clients/{client.id}/companion/plan", data=PLAN | {"modules": ["zz<script>"]},
                           headers=staff)
    assert junk.status_code == 400 and "Not a library module" in junk.text and "<script>" not in junk.text
    assert await session.scalar(select(func.count()).select_from(CompanionPlan)) == 0


async def test_admins_see_no_plan_and_cannot_save_one(session, http):
    practice, clinician, client, _ = await _world(session)
    await _plan_on(session, clinician, client)
    admin = await token_headers(session, await make_user(session, practice, Role.admin))
    page = (await http.get(f"/clients/{client.id}?area=companion", headers=admin)).text
    assert "practice administrators do not see" in page and "interoceptive" not in page
    refused = await http.post(f"/clients/{client.id}/companion/plan", data=PLAN, headers=admin)
    assert refused.status_code == 403


async def test_the_library_is_empty_until_the_plan_is_on(session, http):
    _, clinician, client, portal = await _world(session)
    me = await token_headers(session, portal)
    home = (await http.get("/portal", headers=me)).text
    assert 'href="/portal?area=library">Library</a>' in home
    empty = (await http.get("/portal?area=library", headers=me)).text
    assert "There is nothing in your library yet." in empty and "/portal/library/" not in empty
    assert 'href="/portal/safety-plan"' in empty
    assert (await http.get("/portal/library/panic", headers=me)).status_code == 404


async def test_the_library_asks_for_consent_when_it_was_not_given(session, http):
    _, clinician, client, portal = await _world(session, consent=False)
    page = (await http.get("/portal?area=library", headers=await token_headers(session, portal))).text
    assert "used only with your agreement" in page and 'href="/portal?area=account#consent"' in page


async def test_the_client_reads_the_chosen_items_in_their_language_with_sources(session, http):
    _, clinician, client, portal = await _world(session, preferred_language="es")
    await _plan_on(session, clinician, client)
    me = await token_headers(session, portal)
    page = (await http.get("/portal?area=library", headers=me)).text
    assert "Los ataques de pánico" in page and "Registro de pensamientos" in page
    assert 'href="/portal/library/panic"' in page and 'href="/portal/exercises/thought-record"' in page
    assert "Completa un registro de pensamientos" in page  # the portal's own words in Spanish too
    assert "/portal/library/grief" not in page and "before each session" in page
    item = await http.get("/portal/library/panic", headers=me)
    assert item.status_code == 200
    html = item.text
    assert '<article class="card" lang="es"' in html and '<h1 id="item-h">Los ataques de pánico</h1>' in html
    assert "<h2>" in html and "<strong>Respiración pausada</strong>" in html
    assert "Fuentes" in html and "NHS" in html and "en inglés" not in html
    assert (await http.get("/portal/library/grief", headers=me)).status_code == 404
    assert (await http.get("/portal/library/..%2Fetc", headers=me)).status_code == 404


async def test_a_thought_record_from_the_form_reaches_the_clinician(session, http):
    _, clinician, client, portal = await _world(session)
    await _plan_on(session, clinician, client)
    me = await token_headers(session, portal)
    form = (await http.get("/portal/exercises/thought-record", headers=me)).text
    assert 'action="/portal/exercises/thought-record"' in form and "Re-rate each emotion" in form
    assert "1. " in form  # the skill's steps, from the library
    sent = await http.post("/portal/exercises/thought-record", data=THOUGHT, headers=me)
    assert sent.status_code == 303
    assert re.fullmatch(r"/portal/exercises/records/[0-9a-f-]{36}\?saved=1", sent.headers["location"])
    shown = (await http.get(sent.headers["location"], headers=me)).text
    assert "Your thought record is saved" in shown and "Everyone will notice my mistakes" in shown
    assert "Support if you need it now" not in shown
    mine = (await http.get("/portal?area=library", headers=me)).text
    assert "My exercises" in mine and "anxious: 80 → 40" in mine
    area = (await http.get(f"/clients/{client.id}?area=companion", headers=await token_headers(session, clinician)))
    assert "anxious: 80 → 40" in area.text and "ashamed: 50 → 30" in area.text
    assert "Everyone will notice my mistakes" in area.text  # the answers, folded under "Read"


async def test_a_mistake_in_an_exercise_keeps_the_answers_and_saves_nothing(session, http):
    _, clinician, client, portal = await _world(session)
    await _plan_on(session, clinician, client)
    me = await token_headers(session, portal)
    page = await http.post("/portal/exercises/thought-record", headers=me,
                           data=THOUGHT | {"emotion_1_after": "150", "balanced_thought": "  "})
    assert page.status_code == 400
    assert "Emotion 1, how strong it is now (0 to 100)" in page.text and "A more balanced thought: this is empty" \
        in page.text
    assert "Presenting the quarterly figures at work" in page.text
    assert await session.scalar(select(func.count()).select_from(ExerciseRecord)) == 0


async def test_risky_exercise_text_shows_the_crisis_response_at_once(session, http):
    _, clinician, client, portal = await _world(session)
    await _plan_on(session, clinician, client, skills=["grounding-54321"])
    me = await token_headers(session, portal)
    sent = await http.post("/portal/exercises/grounding-54321", headers=me, data={
        "see": "the pills I saved up", "feel": "cold", "hear": "nothing",
        "smell": "nothing", "taste": "I'm going to take them all tonight"})
    assert sent.status_code == 303
    page = (await http.get(sent.headers["location"], headers=me)).text
    assert "Support if you need it now" in page and 'href="tel:911"' in page and "Talk to someone now" in page
    area = (await http.get(f"/clients/{client.id}?area=companion", headers=await token_headers(session, clinician)))
    assert '<span class="badge alert">' in area.text and "Open the risk alert" in area.text


async def test_only_offered_exercises_open(session, http):
    _, clinician, client, portal = await _world(session)
    await _plan_on(session, clinician, client)
    me = await token_headers(session, portal)
    staff = await token_headers(session, clinician)
    assert (await http.get("/portal/exercises/grounding-54321", headers=me)).status_code == 403
    refused = await http.post("/portal/exercises/grounding-54321", headers=me, data={"see": "a"})
    assert refused.status_code == 403
    assert (await http.get("/portal/exercises/nonsense", headers=me)).status_code == 404
    assert (await http.get("/portal/exercises/thought-record", headers=staff)).status_code == 403


async def test_breathing_page_works_without_javascript_and_records_a_practice(session, http):
    _, clinician, client, portal = await _world(session, preferred_language="de")
    await _plan_on(session, clinician, client, language="de")
    me = await token_headers(session, portal)
    page = (await http.get("/portal/exercises/paced-breathing", headers=me)).text
    # The page's own words in the client's language (German), the skill's steps from the library in German.
    assert "während Sie langsam bis 4 zählen" in page and '<div lang="de">' in page and "zählen Sie dabei langsam bis 4" in page
    assert '<div id="breathing-timer" data-in="4" data-out="6" data-say-in="Einatmen"' in page
    assert 'aria-live="polite"' in page
    assert '<script src="/companion/breathing.js" defer></script>' in page
    script = await http.get("/companion/breathing.js")
    assert script.status_code == 200 and "text/javascript" in script.headers["content-type"]
    sent = await http.post("/portal/exercises/paced-breathing", headers=me,
                           data={"minutes": "4", "tension_before": "7", "tension_after": "4", "note": ""})
    assert sent.status_code == 303
    shown = (await http.get(sent.headers["location"], headers=me)).text
    assert "Ihr ruhiges Atmen im Takt ist gespeichert" in shown and "7 vorher, 4 nachher" in shown


async def test_an_activity_is_planned_then_marked_done(session, http):
    _, clinician, client, portal = await _world(session)
    await _plan_on(session, clinician, client, skills=["behavioural-activation"])
    me = await token_headers(session, portal)
    sent = await http.post("/portal/exercises/behavioural-activation", headers=me, data={
        "mood_before": "3", "activity": "Walk to the shop and back, 15 minutes", "planned_for": "2026-12-08"})
    assert sent.status_code == 303
    planned = (await http.get(sent.headers["location"], headers=me)).text
    assert "Your plan is saved" in planned and "Mark it done" in planned
    form = (await http.get("/portal/exercises/behavioural-activation", headers=me)).text
    assert "Activities you planned" in form and "Walk to the shop" in form
    record_id = sent.headers["location"].split("/")[-1].split("?")[0]
    bad = await http.post(f"/portal/exercises/records/{record_id}/done", headers=me, data={"mood_after": "eleven"})
    assert bad.status_code == 400 and "write a whole number" in bad.text
    done = await http.post(f"/portal/exercises/records/{record_id}/done", headers=me,
                           data={"mood_after": "6", "note": "Cold but good"})
    assert done.status_code == 303 and done.headers["location"].endswith("?saved=done")
    page = (await http.get(done.headers["location"], headers=me)).text
    assert "your activity is marked done" in page and "Cold but good" in page
    area = (await http.get(f"/clients/{client.id}?area=companion", headers=await token_headers(session, clinician)))
    assert "mood 3 → 6" in area.text


async def test_admin_sets_the_regions_where_the_conversation_is_off(session, http):
    practice, clinician, client, _ = await _world(session, country="US", region="IL")
    admin = await token_headers(session, await make_user(session, practice, Role.admin))
    page = (await http.get("/admin/companion", headers=admin)).text
    assert "US-IL" in page and 'name="csrf_token"' in page
    staff = await token_headers(session, clinician)
    area = (await http.get(f"/clients/{client.id}?area=companion", headers=staff)).text
    assert "Off in US-IL by the practice's setting" in area
    bad = await http.post("/admin/companion", data={"no_chat_regions": "Illinois"}, headers=admin)
    assert bad.status_code == 400 and "not a region code" in bad.text and "Illinois" in bad.text
    saved = await http.post("/admin/companion", data={"no_chat_regions": "us-ca,\nDE"}, headers=admin)
    assert saved.status_code == 303
    assert "US-CA, DE" in (await http.get("/admin/companion?saved=1", headers=admin)).text
    assert "Not built yet" in (await http.get(f"/clients/{client.id}?area=companion", headers=staff)).text
    assert (await http.get("/admin/companion", headers=staff)).status_code == 403


async def test_another_clients_record_is_not_found(session, http):
    practice, clinician, client, portal = await _world(session)
    await _plan_on(session, clinician, client)
    other = await make_client(session, practice, clinician=clinician)
    other_portal = await make_user(session, practice, Role.client, client=other)
    stranger_headers = await token_headers(session, other_portal)
    sent = await http.post("/portal/exercises/thought-record", data=THOUGHT,
                           headers=await token_headers(session, portal))
    stranger = await http.get(sent.headers["location"], headers=stranger_headers)
    assert stranger.status_code == 404
