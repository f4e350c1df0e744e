"""From audio or text to a transcript and a draft: note creation, the transcription and drafting steps the
jobs run (each step in its own transaction), the safety screen's risk finding, and audio storage and deletion.

Jobs (`alliance.notes.tasks`) chain the steps: `start_transcription` (commit) -> transcribe outside any
transaction, writing progress -> `finish_transcription` (commit; audio deleted unless retained) ->
`start_drafting` (commit) -> `draft_note` outside any transaction -> `finish_drafting` (commit). Tests and
the command line run the same steps in one session with `transcribe_note` / `draft_for_note`.
"""

from __future__ import annotations

import asyncio
import logging
import os
import secrets
import shutil
import uuid
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from alliance.clients.models import Client
from alliance.config import get_settings
from alliance.consent.models import Feature
from alliance.consent.service import has_consent, require_consent
from alliance.db.base import utcnow
from alliance.errors import AllianceError, BadRequest, Conflict
from alliance.notes import service
from alliance.notes.drafting import TRANSCRIPT_CLASSIFIER
from alliance.notes.models import AUDIO_SOURCES, Note
from alliance.notes.schemas import NoteCreate
from alliance.practices.models import Practice
from alliance.security import audit
from alliance.security.audit import Actor
from alliance.security.authz import Action, authorize

log = logging.getLogger("alliance.notes")

AUDIO_SUFFIXES = {".wav", ".mp3", ".m4a", ".webm", ".ogg", ".oga", ".opus"}
MAX_AUDIO_BYTES = 200 * 1024 * 1024
CHUNK = 1024 * 1024
ORPHAN_AGE_SECONDS = 3600


class TooLarge(AllianceError):
    """The upload is over the size limit."""

    status_code = 413



@dataclass(frozen=True)
class TranscriptionJob:
    """What the transcription step needs (no PHI)."""

    note_id: uuid.UUID
    path: Path
    model: str
    language: str | None


@dataclass(frozen=True)
class DraftJob:
    """What the drafting step needs: the transcript segments and the format."""

    note_id: uuid.UUID
    client_id: uuid.UUID
    segments: list[Any]
    format: Any
    provider: str | None = None  # chosen per practice and purpose, with the client's external-AI consent
    allow_external: bool = False
    template: Any = None  # the practice's approved version of the note.draft prompt
    session_date: Any = None  # resolves "next Tuesday" in the next appointment (alliance.notes.extract)


def audio_root() -> Path:
    """Where uploaded audio waits for transcription."""
    return get_settings().data_dir / "audio"


# --- creating notes --------------------------------------------------------------------------------------


async def _new_note(
    session: AsyncSession,
    actor: Actor,
    client: Client,
    *,
    source: str,
    fmt_name: str,
    use_ai: bool,
    appointment_id: uuid.UUID | None,
    language: str | None = None,
) -> Note:
    if use_ai:
        await require_consent(session, client.id, Feature.ai_documentation)
    fmt = await service.resolve_format(session, client.practice_id, fmt_name)
    appt = await service.appointment_for(session, client, appointment_id)
    note = Note(
        practice_id=client.practice_id,
        client_id=client.id,
        appointment_id=appt.id if appt else None,
        author_id=actor.user_id,
        session_date=service.session_when(appt),
        source=source,
        status="uploaded",
        use_ai=use_ai,
        format=fmt.name,
        format_json=service.format_snapshot(fmt),
        language=language,
        created_by=actor.user_id,
        updated_by=actor.user_id,
    )
    session.add(note)
    await session.flush()
    return note


async def create_from_text(
    session: AsyncSession, actor: Actor, client_id: uuid.UUID, data: NoteCreate
) -> Note:
    """A note from a pasted transcript or typed dictation; the draft job is queued (or the editor opens)."""
    from alliance.notes.transcripts import parse_transcript

    client = await authorize(session, actor, Action.clinical_write, client_id)
    note = await _new_note(
        session,
        actor,
        client,
        source=data.source,
        fmt_name=data.format,
        use_ai=data.use_ai,
        appointment_id=data.appointment_id,
    )
    segments = [s.model_dump() for s in parse_transcript(data.text)]
    note.transcript = {"language": None, "duration": None, "model": None, "segments": segments}
    await audit.record(
        session,
        actor,
        "notes.create",
        client_id=client.id,
        resource_type="note",
        resource_id=note.id,
        detail=f"source={note.source} format={note.format} ai={note.use_ai}",
    )
    await _after_transcript(session, actor, note)
    return note


async def create_from_audio(
    session: AsyncSession,
    actor: Actor,
    client_id: uuid.UUID,
    *,
    source: str,
    filename: str,
    stream: BinaryIO,
    fmt_name: str = "soap",
    use_ai: bool = True,
    appointment_id: uuid.UUID | None = None,
    language: str | None = None,
) -> Note:
    """A note from session audio (upload or browser recording: recording consent) or dictated audio."""
    if source not in AUDIO_SOURCES:
        raise BadRequest(f"source must be one of {', '.join(AUDIO_SOURCES)}.")
    suffix = Path(filename or "").suffix.lower()
    if suffix not in AUDIO_SUFFIXES:
        raise BadRequest(f"Audio must be one of {', '.join(sorted(s[1:] for s in AUDIO_SUFFIXES))}.")
    if language is not None and (not language.isalpha() or len(language) > 3):
        raise BadRequest("language must be a language code such as 'en' or 'es'.")
    client = await authorize(session, actor, Action.clinical_write, client_id)
    if source != "dictation":  # the clinician's own dictated summary records nobody else
        await require_consent(session, client.id, Feature.session_recording)
    note = await _new_note(
        session,
        actor,
        client,
        source=source,
        fmt_name=fmt_name,
        use_ai=use_ai,
        appointment_id=appointment_id,
        language=language,
    )
    # Dictation is English summary speech: tiny.en is fast; session audio gets base (multilingual).
    note.speech_model = "tiny.en" if source == "dictation" and language in (None, "en") else "base"
    folder = audio_root() / str(note.id)
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)  # session audio: owner-only folder and file
    target = folder / f"{secrets.token_hex(16)}{suffix}"
    size = 0
    with os.fdopen(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb") as out:
        while chunk := stream.read(CHUNK):
            size += len(chunk)
            if size > MAX_AUDIO_BYTES:
                out.close()
                shutil.rmtree(folder, ignore_errors=True)
                raise TooLarge(f"Audio files may be at most {MAX_AUDIO_BYTES // (1024 * 1024)} MB.")
            out.write(chunk)
    if size == 0:
        shutil.rmtree(folder, ignore_errors=True)
        raise BadRequest("The audio file is empty.")
    note.audio_file = str(target.relative_to(audio_root()))
    await audit.record(
        session,
        actor,
        "notes.create",
        client_id=client.id,
        resource_type="note",
        resource_id=note.id,
        detail=f"source={source} format={note.format} ai={use_ai} bytes={size}",
    )
    from alliance.jobs.queue import enqueue_after_commit
    from alliance.notes.tasks import transcribe_task

    enqueue_after_commit(session, transcribe_task, str(note.id))
    return note


# --- transcription steps ---------------------------------------------------------------------------------


async def _load(session: AsyncSession, note_id: uuid.UUID | str) -> Note | None:
    note = await session.get(Note, uuid.UUID(str(note_id)))
    if note is None or note.deleted_at is not None:
        return None
    await session.get(Client, note.client_id)  # loads the client's data key for the encrypted fields
    return note


async def start_transcription(session: AsyncSession, note_id: uuid.UUID | str) -> TranscriptionJob | None:
    """Mark the note as transcribing; None when there is nothing to do (deleted, or not waiting)."""
    note = await _load(session, note_id)
    if note is None or note.status != "uploaded" or note.audio_file is None:
        return None
    if note.source != "dictation" and not await has_consent(
        session, note.client_id, Feature.session_recording
    ):
        await fail(
            session, note.id, "The client withdrew consent to session recording; the audio was deleted."
        )
        return None
    note.status, note.progress, note.progress_stage = "transcribing", 0, "transcribing"
    return TranscriptionJob(
        note.id, audio_root() / note.audio_file, note.speech_model or "base", note.language
    )


async def record_progress(session: AsyncSession, note_id: uuid.UUID | str, stage: str, percent: int) -> None:
    """Store a step's progress on the note (the page polls it)."""
    await session.execute(
        update(Note)
        .where(Note.id == uuid.UUID(str(note_id)))
        .values(progress=max(0, min(100, int(percent))), progress_stage=stage[:60])
    )


def transcript_record(transcript: Any) -> dict[str, Any]:
    """A transcription result as stored: segments with ids S1.., times and speaker roles."""
    from alliance.notes.transcripts import from_segments

    data = transcript.model_dump() if hasattr(transcript, "model_dump") else dict(transcript)
    segments = (
        [s.model_dump() for s in from_segments(data.get("segments") or [])] if data.get("segments") else []
    )
    return {
        "language": data.get("language"),
        "duration": data.get("duration"),
        "model": data.get("model"),
        "segments": segments,
    }


async def finish_transcription(
    session: AsyncSession, note_id: uuid.UUID | str, transcript: dict[str, Any]
) -> Note:
    """Store the transcript, delete the audio (unless the practice keeps it), queue the draft."""
    note = await _load(session, note_id)
    if note is None:
        raise Conflict("The note is gone.")
    note.transcript = transcript
    note.language = transcript.get("language") or note.language
    note.status, note.progress, note.progress_stage = "transcribed", 100, "transcribed"
    await dispose_audio(session, note)
    if not transcript.get("segments"):
        note.status, note.status_reason = "draft", "No speech was found in the audio; write the note by hand."
        note.sections = {name: "" for name in service.section_titles(note)}
        return note
    await _after_transcript(session, Actor.system(note.practice_id), note)
    return note


async def fail(session: AsyncSession, note_id: uuid.UUID | str, reason: str) -> None:
    """Mark a step as failed with a reason the clinician can read (never PHI); audio is disposed of."""
    note = await _load(session, note_id)
    if note is None:
        return
    note.status, note.status_reason = "failed", reason[:300]
    note.progress_stage = "failed"
    await dispose_audio(session, note)
    await audit.record(
        session,
        Actor.system(note.practice_id),
        "notes.job.fail",
        client_id=note.client_id,
        resource_type="note",
        resource_id=note.id,
    )


async def transcribe_note(session: AsyncSession, note_id: uuid.UUID | str) -> Note | None:
    """All transcription steps in one session (tests, command line); the job runs them in separate ones."""
    from alliance.notes.transcription import transcribe

    job = await start_transcription(session, note_id)
    if job is None:
        return None
    try:
        result = await asyncio.to_thread(transcribe, job.path, model=job.model, language=job.language)
    except AllianceError as exc:
        await fail(session, job.note_id, f"Transcription failed: {exc.detail}")
        return await _load(session, job.note_id)
    return await finish_transcription(session, job.note_id, transcript_record(result))


# --- risk and drafting -----------------------------------------------------------------------------------


def segments_of(note: Note) -> list[Any]:
    """The stored transcript as the drafting library's Segment objects (ids kept)."""
    from alliance.notes.transcripts import Segment

    return [Segment.model_validate(s) for s in (note.transcript or {}).get("segments", [])]


async def apply_risk(session: AsyncSession, actor: Actor, note: Note, risk: dict[str, Any]) -> None:
    """Store the safety screen's finding; moderate or above raises an alert (once per note)."""
    from alliance.safety import Category, Level
    from alliance.safety import service as safety_service

    note.risk = risk
    note.risk_level = risk.get("level")
    level = Level.parse(risk.get("level") or "none")
    if level >= Level.MODERATE:
        categories = [Category(c) for c in risk.get("categories", [])]
        evidence = [e["text"] for e in risk.get("evidence", [])]
        alert = await safety_service.raise_alert(
            session,
            actor,
            note.client_id,
            source="transcript",
            source_id=str(note.id),
            level=level,
            categories=categories,
            reasons=[risk.get("statement", "")],
            evidence=evidence,
            rules=sorted({e["rule"] for e in risk.get("evidence", [])}),
            screen_version=risk.get("screen_version"),
        )
        note.alert_id = alert.id


async def _after_transcript(session: AsyncSession, actor: Actor, note: Note) -> None:
    """Queue the draft job (AI with consent), or screen for risk and open an empty editor (by hand)."""
    if note.use_ai:
        note.status, note.progress, note.progress_stage = "transcribed", 0, "waiting to draft"
        from alliance.jobs.queue import enqueue_after_commit
        from alliance.notes.tasks import draft_task

        enqueue_after_commit(session, draft_task, str(note.id))
        return
    await _manual(session, actor, note, None)


async def _manual(session: AsyncSession, actor: Actor, note: Note, reason: str | None) -> None:
    from alliance.notes.drafting import screen_risk

    risk = screen_risk(segments_of(note), use_classifier=TRANSCRIPT_CLASSIFIER).model_dump(mode="json")
    await apply_risk(session, actor, note, risk)
    sections = {name: "" for name in service.section_titles(note)}
    sections.update({k: v for k, v in service.draft_sections(None, risk).items()})
    note.sections = sections
    note.status, note.status_reason, note.progress, note.progress_stage = "draft", reason, 100, "ready"


async def start_drafting(session: AsyncSession, note_id: uuid.UUID | str) -> DraftJob | None:
    """Mark the note as drafting; without AI consent (withdrawn since) the editor opens without a draft."""
    note = await _load(session, note_id)
    if note is None or note.status != "transcribed" or not note.use_ai:
        return None
    if not await has_consent(session, note.client_id, Feature.ai_documentation):
        await _manual(
            session,
            Actor.system(note.practice_id),
            note,
            "The client has not consented to AI documentation: write the note by hand.",
        )
        return None
    from alliance.consent.service import ConsentRequired
    from alliance.llm import service as llm_service

    try:
        choice = await llm_service.choose_provider(session, note.practice_id, "notes", note.client_id)
    except ConsentRequired:
        await _manual(
            session,
            Actor.system(note.practice_id),
            note,
            "Notes are drafted by an outside AI provider, "
            "and the client has not consented to outside AI providers: write the note by hand.",
        )
        return None
    note.status, note.progress, note.progress_stage = "drafting", 0, "drafting"
    template = await llm_service.effective_template(session, note.practice_id, "note.draft")
    return DraftJob(note.id, note.client_id, segments_of(note), service.note_format(note), choice.provider,
                    choice.privacy == "external", template, note.session_date)


async def finish_drafting(
    session: AsyncSession, note_id: uuid.UUID | str, draft: dict[str, Any], *, origin: str = "model"
) -> Note:
    """Store the AI draft unchanged, its risk finding (alert at moderate or above), and the working text."""
    note = await _load(session, note_id)
    if note is None:
        raise Conflict("The note is gone.")
    note.draft = draft
    note.draft_origin, note.draft_model = origin, draft.get("model")
    await apply_risk(session, Actor.system(note.practice_id), note, draft["risk"])
    sections = {name: "" for name in service.section_titles(note)}
    sections.update(service.draft_sections(draft, draft["risk"]))
    note.sections = sections
    note.status, note.status_reason, note.progress, note.progress_stage = "draft", None, 100, "ready"
    await audit.record(
        session,
        Actor.system(note.practice_id),
        "notes.draft",
        client_id=note.client_id,
        resource_type="note",
        resource_id=note.id,
        detail=f"origin={origin}",
    )
    return note


async def draft_for_note(session: AsyncSession, note_id: uuid.UUID | str) -> Note | None:
    """All drafting steps in one session (tests, command line); the job runs them in separate ones."""
    from alliance.notes.drafting import draft_note

    job = await start_drafting(session, note_id)
    if job is None:
        return await _load(session, note_id)
    try:
        draft = await draft_note(job.segments, format=job.format, client_id=str(job.client_id), provider=job.provider,
                                 allow_external=job.allow_external, template=job.template,
                                 risk_classifier=TRANSCRIPT_CLASSIFIER, session_date=job.session_date)
    except AllianceError as exc:  # model unavailable or timed out, invalid output, refused provider
        facts = await facts_only_draft(job, exc.detail)
        if facts is None:
            await fail_drafting(session, job.note_id, exc.detail)
            return await _load(session, job.note_id)
        draft = facts
    return await finish_drafting(session, job.note_id, draft.model_dump(mode="json"))


async def facts_only_draft(job: DraftJob, detail: str) -> Any:
    """When the model cannot draft, the facts fixed rules find (medications, scores, interventions, homework, the next
    appointment) still land in their sections with their evidence, marked as such; None when there are none."""
    from alliance.notes.drafting import draft_note

    try:
        draft = await draft_note(job.segments, format=job.format, client_id=str(job.client_id), provider=job.provider,
                                 risk_classifier=TRANSCRIPT_CLASSIFIER, session_date=job.session_date, use_model=False)
    except AllianceError:
        return None
    if not any(sec.sentences for sec in draft.sections):
        return None
    draft.warnings.insert(0, f"the model could not draft ({detail[:200]}): only the facts found in the transcript by "
                             "fixed rules are filled in; write the rest by hand")
    return draft


async def fail_drafting(session: AsyncSession, note_id: uuid.UUID | str, detail: str) -> None:
    """The model could not draft: the editor opens without a draft (risk still screened), with the reason."""
    note = await _load(session, note_id)
    if note is not None:
        await _manual(
            session,
            Actor.system(note.practice_id),
            note,
            f"The AI draft failed ({detail[:200]}); write the note by hand.",
        )


# --- audio -----------------------------------------------------------------------------------------------


async def dispose_audio(session: AsyncSession, note: Note) -> None:
    """Delete the note's audio now, or mark when it is due under the practice's retention setting."""
    if note.audio_file is None:
        return
    practice = await session.get(Practice, note.practice_id)
    days = practice.audio_retention_days if practice else 0
    if days > 0 and note.audio_keep_until is None:
        note.audio_keep_until = utcnow() + timedelta(days=days)
        return
    if days > 0 and note.audio_keep_until > utcnow():
        return
    await delete_audio(session, note)


async def delete_audio(session: AsyncSession, note: Note) -> None:
    """Remove the audio file and its folder; the deletion is written to the audit log."""
    folder = (audio_root() / note.audio_file).parent
    shutil.rmtree(folder, ignore_errors=True)
    note.audio_file, note.audio_keep_until, note.audio_deleted_at = None, None, utcnow()
    await audit.record(
        session,
        Actor.system(note.practice_id),
        "notes.audio.delete",
        client_id=note.client_id,
        resource_type="note",
        resource_id=note.id,
    )
    log.info("notes.audio.delete note=%s", note.id)


async def purge_audio(session: AsyncSession) -> int:
    """Delete retained audio whose retention has ended (the periodic job); returns how many."""
    due = (
        (
            await session.execute(
                select(Note).where(
                    Note.audio_file.is_not(None),
                    Note.audio_keep_until.is_not(None),
                    Note.audio_keep_until <= utcnow(),
                )
            )
        )
        .scalars()
        .all()
    )
    for note in due:
        await delete_audio(session, note)
    return len(due) + await _purge_orphans(session)


async def _purge_orphans(session: AsyncSession) -> int:
    """Delete audio folders whose note is gone (the client was erased), once they are an hour old."""
    import time

    root = audio_root()
    if not root.is_dir():
        return 0
    removed = 0
    for folder in root.iterdir():
        try:
            note_id = uuid.UUID(folder.name)
        except ValueError:
            continue
        # An upload writes its folder before its transaction commits: leave young folders alone.
        if time.time() - folder.stat().st_mtime < ORPHAN_AGE_SECONDS:
            continue
        if await session.scalar(select(Note.id).where(Note.id == note_id)) is None:
            shutil.rmtree(folder, ignore_errors=True)
            await audit.record(
                session,
                Actor.system(),
                "notes.audio.delete",
                resource_type="note",
                resource_id=note_id,
                detail="orphan",
            )
            removed += 1
    return removed


async def swap_speakers(session: AsyncSession, actor: Actor, note_id: uuid.UUID) -> Note:
    """Exchange the therapist and client labels of an unsigned note's transcript; risk is screened again."""
    from alliance.notes.drafting import screen_risk

    note = await service.get_note(session, actor, note_id, write=True, audited=None)
    if note.locked:
        raise service.NoteLocked("This note is signed and locked.")
    if note.transcript is None:
        raise Conflict("There is no transcript yet.")
    other = {"therapist": "client", "client": "therapist"}
    data = note.transcript
    for seg in data["segments"]:
        seg["speaker"] = other.get(seg.get("speaker"), seg.get("speaker"))
        if seg.get("label") in other:
            seg["label"] = other[seg["label"]]
    note.transcript = data
    await audit.record(
        session,
        actor,
        "notes.speakers.swap",
        client_id=note.client_id,
        resource_type="note",
        resource_id=note.id,
    )
    if note.status == "draft":
        await apply_risk(session, actor, note, screen_risk(segments_of(note), use_classifier=TRANSCRIPT_CLASSIFIER)
                         .model_dump(mode="json"))
    return note
