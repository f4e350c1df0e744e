"""Progress computed, not guessed: each measurable objective's current value, trend and status from the
questionnaires and the records the client keeps, by the rule in RULE (also shown on the plan page)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from alliance.clients.models import Client
from alliance.homework import charts
from alliance.measures.instruments import get_instrument
from alliance.plans import service
from alliance.plans.models import TreatmentPlan
from alliance.plans.schemas import COMPARISONS, METRICS, Objective, ObjectiveProgress, PlanProgress, Point
from alliance.security.audit import Actor
from alliance.db.base import utcnow
from alliance.web.timefmt import to_local

RULE = (
    "An objective is met when its latest value meets the target. Otherwise the on-track line runs straight "
    "from the baseline (the last value on or before the plan's start, else the first after it) to the target "
    "on the target date; the objective is on track while its latest value is no worse than the line on that "
    "day by more than the measure's reliable change (PHQ-9 6 points, GAD-7 4: NHS Talking Therapies Manual; "
    "Jacobson & Truax 1991 where an instrument records its SD and reliability), and not on track when it is "
    "worse by more, or when the target date has passed unmet. Without a target date it is on track unless it "
    "is reliably worse than the baseline. With no value yet there is no data. Trend: the least-squares slope "
    "of the last four values."
)
# Tolerances where no reliable-change figure is published: a project convention, not a clinical standard. SUDS
# is rated in steps of 10 (Wolpe 1969); mood check-ins 0-10 by one point; sleep efficiency by 5 percentage
# points (the CBT-I sleep window moves at 85% and 90%, Spielman et al. 1987); activities by two a week.
METRIC_TOLERANCE = {
    "exposure_suds": 10.0,
    "checkin_mood": 1.0,
    "sleep_efficiency": 5.0,
    "activity_count": 2.0,
}
OTHER_TOLERANCE_SHARE = 0.1  # instruments without a recorded reliable change: a tenth of the score range
TREND_POINTS = 4


def tolerance_for(obj: Objective) -> float:
    """How far from the on-track line still counts as on track (the measure's reliable change)."""
    if obj.kind == "homework":
        return METRIC_TOLERANCE[obj.measure or ""]
    inst = get_instrument(obj.measure or "")
    cfg = inst.change
    if (
        cfg is not None
        and cfg.method == "nhs_talking_therapies"
        and cfg.reliable_change_threshold is not None
    ):
        return float(cfg.reliable_change_threshold)
    if cfg is not None and cfg.sd is not None and cfg.reliability is not None:
        from alliance.measures.change import RCI_CRITICAL, jacobson_truax_rci

        return round(RCI_CRITICAL * jacobson_truax_rci(0, 0, sd=cfg.sd, reliability=cfg.reliability)[1], 1)
    return round(((inst.max_total or 0) - (inst.min_total or 0)) * OTHER_TOLERANCE_SHARE, 1)


def scale(obj: Objective) -> tuple[float, float, str, str]:
    """(lowest, highest, short name, unit) of what the objective is measured on."""
    if obj.kind == "homework":
        label, unit, lo, hi, _ = METRICS[obj.measure or ""]
        if obj.measure == "exposure_suds":
            label = f"SUDS at step {obj.step}"
        return lo, hi, label, unit
    inst = get_instrument(obj.measure or "")
    return float(inst.min_total or 0), float(inst.max_total or 0), inst.short_name, "points"


def label(obj: Objective) -> str | None:
    """'PHQ-9 below 10 by 2026-06-01'."""
    if obj.kind == "not_measured" or obj.target is None or obj.comparison is None:
        return None
    _, _, name, _ = scale(obj)
    text = f"{name} {COMPARISONS[obj.comparison]} {obj.target:g}"
    return text + (f" by {obj.by.isoformat()}" if obj.by else "")


def _meets(value: float, comparison: str, target: float) -> bool:
    return {"<": value < target, "<=": value <= target, ">": value > target, ">=": value >= target}[
        comparison
    ]


def _lower_is_better(obj: Objective) -> bool:
    return obj.comparison in ("<", "<=")


def _slope_per_week(points: Sequence[Point]) -> float | None:
    if len(points) < 2:
        return None
    xs = [(p.day - points[0].day).days for p in points]
    ys = [p.value for p in points]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    den = sum((x - mx) ** 2 for x in xs)
    if den == 0:
        return None
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / den * 7


def evaluate(
    goal_id: str, obj: Objective, points: list[Point], today: date, start: date | None
) -> ObjectiveProgress:
    """Status, trend and the on-track line's value for one objective (see RULE)."""
    base = {
        "goal_id": goal_id,
        "objective_id": obj.id,
        "text": obj.text,
        "kind": obj.kind,
        "measure": obj.measure,
        "comparison": obj.comparison,
        "target": obj.target,
        "step": obj.step,
        "by": obj.by,
        "label": label(obj),
    }
    if obj.kind == "not_measured" or obj.target is None or obj.comparison is None:
        return ObjectiveProgress(**base, status="not_measured", reason="This objective is not measured.")
    _, _, name, unit = scale(obj)
    tolerance = tolerance_for(obj)
    base |= {"unit": unit, "tolerance": tolerance, "points": points}
    if not points:
        return ObjectiveProgress(**base, status="no_data", reason=f"No {name} value yet.")
    before = [p for p in points if start is not None and p.day <= start]
    baseline = before[-1] if before else points[0]
    current = points[-1]
    recent = points[-TREND_POINTS:]
    slope = _slope_per_week(recent)
    trend = None
    if slope is not None:
        toward = -slope if _lower_is_better(obj) else slope
        span_weeks = max((recent[-1].day - recent[0].day).days / 7, 1 / 7)
        trend = (
            "steady"
            if abs(toward * span_weeks) < tolerance / 2
            else ("improving" if toward > 0 else "worsening")
        )
    base |= {"baseline": baseline.value, "baseline_on": baseline.day, "current": current.value,
             "current_on": current.day, "trend": trend,
             "slope_per_week": round(slope, 2) if slope is not None else None}
    worse = (
        (lambda a, b: a - b) if _lower_is_better(obj) else (lambda a, b: b - a)
    )  # how much worse a is than b
    if _meets(current.value, obj.comparison, obj.target):
        return ObjectiveProgress(
            **base, status="met", reason=f"The latest {name} ({current.value:g}) meets the " f"target."
        )
    if obj.by is None:
        off = worse(current.value, baseline.value) > tolerance
        return ObjectiveProgress(
            **base,
            status="not_on_track" if off else "on_track",
            reason=(
                f"The latest {name} is reliably worse than the baseline ({baseline.value:g})."
                if off
                else f"No target date; the latest {name} is not reliably worse "
                f"than the baseline ({baseline.value:g})."
            ),
        )
    if today > obj.by:
        return ObjectiveProgress(
            **base,
            status="not_on_track",
            reason=f"The target date ({obj.by.isoformat()}) has passed and the target is not met.",
        )
    span = (obj.by - baseline.day).days
    share = 1.0 if span <= 0 else min(max((current.day - baseline.day).days / span, 0.0), 1.0)
    expected = round(baseline.value + (obj.target - baseline.value) * share, 1)
    base["expected"] = expected
    gap = worse(current.value, expected)
    if gap > tolerance:
        return ObjectiveProgress(
            **base,
            status="not_on_track",
            reason=f"The latest {name} ({current.value:g}) is {gap:g} worse than the on-track "
            f"line ({expected:g}), more than the tolerance of {tolerance:g}.",
        )
    return ObjectiveProgress(
        **base,
        status="on_track",
        reason=f"The latest {name} ({current.value:g}) is within {tolerance:g} of the on-track "
        f"line ({expected:g}).",
    )


# --- the values
# ----------------------------------------------------------------------------------------------------

def _rolling(days: list[tuple[date, float, str]], window: int = 7) -> list[Point]:
    """At each day with a value, the mean of the values of the `window` days ending that day."""
    out: list[Point] = []
    seen = sorted({d for d, _, _ in days})
    for day in seen:
        values = [v for d, v, _ in days if day - timedelta(days=window - 1) <= d <= day]
        ref = [r for d, _, r in days if d == day][-1]
        out.append(Point(day=day, value=round(sum(values) / len(values), 1), ref=ref))
    return out


def _weekly_counts(days: list[date], today: date) -> list[Point]:
    """Activities per complete week (Monday to Sunday), from the first logged week to the last complete one.
    """
    if not days:
        return []
    monday = min(days) - timedelta(days=min(days).weekday())
    this_monday = today - timedelta(days=today.weekday())
    out = []
    while monday < this_monday:
        sunday = monday + timedelta(days=6)
        out.append(Point(day=sunday, value=float(sum(1 for d in days if monday <= d <= sunday))))
        monday += timedelta(days=7)
    return out


class Values:
    """Reads each measure or record once per plan (every read audited by the service it goes through)."""

    def __init__(self, session: AsyncSession, actor: Actor, client: Client, zone: str, today: date) -> None:
        self.session, self.actor, self.client, self.zone, self.today = session, actor, client, zone, today
        self.cache: dict[str, object] = {}

    async def _once(self, key: str, load) -> object:  # noqa: ANN001
        if key not in self.cache:
            self.cache[key] = await load()
        return self.cache[key]

    async def points(self, obj: Objective) -> list[Point]:
        """Read what the objective names through the measures and homework services, then its points."""
        from alliance.homework import tools
        from alliance.measures import service as measures_service

        s, a, cid = self.session, self.actor, self.client.id
        if obj.kind == "measure":
            await self._once(f"m:{obj.measure}", lambda: measures_service.results(s, a, cid, obj.measure))
        else:
            key, load = {
                "exposure_suds": ("exposure", lambda: tools.hierarchy(s, a, cid)),
                "activity_count": ("activity", lambda: tools.activity_log(s, a, cid)),
                "checkin_mood": ("checkins", lambda: tools.list_checkins(s, a, cid)),
                "sleep_efficiency": ("sleep", lambda: tools.sleep_diary(s, a, cid)),
            }[obj.measure or ""]
            await self._once(key, load)
        return self.preloaded(obj)

    def preloaded(self, obj: Objective) -> list[Point]:
        """The objective's points from what was read (by `points`, or in bulk for Today)."""
        if obj.kind == "measure":
            rows = self.cache.get(f"m:{obj.measure}", [])
            return [Point(day=to_local(r.completed_at, self.zone).date(), value=float(r.total), ref=str(r.id))
                    for r in rows if r.completed_at is not None and r.total is not None]  # type: ignore[union-attr]
        if obj.measure == "exposure_suds":
            situations = self.cache.get("exposure", [])
            ladder = sorted(situations, key=lambda x: (x.suds, x.created_at))  # type: ignore[arg-type]
            if obj.step is None or obj.step > len(ladder):
                return []
            rung = ladder[obj.step - 1]
            # An attempt's distress: SUDS at the peak when recorded, else before (both rated 0-100); before
            # the first attempt, the rating given when the hierarchy was built.
            attempts = sorted((Point(day=st.day, value=float(st.suds_peak if st.suds_peak is not None
                                                             else st.suds_before), ref=str(st.id))
                               for st in rung.steps), key=lambda p: p.day)
            return attempts or [Point(day=to_local(rung.created_at, self.zone).date(), value=float(rung.suds),
                                      ref=str(rung.id))]
        if obj.measure == "activity_count":
            rows = self.cache.get("activity", [])
            return _weekly_counts([r.day for r in rows], self.today)  # type: ignore[union-attr]
        if obj.measure == "checkin_mood":
            rows = self.cache.get("checkins", [])
            return _rolling([(r.day, float(r.mood), str(r.id)) for r in rows])  # type: ignore[union-attr]
        rows = self.cache.get("sleep", [])
        return _rolling([(r.day, float(r.efficiency), str(r.id)) for r in rows])  # type: ignore[union-attr]


async def plan_progress(session: AsyncSession, actor: Actor, plan: TreatmentPlan) -> PlanProgress:
    """Every objective of the plan with its progress (the caller has read the plan, so access is checked)."""
    from alliance.homework.service import client_zone

    client = await session.get(Client, plan.client_id)
    assert client is not None
    values = Values(session, actor, client, await client_zone(session, client),
                    await service.client_today(session, client))
    for _, obj in service.content_of(plan).objectives():
        if obj.kind != "not_measured":
            await values.points(obj)
    return _evaluate_plan(plan, values)


def chart(p: ObjectiveProgress, key: str) -> charts.LineChart | None:
    """The objective's values with the on-track line from the baseline to the target on the target date (words
    in the viewer's language: the portal shows it too).
    """
    if not p.points or p.target is None or p.comparison is None:
        return None
    from alliance.web.i18n import gettext

    obj = Objective(text=p.text, kind=p.kind, measure=p.measure, comparison=p.comparison, target=p.target,
                    step=p.step, by=p.by)
    lo, hi, name, _ = scale(obj)
    lines = [charts.Line(name, [(pt.day, pt.value) for pt in p.points])]
    if p.by is not None and p.baseline is not None and p.baseline_on is not None:
        lines.append(charts.Line(gettext("On-track line"), [(p.baseline_on, p.baseline), (p.by, p.target)]))
    step = 20 if hi - lo >= 60 else 5 if hi - lo >= 20 else 2
    summary = gettext(
        "latest %(value)s on %(date)s; target %(comparison)s %(target)s",
        value=f"{p.current:g}",
        date=p.current_on.isoformat() if p.current_on else "",
        comparison=gettext(COMPARISONS[p.comparison]),
        target=f"{p.target:g}",
    )
    return charts.build(key, name, lines, lo=lo, hi=hi, step=step, y_label=name, summary=summary)


def _evaluate_plan(plan: TreatmentPlan, values: Values) -> PlanProgress:
    content = service.content_of(plan)
    out = []
    for goal, obj in content.objectives():
        points = values.preloaded(obj) if obj.kind != "not_measured" else []
        out.append(evaluate(goal.id, obj, points, values.today, content.starts_on or plan.starts_on))
    return PlanProgress(plan_id=plan.id, on=values.today, objectives=out,
                        off_track=sum(1 for o in out if o.status == "not_on_track"), rule=RULE)


async def progress_by_client(session: AsyncSession, actor: Actor, clients: Sequence[Client],
                             plans: dict[uuid.UUID, TreatmentPlan]) -> dict[uuid.UUID, PlanProgress]:
    """Progress of each client's signed plan for Today, read in bulk (plans/reads.py) and audited once; the
    clients are the caller's already-authorized list."""
    from alliance.plans import reads
    from alliance.practices import service as practices_service
    from alliance.security import audit

    by_id = {c.id: c for c in clients if c.id in plans}
    objectives = [o for p in plans.values() for _, o in service.content_of(p).objectives()]
    instruments = {o.measure for o in objectives if o.kind == "measure" and o.measure}
    metrics = {o.measure for o in objectives if o.kind == "homework"}
    ids = list(by_id)
    score_rows = await reads.scores(session, ids, instruments)
    ladders = await reads.hierarchies(session, ids) if "exposure_suds" in metrics else {}
    logs = {
        kind: await reads.logs(session, ids, kind)
        for metric, kind in (
            ("activity_count", "activity"),
            ("checkin_mood", "checkins"),
            ("sleep_efficiency", "sleep"),
        )
        if metric in metrics
    }
    zones = await practices_service.timezones_of(session, (c.practice_id for c in by_id.values()))
    now = utcnow()
    out = {}
    for cid, plan in plans.items():
        client = by_id.get(cid)
        if client is None:
            continue
        zone = client.timezone or zones.get(client.practice_id) or "UTC"
        values = Values(session, actor, client, zone, to_local(now, zone).date())
        for inst in instruments:
            values.cache[f"m:{inst}"] = score_rows.get((cid, inst), [])
        values.cache["exposure"] = ladders.get(cid, [])
        for kind, rows in logs.items():
            values.cache[kind] = rows.get(cid, [])
        out[cid] = _evaluate_plan(plan, values)
    await audit.record(session, actor, "plans.progress.caseload", resource_type="treatment_plan",
                       detail=f"plans={len(out)}")
    return out
