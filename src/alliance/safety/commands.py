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
    no_classifier: bool = typer.Option(False, "--no-classifier", help="Patterns only."),
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
    no_classifier: bool = typer.Option(False, "--no-classifier", help="Patterns only."),
    given_lang: bool = typer.Option(False, "--given-lang", help="Pass the labelled language instead of detecting it."),
    dataset: list[str] = typer.Option(["testset", "reddit", "vera"], "--dataset",
                                      help="testset, reddit, vera (repeat to choose several)."),
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
    if "testset" in results:
        t = results["testset"]
        for name in ("recall", "precision", "false_positive_rate"):
            table.add_row("testset", name, _fmt(t["overall"][name]))
        table.add_row("testset", "imminent scored >= high", _fmt(t["imminent_scored_high"]))
        table.add_row("testset", "everyday false alarms", _fmt(t["everyday_false_alarms"]))
        for lang, v in t["by_language"].items():
            table.add_row("testset", f"recall ({lang}) / FPR", f"{_fmt(v['recall'])} / {_fmt(v['false_positive_rate'])}")
        for cat, v in t["by_category"].items():
            table.add_row("testset", f"recall ({cat})", _fmt(v["recall"]))
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
