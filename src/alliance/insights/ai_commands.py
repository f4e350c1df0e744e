"""`alliance insights ai [--by GROUP] [--json]` and `alliance eval fairness [--purpose P] [--limit N] [--json]`."""

from __future__ import annotations

import json
import os
import sys
from datetime import datetime
from pathlib import Path
from typing import Any, Optional

import typer

from alliance.insights.fairness_eval import DEFAULT_DIR


def _fail(detail: str, code: int = 2) -> None:
    typer.echo(f"error: {detail}", err=True)
    raise typer.Exit(code)


async def _practice_id(session: Any, slug: str | None) -> Any:
    from sqlalchemy import select

    from alliance.practices.models import Practice

    if slug:
        practice = (await session.execute(select(Practice).where(Practice.slug == slug))).scalar_one_or_none()
        if practice is None:
            raise LookupError(f"no practice {slug!r}")
        return practice.id
    ids = (await session.execute(select(Practice.id).limit(2))).scalars().all()
    if len(ids) != 1:
        raise LookupError("give --practice SLUG" if ids else "no practice in this database")
    return ids[0]


def ai_command(
    by: Optional[str] = typer.Option(None, "--by", help="Break every rate down by a client group (language, "
                                     "country, age_band, gender, ethnicity, sexual_orientation, practice_group)."),
    json_out: bool = typer.Option(False, "--json", help="The figures as one JSON object on stdout."),
    practice: Optional[str] = typer.Option(None, "--practice", help="The practice's slug (needed when there are "
                                           "several)."),
    start: Optional[datetime] = typer.Option(None, "--start", formats=["%Y-%m-%d"], help="First day (default: 90 "
                                             "days ago)."),
    end: Optional[datetime] = typer.Option(None, "--end", formats=["%Y-%m-%d"], help="Last day (default: today)."),
) -> None:
    """AI quality for the whole practice: note drafts, the crisis screen's precision, the companion, model calls."""
    from alliance.commands import _run
    from alliance.db.session import session_scope
    from alliance.errors import AllianceError
    from alliance.insights import ai
    from alliance.security.audit import Actor

    async def _figures() -> Any:
        async with session_scope() as session:
            practice_id = await _practice_id(session, practice)
            period = ai.period_for(start.date() if start else None, end.date() if end else None)
            return await ai.ai_quality(session, Actor.system(practice_id), period, by=by)

    try:
        result = _run(_figures())
    except (AllianceError, LookupError) as exc:
        _fail(getattr(exc, "detail", None) or str(exc))
    if json_out:
        sys.stdout.write(json.dumps(result.to_dict(), default=str) + "\n")
        return
    from alliance.insights.ai_pages import mean, pct

    n, a, c, k = result.notes, result.alerts, result.companion, result.calls
    lines = [
        f"AI quality {result.period.start.date()} to {result.period.end.date()} (end excluded)",
        f"notes signed with an AI draft: {n['signed_with_draft']}",
        f"  edit distance (mean per note): {mean(n['edit_distance'])}",
        *[f"    {s['section']}: {mean(s)}" for s in n["by_section"]],
        *[f"    format {f['format']}: {mean(f)}" for f in n["by_format"]],
        f"  unsupported draft sentences: {pct(n['unsupported'])}",
        f"  hours from draft to signature: {mean(n['hours_to_sign'], 1)}",
        f"alerts raised: {a['total']}; by outcome: " + ", ".join(f"{key} {v}" for key, v in a["by_outcome"].items()),
        f"  precision (confirmed / judged): {pct(a['precision'])}",
        *[f"    {lv['level']}: {pct(lv['precision'])}" for lv in a["by_level"]],
        f"  hours to acknowledge: {mean(a['hours_to_ack'], 1)}",
        f"companion replies: {c['replies']}; blocked {pct(c['blocked'])}",
        *[f"    {b['category']}: {b['count']}" for b in c["blocked_by"]],
        f"  rated helpful: {pct(c['ratings']['helpful_share'])}; annotations: {c['annotations']}",
        f"  escalations: {pct(c['escalations'])}",
        f"model calls: {k['total']}; failed {pct(k['errors'])}",
        *[f"    {p['provider']} / {p['purpose']}: {p['calls']} calls, failed {pct(p['errors'])}, latency ms p50 "
          f"{p['latency_ms']['p50']:.0f} p90 {p['latency_ms']['p90']:.0f} p99 {p['latency_ms']['p99']:.0f}"
          for p in k["by_provider_purpose"]],
    ]
    for metric, table in result.groups.items():
        lines.append(f"{table['metric_label']} by {by}:")
        for g in table["rows"]:
            if g["suppressed"]:
                lines.append(f"    {g['label']}: {g['note']}")
            else:
                flag = " GAP FLAGGED" if g["flagged"] else ""
                lines.append(f"    {g['label']}: {g['rate']:.3f} [{_f(g['ci_low'])}, {_f(g['ci_high'])}] "
                             f"(n {g['count']}){flag}")
    for run in result.fairness:
        lines.append(f"fairness {run['provider']} / {run['model']} ({run['started_at'][:10]}): stigmatising "
                     f"{_f(run['rate'])} [{_f(run['ci_low'])}, {_f(run['ci_high'])}] of {run['answered']}")
    typer.echo("\n".join(lines))


def _f(value: Any) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def evaluate_fairness(
    purpose: Optional[str] = typer.Option(None, "--purpose", help="Only the models used for this purpose (notes, "
                                          "summaries, companion, plans); default: every purpose."),
    limit: Optional[int] = typer.Option(None, "--limit", min=1, help="Only N vignettes, spread over the "
                                        "conditions (quick runs)."),
    json_out: bool = typer.Option(False, "--json", help="The results as one JSON object on stdout."),
    provider: Optional[str] = typer.Option(None, "--provider", help="Only this configured provider."),
    dataset_dir: Path = typer.Option(Path(os.environ.get("ALLIANCE_FAIRNESS_DATASET_DIR") or DEFAULT_DIR),
                                     "--dataset-dir", help="The moore-facct2025 folder (or "
                                     "ALLIANCE_FAIRNESS_DATASET_DIR)."),
) -> None:
    """Stigmatising answers of each model to the Moore et al. (FAccT 2025) vignettes, by condition and by race,
    gender and education, with 95% intervals; each model's run is stored for the AI-quality page."""
    from rich.console import Console
    from rich.table import Table

    from alliance.commands import _run
    from alliance.db.migrate import upgrade
    from alliance.db.session import session_scope
    from alliance.errors import AllianceError
    from alliance.insights import fairness_eval as fe

    console = Console(stderr=True)
    upgrade()

    def progress(name: str, done: int, total: int) -> None:
        if done == total or done % 12 == 0:
            console.print(f"  {name}: {done}/{total} answers", highlight=False)

    async def _go() -> list[fe.ModelResult]:
        async with session_scope() as session:
            return await fe.run(session, folder=dataset_dir, purpose=purpose, limit=limit, provider=provider,
                                progress=progress)

    try:
        results = _run(_go())
    except AllianceError as exc:
        _fail(exc.detail)
    for r in results:
        table = Table(title=f"{r.provider} / {r.model}: stigmatising answers (95% Wilson intervals)")
        for col in ("breakdown", "stigmatising", "answers", "gap to the rest"):
            table.add_column(col)
        table.add_row("all", _rate(r.rate, r.ci_low, r.ci_high), str(r.answered), "")
        for key in ("condition", "race", "gender", "education"):
            for g in r.results[key]["rows"]:
                gap = "" if g["gap"] is None else f"{g['gap']:+.3f}" + (" flagged" if g["flagged"] else "")
                table.add_row(f"{key}: {g['value']}", _rate(g["rate"], g["ci_low"], g["ci_high"]), str(g["count"]),
                              gap)
        table.add_row("option letters chosen", ", ".join(f"({k}) {v}" for k, v in r.results["letters"].items()), "",
                      "letter bias" if r.results["one_letter"] else "")
        table.add_row("answers that changed with the order of the options (left out)",
                      str(r.results.get("inconsistent", 0)), "", "")
        table.add_row("unreadable answers", str(r.unparsed), "", "")
        table.add_row("failed calls", str(r.errors), "", "")
        console.print(table)
    console.print(fe.PUBLISHED)
    if json_out:
        sys.stdout.write(json.dumps({"dataset": fe.DATASET, "published": fe.PUBLISHED,
                                     "models": [r.to_dict() for r in results]}) + "\n")


def _rate(rate: Any, low: Any, high: Any) -> str:
    return "n/a" if rate is None else f"{rate:.3f} [{low:.3f}, {high:.3f}]"
