"""What one transaction keeps to spare statements (issue 18): its audit events written together, and the care-team
answers of authorization, never stale within the transaction and never kept past it."""

from __future__ import annotations

import pytest
from sqlalchemy import event, func, select

from alliance.accounts.models import Role
from alliance.clients import service as clients
from alliance.errors import NotFound
from alliance.practices import service as practices
from alliance.security import audit
from alliance.security.authz import Action, authorize
from alliance.security.models import AuditEvent
from tests.support.factories import actor, make_client, make_practice, make_user


def _count_statements(session, seen: list[str]):  # noqa: ANN001, ANN202
    engine = session.sync_session.get_bind().engine

    def count(_conn, _cursor, statement, *_args) -> None:  # noqa: ANN001
        seen.append(" ".join(statement.split())[:40])

    event.listen(engine, "before_cursor_execute", count)
    return lambda: event.remove(engine, "before_cursor_execute", count)


async def test_a_transactions_read_events_are_inserted_with_one_statement(session):
    practice = await make_practice(session)
    reader = actor(await make_user(session, practice, Role.admin))
    first = await audit.record(session, reader, "test.read.0")  # locks the anchor and numbers from the last event
    seen: list[str] = []
    stop = _count_statements(session, seen)
    try:
        for i in range(1, 5):
            await audit.record(session, reader, f"test.read.{i}")
        await session.flush()
    finally:
        stop()
    assert sum(s.startswith("INSERT INTO audit_events") for s in seen) == 1
    assert sum(s.startswith("UPDATE audit_anchor") for s in seen) == 1
    rows = (await session.execute(select(AuditEvent).where(AuditEvent.seq >= first.seq)
                                  .order_by(AuditEvent.seq))).scalars().all()
    assert [r.action for r in rows] == [f"test.read.{i}" for i in range(5)]
    assert (await audit.verify(session)).ok


async def test_events_not_yet_flushed_are_seen_by_queries_of_the_same_transaction(session):
    practice = await make_practice(session)
    reader = actor(await make_user(session, practice, Role.admin))
    await audit.record(session, reader, "test.first")
    await audit.record(session, reader, "test.pending")
    counted = await session.scalar(select(func.count()).select_from(AuditEvent).where(
        AuditEvent.action == "test.pending"))
    assert counted == 1
    assert (await audit.verify(session)).ok


async def test_a_care_team_ended_in_the_transaction_is_seen_by_the_next_check(session):
    practice = await make_practice(session)
    clinician = await make_user(session, practice, Role.clinician)
    admin = await make_user(session, practice, Role.admin)
    client = await make_client(session, practice, clinician=clinician)
    assert (await authorize(session, actor(clinician), Action.clinical_read, client.id)).id == client.id
    await clients.end_assignment(session, actor(admin), client.id, clinician.id)
    with pytest.raises(NotFound):
        await authorize(session, actor(clinician), Action.clinical_read, client.id)


async def test_care_team_answers_are_forgotten_when_the_transaction_ends(session):
    practice = await make_practice(session)
    clinician = await make_user(session, practice, Role.clinician)
    client = await make_client(session, practice, clinician=clinician)
    await authorize(session, actor(clinician), Action.clinical_read, client.id)
    assert session.info.get("alliance.authz_relations")
    await session.commit()
    assert "alliance.authz_relations" not in session.info


async def test_the_practice_time_zone_is_read_once_a_transaction(session):
    practice = await make_practice(session, timezone="Europe/Lisbon")
    seen: list[str] = []
    stop = _count_statements(session, seen)
    try:
        zones = [await practices.timezone_of(session, practice.id) for _ in range(3)]
    finally:
        stop()
    assert zones == ["Europe/Lisbon"] * 3
    assert sum("practices" in s for s in seen) <= 1


async def test_the_actors_visible_clients_are_read_once_and_forgotten_when_a_care_team_changes(session):
    from alliance.security.authz import kept_visible_clients

    practice = await make_practice(session)
    clinician = await make_user(session, practice, Role.clinician)
    admin = await make_user(session, practice, Role.admin)
    client = await make_client(session, practice, clinician=clinician)
    me = actor(clinician)
    seen: list[str] = []
    stop = _count_statements(session, seen)
    try:
        first = await kept_visible_clients(session, me, "active")
        again = await kept_visible_clients(session, me, "active")
    finally:
        stop()
    assert [c.id for c in first] == [c.id for c in again] == [client.id]
    assert sum(s.startswith("SELECT clients.") for s in seen) == 1
    await clients.end_assignment(session, actor(admin), client.id, clinician.id)
    assert await kept_visible_clients(session, me, "active") == []


async def test_a_consent_decision_recorded_after_the_status_is_read_is_seen_by_the_check(session):
    from alliance.consent import service as consent
    from alliance.consent.models import Feature
    from alliance.consent.schemas import DecisionCreate, DocumentCreate

    practice = await make_practice(session)
    clinician = await make_user(session, practice, Role.clinician)
    admin = await make_user(session, practice, Role.admin)
    client = await make_client(session, practice, clinician=clinician)
    await consent.publish_document(session, actor(admin), DocumentCreate(
        feature=Feature.ai_documentation, title="AI help", body="We may use AI to help draft notes."))
    await consent.status(session, actor(clinician), client.id)  # keeps the latest decisions (none yet)
    assert not await consent.has_consent(session, client.id, Feature.ai_documentation)
    await consent.record_decision(session, actor(clinician), client.id,
                                  DecisionCreate(feature=Feature.ai_documentation, decision="given"))
    assert await consent.has_consent(session, client.id, Feature.ai_documentation)
    await consent.status(session, actor(clinician), client.id)
    seen: list[str] = []
    stop = _count_statements(session, seen)
    try:
        assert await consent.has_consent(session, client.id, Feature.ai_documentation)
    finally:
        stop()
    assert not any("consent_records" in s for s in seen)  # answered from what the status read



async def test_the_overviews_groups_panel_reads_the_groups_and_the_clients_tags_in_one_statement(session):
    from alliance.insights import service as insights

    practice = await make_practice(session)
    clinician = await make_user(session, practice, Role.clinician)
    admin = await make_user(session, practice, Role.admin)
    client = await make_client(session, practice, clinician=clinician)
    other = await make_client(session, practice, clinician=clinician)
    carers, students, old = [await insights.create_group(session, actor(admin), n)
                             for n in ("Carers", "Students", "Veterans")]
    await insights.set_client_groups(session, actor(clinician), client.id, [carers.id, old.id])
    await insights.set_client_groups(session, actor(clinician), other.id, [students.id])
    await insights.archive_group(session, actor(admin), old.id)
    me = actor(clinician)
    await authorize(session, me, Action.profile_read, client.id)
    seen: list[str] = []
    stop = _count_statements(session, seen)
    try:
        groups, tagged = await insights.groups_for_client(session, me, client.id)
    finally:
        stop()
    assert [g.name for g in groups] == ["Carers", "Students"]  # as list_groups: in use, by name
    assert tagged == {carers.id}
    assert tagged == await insights.client_group_ids(session, me, client.id) & {g.id for g in groups}
    assert len([s for s in seen if s.startswith("SELECT")]) == 1


# Today for the demo practice's clinician: 22 statements in benchmarks/pages.py --queries after issue 18's fourth
# round (27 after the third, 33 before). Here the request runs in the test's savepoint with an API token: 23 (28
# after the third round, so the bound below fails against it).
TODAY_STATEMENTS = 23


async def test_today_for_the_demo_clinician_does_not_grow_past_its_statement_count(session, http):
    from alliance import demo
    from alliance.accounts.models import User
    from alliance.accounts.service import email_index
    from tests.support.factories import token_headers

    await demo.seed(session)
    user = (await session.execute(select(User).where(
        User.email_bidx == email_index("clinician@riverside.example.org")))).scalar_one()
    headers = await token_headers(session, user)
    assert (await http.get("/today", headers=headers)).status_code == 200  # warm: the trajectory curves cached
    seen: list[str] = []
    stop = _count_statements(session, seen)
    try:
        page = await http.get("/today", headers=headers)
    finally:
        stop()
    assert page.status_code == 200 and 'id="today-sessions-h"' in page.text
    assert len(seen) <= TODAY_STATEMENTS + 2, seen


async def test_todays_intake_alerts_are_read_once_with_their_referrals_and_counted_from_that_read(session):
    from datetime import date

    from alliance.intake import service as intake
    from alliance.intake.schemas import ReferralCreate

    practice = await make_practice(session)
    clinician = await make_user(session, practice, Role.clinician)
    for family in ("Ashdown", "Brook"):
        submitted = await intake.create_referral(session, None, practice.id, ReferralCreate(
            given_name="Robin", family_name=family, date_of_birth=date(1991, 3, 4), email="robin@example.org",
            preferred_language="en", country="US", text="I feel low.", consent_to_processing=True,
            measures={"cssrs_screener": [1, 1, 1, 1, 1, 0, None]}))
        assert submitted.tier == "emergency"
    me = actor(clinician)
    await session.flush()
    session.expunge_all()  # nothing of the referrals kept: what the page reads is what is counted
    seen: list[str] = []
    stop = _count_statements(session, seen)
    try:
        alerts = await intake.list_alerts(session, me, status="open")
        counts = await intake.today_counts(session, me, open_alerts=alerts)
    finally:
        stop()
    assert sorted(a.name for a in alerts) == ["Robin Ashdown", "Robin Brook"] and all(a.reasons for a in alerts)
    assert (counts.emergency, counts.urgent, counts.open_alerts) == (2, 0, 2)
    assert counts == await intake.today_counts(session, me)  # the same figures when it reads the alerts itself
    assert sum(s.startswith("SELECT intake_alerts") for s in seen) == 1
    assert not any(s.startswith(("SELECT intake_triages", "SELECT intake_referrals.practice_id")) for s in seen)
    assert sum(s.startswith("SELECT intake_referrals.tier, count") for s in seen) == 1  # the tiers, grouped


async def test_risk_alerts_come_with_their_clients_and_ai_pauses_in_one_statement(session):
    from alliance.db.base import utcnow
    from alliance.safety import service as safety
    from alliance.safety.levels import Category, Level
    from alliance.safety.models import AiPause

    practice = await make_practice(session)
    clinician = await make_user(session, practice, Role.clinician)
    paused, resumed = [await make_client(session, practice, clinician=clinician) for _ in range(2)]
    for client in (paused, resumed):
        await safety.raise_alert(session, actor(clinician), client.id, source="message", source_id=None,
                                 level=Level.HIGH, categories=[Category.SUICIDAL_IDEATION], reasons=["test"])
    pause = (await session.execute(select(AiPause).where(AiPause.client_id == resumed.id))).scalar_one()
    pause.resumed_at = utcnow()
    names = {paused.id: paused.full_name, resumed.id: resumed.full_name}
    me = actor(clinician)
    await session.flush()
    session.expunge_all()
    seen: list[str] = []
    stop = _count_statements(session, seen)
    try:
        alerts = await safety.list_alerts(session, me, status="open")
    finally:
        stop()
    assert {(a.client_id, a.client_name, a.ai_paused) for a in alerts} == {
        (paused.id, names[paused.id], True), (resumed.id, names[resumed.id], False)}
    assert [s for s in seen if s.startswith("SELECT")] == [s for s in seen if s.startswith("SELECT risk_alerts")]
    assert len([s for s in seen if s.startswith("SELECT")]) == 1
