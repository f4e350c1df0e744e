"""The clinician's between-session summary on the client's Companion area: draft it, read it with its evidence
turns, mark it reviewed. Thin: companion/summary.py does the work."""

from __future__ import annotations

import uuid

from fastapi import APIRouter
from fastapi.responses import RedirectResponse, Response

from alliance.companion import summary
from alliance.security.audit import Actor
from alliance.web import panels
from alliance.web.deps import DB, CurrentActor

router = APIRouter(include_in_schema=False)


@panels.client_panel(15, area="companion")
async def client_summary_panel(session, actor: Actor, client,  # noqa: ANN001
                               actions: set[str]) -> panels.Panel | None:
    """The newest summary (AI-drafted, each sentence linked to its turns) and the button to draft one."""
    if "clinical.read" not in actions:
        return None
    row = await summary.latest(session, actor, client.id)
    return panels.Panel("companion/_client_summary.html", {
        "client": client, "summary": summary.summary_read(row) if row is not None else None,
        "can_write": "clinical.write" in actions, "window_days": summary.WINDOW_DAYS})


@router.post("/clients/{client_id}/companion/summaries")
async def draft_summary(client_id: uuid.UUID, actor: CurrentActor, session: DB) -> Response:
    """Queue a draft; back to the summary, which says it is being drafted."""
    await summary.request_summary(session, actor, client_id)
    return RedirectResponse(f"/clients/{client_id}?area=companion#companion-summary", status_code=303)


@router.post("/clients/{client_id}/companion/summaries/{summary_id}/review")
async def review_summary(client_id: uuid.UUID, summary_id: uuid.UUID, actor: CurrentActor, session: DB) -> Response:
    """Mark the summary reviewed."""
    await summary.mark_reviewed(session, actor, client_id, summary_id)
    return RedirectResponse(f"/clients/{client_id}?area=companion#companion-summary", status_code=303)
