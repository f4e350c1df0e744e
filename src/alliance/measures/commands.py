"""`alliance measures ...`: list instruments, score answers, change, FHIR export and import."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, NoReturn

import typer

app = typer.Typer(
    help="Measurement-based care: instruments, scoring, reliable change, FHIR.", no_args_is_help=True
)


def _fail(exc: Exception) -> NoReturn:
    detail = getattr(exc, "detail", None) or str(exc)
    print(f"error: {detail}", file=sys.stderr)
    raise typer.Exit(code=2)


def _print_json(data: Any) -> None:
    typer.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def parse_answers(text: str) -> list[int | str | None]:
    """Split "1,2,,3" into [1, 2, None, 3]; non-integers stay text so the scorer names their item."""
    out: list[int | str | None] = []
    for token in text.split(","):
        token = token.strip()
        if token == "":
            out.append(None)
            continue
        try:
            out.append(int(token))
        except ValueError:
            out.append(token)
    return out


@app.command("list")
def list_command(
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of a table."),
) -> None:
    """List the shipped instruments: id, name, items, languages, licence."""
    from alliance.measures.instruments import list_instruments

    rows = [
        {
            "id": inst.id,
            "name": inst.short_name,
            "title": inst.name,
            "items": len(inst.scored_items),
            "languages": inst.languages.available,
            "validated_languages": inst.languages.validated,
            "licence": inst.licence,
        }
        for inst in list_instruments()
    ]
    if as_json:
        _print_json(rows)
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title="Instruments")
    for col in ("id", "name", "items", "languages", "licence"):
        table.add_column(col, overflow="fold")
    for row in rows:
        licence = row["licence"] if len(row["licence"]) < 90 else row["licence"][:87] + "..."
        table.add_row(row["id"], row["name"], str(row["items"]), ", ".join(row["languages"]), licence)
    Console(width=160).print(table)


@app.command("score")
def score_command(
    instrument: str = typer.Argument(..., help="Instrument id, e.g. phq9 or PHQ-9."),
    answers: str = typer.Option(
        ..., "--answers", help="Scores in item order, comma-separated; blank = missing."
    ),
    sex: str = typer.Option(None, "--sex", help="male or female (for sex-specific cut-offs)."),
    lang: str = typer.Option("en", "--lang", help="Language the answers were given in."),
) -> None:
    """Score answers and print JSON: instrument, total, severity (the manual's band name), flags, ..."""
    from alliance.errors import AllianceError
    from alliance.measures.scoring import score

    try:
        result = score(instrument, parse_answers(answers), sex=sex, lang=lang)  # type: ignore[arg-type]
    except AllianceError as exc:
        _fail(exc)
    _print_json(result.model_dump())


@app.command("change")
def change_command(
    instrument: str = typer.Argument(...),
    baseline: int = typer.Argument(..., help="Baseline total."),
    latest: int = typer.Argument(..., help="Latest total."),
    method: str = typer.Option(None, "--method", help="nhs_talking_therapies or jacobson_truax."),
    sd: float = typer.Option(None, "--sd", help="Baseline SD for Jacobson & Truax."),
    reliability: float = typer.Option(None, "--reliability", help="Reliability for Jacobson & Truax."),
) -> None:
    """Classify the change between two totals (reliable improvement/deterioration, recovery)."""
    from alliance.errors import AllianceError
    from alliance.measures.change import classify_change

    if method not in (None, "nhs_talking_therapies", "jacobson_truax"):
        print("error: --method must be nhs_talking_therapies or jacobson_truax", file=sys.stderr)
        raise typer.Exit(code=2)
    try:
        result = classify_change(instrument, baseline, latest, method=method, sd=sd, reliability=reliability)  # type: ignore[arg-type]
    except AllianceError as exc:
        _fail(exc)
    _print_json(result.model_dump())


@app.command("questionnaire")
def questionnaire_command(
    instrument: str = typer.Argument(...), lang: str = typer.Option("en", "--lang")
) -> None:
    """Print the instrument as a FHIR R4 Questionnaire (JSON)."""
    from alliance.errors import AllianceError
    from alliance.measures.fhir import questionnaire

    try:
        resource = questionnaire(instrument, lang=lang)
    except AllianceError as exc:
        _fail(exc)
    typer.echo(resource.model_dump_json(indent=2))


@app.command("import")
def import_command(
    path: Path = typer.Argument(..., help="A FHIR R4 QuestionnaireResponse JSON file ('-' for stdin)."),
    sex: str = typer.Option(None, "--sex"),
) -> None:
    """Read a QuestionnaireResponse from an EHR and print its score as JSON."""
    from alliance.errors import AllianceError
    from alliance.measures.fhir import import_questionnaire_response
    from alliance.measures.scoring import score

    try:
        text = sys.stdin.read() if str(path) == "-" else path.read_text(encoding="utf-8")
    except OSError as exc:
        _fail(exc)
    try:
        instrument_id, answers = import_questionnaire_response(text)
        result = score(instrument_id, answers, sex=sex)
    except AllianceError as exc:
        _fail(exc)
    _print_json(result.model_dump())
