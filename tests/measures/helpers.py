"""Helpers for the measures tests: build answers that reach a given total."""

from __future__ import annotations

import pytest

from alliance.measures import get_instrument


def answers_for_total(instrument_id: str, total: int) -> dict[str, int]:
    """Answers (one per scored item) whose scores sum to total; fails the test if no combination exists."""
    inst = get_instrument(instrument_id)
    items = inst.scored_items
    # reachable[i][t]: option score for item i that completes total t with items i.. (dynamic programming)
    reachable: list[dict[int, int]] = [dict() for _ in items] + [{0: 0}]
    for i in range(len(items) - 1, -1, -1):
        for rest in reachable[i + 1]:
            for option in inst.options_for(items[i]):
                reachable[i].setdefault(rest + option.score, option.score)
    if total not in reachable[0]:
        pytest.fail(f"{instrument_id}: no answers reach total {total}")
    out, remaining = {}, total
    for i, item in enumerate(items):
        choice = next(o.score for o in inst.options_for(item) if (remaining - o.score) in reachable[i + 1])
        out[item.id] = choice
        remaining -= choice
    return out
