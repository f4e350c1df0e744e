"""Change over time: reliable change (Jacobson & Truax 1991; NHS Talking Therapies), recovery, trajectory."""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, Field

from alliance.errors import BadRequest
from alliance.measures.instruments import Instrument, get_instrument

# Jacobson NS, Truax P. Clinical significance: a statistical approach to defining meaningful change in
# psychotherapy research. J Consult Clin Psychol. 1991;59(1):12-19.
JACOBSON_TRUAX_SOURCE = (
    "Jacobson NS, Truax P. Clinical significance: a statistical approach to defining meaningful change in "
    "psychotherapy research. J Consult Clin Psychol. 1991;59(1):12-19."
)
# |RCI| > 1.96: the change is unlikely (p < .05) to be measurement error alone (Jacobson & Truax 1991).
RCI_CRITICAL = 1.96

Method = Literal["nhs_talking_therapies", "jacobson_truax"]
Category = Literal["reliable_improvement", "reliable_deterioration", "no_reliable_change"]


class CannotClassify(BadRequest):
    """Reliable change cannot be computed: no constants recorded and none given."""


class ChangeResult(BaseModel):
    """Reliable change and recovery between a baseline and a later total."""

    instrument: str
    baseline: int
    latest: int
    change: int = Field(description="latest - baseline")
    method: Method
    category: Category
    reliable_improvement: bool
    reliable_deterioration: bool
    no_reliable_change: bool
    threshold: float = Field(description="smallest change in points that counts as reliable")
    rci: float | None = None
    se_diff: float | None = None
    sd: float | None = None
    reliability: float | None = None
    caseness: int | None = None
    baseline_case: bool | None = None
    latest_case: bool | None = None
    recovered: bool | None = None
    reliably_recovered: bool | None = None
    source: str


def jacobson_truax_rci(
    baseline: float, latest: float, *, sd: float, reliability: float
) -> tuple[float, float]:
    """(RCI, SEdiff) with SEdiff = sqrt(2) * SD * sqrt(1 - r) and RCI = (x2 - x1) / SEdiff (J&T 1991)."""
    if sd <= 0 or not 0 <= reliability < 1:
        raise BadRequest(f"need sd > 0 and 0 <= reliability < 1; got sd={sd}, reliability={reliability}")
    se_diff = math.sqrt(2) * sd * math.sqrt(1 - reliability)
    return (latest - baseline) / se_diff, se_diff


def _check_total(inst: Instrument, total: int, what: str) -> int:
    if isinstance(total, bool) or not isinstance(total, int):
        raise BadRequest(f"{inst.short_name}: {what} total {total!r} is not an integer")
    lo, hi = inst.min_total, inst.max_total
    if lo is None or hi is None:
        raise BadRequest(f"{inst.short_name} has no total, so change over time does not apply")
    if not lo <= total <= hi:
        raise BadRequest(f"{inst.short_name}: {what} total {total} is outside {lo}-{hi}")
    return total


def classify_change(
    instrument_id: str,
    baseline_total: int,
    latest_total: int,
    *,
    method: Method | None = None,
    sd: float | None = None,
    reliability: float | None = None,
) -> ChangeResult:
    """Classify a change between two totals: reliable improvement, deterioration or neither; recovery."""
    inst = get_instrument(instrument_id)
    baseline = _check_total(inst, baseline_total, "baseline")
    latest = _check_total(inst, latest_total, "latest")
    cfg = inst.change
    if cfg is None:
        raise CannotClassify(f"{inst.short_name}: no reliable-change rule applies")
    method = method or cfg.method
    # Improvement is a fall in score, except where higher is better (WHO-5).
    improvement = latest - baseline if inst.higher_is_better else baseline - latest
    rci = se_diff = None
    if method == "nhs_talking_therapies":
        if cfg.reliable_change_threshold is None:
            raise CannotClassify(
                f"{inst.short_name}: NHS Talking Therapies gives no reliable-change threshold"
            )
        # NHS Talking Therapies Manual: a change of at least the threshold (PHQ-9 6, GAD-7 4) is reliable.
        threshold = float(cfg.reliable_change_threshold)
        improved, deteriorated = improvement >= threshold, -improvement >= threshold
        source = inst.sources[cfg.source] if cfg.source else ""
    else:
        sd = sd if sd is not None else cfg.sd
        reliability = reliability if reliability is not None else cfg.reliability
        if sd is None or reliability is None:
            raise CannotClassify(
                f"{inst.short_name}: Jacobson & Truax needs an SD and a reliability; "
                f"recorded sd={cfg.sd}, reliability={cfg.reliability}: pass them from your baseline sample"
            )
        rci, se_diff = jacobson_truax_rci(baseline, latest, sd=sd, reliability=reliability)
        threshold = RCI_CRITICAL * se_diff
        signed = rci if inst.higher_is_better else -rci
        improved, deteriorated = signed > RCI_CRITICAL, -signed > RCI_CRITICAL
        source = JACOBSON_TRUAX_SOURCE
    category: Category = (
        "reliable_improvement"
        if improved
        else "reliable_deterioration"
        if deteriorated
        else "no_reliable_change"
    )
    result = ChangeResult(
        instrument=inst.id,
        baseline=baseline,
        latest=latest,
        change=latest - baseline,
        method=method,
        category=category,
        reliable_improvement=improved,
        reliable_deterioration=deteriorated,
        no_reliable_change=not (improved or deteriorated),
        threshold=threshold,
        rci=rci,
        se_diff=se_diff,
        sd=sd if method == "jacobson_truax" else None,
        reliability=reliability if method == "jacobson_truax" else None,
        source=source,
    )
    if cfg.caseness is not None:
        # NHS Talking Therapies: caseness at or above the cut-off; recovery = case at baseline and below the
        # cut-off at the latest; reliable recovery = recovery plus reliable improvement.
        result.caseness = cfg.caseness
        result.baseline_case = baseline >= cfg.caseness
        result.latest_case = latest >= cfg.caseness
        result.recovered = result.baseline_case and not result.latest_case
        result.reliably_recovered = result.recovered and improved
    return result


class PairedChangeResult(BaseModel):
    """NHS Talking Therapies outcome on the paired PHQ-9 and GAD-7."""

    phq9: ChangeResult
    gad7: ChangeResult
    category: Category
    reliable_improvement: bool
    reliable_deterioration: bool
    no_reliable_change: bool
    baseline_case: bool
    recovered: bool
    reliably_recovered: bool
    source: str


def classify_talking_therapies(
    phq9_baseline: int, phq9_latest: int, gad7_baseline: int, gad7_latest: int
) -> PairedChangeResult:
    """NHS Talking Therapies outcome for a course of treatment measured with both the PHQ-9 and the GAD-7."""
    phq9 = classify_change("phq9", phq9_baseline, phq9_latest, method="nhs_talking_therapies")
    gad7 = classify_change("gad7", gad7_baseline, gad7_latest, method="nhs_talking_therapies")
    # NHS Talking Therapies Manual: a case if above caseness on either measure at the start; recovered if a
    # case at the start and below caseness on both at the end; reliable deterioration if either measure
    # reliably deteriorates; reliable improvement if at least one reliably improves and neither deteriorates.
    deteriorated = phq9.reliable_deterioration or gad7.reliable_deterioration
    improved = (phq9.reliable_improvement or gad7.reliable_improvement) and not deteriorated
    baseline_case = bool(phq9.baseline_case or gad7.baseline_case)
    recovered = baseline_case and not (phq9.latest_case or gad7.latest_case)
    category: Category = (
        "reliable_deterioration"
        if deteriorated
        else "reliable_improvement"
        if improved
        else "no_reliable_change"
    )
    return PairedChangeResult(
        phq9=phq9,
        gad7=gad7,
        category=category,
        reliable_improvement=improved,
        reliable_deterioration=deteriorated,
        no_reliable_change=not (improved or deteriorated),
        baseline_case=baseline_case,
        recovered=recovered,
        reliably_recovered=recovered and improved,
        source=phq9.source,
    )


class TrajectoryPoint(BaseModel):
    when: datetime | date
    total: int
    severity: str
    band: str
    change_from_baseline: int
    category: Category | None = None
    recovered: bool | None = None


class BandShade(BaseModel):
    id: str
    name: str
    min: int
    max: int


class TrajectorySummary(BaseModel):
    """One client's series on one instrument: points with reliable-change markers, and the overall outcome."""

    instrument: str
    n: int
    first: datetime | date
    last: datetime | date
    baseline: int
    latest: int
    best: int
    worst: int
    overall: ChangeResult | None
    points: list[TrajectoryPoint]
    bands: list[BandShade]
    first_reliable_improvement: datetime | date | None = None
    first_recovery: datetime | date | None = None
    ever_reliable_deterioration: bool = False
    higher_is_better: bool
    change_note: str | None = Field(None, description="why reliable change was not classified, if it was not")


def trajectory_summary(
    instrument_id: str,
    series: Sequence[tuple[datetime | date, int]],
    *,
    sex: str | None = None,
    method: Method | None = None,
    sd: float | None = None,
    reliability: float | None = None,
) -> TrajectorySummary:
    """Summarise a client's totals over time against the first (baseline) total."""
    inst = get_instrument(instrument_id)
    if not series:
        raise BadRequest(f"{inst.short_name}: a trajectory needs at least one total")
    if inst.bands is None:
        raise BadRequest(f"{inst.short_name} has no total, so a trajectory does not apply")
    ordered = sorted(series, key=lambda p: _as_datetime(p[0]))
    bands = inst.bands.for_sex(sex)
    note = None
    baseline = _check_total(inst, ordered[0][1], "baseline")
    points: list[TrajectoryPoint] = []
    first_improvement = first_recovery = None
    ever_deteriorated = False
    last_change: ChangeResult | None = None
    for i, (when, total) in enumerate(ordered):
        total = _check_total(inst, total, f"point {i + 1}")
        band = next(b for b in bands if b.min <= total <= b.max)
        point = TrajectoryPoint(
            when=when, total=total, severity=band.name, band=band.id, change_from_baseline=total - baseline
        )
        if i > 0 and note is None:
            try:
                last_change = classify_change(
                    inst.id, baseline, total, method=method, sd=sd, reliability=reliability
                )
            except CannotClassify as exc:
                note = exc.detail
                points.append(point)
                continue
            point.category, point.recovered = last_change.category, last_change.recovered
            if last_change.reliable_improvement and first_improvement is None:
                first_improvement = when
            if last_change.recovered and first_recovery is None:
                first_recovery = when
            ever_deteriorated = ever_deteriorated or last_change.reliable_deterioration
        points.append(point)
    totals = [p.total for p in points]
    return TrajectorySummary(
        instrument=inst.id,
        n=len(points),
        first=points[0].when,
        last=points[-1].when,
        baseline=baseline,
        latest=totals[-1],
        best=max(totals) if inst.higher_is_better else min(totals),
        worst=min(totals) if inst.higher_is_better else max(totals),
        overall=last_change,
        points=points,
        bands=[BandShade(id=b.id, name=b.name, min=b.min, max=b.max) for b in bands],
        first_reliable_improvement=first_improvement,
        first_recovery=first_recovery,
        ever_reliable_deterioration=ever_deteriorated,
        higher_is_better=inst.higher_is_better,
        change_note=note,
    )


def _as_datetime(when: datetime | date) -> datetime:
    if isinstance(when, datetime):
        return when.replace(tzinfo=None)
    return datetime.combine(when, datetime.min.time())
