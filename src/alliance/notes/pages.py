"""Pages of session notes: the client page's panel, the session note page (record, upload, paste, dictate),
the review page (transcript beside the draft, evidence, edit, sign, amend), and process notes."""

from __future__ import annotations

import uuid
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

import alliance.notes.tasks  # noqa: F401  (registers the notes jobs with the queue)
from alliance.appointments import service as appointments_service
from alliance.consent.models import Feature
from alliance.consent.service import has_consent
from alliance.errors import BadRequest
from alliance.notes import pipeline, service
from alliance.notes.models import BUSY
from alliance.notes.recovery import can_draft_again
from alliance.notes.schemas import AmendmentCreate, NoteCreate
from alliance.web import panels
from alliance.web.deps import DB, CurrentActor
from alliance.web.templates import render

router = APIRouter(include_in_schema=False)
SOURCE_LABELS = {
    "upload": "audio upload",
    "recording": "browser recording",
    "dictation": "dictation",
    "paste": "pasted transcript",
}


def _uuid(value: Any, what: str = "session") -> uuid.UUID | None:
    if value in (None, ""):
        return None
    try:
        return uuid.UUID(str(value))
    except ValueError:
        raise BadRequest(f"No such {what}.") from None


@panels.client_panel(40, area="sessions")
async def client_notes_panel(session, actor, client, actions) -> panels.Panel | None:  # noqa: ANN001
    """Session notes on the clinician's client page: the list, and a new note for a session."""
    if "clinical.read" not in actions:
        return None
    notes = await service.list_notes(session, actor, client.id)
    appointments = await appointments_service.list_appointments(session, actor, client.id)
    return panels.Panel(
        "notes/_client_panel.html",
        {
            "client": client,
            "notes": notes,
            "appointments": appointments,
            "can_write": "clinical.write" in actions,
            "sources": SOURCE_LABELS,
            "by_appt": {n.appointment_id for n in notes if n.appointment_id},
        },
    )


@router.get("/clients/{client_id}/notes/new")
async def new_note(
    request: Request,
    client_id: uuid.UUID,
    actor: CurrentActor,
    session: DB,
    appointment_id: str | None = None,
) -> Response:
    """The session note page: record or upload audio, paste a transcript, or dictate; consent explained."""
    from alliance.clients.models import Client
    from alliance.security.authz import Action, authorize

    client: Client = await authorize(session, actor, Action.clinical_write, client_id)
    appt = await service.appointment_for(session, client, _uuid(appointment_id))
    return render(
        request,
        "notes/new.html",
        {
            "client": client,
            "appt": appt,
            "formats": await service.list_formats(session, actor),
            "ai_ok": await has_consent(session, client.id, Feature.ai_documentation),
            "recording_ok": await has_consent(session, client.id, Feature.session_recording),
            "max_mb": pipeline.MAX_AUDIO_BYTES // (1024 * 1024),
        },
    )


@router.post("/clients/{client_id}/notes/new")
async def create_note(request: Request, client_id: uuid.UUID, actor: CurrentActor, session: DB) -> Response:
    """Create the note from the submitted audio or text, then show its page (progress, then review)."""
    form = await request.form()
    mode = str(form.get("mode", "paste"))
    common = {
        "format": str(form.get("format") or "soap"),
        "use_ai": form.get("use_ai") == "on",
        "appointment_id": _uuid(form.get("appointment_id")),
    }
    if mode in ("upload", "recording", "dictation_audio"):
        upload = form.get("file")
        if upload is None or not hasattr(upload, "file") or not getattr(upload, "filename", ""):
            raise BadRequest("Choose an audio file to upload.")
        note = await pipeline.create_from_audio(
            session,
            actor,
            client_id,
            source="dictation" if mode == "dictation_audio" else mode,
            filename=upload.filename,
            stream=upload.file,
            fmt_name=common["format"],
            use_ai=common["use_ai"],
            appointment_id=common["appointment_id"],
            language=str(form.get("language") or "") or None,
        )
    elif mode in ("paste", "dictation"):
        text = str(form.get("text", "")).strip()
        if not text:
            raise BadRequest("Paste the transcript or type the dictation first.")
        try:
            data = NoteCreate(source=mode, text=text, **common)
        except ValueError as exc:
            raise BadRequest("The text is too long or the format is not valid.") from exc
        note = await pipeline.create_from_text(session, actor, client_id, data)
    else:
        raise BadRequest("Choose how to create the note.")
    return RedirectResponse(f"/notes/{note.id}", status_code=303)


def _evidence_ids(sentence: dict[str, Any]) -> list[str]:
    return [e if isinstance(e, str) else e.get("segment", "") for e in sentence.get("evidence", [])]


def _clock(seconds: float | None) -> str:
    if seconds is None:
        return ""
    whole = int(seconds)
    return f"{whole // 60:02d}:{whole % 60:02d}"


@router.get("/notes/{note_id}")
async def note_page(request: Request, note_id: uuid.UUID, actor: CurrentActor, session: DB) -> Response:
    """Progress while transcribing or drafting; then the transcript beside the draft, the editor, signing."""
    from alliance.clients.models import Client

    note = await service.get_note(session, actor, note_id)
    client = await session.get(Client, note.client_id)
    amendments = await service.list_amendments(session, actor, note_id) if note.locked else []
    segments = (note.transcript or {}).get("segments", [])
    by_id = {s["id"]: s for s in segments}
    draft = note.draft
    if draft:
        for section in draft["sections"]:
            for sentence in section["sentences"]:
                sentence["ids"] = [i for i in _evidence_ids(sentence) if i]
                sentence["quotes"] = [by_id[i] for i in sentence["ids"] if i in by_id]
    return render(
        request,
        "notes/note.html",
        {
            "note": note,
            "client": client,
            "segments": segments,
            "draft": draft,
            "clock": _clock,
            "titles": service.section_titles(note),
            "amendments": amendments,
            "busy": note.status in BUSY,
            "can_write": await _can_write(session, actor, note.client_id),
            "sources": SOURCE_LABELS,
            "saved": request.query_params.get("saved"),
            "confirm_needed": request.query_params.get("confirm") == "needed",
            "can_draft_again": can_draft_again(note),
            "can_cosign": note.awaiting_cosign and note.cosign_by == actor.user_id,
            "appointment": await service.note_appointment(session, note),
        },
    )


async def _can_write(session: DB, actor: Any, client_id: uuid.UUID) -> bool:
    from alliance.clients.models import Client
    from alliance.security.authz import allowed_actions

    client = await session.get(Client, client_id)
    return "clinical.write" in {a.value for a in await allowed_actions(session, actor, client)}


@router.get("/notes/{note_id}/progress")
async def progress(request: Request, note_id: uuid.UUID, actor: CurrentActor, session: DB) -> Response:
    """The progress fragment polled every 2 s; once the step is done the page reloads (HX-Refresh)."""
    note = await service.get_note(session, actor, note_id, audited=None)
    response = render(request, "notes/_progress.html", {"note": note})
    if note.status not in BUSY:
        response.headers["HX-Refresh"] = "true"
    return response


@router.post("/notes/{note_id}/sections")
async def save_sections(request: Request, note_id: uuid.UUID, actor: CurrentActor, session: DB) -> Response:
    """Save the edited sections (a signed note answers 409)."""
    form = await request.form()
    sections = {k[len("section_") :]: str(v) for k, v in form.items() if k.startswith("section_")}
    if not sections:
        raise BadRequest("Nothing to save.")
    await service.update_sections(session, actor, note_id, sections)
    return RedirectResponse(f"/notes/{note_id}?saved=1", status_code=303)


@router.post("/notes/{note_id}/sign")
async def sign(request: Request, note_id: uuid.UUID, actor: CurrentActor, session: DB) -> Response:
    """Sign exactly the text on the page: edits sent with the form are saved first, never dropped; without the
    confirmation they are saved and the page asks for it."""
    form = await request.form()
    sections = {k[len("section_") :]: str(v) for k, v in form.items() if k.startswith("section_")}
    if sections:
        note = await service.get_note(session, actor, note_id, write=True, audited=None)
        if any((note.sections or {}).get(k, "") != v.strip() for k, v in sections.items()):
            await service.update_sections(session, actor, note_id, sections)
    if form.get("confirm") != "yes":
        if sections:
            return RedirectResponse(f"/notes/{note_id}?confirm=needed", status_code=303)
        raise BadRequest("Confirm that you reviewed the note before signing.")
    await service.sign(session, actor, note_id, confirm=True)
    return RedirectResponse(f"/notes/{note_id}", status_code=303)


@router.post("/notes/{note_id}/cosign")
async def cosign(request: Request, note_id: uuid.UUID, actor: CurrentActor, session: DB) -> Response:
    """The supervisor co-signs the trainee's signed note after confirming they reviewed it."""
    form = await request.form()
    if form.get("confirm") != "yes":
        return RedirectResponse(f"/notes/{note_id}?confirm=needed", status_code=303)
    await service.cosign(session, actor, note_id, confirm=True)
    return RedirectResponse(f"/notes/{note_id}", status_code=303)


@router.post("/notes/{note_id}/draft-again")
async def draft_again(request: Request, note_id: uuid.UUID, actor: CurrentActor, session: DB) -> Response:
    """Queue the AI draft again for a note handed back without one (nothing written yet)."""
    from alliance.notes.recovery import draft_again as queue_draft

    await queue_draft(session, actor, note_id)
    return RedirectResponse(f"/notes/{note_id}", status_code=303)


@router.post("/notes/{note_id}/amend")
async def amend(request: Request, note_id: uuid.UUID, actor: CurrentActor, session: DB) -> Response:
    """Add an amendment to a signed note."""
    form = await request.form()
    sections = {
        k[len("amend_") :]: str(v) for k, v in form.items() if k.startswith("amend_") and str(v).strip()
    }
    try:
        data = AmendmentCreate(reason=str(form.get("reason", "")), sections=sections)
    except ValueError as exc:
        raise BadRequest("Give a reason (at least 3 characters) and the amended text of a section.") from exc
    await service.amend(session, actor, note_id, data)
    return RedirectResponse(f"/notes/{note_id}#amendments", status_code=303)


@router.post("/notes/{note_id}/swap-speakers")
async def swap(note_id: uuid.UUID, actor: CurrentActor, session: DB) -> Response:
    """Exchange therapist and client in the transcript."""
    await pipeline.swap_speakers(session, actor, note_id)
    return RedirectResponse(f"/notes/{note_id}#transcript", status_code=303)


@router.get("/clients/{client_id}/process-notes")
async def process_notes(request: Request, client_id: uuid.UUID, actor: CurrentActor, session: DB) -> Response:
    """Your psychotherapy (process) notes about this client: private, never sent to a model."""
    rows = await service.list_process_notes(session, actor, client_id)
    return render(request, "notes/process.html", {"rows": rows, "client_id": client_id})


@router.post("/clients/{client_id}/process-notes")
async def add_process_note(
    request: Request, client_id: uuid.UUID, actor: CurrentActor, session: DB
) -> Response:
    """Write a process note."""
    form = await request.form()
    body = str(form.get("body", "")).strip()
    if not body or len(body) > 20_000:
        raise BadRequest("Write the note (at most 20,000 characters).")
    await service.create_process_note(session, actor, client_id, body)
    return RedirectResponse(f"/clients/{client_id}/process-notes", status_code=303)


@panels.today_section(30)
async def today_notes(session, actor) -> panels.Panel | None:  # noqa: ANN001
    """Notes waiting for the clinician's signature (and, for a supervisor, trainees' notes to co-sign)."""
    if actor.role not in ("clinician", "supervisor"):
        return None
    rows = await service.awaiting_signature(session, actor)
    cosign = await service.awaiting_cosignature(session, actor) if actor.role == "supervisor" else None
    return panels.Panel("notes/_today.html", {"rows": rows, "busy": BUSY, "cosign": cosign})
