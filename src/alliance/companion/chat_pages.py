"""Pages of the companion's conversation: the portal's Companion area (streamed replies with a small script, a full
page post without it), rating and reporting a reply, and the clinician's view of the conversation in the client
workspace's Companion area (annotations, resuming after a pause).

Streaming: the form posts to /portal/companion/stream, which answers with server-sent events (sse-starlette) that
`chat.js` reads; without JavaScript the same form posts to /portal/companion/messages, which runs the whole turn and
sends the browser back to the conversation with the reply in place."""

from __future__ import annotations

import json
import uuid
from collections.abc import AsyncIterator
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import FileResponse, RedirectResponse, Response
from pydantic import ValidationError
from sqlalchemy.ext.asyncio import AsyncSession

from alliance.companion import chat, checks
from alliance.companion.models import CompanionFlow
from alliance.companion.pages import STATIC, _problem, _value
from alliance.companion.schemas import (
    MAX_ANNOTATION,
    MAX_MESSAGE,
    MAX_REPORT,
    AnnotationWrite,
    MessageCreate,
    ReportWrite,
    ResumeWrite,
)
from alliance.errors import AllianceError, BadRequest, NotFound
from alliance.safety import service as safety_service
from alliance.security.audit import Actor
from alliance.web import panels
from alliance.web.deps import DB, CurrentActor, get_db
from alliance.web.i18n import N_
from alliance.web.i18n import gettext as _
from alliance.web.i18n import ngettext
from alliance.web.templates import render, templates

router = APIRouter(include_in_schema=False)

panels.portal_area("companion", N_("Companion"), 45)

LIMITS = {"message": MAX_MESSAGE, "report": MAX_REPORT, "annotation": MAX_ANNOTATION}
# The streamed turn needs its session for as long as the reply streams, not just while the route runs.
StreamDB = Annotated[AsyncSession, Depends(get_db, scope="request")]


# --- the client's side -------------------------------------------------------------------------------------------------

async def _portal_context(session, actor: Actor, client) -> dict[str, Any]:  # noqa: ANN001
    from alliance.companion import flow_pages, flows

    conv = await chat.conversation(session, actor)
    return {"conv": conv, "help": await safety_service.crisis_response(session, client.id), "limits": LIMITS,
            "flows": await flows.portal_flows(session, actor, client), "flow_labels": flow_pages.START}


@panels.portal_panel(10, area="companion")
async def portal_chat_panel(session, actor: Actor, client, actions: set[str]) -> panels.Panel:  # noqa: ANN001
    """The conversation, the message form, and help one tap away."""
    return panels.Panel("companion/_portal_chat.html", await _portal_context(session, actor, client))


def _back(turn_id: uuid.UUID | None = None) -> RedirectResponse:
    return RedirectResponse(f"/portal?area=companion#{f'turn-{turn_id}' if turn_id else 'companion-chat'}",
                            status_code=303)


async def _chat_page(request: Request, session, actor: Actor, *, typed: str, problem: str,  # noqa: ANN001
                     status_code: int = 400) -> Response:
    """The conversation as a page of its own, with the message as typed and what was wrong (nothing was sent)."""
    client_id = chat.service.portal_client_id(actor)
    from alliance.clients.models import Client

    client = await session.get(Client, client_id)
    context = await _portal_context(session, actor, client)
    return render(request, "companion/chat.html", {"ctx": context, "typed": typed[:MAX_MESSAGE * 2],
                                                   "flash": problem, "flash_kind": "error"},
                  status_code=status_code)


@router.post("/portal/companion/messages")
async def send_message(request: Request, actor: CurrentActor, session: DB) -> Response:
    """Without JavaScript: run the whole turn, then show the conversation with the answer in place."""
    chat.service.portal_client_id(actor)
    typed = _value(await request.form(), "text")
    try:
        data = MessageCreate(text=typed)
        result = await chat.answer(session, actor, data.text)
    except ValidationError as exc:
        return await _chat_page(request, session, actor, typed=typed, problem=_problem(exc))
    except chat.CompanionUnavailable as exc:
        return await _chat_page(request, session, actor, typed=typed, problem=_(exc.detail), status_code=403)
    except AllianceError as exc:
        if exc.status_code >= 500:
            raise
        return await _chat_page(request, session, actor, typed=typed, problem=exc.detail,
                                status_code=exc.status_code)
    return _back(result.reply.id if result.reply else None)


def _turn_html(request: Request, turn, crisis=None, flow=None) -> str:  # noqa: ANN001
    auth = getattr(request.state, "auth", None)
    who = getattr(request.state, "who", None)
    return templates.get_template("companion/_turn.html").render(
        turn=chat.turn_read(turn, staff=False, crisis=crisis, flow=flow), limits=LIMITS,
        csrf_token=auth.auth_session.csrf_token if auth and auth.auth_session else "",
        viewer_zone=getattr(who, "zone", None) or "UTC")


def _sse(event: str, **data: Any) -> dict[str, str]:
    return {"event": event, "data": json.dumps(data, ensure_ascii=False)}


@router.post("/portal/companion/stream")
async def stream_message(request: Request, actor: CurrentActor, session: StreamDB) -> Response:
    """With JavaScript: the same turn as server-sent events, each checked sentence as soon as it passes."""
    from sse_starlette.sse import EventSourceResponse

    chat.service.portal_client_id(actor)
    text = _value(await request.form(), "text")

    async def events() -> AsyncIterator[dict[str, str]]:
        try:
            async for event in chat.run_turn(session, actor, text):
                if event.kind == "screened" and event.client_turn is not None:
                    yield _sse("turn", html=_turn_html(request, event.client_turn))
                elif event.kind == "crisis":
                    html = _turn_html(request, event.reply, event.crisis) if event.reply is not None else \
                        templates.get_template("safety/_crisis.html").render(crisis=event.crisis)
                    yield _sse("crisis", html=html, status=_("Your clinician has been told. Help is below."))
                elif event.kind == "paused":
                    yield _sse("paused", html=_turn_html(request, event.reply),
                               status=_("The companion is paused until your clinician has read your messages."))
                elif event.kind == "waiting":
                    status = ngettext("Waiting for the companion: %(num)d reply is ahead of yours.",
                                      "Waiting for the companion: %(num)d replies are ahead of yours.",
                                      event.ahead) if event.ahead else _("The companion is writing…")
                    yield _sse("waiting", status=status)
                elif event.kind == "sentence":
                    yield _sse("sentence", text=event.text)
                elif event.kind in ("blocked", "unavailable", "replace"):
                    yield _sse("replace", text=event.text)
                elif event.kind == "flow":  # a turn of a guided exercise, stored: shown as it is
                    flow = await session.get(CompanionFlow, event.reply.flow_id)
                    yield _sse("done", html=_turn_html(request, event.reply, flow=flow), status="")
                elif event.kind == "done" and event.reply is not None and event.reply.flow_id is None and \
                        event.reply.kind not in ("crisis", "paused"):
                    yield _sse("done", html=_turn_html(request, event.reply), status=_("The companion answered."))
                elif event.kind == "done":
                    yield _sse("end")
        except chat.CompanionUnavailable as exc:
            yield _sse("problem", detail=_(exc.detail))
        except AllianceError as exc:
            yield _sse("problem", detail=exc.detail)

    return EventSourceResponse(events(), headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"})


@router.post("/portal/companion/turns/{turn_id}/rate")
async def rate_turn(request: Request, turn_id: uuid.UUID, actor: CurrentActor, session: DB) -> Response:
    """Helpful or not: back to the conversation at the reply."""
    rating = _value(await request.form(), "rating")
    await chat.rate(session, actor, turn_id, rating)
    return _back(turn_id)


@router.get("/portal/companion/turns/{turn_id}/report")
async def report_form(request: Request, turn_id: uuid.UUID, actor: CurrentActor, session: DB) -> Response:
    """Report a reply: say what was wrong (optional)."""
    conv = await chat.conversation(session, actor)
    turn = next((t for t in conv.turns if t.id == turn_id and t.role == "companion"), None)
    if turn is None:
        raise NotFound("No such reply.")
    return render(request, "companion/report.html", {"turn": turn, "limits": LIMITS})


@router.post("/portal/companion/turns/{turn_id}/report")
async def report_turn(request: Request, turn_id: uuid.UUID, actor: CurrentActor, session: DB) -> Response:
    """Send the report to the clinician (the words screened first); a crisis response is shown at once."""
    reason = _value(await request.form(), "reason")
    try:
        data = ReportWrite(reason=reason or None)
    except ValidationError as exc:
        conv = await chat.conversation(session, actor)
        turn = next((t for t in conv.turns if t.id == turn_id), None)
        return render(request, "companion/report.html", {"turn": turn, "limits": LIMITS, "typed": reason[:2000],
                                                         "flash": _problem(exc), "flash_kind": "error"},
                      status_code=400)
    turn, crisis = await chat.report(session, actor, turn_id, data)
    return render(request, "companion/report.html", {"turn": chat.turn_read(turn, staff=False), "sent": True,
                                                     "crisis": crisis, "limits": LIMITS})


@router.get("/companion/chat.js")
async def chat_script() -> Response:
    """Streams replies into the page (the page works without it: the form posts and the page reloads)."""
    return FileResponse(STATIC / "chat.js", media_type="text/javascript",
                        headers={"Cache-Control": "public, max-age=3600"})


# --- the clinician's side ----------------------------------------------------------------------------------------------

@panels.client_panel(20, area="companion")
async def client_conversation_panel(session, actor: Actor, client,  # noqa: ANN001
                                    actions: set[str]) -> panels.Panel | None:
    """The conversation with screen levels, blocked replies, ratings and reports; annotate; resume after a pause."""
    if "clinical.read" not in actions:
        return None
    conv = await chat.conversation(session, actor, client.id)
    return panels.Panel("companion/_client_conversation.html", {
        "client": client, "conv": conv, "can_write": "clinical.write" in actions, "labels": checks.LABELS,
        "limits": LIMITS})


@router.post("/clients/{client_id}/companion/turns/{turn_id}/annotation")
async def annotate_turn(request: Request, client_id: uuid.UUID, turn_id: uuid.UUID, actor: CurrentActor,
                        session: DB) -> Response:
    """Good or a problem, with a note; back to the reply."""
    form = await request.form()
    try:
        data = AnnotationWrite(label=_value(form, "label"), note=_value(form, "note") or None)
    except ValidationError as exc:
        raise BadRequest(_problem(exc)) from exc
    await chat.annotate(session, actor, client_id, turn_id, data)
    return RedirectResponse(f"/clients/{client_id}?area=companion#turn-{turn_id}", status_code=303)


@router.post("/clients/{client_id}/companion/resume")
async def resume(request: Request, client_id: uuid.UUID, actor: CurrentActor, session: DB) -> Response:
    """Resume the companion, with what was reviewed."""
    try:
        data = ResumeWrite(note=_value(await request.form(), "note"))
    except ValidationError as exc:
        raise BadRequest("Say what you reviewed before resuming the companion.") from exc
    await chat.resume(session, actor, client_id, data.note)
    return RedirectResponse(f"/clients/{client_id}?area=companion#companion-conversation", status_code=303)
