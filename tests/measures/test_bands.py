"""Every band boundary of every instrument, both sides, against the published cut-offs (not the YAML)."""

from __future__ import annotations

import pytest

from alliance.measures import score

from .helpers import answers_for_total

# (instrument, total, severity exactly as the manual writes it), both sides of every boundary.
CASES = [
    # PHQ-9, Kroenke 2001: minimal 0-4, mild 5-9, moderate 10-14, moderately severe 15-19, severe 20-27.
    ("phq9", 0, "minimal"),
    ("phq9", 4, "minimal"),
    ("phq9", 5, "mild"),
    ("phq9", 9, "mild"),
    ("phq9", 10, "moderate"),
    ("phq9", 14, "moderate"),
    ("phq9", 15, "moderately severe"),
    ("phq9", 19, "moderately severe"),
    ("phq9", 20, "severe"),
    ("phq9", 27, "severe"),
    # GAD-7, Spitzer 2006: minimal 0-4, mild 5-9, moderate 10-14, severe 15-21.
    ("gad7", 0, "minimal"),
    ("gad7", 4, "minimal"),
    ("gad7", 5, "mild"),
    ("gad7", 9, "mild"),
    ("gad7", 10, "moderate"),
    ("gad7", 14, "moderate"),
    ("gad7", 15, "severe"),
    ("gad7", 21, "severe"),
    # PHQ-2, Kroenke 2003 (cut-point 3): negative 0-2, positive 3-6.
    ("phq2", 0, "negative"),
    ("phq2", 2, "negative"),
    ("phq2", 3, "positive"),
    ("phq2", 6, "positive"),
    # GAD-2, Kroenke 2007 (cut-point 3): negative 0-2, positive 3-6.
    ("gad2", 0, "negative"),
    ("gad2", 2, "negative"),
    ("gad2", 3, "positive"),
    ("gad2", 6, "positive"),
    # PCL-5, Bovin 2016 / National Center for PTSD: provisional cut-point 33 (0-80).
    ("pcl5", 0, "below provisional cut-point"),
    ("pcl5", 32, "below provisional cut-point"),
    ("pcl5", 33, "probable PTSD"),
    ("pcl5", 80, "probable PTSD"),
    # WHO-5, Topp 2015: percentage <= 28 depression (raw <= 7), <= 50 poor wellbeing (raw <= 12), raw 0-25.
    ("who5", 0, "likely depression"),
    ("who5", 7, "likely depression"),
    ("who5", 8, "poor wellbeing"),
    ("who5", 12, "poor wellbeing"),
    ("who5", 13, "no poor wellbeing"),
    ("who5", 25, "no poor wellbeing"),
    # AUDIT, Babor 2001 (WHO): Zone I 0-7, Zone II 8-15, Zone III 16-19, Zone IV 20-40.
    ("audit", 0, "Zone I"),
    ("audit", 7, "Zone I"),
    ("audit", 8, "Zone II"),
    ("audit", 15, "Zone II"),
    ("audit", 16, "Zone III"),
    ("audit", 19, "Zone III"),
    ("audit", 20, "Zone IV"),
    ("audit", 40, "Zone IV"),
    # K10, Andrews & Slade 2001: low 10-15, moderate 16-21, high 22-29, very high 30-50.
    ("k10", 10, "low"),
    ("k10", 15, "low"),
    ("k10", 16, "moderate"),
    ("k10", 21, "moderate"),
    ("k10", 22, "high"),
    ("k10", 29, "high"),
    ("k10", 30, "very high"),
    ("k10", 50, "very high"),
]


@pytest.mark.parametrize(("instrument", "total", "severity"), CASES)
def test_band_boundary_matches_published_cutoffs(instrument: str, total: int, severity: str) -> None:
    result = score(instrument, answers_for_total(instrument, total))
    assert result.total == total
    assert result.severity == severity


# AUDIT-C, Bradley 2007: positive at >= 4 for men, >= 3 for women; unknown sex uses 3 (the more sensitive).
AUDITC = [
    ("male", 3, "negative"),
    ("male", 4, "positive"),
    ("female", 2, "negative"),
    ("female", 3, "positive"),
    (None, 2, "negative"),
    (None, 3, "positive"),
    ("male", 0, "negative"),
    ("female", 12, "positive"),
]


@pytest.mark.parametrize(("sex", "total", "severity"), AUDITC)
def test_auditc_band_uses_sex_specific_cutoff(sex: str | None, total: int, severity: str) -> None:
    result = score("auditc", answers_for_total("auditc", total), sex=sex)
    assert (result.total, result.severity) == (total, severity)
    assert result.sex_used == (sex or "unknown")


def test_auditc_unknown_sex_says_which_cutoff_it_used() -> None:
    # Bradley 2007 gives no cut-off for unknown sex; we use the women's (3) and must say so.
    result = score("auditc", answers_for_total("auditc", 3))
    assert "women's" in result.interpretation


def test_who5_percentage_is_raw_times_four() -> None:
    # WHO 1998 / Topp 2015: percentage score = raw score x 4.
    assert score("who5", answers_for_total("who5", 13)).percentage == 52
    assert score("who5", answers_for_total("who5", 25)).percentage == 100


def test_phq9_minimum_and_maximum_totals() -> None:
    # Kroenke 2001: nine items scored 0-3, total 0-27.
    result = score("phq9", [3] * 9)
    assert (result.total, result.min, result.max) == (27, 0, 27)


def test_audit_items_9_and_10_score_0_2_4() -> None:
    # Babor 2001: questions 9 and 10 are scored 0, 2 or 4.
    result = score("audit", [4, 4, 4, 4, 4, 4, 4, 4, 4, 4])
    assert result.total == 40
    assert score("audit", [0] * 8 + [2, 2]).total == 4


# C-SSRS Screener triage points (Columbia Protocol, Screen Version - Recent): yes to 1 or 2 low; yes to 3 or
# to 6 more than 3 months ago moderate; yes to 4 or 5 or to 6 within 3 months high. Order: q1..q6, q6 recent.
CSSRS = [
    ([0, 0, None, None, None, 0, None], "no risk indicated"),
    ([1, 0, None, None, None, 0, None], "low risk"),
    ([0, 1, 0, 0, 0, 0, None], "low risk"),
    ([1, 1, 1, 0, 0, 0, None], "moderate risk"),
    ([0, 0, None, None, None, 1, 0], "moderate risk"),
    ([1, 1, 0, 1, 0, 0, None], "high risk"),
    ([1, 1, 0, 0, 1, 0, None], "high risk"),
    ([0, 0, None, None, None, 1, 1], "high risk"),
    ([1, 1, 1, 0, 0, 1, 1], "high risk"),
]


@pytest.mark.parametrize(("answers", "severity"), CSSRS)
def test_cssrs_triage_level_follows_the_highest_yes(answers: list[int | None], severity: str) -> None:
    result = score("cssrs_screener", answers)
    assert result.status == "scored"
    assert result.total is None
    assert result.severity == severity
