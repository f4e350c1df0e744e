"""Background jobs of session notes (ids only): `notes.transcribe`, `notes.draft`, `notes.purge_audio`.

Each job runs its steps as service functions in transactions of their own (`run_async`), with the slow part
(speech recognition, the model) outside any transaction, so the progress it writes is committed and visible
to the page polling it, and no database lock is held for minutes.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time

from huey import crontab

from alliance.errors import AllianceError
from alliance.jobs.queue import huey, run_async

log = logging.getLogger("alliance.jobs")
PROGRESS_EVERY = 1.5  # seconds between progress writes


def _write_progress(note_id: str, stage: str, percent: int) -> None:
    """Store the progress the page shows; a database busy with another writer (SQLite's single write lock) skips
    this update instead of failing the step: the next one follows within seconds, and 100% is written by the step."""
    from sqlalchemy.exc import OperationalError

    from alliance.notes.pipeline import record_progress

    try:
        run_async(record_progress, note_id, stage, percent)
    except OperationalError as exc:
        log.warning("progress of note %s not stored (%s)", note_id, type(exc.orig).__name__ if exc.orig else "busy")


class _Progress:
    """Writes a step's progress to the note, at most every PROGRESS_EVERY seconds (and always at 100%)."""

    def __init__(self, note_id: str, stage: str) -> None:
        self.note_id, self.stage, self.last = note_id, stage, 0.0

    def write(self, stage: str, percent: int) -> None:
        now = time.monotonic()
        if percent < 100 and now - self.last < PROGRESS_EVERY:
            return
        self.last = now
        # Called from inside a running event loop too (drafting): write from a helper thread.
        thread = threading.Thread(target=_write_progress, args=(self.note_id, stage, percent))
        thread.start()
        thread.join()

    def seconds(self, done: float, total: float) -> None:
        self.write(self.stage, int(100 * done / total) if total else 0)

    def steps(self, label: str, done: int, total: int) -> None:
        """Drafting's report: the label names the stage, tokens written and time left (at most 60 characters)."""
        self.write(label, int(100 * done / total) if total else 0)


class _Heartbeat:
    """Touches the note every HEARTBEAT seconds while a job's slow step runs, so a dead job can be told apart."""

    def __init__(self, note_id: str) -> None:
        self.note_id, self.stop = note_id, threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        from alliance.notes.recovery import HEARTBEAT, touch

        while not self.stop.wait(HEARTBEAT):
            try:
                run_async(touch, self.note_id)
            except Exception as exc:  # noqa: BLE001 - a missed beat only delays recovery
                log.warning("notes heartbeat failed (%s)", type(exc).__name__)

    def __enter__(self) -> "_Heartbeat":
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.thread.join()


def transcribe(note_id: str) -> bool:
    """Transcribe a note's audio (the body of the `notes.transcribe` job)."""
    from alliance.notes import pipeline
    from alliance.notes.transcription import transcribe as speech_to_text

    job = run_async(pipeline.start_transcription, note_id)
    if job is None:
        return False
    try:
        with _Heartbeat(note_id):
            result = speech_to_text(
                job.path,
                model=job.model,
                language=job.language,
                progress=_Progress(note_id, "transcribing").seconds,
            )
    except AllianceError as exc:
        run_async(pipeline.fail, note_id, f"Transcription failed: {exc.detail}")
        return False
    except Exception as exc:  # noqa: BLE001 - any failure is shown on the note, by type only
        run_async(pipeline.fail, note_id, f"Transcription failed ({type(exc).__name__}).")
        raise
    run_async(pipeline.finish_transcription, note_id, pipeline.transcript_record(result))
    return True


def draft(note_id: str) -> bool:
    """Draft a note from its transcript (the body of the `notes.draft` job)."""
    from alliance.notes import pipeline

    job = run_async(pipeline.start_drafting, note_id)
    if job is None:
        return False
    try:
        with _Heartbeat(note_id):
            result = _draft_in_loop(job, note_id)
    except AllianceError as exc:  # model unavailable or timed out, invalid output, refused provider
        facts = asyncio.run(pipeline.facts_only_draft(job, exc.detail))
        if facts is None:
            run_async(pipeline.fail_drafting, note_id, exc.detail)
            return False
        run_async(pipeline.finish_drafting, note_id, facts.model_dump(mode="json"))
        return True
    except Exception as exc:  # noqa: BLE001
        run_async(pipeline.fail_drafting, note_id, type(exc).__name__)
        raise
    run_async(pipeline.finish_drafting, note_id, result.model_dump(mode="json"))
    return True


def _draft_in_loop(job, note_id: str):  # noqa: ANN001, ANN202
    """Run the drafting coroutine for a job (its own event loop: this is a worker thread)."""
    from alliance.notes import pipeline
    from alliance.notes.drafting import draft_note

    return asyncio.run(
        draft_note(
            job.segments,
            format=job.format,
            client_id=str(job.client_id),
            provider=job.provider,
            allow_external=job.allow_external,
            template=job.template,
            risk_classifier=pipeline.TRANSCRIPT_CLASSIFIER,
            session_date=job.session_date,
            progress=_Progress(note_id, "drafting").steps,
        )
    )


@huey.task(name="notes.transcribe")
def transcribe_task(note_id: str) -> bool:
    """Transcribe the note's audio, then queue the draft (or open the editor)."""
    return transcribe(note_id)


@huey.task(name="notes.draft")
def draft_task(note_id: str) -> bool:
    """Draft the note with the model; risk from the safety screen."""
    return draft(note_id)


async def _purge(session) -> int:  # noqa: ANN001
    from alliance.notes.pipeline import purge_audio

    count = await purge_audio(session)
    if count:
        log.info("notes.purge_audio deleted %s file(s)", count)
    return count


@huey.periodic_task(crontab(minute="23"), name="notes.purge_audio")
def purge_audio_task() -> int:
    """Hourly: delete audio kept under the practice's retention setting once it is due."""
    return run_async(_purge)


@huey.periodic_task(crontab(minute="*"), name="notes.recover_stalled")
def recover_stalled_task() -> dict:
    """Every minute: queue again (or hand back) notes whose transcription or draft job stopped."""
    from alliance.notes.recovery import recover_stalled

    return run_async(recover_stalled)
