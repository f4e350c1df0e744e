"""Fact extraction for the wordings blind set l (2026-12-07l) showed were missed or misread, each said here in
other words: a task set after a condition with a verb the lexicon lacks, a plan introduced as "here's the
experiment", a client's proposal taken up in note form, a summary after "what would be a first step?", noon
times, sequences that are no dates, a dose taken back, a role-play's lines, a carer's own drug, a reading
confirmed by the other speaker, and techniques someone else uses or that only label what the client did."""

from __future__ import annotations

from alliance.notes.extract import extract_appointment, extract_scores
from alliance.notes.transcripts import parse_transcript
from tests.notes.extracted import (
    meds as _meds, homework as _homework, interventions as _interventions, MONDAY,
)


# --- homework ------------------------------------------------------------------------------------------------


def test_instruction_after_a_time_frame_and_a_condition_is_homework_whatever_its_verb():
    [fact] = _homework("Therapist: Over the weekend, if the urge to check comes, ride it out for five minutes "
                       "and then phone your brother.")
    assert "ride it out for five minutes" in fact and "phone your brother" in fact


def test_exercise_in_the_session_after_a_condition_is_not_homework():
    assert _homework("Therapist: Imagine a river. Whenever a worry arrives, set it on a boat and let it float "
                     "off.") == []


def test_general_statement_after_a_condition_is_not_homework():
    assert _homework("Therapist: This week, when a panic wave comes, it tends to pass within minutes.") == []


def test_plan_introduced_as_the_experiment_is_homework():
    [fact] = _homework("Therapist: So here's your experiment: twice a day, when the self-critic starts, write "
                       "down what a kind friend would say instead.")
    assert fact.startswith("Homework: twice a day") and "kind friend" in fact


def test_client_proposal_taken_up_in_note_form_is_homework():
    facts = _homework("Client: Could I maybe do some baking with my son?\n"
                      "Therapist: Absolutely. Twenty minutes of baking on three evenings, even if you're tired.\n"
                      "Client: Yes, I can do that.")
    assert facts == ["Homework: twenty minutes of baking on three evenings, even if you're tired."]


def test_note_form_after_a_statement_is_not_taken_for_a_proposal():
    assert _homework("Client: I went for a run on Sunday.\n"
                     "Therapist: Lovely. Ten minutes of running on two days, that's good going.") == []


def test_summary_after_asking_for_a_first_step_is_homework():
    facts = _homework("Therapist: What's one small step you could take before we meet?\n"
                      "Client: Perhaps cooking a proper meal. Just one.\n"
                      "Therapist: So one home-cooked dinner, on Wednesday. And would you be willing to take a "
                      "photo of it for me?")
    assert facts[0] == "Homework: one home-cooked dinner, on Wednesday."
    assert facts[1].endswith("take a photo of it for me.")


def test_topic_after_asking_for_a_step_is_not_a_task_summary():
    facts = _homework("Therapist: What's one small step for your health?\n"
                      "Client: Walking the dog at lunch.\n"
                      "Therapist: And about your sleep, the thought 'I'll never drop off': let's look at it.")
    assert facts == []


def test_role_play_lines_are_no_commitment_and_name_no_medication():
    text = ("Therapist: Let's role-play it. I'll be your landlord, knocking about the rent.\n"
            "Client: I'm on diazepam and I can't talk now. I'll ring you tomorrow evening.")
    assert _homework(text) == [] and _meds(text) == []


# --- appointments --------------------------------------------------------------------------------------------


def test_noon_after_a_clock_word_is_kept_with_the_time():
    [fact] = extract_appointment(parse_transcript("Therapist: Can we see each other on Friday at twelve noon?"),
                                 MONDAY)
    assert fact.value["time"] == "twelve noon"


def test_a_numbered_sequence_is_not_a_day_of_the_month():
    facts = extract_appointment(parse_transcript(
        "Therapist: Next time we'll start with the 3-2-1 exercise, three sounds, two sights, one touch."), MONDAY)
    assert facts == []


# --- medications ---------------------------------------------------------------------------------------------


def test_dose_taken_back_in_the_next_sentence_is_replaced():
    [fact] = _meds("Client: I take the lamotrigine, 50 mg. Actually, wait. It went to 75 mg in the summer.")
    assert "75 mg" in fact and "50 mg" not in fact


def test_a_sentence_opening_with_no_as_a_determiner_takes_no_dose_back():
    [fact] = _meds("Client: Sertraline, 50 mg. No side effects at all. I split them into 25 mg halves sometimes.")
    assert "50 mg" in fact


def test_drop_with_the_drug_between_verb_and_dose_is_a_reduction_to_that_dose():
    [fact] = _meds("Therapist: We'll drop your quetiapine to 50 mg from Friday.")
    assert "reduction planned to 50 mg" in fact


def test_carer_named_in_brackets_speaks_of_their_own_drug():
    facts = _meds("Therapist: How has home been?\n"
                  "Client: (dad) Calmer. I've been put on sertraline myself, to be honest.")
    assert facts == []


def test_iron_by_its_salt_is_a_medication():
    [fact] = _meds("Client: The GP gave me ferrous fumarate, 210 mg once a day.")
    assert fact.startswith("Medication: ferrous fumarate, 210 mg")


# --- scores --------------------------------------------------------------------------------------------------


def test_reading_confirmed_by_the_clinician_cites_both_turns():
    [fact] = extract_scores(parse_transcript("Client: On the PHQ-9 I think I got eleven.\n"
                                             "Therapist: Yes, the PHQ-9 was 11 this time."))
    assert fact.segment_ids == ["S1", "S2"]


def test_schema_questionnaire_score_is_found():
    [fact] = extract_scores(parse_transcript("Therapist: On the Young Schema Questionnaire, abandonment came out "
                                             "at 5.2."))
    assert "5.2" in fact.sentence


# --- interventions -------------------------------------------------------------------------------------------


def test_technique_run_by_another_service_is_not_the_sessions():
    assert _interventions("Therapist: The hospital team offers dialectical behaviour therapy, but we'll keep "
                          "going as we are.") == []


def test_technique_for_later_on_is_not_the_sessions():
    assert _interventions("Therapist: Schema therapy might suit you later on, once things settle.") == []


def test_label_for_the_clients_experience_is_no_technique():
    assert _interventions("Therapist: That's what we call mind reading, assuming you know their thoughts.") == []


def test_technique_planned_before_and_taken_up_today_is_used():
    [fact] = _interventions("Therapist: Last session we mentioned imagery rescripting. Shall we try it now?")
    assert "imagery rescripting" in fact


def test_now_first_sets_a_step_in_the_session_not_the_weeks_task():
    [fact] = _interventions("Therapist: Now I'd like you to try a behavioural experiment with me.")
    assert "behavioural experiment" in fact


def test_skill_the_client_used_alone_named_by_the_clinician_is_not_the_sessions():
    assert _interventions("Client: I did the ice thing on Tuesday.\nTherapist: The TIPP skill, well done.") == []


def test_stop_and_rewind_and_starting_with_the_safe_place_are_techniques():
    facts = _interventions("Therapist: Let's stop and rewind to when she walked out.\n"
                           "Client: Okay.\n"
                           "Therapist: First, let's begin with your calm place, the lake.")
    assert any("stop and rewind" in f for f in facts) and any("calm place" in f for f in facts)
