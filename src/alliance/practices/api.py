"""JSON API: the practice's settings."""

from __future__ import annotations

from fastapi import APIRouter

from alliance.practices import service
from alliance.practices.schemas import PracticeRead, PracticeUpdate
from alliance.web.deps import DB, CurrentActor
from alliance.web.errors import error_responses

router = APIRouter(prefix="/api/v1", tags=["practice"], responses=error_responses(400, 401, 403))


@router.get("/practice", response_model=PracticeRead)
async def get_practice(actor: CurrentActor, session: DB) -> PracticeRead:
    """Your practice and its settings."""
    return PracticeRead.model_validate(await service.get_practice(session, actor))


@router.patch("/practice", response_model=PracticeRead)
async def update_practice(data: PracticeUpdate, actor: CurrentActor, session: DB) -> PracticeRead:
    """Change the practice's settings (admins)."""
    return PracticeRead.model_validate(await service.update_practice(session, actor, data))
