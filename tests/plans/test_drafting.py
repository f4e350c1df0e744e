"""The AI draft of a plan without a model (rules and grounding only): structure, evidence links, objectives only on
the client's measures, unsupported model items marked, consent, and the share of items with evidence."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from jsonschema import Draft202012Validator

from alliance.accounts.models import Role
from alliance.consent.models import Feature
from alliance.consent.service import ConsentRequired
from alliance.errors import BadRequest, Forbidden, NotFound
from alliance.homework import tools
from alliance.llm import get_template
from alliance.homework.schemas import CheckInCreate
from alliance.notes import pipeline, service as notes_service
from alliance.notes.schemas import NoteCreate
from alliance.plans import drafting
from alliance.plans.evidence import gather
from alliance.plans.schemas import PlanDraft
from alliance.security.audit import Actor
from tests.plans.world import scores, world
from tests.support.factories import actor, make_consent, make_user

TRANSCRIPT = "Therapist: How was the week?\nClient: Hard, I stayed in bed most days."
ASSESSMENTS = [
    "Low mood and withdrawal from friends since the job loss.",
    "Worry about money keeps her awake most nights.",
    "Mood lifted slightly after two planned walks; withdrawal persists.",
]


async def signed_note(session, clinician, client, day: date, sections: dict[str, str], *, sign: bool = True):
    me = actor(clinician)
    note = await pipeline.create_from_text(session, me, client.id, NoteCreate(text=TRANSCRIPT, format="soap",
                                                                              use_ai=False))
    note.session_date = datetime(day.year, day.month, day.day, 10, tzinfo=UTC)
    await notes_service.update_sections(session, me, note.id, sections)
    if sign:
        await notes_service.sign(session, me, note.id)
    return note


async def ten_sessions(session, clinician, client, today: date):
    """Ten weekly signed notes, PHQ-9 falling from 18 and GAD-7 from 13, and a week of mood check-ins."""
    notes = []
    for week in range(10):
        day = today - timedelta(weeks=10 - week)
        notes.append(await signed_note(session, clinician, client, day, {
            "subjective": "She says she wants to get back to seeing her friends and enjoy things again."
            if week == 0 else "She reports a quieter week with some planned activities.",
            "assessment": ASSESSMENTS[week % len(ASSESSMENTS)],
            "plan": "Continue activity scheduling and keep the activity log."}))
    await scores(session, client, "phq9", [(today - timedelta(weeks=10 - w), 18 - w) for w in range(0, 10, 2)])
    await scores(session, client, "gad7", [(today - timedelta(weeks=10), 13), (today - timedelta(weeks=2), 11)])
    return notes


def all_items(draft: PlanDraft) -> list:
    return [*draft.problems, *draft.goals, *(o for g in draft.goals for o in g.objectives), *draft.interventions]


async def test_objectives_name_only_the_clients_measures_with_a_computed_target_and_date(session):
    _, clinician, client, _ = await world(session)
    today = date.today()
    adms = await scores(session, client, "phq9", [(today - timedelta(weeks=4), 17), (today - timedelta(days=3), 14)])
    draft = await drafting.draft_plan(session, actor(clinician), client.id, use_model=False, today=today)
    objectives = [o for g in draft.goals for o in g.objectives]
    assert [o.measure for o in objectives] == ["phq9"]  # no GAD-7, no logs: the client has none
    (phq9,) = objectives
    assert (phq9.comparison, phq9.target, phq9.by) == ("<", 10, today + timedelta(weeks=12))
    assert [e.id for e in phq9.evidence] == [str(adms[0].id), str(adms[1].id)] and phq9.supported
    assert phq9.evidence[1].kind == "score" and phq9.evidence[1].label.startswith("PHQ-9 14 on ")
    assert draft.model is None


async def test_problems_quote_signed_assessments_and_leave_unsigned_notes_out(session):
    _, clinician, client, _ = await world(session)
    today = date.today()
    signed = await signed_note(session, clinician, client, today - timedelta(days=7),
                               {"assessment": "Low mood and withdrawal from friends since the job loss."})
    await signed_note(session, clinician, client, today - timedelta(days=1),
                      {"assessment": "Panic attacks on the train every morning."}, sign=False)
    draft = await drafting.draft_plan(session, actor(clinician), client.id, use_model=False, today=today)
    assert [p.text for p in draft.problems] == ["Low mood and withdrawal from friends since the job loss."]
    (ev,) = draft.problems[0].evidence
    assert (ev.kind, ev.id, ev.quote) == ("note_sentence", str(signed.id), draft.problems[0].text)
    assert ev.label.endswith(", assessment")
    assert draft.interventions[0].modality == "Individual CBT with behavioural activation"


async def test_an_elevated_score_with_no_note_becomes_a_problem_resting_on_the_score(session):
    _, clinician, client, _ = await world(session)
    today = date.today()
    (adm,) = await scores(session, client, "gad7", [(today - timedelta(days=2), 16)])
    draft = await drafting.draft_plan(session, actor(clinician), client.id, use_model=False, today=today)
    (problem,) = draft.problems
    assert "GAD-7 16" in problem.text and "severe" in problem.text
    assert [(e.kind, e.id) for e in problem.evidence] == [("score", str(adm.id))] and problem.supported
    assert draft.goals[0].objectives[0].target == 8  # the GAD-7 caseness threshold, NHS Talking Therapies


async def test_logs_the_client_keeps_give_objectives_only_when_there_are_enough(session):
    _, clinician, client, portal = await world(session)
    today = date.today()
    me = Actor(portal.id, "client", client.practice_id, client_id=client.id)
    for mood in (4, 5, 5):
        await tools.check_in(session, me, CheckInCreate(mood=mood, emotions=["sad"]))
    draft = await drafting.draft_plan(session, actor(clinician), client.id, use_model=False, today=today)
    (obj,) = [o for g in draft.goals for o in g.objectives]
    assert (obj.measure, obj.comparison, obj.target) == ("checkin_mood", ">=", 7)
    assert obj.evidence and all(e.kind == "checkin" for e in obj.evidence)


async def test_the_model_only_chooses_and_phrases_and_an_unsupported_phrasing_keeps_the_rule_text(session):
    _, clinician, client, _ = await world(session)
    today = date.today()
    await ten_sessions(session, clinician, client, today)
    record = await gather(session, actor(clinician), client.id, today=today)
    rule = drafting.rule_draft(record, today + timedelta(weeks=12))
    assert len(rule.problems) >= 2 and rule.interventions
    first = next(n for n, p in enumerate(rule.problems) if p.text == ASSESSMENTS[0])
    other = next(n for n, p in enumerate(rule.problems) if n != first)
    reply = {"problems": [{"id": f"P{first + 1}", "text": "Withdrawal from friends after job loss"},
                          {"id": f"P{other + 1}", "text": "Bipolar disorder, on lithium 900 mg"},
                          {"id": "P9", "text": "Not a candidate"}],
             "goals": ["G1"], "interventions": ["I1", "I1"]}
    draft = drafting.merge(record, rule, reply, "test-model")
    phrased, invented = draft.problems
    assert phrased.source == "model" and phrased.evidence == rule.problems[first].evidence
    # nothing in the record says so: the candidate's own words stay, written by the rules
    assert (invented.text, invented.source) == (rule.problems[other].text, "rule") and invented.supported
    assert draft.interventions == [rule.interventions[0]] and draft.interventions[0].source == "template"
    # every goal carrying computed objectives is still there; every objective is computed by the rules
    assert {o.measure for g in draft.goals for o in g.objectives} == {"phq9", "gad7"}
    assert all(o.source == "rule" for g in draft.goals for o in g.objectives)
    with_evidence, total = drafting.supported_share(draft)
    assert with_evidence / total >= 0.9 and draft.model == "test-model"


async def test_the_model_reads_a_condensed_record_and_may_answer_only_candidate_ids(session):
    _, clinician, client, _ = await world(session)
    today = date.today()
    await ten_sessions(session, clinician, client, today)
    record = await gather(session, actor(clinician), client.id, today=today)
    rule = drafting.rule_draft(record, today + timedelta(weeks=12))
    variables, keys = drafting.model_inputs(record, rule)
    assert 0 < len(variables["record"]) <= drafting.MODEL_RECORD_LINES
    assert all(len(line) <= drafting.MODEL_LINE_CHARS for line in variables["record"])
    assert any(line.startswith("PHQ-9") for line in variables["record"])
    assert keys["problems"] == [f"P{n + 1}" for n in range(len(rule.problems))]
    template = get_template(drafting.TEMPLATE)
    assert drafting.is_choice_schema(template.output_schema) and template.max_tokens <= 120
    schema = drafting.model_schema(template.output_schema, keys | {"interventions": []})
    validator = Draft202012Validator(schema)
    assert validator.is_valid({"problems": [{"id": "P1", "text": "Low mood."}], "goals": [], "interventions": []})
    assert not validator.is_valid({"problems": [{"id": "P99", "text": "x"}], "goals": [], "interventions": []})
    assert not validator.is_valid({"problems": [], "goals": [], "interventions": ["I1"]})
    assert not validator.is_valid({"problems": [{"id": "P1", "text": "x" * 41}], "goals": [], "interventions": []})
    assert validator.is_valid({"problems": [], "goals": ["G1"], "interventions": []})


async def test_the_rule_draft_says_who_wrote_each_item(session):
    _, clinician, client, _ = await world(session)
    today = date.today()
    await ten_sessions(session, clinician, client, today)
    draft = await drafting.draft_plan(session, actor(clinician), client.id, use_model=False, today=today)
    assert {p.source for p in draft.problems} == {"rule"} and {g.source for g in draft.goals} == {"rule"}
    assert {i.source for i in draft.interventions} == {"template"}
    assert draft.model_dump(mode="json")["interventions"][0]["source"] == "template"


async def test_nine_in_ten_items_carry_evidence_on_ten_sessions_of_notes(session):
    _, clinician, client, _ = await world(session)
    today = date.today()
    await ten_sessions(session, clinician, client, today)
    draft = await drafting.draft_plan(session, actor(clinician), client.id, use_model=False, today=today)
    with_evidence, total = drafting.supported_share(draft)
    assert total >= 6 and with_evidence / total >= 0.9
    assert {e.kind for i in all_items(draft) for e in i.evidence} >= {"note_sentence", "score"}
    assert any(g.text.startswith("She says she wants to get back") for g in draft.goals)  # the client's words


async def test_without_ai_consent_the_rules_draft_and_requiring_the_model_is_refused(session):
    _, clinician, client, _ = await world(session)
    await scores(session, client, "phq9", [(date.today() - timedelta(days=1), 12)])
    draft = await drafting.draft_plan(session, actor(clinician), client.id)
    assert draft.model is None and draft.goals
    with pytest.raises(ConsentRequired):
        await drafting.draft_plan(session, actor(clinician), client.id, use_model=True)


async def test_an_empty_record_and_a_stranger_are_refused(session):
    practice, clinician, client, _ = await world(session)
    await make_consent(session, client, Feature.ai_documentation)
    with pytest.raises(BadRequest):
        await drafting.draft_plan(session, actor(clinician), client.id, use_model=False)
    other = await make_user(session, practice, Role.clinician)
    with pytest.raises((Forbidden, NotFound)):
        await drafting.draft_plan(session, actor(other), client.id, use_model=False)

