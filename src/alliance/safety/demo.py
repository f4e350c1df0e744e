"""Demo safety data: a safety plan written with the demo client, an on-call clinician, and one open alert from a
portal message (all people fictional)."""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from alliance.accounts.models import User
from alliance.safety import service
from alliance.safety.schemas import SafetyPlanWrite
from alliance.security.audit import Actor

PLAN = SafetyPlanWrite(
    warning_signs=["Lying awake after 2 a.m. going over the week", "Cancelling plans with Daniel and my sister"],
    coping_strategies=["Paced breathing, 4 in and 6 out, for five minutes", "A walk round the block with the dog"],
    distractions=["Call my sister Lucía", "The pottery class on Thursdays"],
    help_contacts=["Daniel Ward, +1 503 555 0199", "Lucía, +1 503 555 0177"],
    professionals=["Dr. Maya Okafor (weekdays)", "988 Suicide & Crisis Lifeline: call or text 988"],
    environment=["Daniel keeps the spare medication in the locked cabinet"],
    reasons_for_living=["My niece's first birthday in June", "Finishing the garden"],
)


async def seed_safety(session: AsyncSession, practice_id: uuid.UUID, staff: list[User],
                      clients: list[tuple[uuid.UUID, int]]) -> None:
    """Write the plan for the first client, put a clinician on call and raise one open alert for the demo clinician."""
    admin = Actor(staff[0].id, "admin", practice_id)
    first_client, first_clinician = clients[0]
    clinician = Actor(staff[first_clinician].id, "clinician", practice_id)
    await service.save_plan(session, clinician, first_client, PLAN)
    await service.set_on_call(session, admin, staff[2].id)
    # A message from another of the demo clinician's clients, screened as every client message is.
    other = next(cid for cid, who in clients[1:] if who == first_clinician)
    await service.screen_client_text(
        session, Actor.system(practice_id), other,
        "Honestly I don't see the point any more. Everyone would be better off without me.",
        source="portal_message", source_id="demo-message-1")
