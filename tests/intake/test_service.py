"""The intake service on both databases: create and triage (PHI sealed), the alert to the on-call clinician at
emergency, the waitlist's order and breaches, tier decisions and their change rate, re-triage, conversion with
baselines and consents, closing, rules overrides, and the errors."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from alliance.accounts.models import Role
from alliance.consent import service as consent_service
from alliance.consent.models import ConsentRecord, Feature
from alliance.consent.schemas import DocumentCreate
from alliance.db.base import utcnow
from alliance.errors import BadRequest, Conflict, Forbidden, NotFound
from alliance.intake import service
from alliance.intake.models import IntakeAlert, Referral, TierChange, TriageResult
from alliance.intake.schemas import (
    AcknowledgeRequest,
    CloseRequest,
    ClinicianProfileUpdate,
    ConvertRequest,
    IntakeSettingsUpdate,
    ReferralCreate,
    ReTriageRequest,
    RulesOverride,
    TierChangeCreate,
)
from alliance.measures.models import MeasureAdministration
from alliance.safety import service as safety
from alliance.security.audit import Actor
from tests.support.factories import actor, make_client, make_practice, make_user

MILD = {"phq9": [1, 1, 1, 0, 1, 0, 0, 0, 0], "gad7": [1, 0, 1, 0, 0, 1, 0]}


def referral(**overrides) -> ReferralCreate:
    data = {
        "given_name": "Robin",
        "family_name": f"Ashdown-{uuid.uuid4().hex[:6]}",
        "date_of_birth": date(1991, 3, 4),
        "email": "robin@example.org",
        "preferred_language": "en",
        "country": "US",
        "text": "I have been feeling flat and tired since the winter.",
        "measures": MILD,
        "consent_to_processing": True,
    } | overrides
    return ReferralCreate(**data)


async def world(session):
    practice = await make_practice(session)
    admin = await make_user(session, practice, Role.admin)
    clinician = await make_user(session, practice, Role.clinician)
    on_call = await make_user(session, practice, Role.clinician)
    supervisor = await make_user(session, practice, Role.supervisor)
    return practice, admin, clinician, on_call, supervisor


async def test_a_public_referral_is_stored_sealed_triaged_and_audited(session) -> None:
    practice, *_ = await world(session)
    submitted = await service.create_referral(session, None, practice.id, referral())
    row = await session.get(Referral, submitted.referral_id)
    assert (submitted.tier, submitted.emergency, submitted.crisis) == ("routine", False, None)
    assert row.source == "self" and row.tier == "routine" and row.consent_processing_at is not None
    assert b"Robin" not in row.given_name_ct and b"flat and tired" not in row.text_ct
    triage = (
        await session.execute(select(TriageResult).where(TriageResult.referral_id == row.id))
    ).scalar_one()
    assert triage.rules_version == "v9" and triage.screen_version.startswith("screen-")


async def test_an_emergency_alerts_the_on_call_clinician_and_answers_with_the_countrys_crisis_lines(
    session,
) -> None:
    practice, admin, clinician, on_call, _ = await world(session)
    await safety.set_on_call(session, actor(admin), on_call.id)
    submitted = await service.create_referral(
        session,
        None,
        practice.id,
        referral(
            preferred_language="fr",
            country="FR",
            text="J'ai décidé de me tuer ce soir, j'ai acheté une corde et tout est prêt.",
        ),
    )
    assert submitted.tier == "emergency" and submitted.emergency
    assert submitted.crisis.lead_with_emergency and submitted.crisis.country_name == "France"
    assert any(e.number == "112" for e in submitted.crisis.emergency)
    alert = await session.get(IntakeAlert, submitted.alert_id)
    assert (alert.assigned_to, alert.on_call, alert.tier, alert.referral_id) == (
        on_call.id,
        True,
        "emergency",
        submitted.referral_id,
    )
    seen = await service.list_alerts(session, actor(on_call))
    assert [a.id for a in seen] == [alert.id] and seen[0].reasons
    assert await service.list_alerts(session, actor(clinician)) == []


async def test_without_an_on_call_clinician_every_clinician_sees_the_emergency(session) -> None:
    practice, admin, clinician, other, _ = await world(session)
    submitted = await service.create_referral(
        session, None, practice.id, referral(measures={"cssrs_screener": [1, 1, 1, 1, 1, 0, None]})
    )
    assert submitted.tier == "emergency"
    for who in (clinician, other):
        assert [a.referral_id for a in await service.list_alerts(session, actor(who))] == [
            submitted.referral_id
        ]
    done = await service.acknowledge_alert(
        session,
        actor(clinician),
        submitted.alert_id,
        AcknowledgeRequest(note="Called; seen by the crisis team."),
    )
    assert done.status == "acknowledged" and done.note.startswith("Called")
    with pytest.raises(Conflict):
        await service.acknowledge_alert(
            session, actor(other), submitted.alert_id, AcknowledgeRequest(note="x")
        )
    with pytest.raises(Forbidden):
        await service.list_alerts(session, actor(admin))


async def test_the_waitlist_is_ordered_by_tier_then_time_waited_with_breaches(session) -> None:
    practice, admin, clinician, *_ = await world(session)
    made = {}
    for name, overrides, days in (
        ("routine_new", {}, 1),
        ("routine_old", {}, 100),
        ("urgent", {"measures": {"phq9": [3, 3, 3, 3, 3, 3, 2, 2, 0]}}, 3),
        ("soon", {"measures": {"cssrs_screener": [1, 0, 0, 0, 0, 0, None]}}, 40),
    ):
        submitted = await service.create_referral(session, None, practice.id, referral(**overrides))
        row = await session.get(Referral, submitted.referral_id)
        row.waiting_since = utcnow() - timedelta(days=days, hours=1)
        made[name] = row.id
    await session.flush()
    await service.update_settings(session, actor(admin), IntakeSettingsUpdate(targets={"urgent": 2}))
    wl = await service.waitlist(session, actor(clinician))
    assert [i.id for i in wl.items] == [
        made["urgent"],
        made["soon"],
        made["routine_old"],
        made["routine_new"],
    ]
    assert [(i.tier, i.breached) for i in wl.items] == [
        ("urgent", True),
        ("soon", True),
        ("routine", True),
        ("routine", False),
    ]
    assert wl.items[0].reasons and "PHQ-9 total 22" in wl.items[0].reasons[0]
    tiers = {t.tier: (t.target_days, t.waiting, t.breached) for t in wl.tiers}
    assert tiers == {"emergency": (0, 0, 0), "urgent": (2, 1, 1), "soon": (28, 1, 1), "routine": (90, 2, 1)}
    admin_view = await service.waitlist(session, actor(admin))
    assert admin_view.total == 4 and all(i.reasons is None for i in admin_view.items)
    counts = await service.today_counts(session, actor(clinician))
    assert (counts.urgent, counts.breached) == (1, 3)


async def test_admins_read_contact_details_but_no_clinical_content(session) -> None:
    practice, admin, clinician, *_ = await world(session)
    submitted = await service.create_referral(session, actor(admin), practice.id, referral(), source="staff")
    seen = await service.get_referral(session, actor(admin), submitted.referral_id)
    assert seen.email == "robin@example.org" and not seen.clinical
    assert seen.text is None and seen.measures is None and seen.triage is None
    full = await service.get_referral(session, actor(clinician), submitted.referral_id)
    assert full.clinical and full.text.startswith("I have been") and full.scores["phq9"].total == 4
    with pytest.raises(Forbidden):
        await service.triage_history(session, actor(admin), submitted.referral_id)


async def test_a_tier_change_is_recorded_with_its_reason_and_counted(session) -> None:
    practice, admin, clinician, *_ = await world(session)
    first = await service.create_referral(session, None, practice.id, referral())
    second = await service.create_referral(session, None, practice.id, referral())
    change = await service.change_tier(
        session,
        actor(clinician),
        first.referral_id,
        TierChangeCreate(
            to_tier="soon",
            reason_code="more_risk_on_contact",
            note="On the phone she spoke of new hopelessness.",
        ),
    )
    await service.change_tier(
        session,
        actor(clinician),
        second.referral_id,
        TierChangeCreate(to_tier="routine", reason_code="confirmed"),
    )
    assert (change.from_tier, change.to_tier, change.reason_code) == (
        "routine",
        "soon",
        "more_risk_on_contact",
    )
    row = await session.get(Referral, first.referral_id)
    assert (row.tier, row.tier_set_by) == ("soon", "clinician")
    stored = await session.get(TierChange, change.id)
    assert b"hopelessness" not in stored.note_ct and stored.note.endswith("hopelessness.")
    stats = await service.tier_change_stats(session, actor(admin))
    assert (stats.triaged, stats.reviewed, stats.changed, stats.change_rate) == (2, 2, 1, 0.5)
    assert {(s.reason_code, s.up, s.same) for s in stats.by_reason} == {
        ("more_risk_on_contact", 1, 0),
        ("confirmed", 0, 1),
    }
    with pytest.raises(BadRequest, match="keeps the tier"):
        await service.change_tier(
            session,
            actor(clinician),
            first.referral_id,
            TierChangeCreate(to_tier="urgent", reason_code="confirmed"),
        )
    with pytest.raises(Forbidden):
        await service.change_tier(
            session,
            actor(admin),
            first.referral_id,
            TierChangeCreate(to_tier="urgent", reason_code="clinical_judgement"),
        )


async def test_retriage_on_a_risk_answer_raises_the_tier_and_tells_the_team(session) -> None:
    practice, *_ = await world(session)
    submitted = await service.create_referral(session, None, practice.id, referral())
    system = Actor.system(practice.id)
    lower = await service.retriage(
        session,
        system,
        submitted.referral_id,
        ReTriageRequest(measures={"phq9": [0, 0, 0, 0, 0, 0, 0, 0, 0]}),
    )
    assert (lower.rose, lower.tier, lower.alert_id) == (False, "routine", None)
    risen = await service.retriage(
        session,
        system,
        submitted.referral_id,
        ReTriageRequest(measures={"phq9": [2, 2, 2, 2, 2, 2, 2, 2, 2]}),
        trigger="waiting_check",
    )
    assert (risen.previous_tier, risen.tier, risen.rose) == ("routine", "urgent", True)
    assert risen.triage.by == "retriage" and risen.triage.trigger == "waiting_check"
    alert = await session.get(IntakeAlert, risen.alert_id)
    assert alert.tier == "urgent" and alert.assigned_to is None


async def test_conversion_creates_the_client_with_intake_baselines_and_consents(session) -> None:
    practice, admin, clinician, *_ = await world(session)
    await consent_service.publish_document(
        session,
        actor(admin),
        DocumentCreate(
            feature=Feature.quality_monitoring,
            title="Quality",
            body="We use de-identified data to improve care.",
        ),
    )
    submitted = await service.create_referral(
        session,
        None,
        practice.id,
        referral(
            measures={
                "phq9": [2, 2, 2, 2, 1, 1, 1, 0, 0],
                "gad7": [1, 1, 1, 1, 1, 1, 1],
                "wsas": [4, 4, 2, 2, 2],
            },
            consents={"quality_monitoring": True, "ai_companion": True, "external_ai": False},
        ),
    )
    result = await service.convert(session, actor(clinician), submitted.referral_id, ConvertRequest())
    assert {(b.instrument, b.total) for b in result.baselines} == {("phq9", 11), ("gad7", 7), ("wsas", 14)}
    assert result.consents == ["quality_monitoring"] and result.consents_skipped == ["ai_companion"]
    rows = (
        (
            await session.execute(
                select(MeasureAdministration).where(MeasureAdministration.client_id == result.client_id)
            )
        )
        .scalars()
        .all()
    )
    row = await session.get(Referral, submitted.referral_id)
    assert {r.source for r in rows} == {"intake"} and all(r.completed_at == row.created_at for r in rows)
    assert (row.status, row.client_id) == ("converted", result.client_id)
    consent = (
        await session.execute(select(ConsentRecord).where(ConsentRecord.client_id == result.client_id))
    ).scalar_one()
    assert consent.feature == "quality_monitoring" and consent.recorded_by == clinician.id
    from alliance.clients import service as clients_service

    client = await clients_service.get_client(session, actor(clinician), result.client_id)
    assert client.family_name == row.family_name and client.date_of_birth == date(1991, 3, 4)
    with pytest.raises(Conflict):
        await service.convert(session, actor(clinician), submitted.referral_id, ConvertRequest())
    with pytest.raises(Conflict):
        await service.close(
            session, actor(clinician), submitted.referral_id, CloseRequest(reason="duplicate")
        )


async def test_a_supervisor_converts_for_a_clinician_and_a_duplicate_client_is_refused(session) -> None:
    practice, admin, clinician, _, supervisor = await world(session)
    existing = await make_client(
        session, practice, given_name="Robin", family_name="Same", date_of_birth=date(1991, 3, 4)
    )
    dup = await service.create_referral(session, None, practice.id, referral(family_name="Same"))
    with pytest.raises(Conflict, match="already exists"):
        await service.convert(session, actor(clinician), dup.referral_id, ConvertRequest())
    other = await service.create_referral(session, None, practice.id, referral())
    result = await service.convert(
        session, actor(supervisor), other.referral_id, ConvertRequest(clinician_id=clinician.id)
    )
    assert result.clinician_id == clinician.id and result.client_id != existing.id
    with pytest.raises(Forbidden):
        await service.convert(session, actor(admin), dup.referral_id, ConvertRequest())


async def test_closing_takes_the_referral_off_the_list(session) -> None:
    practice, admin, *_ = await world(session)
    submitted = await service.create_referral(session, None, practice.id, referral())
    closed = await service.close(
        session,
        actor(admin),
        submitted.referral_id,
        CloseRequest(reason="referred_elsewhere", note="To the eating disorder service."),
    )
    assert (closed.status, closed.close_reason) == ("closed", "referred_elsewhere")
    assert (await service.waitlist(session, actor(admin))).total == 0
    assert (await service.waitlist(session, actor(admin), status="closed")).total == 1


async def test_other_practices_and_clients_cannot_reach_a_referral(session) -> None:
    practice, admin, clinician, *_ = await world(session)
    elsewhere = await make_practice(session)
    stranger = await make_user(session, elsewhere, Role.clinician)
    client = await make_client(session, practice, clinician=clinician)
    client_user = await make_user(session, practice, Role.client, client=client)
    submitted = await service.create_referral(session, None, practice.id, referral())
    with pytest.raises(NotFound):
        await service.get_referral(session, actor(stranger), submitted.referral_id)
    with pytest.raises(Forbidden):
        await service.get_referral(session, actor(client_user), submitted.referral_id)
    with pytest.raises(NotFound):
        await service.create_referral(session, actor(stranger), practice.id, referral(), source="staff")
    with pytest.raises(BadRequest):
        await service.create_referral(session, None, practice.id, referral(), source="staff")
    with pytest.raises(NotFound):
        await service.practice_for_public(session, "no-such-practice")
    assert (await service.practice_for_public(session, practice.slug)).id == practice.id


async def test_a_supervisor_approved_override_is_used_and_its_version_recorded(session) -> None:
    practice, admin, clinician, _, supervisor = await world(session)
    rules = await service.get_rules(session, actor(clinician))
    custom = rules.yaml.replace("version: v9", "version: riverside-1").replace(
        "when: {total: phq9, op: ge, value: 20}", "when: {total: phq9, op: ge, value: 4}"
    )
    with pytest.raises(Forbidden):
        await service.set_rules_override(session, actor(admin), RulesOverride(yaml=custom))
    with pytest.raises(BadRequest, match="own version"):
        await service.set_rules_override(session, actor(supervisor), RulesOverride(yaml=rules.yaml))
    with pytest.raises(BadRequest, match="invalid"):
        await service.set_rules_override(
            session,
            actor(supervisor),
            RulesOverride(yaml=custom.replace("tier: urgent", "tier: critical", 1)),
        )
    saved = await service.set_rules_override(session, actor(supervisor), RulesOverride(yaml=custom))
    assert (saved.rules_version, saved.override, saved.override_approved_by) == (
        "riverside-1",
        True,
        supervisor.id,
    )
    submitted = await service.create_referral(session, None, practice.id, referral())
    history = await service.triage_history(session, actor(clinician), submitted.referral_id)
    assert (submitted.tier, history[0].rules_version) == ("urgent", "riverside-1")
    back = await service.clear_rules_override(session, actor(supervisor))
    assert (back.rules_version, back.override) == ("v9", False)


async def test_suggestions_match_language_and_specialism_and_leave_out_no_one(session) -> None:
    practice, admin, clinician, other, _ = await world(session)
    await service.set_clinician_profile(
        session,
        actor(other),
        other.id,
        ClinicianProfileUpdate(languages=["es", "en"], specialisms=["depression"]),
    )
    with pytest.raises(Forbidden):
        await service.set_clinician_profile(session, actor(clinician), other.id, ClinicianProfileUpdate())
    submitted = await service.create_referral(
        session,
        None,
        practice.id,
        referral(preferred_language="es", country="ES", measures={"phq9": [3, 3, 3, 3, 3, 3, 2, 2, 0]}),
    )
    suggested = await service.suggest_clinicians(session, actor(clinician), submitted.referral_id)
    assert suggested[0].user_id == other.id and "speaks Spanish" in suggested[0].why
    assert "works with depression" in suggested[0].why and len(suggested) == 3


async def test_a_converted_referral_is_in_the_clients_export_and_goes_with_erasure(session) -> None:
    from alliance.clients.export import collect, erase_client
    from alliance.clients.models import Client
    from alliance.clients.schemas import ErasureRequest

    practice, admin, clinician, *_ = await world(session)
    submitted = await service.create_referral(session, None, practice.id, referral())
    result = await service.convert(session, actor(clinician), submitted.referral_id, ConvertRequest())
    client = await session.get(Client, result.client_id)
    exported = await collect(session, client)
    assert exported["intake_referrals"][0]["text"].startswith("I have been feeling flat")
    await erase_client(
        session,
        actor(admin),
        client.id,
        ErasureRequest(reason="Asked to be forgotten.", override_retention=True),
    )
    await session.flush()
    assert (
        await session.execute(select(Referral).where(Referral.id == submitted.referral_id))
    ).first() is None
    assert (
        await session.execute(select(TriageResult).where(TriageResult.referral_id == submitted.referral_id))
    ).first() is None
