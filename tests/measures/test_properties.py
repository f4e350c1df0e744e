"""Properties of every summed instrument: total = sum of item scores; the band never falls as totals rise."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from alliance.measures import get_instrument, list_instruments, score

SUMMED = [i.id for i in list_instruments() if i.scoring.method == "sum"]


@st.composite
def complete_answers(draw: st.DrawFn, instrument_id: str | None = None) -> tuple[str, list[int]]:
    inst = get_instrument(instrument_id or draw(st.sampled_from(SUMMED)))
    values = [draw(st.sampled_from([o.score for o in inst.options_for(item)])) for item in inst.scored_items]
    return inst.id, values


@settings(max_examples=300, deadline=None)
@given(complete_answers())
def test_total_equals_sum_of_item_scores_for_complete_answers(case: tuple[str, list[int]]) -> None:
    instrument_id, values = case
    result = score(instrument_id, values)
    assert result.status == "scored" and not result.prorated
    assert result.total == sum(values)


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_band_is_monotonic_in_total(data: st.DataObject) -> None:
    instrument_id = data.draw(st.sampled_from(SUMMED))
    inst = get_instrument(instrument_id)
    sex = data.draw(st.sampled_from([None, "male", "female"]))
    order = [b.id for b in inst.bands.for_sex(sex)]  # type: ignore[union-attr]
    a = score(instrument_id, data.draw(complete_answers(instrument_id))[1], sex=sex)
    b = score(instrument_id, data.draw(complete_answers(instrument_id))[1], sex=sex)
    low, high = sorted([a, b], key=lambda r: r.total)  # type: ignore[arg-type, return-value]
    assert order.index(low.band) <= order.index(high.band)  # type: ignore[arg-type]


@settings(max_examples=200, deadline=None)
@given(complete_answers("phq9"), st.sets(st.integers(0, 8), min_size=1, max_size=2))
def test_phq9_prorated_total_stays_in_range(case: tuple[str, list[int]], blanks: set[int]) -> None:
    # Kroenke 2010 prorating never leaves 0-27.
    values: list[int | None] = list(case[1])
    for i in blanks:
        values[i] = None
    result = score("phq9", values)
    assert result.prorated and result.total is not None and 0 <= result.total <= 27
