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
