"""Notes pages: the client page's panel, consent explanations, paste -> review -> save -> sign -> locked ->
amend, evidence listed under each draft sentence (no-JS fallback) and unsupported sentences labelled."""

from __future__ import annotations

from alliance.notes import pipeline
from alliance.notes.schemas import NoteCreate
from tests.notes.notes_world import TRANSCRIPT, make_world
from tests.support.factories import actor, token_headers


async def test_client_page_has_the_session_notes_panel_with_a_session_picker(session, http):
    w = await make_world(session)
    me = await token_headers(session, w.clinician)
    await pipeline.create_from_text(
        session, actor(w.clinician), w.client.id, NoteCreate(text=TRANSCRIPT, use_ai=False)
    )
    page = await http.get(f"/clients/{w.client.id}?area=sessions", headers=me)
    assert page.status_code == 200
    assert (
        'id="notes"' in page.text
        and "Session notes" in page.text
        and "New note for this session" in page.text
    )
    assert ">draft<" in page.text.replace("</td>", "<")


async def test_without_consent_the_note_page_explains_and_offers_paste_and_dictation_only(session, http):
    w = await make_world(session, ai=False, recording=False)
    page = await http.get(
        f"/clients/{w.client.id}/notes/new", headers=await token_headers(session, w.clinician)
    )
    assert page.status_code == 200
    assert "has not consented to AI help with notes" in page.text
    assert "has not consented to recording sessions" in page.text
    assert "Record the session" not in page.text and "Upload session audio" not in page.text
    assert (
        "Paste a transcript" in page.text
        and "Dictate a summary" in page.text
        and 'name="use_ai"' not in page.text
    )


async def test_paste_review_save_sign_then_locked_and_amended(session, http):
    w = await make_world(session)
    me = await token_headers(session, w.clinician)
    created = await http.post(
        f"/clients/{w.client.id}/notes/new",
        headers=me,
        data={"mode": "paste", "text": TRANSCRIPT, "format": "birp"},
    )
    assert created.status_code == 303
    url = created.headers["location"]
    page = await http.get(url, headers=me)
    assert "Transcript" in page.text and 'id="seg-S1"' in page.text and "Swap speakers" in page.text
    assert 'name="section_behavior"' in page.text and "Sign note" in page.text
    saved = await http.post(
        f"{url}/sections",
        headers=me,
        data={"section_behavior": "Calm, engaged.", "section_plan": "Thought record."},
    )
    assert saved.status_code == 303
    signed = await http.post(f"{url}/sign", headers=me, data={"confirm": "yes"})
    assert signed.status_code == 303
    locked = await http.get(url, headers=me)
    assert (
        "Signed by Dr. Test Clinician" in locked.text
        and "PsyD" in locked.text
        and "Download PDF" in locked.text
    )
    assert 'name="section_behavior"' not in locked.text and "Add an amendment" in locked.text
    refused = await http.post(f"{url}/sections", headers=me, data={"section_plan": "x"})
    assert refused.status_code == 409
    amended = await http.post(
        f"{url}/amend", headers=me, data={"reason": "Add detail", "amend_plan": "Nightly."}
    )
    assert amended.status_code == 303
    assert "Amendment 1" in (await http.get(url, headers=me)).text


async def test_draft_sentences_list_their_evidence_and_unsupported_ones_are_labelled(session, http):
    from alliance.notes.demo import _draft

    w = await make_world(session)
    note = await pipeline.create_from_text(
        session, actor(w.clinician), w.client.id, NoteCreate(text=TRANSCRIPT, use_ai=False)
    )
    draft = _draft(
        pipeline.segments_of(note),
        [
            ("subjective", "Client reports poor sleep and waking at four most mornings.", ["S2"]),
            ("plan", "Client will start a new antidepressant medication next week.", []),
        ],
    )
    await pipeline.finish_drafting(session, note.id, draft)
    page = await http.get(f"/notes/{note.id}", headers=await token_headers(session, w.clinician))
    assert 'data-evidence="S2"' in page.text and "Evidence (S2)" in page.text
    assert "wake up at four most mornings" in page.text
    assert page.text.count("Not supported</strong>") == 1 and "No transcript segment supports" in page.text
    assert '<script src="/static/notes.js" defer></script>' in page.text and "onclick" not in page.text


async def test_review_page_says_when_the_model_read_a_condensed_transcript(session, http):
    from alliance.notes.demo import _draft

    w = await make_world(session)
    note = await pipeline.create_from_text(
        session, actor(w.clinician), w.client.id, NoteCreate(text=TRANSCRIPT, use_ai=False)
    )
    draft = _draft(pipeline.segments_of(note), [("subjective", "Client reports poor sleep.", ["S2"])])
    draft.update(read_share=0.31, warnings=["the model read a condensed transcript (31% of its words: long turns "
                                            "cut to their first sentences)"])
    await pipeline.finish_drafting(session, note.id, draft)
    page = await http.get(f"/notes/{note.id}", headers=await token_headers(session, w.clinician))
    assert "; it read a condensed transcript (31% of its words)" in page.text
    assert "The model read a condensed transcript" in page.text


async def test_signing_signs_the_text_on_the_page_including_unsaved_edits(session, http):
    w = await make_world(session)
    me = await token_headers(session, w.clinician)
    created = await http.post(
        f"/clients/{w.client.id}/notes/new", headers=me, data={"mode": "paste", "text": TRANSCRIPT, "format": "birp"}
    )
    url = created.headers["location"]
    page = await http.get(url, headers=me)
    # One form holds the text and both buttons, so "Sign note" sends what the clinician sees.
    form = page.text.split(f'action="{url}/sections"', 1)[1].split("</form>", 1)[0]
    assert 'name="section_behavior"' in form and f'formaction="{url}/sign"' in form
    signed = await http.post(
        f"{url}/sign", headers=me, data={"section_behavior": "Edited, never saved: tearful, then calm.",
                                         "section_plan": "Thought record nightly.", "confirm": "yes"})
    assert signed.status_code == 303
    locked = await http.get(url, headers=me)
    assert "Signed by" in locked.text and "Edited, never saved: tearful, then calm." in locked.text


async def test_signing_without_the_confirmation_keeps_the_edits_and_asks_for_it(session, http):
    w = await make_world(session)
    me = await token_headers(session, w.clinician)
    created = await http.post(
        f"/clients/{w.client.id}/notes/new", headers=me, data={"mode": "paste", "text": TRANSCRIPT, "format": "birp"}
    )
    url = created.headers["location"]
    answer = await http.post(f"{url}/sign", headers=me, data={"section_plan": "Keep this sentence."})
    assert answer.status_code == 303 and answer.headers["location"].endswith("?confirm=needed")
    page = await http.get(answer.headers["location"], headers=me)
    assert "not signed" in page.text and "Keep this sentence." in page.text and "Signed by" not in page.text


async def test_progress_shows_the_drafting_stage_and_time_left_and_a_refresh_shows_the_latest(session, http):
    from alliance.notes.models import Note

    w = await make_world(session)
    me = await token_headers(session, w.clinician)
    note = await pipeline.create_from_text(
        session, actor(w.clinician), w.client.id, NoteCreate(text=TRANSCRIPT, use_ai=False)
    )
    row = await session.get(Note, note.id)
    row.status = "drafting"
    await session.flush()
    await pipeline.record_progress(session, note.id, "writing part 1/2 · 84 tokens · about 40 s left", 37)
    await session.refresh(row)
    fragment = await http.get(f"/notes/{note.id}/progress", headers=me)
    assert "Writing part 1/2 · 84 tokens · about 40 s left" in fragment.text and 'value="37"' in fragment.text
    assert "HX-Refresh" not in fragment.headers
    page = await http.get(f"/notes/{note.id}", headers=me)  # without JavaScript, a reload shows the same
    assert "Writing part 1/2 · 84 tokens · about 40 s left" in page.text and "37%" in page.text


async def test_extracted_sentences_are_marked_with_their_derived_date(session, http):
    from datetime import date

    from alliance.notes.drafting import draft_note

    w = await make_world(session)
    note = await pipeline.create_from_text(
        session, actor(w.clinician), w.client.id,
        NoteCreate(text="Therapist: Your PHQ-9 is 12 today.\nClient: I take sertraline, 50 mg.\n"
                        "Therapist: See you next Tuesday at 3.", use_ai=False))
    draft = await draft_note(pipeline.segments_of(note), format="soap", use_model=False,
                             session_date=date(2026, 3, 10))
    await pipeline.finish_drafting(session, note.id, draft.model_dump(mode="json"))
    page = await http.get(f"/notes/{note.id}", headers=await token_headers(session, w.clinician))
    assert page.text.count('<span class="badge">Extracted</span>') == 3
    assert "Medication: sertraline, 50 mg." in page.text and "Score: PHQ-9 12." in page.text
    assert "Date resolved from the session date 2026-03-10." in page.text
