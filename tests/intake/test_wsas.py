"""The Work and Social Adjustment Scale (Mundt et al. 2002): five items 0-8, total 0-40, bands <10, 10-20,
>20."""

from __future__ import annotations

import pytest

from alliance.measures import get_instrument, score
from alliance.measures.instruments import InvalidAnswers


def test_wsas_ships_with_its_source_and_licence() -> None:
    inst = get_instrument("wsas")
    assert [i.id for i in inst.items] == [f"wsas_{n}" for n in range(1, 6)]
    assert "Br J Psychiatry. 2002;180:461-464" in inst.sources["mundt2002"] and "Free to use" in inst.licence
    assert (inst.min_total, inst.max_total) == (0, 40)


@pytest.mark.parametrize(
    ("answers", "total", "band"),
    [
        ([0, 0, 0, 0, 0], 0, "subclinical"),
        ([2, 2, 2, 2, 1], 9, "subclinical"),
        ([2, 2, 2, 2, 2], 10, "significant functional impairment"),
        ([4, 4, 4, 4, 4], 20, "significant functional impairment"),
        ([5, 4, 4, 4, 4], 21, "moderately severe or worse"),
        ([8, 8, 8, 8, 8], 40, "moderately severe or worse"),
    ],
)
def test_wsas_total_and_band_at_each_cut_off(answers: list[int], total: int, band: str) -> None:
    result = score("wsas", answers)
    assert (result.total, result.severity) == (total, band)
    assert ("moderately_severe_impairment" in result.flags) == (total > 20)


def test_wsas_refuses_answers_outside_0_to_8_and_gives_no_total_with_an_item_missing() -> None:
    with pytest.raises(InvalidAnswers):
        score("wsas", [9, 0, 0, 0, 0])
    assert score("wsas", [None, 4, 4, 4, 4]).total is None
