"""Append to and verify the keyed, hash-chained audit log.

Each event's hash is an HMAC-SHA256, under a key derived from the keyring and never stored in the database,
over its canonical fields and the previous event's hash; the anchor row keeps the head. Rows written before
migration 0006 carry unkeyed SHA-256 (`hash_alg = "sha256"`) and are accepted only before the first keyed row.
After a commit that added events, a signed checkpoint of the head is appended to a file outside the database
(security/checkpoints.py: every `CHECKPOINT_EVERY` events or `CHECKPOINT_SECONDS`, and on `alliance audit
verify`), so that someone who can write the whole database but lacks the key cannot delete the newest entries
and rewrite the head, wipe the log, or recompute the chain unnoticed. `verify` says which of these happened.
Database triggers (see the migrations) refuse UPDATE and DELETE on the table.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import event as sa_event
from sqlalchemy import func, select
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import ORMExecuteState, Session

from alliance.db.base import utcnow
from alliance.security import checkpoints
from alliance.security.models import AuditAnchor, AuditEvent

log = logging.getLogger("alliance.audit")

GENESIS = "0" * 64
KEYED = "hmac-sha256"
LEGACY = "sha256"  # unkeyed: rows written before migration 0006 only
CHECKPOINT_EVERY = 100  # events between automatic checkpoints ...
CHECKPOINT_SECONDS = 30.0  # ... or seconds, whichever comes first (checked when a commit adds events)
CHECKPOINT_PATH_INFO = "alliance.audit_checkpoints"  # session.info key: another checkpoint file (tests)
_HEAD_INFO = "alliance.audit_head"
_TAIL_INFO = "alliance.audit_tail"  # see record(): valid only while this transaction holds the anchor's lock
_PENDING_INFO = "alliance.audit_pending"  # events added to the session and not flushed yet (see record())
_ENTRY_DOMAIN = b"alliance-audit-entry\x00"


@dataclass(frozen=True)
class Actor:
    """Who is acting: a user (with role and practice), or the system (jobs, CLI)."""

    user_id: uuid.UUID | None
    role: str
    practice_id: uuid.UUID | None
    client_id: uuid.UUID | None = None  # set when the actor is a client

    @classmethod
    def system(cls, practice_id: uuid.UUID | None = None) -> "Actor":
        """The platform itself (jobs, command line)."""
        return cls(user_id=None, role="system", practice_id=practice_id)


# --- keys and digests -----------------------------------------------------------------------------------

_keys: dict[bytes, bytes] = {}


def audit_key() -> bytes:
    """The chain's MAC key: HKDF-SHA256 of the keyring's blind-index key (which is never rotated).

    Derived in memory on each start; it is never written to the database or to the checkpoint file.
    """
    from alliance.security.crypto import get_keyring

    root = get_keyring().index_key
    if root not in _keys:
        _keys[root] = HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                           info=b"alliance audit chain v1").derive(root)
    return _keys[root]


def _fields(event: AuditEvent) -> dict[str, object]:
    return {
        "seq": event.seq,
        "id": str(event.id),
        "at": event.at.isoformat(timespec="microseconds"),
        "actor_id": str(event.actor_id) if event.actor_id else None,
        "actor_role": event.actor_role,
        "practice_id": str(event.practice_id) if event.practice_id else None,
        "client_id": str(event.client_id) if event.client_id else None,
        "action": event.action,
        "resource_type": event.resource_type,
        "resource_id": event.resource_id,
        "outcome": event.outcome,
        "detail": event.detail,
        "prev_hash": event.prev_hash,
    }


def _canonical(body: dict[str, object]) -> bytes:
    return json.dumps(body, sort_keys=True, separators=(",", ":")).encode()


def _keyed_body(event: AuditEvent) -> bytes:
    return _canonical({**_fields(event), "hash_alg": KEYED, "practice_seq": event.practice_seq})


def _legacy_digest(event: AuditEvent) -> str:
    """The unkeyed SHA-256 of rows written before migration 0006."""
    return hashlib.sha256(_canonical(_fields(event))).hexdigest()


def _keyed_digest(event: AuditEvent, key: bytes) -> str:
    return hmac.new(key, _ENTRY_DOMAIN + _keyed_body(event), hashlib.sha256).hexdigest()


def _authentic(event: AuditEvent, key: bytes) -> bool:
    """Whether the row's hash is what its algorithm gives for its fields."""
    if event.hash_alg == KEYED:
        return hmac.compare_digest(_keyed_digest(event, key), event.hash)
    if event.hash_alg == LEGACY:
        return _legacy_digest(event) == event.hash
    return False


def _plain_recomputation(event: AuditEvent) -> bool:
    """Whether the hash is a plain SHA-256 of the row, as someone without the key would recompute it."""
    return event.hash in {_legacy_digest(event), hashlib.sha256(_keyed_body(event)).hexdigest(),
                          hashlib.sha256(_ENTRY_DOMAIN + _keyed_body(event)).hexdigest()}


# --- appending ------------------------------------------------------------------------------------------

async def _client_of_practice(session: AsyncSession, actor: Actor, client_id: uuid.UUID | None) -> uuid.UUID | None:
    """The client id to record: never another practice's client in a practice's entry.

    A denied attempt on another practice's client would otherwise show that client's real id to the attacking
    practice's admin (while an invented id shows nothing); it is recorded without a client, like a miss.
    """
    if client_id is None or actor.practice_id is None:
        return client_id
    from alliance.clients.models import Client

    for obj in session.new:  # created in this transaction, not yet flushed
        if isinstance(obj, Client) and obj.id == client_id:
            return client_id if obj.practice_id == actor.practice_id else None
    loaded = session.sync_session.identity_map.get(Session.identity_key(Client, client_id))
    if loaded is not None and "practice_id" in loaded.__dict__:
        owner = loaded.__dict__["practice_id"]
    else:
        owner = await session.scalar(select(Client.practice_id).where(Client.id == client_id))
    return client_id if owner == actor.practice_id else None


async def record(
    session: AsyncSession,
    actor: Actor,
    action: str,
    *,
    client_id: uuid.UUID | None = None,
    resource_type: str | None = None,
    resource_id: object | None = None,
    outcome: str = "success",
    detail: str | None = None,
) -> AuditEvent:
    """Append an event in the caller's transaction (so it commits or rolls back with the change)."""
    # A page records several reads (one per panel). The first event of a transaction locks the anchor (FOR UPDATE;
    # on SQLite the transaction already holds the write lock) and reads the practice's last number; while that
    # lock is held nobody else can append, so the later events of the same transaction continue from what this
    # one wrote instead of reading both again. Forgotten at every transaction end and rollback (even a savepoint's).
    tail: _Tail | None = session.info.get(_TAIL_INFO)
    if tail is None:
        anchor = (
            await session.execute(select(AuditAnchor).where(AuditAnchor.id == 1).with_for_update())
        ).scalar_one_or_none()
        if anchor is None:
            anchor = AuditAnchor(id=1, last_seq=0, last_hash=GENESIS)
            session.add(anchor)
            await session.flush()
        tail = session.info[_TAIL_INFO] = _Tail(anchor)
    anchor = tail.anchor
    practice_seq = None
    if actor.practice_id is not None:  # numbered under the anchor's lock, so numbers are never shared
        last = tail.practice_seqs.get(actor.practice_id)
        if last is None:
            last = await session.scalar(
                select(func.max(AuditEvent.practice_seq)).where(AuditEvent.practice_id == actor.practice_id))
        practice_seq = (last or 0) + 1
    event = AuditEvent(
        seq=anchor.last_seq + 1,
        id=uuid.uuid4(),
        at=utcnow(),
        actor_id=actor.user_id,
        actor_role=actor.role,
        practice_id=actor.practice_id,
        client_id=await _client_of_practice(session, actor, client_id),
        action=action,
        resource_type=resource_type,
        resource_id=str(resource_id) if resource_id is not None else None,
        outcome=outcome,
        detail=detail,
        prev_hash=anchor.last_hash,
        hash_alg=KEYED,
        practice_seq=practice_seq,
    )
    event.hash = _keyed_digest(event, audit_key())
    session.add(event)
    anchor.last_seq, anchor.last_hash = event.seq, event.hash
    # The events of a transaction go to the database together: one INSERT of them all and one UPDATE of the anchor
    # at the next flush (the commit's at the latest), instead of two statements per event. Only while nothing else
    # is pending, so a caller that relied on this flush for its own rows still gets it; a query that reads the audit
    # tables flushes them first (_flush_before_audit_reads).
    if _others_pending(session.sync_session):
        await session.flush()
    else:
        session.info[_PENDING_INFO] = True
    if practice_seq is not None:
        tail.practice_seqs[actor.practice_id] = practice_seq
    session.info[_HEAD_INFO] = (event.seq, event.hash)
    return event


def _others_pending(sync: Session) -> bool:
    """Whether the session holds changes other than this transaction's audit events and anchor."""
    return bool(sync.deleted) or any(not isinstance(o, AuditEvent) for o in sync.new) or any(
        not isinstance(o, AuditAnchor) for o in sync.dirty)


_AUDIT_TABLES = frozenset({AuditEvent.__tablename__, AuditAnchor.__tablename__})


def _flush_before_audit_reads(state: ORMExecuteState) -> None:
    """Events recorded but not yet flushed are written before any statement that reads the audit tables (or writes
    anything), so the session still sees its own events, and the anchor, as it did when each was flushed at once."""
    session = state.session
    if not session.info.get(_PENDING_INFO):
        return
    if state.is_select:
        mappers = state.all_mappers
        if mappers:
            if not any(m.local_table.name in _AUDIT_TABLES for m in mappers):
                return
        elif not any(getattr(f, "name", None) in _AUDIT_TABLES for f in state.statement.get_final_froms()):
            return
    session.flush()


def _flushed(session: Session, _context: object) -> None:
    session.info.pop(_PENDING_INFO, None)


@dataclass
class _Tail:
    """The locked anchor row of this transaction and the last number given per practice in it."""

    anchor: AuditAnchor
    practice_seqs: dict[uuid.UUID, int] = field(default_factory=dict)


class CheckpointUnwritable(Exception):
    """The chain was checked but its checkpoint could not be appended (permissions, full or read-only disk)."""


# --- checkpoints after commit ---------------------------------------------------------------------------

_last_checkpoint: dict[tuple[str, str], tuple[int, float]] = {}


def checkpoint_path() -> Path:
    """Where checkpoints are appended by default: beside the keys."""
    return checkpoints.default_path()


def _database_id(bind: object) -> str:
    return checkpoints.database_id(bind.engine.url)  # type: ignore[attr-defined]


def write_checkpoint(session: AsyncSession | Session, seq: int, hash_: str, *, path: Path | None = None) -> None:
    """Append a signed checkpoint of (seq, hash) for this session's database."""
    sync = session.sync_session if isinstance(session, AsyncSession) else session
    target = path or sync.info.get(CHECKPOINT_PATH_INFO) or checkpoint_path()
    db = _database_id(sync.get_bind())
    checkpoints.append(Path(target), db=db, seq=seq, hash_=hash_, key=audit_key())
    _last_checkpoint[(str(target), db)] = (seq, time.monotonic())


def _durable(session: AsyncSession) -> bool:
    """Whether what this session reads is committed for good: not a connection inside an outer transaction that may
    still roll back (the tests), unless a checkpoint file of its own was given for it."""
    sync = session.sync_session
    bind = sync.bind
    return sync.info.get(CHECKPOINT_PATH_INFO) is not None or not (
        isinstance(bind, Connection) and bind.in_transaction())


async def checkpoint_head(session: AsyncSession) -> int | None:
    """Sign the current head into the checkpoint file when it moved since this process last did (the minute job and
    shutdown), so the newest entries never rest on the in-database head alone for long; returns its sequence."""
    anchor = (await session.execute(select(AuditAnchor).where(AuditAnchor.id == 1))).scalar_one_or_none()
    if anchor is None or not anchor.last_seq or not _durable(session):
        return None
    target = str(session.info.get(CHECKPOINT_PATH_INFO) or checkpoint_path())
    last = _last_checkpoint.get((target, _database_id(session.sync_session.get_bind())))
    if last and last[0] >= anchor.last_seq:
        return anchor.last_seq
    write_checkpoint(session, anchor.last_seq, anchor.last_hash, path=Path(target))
    return anchor.last_seq


def _after_commit(session: Session) -> None:
    if session.in_nested_transaction():
        return  # a savepoint: the head is only final when the whole transaction commits
    head = session.info.pop(_HEAD_INFO, None)
    bind = session.bind
    if head is None or bind is None:
        return
    if isinstance(bind, Connection) and bind.in_transaction():
        return  # committed into an outer transaction that may still roll back (the tests): not durable yet
    seq, hash_ = head
    try:
        target = str(session.info.get(CHECKPOINT_PATH_INFO) or checkpoint_path())
        last = _last_checkpoint.get((target, _database_id(bind)))
        if last and seq - last[0] < CHECKPOINT_EVERY and time.monotonic() - last[1] < CHECKPOINT_SECONDS:
            return
        write_checkpoint(session, seq, hash_, path=Path(target))
    except Exception as exc:  # the change is committed; a missing checkpoint only widens the window
        log.error("could not write an audit checkpoint: %s", type(exc).__name__)


def _forget_head(session: Session, _previous: object) -> None:
    session.info.pop(_HEAD_INFO, None)  # a rollback (even of a savepoint) may have dropped the newest events
    session.info.pop(_TAIL_INFO, None)
    session.info.pop(_PENDING_INFO, None)


def _transaction_end(session: Session, transaction: object) -> None:
    root = getattr(transaction, "parent", None) is None
    if root or getattr(transaction, "nested", False):  # not a flush's own inner transaction
        session.info.pop(_TAIL_INFO, None)  # a savepoint's end too: the next event reads the anchor again
    if root:
        session.info.pop(_HEAD_INFO, None)
        session.info.pop(_PENDING_INFO, None)


def install_checkpoint_hooks() -> None:
    """Write checkpoints after durable commits (idempotent)."""
    for name, fn in (("after_commit", _after_commit), ("after_soft_rollback", _forget_head),
                     ("after_transaction_end", _transaction_end), ("do_orm_execute", _flush_before_audit_reads),
                     ("after_flush", _flushed)):
        if not sa_event.contains(Session, name, fn):
            sa_event.listen(Session, name, fn)


install_checkpoint_hooks()


# --- verification ---------------------------------------------------------------------------------------

LABELS = {"edited": "edited", "forged": "recomputed/forged", "missing": "missing entry",
          "truncated": "truncated", "wiped": "wiped"}
SUMMARIES = {
    "edited": "an entry was changed after it was written",
    "forged": "entries were recomputed or forged without the audit key",
    "missing": "an entry was removed",
    "truncated": "the newest entries were deleted",
    "wiped": "every entry was deleted",
}


@dataclass(frozen=True)
class Verification:
    """The outcome of checking the chain.

    kind (when broken): "edited" (a row changed, its hash not), "forged" (hashes recomputed without the key, or
    the head rewritten), "missing" (an entry in the middle removed), "truncated" (the newest entries removed),
    "wiped" (every entry removed). `checkpoints` is how many signed checkpoints were compared.
    """

    ok: bool
    checked: int
    first_bad_seq: int | None = None
    reason: str | None = None
    kind: str | None = None
    checkpoints: int = 0

    @property
    def summary(self) -> str:
        """What happened, without entry numbers (for a practice's admins, who must not see global counts)."""
        return "the chain is intact" if self.ok else SUMMARIES.get(self.kind or "", "the chain is broken")


def _broken(kind: str, checked: int, seq: int | None, text: str, marks: checkpoints.Checkpoints) -> Verification:
    return Verification(False, checked, seq, f"{LABELS[kind]}: {text}", kind, len(marks))


async def _classify(session: AsyncSession, event: AuditEvent, marks: checkpoints.Checkpoints, key: bytes,
                    checked: int) -> Verification:
    """A row whose hash does not verify: changed in place, or part of a recomputed chain?"""
    mark = marks.by_seq.get(event.seq)
    if _plain_recomputation(event):
        return _broken("forged", checked, event.seq, "its hash was recomputed with plain SHA-256, without the "
                       "audit key", marks)
    if mark is not None and mark.hash != event.hash:
        return _broken("forged", checked, event.seq, f"its hash differs from the signed checkpoint of {mark.at}: "
                       "the chain was recomputed without the audit key", marks)
    after = (await session.execute(select(AuditEvent).where(AuditEvent.seq == event.seq + 1))).scalar_one_or_none()
    if after is not None and after.prev_hash == event.hash and not _authentic(after, key):
        return _broken("forged", checked, event.seq, "it and the entries after it were rewritten without the "
                       "audit key (their hashes do not verify)", marks)
    return _broken("edited", checked, event.seq, "was changed after it was written", marks)


async def verify(session: AsyncSession, *, batch: int = 5000, checkpoint_file: Path | None = None,
                 write_checkpoint_if_intact: bool = False) -> Verification:
    """Check every entry's hash with the key, the links, the head and the signed checkpoints; name the first problem."""
    key = audit_key()
    path = Path(checkpoint_file or session.info.get(CHECKPOINT_PATH_INFO) or checkpoint_path())
    marks = checkpoints.load(path, db=_database_id(session.get_bind()), key=key)
    if marks.forged_lines:
        return _broken("forged", 0, None, f"line {marks.forged_lines[0]} of the checkpoint file {path} does not "
                       "verify with the audit key", marks)
    if marks.conflicts:
        first, second = marks.conflicts[0]
        return _broken("forged", 0, first.seq, f"signed checkpoints of {first.at} and {second.at} disagree about "
                       f"entry {first.seq}: the log was replaced", marks)
    anchor = (await session.execute(select(AuditAnchor).where(AuditAnchor.id == 1))).scalar_one_or_none()
    head_seq, head_hash = (anchor.last_seq, anchor.last_hash) if anchor else (0, GENESIS)
    newest_mark = marks.newest

    prev_hash, expected_seq, checked, keyed_seen = GENESIS, 1, 0, False
    while True:
        rows: Sequence[AuditEvent] = (
            await session.execute(
                select(AuditEvent).where(AuditEvent.seq >= expected_seq).order_by(AuditEvent.seq).limit(batch)
            )
        ).scalars().all()
        if not rows:
            break
        for event in rows:
            if event.seq != expected_seq:
                return _broken("missing", checked, expected_seq, f"entry {expected_seq} is missing", marks)
            if event.hash_alg == LEGACY and keyed_seen:
                return _broken("forged", checked, event.seq, "an unkeyed (plain SHA-256) entry follows keyed ones: "
                               "its hash was recomputed without the audit key", marks)
            authentic = _authentic(event, key)
            if event.prev_hash != prev_hash:
                if authentic and event.hash_alg == KEYED:
                    return _broken("forged", checked, event.seq - 1, "the entries before the next one were "
                                   "recomputed (they no longer lead to it)", marks)
                return _broken("edited", checked, event.seq, "does not follow the previous entry; it was changed "
                               "after it was written", marks)
            if not authentic:
                return await _classify(session, event, marks, key, checked)
            mark = marks.by_seq.get(event.seq)
            if mark is not None and mark.hash != event.hash:
                return _broken("forged", checked, event.seq, f"its hash differs from the signed checkpoint of "
                               f"{mark.at}: the chain was recomputed", marks)
            keyed_seen = keyed_seen or event.hash_alg == KEYED
            prev_hash, expected_seq, checked = event.hash, expected_seq + 1, checked + 1
    last = expected_seq - 1
    if last == 0 and (head_seq or newest_mark):
        vouched = f"a signed checkpoint of {newest_mark.at} vouches for {newest_mark.seq} entries" if newest_mark \
            else f"its head records {head_seq} entries"
        return _broken("wiped", 0, 1, f"the log holds no entries, but {vouched}", marks)
    if newest_mark is not None and newest_mark.seq > last:
        return _broken("truncated", checked, last + 1, f"entries after {last} were deleted (a signed checkpoint of "
                       f"{newest_mark.at} vouches for entry {newest_mark.seq})", marks)
    if head_seq > last:
        return _broken("truncated", checked, last + 1, f"entries after {last} were deleted (the head records "
                       f"entry {head_seq})", marks)
    if head_seq != last or head_hash != prev_hash:
        return _broken("forged", checked, last, f"the head (audit_anchor) does not match entry {last}: it was "
                       "rewritten", marks)
    if write_checkpoint_if_intact and last and (newest_mark is None or newest_mark.seq < last) and (
            checkpoint_file is not None or _durable(session)):
        try:
            write_checkpoint(session, last, prev_hash, path=path)
        except OSError as exc:
            raise CheckpointUnwritable(f"{path}: {exc.strerror or exc}") from exc
    return Verification(True, checked, checkpoints=len(marks))


async def events(
    session: AsyncSession,
    *,
    practice_id: uuid.UUID | None,
    client_id: uuid.UUID | None = None,
    actor_id: uuid.UUID | None = None,
    action: str | None = None,
    before_seq: int | None = None,
    limit: int = 100,
) -> Sequence[AuditEvent]:
    """Newest-first events, filtered: a practice's own (numbered by `practice_seq`, which `before_seq` then
    means), or with `practice_id=None` every event by global `seq` (the client export, the command line)."""
    if practice_id is not None:
        number = AuditEvent.practice_seq
        query = select(AuditEvent).where(AuditEvent.practice_id == practice_id)
    else:
        number = AuditEvent.seq
        query = select(AuditEvent)
    query = query.order_by(number.desc()).limit(limit)
    if client_id is not None:
        query = query.where(AuditEvent.client_id == client_id)
    if actor_id is not None:
        query = query.where(AuditEvent.actor_id == actor_id)
    if action:
        query = query.where(AuditEvent.action.startswith(action))
    if before_seq is not None:
        query = query.where(number < before_seq)
    return (await session.execute(query)).scalars().all()


async def for_practice(session: AsyncSession, result: Verification, practice_id: uuid.UUID | None) -> Verification:
    """The outcome as a practice's admin may see it: their own entry numbers and counts, never global ones."""
    count = select(func.count()).select_from(AuditEvent).where(AuditEvent.practice_id == practice_id)
    if result.ok:
        return Verification(True, await session.scalar(count) or 0, checkpoints=result.checkpoints)
    bad_number = None
    if result.first_bad_seq is not None:
        count = count.where(AuditEvent.seq < result.first_bad_seq)
        bad_number = await session.scalar(select(AuditEvent.practice_seq).where(
            AuditEvent.seq == result.first_bad_seq, AuditEvent.practice_id == practice_id))
    return Verification(False, await session.scalar(count) or 0, bad_number, result.summary, result.kind,
                        result.checkpoints)
