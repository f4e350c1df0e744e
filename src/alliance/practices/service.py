"""The practice and its policy settings."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy import event as sa_event
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session, SessionTransaction

from alliance.errors import BadRequest, Conflict, NotFound
from alliance.practices.models import Practice
from alliance.practices.schemas import PracticeCreate, PracticeUpdate
from alliance.security import audit
from alliance.security.audit import Actor
from alliance.security.authz import require_role


async def create_practice(session: AsyncSession, data: PracticeCreate) -> Practice:
    """A new practice (command line and demo only)."""
    if await session.scalar(select(Practice.id).where(Practice.slug == data.slug)):
        raise Conflict(f"A practice with slug {data.slug!r} exists.")
    practice = Practice(name=data.name, slug=data.slug, country=data.country, timezone=data.timezone)
    session.add(practice)
    await session.flush()
    await audit.record(session, Actor.system(practice.id), "practice.create", resource_type="practice",
                       resource_id=practice.id)
    return practice


async def get_practice(session: AsyncSession, actor: Actor) -> Practice:
    """The actor's own practice."""
    practice = await session.get(Practice, actor.practice_id)
    if practice is None:
        raise NotFound("No such practice.")
    return practice


async def by_slug(session: AsyncSession, slug: str) -> Practice | None:
    """A practice by its slug."""
    return (await session.execute(select(Practice).where(Practice.slug == slug))).scalar_one_or_none()


async def update_practice(session: AsyncSession, actor: Actor, data: PracticeUpdate) -> Practice:
    """Change the practice's settings (admins); each change is audited by field name."""
    require_role(actor, "admin", action="practice.update")
    practice = await get_practice(session, actor)
    changed = data.model_dump(exclude_unset=True)
    for field, value in changed.items():
        if value is None:
            raise BadRequest(f"{field} cannot be empty.")
        setattr(practice, field, value)
    await audit.record(session, actor, "practice.update", resource_type="practice", resource_id=practice.id,
                       detail="; ".join(f"{k}={v}" for k, v in sorted(changed.items()) if k != "name"))
    return practice


_KEPT = "alliance.practice_rows"  # session.info: practice rows read in this transaction (see timezone_of)


async def timezone_of(session: AsyncSession, practice_id: uuid.UUID | None) -> str:
    """The practice's time zone ("UTC" when none). Its row is kept until the transaction ends, so that the viewer's
    zone and the panels of one page that each need it cost one query between them."""
    kept: dict = session.info.setdefault(_KEPT, {})
    practice = kept.get(practice_id)
    if practice is None and practice_id is not None:
        practice = kept[practice_id] = await session.get(Practice, practice_id)
    return (practice.timezone if practice else None) or "UTC"


async def timezones_of(session: AsyncSession, practice_ids: Iterable[uuid.UUID | None]) -> dict[uuid.UUID, str]:
    """The time zone of each practice, through the rows `timezone_of` keeps (the viewer's own practice is read
    already, so a page's lists of clients cost no query for their zones)."""
    return {pid: await timezone_of(session, pid) for pid in set(practice_ids) if pid is not None}


def _forget_kept(session: Session, transaction: SessionTransaction) -> None:
    if transaction.parent is None:  # the transaction's end, not a flush's or a savepoint's
        session.info.pop(_KEPT, None)


if not sa_event.contains(Session, "after_transaction_end", _forget_kept):
    sa_event.listen(Session, "after_transaction_end", _forget_kept)
