"""`alliance safety ...` and `alliance eval safety`. The screen and evaluation load inside the commands."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import typer

app = typer.Typer(help="Crisis safety: the deterministic screen.", no_args_is_help=True)


def _result(sid: Any, s: Any) -> dict[str, Any]:
    d = s.to_dict()
    return {"id": sid, "level": d["level"], "categories": d["categories"], "evidence": d["evidence"],
            "rules": d["rules"]}


@app.command("screen")
def screen_command(
    text: str | None = typer.Option(None, "--text", help="Screen this one message instead of reading stdin."),
    lang: str | None = typer.Option(None, "--lang", help="Language of --text (en, es, fr, de, pt, it)."),
    no_classifier: bool = typer.Option(False, "--no-classifier", "--no-semantic",
                                       help="Lexical layers only (patterns, composition, context)."),
) -> None:
    """Screen messages: JSON Lines {"id","text","lang"?} on stdin, one JSON line out per input, same order."""
    from alliance.safety.screening import screen

    use_classifier = not no_classifier
    if text is not None:
        s = screen(text, lang=lang, use_classifier=use_classifier)
        out = _result(None, s) | {"lang": s.lang, "version": s.version}
        sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
        return
    failures = 0
    for lineno, line in enumerate(sys.stdin, start=1):
        if not line.strip():
            continue
        sid: Any = None
        try:
            obj = json.loads(line)
            if not isinstance(obj, dict):
                raise ValueError("each line must be a JSON object")
            sid = obj.get("id")
            msg, msg_lang = obj.get("text"), obj.get("lang")
            if not isinstance(msg, str):
                raise ValueError('"text" must be a string')
            if msg_lang is not None and not isinstance(msg_lang, str):
                raise ValueError('"lang" must be a string')
            out = _result(sid, screen(msg, lang=msg_lang, use_classifier=use_classifier))
        except (ValueError, TypeError) as exc:  # json.JSONDecodeError is a ValueError
            failures += 1
            detail = exc.msg if isinstance(exc, json.JSONDecodeError) else str(exc)
            out = {"id": sid, "line": lineno, "error": "BadRequest", "detail": detail}
        except Exception as exc:  # a bug must not stop the batch or print the message in a traceback
            failures += 1
            out = {"id": sid, "line": lineno, "error": "ScreenError", "detail": type(exc).__name__}
        sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
        sys.stdout.flush()
    if failures:
        typer.echo(f"{failures} line(s) could not be screened", err=True)
        raise typer.Exit(code=1)


def _fmt(rate: dict[str, Any]) -> str:
    if rate["value"] is None:
        return "n/a"
    lo, hi = rate["ci95"]
    return f"{rate['value']:.3f} [{lo:.3f}, {hi:.3f}] ({rate['k']}/{rate['n']})"


def evaluate_safety(
    limit: int | None = typer.Option(None, "--limit", help="Only the first N items of each dataset (quick runs)."),
    json_out: bool = typer.Option(False, "--json", help="Machine-readable results on stdout."),
    no_classifier: bool = typer.Option(False, "--no-classifier", "--no-semantic",
                                       help="Lexical layers only (patterns, composition, context)."),
    given_lang: bool = typer.Option(False, "--given-lang", help="Pass the labelled language instead of detecting it."),
    dataset: list[str] = typer.Option(["blind", "testset", "reddit", "vera"], "--dataset",
                                      help="blind (the newest blind set), testset, reddit, vera (repeat)."),
    set_file: list[Path] = typer.Option([], "--set", help="A labelled set (JSON lines) to score; repeatable."),
    record: bool = typer.Option(False, "--record-first-score",
                                help="Keep each blind set's figures in its manifest if it has none yet."),
    datasets_dir: Path = typer.Option(Path("/work/shared/datasets"), "--datasets-dir",
                                      help="Folder holding reddit-cssrs-gaur2019 and vera-mh."),
) -> None:
    """Recall, precision and false-positive rate (95% Wilson intervals) of the crisis screen."""
    from rich.console import Console
    from rich.table import Table

    from alliance.safety import evaluation as ev

    console = Console(stderr=True)
    use_classifier = not no_classifier
    results: dict[str, Any] = {}
    sets: list[Path] = list(set_file)
    if "blind" in dataset and not sets and ev.blind_sets():
        sets.append(ev.blind_sets()[-1])
    for path in sets:
        scored = ev.score_testset(ev.load_testset(path, limit=limit), use_classifier=use_classifier,
                                  given_lang=given_lang)
        results[f"set:{path.name}"] = scored
        if record and limit is None and path.resolve().parent == ev.blind_dir().resolve():
            from alliance.safety.screening import VERSION

            version = VERSION + ("+semantic" if use_classifier else "")
            if ev.record_first_score(path, scored, version=version, use_semantic=use_classifier):
                console.print(f"recorded the first score of {path.name}")
            else:
                console.print(f"[yellow]{path.name} already has a first score: not overwritten[/]")
    if "testset" in dataset:
        results["testset"] = ev.score_testset(ev.load_testset(limit=limit), use_classifier=use_classifier,
                                              given_lang=given_lang)
    reddit_file, vera_file = datasets_dir / ev.REDDIT_FILE, datasets_dir / ev.VERA_FILE
    if "reddit" in dataset:
        if reddit_file.exists():
            results["reddit"] = ev.score_reddit(reddit_file, limit=limit, use_classifier=use_classifier)
        else:
            console.print(f"[yellow]skipped reddit: {reddit_file} not found[/]")
    if "vera" in dataset:
        if vera_file.exists():
            results["vera"] = ev.score_vera(vera_file, use_classifier=use_classifier)
        else:
            console.print(f"[yellow]skipped vera: {vera_file} not found[/]")
    table = Table(title="Crisis screen evaluation (95% Wilson intervals)")
    table.add_column("dataset")
    table.add_column("measure")
    table.add_column("value [CI] (k/n)")
    for name, t in results.items():
        if name != "testset" and not name.startswith("set:"):
            continue
        for measure in ("recall", "precision", "false_positive_rate"):
            table.add_row(name, measure, _fmt(t["overall"][measure]))
        table.add_row(name, "imminent scored >= high", _fmt(t["imminent_scored_high"]))
        table.add_row(name, "everyday false alarms", _fmt(t["everyday_false_alarms"]))
        for lang, v in t["by_language"].items():
            table.add_row(name, f"recall ({lang}) / FPR", f"{_fmt(v['recall'])} / {_fmt(v['false_positive_rate'])}")
        for cat, v in t["by_category"].items():
            table.add_row(name, f"recall ({cat})", _fmt(v["recall"]))
    if "reddit" in results:
        r = results["reddit"]
        for key in ("recall_ideation", "recall_behavior", "recall_attempt", "flag_rate_supportive",
                    "flag_rate_indicator", "recall_at_risk", "precision"):
            table.add_row("reddit (users)", key, _fmt(r[key]))
    if "vera" in results:
        v = results["vera"]
        table.add_row("vera-mh", "risk personas at their level", _fmt(v["risk_personas_at_level"]))
        for p in v["personas"]:
            table.add_row("vera-mh", p["persona"], f"expected {p['expected']}, reached {p['reached']}"
                          f" ({'ok' if p['ok'] else 'MISSED'})")
    console.print(table)
    if json_out:
        sys.stdout.write(json.dumps(results, ensure_ascii=False) + "\n")


@app.command("resources")
def resources_command(
    country: str = typer.Option(..., "--country", help="ISO 3166-1 alpha-2 code (UK is accepted for GB)."),
    json_out: bool = typer.Option(False, "--json", help="Print the resources as one JSON object."),
    lang: str | None = typer.Option(None, "--lang", help="Client's language (ISO 639-1): its services come first."),
) -> None:
    """The emergency numbers and crisis lines for a country: emergency numbers first, then lines with hours."""
    from alliance.safety.resources import known_country, resources_for

    if not known_country(country):
        typer.echo(f"Unknown country code {country!r}: give an ISO 3166-1 alpha-2 code such as GB, JP or US.",
                   err=True)
        raise typer.Exit(code=2)
    res = resources_for(country, lang)
    if json_out:
        sys.stdout.write(json.dumps(res.model_dump(mode="json"), ensure_ascii=False) + "\n")
        return
    lines = [f"{res.country_name} ({res.country})", "", "Emergency:"]
    lines += [f"  {n.number}  {n.label}" for n in res.emergency]
    if res.emergency_uncertain or not res.emergency_for_country:
        lines.append("  (not fully confirmed: check the local number)")
    lines += ["", "No national crisis line: " + res.no_national_line] if res.no_national_line else []
    lines += ["", "Crisis lines:"]
    for s in res.services:
        how = [p for p in (s.phone and (f"{s.phone} (option {s.press})" if s.press else s.phone),
                           s.text and s.text.display, s.chat_url or s.url) if p]
        lines.append(f"  {s.name}: {'; '.join(how)} ({s.hours})")
    if res.guidance:
        lines += ["", res.guidance]
    lines += ["", f"Sources: {res.emergency_source} (emergency numbers); each line's own page. {res.note}"]
    typer.echo("\n".join(lines))
