"""Invalid answers raise a typed BadRequest naming the item; unknown instruments a NotFound."""

from __future__ import annotations

import pytest

from alliance.errors import BadRequest, NotFound
from alliance.measures import InvalidAnswers, UnknownInstrument, get_instrument, score


def test_out_of_range_answer_names_the_item() -> None:
    # PHQ-9 items are scored 0-3 (Kroenke 2001).
    with pytest.raises(InvalidAnswers, match=r"phq9_9: 4 is not a valid answer \(allowed: 0, 1, 2, 3\)"):
        score("phq9", [0, 0, 0, 0, 0, 0, 0, 0, 4])


def test_negative_answer_is_out_of_range() -> None:
    # Kroenke 2001: 0 ("Not at all") is the lowest score.
    with pytest.raises(InvalidAnswers, match="phq9_1"):
        score("phq9", [-1, 0, 0, 0, 0, 0, 0, 0, 0])


def test_invalid_answers_is_a_bad_request() -> None:
    # Spitzer 2006: GAD-7 items are scored 0-3; 9 is out of range and must be a 400, never a 500.
    assert issubclass(InvalidAnswers, BadRequest)
    with pytest.raises(BadRequest) as info:
        score("gad7", [0, 0, 0, 0, 0, 0, 9])
    assert info.value.status_code == 400
    assert info.value.to_dict()["error"] == "InvalidAnswers"


def test_unknown_option_score_is_rejected_for_audit_items_9_and_10() -> None:
    # Babor 2001: items 9-10 take only 0, 2 or 4.
    with pytest.raises(InvalidAnswers, match=r"audit_9: 1 is not a valid answer \(allowed: 0, 2, 4\)"):
        score("audit", [0] * 8 + [1, 0])


def test_k10_zero_is_out_of_range() -> None:
    # Kessler 2002: K10 items are scored 1-5.
    with pytest.raises(InvalidAnswers, match="k10_1"):
        score("k10", [0] + [1] * 9)


@pytest.mark.parametrize("count", [0, 8, 11])
def test_wrong_count_is_rejected(count: int) -> None:
    # PHQ-9: 9 scored items, or 10 with the difficulty question.
    with pytest.raises(InvalidAnswers, match=f"expected 9 or 10 answers, got {count}"):
        score("phq9", [0] * count)


@pytest.mark.parametrize("value", ["1", 1.0, 1.5, True])
def test_non_integer_answer_is_rejected(value: object) -> None:
    # Kroenke 2003: PHQ-2 items take the integer scores 0-3 only.
    with pytest.raises(InvalidAnswers, match=r"phq2_2: answer .* is not an integer"):
        score("phq2", [1, value])  # type: ignore[list-item]


def test_unknown_item_id_is_rejected() -> None:
    # Kroenke 2001: the PHQ-9 has nine symptom items and one difficulty question, nothing else.
    with pytest.raises(InvalidAnswers, match="unknown item 'phq9_10'"):
        score("phq9", {"phq9_10": 1})


def test_answers_must_be_a_list_or_mapping() -> None:
    # A string is not one score per item (Kroenke 2003: two items).
    with pytest.raises(InvalidAnswers):
        score("phq2", "12")  # type: ignore[arg-type]


def test_unknown_instrument_is_not_found() -> None:
    with pytest.raises(UnknownInstrument) as info:
        score("bdi2", [0])
    assert isinstance(info.value, NotFound)
    assert "phq9" in info.value.detail


def test_bad_sex_is_rejected() -> None:
    # Bradley 2007: AUDIT-C cut-offs are defined for men and women (unknown: the lower).
    with pytest.raises(BadRequest, match="sex must be one of"):
        score("auditc", [1, 1, 1], sex="x")


def test_language_without_wording_is_rejected() -> None:
    # Only the published wording is shipped; the PCL-5 is English only here (National Center for PTSD).
    with pytest.raises(BadRequest, match="no 'es' wording"):
        score("pcl5", [0] * 20, lang="es")


def test_instrument_ids_accept_published_spellings() -> None:
    assert get_instrument("PHQ-9").id == "phq9"
    assert get_instrument("C-SSRS").id == "cssrs_screener"
    assert get_instrument("AUDIT-C").id == "auditc"
