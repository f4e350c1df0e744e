"""Session notes in practice: create, read, edit, sign (then locked), amend; process notes; practice formats.

The pipeline that turns audio or text into a transcript and an AI draft is in `alliance.notes.pipeline`; this
module holds the record's rules. Every read and write of a note is audited (ids only). Consent: AI drafting
needs the client's `ai_documentation` consent and session audio their `session_recording` consent (checked
when the note is created and again when the job runs). The AI pause after a risk alert
(`safety.service.ai_paused`) is for client-facing AI; a clinician's drafting continues, since the clinician
reads and signs every sentence and the risk finding comes from the screen, not the model.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from alliance.accounts.models import User
from alliance.appointments.models import Appointment
from alliance.clients.models import Client
from alliance.clients.service import cosigning_supervisor
from alliance.db.base import utcnow
from alliance.errors import BadRequest, Conflict, Forbidden, NotFound
from alliance.notes.formats import BUILTIN_FORMATS, NoteFormat, custom_format
from alliance.notes.models import BUSY, Note, NoteAmendment, NoteFormatTemplate, ProcessNote
from alliance.notes.schemas import AmendmentCreate, FormatCreate, NoteRead
from alliance.security import audit
from alliance.security.audit import Actor
from alliance.security.authz import Action, authorize, require_role

RISK_SECTION = "risk"


class NoteLocked(Conflict):
    """The note is signed: it cannot be edited, only amended."""


# --- formats ---------------------------------------------------------------------------------------------


def format_snapshot(fmt: NoteFormat) -> str:
    """The format as stored on a note (so later template edits do not change old notes)."""
    return json.dumps(
        {
            "name": fmt.name,
            "title": fmt.title,
            "sections": [
                {"name": s.name, "instruction": s.instruction, "title": s.heading} for s in fmt.sections
            ],
        }
    )


def note_format(note: Note) -> NoteFormat:
    """The note's format as a NoteFormat (for the drafting library)."""
    data = note.note_format
    return custom_format(
        data["name"],
        [{"name": s["name"], "instruction": s["instruction"], "title": s["title"]} for s in data["sections"]],
        title=data["title"],
    )


async def resolve_format(session: AsyncSession, practice_id: uuid.UUID, name: str) -> NoteFormat:
    """A built-in format (soap, dap, birp, girp) or the practice's template of that name; 400 if unknown."""
    key = name.strip().lower()
    if key in BUILTIN_FORMATS:
        return BUILTIN_FORMATS[key]
    row = await session.scalar(
        select(NoteFormatTemplate).where(
            NoteFormatTemplate.practice_id == practice_id,
            NoteFormatTemplate.name == key,
            NoteFormatTemplate.active.is_(True),
        )
    )
    if row is None:
        raise BadRequest(
            f"Unknown note format {name!r}; built in: {', '.join(BUILTIN_FORMATS)}, "
            "or a template of the practice."
        )
    return custom_format(row.name, row.sections, title=row.title)


async def list_formats(session: AsyncSession, actor: Actor) -> list[dict[str, Any]]:
    """Built-in formats then the practice's templates."""
    out = [
        {
            "name": f.name,
            "title": f.title,
            "builtin": True,
            "sections": [{"name": s.name, "instruction": s.instruction} for s in f.sections],
        }
        for f in BUILTIN_FORMATS.values()
    ]
    rows = (
        await session.execute(
            select(NoteFormatTemplate)
            .where(NoteFormatTemplate.practice_id == actor.practice_id, NoteFormatTemplate.active.is_(True))
            .order_by(NoteFormatTemplate.name)
        )
    ).scalars()
    out += [{"name": r.name, "title": r.title, "builtin": False, "sections": r.sections} for r in rows]
    return out


async def create_format(session: AsyncSession, actor: Actor, data: FormatCreate) -> NoteFormatTemplate:
    """A practice admin or clinician defines a note format (sections with instructions)."""
    require_role(actor, "admin", "clinician", "supervisor", action="notes.format.create")
    if data.name in BUILTIN_FORMATS:
        raise Conflict(f"{data.name!r} is a built-in format.")
    sections = [s.model_dump() for s in data.sections]
    custom_format(data.name, sections, title=data.title)  # the library's checks (no "risk", no process notes)
    exists = await session.scalar(
        select(NoteFormatTemplate.id).where(
            NoteFormatTemplate.practice_id == actor.practice_id, NoteFormatTemplate.name == data.name
        )
    )
    if exists:
        raise Conflict(f"The practice already has a format named {data.name!r}.")
    row = NoteFormatTemplate(
        practice_id=actor.practice_id,
        name=data.name,
        title=data.title,
        sections_json=json.dumps(sections),
        created_by=actor.user_id,
        updated_by=actor.user_id,
    )
    session.add(row)
    await session.flush()
    await audit.record(session, actor, "notes.format.create", resource_type="note_format", resource_id=row.id)
    return row


# --- reading ---------------------------------------------------------------------------------------------


async def get_note(
    session: AsyncSession,
    actor: Actor,
    note_id: uuid.UUID,
    *,
    write: bool = False,
    audited: str | None = "notes.read",
) -> Note:
    """One note, if the actor may read (or write) its client's clinical record."""
    note = await session.get(Note, note_id)
    if note is None or note.deleted_at is not None:
        raise NotFound("No such note.")
    await authorize(session, actor, Action.clinical_write if write else Action.clinical_read, note.client_id)
    if audited:
        await audit.record(
            session, actor, audited, client_id=note.client_id, resource_type="note", resource_id=note.id
        )
    return note


async def list_notes(session: AsyncSession, actor: Actor, client_id: uuid.UUID) -> Sequence[Note]:
    """A client's notes, newest session first."""
    client = await authorize(session, actor, Action.clinical_read, client_id)
    await audit.record(session, actor, "notes.list", client_id=client.id, resource_type="note")
    return (
        (
            await session.execute(
                select(Note)
                .where(Note.client_id == client.id, Note.deleted_at.is_(None))
                .order_by(Note.session_date.desc(), Note.created_at.desc())
            )
        )
        .scalars()
        .all()
    )


async def amendment_counts(session: AsyncSession, note_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, int]:
    """How many amendments each note has."""
    if not note_ids:
        return {}
    rows = await session.execute(
        select(NoteAmendment.note_id, func.count())
        .where(NoteAmendment.note_id.in_(note_ids))
        .group_by(NoteAmendment.note_id)
    )
    return {note_id: count for note_id, count in rows.all()}


def section_titles(note: Note) -> dict[str, str]:
    """Display headings by section name, the risk section last."""
    titles = {s["name"]: s["title"] for s in note.note_format["sections"]}
    titles[RISK_SECTION] = "Risk (from the safety screen)"
    return titles


def note_read(note: Note, amendments: int = 0) -> NoteRead:
    """The API view of a note."""
    return NoteRead(
        id=note.id,
        client_id=note.client_id,
        appointment_id=note.appointment_id,
        session_date=note.session_date,
        source=note.source,
        status=note.status,
        status_reason=note.status_reason,
        progress=note.progress,
        progress_stage=note.progress_stage,
        format=note.format,
        use_ai=note.use_ai,
        risk_level=note.risk_level,
        signed_at=note.signed_at,
        created_at=note.created_at,
        sections=note.sections,
        section_titles=section_titles(note),
        risk=note.risk,
        draft_origin=note.draft_origin,
        draft_model=note.draft_model,
        signed_name=note.signed_name,
        signed_credentials=note.signed_credentials,
        cosign_required=note.cosign_by is not None,
        cosigned_name=note.cosigned_name,
        cosigned_credentials=note.cosigned_credentials,
        cosigned_at=note.cosigned_at,
        edit_distance=note.edit_distance,
        edit_distance_mean=note.edit_distance_mean,
        audio_kept=note.audio_file is not None,
        amendments=amendments,
    )


async def appointment_for(
    session: AsyncSession, client: Client, appointment_id: uuid.UUID | None
) -> Appointment | None:
    """The client's appointment (400 when it belongs to someone else)."""
    if appointment_id is None:
        return None
    appt = await session.get(Appointment, appointment_id)
    if appt is None or appt.client_id != client.id or appt.deleted_at is not None:
        raise BadRequest("That session does not belong to this client.")
    return appt


# --- editing, signing, amending -------------------------------------------------------------------------


def check_unlocked(note: Note) -> None:
    """409 for a signed note (amend it instead) or one still being transcribed or drafted."""
    if note.locked:
        raise NoteLocked("This note is signed and locked; add an amendment instead.")
    if note.status in BUSY:
        raise Conflict(f"The note is still {note.status.replace('_', ' ')}; wait until the draft is ready.")


def _known_sections(note: Note, sections: dict[str, str]) -> None:
    allowed = set(section_titles(note))
    unknown = sorted(set(sections) - allowed)
    if unknown:
        raise BadRequest(f"Unknown section(s) {', '.join(unknown)}; this note has {', '.join(allowed)}.")
    if any(len(text) > 20_000 for text in sections.values()):
        raise BadRequest("A section may hold at most 20,000 characters.")


async def update_sections(
    session: AsyncSession, actor: Actor, note_id: uuid.UUID, sections: dict[str, str]
) -> Note:
    """Save the clinician's working text of some sections of an unsigned note."""
    note = await get_note(session, actor, note_id, write=True, audited=None)
    check_unlocked(note)
    _known_sections(note, sections)
    note.sections = {**(note.sections or {}), **{k: v.strip() for k, v in sections.items()}}
    note.updated_by, note.updated_at = actor.user_id, utcnow()
    await audit.record(
        session,
        actor,
        "notes.update",
        client_id=note.client_id,
        resource_type="note",
        resource_id=note.id,
        detail="sections=" + ",".join(sorted(sections)),
    )
    return note


def draft_sections(draft: dict[str, Any] | None, risk: dict[str, Any] | None) -> dict[str, str]:
    """The draft's sentences joined per section, and the risk statement with its quoted evidence."""
    out: dict[str, str] = {}
    for section in (draft or {}).get("sections", []):
        out[section["name"]] = " ".join(s["text"].strip() for s in section.get("sentences", []))
    if risk:
        quotes = [f'"{e["text"]}" ({e["segment"]})' for e in risk.get("evidence", [])]
        out[RISK_SECTION] = " ".join(
            [risk.get("statement", "")] + (["Evidence: " + "; ".join(quotes)] if quotes else [])
        ).strip()
    return out


def edit_distances(draft: dict[str, str], signed: dict[str, str]) -> dict[str, float]:
    """Normalised Levenshtein distance (0 = unchanged, 1 = rewritten) per section of the draft."""
    from rapidfuzz.distance import Levenshtein

    return {
        name: round(Levenshtein.normalized_distance(text, signed.get(name, "")), 4)
        for name, text in draft.items()
    }


async def _signer(session: AsyncSession, actor: Actor) -> User:
    user = await session.get(User, actor.user_id) if actor.user_id else None
    if user is None:
        raise BadRequest("Only a clinician's account can sign a note.")
    return user


async def sign(session: AsyncSession, actor: Actor, note_id: uuid.UUID, *, confirm: bool = True) -> Note:
    """Sign the note (name, credentials, time) and lock it; the edit distance to the AI draft is stored."""
    note = await get_note(session, actor, note_id, write=True, audited=None)
    check_unlocked(note)
    if not confirm:
        raise BadRequest("Confirm that you reviewed the note before signing.")
    if actor.role not in ("clinician", "supervisor"):
        raise BadRequest("Only a clinician can sign a note.")
    if not any((text or "").strip() for text in (note.sections or {}).values()):
        raise BadRequest("The note is empty; write it before signing.")
    user = await _signer(session, actor)
    if note.draft is not None:
        distances = edit_distances(draft_sections(note.draft, note.risk), note.sections or {})
        note.edit_distance = distances
        note.edit_distance_mean = round(sum(distances.values()) / len(distances), 4) if distances else None
    note.status, note.status_reason = "signed", None
    note.signed_by, note.signed_name, note.signed_credentials = user.id, user.display_name, user.credentials
    note.signed_at = note.updated_at = utcnow()
    note.updated_by = actor.user_id
    note.cosign_by = await cosigning_supervisor(session, user.id)
    await audit.record(
        session,
        actor,
        "notes.sign",
        client_id=note.client_id,
        resource_type="note",
        resource_id=note.id,
        detail=f"edit_distance_mean={note.edit_distance_mean}" + (" cosign=required" if note.cosign_by else ""),
    )
    return note


async def cosign(session: AsyncSession, actor: Actor, note_id: uuid.UUID, *, confirm: bool = True) -> Note:
    """The trainee's supervisor co-signs a signed note: name, credentials and time are added; the text is unchanged."""
    note = await get_note(session, actor, note_id, audited=None)
    if not note.locked:
        raise Conflict("The note is not signed yet: the clinician who wrote it signs first.")
    if note.cosign_by is None:
        raise Conflict("This note does not need a co-signature.")
    if note.cosigned_at is not None:
        raise Conflict("This note is already co-signed.")
    if note.cosign_by != actor.user_id:
        raise Forbidden("Only the supervisor named for this clinician's co-signature can co-sign.")
    if not confirm:
        raise BadRequest("Confirm that you reviewed the note before co-signing.")
    user = await _signer(session, actor)
    note.cosigned_name, note.cosigned_credentials = user.display_name, user.credentials
    note.cosigned_at = utcnow()
    await audit.record(session, actor, "notes.cosign", client_id=note.client_id, resource_type="note",
                       resource_id=note.id)
    return note


async def awaiting_cosignature(session: AsyncSession, actor: Actor) -> list[tuple[Note, Client]]:
    """Signed notes of the actor's trainees that wait for the actor's co-signature, oldest first."""
    if actor.role != "supervisor":
        return []
    rows = (await session.execute(
        select(Note, Client).join(Client, Client.id == Note.client_id)
        .where(Note.cosign_by == actor.user_id, Note.cosigned_at.is_(None), Note.status == "signed",
               Note.deleted_at.is_(None), Note.practice_id == actor.practice_id)
        .order_by(Note.signed_at))).unique().all()
    await audit.record(session, actor, "notes.cosign.list", resource_type="note", detail=f"count={len(rows)}")
    return [(n, c) for n, c in rows]


async def amend(
    session: AsyncSession, actor: Actor, note_id: uuid.UUID, data: AmendmentCreate
) -> NoteAmendment:
    """Add an amendment (reason and new text per section) to a signed note; the signed text stays."""
    note = await get_note(session, actor, note_id, write=True, audited=None)
    if not note.locked:
        raise Conflict("Only a signed note is amended; edit this one directly.")
    _known_sections(note, data.sections)
    sections = {k: v.strip() for k, v in data.sections.items() if v.strip()}
    if not sections:
        raise BadRequest("Write the amended text of at least one section.")
    user = await _signer(session, actor)
    row = NoteAmendment(
        practice_id=note.practice_id,
        client_id=note.client_id,
        note_id=note.id,
        author_id=user.id,
        author_name=user.display_name,
        author_credentials=user.credentials,
    )
    row.reason = data.reason.strip()
    row.sections = sections
    session.add(row)
    await session.flush()
    await audit.record(
        session,
        actor,
        "notes.amend",
        client_id=note.client_id,
        resource_type="note_amendment",
        resource_id=row.id,
        detail=f"note={note.id} sections={','.join(sorted(sections))}",
    )
    return row


async def list_amendments(session: AsyncSession, actor: Actor, note_id: uuid.UUID) -> Sequence[NoteAmendment]:
    """A note's amendments, oldest first (the history)."""
    note = await get_note(session, actor, note_id, audited="notes.amendments.read")
    return (
        (
            await session.execute(
                select(NoteAmendment)
                .where(NoteAmendment.note_id == note.id)
                .order_by(NoteAmendment.created_at)
            )
        )
        .scalars()
        .all()
    )


async def transcript(session: AsyncSession, actor: Actor, note_id: uuid.UUID) -> tuple[Note, dict[str, Any]]:
    """The note's transcript (segments with ids, times and speakers)."""
    note = await get_note(session, actor, note_id, audited="notes.transcript.read")
    if note.transcript is None:
        raise NotFound("This note has no transcript yet.")
    return note, note.transcript


async def ai_draft(session: AsyncSession, actor: Actor, note_id: uuid.UUID) -> dict[str, Any]:
    """The AI draft exactly as produced."""
    note = await get_note(session, actor, note_id, audited="notes.draft.read")
    if note.draft is None:
        raise NotFound("This note has no AI draft.")
    return note.draft


# --- psychotherapy (process) notes: never sent to a model ------------------------------------------------


async def _process_note(session: AsyncSession, actor: Actor, process_note_id: uuid.UUID) -> ProcessNote:
    row = await session.get(ProcessNote, process_note_id)
    if row is None or row.deleted_at is not None:
        raise NotFound("No such process note.")
    if row.author_id != actor.user_id:  # the author's own record: nobody else reads it
        raise NotFound("No such process note.")
    await authorize(session, actor, Action.clinical_write, row.client_id)
    return row


async def create_process_note(
    session: AsyncSession,
    actor: Actor,
    client_id: uuid.UUID,
    body: str,
    appointment_id: uuid.UUID | None = None,
) -> ProcessNote:
    """Write a psychotherapy (process) note, kept apart from the record and readable by its author only."""
    client = await authorize(session, actor, Action.clinical_write, client_id)
    appt = await appointment_for(session, client, appointment_id)
    row = ProcessNote(
        practice_id=client.practice_id,
        client_id=client.id,
        author_id=actor.user_id,
        appointment_id=appt.id if appt else None,
        created_by=actor.user_id,
        updated_by=actor.user_id,
    )
    row.body = body
    session.add(row)
    await session.flush()
    await audit.record(
        session,
        actor,
        "process_note.create",
        client_id=client.id,
        resource_type="process_note",
        resource_id=row.id,
    )
    return row


async def list_process_notes(
    session: AsyncSession, actor: Actor, client_id: uuid.UUID
) -> Sequence[ProcessNote]:
    """The actor's own process notes about a client, newest first."""
    client = await authorize(session, actor, Action.clinical_write, client_id)
    await audit.record(session, actor, "process_note.list", client_id=client.id, resource_type="process_note")
    return (
        (
            await session.execute(
                select(ProcessNote)
                .where(
                    ProcessNote.client_id == client.id,
                    ProcessNote.author_id == actor.user_id,
                    ProcessNote.deleted_at.is_(None),
                )
                .order_by(ProcessNote.created_at.desc())
            )
        )
        .scalars()
        .all()
    )


async def get_process_note(session: AsyncSession, actor: Actor, process_note_id: uuid.UUID) -> ProcessNote:
    """One of the actor's process notes."""
    row = await _process_note(session, actor, process_note_id)
    await audit.record(
        session,
        actor,
        "process_note.read",
        client_id=row.client_id,
        resource_type="process_note",
        resource_id=row.id,
    )
    return row


async def update_process_note(
    session: AsyncSession, actor: Actor, process_note_id: uuid.UUID, body: str
) -> ProcessNote:
    """Rewrite one of the actor's process notes."""
    row = await _process_note(session, actor, process_note_id)
    row.body, row.updated_by, row.updated_at = body, actor.user_id, utcnow()
    await audit.record(
        session,
        actor,
        "process_note.update",
        client_id=row.client_id,
        resource_type="process_note",
        resource_id=row.id,
    )
    return row


async def delete_process_note(session: AsyncSession, actor: Actor, process_note_id: uuid.UUID) -> None:
    """Delete one of the actor's process notes (its text is removed, the row is soft-deleted)."""
    row = await _process_note(session, actor, process_note_id)
    row.body, row.deleted_at, row.updated_by = None, utcnow(), actor.user_id
    await audit.record(
        session,
        actor,
        "process_note.delete",
        client_id=row.client_id,
        resource_type="process_note",
        resource_id=row.id,
    )


def session_when(appt: Appointment | None, now: datetime | None = None) -> datetime:
    """The session's date: the appointment's start, else now."""
    return appt.starts_at if appt is not None else (now or utcnow())


async def awaiting_signature(session: AsyncSession, actor: Actor) -> list[tuple[Note, Client]]:
    """The actor's own unsigned notes (drafts and notes still being prepared), oldest session first."""
    from alliance.security.authz import visible_clients

    if actor.role not in ("clinician", "supervisor"):
        return []
    visible = visible_clients(actor).subquery()
    rows = (await session.execute(
        select(Note, Client).join(Client, Client.id == Note.client_id)
        .where(Note.client_id.in_(select(visible.c.id)), Note.deleted_at.is_(None), Note.status != "signed",
               Note.author_id == actor.user_id)
        .order_by(Note.session_date))).unique().all()
    await audit.record(session, actor, "notes.unsigned.list", resource_type="note", detail=f"count={len(rows)}")
    return [(n, c) for n, c in rows]


async def note_appointment(session: AsyncSession, note: Note) -> Appointment | None:
    """The session the note is about (start, length, kind), when the note was written for one."""
    return await session.get(Appointment, note.appointment_id) if note.appointment_id else None
