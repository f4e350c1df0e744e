"""A partner's death threat told by the client is danger to them, in every language, while the same words as a
figure of speech about a mishap stay quiet."""

from __future__ import annotations

import pytest

from alliance.safety.levels import Category, Level
from alliance.safety.screening import screen


@pytest.mark.parametrize("text", [
    "He said he is going to kill me tonight",
    "Mi marido dijo que me va a matar esta noche",
    "Mio marito ha detto che mi ammazza stanotte",
    "Mein Mann hat gesagt, dass er mich heute Nacht umbringt",
    "Il m'a dit qu'il va me tuer ce soir",
    "O meu marido disse que me vai matar hoje à noite",
])
def test_a_reported_threat_to_kill_the_client_is_high(text):
    result = screen(text, use_classifier=False)
    assert result.level >= Level.HIGH and Category.ABUSE_SAFEGUARDING in result.categories, result.rules


@pytest.mark.parametrize("text", [
    "My husband is going to kill me when he sees the credit card bill",
    "mi madre me va a matar cuando vea las notas jaja",
    "mia mamma mi ammazza se lo scopre",
    "Meine Mutter bringt mich um, wenn sie die Delle sieht",
])
def test_the_same_words_about_a_mishap_are_a_figure_of_speech(text):
    assert screen(text).level < Level.MODERATE
