"""Session notes as records: consent gates, paste -> draft -> edit -> sign -> locked -> amend, risk from the
screen, audio deletion, process notes, permissions."""

from __future__ import annotations

import io

import pytest
from sqlalchemy import select

from alliance.consent.service import ConsentRequired
from alliance.notes import pipeline, service
from alliance.notes.schemas import AmendmentCreate, NoteCreate
from alliance.security.models import AuditEvent
from tests.notes.notes_world import RISK_LINE, TRANSCRIPT, make_world, smollm2  # noqa: F401
from tests.support.factories import actor


async def _audit_actions(session, note_id) -> list[str]:  # noqa: ANN001
    rows = await session.execute(select(AuditEvent.action).where(AuditEvent.resource_id == str(note_id)))
    return list(rows.scalars())


async def test_pasted_transcript_without_ai_opens_the_editor_with_the_risk_section(session):
    w = await make_world(session)
    note = await pipeline.create_from_text(
        session, actor(w.clinician), w.client.id, NoteCreate(text=TRANSCRIPT, format="dap", use_ai=False)
    )
    assert note.status == "draft" and note.draft is None
    assert set(note.sections) == {"data", "assessment", "plan", "risk"}
    assert note.risk_level == "none" and "no risk language" in note.sections["risk"]
    assert [s["id"] for s in note.transcript["segments"]][:2] == ["S1", "S2"]


async def test_ai_drafting_needs_the_clients_ai_documentation_consent(session):
    w = await make_world(session, ai=False)
    with pytest.raises(ConsentRequired):
        await pipeline.create_from_text(session, actor(w.clinician), w.client.id, NoteCreate(text=TRANSCRIPT))
    manual = await pipeline.create_from_text(
        session, actor(w.clinician), w.client.id, NoteCreate(text=TRANSCRIPT, use_ai=False)
    )
    assert manual.status == "draft"


async def test_session_audio_needs_recording_consent_but_dictation_does_not(session):
    w = await make_world(session, recording=False)
    with pytest.raises(ConsentRequired):
        await pipeline.create_from_audio(
            session,
            actor(w.clinician),
            w.client.id,
            source="upload",
            filename="s.wav",
            stream=io.BytesIO(b"RIFF...."),
            use_ai=False,
        )
    note = await pipeline.create_from_audio(
        session,
        actor(w.clinician),
        w.client.id,
        source="dictation",
        filename="d.wav",
        stream=io.BytesIO(b"RIFF...."),
        use_ai=False,
    )
    assert note.status == "uploaded" and note.speech_model == "tiny.en"
    assert str(w.client.family_name) not in note.audio_file and note.audio_file.startswith(str(note.id))


async def test_risk_in_the_transcript_is_always_in_the_note_and_raises_an_alert(session):
    from alliance.safety.models import RiskAlert

    w = await make_world(session)
    text = TRANSCRIPT + "\n" + RISK_LINE
    note = await pipeline.create_from_text(
        session, actor(w.clinician), w.client.id, NoteCreate(text=text, use_ai=False)
    )
    assert note.risk_level in ("high", "imminent")
    assert "pills saved up" in note.sections["risk"] and "S7" in note.sections["risk"]
    alert = (await session.execute(select(RiskAlert).where(RiskAlert.source_id == str(note.id)))).scalar_one()
    assert alert.source == "transcript" and alert.id == note.alert_id and alert.level == note.risk_level


async def test_sign_locks_the_note_edits_are_409_and_amendments_keep_a_history(session):
    w = await make_world(session)
    me = actor(w.clinician)
    note = await pipeline.create_from_text(
        session, me, w.client.id, NoteCreate(text=TRANSCRIPT, use_ai=False)
    )
    await service.update_sections(
        session, me, note.id, {"subjective": "Poor sleep, work stress.", "plan": "Thought record daily."}
    )
    signed = await service.sign(session, me, note.id)
    assert signed.status == "signed" and signed.signed_name == "Dr. Test Clinician"
    assert signed.signed_credentials == "PsyD, Licensed Psychologist" and signed.signed_at is not None
    with pytest.raises(service.NoteLocked) as locked:
        await service.update_sections(session, me, note.id, {"plan": "changed"})
    assert locked.value.status_code == 409
    await service.amend(
        session,
        me,
        note.id,
        AmendmentCreate(
            reason="Wrong wake time", sections={"subjective": "Poor sleep (wakes at 5), work stress."}
        ),
    )
    await service.amend(
        session,
        me,
        note.id,
        AmendmentCreate(reason="Add homework detail", sections={"plan": "Thought record each evening."}),
    )
    history = await service.list_amendments(session, me, note.id)
    assert [a.reason for a in history] == ["Wrong wake time", "Add homework detail"]
    assert (await service.get_note(session, me, note.id)).sections["plan"] == "Thought record daily."
    assert {"notes.sign", "notes.update"} <= set(await _audit_actions(session, note.id))


async def test_another_clinician_gets_not_found_and_the_supervisor_reads_but_cannot_sign(session):
    from alliance.errors import Forbidden, NotFound

    w = await make_world(session)
    note = await pipeline.create_from_text(
        session, actor(w.clinician), w.client.id, NoteCreate(text=TRANSCRIPT, use_ai=False)
    )
    with pytest.raises(NotFound):
        await service.get_note(session, actor(w.other), note.id)
    assert (await service.get_note(session, actor(w.supervisor), note.id)).id == note.id
    with pytest.raises(Forbidden):
        await service.sign(session, actor(w.supervisor), note.id)


async def test_process_notes_are_private_to_their_author(session):
    from alliance.errors import NotFound

    w = await make_world(session)
    row = await service.create_process_note(
        session, actor(w.clinician), w.client.id, "My countertransference."
    )
    assert (
        await service.get_process_note(session, actor(w.clinician), row.id)
    ).body == "My countertransference."
    with pytest.raises(NotFound):
        await service.get_process_note(session, actor(w.other), row.id)
    with pytest.raises(NotFound):
        await service.get_process_note(session, actor(w.supervisor), row.id)


def test_edit_distance_is_zero_for_unchanged_and_grows_with_edits():
    draft = {"plan": "Thought record daily.", "data": "Poor sleep."}
    out = service.edit_distances(
        draft, {"plan": "Thought record daily.", "data": "Poor sleep and stress at work."}
    )
    assert out["plan"] == 0.0 and 0.5 < out["data"] < 1.0
    assert service.edit_distances({"plan": "abc"}, {})["plan"] == 1.0


@pytest.mark.llm
@pytest.mark.slow
async def test_model_draft_in_a_practice_format_keeps_the_screen_risk_and_stores_edit_distance_at_signing(
    session,
    smollm2,  # noqa: F811
):
    from alliance.notes.schemas import FormatCreate, FormatSection
    from alliance.safety.models import RiskAlert

    w = await make_world(session)
    me = actor(w.clinician)
    # A one-section practice template keeps SmolLM2's answer short on a loaded 2-core machine.
    await service.create_format(
        session,
        me,
        FormatCreate(
            name="brief",
            title="Brief note",
            sections=[
                FormatSection(name="summary", instruction="what the client reported and the plan agreed")
            ],
        ),
    )
    note = await pipeline.create_from_text(
        session, me, w.client.id, NoteCreate(text=TRANSCRIPT + "\n" + RISK_LINE, format="brief")
    )
    assert note.status == "transcribed"  # the draft job is queued after the commit
    note = await pipeline.draft_for_note(session, note.id)
    assert note.status == "draft" and note.status_reason is None, note.status_reason
    assert note.draft["model"] == "smollm2-135m" and note.draft_origin == "model"
    assert [s["name"] for s in note.draft["sections"]] == ["summary"]
    assert note.draft["risk"]["level"] in ("high", "imminent")
    assert note.risk_level == note.draft["risk"]["level"] and "pills saved up" in note.sections["risk"]
    assert (await session.execute(select(RiskAlert).where(RiskAlert.source_id == str(note.id)))).scalar_one()
    original = dict(note.sections)
    await service.update_sections(
        session, me, note.id, {"summary": "Safety plan reviewed; thought record daily."}
    )
    signed = await service.sign(session, me, note.id)
    assert set(signed.edit_distance) == set(original)
    assert signed.edit_distance["risk"] == 0.0 and signed.edit_distance["summary"] > 0.0
    assert signed.draft == note.draft  # the AI draft is kept unchanged


async def test_withdrawn_ai_consent_at_draft_time_opens_the_editor_without_a_draft(session):
    from alliance.consent.models import Decision, Feature
    from tests.support.factories import make_consent

    w = await make_world(session)
    note = await pipeline.create_from_text(
        session, actor(w.clinician), w.client.id, NoteCreate(text=TRANSCRIPT)
    )
    await make_consent(session, w.client, Feature.ai_documentation, Decision.withdrawn)
    note = await pipeline.draft_for_note(session, note.id)
    assert note.status == "draft" and note.draft is None and "not consented" in note.status_reason


@pytest.mark.slow
async def test_dictated_audio_is_transcribed_then_deleted_and_the_deletion_is_audited(session, speech):
    w = await make_world(session)
    with speech["short"].open("rb") as audio:
        note = await pipeline.create_from_audio(
            session,
            actor(w.clinician),
            w.client.id,
            source="dictation",
            filename="dictation.wav",
            stream=audio,
            use_ai=False,
        )
    path = pipeline.audio_root() / note.audio_file
    assert path.exists()
    note = await pipeline.transcribe_note(session, note.id)
    assert note.status == "draft" and "anxious" in note.transcript["segments"][0]["text"].lower()
    assert not path.exists() and note.audio_file is None and note.audio_deleted_at is not None
    assert "notes.audio.delete" in await _audit_actions(session, note.id)


async def test_retained_audio_is_deleted_by_the_periodic_job_when_due(session):
    from datetime import timedelta

    from alliance.db.base import utcnow

    w = await make_world(session, retention_days=30)
    note = await pipeline.create_from_audio(
        session,
        actor(w.clinician),
        w.client.id,
        source="upload",
        filename="s.ogg",
        stream=io.BytesIO(b"OggS" + b"\0" * 64),
        use_ai=False,
    )
    path = pipeline.audio_root() / note.audio_file
    await pipeline.fail(session, note.id, "Transcription failed: not audio.")
    assert path.exists() and note.audio_keep_until > utcnow() + timedelta(days=29)
    await pipeline.purge_audio(session)  # (may remove audio orphaned by earlier runs, never this one)
    assert path.exists()
    note.audio_keep_until = utcnow() - timedelta(minutes=1)
    await session.flush()
    assert await pipeline.purge_audio(session) >= 1
    assert not path.exists() and "notes.audio.delete" in await _audit_actions(session, note.id)


async def test_process_notes_never_reach_the_model_gateway(session):
    from alliance.llm import add_call_sink, remove_call_sink
    from alliance.notes.formats import get_format

    calls = []
    add_call_sink(calls.append)
    try:
        w = await make_world(session)
        me = actor(w.clinician)
        row = await service.create_process_note(session, me, w.client.id, "Private formulation.")
        await service.update_process_note(session, me, row.id, "Revised private formulation.")
        await service.get_process_note(session, me, row.id)
        await service.list_process_notes(session, me, w.client.id)
    finally:
        remove_call_sink(calls.append)
    assert calls == []
    with pytest.raises(Exception, match="never drafted"):
        get_format("psychotherapy")
    # No module on the way to the model imports the process-note table.
    import inspect

    from alliance.notes import drafting, tasks
    from alliance.notes import pipeline as notes_pipeline

    for module in (drafting, notes_pipeline, tasks):
        assert "ProcessNote" not in inspect.getsource(module)


async def test_audio_left_by_an_erased_client_is_deleted_by_the_periodic_job(session):
    import os
    import uuid

    folder = pipeline.audio_root() / str(uuid.uuid4())
    folder.mkdir(parents=True)
    (folder / "abc.wav").write_bytes(b"RIFF")
    young = pipeline.audio_root() / str(uuid.uuid4())
    young.mkdir()
    old = folder.stat().st_mtime - 2 * pipeline.ORPHAN_AGE_SECONDS
    os.utime(folder, (old, old))
    assert await pipeline.purge_audio(session) >= 1
    assert not folder.exists() and young.exists()  # a folder of an upload still in flight is left alone
    young.rmdir()


async def test_when_the_model_cannot_draft_the_facts_found_by_rules_still_fill_the_note(session):
    """A model server that does not answer (a real closed port, local): the note opens with the extracted facts,
    each cited, and a warning that says the rest is to be written by hand."""
    from alliance.llm import providers
    from alliance.llm.config import LLMSettings, ProviderConfig

    w = await make_world(session)
    text = ("Therapist: How have things been on the sertraline?\nClient: Better. The doctor increased it to 100 mg "
            "two weeks ago.\nTherapist: Your PHQ-9 today is 11, down from 16.\nTherapist: For homework, keep the "
            "thought record every evening.")
    note = await pipeline.create_from_text(session, actor(w.clinician), w.client.id, NoteCreate(text=text))
    down = LLMSettings(providers=[ProviderConfig(name="down", kind="openai", model="none", privacy="local",
                                                 base_url="http://127.0.0.1:9/v1", timeout=5, max_retries=0)],
                       purpose_providers={"notes": "down"}, timeout=5)
    with providers.using(down):
        note = await pipeline.draft_for_note(session, note.id)
    assert note.status == "draft" and note.draft is not None
    assert "could not draft" in note.draft["warnings"][0]
    said = " ".join(s["text"] for sec in note.draft["sections"] for s in sec["sentences"])
    assert "100 mg" in said and "11" in said and "thought record" in said
    assert all(s["evidence"] for sec in note.draft["sections"] for s in sec["sentences"])
