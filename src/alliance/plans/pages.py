"""Pages: the Plan area of the client workspace (the plan in force with its progress and charts, other plans,
the "Draft with AI" button, the CarePlan import), the new-plan page (start from a template), the plan page
(sign, amend, review, history, PDF and FHIR), the practice's templates, a Today section and a caseload column;
the portal's "My plan" area with the acknowledgement. The AI draft's review page is in draft_pages.py.

Plain forms that work without JavaScript; a mistake comes back with what was typed and nothing saved.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from alliance.clients.models import Client
from alliance.db.base import utcnow
from alliance.errors import AllianceError, BadRequest, Forbidden
from alliance.homework.schemas import KINDS as HOMEWORK_KINDS
from alliance.plans import drafts, export, forms, progress, service, templates
from alliance.plans.schemas import AmendmentCreate, PlanCreate, PlanUpdate, ReviewCreate
from alliance.security.audit import Actor
from alliance.security.authz import allowed_actions
from alliance.web import panels
from alliance.web.deps import DB, CurrentActor
from alliance.web.i18n import N_
from alliance.web.templates import render

router = APIRouter(include_in_schema=False)

panels.client_area("plan", "Plan", 15)
panels.portal_area("plan", N_("My plan"), 25)

STATUS_LABELS = {"met": N_("Met"), "on_track": N_("On track"), "not_on_track": N_("Not on track"),
                 "no_data": N_("No data yet"), "not_measured": N_("Not measured")}
TREND_LABELS = {"improving": N_("improving"), "worsening": N_("worsening"), "steady": N_("steady")}
# The comparison words of the portal's charts (schemas.COMPARISONS), marked here so that extraction finds
# them.
CLIENT_WORDS = (N_("below"), N_("at or below"), N_("above"), N_("at or above"))
PLAN_STATUS = {"draft": "Draft (not signed)", "signed": "Signed", "closed": "Replaced by a newer plan"}


def editor_context(form: dict[str, Any]) -> dict[str, Any]:
    """What templates/plans/_editor.html needs besides the typed form."""
    return {"form": form, "measures": forms.measure_choices(), "comparisons": forms.COMPARISON_CHOICES,
            "homework_kinds": {k: v[0] for k, v in HOMEWORK_KINDS.items()}}


async def _client(session, actor: Actor, client_id: uuid.UUID) -> tuple[Client, set[str]]:  # noqa: ANN001
    from alliance.clients import service as clients_service

    client = await clients_service.get_client(session, actor, client_id)
    return client, {a.value for a in await allowed_actions(session, actor, client)}


async def progress_view(session, actor: Actor, plan) -> dict[str, Any]:  # noqa: ANN001
    """Progress by objective id, with a chart for each measured objective."""
    prog = await progress.plan_progress(session, actor, plan)
    items = {}
    for n, p in enumerate(prog.objectives):
        items[p.objective_id] = {"p": p, "chart": progress.chart(p, f"plan-{str(plan.id)[:8]}-{n}")}
    return {"progress": prog, "by_objective": items}


# --- the clinician's Plan area
# ---------------------------------------------------------------------------------

@panels.client_panel(10, area="plan")
async def client_plan_panel(session, actor: Actor, client, actions: set[str]) -> panels.Panel:  # noqa: ANN001
    """The plan in force with its progress, the other plans, drafting with AI and the CarePlan import."""
    if "clinical.read" not in actions:
        return panels.Panel("plans/_not_clinical.html", {})
    plans = await service.list_plans(session, actor, client.id)
    current = service.pick_current(plans)
    today = await service.client_today(session, client)
    context: dict[str, Any] = {
        "client": client,
        "plans": plans,
        "current": current,
        "today": today,
        "can_write": "clinical.write" in actions,
        "content": service.content_of(current) if current else None,
        "status_labels": STATUS_LABELS,
        "plan_status": PLAN_STATUS,
        "trend_labels": TREND_LABELS,
        "drafting": drafts.available(),
        "draft": await drafts.latest_draft(session, actor, client.id),
        "review_due": current is not None and service.review_due(current, today),
    }
    if current is not None:
        context |= await progress_view(session, actor, current)
    return panels.Panel("plans/_client_panel.html", context)


@router.get("/clients/{client_id}/plans/new")
async def new_plan(request: Request, client_id: uuid.UUID, actor: CurrentActor, session: DB,
                   template: str | None = None) -> Response:
    """The new-plan page: start from a template (package or practice) or a blank plan."""
    client, actions = await _client(session, actor, client_id)
    await service.authorize_write(session, actor, client.id)
    content = None
    if template:
        body = await templates.get_template(session, actor, template)
        content = templates.content_from(body, await service.client_today(session, client))
    return render(
        request,
        "plans/new.html",
        {
            "client": client,
            "templates": await templates.list_templates(session, actor),
            "chosen": template or "",
            **editor_context(forms.as_form(content)),
        },
    )


@router.post("/clients/{client_id}/plans")
async def create_plan(request: Request, client_id: uuid.UUID, actor: CurrentActor, session: DB) -> Response:
    """Save a new draft plan; a mistake comes back with the form as typed."""
    form = await request.form()
    typed = forms.typed(form)
    chosen = str(form.get("template") or "") or None
    try:
        content = forms.content(typed)
        plan = await service.create_plan(
            session, actor, client_id, PlanCreate(content=content, template=chosen)
        )
    except BadRequest as exc:
        client, _ = await _client(session, actor, client_id)
        return render(
            request,
            "plans/new.html",
            {
                "client": client,
                "templates": await templates.list_templates(session, actor),
                "chosen": chosen or "",
                "flash": exc.detail,
                "flash_kind": "error",
                **editor_context(typed),
            },
            status_code=400,
        )
    return RedirectResponse(f"/plans/{plan.id}?saved=1", status_code=303)


@router.get("/clients/{client_id}/plans/import")
async def import_page(request: Request, client_id: uuid.UUID, actor: CurrentActor, session: DB) -> Response:
    """Import a CarePlan from an EHR: a FHIR JSON file, or the JSON pasted."""
    client, _ = await _client(session, actor, client_id)
    await service.authorize_write(session, actor, client.id)
    return render(request, "plans/import.html", {"client": client, "typed": ""})


@router.post("/clients/{client_id}/plans/import")
async def import_plan(request: Request, client_id: uuid.UUID, actor: CurrentActor, session: DB) -> Response:
    """Save the imported CarePlan as a draft plan; a file that cannot become one comes back with the reason.
    """
    form = await request.form()
    upload = form.get("file")
    raw = await upload.read() if hasattr(upload, "read") else b""
    text = raw.decode("utf-8", "replace") if raw else str(form.get("json") or "")
    try:
        try:
            data = json.loads(text)
        except ValueError as exc:
            raise export.fhir.InvalidCarePlan(
                "This is not JSON: export the CarePlan from the EHR as FHIR JSON."
            ) from exc
        plan = await export.import_fhir(session, actor, client_id, data)
    except BadRequest as exc:
        client, _ = await _client(session, actor, client_id)
        return render(
            request,
            "plans/import.html",
            {"client": client, "typed": text[:20000], "flash": exc.detail, "flash_kind": "error"},
            status_code=400,
        )
    return RedirectResponse(f"/plans/{plan.id}?saved=imported", status_code=303)


# --- the practice's templates (admins and supervisors add; everyone on staff reads)
# ----------------------------

@router.get("/plans/templates")
async def templates_page(request: Request, actor: CurrentActor, session: DB) -> Response:
    """The package's templates with their sources, the practice's own, and the form to add one."""
    if actor.role == "client":
        raise Forbidden("Plan templates are for the practice's staff.")
    return await _templates_page(request, session, actor)


async def _templates_page(request: Request, session, actor: Actor, *, typed: str | None = None,  # noqa: ANN001
                          flash: str | None = None, saved: bool = False) -> Response:
    example = templates.dump_yaml(templates.builtin("gad-cbt")).replace("key: gad-cbt", "key: our-gad-group")  # type: ignore[arg-type]
    return render(
        request,
        "plans/templates.html",
        {
            "templates": await templates.list_templates(session, actor),
            "can_edit": actor.role in templates.EDITORS,
            "typed": typed if typed is not None else example,
            "flash": flash or ("The template is added." if saved else None),
            "flash_kind": "error" if flash else "ok",
        },
        status_code=400 if flash else 200,
    )


@router.post("/plans/templates")
async def add_template(request: Request, actor: CurrentActor, session: DB) -> Response:
    form = await request.form()
    text = str(form.get("body") or "")
    try:
        await templates.add_template(session, actor, templates.parse_yaml(text))
    except (BadRequest, AllianceError) as exc:
        if exc.status_code not in (400, 409):
            raise
        return await _templates_page(request, session, actor, typed=text, flash=exc.detail)
    return RedirectResponse("/plans/templates?saved=1", status_code=303)


@router.post("/plans/templates/{key}/archive")
async def archive_template(key: str, actor: CurrentActor, session: DB) -> Response:
    await templates.archive_template(session, actor, key)
    return RedirectResponse("/plans/templates", status_code=303)


# --- the plan page
# ---------------------------------------------------------------------------------------------

async def _plan_page(
    request: Request,
    session,
    actor: Actor,
    plan_id: uuid.UUID,
    *,  # noqa: ANN001
    flash: str | None = None,
    status_code: int = 200,
    review_form: dict | None = None,
) -> Response:
    plan = await service.get_plan(session, actor, plan_id)
    client, actions = await _client(session, actor, plan.client_id)
    today = await service.client_today(session, client)
    history = await service.history(session, actor, plan.id)
    saved = request.query_params.get("saved")
    notice = {
        "1": "The plan is saved.",
        "signed": "The plan is signed and locked.",
        "cosigned": "The plan is co-signed: the client sees it now.",
        "amended": "The amendment is " "signed: it is the plan's new version.",
        "reviewed": "The review is recorded.",
        "imported": "The CarePlan is imported as a draft: check it, then sign it.",
        "applied": "The items you accepted are in this draft plan: check it, then sign it.",
    }.get(saved or "")
    return render(
        request,
        "plans/plan.html",
        {
            "plan": plan,
            "client": client,
            "content": service.content_of(plan),
            "history": history,
            "today": today,
            "can_write": "clinical.write" in actions and actor.role in service.SIGNERS,
            "can_cosign": plan.awaiting_cosign and plan.status == "signed" and plan.cosign_by == actor.user_id,
            "plan_status": PLAN_STATUS,
            "status_labels": STATUS_LABELS,
            "trend_labels": TREND_LABELS,
            "review_due": service.review_due(plan, today),
            "flash": flash or notice,
            "flash_kind": "error" if flash else "ok",
            "review_form": review_form or {},
            "measure_names": dict(forms.measure_choices()),
            "homework_kinds": {k: v[0] for k, v in HOMEWORK_KINDS.items()},
            "rule": progress.RULE,
            **await progress_view(session, actor, plan),
        },
        status_code=status_code,
    )


@router.get("/plans/{plan_id}")
async def plan_page(request: Request, plan_id: uuid.UUID, actor: CurrentActor, session: DB) -> Response:
    """The plan: problems, goals with each objective's progress and chart, interventions, signature, history.
    """
    if actor.role == "client":
        return RedirectResponse("/portal?area=plan", status_code=303)
    return await _plan_page(request, session, actor, plan_id)


async def _editor_page(request: Request, session, actor: Actor, plan, mode: str, typed: dict,  # noqa: ANN001
                       *, flash: str | None = None, reason: str = "") -> Response:
    client = await session.get(Client, plan.client_id)
    return render(request, "plans/edit.html", {
        "plan": plan, "client": client, "mode": mode, "reason": reason, "flash": flash,
        "flash_kind": "error" if flash else None, **editor_context(typed)}, status_code=400 if flash else 200)


@router.get("/plans/{plan_id}/edit")
async def edit_page(request: Request, plan_id: uuid.UUID, actor: CurrentActor, session: DB) -> Response:
    """The editor: the draft itself, or an amendment of a signed plan (with its reason)."""
    plan = await service.get_plan(session, actor, plan_id, write=True)
    mode = "draft" if plan.status == "draft" else "amend"
    return await _editor_page(request, session, actor, plan, mode, forms.as_form(service.content_of(plan)))


@router.post("/plans/{plan_id}/edit")
async def save_edit(request: Request, plan_id: uuid.UUID, actor: CurrentActor, session: DB) -> Response:
    """Save the draft, or sign an amendment of a signed plan."""
    form = await request.form()
    typed = forms.typed(form)
    reason = str(form.get("reason") or "").strip()
    plan = await service.get_plan(session, actor, plan_id, write=True, audited=None)
    mode = "draft" if plan.status == "draft" else "amend"
    try:
        content = forms.content(typed)
        if mode == "draft":
            await service.update_plan(session, actor, plan_id, PlanUpdate(content=content))
        else:
            if not reason:
                raise BadRequest("Say why the plan changes (the reason is kept with the amendment).")
            await service.amend(
                session, actor, plan_id, AmendmentCreate(reason=reason[:2000], content=content)
            )
    except BadRequest as exc:
        plan = await service.get_plan(session, actor, plan_id, write=True, audited=None)
        return await _editor_page(request, session, actor, plan, mode, typed, flash=exc.detail, reason=reason)
    return RedirectResponse(
        f"/plans/{plan_id}?saved={'1' if mode == 'draft' else 'amended'}", status_code=303
    )


@router.post("/plans/{plan_id}/sign")
async def sign(request: Request, plan_id: uuid.UUID, actor: CurrentActor, session: DB) -> Response:
    """Sign and lock the plan (the clinician confirms they reviewed it)."""
    form = await request.form()
    try:
        await service.sign(session, actor, plan_id, confirm=form.get("confirm") == "yes")
    except BadRequest as exc:
        return await _plan_page(request, session, actor, plan_id, flash=exc.detail, status_code=400)
    return RedirectResponse(f"/plans/{plan_id}?saved=signed", status_code=303)


@router.post("/plans/{plan_id}/cosign")
async def cosign(request: Request, plan_id: uuid.UUID, actor: CurrentActor, session: DB) -> Response:
    """The supervisor co-signs the trainee's signed plan after confirming they reviewed it."""
    form = await request.form()
    try:
        await service.cosign(session, actor, plan_id, confirm=form.get("confirm") == "yes")
    except BadRequest as exc:
        return await _plan_page(request, session, actor, plan_id, flash=exc.detail, status_code=400)
    return RedirectResponse(f"/plans/{plan_id}?saved=cosigned", status_code=303)


@router.post("/plans/{plan_id}/review")
async def review(request: Request, plan_id: uuid.UUID, actor: CurrentActor, session: DB) -> Response:
    """Record a review: what was found and the next review date."""
    form = await request.form()
    typed = {
        "summary": str(form.get("summary") or "").strip(),
        "next_review_on": str(form.get("next_review_on") or ""),
    }
    try:
        if not typed["summary"]:
            raise BadRequest("Write what the review found.")
        if not typed["next_review_on"]:
            raise BadRequest("Choose the next review date.")
        from datetime import date

        try:
            next_on = date.fromisoformat(typed["next_review_on"])
        except ValueError as exc:
            raise BadRequest("The next review date is not a date (year, month and day).") from exc
        await service.review(session, actor, plan_id, ReviewCreate(summary=typed["summary"][:4000],
                                                                   next_review_on=next_on))
    except BadRequest as exc:
        return await _plan_page(request, session, actor, plan_id, flash=exc.detail, status_code=400,
                                review_form=typed)
    return RedirectResponse(f"/plans/{plan_id}?saved=reviewed#history", status_code=303)


# --- Today and the caseload
# ------------------------------------------------------------------------------------

@panels.today_section(48)
async def today_plans(session, actor) -> panels.Panel | None:  # noqa: ANN001
    """Plans whose review date has come, objectives that went off track, and (a supervisor's) trainees' plans to
    co-sign."""
    if actor.role not in service.SIGNERS:
        return None
    cosign = await service.awaiting_cosignature(session, actor) if actor.role == "supervisor" else None
    clients = await service.visible_active_clients(session, actor)
    plans = await service.signed_by_client(session, actor, clients)
    by_id = {c.id: c for c in clients}
    rows = []
    for client_id, prog in (await progress.progress_by_client(session, actor, clients, plans)).items():
        plan = plans[client_id]
        off = [p for p in prog.objectives if p.status == "not_on_track"]
        if service.review_due(plan, prog.on) or off:
            rows.append(
                {
                    "client": by_id[client_id],
                    "plan": plan,
                    "review_due": service.review_due(plan, prog.on),
                    "off": off,
                }
            )
    rows.sort(key=lambda r: (r["client"].family_name or "").casefold())
    return panels.Panel("plans/_today.html", {"rows": rows, "cosign": cosign})


@panels.caseload_column(50, "Plan")
async def caseload_plan(session, actor, clients) -> dict:  # noqa: ANN001
    """'Signed; review due 2026-05-01' per client with a signed plan (cheap: no progress computed here)."""
    out = {}
    for client_id, plan in (await service.signed_by_client(session, actor, clients)).items():
        due = plan.review_on
        out[client_id] = "Signed" + (f"; review {'due' if due and due <= utcnow().date() else 'on'} "
                                     f"{due.isoformat()}" if due else "")
    return out


# --- the portal
# --------------------------------------------------------------------------------------------------

@panels.portal_panel(10, area="plan")
async def portal_plan_panel(session, actor: Actor, client, actions: set[str]) -> panels.Panel:  # noqa: ANN001
    """The client's signed plan: goals in their words, objectives with progress, next review, acknowledgement.
    """
    plan = await service.current_plan(session, actor, client.id)
    context: dict[str, Any] = {"plan": plan, "status_labels": STATUS_LABELS, "trend_labels": TREND_LABELS,
                               "homework_kinds": {k: v[0] for k, v in HOMEWORK_KINDS.items()}}
    if plan is not None:
        context |= {"content": service.content_of(plan), **await progress_view(session, actor, plan)}
    return panels.Panel("plans/_portal_plan.html", context)


@router.post("/portal/plan/{plan_id}/acknowledge")
async def acknowledge(plan_id: uuid.UUID, actor: CurrentActor, session: DB) -> Response:
    """The client acknowledges their plan (optional; the time is recorded)."""
    await service.acknowledge(session, actor, plan_id)
    return RedirectResponse("/portal?area=plan#plan-acknowledged", status_code=303)
