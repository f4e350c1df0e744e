"""Group breakdowns: every rate (or mean) by client group, with 95% intervals, the gap to the rest of the practice,
and small groups suppressed so nobody can be recognised.

The statistics come from statsmodels, not from hand-written formulas:
- a rate's interval: Wilson score interval (`proportion_confint(method="wilson")`);
- the gap between a group's rate and the rest of the practice: Newcomb's hybrid score interval for a difference of
  two independent proportions (`confint_proportions_2indep(method="newcomb")`, Newcomb RG, Stat Med 1998;17:873-90);
- a mean's interval: Student t (`DescrStatsW.tconfint_mean`); the gap between two means: Welch's t interval
  (`CompareMeans.tconfint_diff(usevar="unequal")`).
A gap is flagged when its interval excludes 0. Groups with fewer than `min_size` members are shown as "fewer than N"
without counts; when exactly one group is suppressed, the next smallest is suppressed too, so the hidden count cannot
be worked out by subtracting the shown groups from the total.
"""

from __future__ import annotations

import math
import uuid
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

# (key, label): the groups every rate is broken down by. "practice_group" holds the practice's own groups (a client
# may belong to several, or none).
GROUPS: list[tuple[str, str]] = [
    ("language", "Language"),
    ("country", "Country"),
    ("age_band", "Age band"),
    ("gender", "Gender"),
    ("ethnicity", "Ethnicity"),
    ("sexual_orientation", "Sexual orientation"),
    ("practice_group", "Practice group"),
]
GROUP_KEYS = [k for k, _ in GROUPS]
GROUP_LABELS = dict(GROUPS)
MIN_SIZE = 10
NOT_RECORDED = "not_recorded"
PREFER_NOT = "prefer_not_to_say"
VALUE_LABELS = {NOT_RECORDED: "Not recorded", PREFER_NOT: "Prefer not to say"}
# Age bands (years at the time of the figures); the NHS Talking Therapies annual report uses similar bands.
AGE_BANDS: list[tuple[int, int | None, str]] = [
    (0, 17, "under 18"), (18, 25, "18-25"), (26, 35, "26-35"), (36, 50, "36-50"), (51, 64, "51-64"), (65, None, "65+"),
]

Kind = Literal["rate", "mean"]


@dataclass
class GroupRow:
    """One group's figure, its interval, and its gap to everyone else in the table."""

    value: str
    label: str
    suppressed: bool = False
    note: str = ""
    count: int | None = None
    successes: int | None = None  # rates only
    rate: float | None = None  # the rate (0-1) or the mean
    ci_low: float | None = None
    ci_high: float | None = None
    rest_count: int | None = None
    rest_rate: float | None = None
    gap: float | None = None  # rate - rest_rate
    gap_low: float | None = None
    gap_high: float | None = None
    flagged: bool = False


@dataclass
class GroupTable:
    """A figure broken down by one group key."""

    group: str
    label: str
    kind: Kind
    min_size: int
    count: int
    rate: float | None
    ci_low: float | None
    ci_high: float | None
    rows: list[GroupRow] = field(default_factory=list)

    @property
    def flagged(self) -> list[GroupRow]:
        """The groups whose gap to the rest of the practice is unlikely to be chance."""
        return [r for r in self.rows if r.flagged]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def value_label(value: str) -> str:
    """How a group value reads on a page."""
    return VALUE_LABELS.get(value, value)


def _values(raw: Any) -> list[str]:
    if raw is None or raw == "":
        return [NOT_RECORDED]
    if isinstance(raw, (list, tuple, set, frozenset)):
        return sorted({str(v) for v in raw}) or [NOT_RECORDED]
    return [str(raw)]


def _split(row: Any, group: str) -> tuple[Any, Any]:
    if isinstance(row, Mapping):
        outcome = row["outcome"] if "outcome" in row else row["value"]
        return row.get(group), outcome
    return row[0], row[1]


def _clean(x: float) -> float:
    return float(x) if x is not None and not math.isnan(float(x)) else None  # type: ignore[return-value]


def _rate_ci(successes: int, n: int) -> tuple[float, float]:
    from statsmodels.stats.proportion import proportion_confint

    low, high = proportion_confint(successes, n, alpha=0.05, method="wilson")
    return float(low), float(high)


def _rate_gap_ci(x1: int, n1: int, x2: int, n2: int) -> tuple[float, float]:
    from statsmodels.stats.proportion import confint_proportions_2indep

    low, high = confint_proportions_2indep(x1, n1, x2, n2, method="newcomb", compare="diff", alpha=0.05)
    return float(low), float(high)


def _mean_ci(values: Sequence[float]) -> tuple[float | None, float | None]:
    from statsmodels.stats.weightstats import DescrStatsW

    if len(values) < 2:
        return None, None
    low, high = DescrStatsW(values).tconfint_mean(alpha=0.05)
    return _clean(low), _clean(high)


def _mean_gap_ci(a: Sequence[float], b: Sequence[float]) -> tuple[float | None, float | None]:
    from statsmodels.stats.weightstats import CompareMeans, DescrStatsW

    if len(a) < 2 or len(b) < 2:
        return None, None
    low, high = CompareMeans(DescrStatsW(a), DescrStatsW(b)).tconfint_diff(alpha=0.05, usevar="unequal")
    return _clean(low), _clean(high)


def rates_by_group(rows: Iterable[Any], *, group: str, min_size: int = MIN_SIZE, kind: Kind = "rate") -> GroupTable:
    """Break a figure down by one group key.

    Each row is a mapping with the group value under `group` and the outcome under "outcome" (or "value"), or a
    `(group value, outcome)` pair. For a rate the outcome is 0/1 (or a bool); for a mean, a number. A group value may
    be a list (a client in several practice groups counts in each); None or "" counts as "not recorded".
    """
    members: dict[str, list[float]] = {}
    everyone: list[float] = []
    for row in rows:
        raw, outcome = _split(row, group)
        if outcome is None:
            continue
        y = float(outcome)
        if kind == "rate" and y not in (0.0, 1.0):
            raise ValueError(f"a rate needs 0/1 outcomes, got {outcome!r}")
        everyone.append(y)
        for value in _values(raw):
            members.setdefault(value, []).append(y)
    table = GroupTable(group=group, label=GROUP_LABELS.get(group, group), kind=kind, min_size=min_size,
                       count=len(everyone), rate=None, ci_low=None, ci_high=None)
    if everyone:
        table.rate, (table.ci_low, table.ci_high) = _figure(everyone, kind)
    everyone_counts = Counter(everyone)
    small = {v for v, ys in members.items() if len(ys) < min_size}
    if len(small) == 1 and len(members) > 1:
        # One hidden group could be recovered as total minus the others: hide the next smallest as well.
        others = sorted((len(ys), v) for v, ys in members.items() if v not in small)
        small.add(others[0][1])
    for value in sorted(members, key=lambda v: (v in (NOT_RECORDED, PREFER_NOT), -len(members[v]), v)):
        ys = members[value]
        row = GroupRow(value=value, label=value_label(value))
        if value in small:
            row.suppressed = True
            row.note = f"fewer than {min_size}" if len(ys) < min_size else "hidden so a smaller group stays hidden"
            table.rows.append(row)
            continue
        rest = _rest(everyone_counts, ys)
        row.count = len(ys)
        row.rate, (row.ci_low, row.ci_high) = _figure(ys, kind)
        if kind == "rate":
            row.successes = int(sum(ys))
        if rest:
            row.rest_count = len(rest)
            row.rest_rate = sum(rest) / len(rest)
            row.gap = row.rate - row.rest_rate
            if kind == "rate":
                row.gap_low, row.gap_high = _rate_gap_ci(int(sum(ys)), len(ys), int(sum(rest)), len(rest))
            else:
                row.gap_low, row.gap_high = _mean_gap_ci(ys, rest)
            row.flagged = row.gap_low is not None and (row.gap_low > 0 or row.gap_high < 0)
        table.rows.append(row)
    return table


def _rest(everyone: Counter[float], mine: list[float]) -> list[float]:
    """Everyone not in this group: every outcome minus this group's (a multiset difference, which is right for
    multi-valued groups too, since each member counts once in both)."""
    return list((everyone - Counter(mine)).elements())


def _figure(ys: Sequence[float], kind: Kind) -> tuple[float, tuple[float | None, float | None]]:
    if kind == "rate":
        n, x = len(ys), int(sum(ys))
        return x / n, _rate_ci(x, n)
    return sum(ys) / len(ys), _mean_ci(ys)


def age_band(born: date | None, on: date) -> str | None:
    """The age band of someone born on `born`, on the day `on`."""
    if born is None:
        return None
    age = on.year - born.year - ((on.month, on.day) < (born.month, born.day))
    for low, high, label in AGE_BANDS:
        if age >= low and (high is None or age <= high):
            return label
    return None


async def client_groups(session: AsyncSession, practice_id: uuid.UUID, *, on: date | None = None,
                        client_ids: Iterable[uuid.UUID] | None = None, keys: Iterable[str] | None = None,
                        ) -> dict[uuid.UUID, dict[str, Any]]:
    """Each client's group values (decrypting birth date and demographics in memory; nothing is written).

    Values: language and country as stored; age band from the date of birth; gender, ethnicity and sexual orientation
    as the client gave them ("prefer_not_to_say" kept distinct from unanswered, which is None); practice_group a list
    of the practice's group names the client is tagged with. Callers decide who may see the figures built from it.
    `client_ids` and `keys` narrow what is read (and decrypted): keys not asked for are left None or empty.
    """
    from alliance.clients.models import Client
    from alliance.db.base import utcnow

    today = on or utcnow().date()
    wanted_keys = set(GROUP_KEYS if keys is None else keys)
    wanted = None if client_ids is None else set(client_ids)
    where = (Client.practice_id == practice_id, Client.status != "erased")
    out: dict[uuid.UUID, dict[str, Any]] = {}
    if "age_band" in wanted_keys:  # the birth date is sealed: load the clients (and their keys) to read it
        rows = [(c.id, c.preferred_language, c.country, c)
                for c in (await session.execute(select(Client).where(*where))).scalars().all()]
    else:  # plain columns only: nothing to decrypt
        rows = [(*r, None) for r in (await session.execute(
            select(Client.id, Client.preferred_language, Client.country).where(*where))).all()]
    for client_id, language, country, client in rows:
        if wanted is not None and client_id not in wanted:
            continue
        out[client_id] = {"language": language, "country": country,
                          "age_band": age_band(client.date_of_birth, today) if client is not None else None,
                          "gender": None, "ethnicity": None, "sexual_orientation": None, "practice_group": []}
    if wanted_keys & {"gender", "ethnicity", "sexual_orientation"}:
        await _demographics(session, practice_id, out)
    if "practice_group" in wanted_keys:
        await _practice_groups(session, practice_id, out)
    return out


async def _demographics(session: AsyncSession, practice_id: uuid.UUID, out: dict[uuid.UUID, dict[str, Any]]) -> None:
    from alliance.clients.models import Client, ClientDemographics

    demo = (await session.execute(select(ClientDemographics).join(Client, Client.id == ClientDemographics.client_id)
                                  .where(Client.practice_id == practice_id))).scalars().all()
    for d in demo:
        if d.client_id in out:
            out[d.client_id].update(gender=d.gender_identity or None, ethnicity=d.ethnicity or None,
                                    sexual_orientation=d.sexual_orientation or None)


async def _practice_groups(session: AsyncSession, practice_id: uuid.UUID, out: dict[uuid.UUID, dict[str, Any]],
                           ) -> None:
    from alliance.insights.models import ClientGroupMember, PracticeGroup

    tags = await session.execute(
        select(ClientGroupMember.client_id, PracticeGroup.name)
        .join(PracticeGroup, PracticeGroup.id == ClientGroupMember.group_id)
        .where(PracticeGroup.practice_id == practice_id, PracticeGroup.archived_at.is_(None)))
    for client_id, name in tags:
        if client_id in out:
            out[client_id]["practice_group"].append(name)
