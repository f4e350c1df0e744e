"""A practice with a clinician, a client with a portal log-in, and helpers to build homework test data."""

from __future__ import annotations

from datetime import timedelta

from alliance.accounts.models import Role
from alliance.homework import service
from alliance.homework.models import HomeworkAssignment
from alliance.homework.schemas import HomeworkCreate
from tests.support.factories import actor, make_client, make_practice, make_user

RISK = "I have the pills saved up and I'm going to take them tonight"

NIGHT = {"bed_time": "23:00", "try_sleep_time": "23:30", "sleep_latency": 30, "awakenings": 2, "wake_minutes": 30,
         "final_wake_time": "06:30", "out_of_bed_time": "07:00", "quality": 3}


async def world(session, **client_fields):
    """(practice, clinician, client, portal user)"""
    practice = await make_practice(session)
    clinician = await make_user(session, practice, Role.clinician, display_name="Dr. Ana Reyes")
    client = await make_client(session, practice, clinician=clinician, given_name="Rosa", **client_fields)
    portal = await make_user(session, practice, Role.client, client=client)
    return practice, clinician, client, portal


async def assign(session, clinician, client, kind: str, schedule: str = "once", *, days_ago: int = 0, **extra):
    """Assign homework; `days_ago` moves its first day into the past (as if assigned then)."""
    row = await service.assign(session, actor(clinician), client.id,
                               HomeworkCreate(kind=kind, schedule=schedule, **extra))
    if days_ago:
        row.starts_on = row.starts_on - timedelta(days=days_ago)
        await session.flush()
    return row


async def assignment(session, row_id) -> HomeworkAssignment:
    return await session.get(HomeworkAssignment, row_id)
