"""Layer 4: risk built up over several turns."""

from alliance.safety import Level, screen


def test_decision_after_hopelessness_and_goodbyes_is_imminent():
    context = ["I don't see the point of anything anymore", "I gave away my guitar and said goodbye to everyone"]
    s = screen("I've decided", context=context, use_classifier=False)
    assert s.level == Level.IMMINENT
    assert any(r.startswith("ctx.") for r in s.rules)


def test_thanks_after_giving_things_away_is_high():
    context = ["I've been sorting out my stuff this week", "Gave my bike to my nephew and my books to the charity shop"]
    assert screen("Anyway, I just wanted to say thanks for everything", context=context,
                  use_classifier=False).level == Level.HIGH


def test_time_after_ideation_and_means_is_imminent_in_spanish():
    context = ["Llevo días pensando que todos estarían mejor sin mí", "Compré una cuerda"]
    assert screen("Esta noche", context=context, use_classifier=False).level == Level.IMMINENT


def test_benign_context_leaves_an_ordinary_message_alone():
    context = ["Been training for the 10k", "My knees are in bits"]
    assert screen("Tonight's the night, wish me luck!", context=context, use_classifier=False).level == Level.NONE


def test_same_message_without_context_is_harmless():
    assert screen("I've decided", use_classifier=False).level == Level.NONE


def test_context_accepts_earlier_screenings():
    earlier = [screen("I keep saving my pills", use_classifier=False),
               screen("everyone would be better off without me", use_classifier=False)]
    assert screen("tonight", context=earlier, use_classifier=False).level == Level.IMMINENT


def test_serious_risk_earlier_keeps_the_next_message_at_moderate():
    context = ["My husband grabbed me by the neck last night"]
    assert screen("I don't know what to do", context=context, use_classifier=False).level >= Level.MODERATE


def test_sudden_calm_after_giving_things_away_is_high():
    context = ["I gave my guitar and my records to my cousin", "won't need them where I'm going"]
    s = screen("there, everything's sorted. I feel so much lighter now", context=context, use_classifier=False)
    assert s.level >= Level.HIGH and "ctx.calm_after_warning_signs" in s.rules
    assert screen("I feel so much lighter after the holiday", use_classifier=False).level < Level.MODERATE
