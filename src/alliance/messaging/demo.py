"""Demo: a short exchange between Marisol and Dr. Okafor, so the Messages tabs are not empty on a first look."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from alliance.accounts.models import User
from alliance.messaging import service
from alliance.messaging.models import MessageThread
from alliance.messaging.schemas import MessageCreate
from alliance.security.audit import Actor

EXCHANGE = [
    ("client", "Hi Dr. Okafor, could we move Thursday's session to later in the afternoon? I have a work meeting "
               "until four."),
    ("clinician", "Of course. I will move it on my calendar today; you will see the new time under Appointments."),
    ("client", "Thank you! I did the breathing practice twice this week."),
]


async def seed_messages(session: AsyncSession, practice_id: uuid.UUID, staff: Sequence[Any],
                        clients: Sequence[tuple[uuid.UUID, int]]) -> int:
    """Seed the exchange for the demo clinician's first client (who has the portal log-in); 0 when already there."""
    client_id = next((cid for cid, who in clients if who == 1), None)
    if client_id is None or await session.scalar(select(MessageThread.id).where(MessageThread.client_id == client_id)):
        return 0
    portal = (await session.execute(select(User).where(User.client_id == client_id))).scalars().first()
    if portal is None:
        return 0
    people = {"client": Actor(portal.id, "client", practice_id, client_id=client_id),
              "clinician": Actor(staff[1].id, "clinician", practice_id)}
    for who, text in EXCHANGE:
        await service.send_message(session, people[who], client_id, MessageCreate(text=text))
    return len(EXCHANGE)
