"""Communication practice in the companion's chat: the scripted version without a model (the clinician's own lines,
then the written ones), the model playing the other person with an abusive line replaced, the deterministic feedback
on the client's wording in each language, a homework scenario, and SmolLM2 playing the part."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from alliance.companion import chat, flows, roleplay, service
from alliance.companion.models import CompanionTurn, ExerciseRecord
from alliance.companion.schemas import ScenarioWrite
from alliance.homework import service as homework_service
from alliance.homework.schemas import HomeworkCreate
from tests.companion.test_flows import say, world
from tests.support.factories import actor

SCENARIO = ScenarioWrite(other_person="my manager, Sam", goal="that I need to leave on time on Thursdays",
                         lines=["Thursdays? We have the team meeting then."])
LINES = ["Sam, do you have a minute? It's about Thursdays.",
         "I understand the meeting matters, but I feel stretched when it runs late.",
         "Could I leave at five on Thursdays and catch up on the notes on Friday?"]
# One line per language that meets the three criteria, and one that meets none.
WORDING = {
    "en": ("I understand you're busy, but I feel stretched when meetings run late. Could I leave at five on Thursdays?",
           "Thursdays are a problem."),
    "es": ("Entiendo que tienes mucho trabajo, pero me siento agobiada cuando las reuniones se alargan. ¿Podrías "
           "dejarme salir a las cinco los jueves?", "Los jueves son un problema."),
    "fr": ("Je comprends que vous êtes très occupé, mais je me sens dépassée quand les réunions durent. Pourriez-vous "
           "me laisser partir à cinq heures le jeudi ?", "Le jeudi, c'est un problème."),
    "de": ("Ich verstehe, dass du viel zu tun hast, aber ich fühle mich überfordert, wenn die Besprechungen länger "
           "dauern. Könntest du mich donnerstags um fünf gehen lassen?", "Donnerstage sind ein Problem."),
    "pt": ("Compreendo que está muito ocupado, mas sinto-me sobrecarregada quando as reuniões se prolongam. Podia "
           "deixar-me sair às cinco às quintas-feiras?", "As quintas-feiras são um problema."),
    "it": ("Capisco che sei molto impegnato, ma mi sento sopraffatta quando le riunioni si allungano. Potresti "
           "lasciarmi uscire alle cinque il giovedì?", "Il giovedì è un problema."),
}


@pytest.mark.parametrize("lang", sorted(WORDING))
def test_the_feedback_checks_the_wording_in_each_language(lang):
    good, poor = WORDING[lang]
    assert roleplay.wording([good], lang) == {"i_statement": True, "request": True, "acknowledge": True}
    assert roleplay.wording([poor], lang) == {"i_statement": False, "request": False, "acknowledge": False}
    text = roleplay.feedback(roleplay.wording([poor], lang), lang)
    assert text.startswith(flows.say(lang, "roleplay", "feedback")) and flows.say(lang, "roleplay",
                                                                                  "request_no") in text


async def test_without_a_model_the_other_person_says_the_scenarios_lines(session, model_down):
    clinician, client, portal = await world(session)
    await roleplay.add_scenario(session, actor(clinician), client.id, SCENARIO)
    flow = await flows.start(session, actor(portal), "communication-practice")
    intro = (await session.execute(select(CompanionTurn.id).where(CompanionTurn.flow_id == flow.id))).all()
    assert len(intro) == 1
    replies = []
    for line in LINES:
        _, said = await say(session, portal, line)
        replies.append(said[0])
    assert [t.kind for t in replies] == ["roleplay"] * 3 and all(t.fallback == "scripted" for t in replies)
    assert replies[0].text == "Thursdays? We have the team meeting then."  # the clinician's own line first
    assert replies[1].text == flows.texts("en")["roleplay"]["scripted"][1]
    assert [t.kind for t in said] == ["roleplay", "flow", "flow"]  # the reply, the feedback, the last question
    assert "You made a clear request." in said[1].text and said[2].text.startswith("Last question")
    _, said = await say(session, portal, "6")
    assert said[-1].kind == "flow_done" and flow.status == "done"
    record = await session.get(ExerciseRecord, flow.exercise_id)
    data = json.loads(record.data_json)
    assert record.kind == "communication-practice" and data["confidence"] == 6
    assert data["criteria"] == {"i_statement": True, "request": True, "acknowledge": True}
    assert [e["client"] for e in data["exchanges"]] == LINES and all(e["scripted"] for e in data["exchanges"])
    shown = await service.list_exercises(session, actor(clinician), client.id)
    assert shown[0].title == "Communication practice" and shown[0].data["other_person"] == "my manager, Sam"


async def test_the_model_plays_the_other_person_and_an_abusive_line_is_replaced(session, scripted):
    clinician, client, portal = await world(session, lang="es", country="ES")
    await roleplay.add_scenario(session, actor(clinician), client.id, ScenarioWrite(
        other_person="mi hermana", goal="que no puedo cuidar a sus hijos todos los sábados"))
    flow = await flows.start(session, actor(portal), "communication-practice")
    scripted.script = ["Vaya, no me lo esperaba. ¿Qué pasa con los sábados?",
                       "Eres una egoísta y una idiota, como siempre."]
    _, said = await say(session, portal, "Oye, quería hablarte de los sábados.")
    assert said[0].kind == "roleplay" and said[0].text.startswith("Vaya, no me lo esperaba.")
    assert said[0].prompt_id == "companion.roleplay" and said[0].fallback is None
    system = scripted.requests[0]["messages"][0]["content"]
    assert "mi hermana" in system and "Never be abusive" in system and "Spanish" in system
    _, said = await say(session, portal, "Me siento agotada y necesito descansar algún sábado.")
    line = said[0]
    assert line.text == flows.texts("es")["roleplay"]["scripted"][1] and line.fallback == "scripted"
    assert line.blocked and line.blocked_category == "abuse" and "idiota" in line.blocked_text
    staff = (await chat.conversation(session, actor(clinician), client.id)).turns
    shown = next(t for t in staff if t.id == line.id)
    assert shown.blocked_reason == "An abusive or insulting line in the role-play"
    mine = next(t for t in (await chat.conversation(session, actor(portal))).turns if t.id == line.id)
    assert mine.blocked_text is None and "idiota" not in mine.text


async def test_a_homework_scenario_is_practised_and_completes_the_period(session, model_down):
    clinician, client, portal = await world(session)
    assignment = await homework_service.assign(session, actor(clinician), client.id, HomeworkCreate(
        kind="communication-practice", prompts=["my neighbour", "that the music is too loud after eleven"]))
    flow = await flows.start(session, actor(portal), "communication-practice", assignment_id=assignment.id)
    for line in (*LINES, "8"):
        await say(session, portal, line)
    assert flow.status == "done"
    entries = await homework_service.list_entries(session, actor(clinician), client.id)
    assert entries[0].exercise_id == flow.exercise_id
    assert entries[0].data["other_person"] == "my neighbour" and entries[0].data["source"] == "homework"
    assert (await homework_service.list_assignments(session, actor(portal), client.id))[0].done_now


@pytest.mark.llm
async def test_smollm2_plays_the_other_person_through_the_gateway(session, smollm2, calls):
    clinician, client, portal = await world(session)
    await roleplay.add_scenario(session, actor(clinician), client.id, SCENARIO)
    await flows.start(session, actor(portal), "communication-practice")
    _, said = await say(session, portal, LINES[0])
    record = [c for c in calls if c.purpose == "companion"][-1]
    assert record.template_id == "companion.roleplay" and record.model == "smollm2-135m"
    assert said[0].kind == "roleplay" and said[0].text and said[0].call_id == record.call_id
