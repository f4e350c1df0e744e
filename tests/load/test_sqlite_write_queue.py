"""SQLite write transactions of one event loop queue in arrival order on the write lock, and give it back when they
end (commit or rollback), so waiters are served fairly instead of polling SQLite's busy handler."""

from __future__ import annotations

import asyncio
import sqlite3

import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from alliance.db import session as db_session


@pytest.fixture
async def engine(tmp_path):
    engine = db_session.create_engine(f"sqlite+aiosqlite:///{tmp_path / 'queue.db'}")
    async with engine.begin() as conn:
        await conn.execute(text("CREATE TABLE t (id INTEGER PRIMARY KEY, who INTEGER)"))
    yield engine
    await engine.dispose()


async def test_waiting_transactions_are_served_in_arrival_order(engine):
    order: list[int] = []
    async with engine.connect() as first:
        await first.execute(text("INSERT INTO t (who) VALUES (-1)"))  # holds the write lock

        async def writer(i: int) -> None:
            async with engine.connect() as conn:
                await conn.execute(text("INSERT INTO t (who) VALUES (:i)"), {"i": i})
                order.append(i)
                await conn.commit()

        tasks = []
        for i in range(8):
            tasks.append(asyncio.create_task(writer(i)))
            await asyncio.sleep(0.05)  # each one queued before the next arrives
        await first.commit()
        await asyncio.gather(*tasks)
    assert order == list(range(8))


async def test_a_connection_gives_the_lock_back_after_commit_and_rollback(engine):
    async with engine.connect() as conn:
        await conn.execute(text("INSERT INTO t (who) VALUES (1)"))
        await conn.commit()
        async with engine.connect() as other:  # would wait for ever if the commit had kept the lock
            await other.execute(text("INSERT INTO t (who) VALUES (2)"))
            await other.rollback()
        await conn.execute(text("INSERT INTO t (who) VALUES (3)"))
        await conn.commit()
    async with engine.connect() as conn:
        assert (await conn.execute(text("SELECT who FROM t ORDER BY id"))).scalars().all() == [1, 3]


async def test_a_waiter_fails_like_sqlite_instead_of_hanging(engine, monkeypatch):
    monkeypatch.setattr(db_session, "WRITE_LOCK_TIMEOUT_S", 0.2)
    async with engine.connect() as holder:
        await holder.execute(text("INSERT INTO t (who) VALUES (1)"))
        async with engine.connect() as waiter:
            with pytest.raises(OperationalError) as caught:
                await waiter.execute(text("INSERT INTO t (who) VALUES (2)"))
            assert isinstance(caught.value.orig, sqlite3.OperationalError)
            assert "locked" in str(caught.value.orig)
        await holder.commit()
