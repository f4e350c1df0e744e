"""Signed checkpoints of the audit chain outside the database: how the file is written, read and kept current."""

from __future__ import annotations

import asyncio
import json
import os
import stat

from sqlalchemy import text
from sqlalchemy.ext.asyncio import async_sessionmaker

from alliance.security import audit, checkpoints
from alliance.security.audit import Actor

KEY = b"k" * 32


def test_checkpoint_file_is_private_and_only_appended(tmp_path):
    path = tmp_path / "keys" / "audit-checkpoints.jsonl"
    checkpoints.append(path, db="d", seq=3, hash_="a" * 64, key=KEY)
    first = path.read_bytes()
    checkpoints.append(path, db="d", seq=7, hash_="b" * 64, key=KEY)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert path.read_bytes().startswith(first) and len(path.read_text().splitlines()) == 2
    assert set(json.loads(first)) == {"seq", "hash", "at", "db", "mac"}
    found = checkpoints.load(path, db="d", key=KEY)
    assert sorted(found.by_seq) == [3, 7] and found.newest.seq == 7 and not found.forged_lines


def test_a_torn_write_is_skipped_and_the_next_line_starts_afresh(tmp_path):
    path = tmp_path / "audit-checkpoints.jsonl"
    checkpoints.append(path, db="d", seq=1, hash_="a" * 64, key=KEY)
    with path.open("a") as fh:
        fh.write('{"seq": 9, "hash": "')  # power lost mid-write
    checkpoints.append(path, db="d", seq=2, hash_="b" * 64, key=KEY)
    found = checkpoints.load(path, db="d", key=KEY)
    assert sorted(found.by_seq) == [1, 2] and not found.forged_lines


def test_lines_of_another_database_are_ignored_and_lines_without_the_key_are_forged(tmp_path):
    path = tmp_path / "audit-checkpoints.jsonl"
    checkpoints.append(path, db="other", seq=99, hash_="c" * 64, key=KEY)
    assert len(checkpoints.load(path, db="d", key=KEY)) == 0
    checkpoints.append(path, db="d", seq=5, hash_="d" * 64, key=b"x" * 32)
    assert checkpoints.load(path, db="d", key=KEY).forged_lines == [2]


async def test_a_checkpoint_line_written_without_the_key_fails_verification(session, tmp_path):
    path = tmp_path / "audit-checkpoints.jsonl"
    event = await audit.record(session, Actor.system(), "test.event")
    await session.flush()
    audit.write_checkpoint(session, event.seq, event.hash, path=path)
    db = checkpoints.database_id(session.get_bind().engine.url)
    checkpoints.append(path, db=db, seq=event.seq, hash_=event.hash, key=os.urandom(32))
    result = await audit.verify(session, checkpoint_file=path)
    assert not result.ok and result.kind == "forged" and "checkpoint file" in result.reason


async def test_verify_checkpoints_the_head_it_found_intact(session, tmp_path):
    path = tmp_path / "audit-checkpoints.jsonl"
    event = await audit.record(session, Actor.system(), "test.event")
    await session.flush()
    assert (await audit.verify(session, checkpoint_file=path, write_checkpoint_if_intact=True)).ok
    db = checkpoints.database_id(session.get_bind().engine.url)
    assert checkpoints.load(path, db=db, key=audit.audit_key()).newest.seq == event.seq


async def test_durable_commits_write_checkpoints_and_savepoints_do_not(empty_database_url, tmp_path, monkeypatch):
    from alliance.db.migrate import upgrade
    from alliance.db.session import get_engine

    url = empty_database_url
    await asyncio.to_thread(upgrade, url)
    engine = get_engine(url)
    path = tmp_path / "audit-checkpoints.jsonl"
    make = async_sessionmaker(engine, expire_on_commit=False, info={audit.CHECKPOINT_PATH_INFO: path})

    def written() -> list[int]:
        return [json.loads(line)["seq"] for line in path.read_text().splitlines()] if path.exists() else []

    async with make() as session:
        event = await audit.record(session, Actor.system(), "test.first")
        await session.commit()
        first = (event.seq, event.hash)
        assert written() == [first[0]]  # the first commit of a process always checkpoints
        await audit.record(session, Actor.system(), "test.rolled_back")
        await session.rollback()
        monkeypatch.setattr(audit, "CHECKPOINT_EVERY", 1)
        async with session.begin():
            async with session.begin_nested():
                await audit.record(session, Actor.system(), "test.in_savepoint")
            assert written() == [first[0]]  # a savepoint is not a durable commit
        assert written() == [first[0], first[0] + 1]

    async with engine.connect() as connection:  # a commit inside an outer transaction (as in the other tests)
        outer = await connection.begin()
        async with make(bind=connection, join_transaction_mode="create_savepoint") as session:
            await audit.record(session, Actor.system(), "test.outer")
            await session.commit()
        await outer.rollback()
    assert written() == [first[0], first[0] + 1]

    async with make() as session:
        assert (await audit.verify(session, checkpoint_file=path)).ok
        # Deleting the newest entry and rewriting the head now disagrees with the file.
        if session.bind.dialect.name == "postgresql":
            await session.execute(text("DROP TRIGGER audit_events_append_only ON audit_events"))
        else:
            await session.execute(text("DROP TRIGGER audit_events_no_delete"))
        await session.execute(text("DELETE FROM audit_events WHERE seq = :s"), {"s": first[0] + 1})
        await session.execute(text("UPDATE audit_anchor SET last_seq = :s, last_hash = :h"),
                              {"s": first[0], "h": first[1]})
        result = await audit.verify(session, checkpoint_file=path)
        assert not result.ok and result.kind == "truncated" and result.first_bad_seq == first[0] + 1
        await session.rollback()


async def test_the_minute_job_signs_a_head_that_moved_so_a_short_tail_cannot_be_cut(session, tmp_path):
    from pathlib import Path

    from alliance.security import audit
    from alliance.security.audit import CHECKPOINT_PATH_INFO, Actor, checkpoint_head, record
    from alliance.security.checkpoints import load

    target = tmp_path / "checkpoints.jsonl"
    session.sync_session.info[CHECKPOINT_PATH_INFO] = str(target)
    for i in range(3):  # fewer than CHECKPOINT_EVERY: no automatic checkpoint covers them
        await record(session, Actor.system(), "test.event", detail=f"n={i}")
    await session.flush()
    seq = await checkpoint_head(session)
    marks = load(Path(target), db=audit._database_id(session.sync_session.get_bind()), key=audit.audit_key())
    assert seq is not None and marks.newest is not None and marks.newest.seq == seq
    assert await checkpoint_head(session) == seq  # unchanged head: nothing new appended
    assert len(target.read_text().splitlines()) == 1
