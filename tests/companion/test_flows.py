"""Guided exercises in the companion's chat, through the service: each flow step by step (fixed steps, re-rating
stored, the same exercise record the forms make), a reflection from the model and its fallback, a risk answer that
escalates and stops the flow with no model call, leaving, resuming and abandoning, the offer on a deterministic match,
and homework completed by a flow."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from alliance.accounts.models import Role
from alliance.companion import chat, flows, service
from alliance.companion.models import CompanionFlow, CompanionTurn, ExerciseRecord
from alliance.companion.schemas import PlanWrite
from alliance.consent.models import Feature
from alliance.errors import Conflict
from alliance.homework import service as homework_service
from alliance.homework.schemas import HomeworkCreate
from alliance.safety import service as safety_service
from tests.support.factories import actor, make_client, make_consent, make_practice, make_user

SKILLS = ["thought-record", "paced-breathing", "grounding-54321", "behavioural-activation", "communication-practice"]
PLAN = PlanWrite(enabled=True, modules=["anxiety"], skills=SKILLS, review_note="before each session")


async def world(session, *, lang: str = "en", country: str = "US", plan: PlanWrite | None = PLAN):
    practice = await make_practice(session)
    clinician = await make_user(session, practice, Role.clinician, display_name="Dr. Ana Reyes")
    client = await make_client(session, practice, clinician=clinician, preferred_language=lang, country=country)
    portal = await make_user(session, practice, Role.client, client=client)
    await make_consent(session, client, Feature.ai_companion)
    if plan is not None:
        await service.save_plan(session, actor(clinician), client.id, plan)
    return clinician, client, portal


async def say(session, portal, text: str):
    """One client message through the turn pipeline; the companion's turns it added, oldest first."""
    events = [e async for e in chat.run_turn(session, actor(portal), text)]
    return events, [e.reply for e in events if e.kind == "flow"]


async def test_a_thought_record_runs_its_fixed_steps_and_stores_the_forms_record(session, scripted, calls):
    clinician, client, portal = await world(session)
    flow = await flows.start(session, actor(portal), "thought-record")
    opening = (await session.execute(select(CompanionTurn).where(CompanionTurn.flow_id == flow.id)
                                     .order_by(CompanionTurn.seq))).scalars().all()
    assert [t.text for t in opening][-1] == "First, the situation: where were you, and what was happening?"
    scripted.script = ["That sounds like a tense moment.", "That is a kinder way to see it."]
    events, said = await say(session, portal, "Presenting the quarterly figures at work")
    assert [e.kind for e in events][:3] == ["screened", "waiting", "sentence"]
    assert [(t.kind, t.text) for t in said] == [
        ("reply", "That sounds like a tense moment."),
        ("flow", flows.say("en", "steps", "thought-record", "emotions"))]
    assert said[0].prompt_id == "companion.reflect" and said[0].call_id == calls[-1].call_id
    _, said = await say(session, portal, "lots")  # no number: the step is asked again, nothing moves on
    assert said[-1].text == flows.say("en", "steps", "thought-record", "emotions") and flow.step == 1
    for answer in ("anxious 80, ashamed 50", "Everyone will notice my mistakes", "skip",
                   "Two colleagues said the last one was clear"):
        _, said = await say(session, portal, answer)
    assert said[-1].text.startswith("Now try a more balanced thought")
    _, said = await say(session, portal, "I can be nervous and still do it well enough")
    assert [t.kind for t in said] == ["reply", "flow"] and "anxious, ashamed" in said[-1].text
    _, said = await say(session, portal, "40 and 30")
    assert said[-1].kind == "flow_done" and flow.status == "done"
    record = await session.get(ExerciseRecord, flow.exercise_id)
    data = json.loads(record.data_json)
    assert data["emotions"] == [{"name": "anxious", "before": 80, "after": 40},
                                {"name": "ashamed", "before": 50, "after": 30}]
    assert data["evidence_for"] is None and data["balanced_thought"].startswith("I can be nervous")
    assert record.kind == "thought-record" and record.status == "done" and record.screen_level == "none"
    # The clinician's view shows it as any record, and the conversation links to it.
    shown = await service.list_exercises(session, actor(clinician), client.id)
    assert [r.id for r in shown] == [record.id]
    conv = await chat.conversation(session, actor(clinician), client.id)
    done = [t for t in conv.turns if t.kind == "flow_done"]
    assert done[0].record_id == record.id and done[0].flow_kind == "thought-record"


async def test_without_a_model_the_flow_goes_on_with_its_fixed_text(session, model_down):
    _, _, portal = await world(session, lang="es", country="ES")
    flow = await flows.start(session, actor(portal), "behavioural-activation")
    _, said = await say(session, portal, "Dar un paseo de diez minutos")
    assert [t.kind for t in said] == ["flow"]  # the reflection did not come: the next fixed step did
    assert said[0].text.startswith("¿Cuándo la harás?")
    _, said = await say(session, portal, "mañana")
    _, said = await say(session, portal, "4")
    assert flow.status == "waiting" and "Tu plan está guardado: Dar un paseo de diez minutos" in said[-1].text
    planned = await session.get(ExerciseRecord, flow.exercise_id)
    assert planned.status == "planned"
    assert json.loads(planned.data_json)["planned_for"] == (date.today() + timedelta(days=1)).isoformat()
    # Later: the mood after.
    await flows.resume(session, actor(portal), flow.id)
    _, said = await say(session, portal, "7")
    _, said = await say(session, portal, "saltar")
    assert flow.status == "done" and said[-1].kind == "flow_done"
    done = await session.get(ExerciseRecord, flow.exercise_id)
    assert done.status == "done" and json.loads(done.data_json)["mood_after"] == 7


async def test_a_risk_answer_escalates_and_stops_the_flow_with_no_model_call(session, scripted, calls):
    _, client, portal = await world(session)
    flow = await flows.start(session, actor(portal), "grounding-54321")
    await say(session, portal, "a lamp, a window, a cup, a book, my hands")
    events, _ = await say(session, portal, "I am going to kill myself tonight.")
    assert [e.kind for e in events] == ["screened", "crisis", "done"]
    assert (flow.status, flow.stop_reason, flow.screen_level) == ("stopped", "risk", "imminent")
    assert scripted.requests == [] and [c for c in calls if c.purpose == "companion"] == []
    assert await safety_service.ai_paused(session, client.id)
    turn = events[0].client_turn
    assert turn.flow_id == flow.id and turn.alert_id is not None
    # Paused: the flow cannot be resumed in the chat until a clinician resumes the companion.
    with pytest.raises(Conflict, match="paused"):
        await flows.resume(session, actor(portal), flow.id)


async def test_stop_resume_and_abandon(session, scripted):
    _, client, portal = await world(session, lang="fr", country="FR")
    flow = await flows.start(session, actor(portal), "paced-breathing")
    _, said = await say(session, portal, "6")
    assert said[-1].text.startswith("Inspirez maintenant")
    _, said = await say(session, portal, "Arrêter !")
    assert flow.status == "stopped" and flow.stop_reason == "client" and "quitté l'exercice" in said[-1].text
    # While stopped, a message goes to the model as usual.
    scripted.script = ["Bonjour, comment allez-vous aujourd'hui ?"]
    events, said = await say(session, portal, "Bonjour")
    assert said == [] and events[-1].reply.kind == "reply"
    await flows.resume(session, actor(portal), flow.id)
    assert flow.status == "active" and flow.step == 1
    for answer in ("3 minutes", "2", "passer"):
        _, said = await say(session, portal, answer)
    record = await session.get(ExerciseRecord, flow.exercise_id)
    assert json.loads(record.data_json) == {"minutes": 3, "tension_before": 6, "tension_after": 2, "note": None}
    other = await flows.start(session, actor(portal), "grounding-54321")
    await flows.stop(session, actor(portal), other.id)
    await flows.abandon(session, actor(portal), other.id)
    assert other.status == "abandoned" and other.exercise_id is None
    assert (await flows.portal_flows(session, actor(portal), client)).unfinished == []


async def test_asking_for_an_exercise_offers_it_without_the_model(session, scripted):
    _, _, portal = await world(session, lang="it", country="IT")
    events, said = await say(session, portal, "Possiamo fare un esercizio di respirazione?")
    assert [t.kind for t in said] == ["flow_offer"] and scripted.requests == []
    assert said[0].text.startswith("Vuoi fare insieme l'esercizio «respirazione lenta»")
    offered = await session.get(CompanionFlow, said[0].flow_id)
    assert offered.status == "offered" and offered.kind == "paced-breathing"
    flow = await flows.start(session, actor(portal), "paced-breathing", flow_id=offered.id)
    assert flow.id == offered.id and flow.status == "active"


async def test_a_homework_done_with_the_companion_completes_its_period(session, scripted):
    clinician, client, portal = await world(session)
    assignment = await homework_service.assign(session, actor(clinician), client.id,
                                               HomeworkCreate(kind="grounding-54321", schedule="daily"))
    flow = await flows.start(session, actor(portal), "grounding-54321", assignment_id=assignment.id)
    for answer in ("a lamp", "the chair", "traffic", "coffee", "mint tea"):
        _, said = await say(session, portal, answer)
    assert flow.status == "done"
    mine = await homework_service.list_assignments(session, actor(portal), client.id)
    assert mine[0].done_now and mine[0].done == 1
    entries = await homework_service.list_entries(session, actor(clinician), client.id)
    assert entries[0].exercise_id == flow.exercise_id and entries[0].data["taste"] == "mint tea"
