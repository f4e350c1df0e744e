"""Pages: the AI-quality dashboard (`/insights/ai`, a tab beside Outcomes) and its CSV download."""

from __future__ import annotations

import csv
import io
import math
import uuid
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from alliance.insights import ai
from alliance.insights.groups import GROUPS, value_label
from alliance.measures.charts import HEIGHT, WIDTH
from alliance.web.deps import DB, CurrentActor
from alliance.web.templates import render

router = APIRouter(include_in_schema=False)

BAR = "#0072B2"  # Okabe-Ito blue at 4.5:1 on white, as the homework charts
WHISKER = "#1d2433"
LEFT, RIGHT, TOP, ROW = 250, 70, 24, 34
DAY = timedelta(days=1)


@dataclass
class BarChart:
    """A horizontal bar chart (inline SVG, no JavaScript) with its text alternative and data table."""

    key: str
    title: str
    unit: str
    summary: str
    width: int = WIDTH
    height: int = HEIGHT
    plot: dict = field(default_factory=dict)
    bars: list[dict] = field(default_factory=list)
    ticks: list[dict] = field(default_factory=list)


def bar_chart(key: str, title: str, bars: list[tuple[str, float | None, float | None, float | None, str]], *,
              top: float, unit: str = "", step: float | None = None) -> BarChart | None:
    """Scale (label, value, low, high, shown text) bars to pixels; whiskers show the 95% interval where known."""
    bars = [b for b in bars if b[1] is not None]
    if not bars:
        return None
    top = max(top, max(b[3] if b[3] is not None else b[1] for b in bars), 1e-9)  # type: ignore[type-var]
    if step is None:
        step = _nice_step(top)
        top = math.ceil(top / step - 1e-9) * step
    plot_w = WIDTH - LEFT - RIGHT
    height = TOP + ROW * len(bars) + 30

    def x(value: float) -> float:
        return round(LEFT + min(max(value, 0.0), top) / top * plot_w, 1)

    chart = BarChart(key=key, title=title, unit=unit, height=height,
                     summary="; ".join(f"{label}: {text}" for label, _, _, _, text in bars),
                     plot={"x": LEFT, "y": TOP, "w": plot_w, "bottom": TOP + ROW * len(bars)})
    for i, (label, value, low, high, text) in enumerate(bars):
        y = TOP + i * ROW
        chart.bars.append({"label": label, "text": text, "y": y + 6, "h": ROW - 12, "x0": LEFT, "w": x(value) - LEFT,
                           "end": x(value), "mid": y + ROW / 2,
                           "low": x(low) if low is not None else None, "high": x(high) if high is not None else None})
    tick = 0.0
    while tick <= top + 1e-9:
        chart.ticks.append({"x": x(tick), "label": _tick(tick, unit)})
        tick += step
    return chart


def _nice_step(top: float) -> float:
    """A round tick step (1, 2 or 5 times a power of ten) giving at most five intervals up to `top`."""
    magnitude = 10 ** math.floor(math.log10(top / 5))
    return next(m * magnitude for m in (1, 2, 5, 10) if top / (m * magnitude) <= 5)


def _tick(value: float, unit: str) -> str:
    if unit == "%":
        return f"{value * 100:.0f}%"
    return f"{value:,.0f}" if value >= 10 else f"{value:g}"


def pct(data: dict[str, Any]) -> str:
    """'42.0% (21 of 50; 95% CI 29.4-55.8%)' or '—'."""
    if data.get("rate") is None:
        return "—"
    text = f"{data['rate'] * 100:.1f}% ({data['k']} of {data['n']}"
    if data.get("ci_low") is not None:
        text += f"; 95% CI {data['ci_low'] * 100:.1f}–{data['ci_high'] * 100:.1f}%"
    return text + ")"


def mean(data: dict[str, Any], digits: int = 3) -> str:
    """'0.214 (n 12; 95% CI 0.101-0.327)' or '—'."""
    if data.get("mean") is None:
        return "—"
    text = f"{data['mean']:.{digits}f} (n {data['n']}"
    if data.get("ci_low") is not None:
        text += f"; 95% CI {data['ci_low']:.{digits}f}–{data['ci_high']:.{digits}f}"
    return text + ")"


def charts(result: ai.AiQuality) -> list[BarChart]:
    """The dashboard's charts: edit distance by section, precision by alert level, blocked replies, latency."""
    out: list[BarChart | None] = []
    n = result.notes
    out.append(bar_chart("edit-section", "Edit distance from draft to signed note, by section (0 = unchanged)",
                         [(s["section"], s["mean"], s["ci_low"], s["ci_high"], mean(s)) for s in n["by_section"]],
                         top=1.0, step=0.25))
    a = result.alerts
    out.append(bar_chart("alert-precision", "Alerts confirmed as risk, of those judged, by level",
                         [(lv["level"], lv["precision"]["rate"], lv["precision"]["ci_low"], lv["precision"]["ci_high"],
                           pct(lv["precision"])) for lv in a["by_level"]], top=1.0, unit="%", step=0.25))
    c = result.companion
    out.append(bar_chart("blocked", "Companion replies blocked, by reason",
                         [(b["label"], float(b["count"]), None, None, str(b["count"])) for b in c["blocked_by"]],
                         top=1.0))
    k = result.calls
    out.append(bar_chart("latency", "Model call latency, median (ms), by provider and purpose",
                         [(f"{p['provider']} · {p['purpose']}", p["latency_ms"]["p50"], None, None,
                           f"median {p['latency_ms']['p50']:.0f} ms, 90th {p['latency_ms']['p90']:.0f} ms"
                           if p["latency_ms"]["p50"] is not None else "—") for p in k["by_provider_purpose"]],
                         top=1.0))
    return [chart for chart in out if chart is not None]


async def _result(request: Request, actor: Any, session: Any, start: date | None, end: date | None,
                  clinician_id: uuid.UUID | None, by: str | None) -> ai.AiQuality:
    del request
    return await ai.ai_quality(session, actor, ai.period_for(start, end), clinician_id=clinician_id, by=by)


@router.get("/insights/ai")
async def ai_page(request: Request, actor: CurrentActor, session: DB, start: date | None = Query(default=None),
                  end: date | None = Query(default=None), clinician_id: uuid.UUID | None = Query(default=None),
                  by: str = Query(default="language", max_length=40)) -> Response:
    """The AI-quality dashboard: notes, the crisis screen, the companion, model calls and model fairness."""
    from alliance.insights import service
    from alliance.insights.fairness_eval import PUBLISHED

    result = await _result(request, actor, session, start, end, clinician_id, by or None)
    clinicians = await service.scope_clinicians(session, actor)
    query = request.url.query
    return render(request, "insights_ai.html", {
        "r": result, "charts": charts(result), "groups": GROUPS, "group_labels": dict(GROUPS), "by": by, "clinicians": clinicians,
        "clinician_id": clinician_id, "start": result.period.start.date(),
        "end": (result.period.end - DAY).date(), "pct": pct, "mean": mean, "value_label": value_label,
        "csv_href": "/insights/ai.csv" + (f"?{query}" if query else ""), "published": PUBLISHED,
        "tab": "ai", "active_tab": "ai"})


@router.get("/insights/ai.csv")
async def ai_csv(request: Request, actor: CurrentActor, session: DB, start: date | None = Query(default=None),
                 end: date | None = Query(default=None), clinician_id: uuid.UUID | None = Query(default=None),
                 by: str | None = Query(default=None, max_length=40)) -> Response:
    """The same figures as CSV (section, figure, breakdown, value, n, 95% interval)."""
    result = await _result(request, actor, session, start, end, clinician_id, by or None)
    buffer = io.StringIO()
    csv.writer(buffer).writerows(ai.csv_rows(result))
    name = f"alliance-ai-quality-{result.period.start.date()}-{(result.period.end - DAY).date()}.csv"
    return Response(buffer.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"content-disposition": f'attachment; filename="{name}"'})
