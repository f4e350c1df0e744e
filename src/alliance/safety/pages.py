"""Pages: the clinician's alert list and alert review, safety plans, the portal's help panel, admin resources."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import ValidationError
from sqlalchemy import select

from alliance.accounts.models import User
from alliance.errors import BadRequest
from alliance.safety import service
from alliance.safety.resources import all_countries, load_resources
from alliance.safety.schemas import JUDGEMENTS, SECTION_KEYS, SECTIONS, CrisisServiceCreate, SafetyPlanWrite
from alliance.security.audit import Actor
from alliance.security.authz import require_role
from alliance.web.deps import DB, CurrentActor, CurrentUser
from alliance.web.i18n import N_
from alliance.web.panels import Panel, client_area, client_banner, client_panel, portal_panel, today_section
from alliance.web.templates import render

router = APIRouter(include_in_schema=False)

# The portal shows the safety plan's sections (safety.schemas.SECTIONS) and the crisis message (safety.service.MESSAGES)
# through _(), looked up by their English text; marked here for the catalogues (tests/web/test_i18n.py checks that
# every one of them is translated, so a change there cannot slip past).
PORTAL_WORDS = (
    N_("1. Warning signs"),
    N_("Thoughts, images, moods, situations or behaviour that tell me a crisis may be starting"),
    N_("2. Things I can do on my own"),
    N_("Ways to take my mind off my problems without contacting anyone (relaxation, physical activity…)"),
    N_("3. People and places that help me feel better"), N_("People and social settings that provide distraction"),
    N_("4. People I can ask for help"), N_("Names and phone numbers"),
    N_("5. Professionals and services I can contact in a crisis"),
    N_("My clinician, an urgent care service, crisis lines"),
    N_("6. Making my surroundings safe"), N_("Steps to limit access to lethal means"),
    N_("The one thing most important to me and worth living for"),
    N_("It sounds like you may be in danger right now. Please contact emergency services or a crisis line now. "
       "Your clinician has been told."),
    N_("Thank you for telling us. You don't have to go through this alone. Your clinician has been told and will "
       "follow up. Here are people you can reach right now."),
    N_("Thank you for telling us. You don't have to go through this alone. Your clinician has been told and will "
       "follow up. Here is your safety plan and people you can reach right now."),
    N_("If you need to talk to someone now, these services can help."),
)


@router.get("/alerts")
async def alerts_page(request: Request, actor: CurrentActor, session: DB, status: str = "open") -> Response:
    """Open (or acknowledged) risk alerts, most serious first."""
    alerts = await service.list_alerts(session, actor, status=None if status == "all" else status)
    return render(request, "safety/alerts.html", {"alerts": alerts, "status": status, "judgements": JUDGEMENTS})


@router.get("/alerts/badge")
async def alerts_badge(actor: CurrentActor, session: DB) -> Response:
    """The count shown next to 'Alerts' in the navigation (HTMX fragment)."""
    count = await service.open_alert_count(session, actor)
    if not count:
        return HTMLResponse("")
    return HTMLResponse(f'<span class="badge alert" aria-label="{count} open alerts">{count}</span>')


@router.get("/alerts/{alert_id}")
async def alert_page(request: Request, alert_id: uuid.UUID, actor: CurrentActor, session: DB) -> Response:
    """One alert: why it fired, the client's words, acknowledge with a note."""
    alert, client = await service.get_alert(session, actor, alert_id)
    read = service.alert_read(alert, client_name=client.full_name, paused=await service.ai_paused(session, client.id))
    plan = await service.get_plan(session, actor, client.id)
    return render(request, "safety/alert.html", {"alert": read, "client": client, "plan": plan,
                                                 "sections": SECTIONS, "judgements": JUDGEMENTS})


@router.post("/alerts/{alert_id}/acknowledge")
async def alert_acknowledge(alert_id: uuid.UUID, actor: CurrentActor, session: DB,
                            note: str = Form(min_length=3, max_length=4000),
                            judgement: str = Form(default=""),
                            resume_ai: bool = Form(default=False)) -> Response:
    """Acknowledge with a note and a judgement (and optionally resume AI features)."""
    await service.acknowledge(session, actor, alert_id, note, judgement=judgement, resume=resume_ai)
    return RedirectResponse(f"/alerts/{alert_id}", status_code=303)


@router.post("/clients/{client_id}/ai/resume")
async def resume_page(client_id: uuid.UUID, actor: CurrentActor, session: DB,
                      note: str = Form(min_length=3, max_length=4000)) -> Response:
    """Resume the client's AI features."""
    await service.resume_ai(session, actor, client_id, note)
    return RedirectResponse(f"/clients/{client_id}", status_code=303)


def _plan_from_form(form) -> SafetyPlanWrite:  # noqa: ANN001
    return SafetyPlanWrite(**{key: str(form.get(key, "")).splitlines() for key in SECTION_KEYS})


@router.get("/clients/{client_id}/safety-plan")
async def plan_form(request: Request, client_id: uuid.UUID, actor: CurrentActor, session: DB) -> Response:
    """Write or revise the safety plan with the client."""
    from alliance.clients import service as clients_service

    client = await clients_service.get_client(session, actor, client_id)
    plan = await service.get_plan(session, actor, client_id)
    return render(request, "safety/plan_form.html", {"client": client, "plan": plan, "sections": SECTIONS,
                                                     "action": f"/clients/{client_id}/safety-plan",
                                                     "back": f"/clients/{client_id}"})


@router.post("/clients/{client_id}/safety-plan")
async def plan_save(request: Request, client_id: uuid.UUID, actor: CurrentActor, session: DB) -> Response:
    """Save a new version of the plan."""
    try:
        data = _plan_from_form(await request.form())
    except ValidationError as exc:
        raise BadRequest("; ".join(e["msg"] for e in exc.errors())) from exc
    await service.save_plan(session, actor, client_id, data)
    return RedirectResponse(f"/clients/{client_id}?area=safety", status_code=303)


@router.get("/portal/safety-plan")
async def portal_plan(request: Request, user: CurrentUser, actor: CurrentActor, session: DB, edit: bool = False) -> Response:
    """The client's safety plan, always one tap away; they can edit it too."""
    if user.client_id is None:
        return RedirectResponse("/", status_code=303)
    plan = await service.get_plan(session, actor, user.client_id)
    response = await service.crisis_response(session, user.client_id)
    return render(request, "safety/portal_plan.html", {"plan": plan, "sections": SECTIONS, "edit": edit,
                                                       "crisis": response, "action": "/portal/safety-plan",
                                                       "back": "/portal/safety-plan"})


@router.post("/portal/safety-plan")
async def portal_plan_save(request: Request, user: CurrentUser, actor: CurrentActor, session: DB) -> Response:
    """The client saves their plan."""
    if user.client_id is None:
        return RedirectResponse("/", status_code=303)
    try:
        data = _plan_from_form(await request.form())
    except ValidationError as exc:
        raise BadRequest("; ".join(e["msg"] for e in exc.errors())) from exc
    await service.save_plan(session, actor, user.client_id, data)
    return RedirectResponse("/portal/safety-plan", status_code=303)


@router.get("/admin/crisis-resources")
async def admin_resources(request: Request, actor: CurrentActor, session: DB) -> Response:
    """Shipped resources by country (with their verification note), local services, and the on-call setting."""
    require_role(actor, "admin", action="safety.resources.read")
    data = load_resources()
    countries = [(code, data.countries[code]) for code in all_countries()]
    local = await service.list_local_services(session, actor)
    settings = await service.get_safety_settings(session, actor)
    staff = (await session.execute(select(User).where(User.practice_id == actor.practice_id,
                                                      User.role.in_(("clinician", "supervisor")),
                                                      User.is_active.is_(True)))).scalars().all()
    return render(request, "safety/admin_resources.html", {
        "data": data, "countries": countries, "local": local, "settings": settings, "staff": staff})


@router.post("/admin/crisis-resources")
async def admin_add_resource(request: Request, actor: CurrentActor, session: DB) -> Response:
    """Add a local service."""
    form = await request.form()
    try:
        data = CrisisServiceCreate(
            name=form.get("name", ""), country=form.get("country") or None, phone=form.get("phone") or None,
            url=form.get("url") or None, hours=form.get("hours", ""),
            languages=[x for x in str(form.get("languages", "")).replace(",", " ").split() if x],
            notes=form.get("notes") or None, source=form.get("source", ""), checked=form.get("checked", ""))
    except ValidationError as exc:
        raise BadRequest("; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())) from exc
    await service.add_local_service(session, actor, data)
    return RedirectResponse("/admin/crisis-resources", status_code=303)


@router.post("/admin/crisis-resources/{service_id}/delete")
async def admin_delete_resource(service_id: uuid.UUID, actor: CurrentActor, session: DB) -> Response:
    """Remove a local service."""
    await service.delete_local_service(session, actor, service_id)
    return RedirectResponse("/admin/crisis-resources", status_code=303)


@router.post("/admin/on-call")
async def admin_on_call(actor: CurrentActor, session: DB, on_call_user_id: str = Form(default="")) -> Response:
    """Choose the on-call clinician."""
    try:
        user_id = uuid.UUID(on_call_user_id) if on_call_user_id else None
    except ValueError as exc:
        raise BadRequest("Choose a clinician from the list.") from exc
    await service.set_on_call(session, actor, user_id)
    return RedirectResponse("/admin/crisis-resources", status_code=303)


client_area("safety", "Safety", 30)


@client_banner(order=10)
async def _client_risk_banner(session, actor: Actor, client, actions: set[str]) -> Panel | None:  # noqa: ANN001
    """Open alerts and the AI pause above every area of the client's workspace: risk is never a tab away."""
    if "clinical.read" not in actions:
        return None
    alerts = await service.list_alerts(session, actor, status="open", client_id=client.id)
    paused = await service.ai_paused(session, client.id)
    if not alerts and not paused:
        return None
    return Panel("safety/_client_risk.html", {
        "alerts": alerts, "paused": paused, "can_write": "clinical.write" in actions, "client": client})


@client_panel(order=10, area="safety")
async def _client_safety_panel(session, actor: Actor, client, actions: set[str]) -> Panel | None:  # noqa: ANN001
    """The safety plan, its versions, and the client's alerts (open and closed) in the Safety area."""
    if "clinical.read" not in actions:
        return None
    plan = await service.get_plan(session, actor, client.id)
    history = await service.list_alerts(session, actor, status=None, client_id=client.id)
    return Panel("safety/_client_panel.html", {
        "plan": plan, "history": history, "sections": SECTIONS, "can_write": "clinical.write" in actions,
        "client": client})


@portal_panel(order=0)
async def _portal_help_panel(session, actor: Actor, client, actions: set[str]) -> Panel | None:  # noqa: ANN001
    """'If you need help now': emergency numbers and crisis lines for the client's country, and their plan."""
    response = await service.crisis_response(session, client.id)
    return Panel("safety/_portal_panel.html", {"crisis": response})




@today_section(order=10)
async def _today_alerts(session, actor: Actor) -> Panel | None:  # noqa: ANN001
    """Open risk alerts first on the Today page (an empty list is said, so 'none' is never a guess)."""
    if actor.role not in ("clinician", "supervisor"):
        return None
    return Panel("safety/_today.html", {"alerts": await service.list_alerts(session, actor, status="open")})
