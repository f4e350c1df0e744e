"""A note whose job died (crash, kill -9, lost queue) is queued again, then handed back with a reason, and the
clinician can try the AI draft again; a running job's heartbeat keeps its note from being taken for dead."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from alliance.db.base import utcnow
from alliance.notes import pipeline, recovery
from alliance.notes.schemas import NoteCreate
from alliance.security.models import AuditEvent
from tests.notes.notes_world import TRANSCRIPT, make_world
from tests.support.factories import actor, token_headers


async def _stalled_draft(session, w):  # noqa: ANN001, ANN202
    note = await pipeline.create_from_text(session, actor(w.clinician), w.client.id,
                                           NoteCreate(text=TRANSCRIPT, use_ai=True))
    job = await pipeline.start_drafting(session, note.id)  # the job started ...
    assert job is not None and note.status == "drafting"
    note.updated_at = utcnow() - timedelta(minutes=5)  # ... and the process was killed
    await session.flush()
    return note


async def test_a_draft_whose_job_died_is_queued_again_then_handed_back(session):
    w = await make_world(session)
    note = await _stalled_draft(session, w)
    for attempt in range(recovery.MAX_ATTEMPTS):
        counts = await recovery.recover_stalled(session)
        assert counts == {"requeued": 1, "failed": 0} and note.status == "transcribed"
        await pipeline.start_drafting(session, note.id)
        note.updated_at = utcnow() - timedelta(minutes=5)
        await session.flush()
    counts = await recovery.recover_stalled(session)
    assert counts == {"requeued": 0, "failed": 1}
    assert note.status == "draft" and "failed" in (note.status_reason or "")
    events = (await session.execute(select(AuditEvent.action).where(
        AuditEvent.resource_id == str(note.id)))).scalars().all()
    assert events.count("notes.recover") == recovery.MAX_ATTEMPTS


async def test_a_busy_note_with_a_live_job_is_left_alone(session):
    w = await make_world(session)
    note = await _stalled_draft(session, w)
    await recovery.touch(session, note.id)  # the heartbeat of a job still running
    await session.refresh(note)
    assert await recovery.recover_stalled(session) == {"requeued": 0, "failed": 0}
    assert note.status == "drafting"


async def test_the_clinician_can_try_the_draft_again_but_never_over_their_own_text(session, http):
    w = await make_world(session)
    note = await _stalled_draft(session, w)
    await pipeline.fail_drafting(session, note.id, "the drafting job stopped twice")
    me = await token_headers(session, w.clinician)
    page = await http.get(f"/notes/{note.id}", headers=me)
    assert "Try the AI draft again" in page.text
    again = await http.post(f"/notes/{note.id}/draft-again", headers=me)
    assert again.status_code == 303
    await session.refresh(note)
    assert note.status == "transcribed"
    # Once the clinician has written something, a new draft would replace it: refused.
    await pipeline.fail_drafting(session, note.id, "stopped")
    await http.post(f"/notes/{note.id}/sections", headers=me, data={"section_plan": "My own words."})
    refused = await http.post(f"/notes/{note.id}/draft-again", headers=me)
    assert refused.status_code == 409
