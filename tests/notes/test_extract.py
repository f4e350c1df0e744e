"""Deterministic extraction: medications, scores, interventions, homework, the next appointment; placement in
the format's sections; extracted sentences in a draft (no model); fact recall on the fact sessions."""

from __future__ import annotations

import asyncio
from datetime import date

import pytest

from alliance.notes.drafting import draft_note
from alliance.notes.extract import (
    extract_appointment, extract_facts, extract_homework, extract_interventions, extract_medications,
    extract_scores, parse_number, place_facts, states_fact,
)
from alliance.notes.formats import BIRP, DAP, GIRP, SOAP, custom_format
from alliance.notes.transcripts import parse_transcript

SESSION = """Therapist: Before we start, your PHQ-9 is 14 this week, down from 17.
Client: The GP put my sertraline up to 100 milligrams last Tuesday.
Client: I missed two doses of the quetiapine at the weekend though.
Therapist: And the GAD-7?
Client: I think it was eleven.
Therapist: Today we did a thought record on the work worry and some diaphragmatic breathing.
Therapist: For homework, I'd like you to do one thought record a day.
Client: Okay.
Therapist: Great. Same time next week, Tuesday at 3?"""


@pytest.fixture(scope="module")
def segs():
    return parse_transcript(SESSION)


@pytest.mark.parametrize("text,value", [("100", 100), ("twenty", 20), ("a hundred and fifty", 150),
                                        ("twenty-five", 25), ("two point five", 2.5), ("seven point five", 7.5),
                                        ("half a", 0.5), ("12.5", 12.5), ("cincuenta", 50), ("banana", None)])
def test_numbers_are_read_from_digits_and_words(text, value):
    assert parse_number(text) == value


def test_medication_dose_and_change_with_the_span_of_their_sentence(segs):
    meds = {f.value["generic"]: f for f in extract_medications(segs)}
    sert = meds["sertraline"]
    assert sert.value["dose"] == "100 milligrams" and sert.value["dose_value"] == 100
    assert sert.value["change"] == "increased"
    ev = sert.evidence[0]
    assert ev.segment == "S2" and segs[1].text[ev.start:ev.end] == ev.text
    assert meds["quetiapine"].value["change"] == "missed"
    assert sert.claim == "Medication: sertraline, 100 milligrams (increased)."


def test_brand_names_switches_and_doses_given_a_turn_later():
    segs = parse_transcript("Client: The doctor switched me from citalopram to Lexapro, ten mg.\n"
                            "Therapist: And the lithium?\nClient: Still 800 mg at night.\n"
                            "Therapist: What about sleep?\nClient: Zopiclone.\nTherapist: What dose?\n"
                            "Client: Seven point five milligrams, but I stopped it on Friday.")
    meds = {f.value["generic"]: f.value for f in extract_medications(segs)}
    assert meds["citalopram"]["change"] == "switched from" and meds["citalopram"]["dose"] is None
    assert meds["escitalopram"]["name"] == "Lexapro" and meds["escitalopram"]["dose"] == "ten mg"
    assert meds["lithium"]["dose_value"] == 800 and meds["lithium"]["frequency"] == "at night"
    assert meds["zopiclone"]["dose_value"] == 7.5 and meds["zopiclone"]["change"] == "stopped"


def test_negated_missed_doses_are_not_a_change():
    segs = parse_transcript("Client: Yes, fifty milligrams of naltrexone a day, I haven't missed any.")
    assert extract_medications(segs)[0].value["change"] is None


def test_scores_with_the_earlier_score_and_the_answer_in_the_next_turn(segs):
    scores = {f.value["instrument"]: f.value for f in extract_scores(segs)}
    assert scores["PHQ-9"]["score"] == 14 and scores["PHQ-9"]["previous"] == 17
    assert scores["GAD-7"]["score"] == 11
    more = parse_transcript("Therapist: Your PHQ-9 score was 18 last week and today it is 15.\n"
                            "Therapist: You scored 9 on the GAD-7. My PCL-5 was 38 on Monday.")
    found = {f.value["instrument"]: f.value for f in extract_scores(more)}
    assert found["PHQ-9"]["score"] == 15 and found["PHQ-9"]["previous"] == 18
    assert found["GAD-7"]["score"] == 9 and found["PCL-5"]["score"] == 38


def test_the_word_audit_is_not_a_questionnaire():
    segs = parse_transcript("Client: We had an audit at work, 12 people were there.\nTherapist: Your AUDIT is 16.")
    assert [(f.value["instrument"], f.value["score"]) for f in extract_scores(segs)] == [("AUDIT", 16)]


def test_interventions_come_from_the_clinicians_turns(segs):
    names = [f.value["name"] for f in extract_interventions(segs)]
    assert names == ["thought record", "breathing exercise"]
    client_only = parse_transcript("Therapist: How was the week?\nClient: I read about mindfulness online.")
    assert extract_interventions(client_only) == []


def test_homework_is_the_assigning_sentence_without_its_lead_in(segs):
    [hw] = extract_homework(segs)
    assert hw.value["task"] == "do one thought record a day" and hw.segment_ids == ["S7"]
    booked = parse_transcript("Therapist: I'll book you in for next week at 3.")
    assert extract_homework(booked) == []


@pytest.mark.parametrize("said,session,expected", [
    ("Same time next week, Tuesday at 3?", date(2026, 3, 10), date(2026, 3, 17)),
    ("See you next Thursday at 10.", date(2026, 4, 2), date(2026, 4, 9)),   # Thursday -> the week after
    ("See you on Friday at 9.", date(2026, 9, 8), date(2026, 9, 11)),
    ("Our next appointment is on the 20th at 2 pm.", date(2026, 5, 6), date(2026, 5, 20)),
    ("Let's meet again in two weeks.", date(2026, 2, 16), date(2026, 3, 2)),
    ("Next session is Wednesday the 24th of June.", date(2026, 6, 11), date(2026, 6, 24)),
    ("Let's meet again on November 17th at 1.", date(2026, 11, 3), date(2026, 11, 17)),
    ("I'll see you on the 5th.", date(2026, 1, 20), date(2026, 2, 5)),      # a day already past: next month
    ("Nos vemos el próximo martes.", date(2026, 3, 9), date(2026, 3, 17)),
])
def test_the_next_appointment_is_resolved_against_the_session_date(said, session, expected):
    [fact] = extract_appointment(parse_transcript(f"Therapist: {said}"), session)
    assert fact.value["date"] == expected.isoformat()
    assert str(expected.day) in fact.sentence and expected.strftime("%B") in fact.sentence
    assert fact.derived == f"date resolved from the session date {session.isoformat()}"


def test_facts_land_in_the_formats_sections():
    assert place_facts(SOAP) == {"medication": "subjective", "score": "objective", "intervention": "assessment",
                                 "homework": "plan", "appointment": "plan"}
    assert place_facts(DAP)["score"] == "data" and place_facts(BIRP)["intervention"] == "intervention"
    assert place_facts(GIRP)["homework"] == "plan"
    intake = custom_format("intake", [("history", "what the client reports"), ("medications", "current drugs"),
                                      ("next_steps", "the plan and follow-up")])
    places = place_facts(intake)
    assert places["medication"] == "medications" and places["homework"] == "next_steps"


def test_a_model_sentence_that_states_the_fact_is_recognised(segs):
    sert = next(f for f in extract_facts(segs) if f.kind == "medication")
    assert states_fact("The client's sertraline was increased to 100 mg.", sert)
    assert not states_fact("The client takes sertraline.", sert)


def test_extracted_sentences_cite_their_evidence_and_are_grounded_without_a_model(segs):
    draft = asyncio.run(draft_note(segs, format="soap", use_model=False, session_date=date(2026, 3, 10)))
    by = {sec.name: sec.sentences for sec in draft.sections}
    assert [s.kind for s in by["subjective"]] == ["medication", "medication"]
    assert [s.kind for s in by["objective"]] == ["score", "score"]
    assert [s.kind for s in by["plan"]] == ["homework", "appointment"]
    for sentence in (s for sec in draft.sections for s in sec.sentences):
        assert sentence.source == "extracted" and sentence.supported, sentence
        assert sentence.evidence and all(segs[int(e.segment[1:]) - 1].text[e.start:e.end] for e in
                                         sentence.evidence)
    assert "Tuesday 17 March 2026" in by["plan"][1].text
    assert len(draft.facts) == 8  # two medications, two scores, two interventions, homework, appointment


def test_fact_recall_on_the_fact_sessions_without_a_model_is_at_least_95_percent():
    from alliance.notes.evaluation import evaluate_fact_sessions, load_fact_sessions

    sessions = load_fact_sessions()
    assert len(sessions) >= 12
    assert {f["kind"] for s in sessions for f in s["facts"]} == {"medication", "score", "intervention",
                                                                   "homework", "appointment"}
    summary = asyncio.run(evaluate_fact_sessions(use_model=False))
    assert summary["fact_recall"] >= 0.95, [r["missing"] for r in summary["items"]]
    assert summary["in_section"] >= 0.95 and summary["sentences_supported"] == 1.0
