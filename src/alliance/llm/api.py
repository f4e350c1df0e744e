"""JSON API: model providers per purpose, the call log, and the prompt catalogue with practice versions."""

from __future__ import annotations

from datetime import datetime

from fastapi import APIRouter, Query

from alliance.llm import service
from alliance.llm.schemas import (
    CallLog,
    CallRead,
    CallTotalsRead,
    PromptDraft,
    PromptVersionRead,
    ProviderRead,
    PurposeUpdate,
)
from alliance.security.authz import require_role
from alliance.web.deps import DB, CurrentActor
from alliance.web.errors import error_responses

router = APIRouter(prefix="/api/v1", tags=["models"], responses=error_responses(400, 401, 403, 404, 409))


@router.get("/llm/providers", response_model=list[ProviderRead])
async def list_providers(actor: CurrentActor) -> list[ProviderRead]:
    """The model providers configured on this server, with their privacy class (staff)."""
    require_role(actor, "admin", "clinician", "supervisor", action="llm.providers.read")
    return [ProviderRead(name=p.name, kind=p.kind, model=p.model, privacy=p.privacy or "external")
            for p in service.providers().values()]


@router.get("/llm/purposes", response_model=dict[str, str])
async def purposes(actor: CurrentActor, session: DB) -> dict[str, str]:
    """Which provider each purpose uses in your practice."""
    require_role(actor, "admin", "clinician", "supervisor", action="llm.purposes.read")
    return await service.purpose_map(session, actor.practice_id)


@router.put("/llm/purposes/{purpose}", response_model=dict[str, str])
async def set_purpose(purpose: str, data: PurposeUpdate, actor: CurrentActor, session: DB) -> dict[str, str]:
    """Choose the provider for a purpose (admins)."""
    await service.set_purpose_provider(session, actor, purpose, data.provider)
    return await service.purpose_map(session, actor.practice_id)


@router.get("/llm/calls", response_model=CallLog)
async def calls(actor: CurrentActor, session: DB, purpose: str | None = Query(default=None, max_length=40),
                provider: str | None = Query(default=None, max_length=64),
                outcome: str | None = Query(default=None, max_length=20), since: datetime | None = None,
                limit: int = Query(default=200, ge=1, le=1000)) -> CallLog:
    """The practice's model calls (no text), newest first, with totals (admins)."""
    rows, totals = await service.list_calls(session, actor, purpose=purpose, provider=provider, outcome=outcome,
                                            since=since, limit=limit)
    return CallLog(totals=CallTotalsRead(**totals.__dict__), calls=[CallRead.model_validate(r) for r in rows])


def _version(item: service.TemplateVersion) -> PromptVersionRead:
    t = item.template
    return PromptVersionRead(template_id=t.id, version=t.version, purpose=t.purpose, source=item.source,
                             status=item.status, in_use=item.in_use, system=t.system, user=t.user,
                             change_note=item.change_note, author=item.author, approver=item.approver)


@router.get("/prompts/{template_id}", response_model=list[PromptVersionRead])
async def prompt_versions(template_id: str, actor: CurrentActor, session: DB) -> list[PromptVersionRead]:
    """Every version of a template (catalogue and practice), newest first, marking the one in use."""
    return [_version(v) for v in await service.versions(session, actor, template_id)]


@router.post("/prompts/{template_id}/drafts", response_model=PromptVersionRead, status_code=201)
async def draft_prompt(template_id: str, data: PromptDraft, actor: CurrentActor, session: DB) -> PromptVersionRead:
    """Adapt a template for the practice (clinicians, supervisors); it needs a supervisor's approval."""
    row = await service.create_draft(session, actor, template_id, system=data.system, user=data.user,
                                     change_note=data.change_note, base_version=data.base_version)
    return next(_version(v) for v in await service.versions(session, actor, template_id)
                if v.source == "practice" and v.template.version == row.version)


@router.post("/prompts/{template_id}/versions/{version}/approve", response_model=PromptVersionRead)
async def approve_prompt(template_id: str, version: int, actor: CurrentActor, session: DB) -> PromptVersionRead:
    """Approve a practice version (supervisors); it becomes the one in use."""
    await service.approve(session, actor, template_id, version)
    return next(_version(v) for v in await service.versions(session, actor, template_id)
                if v.source == "practice" and v.template.version == version)
