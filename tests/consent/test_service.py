"""Consent: versioned documents, decisions that never overwrite, and the one check every feature uses."""

from __future__ import annotations

import pytest

from alliance.accounts.models import Role
from alliance.consent import service
from alliance.consent.models import Decision, Feature
from alliance.consent.schemas import DecisionCreate, DocumentCreate
from alliance.errors import BadRequest
from tests.support.factories import actor, make_client, make_consent, make_practice, make_user


async def test_new_versions_count_up_per_feature(session):
    practice = await make_practice(session)
    admin = await make_user(session, practice, Role.admin)
    first = await service.publish_document(session, actor(admin), DocumentCreate(
        feature=Feature.ai_companion, title="Companion", body="Version one of the text."))
    second = await service.publish_document(session, actor(admin), DocumentCreate(
        feature=Feature.ai_companion, title="Companion", body="Version two of the text."))
    other = await service.publish_document(session, actor(admin), DocumentCreate(
        feature=Feature.session_recording, title="Recording", body="Recording consent text."))
    assert (first.version, second.version, other.version) == (1, 2, 1)
    current = await service.current_documents(session, practice.id)
    assert current["ai_companion"].id == second.id


async def test_latest_decision_wins_and_history_is_kept(session):
    practice = await make_practice(session)
    client = await make_client(session, practice)
    assert not await service.has_consent(session, client.id, Feature.ai_companion)
    await make_consent(session, client, Feature.ai_companion, Decision.given)
    assert await service.has_consent(session, client.id, Feature.ai_companion)
    await make_consent(session, client, Feature.ai_companion, Decision.withdrawn)
    assert not await service.has_consent(session, client.id, Feature.ai_companion)
    admin = await make_user(session, practice, Role.admin)
    history = await service.history(session, actor(admin), client.id)
    assert [r.decision for r in history] == ["withdrawn", "given"]


async def test_consent_to_an_older_version_is_flagged_for_renewal(session):
    practice = await make_practice(session)
    admin = await make_user(session, practice, Role.admin)
    client = await make_client(session, practice)
    await make_consent(session, client, Feature.ai_documentation, by=admin)
    await service.publish_document(session, actor(admin), DocumentCreate(
        feature=Feature.ai_documentation, title="Notes v2", body="A clearer explanation of AI notes."))
    status = {s.feature: s for s in await service.status(session, actor(admin), client.id)}
    assert status[Feature.ai_documentation].needs_renewal
    assert status[Feature.ai_documentation].decision is Decision.given
    assert status[Feature.ai_companion].decision is None


async def test_a_decision_needs_a_published_form(session):
    practice = await make_practice(session)
    admin = await make_user(session, practice, Role.admin)
    client = await make_client(session, practice)
    with pytest.raises(BadRequest, match="no consent document"):
        await service.record_decision(session, actor(admin), client.id,
                                      DecisionCreate(feature=Feature.external_ai, decision=Decision.given))


async def test_clients_record_their_own_decisions(session):
    practice = await make_practice(session)
    client = await make_client(session, practice)
    user = await make_user(session, practice, Role.client, client=client)
    admin = await make_user(session, practice, Role.admin)
    await make_consent(session, client, Feature.ai_companion, Decision.declined, by=admin)
    record = await service.record_decision(session, actor(user), client.id,
                                           DecisionCreate(feature=Feature.ai_companion, decision=Decision.given))
    assert record.recorded_by == user.id
    assert await service.has_consent(session, client.id, Feature.ai_companion)
