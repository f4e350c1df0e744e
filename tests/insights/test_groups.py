"""Group breakdowns: intervals equal statsmodels' reference, gaps flagged only when real, small groups hidden."""

from __future__ import annotations

from datetime import date

import pytest
from statsmodels.stats.proportion import confint_proportions_2indep, proportion_confint
from statsmodels.stats.weightstats import DescrStatsW

from alliance.insights.groups import GROUP_KEYS, age_band, client_groups, rates_by_group
from alliance.insights.models import ClientGroupMember, PracticeGroup
from alliance.clients.models import ClientDemographics
from tests.support.factories import make_client, make_practice


def _rows(spec: dict[str, tuple[int, int]]) -> list[tuple[str, int]]:
    """{group: (successes, n)} -> (group, 0/1) rows."""
    return [(g, 1) for g, (x, n) in spec.items() for _ in range(x)] + \
        [(g, 0) for g, (x, n) in spec.items() for _ in range(n - x)]


def test_rate_interval_is_wilson_and_gap_interval_is_newcomb():
    table = rates_by_group(_rows({"en": (30, 40), "fr": (8, 25)}), group="language")
    en = next(r for r in table.rows if r.value == "en")
    assert (en.count, en.successes, en.rate) == (40, 30, 0.75)
    assert (en.ci_low, en.ci_high) == pytest.approx(proportion_confint(30, 40, method="wilson"))
    assert (en.gap_low, en.gap_high) == pytest.approx(
        confint_proportions_2indep(30, 40, 8, 25, method="newcomb", compare="diff"))
    assert en.rest_count == 25 and en.rest_rate == pytest.approx(8 / 25)
    assert en.gap == pytest.approx(0.75 - 0.32) and en.flagged
    assert table.count == 65 and table.rate == pytest.approx(38 / 65)


def test_a_gap_whose_interval_includes_zero_is_not_flagged():
    table = rates_by_group(_rows({"en": (12, 20), "es": (11, 20)}), group="language")
    assert not any(r.flagged for r in table.rows)


def test_a_small_group_is_suppressed_and_so_is_the_next_smallest():
    table = rates_by_group(_rows({"en": (20, 40), "fr": (10, 20), "it": (4, 12), "pt": (2, 6)}), group="language")
    rows = {r.value: r for r in table.rows}
    assert rows["pt"].suppressed and rows["pt"].count is None and rows["pt"].note == "fewer than 10"
    assert rows["it"].suppressed and rows["it"].count is None  # else pt = total - en - fr - it
    assert not rows["en"].suppressed and not rows["fr"].suppressed


def test_two_small_groups_hide_each_other_without_more_suppression():
    table = rates_by_group(_rows({"en": (20, 40), "fr": (10, 20), "it": (2, 5), "pt": (2, 6)}), group="language")
    assert [r.value for r in table.rows if r.suppressed] == ["pt", "it"]


def test_min_size_can_be_raised():
    table = rates_by_group(_rows({"en": (20, 40), "fr": (10, 20)}), group="language", min_size=30)
    assert all(r.suppressed for r in table.rows)


def test_unanswered_and_prefer_not_to_say_are_separate_groups():
    rows = [{"gender": None, "outcome": 1}] * 12 + [{"gender": "prefer_not_to_say", "outcome": 0}] * 12 + \
        [{"gender": "woman", "outcome": 1}] * 12
    table = rates_by_group(rows, group="gender")
    labels = {r.value: r.label for r in table.rows}
    assert labels == {"not_recorded": "Not recorded", "prefer_not_to_say": "Prefer not to say", "woman": "woman"}


def test_a_client_in_two_practice_groups_counts_in_each_and_the_rest_excludes_them():
    rows = [{"practice_group": ["Students", "Veterans"], "outcome": 1}] * 10 + \
        [{"practice_group": ["Students"], "outcome": 0}] * 10 + [{"practice_group": [], "outcome": 0}] * 10
    table = rates_by_group(rows, group="practice_group")
    rows_by = {r.value: r for r in table.rows}
    assert rows_by["Students"].count == 20 and rows_by["Students"].rest_count == 10
    assert rows_by["Veterans"].count == 10 and rows_by["Veterans"].rest_count == 20
    assert table.count == 30


def test_mean_interval_is_student_t():
    values = [("a", v) for v in (3, 5, 8, 9, 12, 4, 7, 6, 10, 11)] + [("b", v) for v in range(20, 30)]
    table = rates_by_group(values, group="g", kind="mean")
    a = next(r for r in table.rows if r.value == "a")
    assert (a.ci_low, a.ci_high) == pytest.approx(DescrStatsW([3, 5, 8, 9, 12, 4, 7, 6, 10, 11]).tconfint_mean())
    assert a.flagged and a.gap < 0


def test_a_rate_refuses_outcomes_that_are_not_0_or_1():
    with pytest.raises(ValueError):
        rates_by_group([("a", 2)], group="g")


def test_age_bands():
    assert age_band(date(2000, 6, 1), date(2026, 5, 31)) == "18-25"
    assert age_band(date(2000, 6, 1), date(2026, 6, 1)) == "26-35"
    assert age_band(date(2010, 1, 1), date(2026, 1, 1)) == "under 18"
    assert age_band(None, date(2026, 1, 1)) is None


async def test_client_groups_decrypts_demographics_and_lists_practice_groups(session):
    practice = await make_practice(session)
    a = await make_client(session, practice, preferred_language="es", country="MX", date_of_birth=date(1980, 1, 1))
    b = await make_client(session, practice)
    session.add(ClientDemographics(client_id=a.id, gender_identity="woman", ethnicity="prefer_not_to_say"))
    group = PracticeGroup(practice_id=practice.id, name="Student counselling")
    session.add(group)
    await session.flush()
    session.add(ClientGroupMember(practice_id=practice.id, client_id=a.id, group_id=group.id))
    await session.flush()
    values = await client_groups(session, practice.id, on=date(2026, 1, 1))
    assert set(values[a.id]) == set(GROUP_KEYS)
    assert values[a.id] == {"language": "es", "country": "MX", "age_band": "36-50", "gender": "woman",
                            "ethnicity": "prefer_not_to_say", "sexual_orientation": None,
                            "practice_group": ["Student counselling"]}
    assert values[b.id]["gender"] is None and values[b.id]["practice_group"] == []
