"""JSON API: the AI-quality figures (`GET /api/v1/insights/ai`), with an optional breakdown by client group."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from fastapi import APIRouter, Query

from alliance.insights import ai
from alliance.web.deps import DB, CurrentActor
from alliance.web.errors import error_responses

router = APIRouter(prefix="/api/v1", tags=["insights"], responses=error_responses(400, 401, 403, 404))


@router.get("/insights/ai", response_model=dict[str, Any])
async def ai_quality(actor: CurrentActor, session: DB,
                     start: date | None = Query(default=None, description="First day (default: 90 days ago)"),
                     end: date | None = Query(default=None, description="Last day, included (default: today)"),
                     clinician_id: uuid.UUID | None = Query(default=None, description="One clinician's clients"),
                     by: str | None = Query(default=None, max_length=40,
                                            description="A client group: language, country, age_band, gender, "
                                                        "ethnicity, sexual_orientation, practice_group")
                     ) -> dict[str, Any]:
    """Note drafts (edit distance, unsupported sentences, time to sign), the crisis screen's alerts as clinicians
    judged them, the companion's blocked replies, ratings and escalations, and model calls, for the clients your
    insights cover (admins: the practice; supervisors: their team; clinicians: their caseload)."""
    result = await ai.ai_quality(session, actor, ai.period_for(start, end), clinician_id=clinician_id, by=by)
    return result.to_dict()
