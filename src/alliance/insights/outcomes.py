"""Outcome figures for finished courses, engagement and waiting times: SQL aggregates over the plain score totals.

Definitions (docs/insights.md says the same for a reader):
- A *course* is a client's completed PHQ-9 and GAD-7 scores (one course per client in this version).
- A course is *finished* when it has at least two PHQ-9 and two GAD-7 scores (paired, as NHS Talking Therapies
  counts them) and either the client was discharged, or no PHQ-9/GAD-7 score came for `FINISHED_AFTER` (6 weeks)
  before the end of the period. It counts in the period in which it ended (discharge, else its last score).
- Caseness, recovery, reliable improvement, reliable recovery and reliable deterioration follow
  `alliance.measures.change.classify_talking_therapies` with the thresholds recorded on each instrument (PHQ-9 and
  GAD-7 caseness and reliable-change threshold: `Instrument.change`); the SQL below reads those numbers, it does not
  restate them, and tests/insights check the SQL against that function client by client.
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Select, and_, case, func, literal, or_, select, text
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from alliance.clients.models import Client
from alliance.measures.instruments import get_instrument
from alliance.measures.models import LATEST, SCORED, MeasureAdministration as M

FINISHED_AFTER = timedelta(weeks=6)
PHQ9, GAD7 = "phq9", "gad7"
# Rates reported for finished courses: (key, label, denominator key).
RATES: list[tuple[str, str, str]] = [
    ("recovered", "Recovery", "case"),
    ("reliable_improvement", "Reliable improvement", "all"),
    ("reliable_recovery", "Reliable recovery", "case"),
    ("reliable_deterioration", "Reliable deterioration", "all"),
]
RATE_LABELS = {k: label for k, label, _ in RATES}


def _rules(instrument: str) -> tuple[int, int]:
    """(caseness, reliable-change threshold) as recorded on the instrument (NHS Talking Therapies Manual)."""
    cfg = get_instrument(instrument).change
    assert cfg is not None and cfg.caseness is not None and cfg.reliable_change_threshold is not None
    return cfg.caseness, cfg.reliable_change_threshold


@dataclass
class Period:
    """[start, end): courses that ended in it count."""

    start: datetime
    end: datetime


@dataclass
class Course:
    """One finished course, classified in SQL."""

    client_id: uuid.UUID
    phq9_first: int
    phq9_last: int
    gad7_first: int
    gad7_last: int
    scores: int
    case: bool
    recovered: bool
    reliable_improvement: bool
    reliable_recovery: bool
    reliable_deterioration: bool
    scores_to_recovery: int | None


@dataclass
class Figure:
    """A rate: numerator over denominator, with its interval."""

    key: str
    label: str
    numerator: int
    denominator: int
    rate: float | None
    ci_low: float | None
    ci_high: float | None


@dataclass
class Change:
    """Mean change on one instrument over finished courses, with a pre-post effect size."""

    instrument: str
    n: int
    mean_first: float | None
    mean_last: float | None
    mean_change: float | None  # last - first (negative is better)
    change_ci: tuple[float | None, float | None]
    effect_size: float | None  # Hedges' g of first vs last scores (positive: better)
    effect_ci: tuple[float | None, float | None]


@dataclass
class Outcomes:
    """The outcome figures for a scope and a period."""

    period: Period
    finished: int
    case: int
    rates: list[Figure]
    changes: list[Change]
    scores_to_recovery_mean: float | None
    courses: list[Course] = field(default_factory=list, repr=False)

    def to_dict(self, *, with_courses: bool = False) -> dict[str, Any]:
        data = asdict(self)
        if not with_courses:
            data.pop("courses")
        return data


def _scored(table: Any, practice_id: uuid.UUID, text_: str = SCORED) -> tuple[Any, ...]:
    """The rows that count: scored (a plain total is set only on completion) and not deleted, written as the
    partial indexes' own condition so the planner reads the index alone (migration 0021)."""
    return (table.practice_id == practice_id, text(text_.replace("score_", f"{table_name(table)}score_")
                                                   .replace("deleted_at", f"{table_name(table)}deleted_at")))


def table_name(table: Any) -> str:
    """The name (or alias) a mapped class or alias is written with, and a dot."""
    return f"{sa_inspect(table).selectable.name}."


def per_client_query(practice_id: uuid.UUID) -> Any:
    """Per client: first and last PHQ-9 and GAD-7 totals, how many of each, and when the last came.

    Reads only the latest score of each series (flagged when scored, carrying the series' first total and its
    length): two index entries a client through a partial index, however many scores they have.
    """
    e = select(M.client_id, M.instrument, M.score_first, M.score_total, M.score_seq, M.completed_at).where(
        *_scored(M, practice_id, LATEST), M.instrument.in_((PHQ9, GAD7))).subquery("latest")

    def pick(instrument: str, col: Any, default: Any = None) -> Any:
        return func.max(case((e.c.instrument == instrument, col), else_=default))

    return (select(e.c.client_id,
                   pick(PHQ9, e.c.score_first).label("phq_first"), pick(PHQ9, e.c.score_total).label("phq_last"),
                   pick(GAD7, e.c.score_first).label("gad_first"), pick(GAD7, e.c.score_total).label("gad_last"),
                   pick(PHQ9, e.c.score_seq, 0).label("phq_n"), pick(GAD7, e.c.score_seq, 0).label("gad_n"),
                   func.max(e.c.completed_at).label("last_at"))
            .group_by(e.c.client_id).subquery("per_client"))


def _scores_to_recovery(practice_id: uuid.UUID, per: Any, caseness: int) -> Any:
    """The place in the series of the first PHQ-9 below caseness after the first score."""
    b = aliased(M, name="below")
    return (select(func.min(b.score_seq)).where(
        *_scored(b, practice_id), b.instrument == PHQ9, b.client_id == per.c.client_id, b.score_seq > 1,
        b.score_total < caseness).correlate_except(b).scalar_subquery())


def courses_query(scope: Select | None, practice_id: uuid.UUID, period: Period) -> Select:
    """One row per finished course ending in the period, with every NHS Talking Therapies outcome as 0/1."""
    phq_case, phq_rc = _rules(PHQ9)
    gad_case, gad_rc = _rules(GAD7)
    per = per_client_query(practice_id)
    c = Client.__table__.c
    discharged = and_(c.status == "discharged", c.discharged_at.is_not(None))
    ended_in = or_(and_(discharged, c.discharged_at >= period.start, c.discharged_at < period.end),
                   and_(~discharged, per.c.last_at < period.end - FINISHED_AFTER, per.c.last_at >= period.start,
                        per.c.last_at < period.end))
    # NHS Talking Therapies rules, thresholds read from the instruments (see classify_talking_therapies).
    phq_imp, phq_det = per.c.phq_first - per.c.phq_last >= phq_rc, per.c.phq_last - per.c.phq_first >= phq_rc
    gad_imp, gad_det = per.c.gad_first - per.c.gad_last >= gad_rc, per.c.gad_last - per.c.gad_first >= gad_rc
    det = or_(phq_det, gad_det)
    imp = and_(or_(phq_imp, gad_imp), ~det)
    is_case = or_(per.c.phq_first >= phq_case, per.c.gad_first >= gad_case)
    rec = and_(is_case, per.c.phq_last < phq_case, per.c.gad_last < gad_case)

    def flag(cond: Any) -> Any:
        return case((cond, 1), else_=0)

    return (select(per.c.client_id, per.c.phq_first, per.c.phq_last, per.c.gad_first, per.c.gad_last,
                   (per.c.phq_n + per.c.gad_n).label("scores"),
                   flag(is_case).label("case"), flag(rec).label("recovered"), flag(imp).label("reliable_improvement"),
                   flag(and_(rec, imp)).label("reliable_recovery"), flag(det).label("reliable_deterioration"),
                   case((rec, _scores_to_recovery(practice_id, per, phq_case)), else_=literal(None))
                   .label("scores_to_recovery"))
            .select_from(per.join(Client.__table__, c.id == per.c.client_id))
            .where(per.c.phq_n >= 2, per.c.gad_n >= 2, ended_in, *([] if scope is None else [c.id.in_(scope)])))


def rate(key: str, numerator: int, denominator: int) -> Figure:
    """A rate with its Wilson interval (statsmodels)."""
    from alliance.insights.groups import _rate_ci

    if not denominator:
        return Figure(key, RATE_LABELS.get(key, key), numerator, 0, None, None, None)
    low, high = _rate_ci(numerator, denominator)
    return Figure(key, RATE_LABELS.get(key, key), numerator, denominator, numerator / denominator, low, high)


def _sd(n: int, total: float, squares: float) -> float:
    """Sample standard deviation from a count, a sum and a sum of squares (SQL aggregates)."""
    if n < 2:
        return 0.0
    return math.sqrt(max(0.0, (squares - total * total / n) / (n - 1)))


def _change(instrument: str, n: int, sums: dict[str, float]) -> Change:
    """Mean change with its t interval, and the pre-post effect size (Hedges' g: first vs last scores, pooled SD,
    bias corrected) with its normal 95% interval from the variance statsmodels gives (Borenstein 2009).

    `sums` holds SQL aggregates: first, first2, last, last2, diff, diff2 (sums of values and of squares)."""
    if n < 2:
        return Change(instrument, n, None, None, None, (None, None), None, (None, None))
    from scipy.stats import norm, t
    from statsmodels.stats.meta_analysis import effectsize_smd

    mean_first, mean_last, mean_diff = sums["first"] / n, sums["last"] / n, sums["diff"] / n
    sd_first, sd_last = _sd(n, sums["first"], sums["first2"]), _sd(n, sums["last"], sums["last2"])
    sd_diff = _sd(n, sums["diff"], sums["diff2"])
    low = high = None
    if sd_diff > 0:
        low, high = t.interval(0.95, n - 1, loc=mean_diff, scale=sd_diff / math.sqrt(n))
    d: float | None = None
    d_ci: tuple[float | None, float | None] = (None, None)
    if sd_first > 0 or sd_last > 0:
        g, var = effectsize_smd(mean_first, sd_first, n, mean_last, sd_last, n)
        half = float(norm.ppf(0.975)) * math.sqrt(float(var))
        d, d_ci = _finite(g), (_finite(g - half), _finite(g + half))
    return Change(instrument, n, mean_first, mean_last, mean_diff,
                  (None if low is None else _finite(low), None if high is None else _finite(high)), d, d_ci)


def _finite(x: Any) -> float | None:
    x = float(x)
    return x if math.isfinite(x) else None


def totals_query(courses: Any) -> Select:
    """The headline figures as one SQL aggregate over the classified courses."""
    c = courses.c
    sums = {}
    for name, first, last in (("phq", c.phq_first, c.phq_last), ("gad", c.gad_first, c.gad_last)):
        sums |= {f"{name}_first": func.sum(first), f"{name}_first2": func.sum(first * first),
                 f"{name}_last": func.sum(last), f"{name}_last2": func.sum(last * last),
                 f"{name}_diff": func.sum(last - first), f"{name}_diff2": func.sum((last - first) * (last - first))}
    return select(func.count().label("finished"), func.coalesce(func.sum(c.case), 0).label("case"),
                  func.avg(c.scores_to_recovery).label("scores_to_recovery"),
                  *[func.coalesce(func.sum(c[k]), 0).label(k) for k, _, _ in RATES],
                  *[func.coalesce(v, 0).label(k) for k, v in sums.items()])


async def outcomes(session: AsyncSession, scope: Select | None, practice_id: uuid.UUID, period: Period, *,
                   with_courses: bool = False) -> Outcomes:
    """Finished-course figures for the clients in `scope` (a query of client ids, see service.scope_clients; None:
    the whole practice). The figures are SQL aggregates; `with_courses` also returns each course (for the group
    breakdowns and the tests)."""
    courses_sql = courses_query(scope, practice_id, period)
    sub = courses_sql.subquery("courses")
    totals = (await session.execute(totals_query(sub))).one()._mapping
    finished, cases = int(totals["finished"]), int(totals["case"])
    # Reliable recovery and recovery are 0 outside cases by definition, so their sums are already "of cases".
    figures = [rate(k, int(totals[k]), cases if den == "case" else finished) for k, _, den in RATES]
    changes = [_change(inst, finished, {k: float(totals[f"{p}_{k}"]) for k in
                                        ("first", "first2", "last", "last2", "diff", "diff2")})
               for inst, p in ((PHQ9, "phq"), (GAD7, "gad"))]
    courses: list[Course] = []
    if with_courses:
        courses = [Course(client_id=r.client_id, phq9_first=r.phq_first, phq9_last=r.phq_last,
                          gad7_first=r.gad_first, gad7_last=r.gad_last, scores=int(r.scores), case=bool(r.case),
                          recovered=bool(r.recovered), reliable_improvement=bool(r.reliable_improvement),
                          reliable_recovery=bool(r.reliable_recovery),
                          reliable_deterioration=bool(r.reliable_deterioration),
                          scores_to_recovery=r.scores_to_recovery)
                   for r in (await session.execute(courses_sql)).all()]
    return Outcomes(period=period, finished=finished, case=cases, rates=figures, changes=changes,
                    scores_to_recovery_mean=None if totals["scores_to_recovery"] is None
                    else float(totals["scores_to_recovery"]), courses=courses)


def course_rows(result: Outcomes) -> dict[str, list[tuple[uuid.UUID, int]]]:
    """(client id, 0/1) per rate, over that rate's denominator, for the group breakdowns."""
    out: dict[str, list[tuple[uuid.UUID, int]]] = {}
    for key, _, den in RATES:
        out[key] = [(c.client_id, int(getattr(c, key))) for c in result.courses if den == "all" or c.case]
    return out


def _within(column: Any, scope: Select | None) -> list[Any]:
    return [] if scope is None else [column.in_(scope)]


# --- engagement -------------------------------------------------------------------------------------------------

ENGAGEMENT: list[tuple[str, str]] = [
    ("questionnaires_most", "Completed at least half of their questionnaires"),
    ("checkins", "Used mood check-ins"),
    ("homework", "Logged homework"),
    ("companion", "Wrote to the companion"),
]


@dataclass
class Engagement:
    """Engagement of the clients in treatment during the period."""

    clients: int  # clients with at least one questionnaire due in the period
    questionnaires: Figure  # completed / due, questionnaire by questionnaire
    rates: list[Figure]  # shares of those clients
    per_client: dict[uuid.UUID, dict[str, int]] = field(default_factory=dict, repr=False)


async def engagement(session: AsyncSession, scope: Select | None, practice_id: uuid.UUID, period: Period,
                     ) -> Engagement:
    """Questionnaire completion, check-ins, homework and companion use: one grouped SQL count per source."""
    from alliance.companion.models import CompanionTurn
    from alliance.homework.models import HomeworkEntry, MoodCheckIn

    due = (select(M.client_id, func.count().label("due"),
                  func.sum(case((M.status == "completed", 1), else_=0)).label("done"))
           .where(M.practice_id == practice_id, *_within(M.client_id, scope), M.due_at >= period.start,
                  M.due_at < period.end, M.deleted_at.is_(None), M.status != "in_progress")
           .group_by(M.client_id))
    per: dict[uuid.UUID, dict[str, int]] = {}
    total_due = total_done = 0
    for client_id, n_due, n_done in (await session.execute(due)).all():
        total_due, total_done = total_due + int(n_due), total_done + int(n_done or 0)
        per[client_id] = {"questionnaires_most": int(2 * int(n_done or 0) >= int(n_due)), "checkins": 0,
                          "homework": 0, "companion": 0}
    start_day, end_day = period.start.date(), period.end.date()
    sources = [
        ("checkins", select(MoodCheckIn.client_id).where(
            MoodCheckIn.practice_id == practice_id, MoodCheckIn.day >= start_day, MoodCheckIn.day < end_day)),
        ("homework", select(HomeworkEntry.client_id).where(
            HomeworkEntry.practice_id == practice_id, HomeworkEntry.completed_at >= period.start,
            HomeworkEntry.completed_at < period.end)),
        ("companion", select(CompanionTurn.client_id).where(
            CompanionTurn.practice_id == practice_id, CompanionTurn.role == "client",
            CompanionTurn.created_at >= period.start, CompanionTurn.created_at < period.end)),
    ]
    for key, query in sources:
        ids = query.where(*_within(query.selected_columns[0], scope)).group_by(query.selected_columns[0])
        for (client_id,) in (await session.execute(ids)).all():
            if client_id in per:
                per[client_id][key] = 1
    n = len(per)
    rates = [rate(key, sum(p[key] for p in per.values()), n) for key, _ in ENGAGEMENT]
    for fig, (_, label) in zip(rates, ENGAGEMENT):
        fig.label = label
    questionnaires = rate("questionnaires", total_done, total_due)
    questionnaires.label = "Questionnaires completed (of those due)"
    return Engagement(clients=n, questionnaires=questionnaires, rates=rates, per_client=per)


# --- waiting times -----------------------------------------------------------------------------------------------


@dataclass
class Wait:
    """Days from referral to offer (or conversion) for one triage tier."""

    tier: str
    referrals: int
    median_days: float | None
    mean_days: float | None
    ci_low: float | None
    ci_high: float | None


async def waiting_times(session: AsyncSession, practice_id: uuid.UUID, period: Period
                        ) -> tuple[list[Wait], list[tuple[str, str, float]]]:
    """Per triage tier, the wait of referrals first offered (or converted) in the period; and (language, country,
    days) per referral for the group breakdowns. Referrals are the practice's, whoever's figures these are."""
    import statistics

    from alliance.intake.models import TIERS, Referral

    seen = func.coalesce(Referral.offered_at, Referral.converted_at)
    rows = (await session.execute(select(Referral.tier, Referral.language, Referral.country, Referral.waiting_since,
                                         seen).where(Referral.practice_id == practice_id, seen >= period.start,
                                                     seen < period.end))).all()
    by_tier: dict[str, list[float]] = {}
    per: list[tuple[str, str, float]] = []
    for tier, language, country, since, when in rows:
        days = (when - since).total_seconds() / 86400
        by_tier.setdefault(tier or "untriaged", []).append(days)
        per.append((language, country, days))
    out = []
    for tier in [*TIERS, "untriaged"]:
        days = by_tier.get(tier, [])
        if not days:
            continue
        from alliance.insights.groups import _mean_ci

        low, high = _mean_ci(days)
        out.append(Wait(tier, len(days), statistics.median(days), statistics.fmean(days), low, high))
    return out, per
