"""Fact extraction for the wordings blind set m (2026-12-07m) showed were missed or misread, each said here in other
words: drugs only mentioned (someone else's doctor stopping one, a decade long past, a date just after the name, a
urine screen, a review, a switch that is the next drug's, a painkiller with no dose, a drug weighed and set aside, a
friend's drug answered with "he"), a salt and a combination product as one drug, a dose said with its unit after a
bare one; scores named in full, a rating given in the next sentence, a second person's reading after a semicolon or
a bare name; homework: not a plan kept the same, a habit pointed out or "not
homework"; praise ("a great reframe") as no technique; a past date and a second date in the booking sentence. A
drug's blood level read out is not a score here: set m lists one, the eight earlier sets that have one do not."""

from __future__ import annotations

from alliance.notes.extract import extract_appointment, extract_interventions
from alliance.notes.transcripts import parse_transcript
from tests.notes.extracted import meds as _meds, scores as _scores, homework as _homework, MONDAY


# --- medications ---------------------------------------------------------------------------------------------


def test_drug_someone_elses_doctor_stopped_is_not_the_clients():
    assert _meds("Client: Dana's calmer lately, since her GP took away the clonazepam.") == []


def test_drug_taken_in_a_past_decade_is_history():
    assert _meds("Client: No chance. She was on acamprosate back in the eighties and it did nothing.") == []


def test_drug_dated_long_ago_just_after_its_name_is_history():
    assert _meds("Client: It's milder than on the risperidone back in 2017, that was grim.") == []


def test_drug_found_in_a_urine_screen_is_not_a_prescription():
    assert _meds("Therapist: The swab came back negative for cocaine and positive for methadone only.") == []


def test_drug_review_names_no_medication():
    assert _meds("Therapist: Welcome to your clozapine review today.") == []


def test_switch_said_before_the_next_drug_is_that_drugs():
    facts = _meds("Client: My GP said it might raise the sertraline, so I moved onto the codeine.")
    assert not any("sertraline" in f and "switched" in f for f in facts)


def test_painkiller_named_without_a_dose_is_left_out():
    assert _meds("Therapist: Do you still take naproxen for the back pain?\nClient: Now and then.") == []


def test_drug_weighed_and_set_aside_in_the_next_turn_is_left_out():
    facts = _meds("Therapist: And the melatonin the GP suggested?\nClient: We chose to hold off, not to start it "
                  "just now. His cousin took melatonin at 3 mg for ages.")
    assert facts == []


def test_drug_not_done_yet_in_the_same_sentence_is_left_out():
    facts = _meds("Client: The psychiatrist said we could add something, maybe lamotrigine, but we're not trying "
                  "that yet.")
    assert facts == []


def test_friends_drug_answered_with_he_is_not_the_clients():
    facts = _meds("Therapist: Your flatmate took pregabalin, you said once. Do you still see him?\n"
                  "Client: Jonno? Rarely. Last I knew he was on 300 mg pregabalin, still.")
    assert facts == []


def test_salt_name_and_plain_name_are_one_drug():
    [fact] = _meds("Therapist: You're taking lithium citrate, 520 mg twice a day. The lithium's been fine?")
    assert "520 mg" in fact


def test_combination_product_keeps_its_dose():
    [fact] = _meds("Therapist: You're on the naltrexone-bupropion, 16 mg, morning and evening.")
    assert "naltrexone-bupropion" in fact and "16 mg" in fact


def test_dose_said_with_its_unit_replaces_the_bare_one():
    [fact] = _meds("Client: I take the sertraline one-fifty now.\nTherapist: Right, sertraline 150 mg daily.")
    assert "150 mg" in fact


# --- scores --------------------------------------------------------------------------------------------------


def test_scale_named_in_full_is_scored_in_the_next_sentence():
    [fact] = _scores("Therapist: Now the Hamilton Anxiety Rating Scale. Going by all you've said today, I'd rate it "
                     "at 12, which is mild.")
    assert "Hamilton Anxiety Rating Scale" in fact and "12" in fact


def test_titled_scale_with_lower_case_scale_word_is_an_instrument():
    [fact] = _scores("Therapist: Let me run the Simpson Angus scale. Looking at you now, I'd score that as 2.")
    assert "Simpson Angus scale" in fact and "2" in fact


def test_instrument_titled_monitor_is_scored():
    [fact] = _scores("Therapist: The Recovery Progress Monitor you did scored 9 on the wellbeing part.")
    assert "Recovery Progress Monitor" in fact and "9" in fact


def test_own_subscale_and_second_reading_after_semicolon():
    facts = _scores("Therapist: Lee, your intimacy subscale was 6 out of 10; Sam, yours was 8.")
    assert any("intimacy subscale" in f and "6" in f for f in facts)
    assert any("8" in f and "Sam" in f for f in facts)


def test_second_reading_after_a_bare_name_and_yours():
    facts = _scores("Therapist: Maya, your CSI-32 is 90, Jon yours is 101.")
    assert any("101" in f for f in facts)


# --- homework ------------------------------------------------------------------------------------------------


def test_plan_kept_the_same_is_not_homework():
    assert _homework("Therapist: Since it's only seventy, we'll leave the schedule as it is this week.") == []


def test_habit_pointed_out_is_not_homework():
    assert _homework("Therapist: Sam, when you shut down, your breathing's usually fast and shallow.") == []


def test_suggestion_said_not_to_be_homework_is_not_homework():
    assert _homework("Therapist: Try the yoga class this week if you fancy, but that's not homework.") == []


# --- interventions ------------------------------------------------------------------------------------------


def test_praise_for_the_clients_thought_names_no_technique():
    facts = extract_interventions(parse_transcript("Therapist: What a lovely reframe. Shall we look at Sunday?"))
    assert facts == []


# --- appointment ---------------------------------------------------------------------------------------------


def test_date_after_since_is_not_the_next_appointment():
    segs = parse_transcript("Therapist: You've been on it since the tenth of February.\n"
                            "Therapist: See you next session on Thursday the 12th of March at ten.")
    [fact] = extract_appointment(segs, MONDAY)
    assert "12th" in fact.sentence


def test_date_after_see_you_wins_over_another_date_in_the_sentence():
    segs = parse_transcript("Therapist: Your injection is the 20th of March, and I'll see you on Friday the 27th of "
                            "March at 11.")
    [fact] = extract_appointment(segs, MONDAY)
    assert "27th" in fact.sentence
