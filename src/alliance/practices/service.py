"""The practice and its policy settings."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

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
