"""The optional AI summary on a referral's page: draft it, read each sentence with its evidence, mark it
reviewed. Thin: intake/summary.py does the work."""

from __future__ import annotations

import uuid
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from alliance.errors import AllianceError
from alliance.intake import summary
from alliance.web.deps import DB, CurrentActor

router = APIRouter(include_in_schema=False)


async def context(session: Any, actor: Any, r: Any) -> dict[str, Any]:
    """What the referral page needs for its summary section (nothing without clinical content)."""
    if not r.clinical:
        return {"summary": None, "summary_available": False}
    row = await summary.latest(session, actor, r.id)
    return {
        "summary": summary.view(row, r.triage.id if r.triage else None) if row is not None else None,
        "summary_available": await summary.available(session, r.practice_id),
    }


async def _refused(
    request: Request, actor: Any, session: Any, referral_id: uuid.UUID, exc: AllianceError
) -> Response:
    from alliance.intake import pages

    if exc.status_code in (403, 404):
        raise exc
    await pages._undo(request, session)
    return await pages._referral_page(
        request,
        actor,
        session,
        referral_id,
        flash=exc.detail,
        flash_kind="error",
        status_code=exc.status_code,
    )


@router.post("/intake/referrals/{referral_id}/summaries")
async def draft_summary(
    request: Request, referral_id: uuid.UUID, actor: CurrentActor, session: DB
) -> Response:
    """Queue a draft; back to the referral, whose summary section says it is being drafted."""
    try:
        await summary.request_summary(session, actor, referral_id)
    except AllianceError as exc:
        return await _refused(request, actor, session, referral_id, exc)
    return RedirectResponse(f"/intake/referrals/{referral_id}?done=summary#summary", status_code=303)


@router.post("/intake/referrals/{referral_id}/summaries/{summary_id}/review")
async def review_summary(
    request: Request, referral_id: uuid.UUID, summary_id: uuid.UUID, actor: CurrentActor, session: DB
) -> Response:
    """Mark the summary reviewed (the tier stays as it is)."""
    try:
        await summary.mark_reviewed(session, actor, referral_id, summary_id)
    except AllianceError as exc:
        return await _refused(request, actor, session, referral_id, exc)
    return RedirectResponse(f"/intake/referrals/{referral_id}?done=summary_reviewed#summary", status_code=303)
