"""JSON API of session notes: create (paste, dictation, audio), status, transcript, draft, edit, sign, amend,
export (PDF, FHIR), swap speakers; psychotherapy (process) notes; note formats."""

from __future__ import annotations

import uuid
from typing import Any

from fastapi import APIRouter, File, Form, UploadFile
from fastapi.responses import Response

from alliance.notes import export, pipeline, service
from alliance.notes.schemas import (
    AmendmentCreate,
    AmendmentRead,
    FormatCreate,
    FormatRead,
    NoteCreate,
    NoteRead,
    NoteSummary,
    ProcessNoteCreate,
    ProcessNoteRead,
    ProcessNoteUpdate,
    SectionsUpdate,
    SignRequest,
)
from alliance.web.deps import DB, CurrentActor
from alliance.web.errors import error_responses

router = APIRouter(prefix="/api/v1", tags=["notes"], responses=error_responses(400, 401, 403, 404, 409))
PDF = {200: {"content": {"application/pdf": {}}, "description": "The note as a PDF"}}
FHIR_JSON = {200: {"content": {"application/fhir+json": {}}, "description": "A FHIR R4 DocumentReference"}}


async def _read(session: DB, note: Any) -> NoteRead:
    counts = await service.amendment_counts(session, [note.id])
    return service.note_read(note, counts.get(note.id, 0))


def _amendment(row: Any) -> AmendmentRead:
    return AmendmentRead(
        id=row.id,
        note_id=row.note_id,
        reason=row.reason,
        sections=row.sections or {},
        author_name=row.author_name,
        author_credentials=row.author_credentials,
        created_at=row.created_at,
    )


def _process(row: Any) -> ProcessNoteRead:
    return ProcessNoteRead(
        id=row.id,
        client_id=row.client_id,
        appointment_id=row.appointment_id,
        body=row.body or "",
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


@router.get("/clients/{client_id}/notes", response_model=list[NoteSummary])
async def list_notes(client_id: uuid.UUID, actor: CurrentActor, session: DB) -> list[NoteSummary]:
    """The client's session notes, newest first (no clinical text)."""
    return [NoteSummary.model_validate(n) for n in await service.list_notes(session, actor, client_id)]


@router.post("/clients/{client_id}/notes", response_model=NoteRead, status_code=201)
async def create_note(client_id: uuid.UUID, data: NoteCreate, actor: CurrentActor, session: DB) -> NoteRead:
    """A note from a pasted transcript or a typed dictation; with use_ai, the draft job is queued."""
    return await _read(session, await pipeline.create_from_text(session, actor, client_id, data))


@router.post(
    "/clients/{client_id}/notes/audio",
    response_model=NoteRead,
    status_code=201,
    responses=error_responses(413),
)
async def create_audio_note(
    client_id: uuid.UUID,
    actor: CurrentActor,
    session: DB,
    file: UploadFile = File(..., description="wav, mp3, m4a, webm or ogg; at most 200 MB"),
    source: str = Form("upload", description="upload | recording | dictation"),
    format: str = Form("soap"),
    use_ai: bool = Form(True),
    appointment_id: uuid.UUID | None = Form(None),
    language: str | None = Form(None),
) -> NoteRead:
    """A note from session audio (with the client's recording consent) or dictated audio, for the job."""
    note = await pipeline.create_from_audio(
        session,
        actor,
        client_id,
        source=source,
        filename=file.filename or "",
        stream=file.file,
        fmt_name=format,
        use_ai=use_ai,
        appointment_id=appointment_id,
        language=language or None,
    )
    return await _read(session, note)


@router.get("/notes/{note_id}", response_model=NoteRead)
async def get_note(note_id: uuid.UUID, actor: CurrentActor, session: DB) -> NoteRead:
    """The note: status and progress, working text per section, risk, signature."""
    return await _read(session, await service.get_note(session, actor, note_id))


@router.get("/notes/{note_id}/transcript")
async def get_transcript(note_id: uuid.UUID, actor: CurrentActor, session: DB) -> dict[str, Any]:
    """The transcript: segments with ids (S1, S2, ...), times and speaker labels."""
    return (await service.transcript(session, actor, note_id))[1]


@router.get("/notes/{note_id}/draft")
async def get_draft(note_id: uuid.UUID, actor: CurrentActor, session: DB) -> dict[str, Any]:
    """The AI draft as produced: sections, sentences with evidence and support, risk from the screen."""
    return await service.ai_draft(session, actor, note_id)


@router.put("/notes/{note_id}/sections", response_model=NoteRead)
async def update_sections(
    note_id: uuid.UUID, data: SectionsUpdate, actor: CurrentActor, session: DB
) -> NoteRead:
    """Save the working text of some sections (409 once the note is signed)."""
    return await _read(session, await service.update_sections(session, actor, note_id, data.sections))


@router.post("/notes/{note_id}/sign", response_model=NoteRead)
async def sign(note_id: uuid.UUID, data: SignRequest, actor: CurrentActor, session: DB) -> NoteRead:
    """Sign and lock the note (name, credentials, time); the edit distance to the AI draft is stored."""
    return await _read(session, await service.sign(session, actor, note_id, confirm=data.confirm))


@router.post("/notes/{note_id}/cosign", response_model=NoteRead)
async def cosign(note_id: uuid.UUID, data: SignRequest, actor: CurrentActor, session: DB) -> NoteRead:
    """The trainee's supervisor co-signs a signed note (409 if it needs none or has one; 403 for anyone else)."""
    return await _read(session, await service.cosign(session, actor, note_id, confirm=data.confirm))


@router.post("/notes/{note_id}/amendments", response_model=AmendmentRead, status_code=201)
async def amend(note_id: uuid.UUID, data: AmendmentCreate, actor: CurrentActor, session: DB) -> AmendmentRead:
    """Amend a signed note: a reason and the new text of some sections."""
    return _amendment(await service.amend(session, actor, note_id, data))


@router.get("/notes/{note_id}/amendments", response_model=list[AmendmentRead])
async def amendments(note_id: uuid.UUID, actor: CurrentActor, session: DB) -> list[AmendmentRead]:
    """The note's amendments, oldest first."""
    return [_amendment(a) for a in await service.list_amendments(session, actor, note_id)]


@router.post("/notes/{note_id}/swap-speakers", response_model=NoteRead)
async def swap_speakers(note_id: uuid.UUID, actor: CurrentActor, session: DB) -> NoteRead:
    """Exchange the therapist and client labels of the transcript (unsigned notes)."""
    return await _read(session, await pipeline.swap_speakers(session, actor, note_id))


@router.get("/notes/{note_id}/export.pdf", response_class=Response, responses=PDF)
async def export_pdf(note_id: uuid.UUID, actor: CurrentActor, session: DB) -> Response:
    """The note as a PDF with letterhead, signature block and amendments."""
    name, pdf = await export.export_pdf(session, actor, note_id)
    return Response(
        pdf, media_type="application/pdf", headers={"Content-Disposition": f'attachment; filename="{name}"'}
    )


@router.get("/notes/{note_id}/fhir", responses=FHIR_JSON)
async def export_fhir(note_id: uuid.UUID, actor: CurrentActor, session: DB) -> Response:
    """The note as a FHIR R4 DocumentReference (LOINC 11506-3) with the PDF attached."""
    import json

    resource = await export.export_fhir(session, actor, note_id)
    return Response(json.dumps(resource), media_type="application/fhir+json")


@router.get("/note-formats", response_model=list[FormatRead])
async def list_formats(actor: CurrentActor, session: DB) -> list[FormatRead]:
    """Built-in formats (SOAP, DAP, BIRP, GIRP) and the practice's own."""
    return [FormatRead(**f) for f in await service.list_formats(session, actor)]


@router.post("/note-formats", response_model=FormatRead, status_code=201)
async def create_format(data: FormatCreate, actor: CurrentActor, session: DB) -> FormatRead:
    """Define a practice note format: sections with instructions for the draft."""
    row = await service.create_format(session, actor, data)
    return FormatRead(name=row.name, title=row.title, builtin=False, sections=row.sections)


@router.get("/clients/{client_id}/process-notes", response_model=list[ProcessNoteRead])
async def list_process_notes(client_id: uuid.UUID, actor: CurrentActor, session: DB) -> list[ProcessNoteRead]:
    """Your own psychotherapy (process) notes about the client."""
    return [_process(r) for r in await service.list_process_notes(session, actor, client_id)]


@router.post("/clients/{client_id}/process-notes", response_model=ProcessNoteRead, status_code=201)
async def create_process_note(
    client_id: uuid.UUID, data: ProcessNoteCreate, actor: CurrentActor, session: DB
) -> ProcessNoteRead:
    """Write a psychotherapy (process) note: private to you, never sent to a model."""
    return _process(
        await service.create_process_note(session, actor, client_id, data.body, data.appointment_id)
    )


@router.get("/process-notes/{process_note_id}", response_model=ProcessNoteRead)
async def get_process_note(process_note_id: uuid.UUID, actor: CurrentActor, session: DB) -> ProcessNoteRead:
    """One of your process notes."""
    return _process(await service.get_process_note(session, actor, process_note_id))


@router.put("/process-notes/{process_note_id}", response_model=ProcessNoteRead)
async def update_process_note(
    process_note_id: uuid.UUID, data: ProcessNoteUpdate, actor: CurrentActor, session: DB
) -> ProcessNoteRead:
    """Rewrite one of your process notes."""
    return _process(await service.update_process_note(session, actor, process_note_id, data.body))


@router.delete("/process-notes/{process_note_id}", status_code=204)
async def delete_process_note(process_note_id: uuid.UUID, actor: CurrentActor, session: DB) -> Response:
    """Delete one of your process notes."""
    await service.delete_process_note(session, actor, process_note_id)
    return Response(status_code=204)
