"""`alliance insights outcomes [--by GROUP] [--json] [--practice SLUG]` and `alliance insights backfill`.

The command line runs as the system actor for one practice (an operator with database access), so it sees the
whole practice's figures; the same report as the page and the API (alliance.insights.service.outcome_report).
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any, Optional

import typer

app = typer.Typer(help="Insights: outcomes, clients not on track, figures by client group.", no_args_is_help=True)


def _pct(x: float | None) -> str:
    return "-" if x is None else f"{100 * x:.1f}%"


def _ci(low: float | None, high: float | None) -> str:
    return "" if low is None or high is None else f"{100 * low:.1f}-{100 * high:.1f}%"


async def _practice_id(session: Any, slug: str | None) -> Any:
    from sqlalchemy import select

    from alliance.practices.models import Practice

    query = select(Practice)
    if slug:
        query = query.where(Practice.slug == slug)
    practices = (await session.execute(query.limit(2))).scalars().all()
    if not practices:
        raise typer.BadParameter(f"no practice {slug!r}" if slug else "no practice yet: run `alliance demo`")
    if len(practices) > 1 and not slug:
        raise typer.BadParameter("more than one practice: name one with --practice SLUG")
    return practices[0].id


@app.command("outcomes")
def outcomes_command(
    by: Optional[str] = typer.Option(None, "--by", help="Break every rate down by: language, country, age_band, "
                                     "gender, ethnicity, sexual_orientation, practice_group"),
    as_json: bool = typer.Option(False, "--json", help="Print the report as JSON"),
    practice: Optional[str] = typer.Option(None, "--practice", help="Practice slug (needed with several)"),
    start: Optional[datetime] = typer.Option(None, help="Period start (default: a year ago)"),
    end: Optional[datetime] = typer.Option(None, help="Period end (default: now)"),
) -> None:
    """Outcome figures of finished courses, engagement and waiting times, as the insights page shows them."""
    from alliance.commands import _fail, _run, out
    from alliance.db.session import session_scope
    from alliance.errors import AllianceError
    from alliance.insights import service
    from alliance.security.audit import Actor

    async def _report() -> dict[str, Any]:
        async with session_scope() as session:
            pid = await _practice_id(session, practice)
            return await service.outcome_report(session, Actor.system(pid), start=start, end=end, by=by)

    try:
        report = _run(_report())
    except AllianceError as exc:
        _fail(exc.detail)
    if as_json:
        typer.echo(json.dumps(report, indent=2, default=str))
        return
    from rich.table import Table

    out.print(f"Finished courses {report['finished_courses']} ({report['case_at_start']} cases at the start), "
              f"{report['period']['start'][:10]} to {report['period']['end'][:10]}")
    table = Table("Figure", "Rate", "Of", "95% interval")
    for f in report["rates"] + [report["engagement"]["questionnaires"]] + report["engagement"]["rates"]:
        table.add_row(f["label"], _pct(f["rate"]), f"{f['numerator']}/{f['denominator']}",
                      _ci(f["ci_low"], f["ci_high"]))
    out.print(table)
    for c in report["changes"]:
        if c["n"] >= 2:
            es = "-" if c["effect_size"] is None else f"{c['effect_size']:.2f}"
            out.print(f"{c['instrument'].upper()}: mean {c['mean_first']:.1f} -> {c['mean_last']:.1f} "
                      f"(n={c['n']}), effect size {es}")
    for g in report["groups"] or []:
        t = Table("Group", "Count", "Rate", "95% interval", "Gap to the rest", "Flag",
                  title=f"{g['figure_label']} by {g['label']}")
        for r in g["rows"]:
            if r["suppressed"]:
                t.add_row(r["label"], r["note"], "", "", "", "")
                continue
            rate = f"{r['rate']:.1f}" if g["kind"] == "mean" else _pct(r["rate"])
            gap = ("-" if r["gap"] is None else f"{r['gap']:+.1f}" if g["kind"] == "mean"
                   else f"{100 * r['gap']:+.1f} pts")
            t.add_row(r["label"], str(r["count"]), rate,
                      _ci(r["ci_low"], r["ci_high"]) if g["kind"] == "rate" else "", gap,
                      "differs" if r["flagged"] else "")
        out.print(t)


@app.command("backfill")
def backfill_command() -> None:
    """Fill the plain score totals of questionnaires scored before insights existed (needs the keyring)."""
    from alliance.commands import _run, err
    from alliance.db.session import session_scope
    from alliance.insights.service import backfill_totals

    async def _go() -> int:
        async with session_scope() as session:
            return await backfill_totals(session)

    err.print(f"{_run(_go())} score totals filled.")
