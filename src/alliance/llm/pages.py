"""Pages: the prompt catalogue (browse, compare, adapt, approve) and, for admins, models and the call log."""

from __future__ import annotations

from datetime import datetime, timedelta

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import RedirectResponse, Response

from alliance.db.base import utcnow
from alliance.errors import NotFound
from alliance.llm import service
from alliance.llm.prompts import list_templates
from alliance.security.authz import require_role
from alliance.web.deps import DB, CurrentActor
from alliance.web.templates import render

# Which feature renders each template today; the others are in the catalogue for features still being built.
USED_BY = {"note.draft": "session-note drafting (every format)"}

router = APIRouter(include_in_schema=False)


@router.get("/prompts")
async def catalogue(request: Request, actor: CurrentActor, session: DB) -> Response:
    """Every template with the version this practice uses."""
    require_role(actor, "admin", "clinician", "supervisor", action="llm.prompts.read")
    rows = []
    for template in list_templates():
        in_use = await service.effective_template(session, actor.practice_id, template.id)
        rows.append((template, in_use))
    return render(request, "llm/catalogue.html", {"rows": rows, "used_by": USED_BY})


@router.get("/prompts/{template_id}")
async def template_page(request: Request, template_id: str, actor: CurrentActor, session: DB,
                        compare: int | None = Query(default=None, ge=1), to: int | None = Query(default=None, ge=1),
                        edit: bool = False) -> Response:
    """A template's versions; compare two; adapt it; approve a practice draft."""
    require_role(actor, "admin", "clinician", "supervisor", action="llm.prompts.read")
    versions = await service.versions(session, actor, template_id)
    by_version = {v.template.version: v for v in versions}
    diff = None
    if compare and to:
        if compare not in by_version or to not in by_version:
            raise NotFound("No such version to compare.")
        diff = service.diff(by_version[compare].template, by_version[to].template)
    current = next((v for v in versions if v.in_use), versions[0])
    return render(request, "llm/template.html", {"versions": versions, "current": current, "diff": diff,
                                                 "compare": compare, "to": to, "edit": edit,
                                                 "can_edit": actor.role in ("clinician", "supervisor"),
                                                 "can_approve": actor.role == "supervisor"})


@router.post("/prompts/{template_id}/drafts")
async def template_draft(template_id: str, actor: CurrentActor, session: DB,
                         system: str = Form(max_length=20_000), user: str = Form(max_length=20_000),
                         change_note: str = Form(min_length=3, max_length=500),
                         base_version: int | None = Form(default=None)) -> Response:
    """Save an adapted version as a draft."""
    await service.create_draft(session, actor, template_id, system=system, user=user, change_note=change_note,
                               base_version=base_version)
    return RedirectResponse(f"/prompts/{template_id}", status_code=303)


@router.post("/prompts/{template_id}/versions/{version}/approve")
async def template_approve(template_id: str, version: int, actor: CurrentActor, session: DB) -> Response:
    """Approve a practice draft (supervisors)."""
    await service.approve(session, actor, template_id, version)
    return RedirectResponse(f"/prompts/{template_id}", status_code=303)


@router.get("/admin/models")
async def models_page(request: Request, actor: CurrentActor, session: DB) -> Response:
    """Configured providers, and which one each purpose uses."""
    require_role(actor, "admin", action="llm.models.read")
    return render(request, "llm/models.html", {"providers": service.providers(),
                                               "purposes": await service.purpose_map(session, actor.practice_id)})


@router.post("/admin/models")
async def models_update(actor: CurrentActor, session: DB, purpose: str = Form(max_length=40),
                        provider: str = Form(max_length=64)) -> Response:
    """Choose the provider of a purpose."""
    await service.set_purpose_provider(session, actor, purpose, provider)
    return RedirectResponse("/admin/models", status_code=303)


@router.get("/admin/llm-calls")
async def calls_page(request: Request, actor: CurrentActor, session: DB,
                     purpose: str | None = Query(default=None, max_length=40),
                     provider: str | None = Query(default=None, max_length=64),
                     outcome: str | None = Query(default=None, max_length=20),
                     days: int = Query(default=30, ge=1, le=3650)) -> Response:
    """The call log: every model call (no text), filtered, with totals."""
    since: datetime = utcnow() - timedelta(days=days)
    rows, totals = await service.list_calls(session, actor, purpose=purpose or None, provider=provider or None,
                                            outcome=outcome or None, since=since)
    return render(request, "llm/calls.html", {"calls": rows, "totals": totals, "purpose": purpose or "",
                                              "provider": provider or "", "outcome": outcome or "", "days": days,
                                              "purposes": service.PURPOSES, "providers": service.providers()})
