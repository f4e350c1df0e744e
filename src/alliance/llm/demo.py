"""Demo model-gateway data: a practice prompt version drafted by a supervisee, waiting for the supervisor."""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from alliance.accounts.models import User
from alliance.llm import service
from alliance.llm.prompts import get_template
from alliance.security.audit import Actor

TEMPLATE = "note.draft"


async def seed_prompt_draft(session: AsyncSession, practice_id: uuid.UUID, staff: list[User]) -> None:
    """Sam (a supervisee) adapts the note-drafting prompt; Dr. Abernathy sees it waiting for approval."""
    base = get_template(TEMPLATE)
    author = Actor(staff[2].id, "clinician", practice_id)
    await service.create_draft(
        session, author, TEMPLATE,
        system=base.system + "\nWrite the client's own words about goals in quotation marks where the transcript "
                             "has them.",
        user=base.user,
        change_note="Keep the client's own words about their goals in the note (practice style).")
