"""Every flag of every instrument, on both sides of its rule, and the risk-flag hand-off."""

from __future__ import annotations

import pytest

from alliance.measures import risk_flags, score

from .helpers import answers_for_total


def test_phq9_item9_positive_raises_risk_flag() -> None:
    # PHQ instruction manual: any answer above "Not at all" on item 9 needs a suicide risk assessment.
    result = score("phq9", [0, 0, 0, 0, 0, 0, 0, 0, 1])
    assert result.flags == ["item9"]
    assert result.risk_flags == ["item9"]
    assert risk_flags(result) == ["item9"]


def test_phq9_item9_zero_raises_no_flag_even_when_severe() -> None:
    # Item 9 flag depends on item 9 alone, not on the total (PHQ instruction manual).
    result = score("phq9", [3, 3, 3, 3, 3, 3, 3, 3, 0])
    assert result.severity == "severe"
    assert result.flags == [] and risk_flags(result) == []


def test_phq9_item9_unanswered_is_flagged_for_follow_up() -> None:
    # A blank risk question is not a "no": the clinician must ask it (prorating still applies, Kroenke 2010).
    result = score("phq9", [1, 1, 1, 1, 1, 1, 1, 1, None])
    assert "item9_unanswered" in result.flags
    assert result.risk_flags == []


def test_risk_flag_fires_even_when_the_total_cannot_be_scored() -> None:
    # Three missing items: no PHQ-9 total (Kroenke 2010), but item 9 = 2 must still reach the clinician.
    result = score("phq9", [None, None, None, 0, 0, 0, 0, 0, 2])
    assert result.status == "cannot_score"
    assert result.risk_flags == ["item9"]


def test_risk_flags_accepts_a_serialised_result() -> None:
    # The lead stores results as JSON; the safety hand-off must read those too.
    data = score("phq9", [0, 0, 0, 0, 0, 0, 0, 0, 3]).model_dump()
    assert risk_flags(data) == ["item9"]


# C-SSRS Screener (Columbia Protocol, triage points): risk = ideation with method (3), intent (4), plan (5) or
# behaviour in the past 3 months (6). Order: q1..q6, q6 recent.
CSSRS_FLAGS = [
    ([1, 0, None, None, None, 0, None], ["wish_to_be_dead"], []),
    ([0, 1, 0, 0, 0, 0, None], ["suicidal_thoughts"], []),
    (
        [1, 1, 1, 0, 0, 0, None],
        ["wish_to_be_dead", "suicidal_thoughts", "ideation_with_method"],
        ["ideation_with_method"],
    ),
    ([0, 1, 0, 1, 0, 0, None], ["suicidal_thoughts", "ideation_with_intent"], ["ideation_with_intent"]),
    ([0, 1, 0, 0, 1, 0, None], ["suicidal_thoughts", "ideation_with_plan"], ["ideation_with_plan"]),
    ([0, 0, None, None, None, 1, 1], ["recent_behaviour"], ["recent_behaviour"]),
    ([0, 0, None, None, None, 1, 0], ["past_behaviour"], []),
    ([0, 0, None, None, None, 0, None], [], []),
]


@pytest.mark.parametrize(("answers", "flags", "risks"), CSSRS_FLAGS)
def test_cssrs_flags_and_risk_flags(answers: list[int | None], flags: list[str], risks: list[str]) -> None:
    result = score("cssrs_screener", answers)
    assert result.flags == flags
    assert result.risk_flags == risks


def test_cssrs_behaviour_with_timing_unanswered_is_treated_as_recent() -> None:
    # Safer reading of a blank "within the past 3 months": high risk, and the blank is reported.
    result = score("cssrs_screener", [0, 0, None, None, None, 1, None])
    assert result.severity == "high risk"
    assert "recent_behaviour" in result.risk_flags
    assert "recent_behaviour_unanswered" in result.flags


@pytest.mark.parametrize(("total", "flagged"), [(32, False), (33, True)])
def test_pcl5_provisional_cutpoint_33(total: int, flagged: bool) -> None:
    # Bovin 2016 / National Center for PTSD: total >= 33 provisional PTSD.
    result = score("pcl5", answers_for_total("pcl5", total))
    assert ("provisional_ptsd" in result.flags) is flagged
    assert result.risk_flags == []


def test_pcl5_dsm5_pattern_needs_1_b_1_c_2_d_2_e_rated_2_or_more() -> None:
    # National Center for PTSD: items rated >= 2 endorsed; need 1 B, 1 C, 2 D, 2 E.
    answers = [0] * 20
    answers[0] = 2  # B
    answers[5] = 2  # C
    answers[7] = answers[8] = 2  # D
    answers[14] = answers[15] = 2  # E
    assert "dsm5_symptom_pattern" in score("pcl5", answers).flags
    answers[15] = 1  # only one E item now rated 2+
    assert "dsm5_symptom_pattern" not in score("pcl5", answers).flags


def test_pcl5_cluster_subscales_sum_their_items() -> None:
    # National Center for PTSD: cluster B = items 1-5, C = 6-7, D = 8-14, E = 15-20.
    answers = [1] * 5 + [2] * 2 + [3] * 7 + [4] * 6
    result = score("pcl5", answers)
    assert result.subscales == {"B": 5, "C": 4, "D": 21, "E": 24}
    assert result.total == 54


@pytest.mark.parametrize(
    ("sex", "total", "flagged"),
    [
        ("male", 3, False),
        ("male", 4, True),
        ("female", 2, False),
        ("female", 3, True),
        (None, 2, False),
        (None, 3, True),
    ],
)
def test_auditc_flag_above_sex_specific_cutoff(sex: str | None, total: int, flagged: bool) -> None:
    # Bradley 2007: >= 4 men, >= 3 women; unknown sex: 3.
    result = score("auditc", answers_for_total("auditc", total), sex=sex)
    assert ("above_cutoff" in result.flags) is flagged


@pytest.mark.parametrize(("total", "flagged"), [(7, False), (8, True)])
def test_audit_hazardous_use_at_8(total: int, flagged: bool) -> None:
    # Babor 2001: scores of 8 or more indicate hazardous and harmful alcohol use.
    assert ("hazardous_use" in score("audit", answers_for_total("audit", total)).flags) is flagged


def test_audit_dependence_and_harm_item_flags() -> None:
    # Babor 2001: points on questions 4-6 suggest dependence; on 7-10 alcohol-related harm.
    assert score("audit", [1, 0, 0, 1, 0, 0, 0, 0, 0, 0]).flags == ["possible_dependence"]
    assert score("audit", [1, 0, 0, 0, 0, 0, 0, 0, 2, 0]).flags == ["alcohol_related_harm"]
    assert score("audit", [1, 0, 0, 0, 0, 0, 0, 0, 0, 0]).flags == []


@pytest.mark.parametrize(
    ("raw", "poor", "depression"), [(7, True, True), (8, True, False), (12, True, False), (13, False, False)]
)
def test_who5_percentage_cutoffs_50_and_28(raw: int, poor: bool, depression: bool) -> None:
    # Topp 2015: percentage <= 50 poor wellbeing, <= 28 indicative of depression (percentage = raw x 4).
    result = score("who5", answers_for_total("who5", raw))
    assert ("poor_wellbeing" in result.flags) is poor
    assert ("depression_screen" in result.flags) is depression


@pytest.mark.parametrize("instrument", ["phq2", "gad2"])
@pytest.mark.parametrize(("total", "flagged"), [(2, False), (3, True)])
def test_two_item_screens_positive_at_3(instrument: str, total: int, flagged: bool) -> None:
    # Kroenke 2003 (PHQ-2) and Kroenke 2007 (GAD-2): a score of 3 or more is a positive screen.
    assert ("positive_screen" in score(instrument, answers_for_total(instrument, total)).flags) is flagged
