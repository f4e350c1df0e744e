"""`alliance notes ...`: transcription (and, later, drafting). Speech libraries load inside the commands."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

app = typer.Typer(help="Clinical documentation: transcribe session audio, draft notes.", no_args_is_help=True)


def _fail(detail: str, code: int = 2) -> None:
    print(f"error: {detail}", file=sys.stderr)
    raise typer.Exit(code=code)


@app.command("transcribe")
def transcribe_command(
    audio: Path = typer.Argument(..., help="Audio file: wav, mp3, m4a, webm or ogg."),
    model: str = typer.Option("base", "--model", help="base (multilingual) or tiny.en (fast English)."),
    language: str | None = typer.Option(None, "--language", help="Language (en, es, ...); else detected."),
    json_out: bool = typer.Option(False, "--json", help="JSON with segments, words and timestamps."),
    threads: int = typer.Option(2, "--threads", min=1, help="CPU threads for the model."),
    no_vad: bool = typer.Option(False, "--no-vad", help="Transcribe silence too (no VAD)."),
) -> None:
    """Transcribe AUDIO offline and print it ([mm:ss] lines, or JSON with --json); progress on stderr."""
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    from alliance.errors import AllianceError
    from alliance.notes.transcription import transcribe

    if model not in ("base", "tiny.en"):
        _fail("--model must be base or tiny.en")
    console = Console(stderr=True)
    error: AllianceError | None = None
    columns = (TextColumn("transcribing"), BarColumn(), TextColumn("{task.completed:.0f}/{task.total:.0f} s"),
               TimeElapsedColumn())
    with Progress(*columns, console=console, transient=True) as bar:
        task = bar.add_task("transcribe", total=0)

        def on_progress(done: float, total: float) -> None:
            bar.update(task, completed=done, total=total)

        try:
            result = transcribe(audio, model=model, language=language,  # type: ignore[arg-type]
                                vad=not no_vad, progress=on_progress, threads=threads)
        except AllianceError as exc:
            error = exc
    if error is not None:
        _fail(error.detail)
    if json_out:
        sys.stdout.write(json.dumps(result.model_dump(), ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(result.to_text() + "\n")
    console.print(f"{result.duration:.1f} s of {result.language} audio with {result.model} in "
                  f"{result.processing_seconds:.1f} s (real-time factor {result.real_time_factor:.2f})")


@app.command("draft")
def draft_command(
    transcript: Path = typer.Option(
        ..., "--transcript",
        help="Transcript: text (Therapist:/Client: lines, [00:01:02] Speaker 1: ..., paragraphs) or "
             "`notes transcribe --json` output."),
    note_format: str = typer.Option("soap", "--format", help="soap, dap, birp or girp."),
    provider: str | None = typer.Option(None, "--provider", help="Gateway provider (default: notes')."),
    model: str | None = typer.Option(None, "--model", help="Model name (default: the provider's)."),
    max_sentences: int | None = typer.Option(None, "--max-sentences", min=1, max=8,
                                             help="Sentences per section (default: grows with the session; "
                                                  "fewer per part in long sessions)."),
    session_date: str | None = typer.Option(None, "--session-date",
                                            help="YYYY-MM-DD: resolves 'next Tuesday' (default: today)."),
    no_extract: bool = typer.Option(False, "--no-extract", help="Without the extracted facts."),
) -> None:
    """Draft an evidence-linked note from a transcript and print it as JSON; progress on stderr."""
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    from alliance.errors import AllianceError
    from alliance.notes.drafting import draft_note
    from alliance.notes.formats import BUILTIN_FORMATS
    from alliance.notes.transcripts import load_transcript

    if note_format.lower() not in BUILTIN_FORMATS:
        _fail(f"--format must be one of {', '.join(BUILTIN_FORMATS)}")
    from datetime import date

    try:
        when = date.fromisoformat(session_date) if session_date else date.today()
    except ValueError:
        _fail("--session-date must be YYYY-MM-DD")
    console = Console(stderr=True)
    try:
        segments = load_transcript(transcript)
    except AllianceError as exc:
        _fail(exc.detail)
    import asyncio

    error: AllianceError | None = None
    draft = None
    with Progress(TextColumn("drafting"), BarColumn(), TextColumn("{task.completed}%"),
                  TextColumn("{task.description}"), TimeElapsedColumn(), console=console,
                  transient=True) as bar:
        task = bar.add_task("", total=None)

        def on_progress(stage: str, done: int, total: int) -> None:
            bar.update(task, description=stage, completed=done, total=total)

        try:
            draft = asyncio.run(draft_note(segments, format=note_format.lower(), provider=provider,
                                           model=model, progress=on_progress, session_date=when,
                                           extract=not no_extract,
                                           **({} if max_sentences is None else {"max_sentences": max_sentences})))
        except AllianceError as exc:
            error = exc
    if error is not None or draft is None:
        _fail(error.detail if error else "no draft", code=1)
    sys.stdout.write(json.dumps(draft.model_dump(mode="json"), ensure_ascii=False) + "\n")
    count = sum(len(s.sentences) for s in draft.sections)
    console.print(f"{count} sentences, {draft.supported_share:.0%} supported, risk {draft.risk.level}, "
                  f"{draft.model} in {draft.timings.get('total', 0):.1f} s")


@app.command("vocabulary-check")
def vocabulary_check_command(
    model: str = typer.Option("base", "--model", help="base or tiny.en."),
) -> None:
    """Word error on medication and questionnaire names (espeak-ng speech), without and with the recogniser
    vocabulary (hotwords, initial prompt); one JSON line per setting."""
    from alliance.errors import AllianceError
    from alliance.notes.vocabulary import term_error

    if model not in ("base", "tiny.en"):
        _fail("--model must be base or tiny.en")
    for mode in ("none", "hotwords", "prompt"):
        try:
            result = term_error(model=model, mode=mode)  # type: ignore[arg-type]
        except AllianceError as exc:
            _fail(exc.detail)
        sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
        sys.stdout.flush()
