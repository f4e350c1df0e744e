"""Exports of a session note: PDF (letterhead, sections, signature block, amendments) with reportlab, and a
FHIR R4 DocumentReference (LOINC 11506-3 "Progress note") carrying the PDF. Both exports are audited.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import uuid
from datetime import datetime, timedelta
from typing import Any
from xml.sax.saxutils import escape

from sqlalchemy.ext.asyncio import AsyncSession

from alliance.clients.models import Client
from alliance.errors import Conflict
from alliance.notes import service
from alliance.notes.models import Note, NoteAmendment
from alliance.practices.models import Practice
from alliance.security import audit
from alliance.security.audit import Actor

LOINC_PROGRESS_NOTE = ("http://loinc.org", "11506-3", "Progress note")


def _when(value: datetime | None, zone: str | None = None) -> str:
    """A time in the practice's zone, with the zone's name (a record is read far from where it was written)."""
    if not value:
        return "—"
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        tz = ZoneInfo(zone or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        tz = ZoneInfo("UTC")
    here = (value if value.tzinfo else value.replace(tzinfo=ZoneInfo("UTC"))).astimezone(tz)
    return here.strftime("%Y-%m-%d %H:%M ") + (here.tzname() or "UTC")


def _para(text: str, style: Any) -> Any:
    from reportlab.platypus import Paragraph

    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def render_pdf(note: Note, client: Client, practice: Practice, amendments: list[NoteAmendment],
               appointment: Any = None) -> bytes:
    """The note as a PDF: letterhead, client and session (start, end, length), sections in order, signature and
    co-signature, amendments. Times are in the practice's zone."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import LETTER
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import inch
    from reportlab.platypus import HRFlowable, SimpleDocTemplate, Spacer

    styles = getSampleStyleSheet()
    body, h1, h2, small = styles["BodyText"], styles["Title"], styles["Heading3"], styles["Italic"]
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=LETTER,
        leftMargin=0.8 * inch,
        rightMargin=0.8 * inch,
        topMargin=0.7 * inch,
        bottomMargin=0.7 * inch,
        title=f"{note.note_format['title']}",
        author=note.signed_name or "",
        creator="Alliance",
    )
    titles = service.section_titles(note)
    sections = note.sections or {}
    zone = practice.timezone
    story = [
        _para(practice.name, h1),
        HRFlowable(width="100%", color=colors.grey),
        Spacer(1, 6),
        _para(f"Client: {client.full_name}    Date of birth: {client.date_of_birth}", body),
        _para(
            f"Session date: {_when(appointment.starts_at if appointment else note.session_date, zone)[:10]}    "
            f"Note: {note.note_format['title']}    Status: {note.status}",
            body,
        ),
    ]
    if appointment is not None:
        end = appointment.starts_at + timedelta(minutes=appointment.duration_minutes)
        story.append(_para(f"Session: {_when(appointment.starts_at, zone)} to {_when(end, zone)[11:]} "
                           f"({appointment.duration_minutes} minutes), {appointment.kind}, "
                           f"{appointment.modality.replace('_', ' ')}", body))
    story.append(Spacer(1, 8))
    for name, title in titles.items():
        text = sections.get(name, "").strip()
        if not text and name == service.RISK_SECTION:
            continue
        story += [_para(title, h2), _para(text or "—", body)]
    story += [Spacer(1, 12), HRFlowable(width="100%", color=colors.grey)]
    if note.signed_at:
        story += [
            _para("Electronically signed", h2),
            _para(f"Signed by: {note.signed_name or ''}", body),
            _para(f"Credentials: {note.signed_credentials or ''}", body),
            _para(f"Signed at: {_when(note.signed_at, zone)}", body),
        ]
        if note.cosigned_at:
            story += [
                _para("Co-signed by the supervisor", h2),
                _para(f"Co-signed by: {note.cosigned_name or ''}", body),
                _para(f"Credentials: {note.cosigned_credentials or ''}", body),
                _para(f"Co-signed at: {_when(note.cosigned_at, zone)}", body),
            ]
        elif note.cosign_by:
            story.append(_para("Awaiting the supervisor's co-signature.", h2))
    else:
        story.append(_para("Not signed: this is an unsigned draft, not part of the record.", h2))
    if note.draft is not None:
        story.append(
            _para(
                "Drafted with AI assistance from the session transcript and reviewed by the clinician"
                + (" (seeded demo draft)." if note.draft_origin == "seeded demo draft" else "."),
                small,
            )
        )
    for n, amendment in enumerate(amendments, start=1):
        story += [
            Spacer(1, 10),
            _para(
                f"Amendment {n}: {_when(amendment.created_at, zone)}, by "
                f"{amendment.author_name or ''}, {amendment.author_credentials or ''}",
                h2,
            ),
            _para(f"Reason: {amendment.reason}", body),
        ]
        for name, text in (amendment.sections or {}).items():
            story += [_para(titles.get(name, name), styles["Heading4"]), _para(text, body)]
    doc.build(story)
    return buf.getvalue()


async def _parts(
    session: AsyncSession, actor: Actor, note_id: uuid.UUID, action: str
) -> tuple[Note, Client, Practice, list[NoteAmendment]]:
    from sqlalchemy import select

    note = await service.get_note(session, actor, note_id, audited=None)
    client = await session.get(Client, note.client_id)
    practice = await session.get(Practice, note.practice_id)
    amendments = list(
        (
            await session.execute(
                select(NoteAmendment)
                .where(NoteAmendment.note_id == note.id)
                .order_by(NoteAmendment.created_at)
            )
        ).scalars()
    )
    await audit.record(
        session, actor, action, client_id=note.client_id, resource_type="note", resource_id=note.id
    )
    return note, client, practice, amendments


async def export_pdf(session: AsyncSession, actor: Actor, note_id: uuid.UUID) -> tuple[str, bytes]:
    """(file name, PDF bytes) of a note with a text to show; audited."""
    note, client, practice, amendments = await _parts(session, actor, note_id, "notes.export.pdf")
    if note.sections is None:
        raise Conflict("The note has no text yet.")
    name = f"note-{note.session_date.strftime('%Y-%m-%d')}-{str(note.id)[:8]}.pdf"
    return name, render_pdf(note, client, practice, amendments, await service.note_appointment(session, note))


def document_reference(note: Note, pdf: bytes) -> dict[str, Any]:
    """A FHIR R4 DocumentReference for a note with the PDF as its attachment (validated by fhir.resources)."""
    from fhir.resources.R4B.documentreference import DocumentReference

    system, code, display = LOINC_PROGRESS_NOTE
    resource: dict[str, Any] = {
        "resourceType": "DocumentReference",
        "id": str(note.id),
        "status": "current",
        "docStatus": "final" if note.signed_at else "preliminary",
        "type": {"coding": [{"system": system, "code": code, "display": display}], "text": display},
        "category": [
            {
                "coding": [
                    {
                        "system": "http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category",
                        "code": "clinical-note",
                        "display": "Clinical Note",
                    }
                ]
            }
        ],
        "subject": {"reference": f"Patient/{note.client_id}"},
        "date": (note.signed_at or note.updated_at).isoformat(),
        "description": note.note_format["title"],
        "content": [
            {
                "attachment": {
                    "contentType": "application/pdf",
                    "language": "en",
                    "data": base64.b64encode(pdf).decode(),
                    "size": len(pdf),
                    "hash": base64.b64encode(
                        hashlib.sha1(pdf).digest()
                    ).decode(),  # FHIR's attachment hash is SHA-1
                    "title": f"{note.note_format['title']} {note.session_date.strftime('%Y-%m-%d')}",
                    "creation": (note.signed_at or note.created_at).isoformat(),
                }
            }
        ],
        "context": {"period": {"start": note.session_date.isoformat()}},
    }
    if note.signed_by:
        resource["authenticator"] = {
            "reference": f"Practitioner/{note.signed_by}",
            "display": note.signed_name,
        }
        resource["author"] = [{"reference": f"Practitioner/{note.signed_by}", "display": note.signed_name}]
    if note.appointment_id:
        resource["context"]["encounter"] = [{"reference": f"Encounter/{note.appointment_id}"}]
    return json.loads(DocumentReference.model_validate(resource).model_dump_json())


async def export_fhir(session: AsyncSession, actor: Actor, note_id: uuid.UUID) -> dict[str, Any]:
    """The note as a FHIR R4 DocumentReference; audited."""
    note, client, practice, amendments = await _parts(session, actor, note_id, "notes.export.fhir")
    if note.sections is None:
        raise Conflict("The note has no text yet.")
    return document_reference(note, render_pdf(note, client, practice, amendments,
                                               await service.note_appointment(session, note)))
