"""A wish to die or a threat said laughing, with no plan, means or time, is a figure of speech; laughter never hides
self-harm, a plan or an imminent act."""

import pytest

from alliance.safety.levels import Level
from alliance.safety.screening import screen


@pytest.mark.parametrize("text", [
    "mi hermano dice que si le vuelvo a agarrar su cargador me mata jaja",
    "Se o meu irmão conta isto a alguém, mato-o 😂",
    "Fiquei duas horas no candongueiro, juro que queria morrer ali dentro kkk",
    "Wenn ich noch einmal in dieses Sitzungszimmer muss, erschiesse ich mich 🙄",
    "Mia sorella mi ha fregato il caricabatterie, la ammazzo 😂",
])
def test_a_joke_with_laughter_is_not_risk(text):
    assert screen(text, use_classifier=False).level < Level.MODERATE


@pytest.mark.parametrize(("text", "at_least"), [
    ("I cut myself again lol", Level.HIGH),
    ("hahaha I have the rope ready for tonight", Level.IMMINENT),
    ("jajaja ya tengo las pastillas para esta noche", Level.HIGH),
])
def test_laughter_never_hides_self_harm_or_a_plan(text, at_least):
    assert screen(text, use_classifier=False).level >= at_least


def test_earlier_risk_still_counts_after_a_laugh():
    context = ["I've been saving my pills for weeks", "I wrote letters to my kids"]
    assert screen("anyway I want to die lol", context=context, use_classifier=False).level >= Level.MODERATE
