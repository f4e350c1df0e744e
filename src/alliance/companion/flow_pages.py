"""Pages of the guided exercises in the companion's chat: starting one (from the chat page, a library skill's page
or a homework), answering a step, leaving, resuming, setting aside; and the clinician's communication-practice
scenarios in the client workspace's Companion area.

Every form is a plain post that brings the client back to the conversation, so the exercises work without
JavaScript; the breathing step's timer is the one script (companion/static/breathing.js)."""

from __future__ import annotations

import uuid
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import ValidationError

from alliance.companion import chat, flows, roleplay, service
from alliance.companion.pages import _problem, _value
from alliance.companion.schemas import MAX_SCENARIO, FlowStart, ScenarioWrite
from alliance.errors import AllianceError, BadRequest
from alliance.security.audit import Actor
from alliance.security.authz import Action, authorize
from alliance.web import panels
from alliance.web.deps import DB, CurrentActor
from alliance.web.i18n import N_
from alliance.web.i18n import gettext as _
from alliance.web.templates import render

router = APIRouter(include_in_schema=False)

# What each start button says (shown through _()).
START = {"thought-record": N_("Start a thought record"), "paced-breathing": N_("Start paced breathing"),
         "grounding-54321": N_("Start 5-4-3-2-1 grounding"), "behavioural-activation": N_("Plan an activity"),
         "communication-practice": N_("Practise a conversation")}
# What the flows' service may say to a client in the portal, for the catalogues.
PORTAL_WORDS = (
    N_("The companion is paused until your clinician has read your last messages. Your exercises are still here "
       "as forms."), N_("This exercise is not under way."), N_("This exercise cannot be resumed."),
    N_("This exercise cannot be set aside now."), N_("This offer has been answered already."),
    N_("Your clinician has not set a conversation to practise yet."), N_("This homework is not that exercise."),
)
# The word a "Skip this step" button sends: one of the language's skip words (flow_texts), as a client would write it.
SKIP = {"en": "skip", "es": "saltar", "fr": "passer", "de": "überspringen", "pt": "saltar", "it": "salta"}
FORMS = {"thought-record": "/portal/exercises/thought-record", "paced-breathing": "/portal/exercises/paced-breathing",
         "grounding-54321": "/portal/exercises/grounding-54321",
         "behavioural-activation": "/portal/exercises/behavioural-activation"}


def _back(anchor: str = "flow-current") -> RedirectResponse:
    return RedirectResponse(f"/portal?area=companion#{anchor}", status_code=303)


def _uuid(raw: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(raw) if raw else None
    except ValueError as exc:
        raise BadRequest("That is not a valid reference.") from exc


async def _problem_page(request: Request, session, actor: Actor, problem: str, *,  # noqa: ANN001
                        typed: str = "", status_code: int = 400) -> Response:
    """The conversation as a page of its own with what went wrong (nothing was sent)."""
    from alliance.clients.models import Client
    from alliance.companion.chat_pages import _portal_context

    client = await session.get(Client, service.portal_client_id(actor))
    context = await _portal_context(session, actor, client)
    return render(request, "companion/chat.html", {"ctx": context, "typed": typed[:4000], "flash": problem,
                                                   "flash_kind": "error"}, status_code=status_code)


# --- the client's side -----------------------------------------------------------------------------------------------

@router.get("/portal/companion/flows/new")
async def new_flow(request: Request, actor: CurrentActor, session: DB, kind: str = "",
                   assignment: str = "") -> Response:
    """Do an exercise with the companion: what happens, and the button that starts it (or why it cannot start)."""
    client = await authorize(session, actor, Action.portal, service.portal_client_id(actor))
    if kind not in flows.KINDS:
        raise BadRequest("No such exercise.")
    avail = await chat.availability(session, client)
    assignment_id = _uuid(assignment)
    homework = None
    if assignment_id is not None:
        from alliance.homework import service as homework_service

        homework = await homework_service.get_assignment(session, actor, assignment_id)
    available, reason = avail.state == "on", ""
    if avail.state == "paused":
        reason = _(flows.PAUSED)
    elif avail.state != "on":
        reason = _(chat.STATES.get(avail.state, "The companion's conversation is not available."))
    elif homework is None and kind not in await flows.startable(session, client, avail):
        available = False
        reason = _("Your clinician has not set a conversation to practise yet.") if kind == "communication-practice" \
            and avail.offer.offers(kind) else _("Your clinician has not offered this exercise here. You can ask "
                                                "them about it.")
    scenarios = []
    if kind == "communication-practice" and homework is None and available:
        scenarios = await roleplay.list_scenarios(session, actor, client.id)
    form_url = f"/portal/practice/homework/{homework.id}" if homework else FORMS.get(kind) if \
        kind in avail.offer.exercises else None
    return render(request, "companion/_flow_new.html", {
        "kind": kind, "title": flows.title(kind, avail.offer.language), "available": available, "reason": reason,
        "assignment": homework, "scenarios": scenarios, "form_url": form_url,
        "back_url": f"/portal/practice/homework/{homework.id}" if homework else f"/portal/library/{kind}"
        if avail.offer.offers(kind) else "/portal?area=companion", "lang": client.preferred_language})


@router.post("/portal/companion/flows")
async def start_flow(request: Request, actor: CurrentActor, session: DB) -> Response:
    """Start the exercise in the conversation and go there."""
    service.portal_client_id(actor)
    form = await request.form()
    try:
        data = FlowStart(kind=_value(form, "kind"), assignment_id=_value(form, "assignment_id") or None,
                         scenario_id=_value(form, "scenario_id") or None)
        await flows.start(session, actor, data.kind, assignment_id=data.assignment_id, scenario_id=data.scenario_id)
    except ValidationError as exc:
        return await _problem_page(request, session, actor, _problem(exc))
    except chat.CompanionUnavailable as exc:
        return await _problem_page(request, session, actor, _(exc.detail), status_code=403)
    except AllianceError as exc:
        if exc.status_code >= 500:
            raise
        return await _problem_page(request, session, actor, _(exc.detail), status_code=exc.status_code)
    return _back()


@router.post("/portal/companion/flows/{flow_id}/answer")
async def answer_step(request: Request, flow_id: uuid.UUID, actor: CurrentActor, session: DB) -> Response:
    """One answer, through the same turn pipeline as every message (screened first); back to the conversation."""
    service.portal_client_id(actor)
    form = await request.form()
    typed = _value(form, "text")
    flow = await flows.current(session, service.portal_client_id(actor))
    if flow is None or flow.id != flow_id:
        return _back("companion-chat")  # answered already, or left meanwhile: the page shows where things stand
    if form.get("skip"):
        typed = SKIP.get(flow.lang, "skip")
    if not typed:
        return await _problem_page(request, session, actor, _("Write your answer first."))
    try:
        result = await chat.answer(session, actor, typed)
    except chat.CompanionUnavailable as exc:
        return await _problem_page(request, session, actor, _(exc.detail), typed=typed, status_code=403)
    except AllianceError as exc:
        if exc.status_code >= 500:
            raise
        return await _problem_page(request, session, actor, _(exc.detail), typed=typed, status_code=exc.status_code)
    if result.escalated or flow.status != "active":
        return _back(f"turn-{result.reply.id}" if result.reply else "companion-chat")
    return _back()


async def _act(request: Request, session, actor: Actor, action: Any, flow_id: uuid.UUID) -> Response:  # noqa: ANN001
    try:
        flow = await action(session, actor, flow_id)
    except chat.CompanionUnavailable as exc:
        return await _problem_page(request, session, actor, _(exc.detail), status_code=403)
    except AllianceError as exc:
        if exc.status_code >= 500 or exc.status_code == 404:
            raise
        return await _problem_page(request, session, actor, _(exc.detail), status_code=exc.status_code)
    return _back("flow-current" if flow.status == "active" else "companion-chat")


@router.post("/portal/companion/flows/{flow_id}/stop")
async def stop_flow(request: Request, flow_id: uuid.UUID, actor: CurrentActor, session: DB) -> Response:
    """Leave the exercise (answers kept), or say no to an offer."""
    return await _act(request, session, actor, flows.stop, flow_id)


@router.post("/portal/companion/flows/{flow_id}/resume")
async def resume_flow(request: Request, flow_id: uuid.UUID, actor: CurrentActor, session: DB) -> Response:
    """Carry on where the client left off (or rate the mood after a planned activity)."""
    return await _act(request, session, actor, flows.resume, flow_id)


@router.post("/portal/companion/flows/{flow_id}/abandon")
async def abandon_flow(request: Request, flow_id: uuid.UUID, actor: CurrentActor, session: DB) -> Response:
    """Set the exercise aside for good."""
    return await _act(request, session, actor, flows.abandon, flow_id)


@router.post("/portal/companion/flows/{flow_id}/accept")
async def accept_flow(request: Request, flow_id: uuid.UUID, actor: CurrentActor, session: DB) -> Response:
    """Start the exercise the companion offered."""
    async def accept(session, actor: Actor, flow_id: uuid.UUID):  # noqa: ANN001, ANN202
        offered, _client = await flows._own(session, actor, flow_id)
        return await flows.start(session, actor, offered.kind, flow_id=flow_id)

    return await _act(request, session, actor, accept, flow_id)


# --- the clinician's side: scenarios ---------------------------------------------------------------------------------

@panels.client_panel(15, area="companion")
async def client_scenarios_panel(session, actor: Actor, client,  # noqa: ANN001
                                 actions: set[str]) -> panels.Panel | None:
    """Communication-practice scenarios, part of the companion's plan for this client."""
    if "clinical.read" not in actions:
        return None
    return panels.Panel("companion/_flow_scenarios.html", await _scenario_context(session, actor, client, actions))


async def _scenario_context(session, actor: Actor, client, actions: set[str],  # noqa: ANN001
                            typed: dict | None = None) -> dict[str, Any]:
    offer = await service._offer(session, client)
    plan = offer.plan
    return {"client": client, "scenarios": await roleplay.list_scenarios(session, actor, client.id),
            "can_write": "clinical.write" in actions, "typed": typed, "limits": {"scenario": MAX_SCENARIO},
            "offered": bool(plan and "communication-practice" in (plan.skills or []))}


@router.post("/clients/{client_id}/companion/scenarios")
async def add_scenario(request: Request, client_id: uuid.UUID, actor: CurrentActor, session: DB) -> Response:
    """Add a scenario; a mistake comes back with what was typed and nothing saved."""
    form = await request.form()
    typed = {"other_person": _value(form, "other_person"), "goal": _value(form, "goal"),
             "lines": _value(form, "lines")}
    try:
        data = ScenarioWrite(other_person=typed["other_person"], goal=typed["goal"],
                             lines=[line for line in typed["lines"].splitlines() if line.strip()])
    except ValidationError as exc:
        from alliance.clients import service as clients_service
        from alliance.security.authz import allowed_actions

        client = await clients_service.get_client(session, actor, client_id)
        actions = {a.value for a in await allowed_actions(session, actor, client)}
        if "clinical.write" not in actions:
            raise BadRequest(_problem(exc)) from exc
        context = await _scenario_context(session, actor, client, actions, typed={k: v[:2000] for k, v in
                                                                                   typed.items()})
        return render(request, "companion/_flow_scenario_page.html", {"ctx": context, "flash": _problem(exc),
                                                                      "flash_kind": "error"}, status_code=400)
    await roleplay.add_scenario(session, actor, client_id, data)
    return RedirectResponse(f"/clients/{client_id}?area=companion#companion-scenarios", status_code=303)


@router.post("/clients/{client_id}/companion/scenarios/{scenario_id}/remove")
async def remove_scenario(client_id: uuid.UUID, scenario_id: uuid.UUID, actor: CurrentActor, session: DB) -> Response:
    """Take a scenario out of the plan."""
    await roleplay.remove_scenario(session, actor, client_id, scenario_id)
    return RedirectResponse(f"/clients/{client_id}?area=companion#companion-scenarios", status_code=303)


def homework_offer(kind: str) -> str | None:
    """The kind's start page for a homework, when the kind can be done with the companion."""
    return "/portal/companion/flows/new" if kind in flows.KINDS else None
