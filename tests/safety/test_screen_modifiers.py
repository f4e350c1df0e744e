"""Layer 2 modifiers (third party, fiction, history, timing, means), evidence, determinism and the result shape."""

import json

import pytest

from alliance.safety import Category, Level, Screening, screen
from alliance.safety import screening as screening_module


def test_friend_at_risk_is_moderate_and_marked_third_party():
    s = screen("My friend said she wants to die", use_classifier=False)
    assert s.level == Level.MODERATE
    assert Category.SUICIDAL_IDEATION in s.categories
    assert all(e.subject == "third_party" for e in s.evidence)


def test_child_at_risk_reported_by_a_parent_is_high_safeguarding():
    s = screen("My 15 year old has been cutting her arms", use_classifier=False)
    assert s.level == Level.HIGH
    assert Category.ABUSE_SAFEGUARDING in s.categories


def test_film_plot_about_a_character_who_wants_to_die_is_not_flagged():
    assert screen("In the movie the main character wants to die", use_classifier=False).level == Level.NONE


def test_past_self_harm_told_as_history_is_low_at_most():
    s = screen("I used to cut myself in high school", use_classifier=False)
    assert s.level == Level.LOW
    assert Category.SELF_HARM in s.categories


def test_history_with_urges_returning_now_is_not_discounted():
    assert screen("I used to cut myself in high school and I cut myself again last night",
                  use_classifier=False).level >= Level.HIGH


def test_recent_self_harm_is_high():
    assert screen("I cut myself last night", use_classifier=False).level == Level.HIGH


@pytest.mark.parametrize(
    "text",
    [
        "I want to die. I have the pills saved up for tonight",
        "I'm going to kill myself tonight",
        "I already took 30 pills",
        "I have the rope ready, I want to end it all",
    ],
)
def test_timing_means_or_an_act_under_way_is_imminent(text):
    assert screen(text, use_classifier=False).level == Level.IMMINENT


def test_hypothetical_question_about_who_to_call_is_not_flagged():
    assert screen("If I ever did feel suicidal, who should I call?", use_classifier=False).level == Level.NONE


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("The voices keep telling me to hurt myself", Category.PSYCHOSIS_COMMAND),
        ("He hits me every night when he gets home", Category.ABUSE_SAFEGUARDING),
        ("I haven't eaten in 5 days and I fainted at work", Category.EATING_DISORDER_MEDICAL),
        ("I'm going to kill my boss, I've had enough of him", Category.HARM_TO_OTHERS),
        ("I mixed my xanax with vodka again", Category.SUBSTANCE_RISK),
        ("I swallowed a whole bottle of paracetamol", Category.OVERDOSE_MEDICAL),
    ],
)
def test_each_category_has_a_rule_that_names_it(text, category):
    s = screen(text, use_classifier=False)
    assert s.level >= Level.HIGH
    assert category in s.categories


def test_evidence_spans_point_at_the_original_text():
    text = "ok so honestly... I want to k1ll  mys3lf tbh"
    s = screen(text, use_classifier=False)
    assert s.evidence
    for e in s.evidence:
        assert text[e.start:e.end] == e.text
    assert any(e.text == "k1ll  mys3lf" for e in s.evidence)


def test_screen_is_deterministic_and_versioned():
    text = "thinking about sewerslide again, nobody would miss me"
    first, second = screen(text, use_classifier=False), screen(text, use_classifier=False)
    assert first == second
    assert first.version.startswith("screen-")


def test_screening_round_trips_through_json():
    s = screen("I want to die tonight", use_classifier=False)
    d = json.loads(json.dumps(s.to_dict()))
    assert d["level"] == "imminent"
    assert Screening.from_dict(d) == s


def test_levels_are_ordered():
    assert Level.NONE < Level.LOW < Level.MODERATE < Level.HIGH < Level.IMMINENT
    assert str(Level.MODERATE) == "moderate"


def test_empty_message_screens_as_none():
    assert screen("", use_classifier=False).level == Level.NONE


def test_semantic_layer_never_overrides_a_denial_the_lexicons_recognised():
    assert screen("I have never wanted to hurt myself").level == Level.NONE
    assert screen("My GP asked whether I had thoughts of ending my life and I said no").level == Level.NONE


def test_semantic_layer_is_not_consulted_when_switched_off():
    s = screen("everything feels grey and pointless lately", use_classifier=False)
    assert not any(r.startswith("semantic:") for r in s.rules)


def test_a_failing_semantic_layer_leaves_the_lexical_result(monkeypatch):
    class Broken:
        name = "semantic:broken"

        def judge(self, text: str):
            raise RuntimeError("encoder file unreadable")

    monkeypatch.setitem(screening_module._semantic_state, "loaded", True)
    monkeypatch.setitem(screening_module._semantic_state, "layer", Broken())
    assert screen("I want to kill myself").level == Level.HIGH
    assert screen("nice weather today").level == Level.NONE


def test_literal_triggers_never_hide_a_rule_match():
    from alliance.safety.evaluation import load_testset
    from alliance.safety.normalise import normalise
    from alliance.safety.patterns import PACKS

    texts = [normalise(i["text"]).text for i in load_testset()] + [normalise(c).text for i in load_testset()
                                                                     for c in i.get("context", [])]
    for pack in PACKS.values():
        for rule in pack.rules:
            assert rule.triggers, rule.id
            for t in texts:
                if rule.regex.search(t):
                    assert any(trigger in t for trigger in rule.triggers), (rule.id, t)
