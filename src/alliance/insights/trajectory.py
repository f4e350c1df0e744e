"""Clients not on track: each client's PHQ-9 against the score expected for their starting score.

The expected score at the k-th score after the first comes from one of two curves:

- the practice's own: once at least `PRACTICE_MIN_COURSES` (50) finished courses started in the same PHQ-9 band, the
  expected score at step k is the mean PHQ-9 at step k of those courses (steps past the 8th share the 8th's mean);
- otherwise a published shape, used as a simple model: improvement is negatively accelerated, rising with the log of
  the number of sessions (the dose-effect relationship of Howard KI, Kopta SM, Krause MS, Orlinsky DE. The
  dose-effect relationship in psychotherapy. Am Psychol 1986;41(2):159-164). We scale it so that by the 8th score
  the expected PHQ-9 is half the starting score, roughly the average pre-post change of services reporting about
  50% recovery (NHS Talking Therapies annual report 2023-24). It is a rough guide, not a validated expected
  recovery curve like Lambert's OQ-45 system; the page says which curve was used.

A client is off track when their latest PHQ-9 is higher than the expected score by more than the PHQ-9's reliable
change threshold (6 points, NHS Talking Therapies Manual: the difference is more than measurement error), or when
their PHQ-9 or GAD-7 shows reliable deterioration from the first score (alliance.measures.change.classify_change).
"""

from __future__ import annotations

import math
import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, and_, case, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from alliance.clients.models import Client
from alliance.insights import outcomes
from alliance.measures.change import classify_change
from alliance.measures.instruments import get_instrument
from alliance.measures.models import LATEST, MeasureAdministration as M

PRACTICE_MIN_COURSES = 50
MAX_STEP = 8  # the curves are flat after the 8th score after the first
PUBLISHED_SOURCE = ("Simple model: log-linear dose-effect shape (Howard et al., Am Psychol 1986;41:159-164), "
                    "half the starting PHQ-9 by the 8th score")
# PHQ-9 starting bands (Kroenke et al. 2001 severity bands; below 10 is not a case).
BANDS: list[tuple[int, int, str]] = [(0, 9, "0-9"), (10, 14, "10-14"), (15, 19, "15-19"), (20, 27, "20-27")]


def band_of(score: int) -> str:
    """The starting band a PHQ-9 total falls in."""
    return next(label for low, high, label in BANDS if low <= score <= high)


def published_expected(baseline: int, step: int) -> float:
    """Expected PHQ-9 at the step-th score after the first, on the simple log-linear model."""
    step = max(0, min(step, MAX_STEP))
    return baseline - 0.5 * baseline * math.log(1 + step) / math.log(1 + MAX_STEP)


@dataclass
class Curve:
    """Expected PHQ-9 by step for one starting band."""

    band: str
    source: str  # "practice" | "published"
    courses: int
    means: dict[int, float]  # practice curve: step -> mean score

    def expected(self, baseline: int, step: int) -> float:
        if self.source == "published":
            return published_expected(baseline, step)
        step = min(step, MAX_STEP)
        known = [s for s in self.means if s <= step]
        return self.means[max(known)] if known else float(baseline)

    @property
    def label(self) -> str:
        if self.source == "practice":
            return f"this practice's finished courses starting at PHQ-9 {self.band} ({self.courses})"
        return PUBLISHED_SOURCE


@dataclass
class Track:
    """One client's PHQ-9 against the expected curve."""

    client_id: uuid.UUID
    baseline: int
    latest: int
    step: int
    expected: float
    tolerance: int
    off_track: bool
    deteriorated: bool
    reason: str
    curve: str
    latest_at: datetime | None


_curve_cache: dict[tuple[uuid.UUID, int], tuple[float, dict[str, "Curve"]]] = {}
CURVE_CACHE_SECONDS = 600.0  # the practice's curves move slowly: recomputed at most every 10 minutes per process


def _band_expr(score: object) -> object:
    return case(*[(score <= high, label) for _, high, label in BANDS[:-1]], else_=BANDS[-1][2])


async def practice_curves(session: AsyncSession, practice_id: uuid.UUID, until: datetime) -> dict[str, Curve]:
    """The expected curve per starting band: the practice's own where it has enough finished courses."""
    import time

    key = (practice_id, PRACTICE_MIN_COURSES)
    cached = _curve_cache.get(key)
    if cached is not None and cached[0] > time.monotonic():
        return cached[1]
    finished = outcomes.courses_query(None, practice_id, outcomes.Period(datetime.min.replace(
        tzinfo=until.tzinfo), until)).subquery("finished")
    band = _band_expr(finished.c.phq_first)
    counts = {b: int(n) for b, n in (await session.execute(
        select(band.label("band"), func.count()).select_from(finished).group_by(band))).all()}
    curves = {label: Curve(label, "published", counts.get(label, 0), {}) for _, _, label in BANDS}
    enough = [label for label, n in counts.items() if n >= PRACTICE_MIN_COURSES]
    if enough:
        step = case((M.score_seq - 1 > MAX_STEP, MAX_STEP), else_=M.score_seq - 1)
        rows = (await session.execute(
            select(band.label("band"), step.label("s"), func.avg(M.score_total))
            .select_from(finished.join(M, M.client_id == finished.c.client_id))
            .where(band.in_(enough), *outcomes._scored(M, practice_id), M.instrument == outcomes.PHQ9)
            .group_by(band, step))).all()
        for label in enough:
            curves[label] = Curve(label, "practice", counts[label], {})
        for label, s_, avg in rows:
            curves[label].means[int(s_)] = float(avg)
    _curve_cache[key] = (time.monotonic() + CURVE_CACHE_SECONDS, curves)
    return curves


async def tracks(session: AsyncSession, scope: Select, practice_id: uuid.UUID, now: datetime,
                 ) -> list[Track]:
    """Every active client in scope with at least two PHQ-9 scores, against their expected curve."""
    _, tolerance = outcomes._rules(outcomes.PHQ9)
    curves = await practice_curves(session, practice_id, now)
    latest = (await session.execute(
        select(M.client_id, M.instrument, M.score_first, M.score_total, M.score_seq, M.completed_at)
        .join(Client, Client.id == M.client_id)
        .where(*outcomes._scored(M, practice_id, LATEST), M.instrument.in_((outcomes.PHQ9, outcomes.GAD7)),
               Client.status == "active", M.client_id.in_(scope)))).all()
    per: dict[uuid.UUID, dict[str, tuple[int, int, int, datetime]]] = {}
    for client_id, instrument, first, last, seq, when in latest:
        per.setdefault(client_id, {})[instrument] = (int(first), int(last), int(seq), when)
    out: list[Track] = []
    for client_id, series in per.items():
        phq = series.get(outcomes.PHQ9)
        if phq is None or phq[2] < 2:
            continue
        baseline, latest_total, seq, latest_at = phq
        step = seq - 1
        curve = curves[band_of(baseline)]
        expected = curve.expected(baseline, step)
        reasons = []
        deteriorated = False
        for instrument, (first, last, n, _) in sorted(series.items(), reverse=True):
            if n >= 2 and classify_change(instrument, first, last).reliable_deterioration:
                deteriorated = True
                reasons.append(f"reliable deterioration on the {get_instrument(instrument).short_name} "
                               f"({first} to {last})")
        behind = latest_total > expected + tolerance
        if behind:
            reasons.append(f"PHQ-9 {latest_total} at score {seq}, expected about {expected:.0f} "
                           f"(more than {tolerance} points worse)")
        out.append(Track(client_id=client_id, baseline=baseline, latest=latest_total, step=step, expected=expected,
                         tolerance=tolerance, off_track=behind or deteriorated, deteriorated=deteriorated,
                         reason="; ".join(reasons) or "on track", curve=curve.label, latest_at=latest_at))
    return out
