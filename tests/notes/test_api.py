"""Notes API: create from a pasted transcript, edit, sign, 409 after signing, amend, exports, errors,
permissions."""

from __future__ import annotations

import base64
import re
import zlib

from tests.notes.notes_world import TRANSCRIPT, make_world
from tests.support.factories import token_headers


def pdf_text(pdf: bytes) -> str:
    """The text drawn in a PDF made by reportlab (its content streams, decompressed)."""
    out = []
    for match in re.finditer(rb">>\s*stream\r?\n(.*?)endstream", pdf, re.S):
        raw = match.group(1)
        try:
            raw = zlib.decompress(raw)
        except zlib.error:
            try:
                raw = zlib.decompress(base64.a85decode(raw.strip().removesuffix(b"~>")))
            except Exception:  # noqa: BLE001 - not a text stream
                continue
        out += [m.decode("latin-1") for m in re.findall(rb"\((.*?)\)\s*Tj", raw)]
    return " ".join(out).replace("\\(", "(").replace("\\)", ")")


async def _note(http, session, w, **body):  # noqa: ANN001, ANN202
    me = await token_headers(session, w.clinician)
    created = await http.post(
        f"/api/v1/clients/{w.client.id}/notes", headers=me, json={"text": TRANSCRIPT, "use_ai": False, **body}
    )
    assert created.status_code == 201, created.text
    return me, created.json()


async def test_paste_edit_sign_then_edits_are_409_and_amendments_are_listed(session, http):
    w = await make_world(session)
    me, note = await _note(http, session, w)
    assert note["status"] == "draft" and note["sections"]["risk"]
    url = f"/api/v1/notes/{note['id']}"
    saved = await http.put(
        f"{url}/sections", headers=me, json={"sections": {"plan": "Thought record daily."}}
    )
    assert saved.status_code == 200 and saved.json()["sections"]["plan"] == "Thought record daily."
    assert (await http.post(f"{url}/sign", headers=me, json={"confirm": False})).status_code == 400
    signed = await http.post(f"{url}/sign", headers=me, json={"confirm": True})
    assert signed.status_code == 200 and signed.json()["status"] == "signed"
    refused = await http.put(f"{url}/sections", headers=me, json={"sections": {"plan": "x"}})
    assert refused.status_code == 409 and refused.json()["error"] == "NoteLocked"
    amended = await http.post(
        f"{url}/amendments",
        headers=me,
        json={"reason": "Clarify homework", "sections": {"plan": "Thought record nightly."}},
    )
    assert amended.status_code == 201 and amended.json()["author_name"] == "Dr. Test Clinician"
    history = (await http.get(f"{url}/amendments", headers=me)).json()
    assert [a["reason"] for a in history] == ["Clarify homework"]
    assert (await http.get(url, headers=me)).json()["amendments"] == 1


async def test_pdf_has_the_letterhead_sections_and_signature_block(session, http):
    w = await make_world(session)
    me, note = await _note(http, session, w)
    url = f"/api/v1/notes/{note['id']}"
    await http.put(
        f"{url}/sections", headers=me, json={"sections": {"subjective": "Poor sleep and work stress."}}
    )
    await http.post(f"{url}/sign", headers=me, json={"confirm": True})
    pdf = await http.get(f"{url}/export.pdf", headers=me)
    assert pdf.status_code == 200 and pdf.headers["content-type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF-")
    text = pdf_text(pdf.content)
    assert "Test Practice" in text and w.client.family_name in text and "1990-05-17" in text
    assert "Poor sleep and work stress." in text
    assert "Signed by: Dr. Test Clinician" in text and "Credentials: PsyD, Licensed Psychologist" in text


async def test_fhir_document_reference_validates_with_loinc_progress_note(session, http):
    from fhir.resources.R4B.documentreference import DocumentReference

    w = await make_world(session)
    me, note = await _note(http, session, w)
    url = f"/api/v1/notes/{note['id']}"
    await http.put(f"{url}/sections", headers=me, json={"sections": {"plan": "Review in a week."}})
    await http.post(f"{url}/sign", headers=me, json={"confirm": True})
    response = await http.get(f"{url}/fhir", headers=me)
    assert response.status_code == 200 and response.headers["content-type"].startswith(
        "application/fhir+json"
    )
    doc = DocumentReference.model_validate(response.json())
    assert doc.type.coding[0].code == "11506-3" and doc.docStatus == "final"
    attachment = doc.content[0].attachment
    assert attachment.contentType == "application/pdf" and bytes(attachment.data).startswith(b"%PDF-")
    assert base64.b64decode(response.json()["content"][0]["attachment"]["data"]).startswith(b"%PDF-")


async def test_bad_input_is_a_typed_error_never_a_500(session, http):
    w = await make_world(session)
    me, note = await _note(http, session, w)
    cid = w.client.id  # failed requests roll back, expiring the test's objects
    url = f"/api/v1/notes/{note['id']}"
    unknown = await http.put(f"{url}/sections", headers=me, json={"sections": {"nonsense": "x"}})
    assert unknown.status_code == 400 and unknown.json()["error"] == "BadRequest"
    fmt = await http.post(
        f"/api/v1/clients/{cid}/notes",
        headers=me,
        json={"text": TRANSCRIPT, "format": "nope", "use_ai": False},
    )
    assert fmt.status_code == 400 and "format" in fmt.json()["detail"]
    audio = await http.post(
        f"/api/v1/clients/{cid}/notes/audio",
        headers=me,
        files={"file": ("notes.txt", b"hello", "text/plain")},
        data={"use_ai": "false"},
    )
    assert audio.status_code == 400 and "wav" in audio.json()["detail"]
    assert (await http.get(f"{url}/draft", headers=me)).status_code == 404
    assert (
        await http.post(f"{url}/amendments", headers=me, json={"reason": "why", "sections": {"plan": "x"}})
    ).status_code == 409


async def test_permissions_other_clinician_404_supervisor_reads_but_cannot_sign(session, http):
    w = await make_world(session)
    me, note = await _note(http, session, w)
    url = f"/api/v1/notes/{note['id']}"
    cid = w.client.id
    other = await token_headers(session, w.other)
    sup = await token_headers(session, w.supervisor)
    assert (await http.get(url, headers=other)).status_code == 404
    assert (await http.get(f"/api/v1/clients/{cid}/notes", headers=other)).status_code == 404
    assert (await http.get(url, headers=sup)).status_code == 200
    assert (await http.get(f"{url}/transcript", headers=sup)).status_code == 200
    assert (await http.post(f"{url}/sign", headers=sup, json={"confirm": True})).status_code == 403
    assert (
        await http.put(f"{url}/sections", headers=sup, json={"sections": {"plan": "x"}})
    ).status_code == 403


async def test_process_notes_crud_for_the_author_only(session, http):
    w = await make_world(session)
    me = await token_headers(session, w.clinician)
    sup = await token_headers(session, w.supervisor)
    created = await http.post(
        f"/api/v1/clients/{w.client.id}/process-notes", headers=me, json={"body": "Hunch."}
    )
    assert created.status_code == 201
    pid = created.json()["id"]
    assert (await http.put(f"/api/v1/process-notes/{pid}", headers=me, json={"body": "Revised."})).json()[
        "body"
    ] == "Revised."
    assert (await http.get(f"/api/v1/process-notes/{pid}", headers=sup)).status_code == 404
    assert (await http.delete(f"/api/v1/process-notes/{pid}", headers=me)).status_code == 204
    assert (await http.get(f"/api/v1/process-notes/{pid}", headers=me)).status_code == 404
