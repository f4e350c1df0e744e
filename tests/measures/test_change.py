"""Reliable change (NHS Talking Therapies thresholds; Jacobson & Truax 1991), recovery and trajectories."""

from __future__ import annotations

import math
from datetime import date

import pytest

from alliance.errors import BadRequest
from alliance.measures import (
    CannotClassify,
    classify_change,
    classify_talking_therapies,
    jacobson_truax_rci,
    trajectory_summary,
)


@pytest.mark.parametrize(
    ("baseline", "latest", "category"),
    [
        (20, 15, "no_reliable_change"),  # a fall of 5 < 6
        (20, 14, "reliable_improvement"),  # a fall of 6 (NHS TT: PHQ-9 reliable change = 6)
        (8, 13, "no_reliable_change"),
        (8, 14, "reliable_deterioration"),  # a rise of 6
        (12, 12, "no_reliable_change"),
    ],
)
def test_phq9_reliable_change_threshold_is_6(baseline: int, latest: int, category: str) -> None:
    # NHS Talking Therapies Manual: PHQ-9 reliable change is a change of 6 or more points.
    result = classify_change("phq9", baseline, latest)
    assert result.method == "nhs_talking_therapies"
    assert result.category == category
    assert [result.reliable_improvement, result.reliable_deterioration, result.no_reliable_change].count(
        True
    ) == 1


@pytest.mark.parametrize(
    ("baseline", "latest", "category"),
    [
        (15, 12, "no_reliable_change"),
        (15, 11, "reliable_improvement"),
        (5, 8, "no_reliable_change"),
        (5, 9, "reliable_deterioration"),
    ],
)
def test_gad7_reliable_change_threshold_is_4(baseline: int, latest: int, category: str) -> None:
    # NHS Talking Therapies Manual: GAD-7 reliable change is a change of 4 or more points.
    assert classify_change("gad7", baseline, latest).category == category


@pytest.mark.parametrize(
    ("baseline", "latest", "case_at_start", "recovered", "reliably"),
    [
        (10, 9, True, True, False),  # caseness 10 -> 9: recovered, but a fall of 1 is not reliable
        (9, 3, False, False, False),  # not a case at the start: cannot recover
        (16, 9, True, True, True),  # recovered with a reliable fall of 7
        (16, 10, True, False, False),  # reliable improvement but still a case
    ],
)
def test_phq9_recovery_and_reliable_recovery(
    baseline: int, latest: int, case_at_start: bool, recovered: bool, reliably: bool
) -> None:
    # NHS Talking Therapies: caseness PHQ-9 >= 10; recovery = case -> below caseness; reliable recovery =
    # recovery + reliable improvement.
    result = classify_change("phq9", baseline, latest)
    assert (result.baseline_case, result.recovered, result.reliably_recovered) == (
        case_at_start,
        recovered,
        reliably,
    )


def test_gad7_caseness_is_8() -> None:
    # NHS Talking Therapies: GAD-7 caseness >= 8.
    assert classify_change("gad7", 8, 7).recovered is True
    assert classify_change("gad7", 7, 3).baseline_case is False


def test_jacobson_truax_formula() -> None:
    # J&T 1991: SEdiff = sqrt(2) * SD * sqrt(1 - r); RCI = (x2 - x1) / SEdiff.
    rci, se_diff = jacobson_truax_rci(20, 14, sd=5.0, reliability=0.84)
    assert se_diff == pytest.approx(math.sqrt(2) * 5.0 * 0.4)
    assert rci == pytest.approx(-6 / (math.sqrt(2) * 2.0))


def test_jacobson_truax_classifies_at_1_96() -> None:
    # J&T 1991: |RCI| > 1.96 is reliable. SD 5, r 0.84: SEdiff 2.83, so 6 points (RCI 2.12) is reliable and
    # 5 points (RCI 1.77) is not.
    reliable = classify_change("phq9", 20, 14, method="jacobson_truax", sd=5.0, reliability=0.84)
    assert reliable.category == "reliable_improvement" and reliable.rci == pytest.approx(-2.1213, abs=1e-4)
    assert classify_change(
        "phq9", 20, 15, method="jacobson_truax", sd=5.0, reliability=0.84
    ).no_reliable_change
    assert classify_change(
        "phq9", 10, 16, method="jacobson_truax", sd=5.0, reliability=0.84
    ).reliable_deterioration


def test_jacobson_truax_uses_recorded_reliability_when_only_sd_is_given() -> None:
    # PCL-5 alpha .94 (Blevins 2015) is recorded; SD comes from the caller's sample.
    result = classify_change("pcl5", 50, 40, sd=10.0)
    assert result.reliability == 0.94
    assert result.se_diff == pytest.approx(math.sqrt(2) * 10 * math.sqrt(0.06))


def test_jacobson_truax_without_constants_cannot_classify() -> None:
    with pytest.raises(CannotClassify, match="needs an SD"):
        classify_change("k10", 30, 15)


def test_who5_improvement_is_a_rise() -> None:
    # WHO-5: higher scores mean better wellbeing (WHO 1998), so a reliable rise is an improvement.
    result = classify_change("who5", 8, 20, sd=4.0, reliability=0.85)
    assert result.category == "reliable_improvement"
    assert classify_change("who5", 20, 8, sd=4.0, reliability=0.85).category == "reliable_deterioration"


def test_change_rejects_totals_out_of_range_and_triage_instruments() -> None:
    with pytest.raises(BadRequest, match="outside 0-27"):
        classify_change("phq9", 28, 3)
    with pytest.raises(BadRequest, match="has no total"):
        classify_change("cssrs_screener", 1, 0)


def test_talking_therapies_paired_recovery_needs_both_below_caseness() -> None:
    # NHS TT: recovered = case on either at the start and below caseness on both at the end.
    still_anxious = classify_talking_therapies(15, 8, 10, 9)
    assert still_anxious.baseline_case and not still_anxious.recovered
    both = classify_talking_therapies(15, 8, 10, 5)
    assert both.recovered and both.reliably_recovered and both.category == "reliable_improvement"


def test_talking_therapies_deterioration_on_either_measure_wins() -> None:
    # NHS TT: reliable improvement needs no reliable deterioration on the other measure.
    result = classify_talking_therapies(18, 10, 6, 10)
    assert result.category == "reliable_deterioration"
    assert not result.reliable_improvement


def test_trajectory_summary_marks_points_and_first_improvement() -> None:
    series = [(date(2026, 1, 22), 8), (date(2026, 1, 1), 18), (date(2026, 1, 15), 11), (date(2026, 1, 8), 14)]
    summary = trajectory_summary("phq9", series)
    assert [p.total for p in summary.points] == [18, 14, 11, 8]  # sorted by date
    assert [p.category for p in summary.points] == [
        None,
        "no_reliable_change",
        "reliable_improvement",
        "reliable_improvement",
    ]
    assert summary.first_reliable_improvement == date(2026, 1, 15)
    assert summary.first_recovery == date(2026, 1, 22)
    assert summary.overall is not None and summary.overall.reliably_recovered
    assert (summary.best, summary.worst, summary.n) == (8, 18, 4)
    assert [b.name for b in summary.bands][-2:] == ["moderately severe", "severe"]


def test_trajectory_summary_records_deterioration_along_the_way() -> None:
    summary = trajectory_summary(
        "gad7", [(date(2026, 1, 1), 6), (date(2026, 2, 1), 11), (date(2026, 3, 1), 7)]
    )
    assert summary.ever_reliable_deterioration
    assert summary.overall is not None and summary.overall.no_reliable_change


def test_trajectory_summary_without_constants_still_charts() -> None:
    summary = trajectory_summary("k10", [(date(2026, 1, 1), 30), (date(2026, 2, 1), 18)])
    assert summary.overall is None and summary.change_note and "needs an SD" in summary.change_note
    assert [p.severity for p in summary.points] == ["very high", "moderate"]
