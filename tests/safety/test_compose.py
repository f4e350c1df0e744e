"""The composing layer: levels from how the parts of a risk statement combine, not from phrasings."""

import pytest

from alliance.safety import screen
from alliance.safety.compose import COMBOS, PARTS, compose
from alliance.safety.levels import Category, Level
from alliance.safety.lexicon import LEXICONS
from alliance.safety.normalise import normalise


def _composed(text: str, lang: str = "en") -> Level:
    return max((h.level for h in compose(normalise(text).text, (lang,))), default=Level.NONE)


@pytest.mark.parametrize("text", [
    "I swallowed the whole box of my sleeping tablets about an hour ago",
    "the car is running in the garage and the door is shut",
    "the noose is up and tonight is the night",
    "I've laid out all the pills for tonight",
    "I'll be on the platform at 6:30, tell my daughter I loved her",
])
def test_a_method_with_an_act_access_or_a_time_is_imminent(text):
    assert _composed(text) == Level.IMMINENT


@pytest.mark.parametrize("text", [
    "I keep staring at the beam in the garage, I want to die",
    "I wrote letters to the kids and I can't take it anymore",
    "he had his hands around my throat until I blacked out",
    "my stepdad smacks my little brother with a belt",
])
def test_partial_combinations_are_high(text):
    assert _composed(text) == Level.HIGH


@pytest.mark.parametrize("text", [
    "I bought a rope and a ladder to hang the hammock tomorrow",
    "I took the bus this morning and my tablets with breakfast",
    "we walked over the bridge tonight, lovely sunset",
    "my sister is going to kill me when she sees her car",
    "the engine is running fine since the garage fixed it",
])
def test_ordinary_life_composes_nothing(text):
    assert _composed(text) < Level.MODERATE


def test_someone_elses_risk_is_theirs_and_a_childs_is_safeguarding():
    adult = compose(normalise("my friend says she wants to die").text, ("en",))
    assert adult and all(h.subject == "third_party" and h.level == Level.MODERATE for h in adult)
    child = compose(normalise("my 14 year old son says he wants to die").text, ("en",))
    assert any(h.category == Category.ABUSE_SAFEGUARDING and h.level == Level.HIGH for h in child)


def test_history_told_as_history_is_low():
    assert _composed("years ago I wanted to die and wrote letters to my family") <= Level.LOW


@pytest.mark.parametrize("text", [
    "My GP asked whether I'd had thoughts of ending my life and I said no",
    "I said no when the nurse asked if I wanted to kill myself",
    "To be clear, I'm not suicidal, just worn out",
])
def test_an_answer_no_to_a_clinicians_question_is_not_risk(text):
    assert screen(text).level < Level.MODERATE


def test_literature_and_helping_questions_are_not_the_clients_risk():
    assert screen("For English we read Romeo and Juliet, they both kill themselves at the end").level < Level.MODERATE
    assert screen("Does the crisis line only take calls from people who are suicidal?").level < Level.MODERATE


def test_risk_spread_over_turns_is_composed():
    s = screen("I've taken them", context=["the pills are all counted out on my desk", "I can't do this anymore"],
               use_classifier=False)
    assert s.level == Level.IMMINENT


def test_every_language_has_every_part_the_combinations_need():
    required = {p for p in PARTS if p not in {"engine_running", "gas_on", "enclosed", "purging", "restriction",
                                              "ed_effect", "frequency", "cope", "voices_worse", "ed_effects_many", "self_harm", "self_harm_urge",
                                              "depressant", "alcohol", "harm_thought", "prep_many"}}
    for code, lex in LEXICONS.items():
        assert required <= set(lex.parts), (code, required - set(lex.parts))
    assert all(c.anchor for c in COMBOS)
