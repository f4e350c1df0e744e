"""The between-session summary: what it needs (consent, something to summarise), the draft with SmolLM2 (the small
test model) with every sentence linked to turns of the window and grounded, stored encrypted, for clinicians only,
reviewed; the job queued after the commit; the page and the API."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from alliance.accounts.models import Role
from alliance.companion import chat, service, summary
from alliance.companion.models import CompanionSummary, CompanionTurn
from alliance.companion.schemas import PlanWrite
from alliance.consent.models import Decision, Feature
from alliance.consent import service as consent_service
from alliance.consent.schemas import DecisionCreate
from alliance.errors import AllianceError, BadRequest, Conflict
from alliance.jobs.queue import PENDING
from tests.support.factories import actor, make_client, make_consent, make_practice, make_user, token_headers

PLAN = PlanWrite(enabled=True, focus="panic attacks; CBT", modules=["panic"], skills=["paced-breathing"],
                 review_note="before each session")
MESSAGES = ["I had a panic attack on the bus this morning.",
            "I did the paced breathing for five minutes and my heart slowed down.",
            "I want to talk about going back to work in our next session."]


async def _world(session):
    practice = await make_practice(session)
    clinician = await make_user(session, practice, Role.clinician, display_name="Dr. Ana Reyes")
    client = await make_client(session, practice, clinician=clinician, given_name="Rosa")
    portal = await make_user(session, practice, Role.client, client=client)
    await make_consent(session, client, Feature.ai_companion)
    await service.save_plan(session, actor(clinician), client.id, PLAN)
    return practice, clinician, client, portal


async def _chat(session, portal, scripted) -> None:
    scripted.script = ["That sounds frightening. Paced breathing can help.", "Well done for practising.",
                       "That is a good topic for your next session."]
    for text in MESSAGES:
        await chat.answer(session, actor(portal), text)


async def test_nothing_to_summarise_and_no_consent_are_refused(session, scripted):
    _, clinician, client, portal = await _world(session)
    with pytest.raises(BadRequest, match="nothing to summarise"):
        await summary.request_summary(session, actor(clinician), client.id)
    await _chat(session, portal, scripted)
    await consent_service.record_decision(session, actor(clinician), client.id, DecisionCreate(
        feature=Feature.ai_companion, decision=Decision.withdrawn))
    with pytest.raises(AllianceError, match="consented"):
        await summary.request_summary(session, actor(clinician), client.id)
    assert await session.scalar(select(CompanionSummary.id)) is None


async def test_a_request_queues_one_job_after_the_commit_and_a_second_is_refused(session, scripted):
    _, clinician, client, portal = await _world(session)
    await _chat(session, portal, scripted)
    row = await summary.request_summary(session, actor(clinician), client.id)
    assert (row.status, row.turn_count, row.since_session) == ("queued", 6, False)
    assert row.until - row.since == timedelta(days=summary.WINDOW_DAYS)
    pending = session.sync_session.info.get(PENDING, [])
    assert [args for _, args in pending] == [(str(row.id),)]
    with pytest.raises(Conflict):
        await summary.request_summary(session, actor(clinician), client.id)


async def test_the_draft_links_every_sentence_to_turns_of_the_window_and_is_stored_encrypted(session, scripted):
    _, clinician, client, portal = await _world(session)
    await _chat(session, portal, scripted)
    row = await summary.request_summary(session, actor(clinician), client.id)
    done = await summary.draft_now(session, row.id, max_tokens=200)
    assert done.status == "ready", done.error
    assert done.model == "smollm2-135m" and done.prompt_id == "companion.summary" and done.grounding
    read = summary.summary_read(done)
    assert read.ai_drafted and read.facts == {"messages": 3, "alerts": 0, "blocked": 0}
    turns = {t.id: t.seq for t in (await session.execute(select(CompanionTurn).where(
        CompanionTurn.client_id == client.id))).scalars()}
    for sentence in read.sentences:
        # Every link names a turn of this conversation, by its own reference; a supported sentence has evidence.
        assert all(e.turn_id in turns and e.ref == f"T{turns[e.turn_id]}" for e in sentence.evidence)
        assert sentence.evidence or not sentence.supported
    raw = await session.scalar(select(CompanionSummary.content_ct).where(CompanionSummary.id == row.id))
    assert b"messages" not in raw and b"evidence" not in raw  # encrypted at rest
    reviewed = await summary.mark_reviewed(session, actor(clinician), client.id, row.id)
    assert reviewed.reviewed_by == clinician.id and reviewed.reviewed_at is not None


async def test_the_summary_is_for_clinicians_only(session, http, scripted):
    _, clinician, client, portal = await _world(session)
    await _chat(session, portal, scripted)
    row = await summary.request_summary(session, actor(clinician), client.id)
    row.status, row.content_json = "ready", '{"facts": {"messages": 3}, "sentences": []}'
    await session.flush()
    client_id, row_id = client.id, row.id  # a refused request rolls back and expires what the session holds
    me, staff = await token_headers(session, portal), await token_headers(session, clinician)
    assert (await http.get(f"/api/v1/clients/{client_id}/companion/summaries/latest", headers=me)).status_code in (
        403, 404)
    assert (await http.post(f"/api/v1/clients/{client_id}/companion/summaries", headers=me)).status_code in (403, 404)
    latest = await http.get(f"/api/v1/clients/{client_id}/companion/summaries/latest", headers=staff)
    assert latest.status_code == 200 and latest.json()["ai_drafted"] and latest.json()["status"] == "ready"
    page = await http.get(f"/clients/{client_id}?area=companion", headers=staff)
    assert page.status_code == 200
    assert "Between-session summary" in page.text and "AI-drafted" in page.text and "Not reviewed yet" in page.text
    assert f'action="/clients/{client_id}/companion/summaries/{row_id}/review"' in page.text
    reviewed = await http.post(f"/clients/{client_id}/companion/summaries/{row_id}/review", headers=staff)
    assert reviewed.status_code == 303
    again = await http.post(f"/api/v1/clients/{client_id}/companion/summaries/{row_id}/review", headers=staff)
    assert again.status_code == 200 and again.json()["reviewed_at"]
    portal_page = await http.get("/portal?area=companion", headers=me)
    assert "Between-session summary" not in portal_page.text


async def test_a_page_request_drafts_nothing_when_the_window_is_empty(session, http, scripted):
    _, clinician, client, _ = await _world(session)
    client_id, staff = client.id, await token_headers(session, clinician)
    response = await http.post(f"/clients/{client_id}/companion/summaries", headers=staff)
    assert response.status_code == 400 and "nothing to summarise" in response.text
    assert await session.scalar(select(CompanionSummary.id).where(CompanionSummary.client_id == client_id)) is None
