"""The audit log is append-only and hash-chained: changes and deletions are detected and named."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError, IntegrityError

from alliance.security import audit
from alliance.security.audit import Actor


async def _write(session, n: int) -> None:
    actor = Actor.system()
    for i in range(n):
        await audit.record(session, actor, f"test.event.{i}", resource_type="test", resource_id=i)
    await session.flush()


async def _drop_guards(session) -> None:
    """What a person editing the database by hand would do first."""
    if session.bind.dialect.name == "postgresql":
        await session.execute(text("DROP TRIGGER audit_events_append_only ON audit_events"))
    else:
        await session.execute(text("DROP TRIGGER audit_events_no_update"))
        await session.execute(text("DROP TRIGGER audit_events_no_delete"))


async def test_fresh_chain_verifies(session):
    await _write(session, 5)
    result = await audit.verify(session)
    assert result.ok and result.checked >= 5


async def test_database_refuses_update_of_audit_rows(session):
    await _write(session, 1)
    with pytest.raises((IntegrityError, DBAPIError)):
        async with session.begin_nested():
            await session.execute(text("UPDATE audit_events SET action = 'x'"))


async def test_database_refuses_delete_of_audit_rows(session):
    await _write(session, 1)
    with pytest.raises((IntegrityError, DBAPIError)):
        async with session.begin_nested():
            await session.execute(text("DELETE FROM audit_events"))


async def test_hand_edited_entry_is_named(session):
    await _write(session, 6)
    seqs = [r[0] for r in (await session.execute(text("SELECT seq FROM audit_events ORDER BY seq"))).all()]
    target = seqs[-3]
    await _drop_guards(session)
    await session.execute(text("UPDATE audit_events SET outcome = 'denied' WHERE seq = :s"), {"s": target})
    session.expunge_all()
    result = await audit.verify(session)
    assert not result.ok
    assert result.first_bad_seq == target
    assert "changed" in result.reason


async def test_deleted_middle_entry_is_named(session):
    await _write(session, 6)
    seqs = [r[0] for r in (await session.execute(text("SELECT seq FROM audit_events ORDER BY seq"))).all()]
    target = seqs[-4]
    await _drop_guards(session)
    await session.execute(text("DELETE FROM audit_events WHERE seq = :s"), {"s": target})
    session.expunge_all()
    result = await audit.verify(session)
    assert not result.ok and result.first_bad_seq == target
    assert "missing" in result.reason


async def test_deleting_the_newest_entries_is_detected(session):
    await _write(session, 4)
    last = (await session.execute(text("SELECT max(seq) FROM audit_events"))).scalar_one()
    await _drop_guards(session)
    await session.execute(text("DELETE FROM audit_events WHERE seq >= :s"), {"s": last - 1})
    session.expunge_all()
    result = await audit.verify(session)
    assert not result.ok and result.first_bad_seq == last - 1
    assert "deleted" in result.reason


async def test_events_carry_ids_not_text(session):
    from tests.support.factories import make_client, make_practice

    practice = await make_practice(session)
    await make_client(session, practice, given_name="Thaddeus", family_name="Vonnegrove")
    rows = (await session.execute(text("SELECT * FROM audit_events"))).all()
    assert rows
    assert not any("Thaddeus" in str(r) or "Vonnegrove" in str(r) for r in rows)
