"""Pages: the Messages area of the client workspace and of the portal, the caseload's unread column, the
reply-time setting, and the page a client sees after a message that signals risk. Plain forms, no JavaScript."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from markupsafe import Markup

import alliance.messaging.tasks  # noqa: F401  (registers the messaging jobs with the queue)
from alliance.errors import BadRequest
from alliance.messaging import service
from alliance.messaging.schemas import MAX_BODY, MAX_SUBJECT, MessageCreate, MessagingSettingsUpdate
from alliance.safety import service as safety_service
from alliance.security.audit import Actor
from alliance.security.authz import require_role
from alliance.web import panels
from alliance.web.deps import DB, CurrentActor
from alliance.web.i18n import N_, gettext
from alliance.web.templates import render

router = APIRouter(include_in_schema=False)

panels.client_area("messages", "Messages", 40)
panels.portal_area("messages", N_("Messages"), 30)
# What the messaging service may say about a client's message, shown in their language.
PORTAL_PROBLEMS = (N_("Write a message before sending it."),)


def _form_value(form, name: str) -> str:  # noqa: ANN001
    value = form.get(name)
    return value if isinstance(value, str) else ""


def _message_from_form(form) -> MessageCreate:  # noqa: ANN001
    """The form's message, checked by the service's rules (clear words, not a validation dump)."""
    body = service.clean_body(_form_value(form, "body"))
    subject = _form_value(form, "subject").strip()
    if len(subject) > MAX_SUBJECT:
        raise BadRequest(gettext("The subject can be at most %(max)s characters.", max=MAX_SUBJECT))
    return MessageCreate(text=body, subject=subject or None)


async def _staff_context(session, actor: Actor, client, actions: set[str], *, draft: str = "",  # noqa: ANN001
                         mark: bool = True) -> dict:
    thread = await service.get_thread(session, actor, client.id)
    if mark and thread.unread:
        await service.mark_read(session, actor, client.id)
    return {"thread": thread, "client": client, "viewer": "staff", "can_write": "clinical.write" in actions,
            "action": f"/clients/{client.id}/messages", "draft": draft, "max_body": MAX_BODY}


async def _portal_context(session, actor: Actor, client, *, draft: str = "", mark: bool = True) -> dict:  # noqa: ANN001
    thread = await service.get_thread(session, actor, client.id)
    if mark and thread.unread:
        await service.mark_read(session, actor, client.id)
    crisis = await safety_service.crisis_response(session, client.id)
    return {"thread": thread, "client": client, "viewer": "client", "can_write": True, "action": "/portal/messages",
            "draft": draft, "max_body": MAX_BODY, "emergency": crisis.emergency[:1]}


# --- panels ---------------------------------------------------------------------------------------------


@panels.client_panel(10, area="messages")
async def client_messages_panel(session, actor: Actor, client, actions: set[str]) -> panels.Panel:  # noqa: ANN001
    """The thread with the client (unread marked, then recorded as read by this viewer) and the reply form."""
    if "clinical.read" not in actions:
        return panels.Panel("messaging/_not_clinical.html", {})
    return panels.Panel("messaging/_thread.html", await _staff_context(session, actor, client, actions))


@panels.portal_panel(10, area="messages")
async def portal_messages_panel(session, actor: Actor, client, actions: set[str]) -> panels.Panel:  # noqa: ANN001
    """The client's thread with their care team, the reply time, and the send form."""
    return panels.Panel("messaging/_thread.html", await _portal_context(session, actor, client))


@panels.portal_panel(5)
async def portal_unread_panel(session, actor: Actor, client, actions: set[str]) -> panels.Panel | None:  # noqa: ANN001
    """On the portal's home: a note when the care team wrote and the client has not read it yet."""
    unread = await service.unread_total(session, actor)
    return panels.Panel("messaging/_portal_unread.html", {"unread": unread}) if unread else None


@panels.caseload_column(40, "Unread messages")
async def caseload_unread(session, actor: Actor, clients) -> dict:  # noqa: ANN001
    """How many messages from each client this clinician has not read, linking to the thread."""
    counts = await service.unread_by_client(session, actor, clients)
    return {client_id: Markup('<a href="/clients/{}?area=messages">{} unread</a>').format(str(client_id), count)
            for client_id, count in counts.items() if count}


# --- sending ----------------------------------------------------------------------------------------------


@router.post("/clients/{client_id}/messages")
async def staff_send(request: Request, client_id: uuid.UUID, actor: CurrentActor, session: DB) -> Response:
    """A member of the care team writes to the client; a mistake comes back with the text as typed, nothing saved."""
    form = await request.form()
    try:
        data = _message_from_form(form)  # checked before anything is written
    except BadRequest as exc:
        from alliance.clients import service as clients_service
        from alliance.security.authz import allowed_actions

        client = await clients_service.get_client(session, actor, client_id)
        actions = {a.value for a in await allowed_actions(session, actor, client)}
        context = await _staff_context(session, actor, client, actions, draft=_form_value(form, "body"), mark=False)
        return render(request, "messaging/compose.html", {
            "ctx": context, "flash": exc.detail, "flash_kind": "error", "back": f"/clients/{client_id}?area=messages"},
            status_code=400)
    message, _ = await service.send_message(session, actor, client_id, data)
    return RedirectResponse(f"/clients/{client_id}?area=messages#message-{message.id}", status_code=303)


@router.post("/portal/messages")
async def portal_send(request: Request, actor: CurrentActor, session: DB) -> Response:
    """The client writes to their care team; after a message that signals risk they see help at once."""
    client_id = service.portal_client_id(actor)
    form = await request.form()
    try:
        data = _message_from_form(form)  # checked before anything is written
    except BadRequest as exc:
        from alliance.clients import service as clients_service
        from alliance.security.authz import Action

        client = await clients_service.get_client(session, actor, client_id, Action.portal)
        context = await _portal_context(session, actor, client, draft=_form_value(form, "body"), mark=False)
        return render(request, "messaging/compose.html", {
            "ctx": context, "flash": gettext(exc.detail), "flash_kind": "error", "back": "/portal?area=messages",
            "lang": client.preferred_language}, status_code=400)
    message, crisis = await service.send_message(session, actor, client_id, data)
    if crisis is not None:
        return RedirectResponse(f"/portal/messages/{message.id}/sent", status_code=303)
    return RedirectResponse(f"/portal?area=messages#message-{message.id}", status_code=303)


@router.get("/portal/messages/{message_id}/sent")
async def portal_sent(request: Request, message_id: uuid.UUID, actor: CurrentActor, session: DB) -> Response:
    """'Your message was sent', with emergency numbers, crisis lines and the safety plan when it signalled risk."""
    client_id = service.portal_client_id(actor)
    message = await service.get_message(session, actor, message_id)
    if message.client_id != client_id:
        return RedirectResponse("/portal?area=messages", status_code=303)
    crisis = await service.crisis_for(session, actor, message)
    return render(request, "messaging/sent.html", {
        "message": message, "crisis": crisis,
        "response_days": await service.response_days(session, message.practice_id)})


@router.get("/messages/badge")
async def badge(actor: CurrentActor, session: DB) -> Response:
    """The count of unread messages for a navigation link (HTMX fragment; empty when none)."""
    count = await service.unread_total(session, actor)
    if not count:
        return HTMLResponse("")
    return HTMLResponse(f'<span class="badge" aria-label="{count} unread messages">{count}</span>')


@router.get("/messages/{message_id}")
async def open_message(message_id: uuid.UUID, actor: CurrentActor, session: DB) -> Response:
    """Where the e-mail's link leads: the message in its thread (the e-mail itself names no one)."""
    message = await service.get_message(session, actor, message_id)
    if actor.role == "client":
        return RedirectResponse(f"/portal?area=messages#message-{message.id}", status_code=303)
    return RedirectResponse(f"/clients/{message.client_id}?area=messages#message-{message.id}", status_code=303)


# --- the reply-time setting (admins) ----------------------------------------------------------------------


@router.get("/admin/messaging")
async def admin_page(request: Request, actor: CurrentActor, session: DB, saved: str | None = None) -> Response:
    """How soon the practice's care teams reply to messages, as clients are told above the message box."""
    require_role(actor, "admin", action="messaging.settings.read")
    settings = await service.get_settings_for(session, actor)
    return render(request, "messaging/admin.html", {"settings": settings,
                                                    "flash": "Saved." if saved else None})


@router.post("/admin/messaging")
async def admin_save(request: Request, actor: CurrentActor, session: DB) -> Response:
    """Save the reply time; a mistake is shown on the page with nothing saved."""
    require_role(actor, "admin", action="messaging.settings.update")
    raw = _form_value(await request.form(), "response_days").strip()
    days = int(raw) if raw.isdigit() and len(raw) < 4 else -1
    if not 1 <= days <= 30:  # checked before anything is written
        return render(request, "messaging/admin.html", {
            "settings": {"response_days": raw[:10]}, "flash_kind": "error",
            "flash": "The reply time is a whole number of working days from 1 to 30."}, status_code=400)
    await service.update_settings(session, actor, MessagingSettingsUpdate(response_days=days))
    return RedirectResponse("/admin/messaging?saved=1", status_code=303)
