"""`alliance intake triage FILE [--json]`: the same screen and rules as the pages, over JSON Lines, no
database.

Each input line: {"id", "lang", "country", "age", "text", "measures": {"phq9": [9], "gad7": [7],
"cssrs_screener": [items 1-6 as 0/1, then item 6 "in the past 3 months" as 0/1 or null], "wsas": [5],
"auditc": [3]}, "risk": {...}} (any measure may be absent; "risk" holds the yes/no questions of the form).
Each output line, in order: {"id", "tier", "reasons", "rules", "rules_version"}; a line that cannot be read
gives {"id", "error"}.

"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, Optional

import typer

app = typer.Typer(help="Intake: triage referrals with the practice's rules.", no_args_is_help=True)


class LineError(ValueError):
    """An input line that is not a referral."""


def parse(obj: Any) -> dict[str, Any]:
    """Check one input object; returns {id, lang, text, measures, risk} (LineError says what is wrong)."""
    from alliance.intake.schemas import INSTRUMENTS, RiskAnswers, check_measures

    if not isinstance(obj, dict):
        raise LineError("each line must be a JSON object")
    text = obj.get("text") or ""
    if not isinstance(text, str):
        raise LineError('"text" must be a string')
    measures = obj.get("measures") or {}
    if not isinstance(measures, dict):
        raise LineError('"measures" must be an object of instrument id -> answers')
    unknown = sorted(set(measures) - set(INSTRUMENTS))
    if unknown:
        raise LineError(f"unknown measure {unknown[0]!r}: use {', '.join(INSTRUMENTS)}")
    from pydantic import ValidationError

    try:
        checked = check_measures(measures)
        risk = RiskAnswers.model_validate(obj.get("risk") or {}).model_dump()
    except ValidationError as exc:
        first = exc.errors()[0]
        raise LineError(f"risk.{'.'.join(map(str, first['loc']))}: {first['msg']}") from None
    except ValueError as exc:
        raise LineError(str(exc)) from None
    lang = obj.get("lang") or None
    return {
        "id": obj.get("id"),
        "lang": lang if isinstance(lang, str) else None,
        "text": text,
        "measures": checked,
        "risk": risk,
    }


def triage_line(obj: Any, rules: Any = None, *, use_classifier: bool = True) -> dict[str, Any]:
    """One output line for one input object (the error form when it cannot be read)."""
    from alliance.intake.service import assess

    ident = obj.get("id") if isinstance(obj, dict) else None
    try:
        item = parse(obj)
    except LineError as exc:
        return {"id": ident, "error": str(exc)}
    outcome, _ = assess(
        item["text"], item["lang"], item["measures"], item["risk"], rules=rules, use_classifier=use_classifier
    )
    return {"id": ident, **outcome.to_dict()}


def read_lines(path: Path) -> list[Any]:
    """The JSON objects of a JSON Lines file ("-" reads standard input); a bad line becomes its error text."""
    handle = sys.stdin if str(path) == "-" else path.open(encoding="utf-8")
    out: list[Any] = []
    with handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as exc:
                out.append(LineError(f"line {number}: not JSON ({exc.msg})"))
    return out


@app.command("triage")
def triage_command(
    file: Path = typer.Argument(..., help="JSON Lines of referrals ('-' for standard input)."),
    json_out: bool = typer.Option(
        False, "--json", help="One JSON object per line (the default prints a table)."
    ),
    rules_file: Optional[Path] = typer.Option(
        None, "--rules", help="A rules file instead of the shipped rules."
    ),
    no_classifier: bool = typer.Option(False, "--no-classifier", help="The screen's lexical layers only."),
) -> None:
    """Triage each referral of FILE: screen its words, then run the rules; one result per input, in order."""
    from alliance.errors import AllianceError
    from alliance.intake import rules as engine

    if str(file) != "-" and not file.is_file():
        typer.echo(f"error: no such file: {file}", err=True)
        raise typer.Exit(2)
    try:
        rules = engine.RuleSet.from_yaml(rules_file.read_text(encoding="utf-8")) if rules_file else None
    except (AllianceError, OSError) as exc:
        typer.echo(f"error: {getattr(exc, 'detail', exc)}", err=True)
        raise typer.Exit(2) from None
    failed = 0
    for obj in read_lines(file):
        if isinstance(obj, LineError):
            result: dict[str, Any] = {"id": None, "error": str(obj)}
        else:
            result = triage_line(obj, rules, use_classifier=not no_classifier)
        failed += "error" in result
        if json_out:
            typer.echo(json.dumps(result, ensure_ascii=False))
        elif "error" in result:
            typer.echo(f"{result['id']}\terror\t{result['error']}")
        else:
            typer.echo(
                f"{result['id']}\t{result['tier']}\t{result['rules_version']}\t" + ", ".join(result["rules"])
            )
    if failed:
        typer.echo(f"{failed} line(s) could not be read", err=True)
        raise typer.Exit(1)
