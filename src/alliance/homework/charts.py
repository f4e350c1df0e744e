"""Line charts of the tools' numbers over time (mood, sleep efficiency, SUDS), drawn as inline SVG by
templates/homework/_chart.html with a data table beside it. The page geometry and the dated ticks are the measures
charts' (`measures.charts`), so every chart on the client's page reads the same way."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from alliance.measures.charts import BOTTOM, HEIGHT, LEFT, RIGHT, TOP, WIDTH, date_ticks

# Line colours after Okabe-Ito, darkened to a 4.5:1 contrast on white; each line also has its own marker and dash.
COLOURS = ["#0072B2", "#A6400A", "#00704F", "#9C3C7A"]
MARKERS = ["circle", "square", "diamond", "triangle"]


@dataclass
class Line:
    """One series: its name and (day, value) points, oldest first."""

    name: str
    points: list[tuple[date, float]]


@dataclass
class LineChart:
    """Everything the template needs to draw the chart and its text alternative."""

    key: str
    title: str
    y_label: str
    summary: str
    width: int = WIDTH
    height: int = HEIGHT
    plot: dict = field(default_factory=dict)
    lines: list[dict] = field(default_factory=list)
    y_ticks: list[dict] = field(default_factory=list)
    x_ticks: list[dict] = field(default_factory=list)
    rows: list[dict] = field(default_factory=list)  # the data table: day and one value per line
    names: list[str] = field(default_factory=list)


def build(key: str, title: str, lines: list[Line], *, lo: float, hi: float, y_label: str, step: float,
          summary: str = "") -> LineChart | None:
    """Scale the lines into the chart's pixel space; None when there is nothing to draw."""
    days = sorted({d for line in lines for d, _ in line.points})
    if not days:
        return None
    first, last = days[0], days[-1]
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    span = max((last - first).days, 1)

    def x(day: date) -> float:
        if first == last:
            return round(LEFT + plot_w / 2, 1)
        return round(LEFT + (day - first).days / span * plot_w, 1)

    def y(value: float) -> float:
        value = min(max(value, lo), hi)
        return round(TOP + plot_h - (value - lo) / (hi - lo) * plot_h, 1)

    chart = LineChart(key=key, title=title, y_label=y_label, summary=summary,
                      plot={"x": LEFT, "y": TOP, "w": plot_w, "h": plot_h, "bottom": TOP + plot_h},
                      names=[line.name for line in lines])
    for n, line in enumerate(lines):
        coords = [(x(d), y(v), d, v) for d, v in line.points]
        chart.lines.append({"name": line.name, "colour": COLOURS[n % len(COLOURS)],
                            "marker": MARKERS[n % len(MARKERS)], "dash": "" if n == 0 else "6 4",
                            "path": ("M" + " L".join(f"{px},{py}" for px, py, _, _ in coords)) if coords else "",
                            "points": [{"x": px, "y": py, "day": d, "value": v} for px, py, d, v in coords]})
    tick = lo
    while tick <= hi + 1e-9:
        chart.y_ticks.append({"value": int(tick) if float(tick).is_integer() else tick, "y": y(tick)})
        tick += step
    chart.x_ticks = date_ticks(first, last, x)
    values = {(n, d): v for n, line in enumerate(lines) for d, v in line.points}
    chart.rows = [{"day": d, "values": [values.get((n, d)) for n in range(len(lines))]} for d in days]
    return chart
