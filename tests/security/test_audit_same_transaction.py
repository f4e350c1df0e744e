"""Several events in one transaction (a page with several panels) continue the chain and the practice's numbers
from one another, also after a savepoint was rolled back."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from alliance.practices import service as practices
from alliance.practices.schemas import PracticeCreate
from alliance.security import audit
from alliance.security.audit import Actor
from alliance.security.models import AuditEvent


async def _practice_actor(session) -> Actor:
    practice = await practices.create_practice(session, PracticeCreate(
        name="Audit numbering", slug=f"audit-{uuid.uuid4().hex[:8]}", country="US"))
    return Actor(user_id=None, role="admin", practice_id=practice.id)


async def test_events_of_one_transaction_are_numbered_in_a_row(session):
    actor = await _practice_actor(session)
    events = [await audit.record(session, actor, f"test.read.{i}") for i in range(4)]
    assert [e.seq for e in events] == list(range(events[0].seq, events[0].seq + 4))
    assert [e.practice_seq for e in events] == list(range(events[0].practice_seq, events[0].practice_seq + 4))
    assert all(b.prev_hash == a.hash for a, b in zip(events, events[1:]))
    assert (await audit.verify(session)).ok


async def test_numbering_continues_correctly_after_a_rolled_back_savepoint(session):
    actor = await _practice_actor(session)
    before = await audit.record(session, actor, "test.before")
    savepoint = await session.begin_nested()
    await audit.record(session, actor, "test.undone")
    await savepoint.rollback()
    after = await audit.record(session, actor, "test.after")
    assert after.seq == before.seq + 1 and after.practice_seq == before.practice_seq + 1
    assert after.prev_hash == before.hash
    actions = (await session.execute(select(AuditEvent.action).where(
        AuditEvent.practice_id == actor.practice_id).order_by(AuditEvent.seq))).scalars().all()
    assert actions[-2:] == ["test.before", "test.after"]
    assert (await audit.verify(session)).ok
