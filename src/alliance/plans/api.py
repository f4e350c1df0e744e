"""JSON API: treatment plans (create, edit the draft, sign, amend, review, history, progress), exports (PDF,
FHIR CarePlan) and the CarePlan import, templates, the AI draft (request, read, apply the decisions), and the
portal's read and acknowledgement. Thin: parse, call the service, return.
"""

from __future__ import annotations

import uuid
from typing import Any

from fastapi import APIRouter, Body
from fastapi.responses import Response

from alliance.errors import Forbidden, NotFound
from alliance.plans import drafts, export, progress, service, templates
from alliance.plans.schemas import (
    AmendmentCreate,
    DraftDecisions,
    DraftRead,
    PlanCreate,
    PlanProgress,
    PlanRead,
    PlanUpdate,
    ReviewCreate,
    RevisionRead,
    SignRequest,
    TemplateBody,
    TemplateRead,
)
from alliance.web.deps import DB, CurrentActor
from alliance.web.errors import error_responses

router = APIRouter(prefix="/api/v1", tags=["plans"], responses=error_responses(400, 401, 403, 404))


async def _read(session, actor, plan) -> PlanRead:  # noqa: ANN001
    from alliance.clients.models import Client

    client = await session.get(Client, plan.client_id)
    return service.plan_read(plan, await service.client_today(session, client))


# --- templates
# ------------------------------------------------------------------------------------------------------

@router.get("/plans/templates", response_model=list[TemplateRead])
async def list_templates(actor: CurrentActor, session: DB) -> list[TemplateRead]:
    """The package's plan templates (with their sources) and the practice's own."""
    if actor.role == "client":
        raise Forbidden("Plan templates are for the practice's staff.")
    return await templates.list_templates(session, actor)


@router.post("/plans/templates", response_model=TemplateRead, status_code=201, responses=error_responses(409))
async def add_template(data: TemplateBody, actor: CurrentActor, session: DB) -> TemplateRead:
    """Add a practice template (admins and supervisors)."""
    await templates.add_template(session, actor, data)
    return templates.read(data, builtin_=False)


@router.delete("/plans/templates/{key}", status_code=204)
async def archive_template(key: str, actor: CurrentActor, session: DB) -> Response:
    """Take a practice template out of use."""
    await templates.archive_template(session, actor, key)
    return Response(status_code=204)


# --- plans
# ----------------------------------------------------------------------------------------------------------

@router.get("/clients/{client_id}/plans", response_model=list[PlanRead])
async def client_plans(client_id: uuid.UUID, actor: CurrentActor, session: DB) -> list[PlanRead]:
    """The client's plans, newest first."""
    return [await _read(session, actor, p) for p in await service.list_plans(session, actor, client_id)]


@router.post("/clients/{client_id}/plans", response_model=PlanRead, status_code=201)
async def create(client_id: uuid.UUID, data: PlanCreate, actor: CurrentActor, session: DB) -> PlanRead:
    """A new draft plan, written out or started from a template (treating clinicians)."""
    return await _read(session, actor, await service.create_plan(session, actor, client_id, data))


@router.post("/clients/{client_id}/plans/fhir", response_model=PlanRead, status_code=201)
async def import_care_plan(
    client_id: uuid.UUID,
    actor: CurrentActor,
    session: DB,
    data: Any = Body(..., description="a FHIR R4 CarePlan, or a Bundle holding one"),
) -> PlanRead:
    """Import a CarePlan from an EHR as a draft plan (400 InvalidCarePlan when it cannot become one)."""
    return await _read(session, actor, await export.import_fhir(session, actor, client_id, data))


@router.get("/plans/{plan_id}", response_model=PlanRead)
async def read(plan_id: uuid.UUID, actor: CurrentActor, session: DB) -> PlanRead:
    """One plan."""
    return await _read(session, actor, await service.get_plan(session, actor, plan_id))


@router.put("/plans/{plan_id}", response_model=PlanRead, responses=error_responses(409))
async def update(plan_id: uuid.UUID, data: PlanUpdate, actor: CurrentActor, session: DB) -> PlanRead:
    """Save the draft (409 once signed: amend or review it)."""
    return await _read(session, actor, await service.update_plan(session, actor, plan_id, data))


@router.post("/plans/{plan_id}/sign", response_model=PlanRead, responses=error_responses(409))
async def sign(
    plan_id: uuid.UUID, actor: CurrentActor, session: DB, data: SignRequest | None = None
) -> PlanRead:
    """Sign and lock the plan; the client's previous signed plan is closed (a trainee's plan: once co-signed)."""
    plan = await service.sign(session, actor, plan_id, confirm=(data or SignRequest()).confirm)
    return await _read(session, actor, plan)


@router.post("/plans/{plan_id}/cosign", response_model=PlanRead, responses=error_responses(403, 409))
async def cosign(
    plan_id: uuid.UUID, actor: CurrentActor, session: DB, data: SignRequest | None = None
) -> PlanRead:
    """The trainee's supervisor co-signs the signed plan; the client sees it from then on."""
    plan = await service.cosign(session, actor, plan_id, confirm=(data or SignRequest()).confirm)
    return await _read(session, actor, plan)


@router.post("/plans/{plan_id}/amendments", response_model=RevisionRead, status_code=201,
             responses=error_responses(409))
async def amend(plan_id: uuid.UUID, data: AmendmentCreate, actor: CurrentActor, session: DB) -> RevisionRead:
    """Amend a signed plan (a reason and the plan as it now stands): the next version."""
    return service.revision_read(await service.amend(session, actor, plan_id, data))


@router.post("/plans/{plan_id}/reviews", response_model=RevisionRead, status_code=201,
             responses=error_responses(409))
async def review(plan_id: uuid.UUID, data: ReviewCreate, actor: CurrentActor, session: DB) -> RevisionRead:
    """Record a review of a signed plan: what was found, the next review date, the plan if it changes."""
    return service.revision_read(await service.review(session, actor, plan_id, data))


@router.get("/plans/{plan_id}/history", response_model=list[RevisionRead])
async def history(plan_id: uuid.UUID, actor: CurrentActor, session: DB) -> list[RevisionRead]:
    """Every signed version, oldest first."""
    return [service.revision_read(r) for r in await service.history(session, actor, plan_id)]


@router.get("/plans/{plan_id}/progress", response_model=PlanProgress)
async def plan_progress(plan_id: uuid.UUID, actor: CurrentActor, session: DB) -> PlanProgress:
    """Each objective's current value, trend and status (met, on track, not on track, no data), and the rule.
    """
    return await progress.plan_progress(session, actor, await service.get_plan(session, actor, plan_id))


@router.get("/plans/{plan_id}/pdf", response_class=Response,
            responses={200: {"content": {"application/pdf": {}}, "description": "The plan as a PDF"}})
async def pdf(plan_id: uuid.UUID, actor: CurrentActor, session: DB) -> Response:
    """The plan as a PDF for the record."""
    name, data = await export.export_pdf(session, actor, plan_id)
    return Response(
        data, media_type="application/pdf", headers={"Content-Disposition": f'attachment; filename="{name}"'}
    )


@router.get("/plans/{plan_id}/fhir")
async def fhir_care_plan(plan_id: uuid.UUID, actor: CurrentActor, session: DB) -> Response:
    """The plan as a FHIR R4 CarePlan with its Goals (targets coded with LOINC) and Conditions contained."""
    import json

    data = await export.export_fhir(session, actor, plan_id)
    return Response(
        json.dumps(data),
        media_type="application/fhir+json",
        headers={"Content-Disposition": f'attachment; filename="careplan-{str(plan_id)[:8]}.json"'},
    )


# --- the AI draft
# -----------------------------------------------------------------------------------------------------

@router.post("/clients/{client_id}/plans/drafts", response_model=DraftRead, status_code=202,
             responses=error_responses(409, 503))
async def request_draft(client_id: uuid.UUID, actor: CurrentActor, session: DB) -> DraftRead:
    """Queue an AI draft of a plan from the client's record (it takes a minute or two); poll the draft."""
    return drafts.draft_read(await drafts.request_draft(session, actor, client_id))


@router.get("/plans/drafts/{draft_id}", response_model=DraftRead)
async def read_draft(draft_id: uuid.UUID, actor: CurrentActor, session: DB) -> DraftRead:
    """The draft: its status while drafting, then every item with its evidence and whether it is supported."""
    return drafts.draft_read(await drafts.get_draft(session, actor, draft_id))


@router.post("/plans/drafts/{draft_id}/apply", response_model=PlanRead, responses=error_responses(409))
async def apply_draft(
    draft_id: uuid.UUID, data: DraftDecisions, actor: CurrentActor, session: DB
) -> PlanRead:
    """Accept, edit or reject each drafted item; the accepted ones go into a draft plan, still to be signed.
    """
    return await _read(session, actor, await drafts.apply_draft(session, actor, draft_id, data))


# --- the portal
# -------------------------------------------------------------------------------------------------------

@router.get("/portal/plan", response_model=PlanRead)
async def portal_plan(actor: CurrentActor, session: DB) -> PlanRead:
    """The client's signed plan in force."""
    if actor.role != "client" or actor.client_id is None:
        raise Forbidden("Only clients use the portal.")
    plan = await service.current_plan(session, actor, actor.client_id)
    if plan is None:
        raise NotFound("You have no signed treatment plan yet.")
    return await _read(session, actor, plan)


@router.post("/portal/plan/{plan_id}/acknowledge", response_model=PlanRead, responses=error_responses(409))
async def acknowledge(plan_id: uuid.UUID, actor: CurrentActor, session: DB) -> PlanRead:
    """The client acknowledges the plan's current version (optional; the time is recorded)."""
    return await _read(session, actor, await service.acknowledge(session, actor, plan_id))
