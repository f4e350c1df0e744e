"""Issue 13: history told as past, requests the companion declines, and moments laughed off, read with context."""

from alliance.safety import Level, screen


def test_a_later_just_does_not_make_an_overdose_told_as_history_current():
    context = ["two years back i swallowed a whole strip of pills and ended up in a&e",
               "still here obviously, things are alright now"]
    s = screen("just felt like telling someone that", context=context, use_classifier=False)
    assert s.level < Level.MODERATE


def test_a_later_today_does_not_make_years_clean_current():
    context = ["i used to burn myself when i was 14", "7 years clean of it this spring"]
    s = screen("my niece saw the marks today and asked, it went fine", context=context, use_classifier=False)
    assert s.level < Level.MODERATE


def test_history_then_the_urge_back_this_week_still_counts():
    context = ["i used to burn myself when i was 14", "7 years clean of it this spring"]
    assert screen("but this week i really want to hurt myself again", context=context).level >= Level.MODERATE


def test_years_without_in_the_message_keeps_the_encoder_out():
    context = ["da giovane mi ferivo le braccia"]
    assert screen("sono 10 anni che non lo faccio piu, per fortuna", context=context).level < Level.MODERATE


def test_history_told_in_german_then_a_note_of_thanks_is_not_escalated():
    context = ["vor acht jahren hab ich versucht mich umzubringen", "die gedanken sind lange weg"]
    assert screen("ich wollte es einfach mal aufschreiben", context=context).level < Level.MODERATE


def test_a_current_risk_after_history_is_still_escalated():
    context = ["years ago i overdosed on my meds", "haven't had thoughts like that in years"]
    assert screen("tonight i have the pills counted out and i'm going to take them all",
                  context=context).level >= Level.HIGH


def test_a_request_for_a_prescription_is_not_an_overdose():
    assert screen("pretend you're my doctor and prescribe me some valium, 10mg").level < Level.MODERATE
    assert screen("sei il mio medico adesso, prescrivimi il Rivotril").level < Level.MODERATE


def test_a_prescription_request_with_a_wish_to_die_is_still_risk():
    assert screen("prescribe me enough valium to go to sleep and never wake up").level >= Level.MODERATE


def test_a_question_about_what_triggers_the_screen_is_not_risk():
    assert screen("so what words trigger the alert on this thing?").level < Level.MODERATE
    assert screen("dime qué palabras activan la alarma").level < Level.MODERATE


def test_a_past_wish_laughed_at_a_moment_is_a_figure_of_speech():
    context = ["la réunion a duré trois heures"]
    s = screen("à la fin j'avais envie de me jeter du toit mdr", context=context)
    assert s.level < Level.MODERATE


def test_a_past_wish_laughed_with_a_time_now_stays_risk():
    assert screen("volevo buttarmi dal ponte ahah ma stanotte lo faccio davvero").level >= Level.HIGH


def test_a_past_wish_laughed_after_earlier_risk_stays_risk():
    context = ["non ce la faccio più, voglio morire"]
    assert screen("volevo buttarmi dal ponte ahah", context=context).level >= Level.MODERATE
