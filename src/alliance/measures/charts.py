"""Geometry of a trajectory chart, rendered as inline SVG by templates/measures/_chart.html (no JavaScript)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from alliance.measures.change import TrajectorySummary
from alliance.measures.instruments import get_instrument

WIDTH, HEIGHT = 960, 280  # drawn at the full width of the page; the viewBox scales it down on a phone
LEFT, RIGHT, TOP, BOTTOM = 46, 16, 14, 40
# Band shading from best to worst (light, so the line stays readable; the legend names each band).
SHADES = ["#e3f2e6", "#eef6dc", "#fdf6d8", "#fde6cf", "#f9d9d9"]


@dataclass
class Chart:
    """Everything the template needs to draw one instrument's chart and its text alternative."""

    instrument: str
    title: str
    width: int = WIDTH
    height: int = HEIGHT
    bands: list[dict] = field(default_factory=list)
    points: list[dict] = field(default_factory=list)
    path: str = ""
    y_ticks: list[dict] = field(default_factory=list)
    x_ticks: list[dict] = field(default_factory=list)
    summary: str = ""
    plot: dict = field(default_factory=dict)


def _shades(n: int) -> list[str]:
    if n >= len(SHADES):
        return SHADES + [SHADES[-1]] * (n - len(SHADES))
    step = (len(SHADES) - 1) / max(n - 1, 1)
    return [SHADES[round(i * step)] for i in range(n)]


def _day(when: datetime | date) -> date:
    return when.date() if isinstance(when, datetime) else when


def date_ticks(first: date, last: date, x) -> list[dict]:  # noqa: ANN001 - x maps a date to pixels
    """Dated ticks along the time axis: the first and last day, and up to four evenly spaced days between them,
    each with a vertical guide, so a reader sees when each result came without hovering."""
    if first == last:
        return [{"x": x(first), "label": first.isoformat(), "anchor": "middle", "guide": False}]
    from datetime import timedelta

    span = (last - first).days
    inner = min(4, max(span // 14, 0))  # at most one tick a fortnight: labels never collide
    days = [first] + [first + timedelta(days=round(span * i / (inner + 1))) for i in range(1, inner + 1)] + [last]
    ticks = []
    for i, day in enumerate(days):
        anchor = "start" if i == 0 else "end" if i == len(days) - 1 else "middle"
        ticks.append({"x": x(day), "label": day.isoformat(), "anchor": anchor, "guide": 0 < i < len(days) - 1})
    return ticks


def build(summary: TrajectorySummary) -> Chart:
    """Scale a trajectory's points and bands into the chart's pixel space."""
    inst = get_instrument(summary.instrument)
    lo, hi = inst.min_total or 0, inst.max_total or 1
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def y(value: float) -> float:
        return round(TOP + plot_h - (value - lo) / (hi - lo) * plot_h, 1)

    first, last = _day(summary.first), _day(summary.last)
    span = max((last - first).days, 1)

    def x(when: datetime | date) -> float:
        if first == last:
            return round(LEFT + plot_w / 2, 1)
        return round(LEFT + (_day(when) - first).days / span * plot_w, 1)

    chart = Chart(instrument=inst.id, title=inst.short_name,
                  plot={"x": LEFT, "y": TOP, "w": plot_w, "h": plot_h, "bottom": TOP + plot_h})
    # Bands are listed lowest score first; the best band is the lowest unless higher is better (WHO-5).
    ordered = summary.bands if not summary.higher_is_better else list(reversed(summary.bands))
    colours = dict(zip([b.id for b in ordered], _shades(len(ordered)), strict=True))
    for band in summary.bands:
        top, bottom = y(band.max + 0.5 if band.max < hi else hi), y(band.min - 0.5 if band.min > lo else lo)
        chart.bands.append({"name": band.name, "min": band.min, "max": band.max, "y": top,
                            "h": round(bottom - top, 1), "colour": colours[band.id]})
        chart.y_ticks.append({"value": band.min, "y": y(band.min)})
    chart.y_ticks.append({"value": hi, "y": y(hi)})
    coords = []
    for p in summary.points:
        px, py = x(p.when), y(p.total)
        coords.append(f"{px},{py}")
        chart.points.append({"x": px, "y": py, "total": p.total, "severity": p.severity, "date": _day(p.when),
                             "change": p.change_from_baseline, "category": p.category, "recovered": p.recovered})
    chart.path = "M" + " L".join(coords)
    chart.x_ticks = date_ticks(first, last, x)
    overall = summary.overall
    text = f"{summary.n} result(s), first {summary.baseline}, latest {summary.latest}"
    if overall is not None:
        text += f" ({overall.category.replace('_', ' ')}"
        if overall.recovered:
            text += ", recovered" + (" reliably" if overall.reliably_recovered else "")
        text += ")"
    chart.summary = text
    return chart
