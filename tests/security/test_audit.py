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


# --- forgery by someone who can write the whole database (issue 11, finding 1) ----------------------------
# Each attack below verified as "intact" with the unkeyed chain and its in-database head.

import asyncio  # noqa: E402
import hashlib  # noqa: E402
import hmac  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import uuid  # noqa: E402
from types import SimpleNamespace  # noqa: E402

from sqlalchemy import Column, MetaData, Table, select  # noqa: E402

from alliance.db.base import utcnow  # noqa: E402
from alliance.security.models import AuditEvent  # noqa: E402

GENESIS = "0" * 64


def _v1_fields(event) -> dict:
    return {
        "seq": event.seq, "id": str(event.id), "at": event.at.isoformat(timespec="microseconds"),
        "actor_id": str(event.actor_id) if event.actor_id else None, "actor_role": event.actor_role,
        "practice_id": str(event.practice_id) if event.practice_id else None,
        "client_id": str(event.client_id) if event.client_id else None, "action": event.action,
        "resource_type": event.resource_type, "resource_id": event.resource_id, "outcome": event.outcome,
        "detail": event.detail, "prev_hash": event.prev_hash,
    }


def plain_sha256(event) -> str:
    """The unkeyed SHA-256 the log used before it was keyed: anyone with the database can recompute it."""
    return hashlib.sha256(json.dumps(_v1_fields(event), sort_keys=True, separators=(",", ":")).encode()).hexdigest()


def hmac_with_a_guessed_key(key: bytes):
    """The keyed formula (it is public), under a key that is not the keyring's."""
    def digest(event) -> str:
        body = {**_v1_fields(event), "hash_alg": "hmac-sha256", "practice_seq": getattr(event, "practice_seq", None)}
        canonical = json.dumps(body, sort_keys=True, separators=(",", ":")).encode()
        return hmac.new(key, b"alliance-audit-entry\x00" + canonical, hashlib.sha256).hexdigest()
    return digest


async def _checkpoint(session, path) -> None:
    """What the application does after each durable commit: sign the head into the file outside the database."""
    seq, head = (await session.execute(text("SELECT last_seq, last_hash FROM audit_anchor WHERE id = 1"))).one()
    audit.write_checkpoint(session, seq, head, path=path)


async def _seqs(session) -> list[int]:
    return [r[0] for r in (await session.execute(text("SELECT seq FROM audit_events ORDER BY seq"))).all()]


async def _set_head(session, seq: int, head: str) -> None:
    await session.execute(text("UPDATE audit_anchor SET last_seq = :s, last_hash = :h WHERE id = 1"),
                          {"s": seq, "h": head})


async def _edit_and_recompute(session, target: int, digest, *, alg: str | None = None) -> None:
    """Change one entry, then recompute its hash and every later one, and the head, with `digest`."""
    rows = (await session.execute(select(AuditEvent).where(AuditEvent.seq >= target)
                                  .order_by(AuditEvent.seq))).scalars().all()
    prev = (await session.scalar(select(AuditEvent.hash).where(AuditEvent.seq == target - 1))) or GENESIS
    rows[0].outcome = "denied"
    for event in rows:
        if alg is not None:
            event.hash_alg = alg
        event.prev_hash = prev
        event.hash = prev = digest(event)
    await session.flush()
    await _set_head(session, rows[-1].seq, prev)
    session.expunge_all()


async def test_new_entries_are_keyed_not_plain_sha256(session):
    await _write(session, 2)
    rows = (await session.execute(select(AuditEvent).order_by(AuditEvent.seq))).scalars().all()
    assert all(e.hash_alg == "hmac-sha256" for e in rows)
    assert all(e.hash != plain_sha256(e) for e in rows)


async def test_deleting_the_newest_entries_and_rewriting_the_head_is_reported_as_truncated(session, tmp_path):
    cps = tmp_path / "audit-checkpoints.jsonl"
    await _write(session, 6)
    await _checkpoint(session, cps)
    seqs = await _seqs(session)
    await _drop_guards(session)
    await session.execute(text("DELETE FROM audit_events WHERE seq >= :s"), {"s": seqs[-2]})
    kept = (await session.execute(text("SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1"))).one()
    await _set_head(session, kept[0], kept[1])
    session.expunge_all()
    result = await audit.verify(session, checkpoint_file=cps)
    assert not result.ok and result.kind == "truncated"
    assert result.first_bad_seq == seqs[-2] and result.reason.startswith("truncated:")
    assert f"vouches for entry {seqs[-1]}" in result.reason


@pytest.mark.parametrize("head", ["deleted", "reset"])
async def test_wiping_every_entry_and_the_head_is_reported_as_wiped(session, tmp_path, head):
    cps = tmp_path / "audit-checkpoints.jsonl"
    await _write(session, 4)
    await _checkpoint(session, cps)
    await _drop_guards(session)
    await session.execute(text("DELETE FROM audit_events"))
    if head == "deleted":
        await session.execute(text("DELETE FROM audit_anchor"))
    else:
        await _set_head(session, 0, GENESIS)
    session.expunge_all()
    result = await audit.verify(session, checkpoint_file=cps)
    assert not result.ok and result.kind == "wiped"
    assert result.first_bad_seq == 1 and result.reason.startswith("wiped:")


@pytest.mark.parametrize("downgrade", [False, True], ids=["keyed-label-kept", "labelled-unkeyed"])
async def test_an_entry_edited_and_the_chain_recomputed_with_plain_sha256_is_forged(session, tmp_path, downgrade):
    await _write(session, 6)
    target = (await _seqs(session))[-4]
    await _drop_guards(session)
    await _edit_and_recompute(session, target, plain_sha256, alg="sha256" if downgrade else None)
    result = await audit.verify(session, checkpoint_file=tmp_path / "none-yet.jsonl")
    assert not result.ok and result.kind == "forged"
    assert result.first_bad_seq == target and result.reason.startswith("recomputed/forged:")


@pytest.mark.parametrize("checkpointed", [False, True], ids=["no-checkpoint", "checkpoint"])
async def test_an_entry_edited_and_the_chain_recomputed_without_the_key_is_forged(session, tmp_path, checkpointed):
    cps = tmp_path / "audit-checkpoints.jsonl"
    await _write(session, 6)
    if checkpointed:
        await _checkpoint(session, cps)
    target = (await _seqs(session))[-4]
    await _drop_guards(session)
    await _edit_and_recompute(session, target, hmac_with_a_guessed_key(os.urandom(32)))
    result = await audit.verify(session, checkpoint_file=cps)
    assert not result.ok and result.kind == "forged"
    assert result.first_bad_seq == target and result.reason.startswith("recomputed/forged:")


async def test_an_entry_edited_in_place_is_reported_as_edited(session, tmp_path):
    await _write(session, 5)
    target = (await _seqs(session))[-3]
    await _drop_guards(session)
    await session.execute(text("UPDATE audit_events SET actor_role = 'admin' WHERE seq = :s"), {"s": target})
    session.expunge_all()
    result = await audit.verify(session, checkpoint_file=tmp_path / "cps.jsonl")
    assert not result.ok and result.kind == "edited" and result.first_bad_seq == target
    assert result.reason.startswith("edited:")


async def test_a_removed_middle_entry_is_reported_as_missing(session, tmp_path):
    await _write(session, 5)
    target = (await _seqs(session))[-3]
    await _drop_guards(session)
    await session.execute(text("DELETE FROM audit_events WHERE seq = :s"), {"s": target})
    session.expunge_all()
    result = await audit.verify(session, checkpoint_file=tmp_path / "cps.jsonl")
    assert not result.ok and result.kind == "missing" and result.first_bad_seq == target
    assert result.reason.startswith("missing entry:")


async def test_an_intact_chain_agrees_with_its_checkpoints(session, tmp_path):
    cps = tmp_path / "audit-checkpoints.jsonl"
    await _write(session, 3)
    await _checkpoint(session, cps)
    await _write(session, 2)
    result = await audit.verify(session, checkpoint_file=cps)
    assert result.ok and result.checkpoints == 1


async def test_entries_written_before_the_key_still_verify_and_are_numbered(empty_database_url, tmp_path):
    """Rows of the unkeyed chain, written at the revision before 0006, verify after the migration."""
    from sqlalchemy.ext.asyncio import AsyncSession

    from alliance.db.migrate import upgrade
    from alliance.db.session import get_engine

    url = empty_database_url
    await asyncio.to_thread(upgrade, url, "0001_foundation")
    engine = get_engine(url)
    old = Table("audit_events", MetaData(), *(Column(c.name, c.type) for c in AuditEvent.__table__.c
                                              if c.name not in ("hash_alg", "practice_seq")))
    practice, prev, rows = uuid.uuid4(), GENESIS, []
    for seq in range(1, 5):
        row = {"seq": seq, "id": uuid.uuid4(), "at": utcnow(), "actor_id": None, "actor_role": "system",
               "practice_id": practice if seq % 2 else None, "client_id": None, "action": f"legacy.{seq}",
               "resource_type": None, "resource_id": None, "outcome": "success", "detail": None, "prev_hash": prev}
        row["hash"] = prev = plain_sha256(SimpleNamespace(**row))
        rows.append(row)
    async with engine.begin() as conn:
        await conn.execute(old.insert(), rows)
        await conn.execute(text("UPDATE audit_anchor SET last_seq = 4, last_hash = :h WHERE id = 1"), {"h": prev})
    await asyncio.to_thread(upgrade, url)

    async with AsyncSession(engine, expire_on_commit=False) as session:
        cps = tmp_path / "cps.jsonl"
        assert (await audit.verify(session, checkpoint_file=cps)).ok
        marked = (await session.execute(text("SELECT hash_alg, practice_seq FROM audit_events ORDER BY seq"))).all()
        assert [tuple(r) for r in marked] == [("sha256", 1), ("sha256", None), ("sha256", 2), ("sha256", None)]
        event = await audit.record(session, Actor.system(practice), "keyed.after")
        assert event.hash_alg == "hmac-sha256" and event.practice_seq == 3 and event.prev_hash == prev
        result = await audit.verify(session, checkpoint_file=cps)
        assert result.ok and result.checked == 5
        await session.rollback()
