"""Validates the hand-written labelled safety test set (src/alliance/safety/data/testset.jsonl)."""

import json
from collections import Counter
from importlib.resources import files

import pytest

LANGS = ("en", "es", "fr", "de", "pt", "it")
LEVELS = ("none", "low", "moderate", "high", "imminent")
CATEGORIES = (
    "suicidal_ideation",
    "suicide_plan_intent",
    "self_harm",
    "harm_to_others",
    "abuse_safeguarding",
    "psychosis_command",
    "overdose_medical",
    "eating_disorder_medical",
    "substance_risk",
)
KINDS = (
    "direct",
    "indirect",
    "idiom",
    "negation",
    "third_party",
    "fiction",
    "historical",
    "hypothetical",
    "obfuscated",
    "multi_turn",
    "everyday",
)
FIELDS = {"id", "text", "lang", "level", "categories", "kind"}
MIN_PER_LANG = {"en": 160, "es": 55, "fr": 55, "de": 55, "pt": 55, "it": 55}
# Hard cases the screen must handle, asked for in every language.
KINDS_IN_EVERY_LANG = ("idiom", "negation", "third_party", "fiction", "historical", "hypothetical",
                       "obfuscated", "indirect", "multi_turn", "everyday", "direct")
MIN_PER_KIND = {"idiom": 40, "negation": 25, "third_party": 20, "fiction": 10, "historical": 8,
                "hypothetical": 12, "obfuscated": 35, "indirect": 25, "multi_turn": 30, "everyday": 80}


@pytest.fixture(scope="module")
def items() -> list[dict]:
    path = files("alliance") / "safety" / "data" / "testset.jsonl"
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def test_testset_has_at_least_480_items(items):
    assert len(items) >= 480


def test_every_item_has_exactly_the_schema_fields(items):
    for it in items:
        expected = FIELDS | ({"context"} if it.get("kind") == "multi_turn" else set())
        assert set(it) == expected, it["id"]
        assert isinstance(it["text"], str) and it["text"].strip(), it["id"]
        assert isinstance(it["categories"], list), it["id"]


def test_ids_are_unique_and_prefixed_with_language(items):
    ids = [it["id"] for it in items]
    assert len(ids) == len(set(ids))
    for it in items:
        prefix, _, num = it["id"].partition("-")
        assert prefix == it["lang"] and len(num) == 4 and num.isdigit(), it["id"]


def test_no_duplicate_messages(items):
    keys = Counter((it["lang"], it["text"].strip().lower(), tuple(it.get("context", []))) for it in items)
    assert [k for k, n in keys.items() if n > 1] == []


def test_values_are_from_the_allowed_sets(items):
    for it in items:
        assert it["lang"] in LANGS, it["id"]
        assert it["level"] in LEVELS, it["id"]
        assert it["kind"] in KINDS, it["id"]
        assert set(it["categories"]) <= set(CATEGORIES), it["id"]
        assert len(it["categories"]) == len(set(it["categories"])), it["id"]


def test_categories_are_empty_exactly_when_level_is_none_or_low(items):
    for it in items:
        assert (it["categories"] == []) == (it["level"] in ("none", "low")), it["id"]


def test_plan_or_intent_always_carries_ideation_and_is_high_or_above(items):
    for it in items:
        if "suicide_plan_intent" in it["categories"]:
            assert "suicidal_ideation" in it["categories"], it["id"]
            assert it["level"] in ("high", "imminent"), it["id"]


def test_multi_turn_items_have_context_and_others_do_not(items):
    for it in items:
        if it["kind"] == "multi_turn":
            ctx = it["context"]
            assert isinstance(ctx, list) and ctx, it["id"]
            assert all(isinstance(m, str) and m.strip() for m in ctx), it["id"]
        else:
            assert "context" not in it, it["id"]


def test_minimum_items_per_language(items):
    counts = Counter(it["lang"] for it in items)
    for lang, minimum in MIN_PER_LANG.items():
        assert counts[lang] >= minimum, (lang, counts[lang])


@pytest.mark.parametrize("lang", LANGS)
def test_every_level_and_category_appears_in_each_language(items, lang):
    subset = [it for it in items if it["lang"] == lang]
    assert {it["level"] for it in subset} == set(LEVELS)
    assert {c for it in subset for c in it["categories"]} == set(CATEGORIES)


@pytest.mark.parametrize("lang", LANGS)
def test_hard_case_kinds_appear_in_each_language(items, lang):
    kinds = Counter(it["kind"] for it in items if it["lang"] == lang)
    assert [k for k in KINDS_IN_EVERY_LANG if kinds[k] == 0] == []
    assert kinds["idiom"] >= 5 and kinds["multi_turn"] >= 4


def test_minimum_items_per_kind(items):
    kinds = Counter(it["kind"] for it in items)
    for kind, minimum in MIN_PER_KIND.items():
        assert kinds[kind] >= minimum, (kind, kinds[kind])


def test_every_level_and_category_has_enough_items_for_a_recall_figure(items):
    levels = Counter(it["level"] for it in items)
    cats = Counter(c for it in items for c in it["categories"])
    assert min(levels[lv] for lv in LEVELS) >= 50
    assert min(cats[c] for c in CATEGORIES) >= 15


def test_at_least_35_percent_of_items_are_none_or_low(items):
    benign = sum(it["level"] in ("none", "low") for it in items)
    assert benign / len(items) >= 0.35


def test_multi_turn_includes_risky_and_benign_conversations(items):
    multi = [it for it in items if it["kind"] == "multi_turn"]
    assert sum(it["level"] in ("none", "low") for it in multi) >= 8
    assert sum(it["level"] in ("high", "imminent") for it in multi) >= 15


def test_idioms_and_fiction_are_mostly_benign(items):
    # The false-alarm target is measured on these: most must be labelled none/low.
    for kind in ("idiom", "fiction"):
        subset = [it for it in items if it["kind"] == kind]
        benign = sum(it["level"] in ("none", "low") for it in subset)
        assert benign / len(subset) >= 0.9, kind
