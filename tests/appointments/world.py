"""A practice in Europe/London with a clinician, a supervisor of them, another clinician, an admin and clients."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

from alliance.accounts.models import Role
from alliance.clients import service as clients
from alliance.clients.schemas import SupervisionCreate
from alliance.db.base import utcnow
from alliance.security.audit import Actor
from tests.support.factories import make_client, make_practice, make_user


@dataclass
class World:
    practice: Any
    clinician: Any
    other: Any
    supervisor: Any
    admin: Any
    client: Any
    other_client: Any
    portal: Any


async def make_world(session) -> World:  # noqa: ANN001
    practice = await make_practice(session, timezone="Europe/London", name="Riverside Test Practice")
    clinician = await make_user(session, practice, Role.clinician, display_name="Dr. Ada Test")
    other = await make_user(session, practice, Role.clinician, display_name="Dr. Other")
    supervisor = await make_user(session, practice, Role.supervisor, display_name="Dr. Super")
    admin = await make_user(session, practice, Role.admin)
    client = await make_client(session, practice, clinician=clinician, given_name="Marisol",
                               family_name="Quintanilla-Ward", email="marisol@example.org")
    other_client = await make_client(session, practice, clinician=other, given_name="Tomas", family_name="Ibarra")
    portal = await make_user(session, practice, Role.client, client=client)
    await clients.add_supervision(session, Actor(admin.id, "admin", practice.id),
                                  SupervisionCreate(supervisor_id=supervisor.id, supervisee_id=clinician.id))
    await session.flush()
    return World(practice, clinician, other, supervisor, admin, client, other_client, portal)


def future(days: int = 3, hour: int = 10) -> datetime:
    """A whole hour some days ahead (UTC)."""
    day = (utcnow() + timedelta(days=days)).date()
    return datetime(day.year, day.month, day.day, hour, tzinfo=timezone.utc)
