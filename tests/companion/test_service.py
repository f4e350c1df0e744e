"""The companion's service: the clinician's plan (versions, consent, validation, encryption, audit), the region
setting, what the client is offered, and exercise records (screened, encrypted, audited, exported, erased)."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import func, select

from alliance.accounts.models import Role
from alliance.clients import export
from alliance.clients.schemas import ErasureRequest
from alliance.companion import service
from alliance.companion.models import CompanionPlan, ExerciseRecord
from alliance.companion.schemas import (
    ActivationDone,
    ActivationPlanCreate,
    BreathingCreate,
    CompanionSettingsUpdate,
    GroundingCreate,
    PlanWrite,
    ThoughtRecordCreate,
)
from alliance.consent.models import Decision, Feature
from alliance.consent.service import ConsentRequired
from alliance.errors import BadRequest, Conflict, Forbidden, NotFound
from alliance.safety import service as safety_service
from alliance.safety.models import RiskAlert
from alliance.security.models import AuditEvent
from tests.support.factories import actor, make_client, make_consent, make_practice, make_user

ON = PlanWrite(enabled=True, focus="panic attacks; interoceptive exposure; CBT", modules=["panic", "anxiety"],
               skills=["thought-record", "paced-breathing"], steer_topics="trauma details",
               cultural_notes="family-centred framing", review_note="before each session")


async def _world(session, *, consent: bool = True, **client_fields):
    practice = await make_practice(session)
    clinician = await make_user(session, practice, Role.clinician, display_name="Dr. Ana Reyes")
    client = await make_client(session, practice, clinician=clinician, **client_fields)
    portal = await make_user(session, practice, Role.client, client=client)
    if consent:
        await make_consent(session, client, Feature.ai_companion)
    return practice, clinician, client, portal


def _thought(**overrides) -> ThoughtRecordCreate:
    data = {"situation": "Presenting the quarterly figures at work",
            "automatic_thought": "Everyone will notice my mistakes",
            "evidence_for": "I stumbled over my words last time",
            "evidence_against": "Two colleagues said the last one was clear",
            "balanced_thought": "I can be nervous and still do it well enough",
            "emotions": [{"name": "anxious", "before": 80, "after": 40}, {"name": "ashamed", "before": 50,
                                                                           "after": 30}]}
    return ThoughtRecordCreate(**(data | overrides))


async def test_each_save_is_a_new_version_and_the_history_is_kept(session):
    _, clinician, client, _ = await _world(session)
    first = await service.save_plan(session, actor(clinician), client.id, PlanWrite(modules=["sleep"]))
    second = await service.save_plan(session, actor(clinician), client.id, ON)
    assert (first.version, second.version) == (1, 2)
    history = await service.plan_history(session, actor(clinician), client.id)
    assert [p.version for p in history] == [2, 1]
    assert history[1].modules == ["sleep"] and not history[1].enabled
    state = await service.plan_state(session, actor(clinician), client.id)
    assert state.active and state.plan.version == 2 and state.plan.created_by_name == "Dr. Ana Reyes"
    # Modules keep the library's order, whatever order they were sent in.
    assert state.plan.modules == ["anxiety", "panic"]
    saves = await session.scalar(select(func.count()).select_from(AuditEvent).where(
        AuditEvent.action == "companion.plan.save", AuditEvent.client_id == client.id))
    assert saves == 2


async def test_it_cannot_be_switched_on_without_companion_consent(session):
    _, clinician, client, _ = await _world(session, consent=False)
    with pytest.raises(ConsentRequired):
        await service.save_plan(session, actor(clinician), client.id, ON)
    off = await service.save_plan(session, actor(clinician), client.id, ON.model_copy(update={"enabled": False}))
    assert off.version == 1 and not off.enabled
    await make_consent(session, client, Feature.ai_companion)
    assert (await service.save_plan(session, actor(clinician), client.id, ON)).enabled


async def test_withdrawn_consent_turns_the_offer_off_without_a_new_version(session):
    _, clinician, client, portal = await _world(session)
    await service.save_plan(session, actor(clinician), client.id, ON)
    assert (await service.portal_offer(session, actor(portal))).active
    await make_consent(session, client, Feature.ai_companion, Decision.withdrawn)
    offer = await service.portal_offer(session, actor(portal))
    assert offer.reason == "no_consent" and not offer.modules and not offer.skills
    state = await service.plan_state(session, actor(clinician), client.id)
    assert state.plan.enabled and not state.active and not state.consent_given


async def test_language_defaults_to_the_profile_and_unknown_items_are_refused(session):
    _, clinician, client, _ = await _world(session, preferred_language="es")
    plan = await service.save_plan(session, actor(clinician), client.id, PlanWrite(modules=["anxiety"]))
    assert plan.language == "es"
    with pytest.raises(BadRequest, match="Not a library module: paced-breathing"):
        await service.save_plan(session, actor(clinician), client.id, PlanWrite(modules=["paced-breathing"]))
    with pytest.raises(BadRequest, match="Not a library skill: nonsense"):
        await service.save_plan(session, actor(clinician), client.id, PlanWrite(skills=["nonsense"]))
    with pytest.raises(BadRequest, match="language"):
        await service.save_plan(session, actor(clinician), client.id, PlanWrite(language="ja"))
    with pytest.raises(BadRequest, match="before each session"):
        await service.save_plan(session, actor(clinician), client.id, ON.model_copy(update={"review_note": None}))


async def test_free_text_of_the_plan_is_encrypted_at_rest(session):
    _, clinician, client, _ = await _world(session)
    plan = await service.save_plan(session, actor(clinician), client.id, ON)
    raw = (await session.execute(select(CompanionPlan.focus_ct, CompanionPlan.steer_topics_ct,
                                        CompanionPlan.cultural_notes_ct, CompanionPlan.review_note_ct)
                                 .where(CompanionPlan.id == plan.id))).one()
    assert all(isinstance(v, bytes) and v for v in raw)
    assert not any(b"panic" in v or b"trauma" in v or b"family" in v for v in raw)


async def test_only_the_care_team_reads_or_writes_the_plan(session):
    practice, clinician, client, portal = await _world(session)
    other = await make_user(session, practice, Role.clinician)
    admin = await make_user(session, practice, Role.admin)
    with pytest.raises(NotFound):
        await service.plan_state(session, actor(other), client.id)
    with pytest.raises(Forbidden):
        await service.plan_state(session, actor(admin), client.id)
    with pytest.raises(Forbidden):
        await service.save_plan(session, actor(portal), client.id, ON)


async def test_region_setting_turns_the_conversation_off_by_region_or_country(session):
    practice, clinician, client, _ = await _world(session, country="US", region="IL")
    oregon = await make_client(session, practice, clinician=clinician, country="US", region="OR")
    assert await service.no_chat_regions(session, practice.id) == ["US-IL"]
    assert not (await service.plan_state(session, actor(clinician), client.id)).chat_allowed
    assert (await service.plan_state(session, actor(clinician), oregon.id)).chat_allowed
    admin = await make_user(session, practice, Role.admin)
    with pytest.raises(Forbidden):
        await service.update_settings(session, actor(clinician), CompanionSettingsUpdate(no_chat_regions=["US"]))
    saved = await service.update_settings(session, actor(admin), CompanionSettingsUpdate(no_chat_regions=["us"]))
    assert saved.no_chat_regions == ["US"]
    assert not (await service.plan_state(session, actor(clinician), oregon.id)).chat_allowed


def test_region_codes_are_checked():
    with pytest.raises(ValueError, match="not a region code"):
        CompanionSettingsUpdate(no_chat_regions=["Illinois"])
    assert CompanionSettingsUpdate(no_chat_regions=[" us-il ", "US-IL", "", "de"]).no_chat_regions == ["US-IL", "DE"]


async def test_the_client_is_offered_only_what_the_plan_names(session):
    _, clinician, client, portal = await _world(session)
    nothing = await service.portal_offer(session, actor(portal))
    assert nothing.reason == "no_plan" and not nothing.active
    await service.save_plan(session, actor(clinician), client.id, ON)
    offer = await service.portal_offer(session, actor(portal))
    assert [i.slug for i in offer.modules] == ["anxiety", "panic"]
    assert offer.exercises == ["paced-breathing", "thought-record"]
    _, item = await service.read_item(session, actor(portal), "panic")
    assert item.slug == "panic"
    with pytest.raises(NotFound):
        await service.read_item(session, actor(portal), "grief")
    with pytest.raises(Forbidden, match="not offered"):
        await service.record_exercise(session, actor(portal), "grounding-54321", GroundingCreate(
            see="cup", feel="chair", hear="clock", smell="coffee", taste="mint"))


async def test_a_thought_record_is_stored_encrypted_and_audited(session):
    _, clinician, client, portal = await _world(session)
    await service.save_plan(session, actor(clinician), client.id, ON)
    record, crisis = await service.record_exercise(session, actor(portal), "thought-record", _thought())
    assert crisis is None and record.status == "done" and record.screen_level == "none"
    raw = await session.scalar(select(ExerciseRecord.data_ct).where(ExerciseRecord.id == record.id))
    assert b"quarterly" not in raw and b"anxious" not in raw
    seen = await service.list_exercises(session, actor(clinician), client.id)
    assert seen[0].data["emotions"][0] == {"name": "anxious", "before": 80, "after": 40}
    assert seen[0].screen_level == "none"
    mine = await service.list_exercises(session, actor(portal), client.id)
    assert mine[0].screen_level is None and mine[0].data["situation"].startswith("Presenting")
    actions = set((await session.execute(select(AuditEvent.action).where(
        AuditEvent.client_id == client.id))).scalars())
    assert {"companion.exercise.save", "companion.exercise.list"} <= actions


async def test_risky_exercise_text_raises_one_alert_and_returns_the_crisis_response(session):
    _, clinician, client, portal = await _world(session)
    await service.save_plan(session, actor(clinician), client.id, ON)
    risky = _thought(automatic_thought="I have the pills saved up and I'm going to take them tonight",
                     balanced_thought="I want to die and I will take them all tonight")
    record, crisis = await service.record_exercise(session, actor(portal), "thought-record", risky)
    assert crisis is not None and crisis.emergency and crisis.level in ("high", "imminent")
    assert record.screen_level in ("high", "imminent") and record.alert_id is not None
    alerts = (await session.execute(select(RiskAlert).where(RiskAlert.client_id == client.id))).scalars().all()
    assert len(alerts) == 1 and alerts[0].source == "exercise" and alerts[0].source_id == str(record.id)
    assert await safety_service.ai_paused(session, client.id)
    # Still saved, and the page can show the response again.
    assert await session.get(ExerciseRecord, record.id) is not None
    assert (await service.crisis_for(session, record)) is not None


async def test_behavioural_activation_is_planned_then_marked_done(session):
    _, clinician, client, portal = await _world(session)
    await service.save_plan(session, actor(clinician), client.id, ON.model_copy(
        update={"skills": ["behavioural-activation"]}))
    record, _ = await service.record_exercise(session, actor(portal), "behavioural-activation", ActivationPlanCreate(
        activity="Walk to the shop and back, 15 minutes", planned_for=date(2026, 12, 8), mood_before=3))
    assert record.status == "planned" and record.completed_at is None
    done, crisis = await service.complete_activation(session, actor(portal), record.id,
                                                     ActivationDone(mood_after=5, note="Cold but good"))
    assert crisis is None and done.status == "done" and done.completed_at is not None
    data = json.loads(done.data_json)
    assert (data["mood_before"], data["mood_after"], data["planned_for"]) == (3, 5, "2026-12-08")
    with pytest.raises(Conflict):
        await service.complete_activation(session, actor(portal), record.id, ActivationDone(mood_after=6))
    with pytest.raises(Forbidden):
        await service.complete_activation(session, actor(clinician), record.id, ActivationDone(mood_after=6))


async def test_breathing_and_grounding_records(session):
    _, clinician, client, portal = await _world(session)
    await service.save_plan(session, actor(clinician), client.id, ON.model_copy(
        update={"skills": ["paced-breathing", "grounding-54321"]}))
    breathing, _ = await service.record_exercise(session, actor(portal), "paced-breathing",
                                                 BreathingCreate(minutes=3, tension_before=7, tension_after=4))
    grounding, _ = await service.record_exercise(session, actor(portal), "grounding-54321", GroundingCreate(
        see="cup, window, door, lamp, book", feel="feet, chair, air, sleeve", hear="clock, cars, breath",
        smell="coffee, soap", taste="mint"))
    kinds = [r.kind for r in await service.list_exercises(session, actor(clinician), client.id)]
    assert sorted(kinds) == ["grounding-54321", "paced-breathing"]
    assert json.loads(breathing.data_json)["tension_after"] == 4
    assert json.loads(grounding.data_json)["taste"] == "mint"


def test_exercise_payloads_refuse_empty_and_out_of_range_answers():
    with pytest.raises(ValueError):
        _thought(situation="   ")
    with pytest.raises(ValueError):
        _thought(emotions=[])
    with pytest.raises(ValueError):
        _thought(emotions=[{"name": "sad", "before": 101, "after": 10}])
    with pytest.raises(ValueError):
        ActivationPlanCreate(activity="walk", planned_for=date(2026, 1, 1), mood_before=11)
    with pytest.raises(ValueError):
        GroundingCreate(see="a", feel="b", hear="c", smell="d", taste=" ")


async def test_the_export_holds_the_records_and_erasure_removes_them(session):
    practice, clinician, client, portal = await _world(session)
    await service.save_plan(session, actor(clinician), client.id, ON)
    await service.record_exercise(session, actor(portal), "thought-record", _thought())
    data = await export.collect(session, client)
    assert data["companion_plans"][0]["focus"].startswith("panic attacks")
    answers = json.loads(data["companion_exercises"][0]["data_json"])
    assert answers["automatic_thought"] == "Everyone will notice my mistakes"
    admin = await make_user(session, practice, Role.admin)
    await export.erase_client(session, actor(admin), client.id, ErasureRequest(reason="test",
                                                                              override_retention=True))
    for table in (CompanionPlan, ExerciseRecord):
        assert await session.scalar(select(func.count()).select_from(table).where(table.client_id == client.id)) == 0
