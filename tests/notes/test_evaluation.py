"""Evaluation: ROUGE by hand, dataset loaders, summaries."""

from __future__ import annotations

import pytest

from alliance.notes.evaluation import DATASETS_DIR, ItemResult, LOADERS, rouge, summarise


def test_rouge_on_a_hand_worked_example():
    scores = rouge("the cat sat on the mat", "the cat on the mat")
    # ROUGE-1: overlap 5 of 6 reference and 5 hypothesis unigrams -> F1 = 2*1*(5/6)/(1+5/6) = 0.909
    assert scores["rouge1"] == pytest.approx(10 / 11)
    # ROUGE-2: bigrams overlap 3 (the cat, on the, the mat) of 5 reference and 4 hypothesis -> P .75, R .6
    assert scores["rouge2"] == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    # ROUGE-L: longest common subsequence "the cat on the mat" = 5 tokens
    assert scores["rougeL"] == pytest.approx(10 / 11)


def test_rouge_identical_is_one_and_disjoint_is_zero():
    assert rouge("Sleep improved.", "sleep improved") == {"rouge1": 1.0, "rouge2": 1.0, "rougeL": 1.0}
    assert rouge("sleep improved", "gym skipped") == {"rouge1": 0.0, "rouge2": 0.0, "rougeL": 0.0}


@pytest.mark.skipif(not DATASETS_DIR.is_dir(), reason="shared datasets not present")
@pytest.mark.parametrize("name", sorted(LOADERS))
def test_each_dataset_loads_transcripts_with_roles(name):
    example = next(iter(LOADERS[name]()))
    assert len(example.segments) >= 2
    assert {s.speaker for s in example.segments} >= {"therapist", "client"}
    assert (example.reference is None) == (name == "annomi")


def test_summary_reports_supported_share_and_rouge_means():
    results = [ItemResult("x", "1", 4, 3, 1.0, rouge={"rouge1": 0.5, "rouge2": 0.2, "rougeL": 0.4}),
               ItemResult("x", "2", 6, 6, 3.0, rouge={"rouge1": 0.3, "rouge2": 0.0, "rougeL": 0.2}),
               ItemResult("x", "3", 0, 0, 2.0, error="InvalidOutput")]
    row = summarise(results)["x"]
    assert row["supported_share"] == 0.9 and row["failed"] == 1
    assert row["rouge1"] == 0.4 and row["mean_seconds"] == 2.0
