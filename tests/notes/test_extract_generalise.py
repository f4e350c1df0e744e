"""Fact extraction by structure, in wording none of the fact sessions uses: a drug and a dose anywhere in the
sentence or the next, changes by verb class, instruments named in apposition, scores with their maximum,
requests with a time frame, replies that turn a task down, dates said with a weekday, techniques named in
many ways (and not when someone else's or planned for later)."""

from __future__ import annotations

import pytest

from alliance.notes.extract import (
    extract_appointment, extract_homework, extract_medications, extract_scores, parse_number, sentence_spans,
)
from alliance.notes.transcripts import parse_transcript
from tests.notes.extracted import (
    MONDAY, appointments as _appointments, homework as _homework, interventions as _interventions, meds as _meds,
    scores as _scores,
)


# --- medications ---------------------------------------------------------------------------------------------


def test_dose_in_the_next_sentence_of_the_turn_belongs_to_the_drug():
    [fact] = _meds("Client: Dr Osei has put me on vortioxetine. Ten milligrams, every morning.")
    assert "vortioxetine, ten milligrams, every morning" in fact


def test_dose_far_along_a_sentence_naming_one_drug_is_its_dose():
    [fact] = _meds("Therapist: Lamotrigine is the one with the fewest side effects for most people, so I'll "
                   "prescribe twenty-five milligrams a day.")
    assert "twenty-five milligrams" in fact


def test_tablets_and_frequency_in_the_next_sentence():
    [fact] = _meds("Client: Yes, the naltrexone. One tablet, once a day, with my breakfast.")
    assert "one tablet" in fact and "once a day" in fact


def test_a_brand_named_later_joins_the_generic_fact_as_said():
    facts = _meds("Therapist: Your bloods show the venlafaxine is fine.\n"
                  "Therapist: So let's take the Effexor up to two hundred and twenty-five milligrams.")
    assert len(facts) == 1 and "venlafaxine (Effexor)" in facts[0] and "two hundred and twenty-five" in facts[0]


def test_take_it_down_is_a_reduction():
    [fact] = _meds("Client: The psychiatrist took my olanzapine down to five milligrams.")
    assert "reduced" in fact


def test_swap_is_a_switch():
    facts = _meds("Therapist: We're going to swap the paroxetine for something gentler.")
    assert facts and "switch" in facts[0]


def test_how_much_was_missed_is_kept_even_after_the_drug():
    [fact] = _meds("Client: I skipped my lithium about four nights when I was at my sister's.")
    assert "missed" in fact and "four nights" in fact


def test_a_stop_the_clinician_asks_for_is_planned():
    [fact] = _meds("Therapist: I'd like you to stop the promethazine from this weekend.")
    assert "stop planned" in fact


def test_a_drug_asked_about_as_a_named_persons_is_not_the_clients():
    assert _meds("Therapist: Are Derek's pills still in your kitchen?\nClient: The diazepam, yes.") == []


def test_a_drug_taught_is_not_a_drug_taken():
    assert _meds("Therapist: Let's go over naloxone once more, so you know what to do.") == []


# --- scores --------------------------------------------------------------------------------------------------


def test_an_acronym_the_lexicon_does_not_know_counts_in_apposition_to_a_scale():
    [fact] = _scores("Therapist: You did the resilience questionnaire, the CD-RISC, and it gives you sixty-one.")
    assert "CD-RISC" in fact and "sixty-one" in fact


def test_a_named_questionnaire_then_its_total_in_the_next_sentence():
    [fact] = _scores("Therapist: You filled in the craving scale for me, the Penn one. I make your total twelve.")
    assert "Penn" in fact and "twelve" in fact


def test_the_maximum_after_out_of_is_not_the_score():
    [fact] = _scores("Therapist: Your answers add up to 9 out of 27 on the PHQ nine.")
    assert " 9" in fact and "27" not in fact


# --- homework ------------------------------------------------------------------------------------------------


def test_a_time_frame_in_the_sentence_before_the_request():
    [fact] = _homework("Therapist: One small job for the weekend. Could you sort the post into two piles?\n"
                       "Client: Fine.")
    assert "sort the post" in fact


def test_a_task_that_points_back_takes_the_plan_before_it():
    [fact] = _homework("Therapist: So: when you wake, you sit on the edge of the bed and name three sounds. "
                       "For homework, try that every morning this week.\nClient: Sure.")
    assert "three sounds" in fact and "every morning" in fact


def test_a_task_accepted_then_something_else_refused_is_still_set():
    [fact] = _homework("Therapist: Before we meet again, could you walk to the corner shop on your own twice?\n"
                       "Client: Yes, I can manage that. I'm not going to the gym, though, don't ask.")
    assert "corner shop" in fact


def test_a_hesitant_reply_turns_the_task_down():
    assert _homework("Therapist: This week, could you tell Mark how you feel about the move?\n"
                     "Client: Hmm. I'm not sure about that one.") == []


def test_a_request_to_a_couple_is_homework():
    [fact] = _homework("Therapist: For the next week, I'd like you two to cook together on Sunday.\nClient: Okay.")
    assert "cook together" in fact


def test_a_time_said_in_p_m_stays_in_its_sentence():
    [fact] = _homework("Therapist: For homework: twenty minutes of reading at 9 p.m. each night, phone in the "
                       "hall.\nClient: Okay.")
    assert "9 p.m." in fact and "phone in the hall" in fact


def test_a_statement_about_the_plan_is_not_a_task():
    assert _homework("Therapist: Your curfew for screens will be ten to seven, every day, no exceptions.") == []


# --- appointments --------------------------------------------------------------------------------------------


def test_a_weekday_with_a_day_of_the_month_finds_the_month_where_they_agree():
    [fact] = extract_appointment(parse_transcript("Therapist: See you Friday the 3rd at half nine."), MONDAY)
    assert fact.value["date"] == "2026-04-03"


def test_weekday_fortnight():
    [fact] = extract_appointment(parse_transcript("Therapist: We'll see you Wednesday fortnight, then."), MONDAY)
    assert fact.value["date"] == "2026-03-18"


def test_a_clock_word_with_pm():
    [fact] = extract_appointment(parse_transcript("Therapist: Next appointment Tuesday the tenth, five pm."), MONDAY)
    assert "five pm" in fact.sentence


def test_an_ordinal_before_a_noun_is_not_a_date():
    segs = parse_transcript("Therapist: Tell me the first thing you noticed.\nClient: My hands.\n"
                            "Therapist: And the second thing?")
    assert extract_appointment(segs, MONDAY) == []


def test_meridiem_does_not_end_a_sentence():
    text = "Let's meet at 4 p.m. Does that work? Or 8 a.m., before work."
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "Let's meet at 4 p.m.", "Does that work?", "Or 8 a.m., before work."]


# --- interventions -------------------------------------------------------------------------------------------


def test_a_technique_introduced_as_what_it_is_called():
    [fact] = _interventions("Therapist: Today we'll practise what's called cognitive defusion.")
    assert "defusion" in fact


def test_a_word_saying_which_kind_stays_with_the_technique():
    [fact] = _interventions("Therapist: Let's do some graded exposure with the lift today.")
    assert "graded exposure" in fact


def test_more_technique_names_are_known():
    assert _interventions("Therapist: Today I'd like to try the miracle question with you.")
    assert _interventions("Therapist: Let's spend today on some reminiscence work with the old photos.")
    assert _interventions("Therapist: Today we'll set up implementation intentions for the gym.")


def test_someone_elses_technique_is_not_this_session():
    assert _interventions("Therapist: The nurse is coming on Monday for her weigh-in.") == []


def test_a_technique_planned_for_next_session_is_not_used_today():
    assert _interventions("Therapist: Next session we'll start EMDR on the crash memory.") == []


def test_a_question_about_last_weeks_worksheet_is_not_an_intervention():
    assert _interventions("Therapist: Can we look at the thought record you did on Saturday?") == []


def test_names_from_the_lexicon_data_file_are_medications():
    facts = _meds("Client: I'm on Exxua now, and biperiden 2 mg twice a day for the stiffness.")
    assert [f.split(",")[0].rstrip(".") for f in facts] == ["Medication: Exxua", "Medication: biperiden"]


def test_the_clinicians_risk_question_is_kept_with_the_clients_answer():
    from alliance.notes.extract import extract_risk_enquiry

    segs = parse_transcript("Therapist: You ticked 'several days' on item nine. Can we talk about that?\n"
                            "Client: Sometimes I think everyone would cope fine without me. I wouldn't act on it.\n"
                            "Therapist: Thank you for telling me.")
    [fact] = extract_risk_enquiry(segs)
    assert fact.kind == "risk" and fact.segment_ids == ["S1", "S2"]
    assert "item nine" in fact.sentence and "wouldn't act on it" in fact.sentence


def test_no_risk_enquiry_in_a_session_without_one():
    from alliance.notes.extract import extract_risk_enquiry

    assert extract_risk_enquiry(parse_transcript("Therapist: How was the week?\nClient: Busy.")) == []


def test_the_answer_to_a_question_about_the_drug_gives_its_change():
    [fact] = _meds("Therapist: Have you kept up the olanzapine?\n"
                   "Client: I ran out last Wednesday, so I went without for four days.")
    assert "missed" in fact


def test_an_answer_that_starts_something_else_is_not_a_drug_change():
    [fact] = _meds("Therapist: Still on the olanzapine?\nClient: Yes. And I started running in the mornings.")
    assert "started" not in fact


def test_a_change_someone_plans_is_planned_not_made():
    [fact] = _meds("Therapist: The idea from the ward team is to reduce the clozapine to two hundred milligrams "
                   "in the new year.")
    assert "reduction planned" in fact


# --- fifth round: a drug dictionary, and structure for set f's misses ---------------------------------------


def test_the_drug_dictionary_loads_offline_and_maps_brands_to_generics():
    from alliance.notes.extract.drugs import dictionary, generic_of

    assert len(dictionary()) > 5000
    assert generic_of("Efexor") == "venlafaxine" and generic_of("Lexapro") == "escitalopram"
    assert generic_of("Panadol") == "paracetamol" and generic_of("Ventolin") == "salbutamol"
    assert generic_of("statins") is None and generic_of("heroin") is None  # a class, a street drug


def test_a_brand_only_the_dictionary_knows_is_one_drug_with_its_generic():
    facts = extract_medications(parse_transcript(
        "Therapist: Are you still on the Tofranil?\nClient: The imipramine, yes, seventy-five at night."))
    assert [f.value["generic"] for f in facts] == ["imipramine"]
    assert "Tofranil (imipramine)" in facts[0].sentence and "seventy-five" in facts[0].sentence


def test_a_brand_said_as_a_name_away_from_medicine_talk_is_no_drug():
    assert _meds("Client: Allegra from work came round on Sunday and we went for a walk.") == []


def test_a_product_line_after_a_brand_is_part_of_its_name():
    [fact] = _meds("Client: I've given up the Nurofen Plus, my back is much better.")
    assert "Nurofen Plus" in fact and "stopped" in fact


def test_doses_in_puffs_and_micrograms_and_every_other_night():
    facts = _meds("Client: The Seretide, two puffs, morning and night.\n"
                  "Therapist: And the thyroxine is still a hundred micrograms?\n"
                  "Client: Yes. And I take the temazepam every other night now.")
    text = " ".join(facts)
    assert "two puffs" in text and "a hundred micrograms" in text and "every other night" in text


def test_the_dose_said_as_now_after_the_old_one():
    [fact] = _meds("Client: My GP changed the propranolol. I was on ten milligrams, now it's forty milligrams.")
    assert "forty milligrams" in fact and "ten milligrams," not in fact


@pytest.mark.parametrize("line", [
    "Client: I came off the sertraline in the spring.",
    "Client: We weaned me off the sertraline over a month.",
    "Client: I ditched the sertraline, it made me feel numb.",
])
def test_stops_said_in_everyday_words(line):
    [fact] = _meds(line)
    assert "stopped" in fact


def test_forgetting_to_tell_is_not_a_missed_dose():
    [fact] = _meds("Client: Oh, I stopped the citalopram, I forgot to mention it.")
    assert "stopped" in fact and "missed" not in fact


def test_a_relatives_drug_said_after_a_comma_is_theirs():
    assert _meds("Client: My sister thinks I should be on what she's on, the Zoloft, but I'm not sure.") == []


def test_a_score_said_after_a_clause_as_come_in_at():
    [fact] = _scores("Therapist: I scored the GAD-7 you did at reception, and you've come in at nine this time.")
    assert "GAD-7 nine" in fact


def test_a_score_said_before_the_scale_is_named():
    [fact] = _scores("Therapist: You scored 12 on the DASS this week.")
    assert "12" in fact and "DASS" in fact


def test_two_names_of_a_scale_around_a_word_of_time_are_one_mention():
    [fact] = _scores("Therapist: Your Edinburgh Postnatal Depression Scale this week, the EPDS, came out at 11.")
    assert "EPDS" in fact and "11" in fact


def test_subscale_and_second_person_readings_in_one_sentence():
    facts = _scores("Therapist: On the DASS-21 your stress score is 20 and your depression is 14.")
    assert any("20" in f for f in facts) and any("14" in f for f in facts)


def test_a_reading_said_back_is_not_a_second_reading():
    facts = _scores("Therapist: Your K10 came to 30 today.\nClient: Thirty? It was thirty-four before, right?\n"
                    "Therapist: Thirty-four, yes.")
    assert len(facts) == 1


@pytest.mark.parametrize("line,name", [
    ("Therapist: With your partner here, we'll practise reducing reassurance: one answer, then we change the "
     "subject.", "reducing reassurance"),
    ("Therapist: Let me ask some circular questions now: Nan, what does Leo do when his sister is upset?",
     "circular questions"),
    ("Therapist: Let's draw up your genogram together, starting with your grandparents.", "genogram"),
    ("Therapist: I'd like to try a body checking exercise now: list each check you did yesterday.",
     "body checking exercise"),
    ("Therapist: Now, in the session, write a letter to Margaret, telling her about the wedding.",
     "letter to Margaret"),
])
def test_techniques_named_in_passing_by_therapy_family(line, name):
    assert any(name in f for f in _interventions(line))


def test_two_names_of_one_technique_are_one_fact_with_both():
    facts = _interventions("Therapist: Let's look at your time in bed. We'll set your sleep window at six hours.\n"
                           "Client: Only six?\n"
                           "Therapist: That is sleep restriction: we shrink the window, then widen it as you sleep.")
    assert len(facts) == 1 and "sleep window" in facts[0] and "sleep restriction" in facts[0]


def test_a_question_about_how_last_weeks_skill_is_going_is_not_an_intervention():
    assert _interventions("Therapist: So, how's the mindfulness practice going?") == []


def test_we_will_call_it_names_a_technique():
    assert any("reducing reassurance" in f for f in _interventions(
        "Therapist: When he asks again, answer once only. We'll call it reducing reassurance."))


def test_a_question_to_a_family_member_is_not_homework():
    assert _homework("Therapist: Mum, when the arguments start on Sundays, what do you think Sam needs from "
                     "you this week?") == []


def test_advice_about_a_side_effect_is_not_homework():
    assert _homework("Therapist: That could be withdrawal symptoms, so try to take it at the same time, and "
                     "tell your GP if it happens again this week.") == []


def test_a_task_set_up_as_done_in_the_session_is_not_homework():
    assert _homework("Therapist: Right, let's do an in-session exposure. I've got the bin lid here. I want you "
                     "to hold it, then touch your hair, and no washing.") == []


def test_a_smaller_task_agreed_in_note_form_is_homework():
    facts = _homework("Therapist: Could you walk to the corner shop every day this week?\n"
                      "Client: Every day? Maybe three times.\n"
                      "Therapist: Three walks this week, agreed.")
    assert any("three walks this week" in f for f in facts)


# --- sixth round: facts said by any speaker, in any order ------------------------------------------------------


def test_a_score_read_out_by_the_client_after_naming_the_questionnaire():
    assert any("GAD-7" in f and "nine" in f.lower() for f in _scores(
        "Therapist: Did you get round to the form before you came in?\n"
        "Client: The GAD-7, yep. Nine."))


def test_a_score_given_in_the_turn_after_a_question():
    assert any("CORE-OM" in f and "41" in f for f in _scores(
        "Client: I filled in the CORE-OM on the bus.\n"
        "Therapist: Lovely. And what did it add up to?\n"
        "Client: 41, I think."))


def test_a_corrected_score_is_the_second_number():
    facts = _scores("Therapist: Any luck with the questionnaire?\n"
                    "Client: The BDI-II. Thirty. No, sorry, twenty-nine, I counted one twice.")
    assert any("twenty-nine" in f for f in facts) and not any("Thirty" in f for f in facts)


def test_a_number_in_a_questionnaires_nickname_is_not_its_score():
    facts = _scores("Client: I did the GAD, the seven one, on my phone.\n"
                    "Therapist: And the result?\n"
                    "Client: Twelve on the GAD-7.")
    assert facts == ["Score: GAD-7 Twelve."]


def test_subscale_readings_in_the_answer_are_kept_together():
    facts = _scores("Therapist: How did the RCADS come out?\n"
                    "Client: Social anxiety eleven, panic six, depression nine.")
    assert any("eleven" in f and "six" in f and "nine" in f for f in facts)


def test_a_decimal_score_said_by_the_client():
    assert any("2.7" in f for f in _scores("Therapist: Did you complete it?\n"
                                          "Client: Yes, the EDE-Q. It came to 2.7 overall."))


def test_a_parent_speaking_in_the_clients_turn_gives_the_childs_medicine():
    facts = _meds("Therapist: Who'd like to start?\n"
                  "Client: It's Mum here. She's on the Ritalin, ten milligrams at breakfast, since March. "
                  "I take my own citalopram too.")
    assert any("Ritalin" in f and "ten milligrams" in f for f in facts)
    assert not any("citalopram" in f for f in facts)


def test_a_stop_said_before_the_drug_is_named():
    facts = _meds("Therapist: What about the sleeping tablet?\n"
                  "Client: Came off it. The temazepam, the ten milligram. That was a month ago.")
    assert any("temazepam" in f and "stopped" in f for f in facts)


def test_a_task_agreed_after_a_short_lead_is_homework():
    facts = _homework("Therapist: Right: two evenings of the budgeting sheet, and a list of the bills due.\n"
                      "Client: Sounds fine.")
    assert any("budgeting sheet" in f for f in facts)


def test_a_counter_offer_accepted_replaces_the_first_task():
    facts = _homework("Therapist: I'd like you to do the breathing every morning this week.\n"
                      "Client: Every morning is too much. Weekdays?\n"
                      "Therapist: Weekdays it is - the breathing, ten minutes after breakfast.\n"
                      "Client: Okay.")
    assert len(facts) == 1 and "Weekdays" in facts[0]


def test_the_clients_own_commitment_answering_a_suggestion_is_homework():
    facts = _homework("Therapist: And what about getting help with the garden?\n"
                      "Client: A man from the church does odd jobs. I'll ask him on Sunday.")
    assert any("I'll ask him on Sunday" in f and "odd jobs" in f for f in facts)


def test_a_question_framed_by_time_or_passed_on_is_not_homework():
    assert _homework("Therapist: Before we meet again, how could you keep this up?") == []
    assert _homework("Therapist: Shall we put the walk in the diary for this week?") == []
    assert _homework("Therapist: Could you ask him how the evenings have been this week?") == []


def test_a_reduction_keeps_both_doses_as_said():
    facts = _meds("Client: The venlafaxine, I've tapered it from two twenty-five to one fifty, as agreed.")
    assert any("venlafaxine" in f and "from two twenty-five to one fifty" in f for f in facts)


# --- seventh round (set h): facts said apart, corrected, restated or summed up --------------------------------


def test_a_score_said_as_arriving_or_shown_is_read():
    facts = _scores("Therapist: Your BAI from the tablet in reception, once it synced, came through as 27.")
    assert facts == ["Score: BAI 27."]
    facts = _scores("Therapist: The K10 you sent in, the screen here shows 31 for it.")
    assert any("31" in f for f in facts)


def test_a_reading_arriving_from_the_past_is_not_the_sessions():
    assert _scores("Therapist: Last month your BAI came through as 27, and we did not repeat it.") == []


def test_a_score_said_with_an_article_is_the_number_not_one_more():
    facts = extract_scores(parse_transcript("Therapist: How was the ISI?\nClient: I got a 9 on it."))
    assert [f.value["score"] for f in facts] == [9.0]
    assert parse_number("a hundred") == 100 and parse_number("an 8") == 8


def test_every_name_of_the_questionnaire_where_its_score_is_said():
    facts = _scores("Therapist: On the Patient Health Questionnaire, your PHQ-9, you came in at 12 this time.")
    assert any("Patient Health Questionnaire" in f and "PHQ-9" in f and "12" in f for f in facts)


def test_the_same_score_said_again_under_another_name_adds_it():
    facts = extract_scores(parse_transcript("Client: I filled in the Edinburgh one. Got a 14 I think.\n"
                                            "Therapist: An EPDS of 14, yes."))
    assert len(facts) == 1 and len(facts[0].segment_ids) == 2 and "EPDS" in facts[0].sentence


def test_another_name_with_a_different_number_is_not_joined():
    facts = extract_scores(parse_transcript("Client: I filled in the Edinburgh one. Got a 14 I think.\n"
                                            "Therapist: Hmm. Back in May the EPDS was 20."))
    assert facts and facts[0].segment_ids == ["S1"]


def test_a_second_person_named_with_the_bare_number_is_a_second_reading():
    facts = _scores("Therapist: The DAS for the two of you: Lena, you're on 98, and Sam, 104.")
    assert any("Sam, 104" in f for f in facts)


def test_a_month_after_and_is_not_a_second_reader():
    facts = _scores("Therapist: Your DAS came out at 98, and March, 104 was the lowest.")
    assert not any("March" in f for f in facts)


def test_a_time_corrected_in_the_next_sentence_of_the_turn():
    facts = extract_appointment(parse_transcript(
        "Therapist: Next session on Friday the 13th at two. Hold on, I'm teaching then. Let's say 3:30 instead.\n"
        "Client: Friday the 13th, 3:30. Fine."), MONDAY)
    assert len(facts) == 1 and "3:30" in facts[0].sentence and "2026-03-13" == facts[0].value["date"]
    assert facts[0].segment_ids == ["S1", "S2"]


def test_a_later_sentence_with_a_new_date_is_not_a_time_correction():
    facts = extract_appointment(parse_transcript(
        "Therapist: Next session on Friday the 13th at two. Sorry, actually Monday the 16th works better, at 4.\n"), MONDAY)
    assert facts and "at two" not in facts[0].sentence


def test_a_read_back_of_another_date_is_not_evidence():
    facts = extract_appointment(parse_transcript(
        "Therapist: See you on Thursday the 12th at 10.\nClient: The 19th? Okay."), MONDAY)
    assert facts[0].segment_ids == ["S1"]


def test_clock_times_said_as_minutes_past_or_to():
    facts = extract_appointment(parse_transcript("Therapist: Our next appointment is Tuesday the 10th at ten to four."),
                                MONDAY)
    assert "ten to four" in facts[0].sentence


def test_the_dose_taken_until_now_is_kept_beside_the_new_one():
    facts = _meds("Client: I take the paroxetine, the 20 milligrams, in the morning.\n"
                  "Therapist: Then I'd like us to lower the paroxetine to 10 mg from Monday.")
    assert any("10 mg" in f and "20 milligrams" in f for f in facts)


def test_a_count_of_tablets_is_not_kept_as_an_earlier_dose():
    facts = _meds("Client: Two tablets of the quetiapine at night.\n"
                  "Therapist: We'll reduce the quetiapine to 25 mg.")
    assert not any("previously" in f for f in facts)


def test_a_blood_level_then_the_dose_taken_is_the_drug():
    facts = _meds("Therapist: Your clozapine level was 0.45 on Friday. And you're on 300 mg at night still?\n"
                  "Client: Yes.")
    assert any("clozapine" in f and "300 mg" in f for f in facts)


def test_a_blood_level_alone_is_not_a_drug_taken():
    assert _meds("Therapist: The lithium level they took at the GP was fine, 0.7.") == []


def test_a_verbless_drug_after_someone_elses_medicines_is_theirs():
    assert _meds("Client: My uncle lives with us now. He's on heart tablets, loads of them. Ramipril, the ten.") == []


def test_a_verbless_drug_after_the_clients_own_medicines_is_kept():
    facts = _meds("Client: I'm on heart tablets now. Ramipril, the ten.")
    assert any("Ramipril" in f for f in facts)


def test_a_named_person_who_takes_medicines_is_not_the_client():
    assert _meds("Client: Bernie has a blister pack. She's on six tablets a day, the apixaban and all.") == []


def test_psychodynamic_and_experiential_techniques_are_named():
    facts = _interventions("Therapist: I notice something of the countertransference here, I feel pushed away.\n"
                           "Therapist: Would you try some focusing? Sense where the worry lives in your body.\n"
                           "Therapist: Let's use the empty chair and speak to her.")
    text = " ".join(facts)
    assert "countertransference" in text and "focusing" in text and "empty chair" in text


def test_focusing_on_something_is_not_the_technique():
    assert _interventions("Therapist: You've been focusing on the deadlines a lot.") == []


def test_a_technique_from_the_clients_history_is_not_this_sessions():
    assert _interventions("Client: We tried mindfulness at a clinic back in 2017 and it did nothing.") == []


def test_a_technique_carried_on_from_last_time_is_this_sessions():
    facts = _interventions("Therapist: Last session we began the timeline, and the formulation too, so let's "
                           "carry on with the formulation today.")
    assert any("formulation" in f for f in facts)


def test_a_task_in_a_note_form_list_is_not_an_intervention():
    assert _interventions("Therapist: Right: the walk on Tuesday, and the body scan once a day before bed.") == []


def test_a_task_suggested_as_that_you_is_homework():
    facts = _homework("Therapist: Your key worker recommends, and I think it's wise, that you book a slot at the "
                      "allotment on Saturdays.")
    assert any(f.startswith("Homework: book a slot at the allotment") for f in facts)


def test_a_suggestion_for_someone_else_is_not_homework():
    assert _homework("Therapist: The ward suggested that he stays another week.") == []


def test_keep_doing_that_takes_the_activity_said_before():
    facts = _homework("Therapist: You said you've been sketching on the bus. Could you keep doing that until we meet?")
    assert any("sketching on the bus" in f for f in facts)


def test_the_clients_own_plan_reflected_and_taken_on_is_homework():
    facts = _homework("Client: I could go and see the allotment people this week, ask about a plot.\n"
                      "Therapist: The allotment. That would mean a lot to you.\n"
                      "Client: It would. I'll do it Thursday morning.")
    assert any("allotment people" in f and "Thursday" in f for f in facts)


def test_the_clients_wish_not_taken_on_is_not_homework():
    facts = _homework("Client: I could go and see the allotment people this week, ask about a plot.\n"
                      "Therapist: The allotment. That would mean a lot to you.\n"
                      "Client: Maybe. I don't know yet.")
    assert facts == []


def test_a_summary_of_what_the_client_offered_to_try_is_homework():
    facts = _homework("Therapist: What would you be up for trying before we next meet?\n"
                      "Client: Cooking once. With my daughter.\n"
                      "Therapist: Okay, one meal cooked with your daughter, and a note of how it went.")
    assert any("one meal cooked with your daughter" in f for f in facts)


def test_work_started_together_in_the_session_is_not_homework():
    assert _homework("Therapist: Now let's draw up a worry list for the next fortnight.") == []
    assert _homework("Therapist: And a tiny first step for this week. What comes to mind?") == []


def test_a_dose_corrected_as_it_is_said_takes_the_correction():
    facts = _meds("Client: The olanzapine is five milligrams, no wait, I mean seven and a half milligrams, at night.")
    assert any("seven and a half milligrams" in f and "five milligrams" not in f for f in facts)


def test_two_doses_without_a_correction_keep_the_nearest():
    facts = _meds("Client: The olanzapine is five milligrams at night, and I've had it for 10 mg worth of trouble.")
    assert any("five milligrams" in f for f in facts)


def test_the_dose_said_as_now_after_the_old_one_in_the_next_sentence():
    facts = _meds("Client: The gabapentin, yeah, they lowered it. I was on 600 milligrams three times a day, now it's "
                  "three hundred, three times a day.")
    assert any("gabapentin three hundred" in f for f in facts)


def test_a_time_said_first_with_oclock_goes_with_the_date():
    facts = extract_appointment(parse_transcript("Therapist: Next session then. Three o'clock on the 20th?\n"
                                                 "Client: Yes."), MONDAY)
    assert "Three o'clock" in facts[0].sentence


def test_a_dose_said_as_past_then_the_dose_now_in_the_next_sentence():
    facts = _meds("Client: I was on the sertraline, the hundred, over the winter. Now I'm down to half of that, "
                  "fifty, since the spring.")
    assert any("fifty" in f and "previously hundred" in f for f in facts)


def test_a_past_dose_with_no_new_dose_after_it_stays():
    facts = _meds("Client: I was on the sertraline, the hundred, over the winter. Now I feel much better.")
    assert any("hundred" in f and "previously" not in f for f in facts)


def test_the_clinicians_own_plan_for_the_session_is_not_homework():
    assert _homework("Therapist: Today I'd like to go through the bedtime rows over homework with both of you here.") == []


def test_the_clinicians_wish_for_a_task_is_still_homework():
    facts = _homework("Therapist: I'd like to suggest that you keep the sleep diary every night this week.")
    assert any("sleep diary" in f for f in facts)


# --- round 8 (set i): homework in everyday words, each modality's techniques, history and relatives' medicines ---


def test_a_request_framed_by_a_weekday_to_come_is_homework():
    facts = _homework("Therapist: Could you repot the basil this Saturday, even just one pot?")
    assert any("repot the basil" in f for f in facts)


def test_a_task_said_to_each_of_several_in_the_room_follows_the_first():
    facts = _homework("Therapist: For this week, could you both keep a list of the arguments?\nClient: Fine.\n"
                      "Therapist: Good. And each of you write down one kind thing the other said.")
    assert any("write down one kind thing" in f for f in facts)


def test_try_with_an_ing_verb_and_tonight_is_homework():
    facts = _homework("Therapist: Before bed tonight, try listing three things that went okay.")
    assert any("listing three things" in f for f in facts)


def test_a_suggestion_with_you_could_and_a_time_frame_is_homework():
    facts = _homework("Therapist: If any memories surface this week, you could write them on a card and bring them "
                      "along.")
    assert any("write them on a card" in f for f in facts)


def test_the_clients_own_idea_taken_up_and_agreed_is_the_task():
    facts = extract_homework(parse_transcript(
        "Therapist: What would be one small useful thing this week?\nClient: I could fix the fence for my neighbour.\n"
        "Therapist: Would you be willing to try that, even if it's sore?\nClient: I'll do it on Sunday."))
    assert any("fix the fence" in f.sentence and "S2" in f.segment_ids for f in facts)


def test_an_everyday_activity_just_after_a_task_is_homework_too():
    facts = _homework("Therapist: This week, could you call the dentist?\nClient: Okay.\n"
                      "Therapist: And bake a loaf with your son on Friday.")
    assert any("bake a loaf" in f for f in facts)


def test_a_routine_tied_to_a_craving_cropping_up_is_homework():
    facts = _homework("Therapist: When a craving crops up at work, text your sponsor first.")
    assert any("text your sponsor" in f for f in facts)


def test_a_no_that_qualifies_a_noun_does_not_turn_the_task_down():
    facts = _homework("Therapist: Maybe pick one evening this week without the laptop.\n"
                      "Client: Thursday. No meetings on Thursdays.")
    assert any("one evening" in f for f in facts)


def test_a_word_to_pass_on_or_an_explanation_asked_for_is_not_homework():
    assert _homework("Therapist: Tell your brother it's homework, then.") == []
    assert _homework("Client: How do I park it?\nTherapist: Jot the thought on a card tomorrow, and then put it "
                     "away.") == []
    assert _homework("Therapist: Open your eyes when you're ready.") == []


def test_emdr_resources_said_as_done_now_are_interventions():
    assert any("calm place" in f for f in _interventions(
        "Therapist: Let's go back to your calm place for a moment, the garden at your gran's."))
    assert any("set of tapping" in f for f in _interventions(
        "Therapist: Hold that image, and we'll do another set of tapping."))


def test_a_reframe_as_x_rather_than_y_is_an_intervention():
    facts = _interventions("Therapist: What happens if you see it as worry rather than nagging?")
    assert any("see it as worry rather than nagging" in f for f in facts)


def test_free_association_and_an_interpretation_are_psychodynamic_interventions():
    assert any("whatever comes into your mind" in f for f in _interventions(
        "Therapist: Try to say whatever comes into your mind, however silly it seems."))
    assert any("interpretation" in f for f in _interventions("Therapist: May I share an interpretation?"))


def test_a_cognitive_model_and_time_boxing_are_interventions():
    assert any("cognitive model of health anxiety" in f for f in _interventions(
        "Therapist: Let's map out the cognitive model of health anxiety on the whiteboard."))
    assert any("time-boxing" in f for f in _interventions("Therapist: Let's try time-boxing your mornings."))


def test_a_committed_action_named_as_the_weeks_task_is_not_an_intervention():
    assert _interventions("Therapist: That's a committed action. Could you manage it this week?") == []
    assert _interventions("Therapist: Let's choose one committed action now, before we finish.") != []


def test_the_evidence_asked_for_inside_a_thought_record_is_not_a_second_technique():
    facts = _interventions("Therapist: Let's do a thought record on Monday's row.\nClient: OK.\n"
                           "Therapist: What's the evidence for and against the thought?")
    assert len(facts) == 1 and "thought record" in facts[0]


def test_a_medicine_stopped_long_ago_is_history_not_this_sessions_medication():
    assert _meds("Client: I took venlafaxine for a while, but I stopped it three years ago.") == []
    assert _meds("Client: I used to be on citalopram years back, it did nothing.") == []
    assert any("stopped" in f for f in _meds("Client: I stopped the citalopram a fortnight ago."))


def test_a_drug_named_with_a_test_or_in_a_relatives_story_is_not_the_clients():
    assert _meds("Therapist: We'll need kidney and lithium tests before the next clinic.") == []
    assert _meds("Client: Dad was in the hospice for a week at the end.\n"
                 "Client: The oxycodone, 5 milligrams, then they raised it, and he slipped away.") == []


def test_a_friends_reading_told_by_the_client_is_not_the_clients_score():
    assert _scores("Client: My flatmate Jo filled in the PHQ-9 for her uni and got 19 on it.") == []
    assert _scores("Client: My sister says I scored 12 on the PHQ-9 today.") != []


# --- round 9: schedules beside the dose, appointments across a comma, modality terms, rules for the week ---------


def test_the_schedule_and_as_needed_condition_said_after_the_dose_join_the_medication():
    assert any("10 milligrams, if I can't get to sleep" in f for f in _meds(
        "Client: The zopiclone, 10 milligrams if I can't get to sleep, which is rare now."))
    assert any("1 gram, up to four times a day" in f for f in _meds(
        "Nurse: Paracetamol, 1 gram up to four times a day, no more."))
    assert any("20 mg, per day" in f for f in _meds("Client: I take citalopram, 20 mg per day, with breakfast."))
    assert any("15 milligrams, for the next fortnight" in f for f in _meds(
        "Therapist: Start the mirtazapine at 15 milligrams for the next fortnight."))


def test_the_schedule_stops_at_the_clause_that_follows_the_dose():
    facts = _meds("Client: Quetiapine, 50 milligrams when I get agitated, but my sister hates me taking it.")
    assert facts and "when I get agitated" in facts[0] and "sister" not in facts[0]
    assert not any("when" in f for f in _meds("Client: Sertraline 100 milligrams. When I forget, I feel awful."))


def test_a_drug_weighed_and_not_started_is_not_the_clients_medication():
    assert _meds("Therapist: We could talk about clonidine later, but I won't start it yet.") == []
    assert _meds("Therapist: I'm starting clonidine today, 25 micrograms at night.") != []


def test_a_time_said_after_a_comma_and_a_same_slot_booking_are_kept():
    assert any("eleven o'clock" in f.lower() or "11 o'clock" in f for f in _appointments(
        "Therapist: See you Thursday the 12th, 11 o'clock."))
    assert any("same slot" in f for f in _appointments("Therapist: Same slot in three weeks, Friday at 4pm."))


def test_the_clients_proposed_date_read_back_is_evidence_of_the_booking():
    facts = extract_appointment(parse_transcript(
        "Therapist: Shall we meet again next week? What day suits you?\nClient: Could we do next Wednesday at two?\n"
        "Therapist: Next Wednesday at two it is."), MONDAY)
    assert facts and [e.segment for e in facts[0].evidence] == ["S2", "S3"]


def test_a_later_clinician_fixture_with_its_own_day_and_time_is_kept_beside_the_booking():
    facts = _appointments(
        "Therapist: How has the week been?\nClient: Busy.\nTherapist: Did the log help?\nClient: Yes.\n"
        "Nurse: Your next injection is on the 20th of March, I'll see you at the clinic at 9.\n"
        "Client: Fine.\nNurse: Bring the sleep log and we'll go over it on Tuesday the 10th at quarter past three.")
    assert len(facts) == 2 and any("10th" in f for f in facts)
    # a date given before the booking is not a second fixture
    assert len(_appointments(
        "Therapist: How has the week been?\nClient: Busy.\nTherapist: Did the log help?\nClient: Yes.\n"
        "Therapist: We went over it on Tuesday the 24th at half two.\nClient: Fine.\n"
        "Therapist: I'll see you on the 20th of March at 9.")) == 1


def test_modality_techniques_are_named_as_interventions():
    said = {
        "Therapist: Before we stop, let's use the container exercise to put today's material away.": "container",
        "Therapist: Notice the demand-withdraw pattern you two just showed me.": "demand-withdraw",
        "Therapist: On a scale of one to ten, let's try a scaling question about where things are.": "scaling",
        "Therapist: Let's start the interpersonal inventory today with your closest people.": "interpersonal inventory",
        "Therapist: Let's try some soothing rhythm breathing together now.": "soothing rhythm",
        "Therapist: Let's go through a communication analysis of that argument.": "communication analysis",
    }
    for text, word in said.items():
        assert any(word in f for f in _interventions(text)), text


def test_a_technique_in_apposition_to_a_task_kept_going_is_not_an_intervention():
    assert _interventions("Therapist: And keep the evening swims up, the behavioural activation bit.") == []


def test_a_rule_for_the_week_is_homework():
    assert any("no checking" in f for f in _homework(
        "Therapist: This week, touch the taps once and leave.\nClient: OK.\n"
        "Therapist: And no checking them again from the doorway."))
    assert any("bedtime at midnight" in f for f in _homework(
        "Therapist: From tonight we'll set bedtime at midnight, five days a week, and review it after."))
    assert any("pain diary" in f for f in _homework(
        "Therapist: For you, let's also track a pain diary through the reduction so we can see the pattern."))


def test_an_in_session_step_is_not_homework():
    assert _homework("Therapist: I'd like you to hold this ice cube for thirty seconds.") == []
    assert _homework("Therapist: Sam, I want you to say it back before you reply.") == []
    assert _homework("Therapist: Could you both complete the ORS at the end?") == []
    assert _homework("Therapist: For homework, hold an ice cube for thirty seconds each evening.") != []


def test_taking_the_lift_up_beside_a_drug_is_a_task_not_a_dose_increase():
    facts = _homework("Therapist: For homework, on Friday take the stairs up three floors without the propranolol.")
    assert facts and "stairs up" in facts[0]
