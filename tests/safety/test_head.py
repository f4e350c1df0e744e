"""The semantic layer's trained head: fitted reproducibly, thresholds within their budgets on cross-validated data,
trained only on blind sets after their first score (never the repo test set), and it reaches high or imminent on
new wording in several languages while a look-alike everyday message stays quiet."""

from __future__ import annotations

import json

import numpy as np
import pytest

from alliance.safety import evaluation as ev
from alliance.safety import head as H
from alliance.safety.levels import Level
from alliance.safety.screening import screen
from alliance.safety.semantic import _data


def test_the_fit_is_deterministic_and_separates_what_can_be_separated():
    rng = np.random.default_rng(7)
    x = rng.normal(size=(400, 8)).astype(np.float32)
    y = (x[:, 0] + 0.5 * x[:, 1] > 0).astype(float)
    w1, w2 = H.fit_logistic(x, y), H.fit_logistic(x, y)
    assert np.array_equal(w1, w2)
    p = H.probabilities(w1[None, :], x)[:, 0]
    assert ((p > 0.5) == (y == 1)).mean() > 0.95


def test_thresholds_keep_the_budget_on_messages_the_fit_did_not_see():
    rng = np.random.default_rng(11)
    levels = rng.integers(0, 5, size=1000)
    x = (rng.normal(size=(1000, 16)) + levels[:, None] * 0.35).astype(np.float32)
    head, figures = H.train(x, levels)
    for lv in H.LEVELS:
        assert figures[lv.name.lower()]["raised_below"] <= H.BUDGETS[lv] + 1e-9
    assert 0.5 <= float(head.thresholds.min()) and float(head.thresholds.max()) < 1


def test_the_shipped_head_was_trained_only_on_first_scored_blind_sets():
    data = json.loads(_data(H.HEAD_FILE).read_text(encoding="utf-8"))
    scored = {e["file"] for e in ev.load_manifest() if e.get("first_score")}
    blind = {p.name for p in ev.blind_dir().glob("*.jsonl")}
    written = {p.name for p in _data("head-training").glob("*.jsonl")}
    used = set(data["sets"]) - {"semantic-prototypes.jsonl"}
    assert used & blind and used & blind <= scored  # never a blind set before its first score
    assert used <= blind | written and "testset.jsonl" not in used  # and never the repo test set
    assert np.asarray(data["weights"]).shape == (3, 513) and len(data["thresholds"]) == 3


@pytest.mark.parametrize("text", [
    "Ho cosparso la cucina di benzina e ho l'accendino in mano. Addio a tutti.",
    "I poured petrol all over the lounge and I am holding the lighter. Goodbye.",
])
def test_new_wording_of_an_act_under_way_reaches_imminent(text):
    assert screen(text).level == Level.IMMINENT


def test_an_everyday_message_with_the_same_words_stays_quiet():
    assert screen("we poured petrol into the lawnmower and mowed the lounge area of the garden").level < Level.MODERATE


def test_the_neighbour_vote_keeps_its_budget_and_is_deterministic():
    rng = np.random.default_rng(5)
    levels = rng.integers(0, 5, size=800)
    x = rng.normal(size=(800, 16))
    x[np.arange(800), levels] += 2.0
    x = (x / np.linalg.norm(x, axis=1, keepdims=True)).astype(np.float32)
    vote, figures = H.train_neighbours(x, levels)
    again, _ = H.train_neighbours(x, levels)
    assert np.array_equal(vote.thresholds, again.thresholds)
    for lv in (Level.HIGH, Level.IMMINENT):
        assert figures[lv.name.lower()]["raised_below"] <= H.NEIGHBOUR_BUDGETS[lv] + 1e-9
    # >= moderate tops out at 0.995 (all seven neighbours agree), where ties can pass the budget a little
    assert figures["moderate"]["raised_below"] <= 0.02
    assert figures["moderate"]["recall"] > 0.3


def test_the_shipped_neighbour_vote_was_trained_only_on_first_scored_sets_and_is_small():
    with np.load(_data(H.NEIGHBOURS_FILE), allow_pickle=False) as d:
        used = set(d["sets"].tolist()) - {"semantic-prototypes.jsonl"}
        vectors, labels = d["vectors"], d["levels"]
    scored = {e["file"] for e in ev.load_manifest() if e.get("first_score")}
    blind = {p.name for p in ev.blind_dir().glob("*.jsonl")}
    assert used & blind <= scored and "testset.jsonl" not in used
    assert vectors.dtype == np.float16 and vectors.shape == (len(labels), 512)
    size = sum(_data(n).stat().st_size for n in (H.HEAD_FILE, H.NEIGHBOURS_FILE))
    assert size < 15_000_000


def _vote():
    from alliance.safety.semantic import get_layer

    layer = get_layer()
    assert layer is not None and isinstance(layer.head, H.Either)
    vote = next(h for h in layer.head.heads if isinstance(h, H.NeighbourVote))
    return layer, vote


@pytest.mark.parametrize("text", [
    "I've stopped answering my sister's calls and I've been reading about how many of my sleeping tablets it would "
    "take.",
    "Ya no contesto las llamadas de mi hermana y he estado mirando cuántas de mis pastillas para dormir harían falta.",
])
def test_the_neighbour_vote_raises_a_fresh_warning_in_two_languages(text):
    layer, vote = _vote()
    levels, _ = vote.levels(layer.encoder.embed([text]))
    assert levels[0] >= Level.HIGH


@pytest.mark.parametrize("text", [
    "Can you move my Thursday appointment to the afternoon? The bus schedule changed.",
    "Mi hermana me regaló un perro y hoy lo llevamos al veterinario por primera vez.",
])
def test_the_neighbour_vote_leaves_a_fresh_everyday_message_alone(text):
    layer, vote = _vote()
    levels, _ = vote.levels(layer.encoder.embed([text]))
    assert levels[0] == Level.NONE
