"""Pages: the practice's settings (admins)."""

from __future__ import annotations

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from alliance.practices import service
from alliance.practices.schemas import PracticeUpdate
from alliance.security.authz import require_role
from alliance.web.deps import DB, CurrentActor
from alliance.web.templates import render

router = APIRouter(include_in_schema=False)


@router.get("/admin/practice")
async def practice_page(request: Request, actor: CurrentActor, session: DB) -> Response:
    """Practice settings."""
    require_role(actor, "admin", action="practice.read")
    return render(request, "admin_practice.html", {"practice": await service.get_practice(session, actor)})


@router.post("/admin/practice")
async def practice_update(actor: CurrentActor, session: DB, mfa_required: bool = Form(default=False),
                          audio_retention_days: int = Form(ge=0, le=3650),
                          record_retention_years: int = Form(ge=0, le=100)) -> Response:
    """Save practice settings."""
    await service.update_practice(session, actor, PracticeUpdate(
        mfa_required=mfa_required, audio_retention_days=audio_retention_days,
        record_retention_years=record_retention_years))
    return RedirectResponse("/admin/practice", status_code=303)
