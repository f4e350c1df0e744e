"""Today: a clinician's start page. Each domain adds its section through `web.panels.today_section`."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from alliance.web import panels
from alliance.web.deps import DB, CurrentActor
from alliance.web.templates import render
from alliance.web.timefmt import to_local

router = APIRouter(include_in_schema=False)


@router.get("/today")
async def today(request: Request, actor: CurrentActor, session: DB) -> Response:
    """Today's sessions, notes waiting for signature, open alerts, overdue questionnaires, and what later areas add."""
    if actor.role not in ("clinician", "supervisor"):
        return RedirectResponse("/portal" if actor.role == "client" else "/caseload", status_code=303)
    from alliance.db.base import utcnow
    from alliance.security.authz import kept_visible_clients

    # The sections (sessions, homework, plans) each need the actor's active clients: one read, kept for the
    # transaction (security/authz.py), instead of one each.
    await kept_visible_clients(session, actor, "active")
    zone = getattr(getattr(request.state, "who", None), "zone", None)
    return render(request, "today.html", {"sections": await panels.today_sections(session, actor),
                                          "now": to_local(utcnow(), zone)})
