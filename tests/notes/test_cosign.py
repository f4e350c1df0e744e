"""Supervision: a trainee's signed note waits for their supervisor's co-signature; only that supervisor co-signs,
once, after confirming; the co-signature is on the page, the API and the PDF; Today lists what waits."""

from __future__ import annotations

from alliance.accounts.models import Role
from alliance.clients import service as clients
from alliance.clients.schemas import SupervisionCreate
from alliance.notes import pipeline, service
from alliance.notes.schemas import NoteCreate
from alliance.security.audit import Actor
from tests.notes.test_api import pdf_text
from tests.support.factories import actor, make_client, make_practice, make_user, token_headers

TEXT = "Therapist: How did the week go?\nClient: I walked every morning and slept better."


async def _world(session, *, cosign=True):
    p = await make_practice(session)
    trainee = await make_user(session, p, display_name="Sam Trainee", credentials="LPC-Associate")
    supervisor = await make_user(session, p, Role.supervisor, display_name="Dr Ruth Super", credentials="PhD")
    other_supervisor = await make_user(session, p, Role.supervisor)
    admin = Actor(None, "admin", p.id)
    await clients.add_supervision(session, admin, SupervisionCreate(supervisor_id=supervisor.id,
                                                                    supervisee_id=trainee.id, cosign_notes=cosign))
    await clients.add_supervision(session, admin, SupervisionCreate(supervisor_id=other_supervisor.id,
                                                                    supervisee_id=trainee.id))
    client = await make_client(session, p, clinician=trainee)
    note = await pipeline.create_from_text(session, actor(trainee), client.id, NoteCreate(text=TEXT, use_ai=False))
    await service.update_sections(session, actor(trainee), note.id, {"subjective": "Walked daily; sleeping better."})
    return trainee, supervisor, other_supervisor, client, note


async def test_a_trainees_note_is_cosigned_by_their_supervisor_only(session, http):
    trainee, supervisor, other, client, note = await _world(session)
    note_id = note.id
    sup_headers, other_headers, trainee_headers = [await token_headers(session, u) for u in (supervisor, other, trainee)]
    early = await http.post(f"/api/v1/notes/{note_id}/cosign", json={"confirm": True}, headers=sup_headers)
    assert early.status_code == 409  # the trainee signs first
    signed = await http.post(f"/api/v1/notes/{note_id}/sign", json={"confirm": True}, headers=trainee_headers)
    assert signed.status_code == 200 and signed.json()["cosign_required"] and signed.json()["cosigned_at"] is None
    today = (await http.get("/today", headers=sup_headers)).text
    assert "Trainees&#39; notes to co-sign" in today or "Trainees' notes to co-sign" in today
    assert f'href="/notes/{note_id}"' in today
    page = (await http.get(f"/notes/{note_id}", headers=sup_headers)).text
    assert "Awaiting co-signature" in page and "Co-sign the note" in page
    not_theirs = await http.post(f"/api/v1/notes/{note_id}/cosign", json={"confirm": True}, headers=other_headers)
    assert not_theirs.status_code == 403
    by_trainee = await http.post(f"/api/v1/notes/{note_id}/cosign", json={"confirm": True}, headers=trainee_headers)
    assert by_trainee.status_code == 403
    unconfirmed = await http.post(f"/notes/{note_id}/cosign", data={}, headers=sup_headers)
    assert unconfirmed.status_code == 303 and "confirm=needed" in unconfirmed.headers["location"]
    done = await http.post(f"/notes/{note_id}/cosign", data={"confirm": "yes"}, headers=sup_headers)
    assert done.status_code == 303
    read = (await http.get(f"/api/v1/notes/{note_id}", headers=sup_headers)).json()
    assert read["cosigned_name"] == "Dr Ruth Super" and read["cosigned_credentials"] == "PhD" and read["cosigned_at"]
    again = await http.post(f"/api/v1/notes/{note_id}/cosign", json={"confirm": True}, headers=sup_headers)
    assert again.status_code == 409
    page = (await http.get(f"/notes/{note_id}", headers=sup_headers)).text
    assert "Co-signed by Dr Ruth Super" in page and "Co-sign the note" not in page
    pdf = await http.get(f"/api/v1/notes/{note_id}/export.pdf", headers=sup_headers)
    text = pdf_text(pdf.content)
    assert "Co-signed by: Dr Ruth Super" in text and "Signed by: Sam Trainee" in text
    assert "No notes wait for your co-signature." in (await http.get("/today", headers=sup_headers)).text


async def test_a_licensed_clinicians_note_needs_no_cosignature(session, http):
    trainee, supervisor, _, _, note = await _world(session, cosign=False)
    note_id = note.id
    trainee_headers, sup_headers = await token_headers(session, trainee), await token_headers(session, supervisor)
    signed = await http.post(f"/api/v1/notes/{note_id}/sign", json={"confirm": True}, headers=trainee_headers)
    assert signed.status_code == 200 and signed.json()["cosign_required"] is False
    refused = await http.post(f"/api/v1/notes/{note_id}/cosign", json={"confirm": True}, headers=sup_headers)
    assert refused.status_code == 409 and "does not need" in refused.json()["detail"]
