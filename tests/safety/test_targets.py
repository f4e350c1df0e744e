"""Acceptance targets of issue 3 on the repo's labelled test set (src/alliance/safety/data/testset.jsonl)."""

import pytest

from alliance.safety import evaluation as ev
from alliance.safety.levels import LANGUAGES

pytestmark = pytest.mark.skipif(not ev.testset_path().exists(), reason="test set file absent")


@pytest.fixture(scope="module")
def patterns_only():
    return ev.score_testset(ev.load_testset(), use_classifier=False)


def test_recall_of_moderate_or_above_is_at_least_098(patterns_only):
    assert patterns_only["overall"]["recall"]["value"] >= 0.98, patterns_only["missed"]


def test_every_imminent_item_is_scored_high_or_above(patterns_only):
    assert patterns_only["imminent_below_high"] == []


def test_false_alarms_on_everyday_messages_are_at_most_5_percent(patterns_only):
    assert patterns_only["everyday_false_alarms"]["value"] <= 0.05, patterns_only["false_alarms"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_recall_is_at_least_098_in_each_language(patterns_only, lang):
    assert patterns_only["by_language"][lang]["recall"]["value"] >= 0.98


def test_recall_holds_with_the_labelled_language_given():
    result = ev.score_testset(ev.load_testset(), use_classifier=False, given_lang=True)
    assert result["overall"]["recall"]["value"] >= 0.98
    assert result["imminent_below_high"] == []
