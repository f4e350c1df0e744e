"""Append to and verify the hash-chained audit log.

Each event's hash is SHA-256 over its canonical fields and the previous event's hash; the anchor row keeps
the head. Editing or deleting any row, or the newest ones, breaks the chain, and `alliance audit verify`
names the first bad entry. Database triggers (see the migration) refuse UPDATE and DELETE on the table.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from alliance.db.base import utcnow
from alliance.security.models import AuditAnchor, AuditEvent

GENESIS = "0" * 64


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


def _digest(event: AuditEvent) -> str:
    body = {
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
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


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
    anchor = (
        await session.execute(select(AuditAnchor).where(AuditAnchor.id == 1).with_for_update())
    ).scalar_one_or_none()
    if anchor is None:
        anchor = AuditAnchor(id=1, last_seq=0, last_hash=GENESIS)
        session.add(anchor)
        await session.flush()
    at = utcnow()
    event = AuditEvent(
        seq=anchor.last_seq + 1,
        id=uuid.uuid4(),
        at=at,
        actor_id=actor.user_id,
        actor_role=actor.role,
        practice_id=actor.practice_id,
        client_id=client_id,
        action=action,
        resource_type=resource_type,
        resource_id=str(resource_id) if resource_id is not None else None,
        outcome=outcome,
        detail=detail,
        prev_hash=anchor.last_hash,
    )
    event.hash = _digest(event)
    session.add(event)
    await session.execute(
        update(AuditAnchor).where(AuditAnchor.id == 1).values(last_seq=event.seq, last_hash=event.hash)
    )
    await session.flush()
    return event


@dataclass(frozen=True)
class Verification:
    """The outcome of checking the chain."""

    ok: bool
    checked: int
    first_bad_seq: int | None = None
    reason: str | None = None


async def verify(session: AsyncSession, *, batch: int = 5000) -> Verification:
    """Recompute the chain from the first event; report the first entry that does not match."""
    prev_hash, expected_seq, checked = GENESIS, 1, 0
    last_seen = 0
    while True:
        rows: Sequence[AuditEvent] = (
            await session.execute(
                select(AuditEvent).where(AuditEvent.seq > last_seen).order_by(AuditEvent.seq).limit(batch)
            )
        ).scalars().all()
        if not rows:
            break
        for event in rows:
            if event.seq != expected_seq:
                return Verification(False, checked, expected_seq, f"entry {expected_seq} is missing")
            if event.prev_hash != prev_hash:
                return Verification(False, checked, event.seq, "does not follow the previous entry")
            if _digest(event) != event.hash:
                return Verification(False, checked, event.seq, "was changed after it was written")
            prev_hash, expected_seq, checked = event.hash, expected_seq + 1, checked + 1
            last_seen = event.seq
    anchor = (await session.execute(select(AuditAnchor).where(AuditAnchor.id == 1))).scalar_one_or_none()
    head_seq, head_hash = (anchor.last_seq, anchor.last_hash) if anchor else (0, GENESIS)
    if head_seq != expected_seq - 1 or head_hash != prev_hash:
        return Verification(False, checked, expected_seq, f"entries after {expected_seq - 1} were deleted")
    return Verification(True, checked)


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
    """Newest-first events of a practice, filtered (the admin viewer and client export)."""
    query = select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(limit)
    if practice_id is not None:
        query = query.where(AuditEvent.practice_id == practice_id)
    if client_id is not None:
        query = query.where(AuditEvent.client_id == client_id)
    if actor_id is not None:
        query = query.where(AuditEvent.actor_id == actor_id)
    if action:
        query = query.where(AuditEvent.action.startswith(action))
    if before_seq is not None:
        query = query.where(AuditEvent.seq < before_seq)
    return (await session.execute(query)).scalars().all()

