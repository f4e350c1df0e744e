"""Notes whose job died (a crash, `kill -9`, a lost queue) are found and retried, or handed back to the clinician.

A running job touches its note every HEARTBEAT seconds (`notes.tasks`), so a note that is busy (queued,
transcribing or drafting) and untouched for STALE is a note without a job. `recover_stalled` runs when the job
worker starts and every minute (`notes.recover_stalled`): it queues the step again up to MAX_ATTEMPTS times (jobs
check the note's status before they start, so a step queued twice runs once), then gives up with a reason the
clinician can read: transcription failed (upload again) or the AI draft failed (the editor opens, with a button to
try the draft again). Each recovery is an audit event, which is also how the attempts are counted.
"""

from __future__ import annotations

import logging
import uuid
from datetime import timedelta

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from alliance.db.base import utcnow
from alliance.errors import Conflict
from alliance.notes.models import Note
from alliance.security import audit
from alliance.security.audit import Actor
from alliance.security.models import AuditEvent

log = logging.getLogger("alliance.jobs")

HEARTBEAT = 15  # seconds between a running job's touches of its note
STALE = timedelta(seconds=60)  # a busy note untouched this long has no job
MAX_ATTEMPTS = 2  # queued again at most this many times, then handed back
_TRANSCRIPTION = ("uploaded", "transcribing")
_DRAFTING = ("transcribed", "drafting")


async def touch(session: AsyncSession, note_id: uuid.UUID | str) -> None:
    """The running job's heartbeat."""
    await session.execute(update(Note).where(Note.id == uuid.UUID(str(note_id))).values(updated_at=utcnow()))


async def _attempts(session: AsyncSession, note_id: uuid.UUID) -> int:
    return int(await session.scalar(select(func.count()).select_from(AuditEvent).where(
        AuditEvent.action == "notes.recover", AuditEvent.resource_id == str(note_id))) or 0)


async def recover_stalled(session: AsyncSession, *, stale: timedelta = STALE) -> dict[str, int]:
    """Queue again, or hand back, every busy note whose job stopped; returns how many of each."""
    from alliance.jobs.queue import enqueue_after_commit
    from alliance.notes import pipeline
    from alliance.notes.tasks import draft_task, transcribe_task

    cutoff = utcnow() - stale
    stalled = (await session.execute(select(Note).where(
        Note.status.in_(_TRANSCRIPTION + _DRAFTING), Note.updated_at < cutoff))).scalars().all()
    counts = {"requeued": 0, "failed": 0}
    for note in stalled:
        actor = Actor.system(note.practice_id)
        transcribing = note.status in _TRANSCRIPTION
        audio_there = note.audio_file is not None and (pipeline.audio_root() / note.audio_file).is_file()
        if await _attempts(session, note.id) < MAX_ATTEMPTS and (audio_there or not transcribing):
            note.status, note.progress = ("uploaded" if transcribing else "transcribed"), 0
            note.progress_stage = "queued again after an interruption"
            await audit.record(session, actor, "notes.recover", client_id=note.client_id, resource_type="note",
                               resource_id=note.id, detail=f"step={'transcribe' if transcribing else 'draft'}")
            enqueue_after_commit(session, transcribe_task if transcribing else draft_task, str(note.id))
            counts["requeued"] += 1
        elif transcribing:
            await pipeline.fail(session, note.id, "Transcription stopped before it finished (the server was "
                                                  "interrupted); please upload the recording again.")
            counts["failed"] += 1
        else:
            await pipeline.fail_drafting(session, note.id, "the drafting job stopped twice")
            counts["failed"] += 1
    if stalled:
        log.info("notes.recover_stalled: %s requeued, %s handed back", counts["requeued"], counts["failed"])
    return counts


def can_draft_again(note: Note) -> bool:
    """A note handed back without an AI draft, whose clinician has written nothing yet (the risk statement the
    screen wrote aside)."""
    from alliance.notes.service import RISK_SECTION

    written = any((text or "").strip() for name, text in (note.sections or {}).items() if name != RISK_SECTION)
    return (note.status == "draft" and note.draft is None and note.use_ai and not written
            and bool((note.transcript or {}).get("segments")) and note.signed_at is None)


async def draft_again(session: AsyncSession, actor: Actor, note_id: uuid.UUID) -> Note:
    """Try the AI draft again for a note that was handed back without one (the clinician's button)."""
    from alliance.jobs.queue import enqueue_after_commit
    from alliance.notes import service
    from alliance.notes.tasks import draft_task

    note = await service.get_note(session, actor, note_id, write=True, audited=None)
    service.check_unlocked(note)
    if not can_draft_again(note):
        raise Conflict("This note has no AI draft to try again, or you have started writing it (a new draft would "
                       "replace your text).")
    note.status, note.progress, note.progress_stage, note.status_reason = "transcribed", 0, "waiting to draft", None
    await audit.record(session, actor, "notes.draft_again", client_id=note.client_id, resource_type="note",
                       resource_id=note.id)
    enqueue_after_commit(session, draft_task, str(note.id))
    return note
