"""JSON API: the audit log (admins)."""

from __future__ import annotations

import uuid
from datetime import datetime

from fastapi import APIRouter, Query
from pydantic import BaseModel, ConfigDict, Field

from alliance.security import audit
from alliance.security.authz import require_role
from alliance.web.deps import DB, CurrentActor
from alliance.web.errors import error_responses

router = APIRouter(prefix="/api/v1", tags=["audit"], responses=error_responses(401, 403))


class AuditEventRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    seq: int = Field(description="The entry's number in this practice's log (not the platform-wide chain position)")
    at: datetime
    actor_id: uuid.UUID | None
    actor_role: str | None
    client_id: uuid.UUID | None
    action: str
    resource_type: str | None
    resource_id: str | None
    outcome: str
    detail: str | None


class VerifyRead(BaseModel):
    ok: bool
    checked: int
    first_bad_seq: int | None
    reason: str | None


@router.get("/audit", response_model=list[AuditEventRead])
async def list_events(
    actor: CurrentActor,
    session: DB,
    client_id: uuid.UUID | None = None,
    actor_id: uuid.UUID | None = None,
    action: str | None = Query(default=None, max_length=80),
    before_seq: int | None = Query(default=None, ge=1, le=2**62,
                                   description="Only entries numbered below this (the practice's numbers)"),
    limit: int = Query(default=100, ge=1, le=1000),
) -> list[AuditEventRead]:
    """Audit events of the practice, newest first (admins)."""
    require_role(actor, "admin", action="audit.read")
    rows = await audit.events(session, practice_id=actor.practice_id, client_id=client_id, actor_id=actor_id,
                              action=action, before_seq=before_seq, limit=limit)
    return [AuditEventRead.model_validate(r).model_copy(update={"seq": r.practice_seq}) for r in rows]


@router.get("/audit/verify", response_model=VerifyRead)
async def verify(actor: CurrentActor, session: DB) -> VerifyRead:
    """Check the whole keyed chain and its signed checkpoints (admins; numbers are the practice's own)."""
    require_role(actor, "admin", action="audit.verify")
    result = await audit.for_practice(session, await audit.verify(session), actor.practice_id)
    return VerifyRead(ok=result.ok, checked=result.checked, first_bad_seq=result.first_bad_seq, reason=result.reason)
