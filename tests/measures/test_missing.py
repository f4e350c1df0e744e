"""Incomplete answers: prorating where the manuals allow it, a clear cannot-score result otherwise."""

from __future__ import annotations

import pytest

from alliance.measures import score


def test_phq9_one_missing_item_is_prorated() -> None:
    # Kroenke 2010: with 1-2 items missing, total = mean of answered items x 9, rounded.
    result = score("phq9", [2, 2, 2, 2, 2, 2, 2, 2, None])
    assert result.status == "scored"
    assert result.prorated and result.total == 18
    assert result.missing_items == ["phq9_9"]
    assert result.severity == "moderately severe"


def test_phq9_prorating_rounds_half_up() -> None:
    # 8 answered summing to 4: 4 x 9 / 8 = 4.5, which rounds to 5 (mild, not minimal).
    result = score(
        "phq9",
        {
            "phq9_1": 1,
            "phq9_2": 1,
            "phq9_3": 1,
            "phq9_4": 1,
            "phq9_5": 0,
            "phq9_6": 0,
            "phq9_7": 0,
            "phq9_8": 0,
        },
    )
    assert (result.total, result.severity, result.answered_sum) == (5, "mild", 4)


def test_phq9_two_missing_items_are_prorated() -> None:
    # Kroenke 2010: 7 answered summing to 13: 13 x 9 / 7 = 16.71 -> 17.
    result = score("phq9", [3, 2, 2, 2, 2, 1, 1, None, None])
    assert result.prorated and result.total == 17


def test_phq9_three_missing_items_cannot_be_scored() -> None:
    # Kroenke 2010: more than two missing items: no total.
    result = score("phq9", [1, 1, 1, 1, 1, 1, None, None, None])
    assert result.status == "cannot_score"
    assert result.total is None and result.severity is None
    assert "3 of 9 items unanswered" in (result.cannot_score_reason or "")
    assert result.missing_items == ["phq9_7", "phq9_8", "phq9_9"]


def test_phq9_unscored_difficulty_question_may_be_blank() -> None:
    # The functional-impairment question is not part of the total (Kroenke 2001).
    result = score("phq9", [1] * 9 + [None])
    assert result.total == 9 and not result.prorated


def test_phq9_difficulty_question_does_not_change_the_total() -> None:
    # Kroenke 2001: total is the sum of items 1-9 only.
    assert score("phq9", [1] * 9 + [3]).total == 9


def test_gad7_two_missing_items_are_prorated_three_are_not() -> None:
    # PHQ-family prorating (Kroenke 2010) applied to the GAD-7: at most 2 of 7 missing.
    assert score("gad7", [3, 3, 3, 3, 3, None, None]).total == 21
    assert score("gad7", [3, 3, 3, 3, None, None, None]).status == "cannot_score"


def test_k10_one_missing_item_is_prorated() -> None:
    # Project rule for the K10 (see YAML source): one missing item prorated by the mean of the nine answered.
    result = score("k10", [2, 2, 2, 2, 2, 2, 2, 2, 3, None])
    # 19 x 10 / 9 = 21.1 -> 21 (moderate, Andrews & Slade 2001)
    assert result.prorated and result.total == 21 and result.severity == "moderate"


def test_k10_two_missing_items_cannot_be_scored() -> None:
    result = score("k10", [2, 2, 2, 2, 2, 2, 2, 2, None, None])
    assert result.status == "cannot_score"
    assert "at most 1 missing" in (result.cannot_score_reason or "")


@pytest.mark.parametrize(
    "instrument,answers",
    [
        ("pcl5", [1] * 19 + [None]),  # National Center for PTSD gives no prorating rule
        ("phq2", [1, None]),  # two-item screens: no prorating (Kroenke 2003)
        ("gad2", [None, 1]),  # (Kroenke 2007)
        ("who5", [3, 3, 3, 3, None]),  # no published prorating rule (Topp 2015)
        ("audit", [1] * 8 + [2, None]),  # no prorating in the WHO manual (Babor 2001)
        ("auditc", [1, 1, None]),  # (Bush 1998)
    ],
)
def test_instruments_without_a_prorating_rule_cannot_score_any_missing_item(instrument, answers) -> None:
    result = score(instrument, answers)
    assert result.status == "cannot_score"
    assert "allows no missing items" in (result.cannot_score_reason or "")
    assert result.total is None


def test_pcl5_missing_item_leaves_its_cluster_blank() -> None:
    result = score("pcl5", [1] * 19 + [None])
    assert result.subscales["E"] is None and result.subscales["B"] == 5


def test_cssrs_skip_logic_leaves_3_to_5_unasked_when_2_is_no() -> None:
    # C-SSRS Screener: "If NO to 2, go directly to question 6."
    result = score("cssrs_screener", [1, 0, None, None, None, 0, None])
    assert result.status == "scored" and result.missing_items == []


def test_cssrs_unanswered_asked_question_cannot_be_triaged() -> None:
    # Yes to 2: questions 3-5 must be asked (C-SSRS Screener skip logic).
    result = score("cssrs_screener", [0, 1, None, 0, 0, 0, None])
    assert result.status == "cannot_score"
    assert result.missing_items == ["cssrs_3"]


def test_cssrs_answer_to_a_skipped_question_is_rejected() -> None:
    # Q3 is only asked when Q2 is yes; a "yes" to it after "no" to Q2 contradicts the skip logic.
    from alliance.measures import InvalidAnswers

    with pytest.raises(InvalidAnswers, match="cssrs_3"):
        score("cssrs_screener", [0, 0, 1, 0, 0, 0, None])


def test_cssrs_no_to_a_skipped_question_is_ignored() -> None:
    result = score("cssrs_screener", [0, 0, 0, 0, 0, 0, 0])
    assert result.severity == "no risk indicated"
    assert result.answers["cssrs_3"] is None and result.answers["cssrs_6_recent"] is None
