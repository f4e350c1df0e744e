"""A one- or two-word answer (what a client writes in a grounding exercise) is not judged by the sentence encoder
alone: "mint" is not a risk. After turns the encoder judged at risk, the short message continues them."""

from __future__ import annotations

import pytest

from alliance.safety.levels import Level
from alliance.safety.screening import screen


@pytest.mark.parametrize("answer", ["mint", "peppermint tea", "menta", "le café", "Pfefferminze", "birds"])
def test_a_short_everyday_answer_is_not_a_risk(answer):
    assert screen(answer).level == Level.NONE
    assert screen(answer, context=["Name three things you can see.", "the lamp, the sofa, my cat"]).level == Level.NONE


def test_a_short_goodbye_after_turns_at_risk_is_judged_with_them():
    context = ["I'm on the bridge, on the other side of the railing.", "Nobody will even notice."]
    assert screen("Bye.", context=context).level >= Level.HIGH


def test_a_short_message_that_names_the_risk_is_read_by_the_lexicons():
    assert screen("kill myself").level >= Level.HIGH
