"""Pages: the client's Reminders page (time zone, quiet hours, time of day, e-mail, the private calendar
address), a "Due today" list on the portal home, a Reminders card in the portal's Practice area, and the
public feed address.

Plain forms that work without JavaScript; a mistake comes back with what was typed and nothing saved.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import ValidationError

import alliance.homework.tasks  # noqa: F401  (registers the reminder job with the queue)
from alliance.db.base import utcnow
from alliance.errors import NotFound
from alliance.homework import feed, reminders, service
from alliance.measures import service as measures_service
from alliance.security.audit import Actor
from alliance.web import panels
from alliance.web.deps import DB, CurrentActor, client_address
from alliance.web.i18n import N_, gettext
from alliance.web.templates import render
from alliance.web.timefmt import all_zones, to_local

router = APIRouter(include_in_schema=False)

FIELDS = ("timezone", "quiet_start", "quiet_end", "remind_at")
LABELS = {"timezone": N_("Time zone for reminders"), "quiet_start": N_("Quiet from"),
          "quiet_end": N_("Quiet until"), "remind_at": N_("Reminder time")}
BAD_ZONE = N_("%(field)s: %(zone)s is not a time zone we know. Use a name such as Europe/Madrid or "
              "America/New_York.")
BAD_TIME = N_("%(field)s: write a time as HH:MM, for example 18:00.")
SAME_TIMES = N_("The quiet hours start and end at the same time: choose two different times.")
SAVED = {"1": N_("Your reminder choices are saved."), "revoked": N_("Your calendar address is turned off.")}
NEW_ADDRESS = N_("Your new calendar address is below. Copy it now: it is shown only once.")


def _problem(exc: ValidationError, typed: dict[str, str]) -> str:
    """The first mistake in the client's words and language."""
    for error in exc.errors():
        field = str(error["loc"][0]) if error["loc"] else ""
        if field == "timezone":
            return gettext(BAD_ZONE, field=gettext(LABELS[field]), zone=typed["timezone"][:64])
        if field in LABELS:
            return gettext(BAD_TIME, field=gettext(LABELS[field]))
    return gettext(SAME_TIMES)


def _clock_field(raw: str) -> str:
    """A time input's value as HH:MM (browsers may add seconds)."""
    return raw[:5] if len(raw) == 8 and raw[5] == ":" else raw


def _when(prefs: reminders.Prefs, now: datetime) -> dict[str, Any]:
    """Today's reminder time as the client reads it: the time and whether the quiet hours moved it."""
    today = to_local(now, prefs.zone).date()
    moment = reminders.reminder_moment(today, prefs)
    return {"at": moment.strftime("%H:%M"), "moved": moment.time() != prefs.remind_at,
            "next_morning": moment.date() > today, "zone": prefs.zone,
            "quiet": (prefs.quiet_start.strftime("%H:%M"), prefs.quiet_end.strftime("%H:%M"))}


async def _page(request: Request, session, actor: Actor, *, form: dict | None = None,  # noqa: ANN001
                flash: str | None = None, error: bool = False, secret: str | None = None) -> Response:
    client, prefs = await reminders.own_preferences(session, actor)
    current = {"timezone": prefs.own_zone or "", "quiet_start": prefs.quiet_start.strftime("%H:%M"),
               "quiet_end": prefs.quiet_end.strftime("%H:%M"), "remind_at": prefs.remind_at.strftime("%H:%M"),
               "by_email": "yes" if prefs.by_email else ""}
    context = {
        "form": form or current, "prefs": prefs, "when": _when(prefs, utcnow()), "zones": all_zones(),
        "record_zone": await service.client_zone(session, client),
        "feed": await feed.active_feed(session, client.id),
        "feed_url": feed.feed_url(secret) if secret else None, "flash": flash,
        "flash_kind": "error" if error else "ok",
    }
    return render(request, "homework/reminders.html", context, status_code=400 if error else 200)


@router.get("/portal/reminders")
async def reminders_page(request: Request, actor: CurrentActor, session: DB,
                         saved: str | None = None) -> Response:
    """The client's reminder choices and their private calendar address."""
    return await _page(request, session, actor, flash=gettext(SAVED[saved]) if saved in SAVED else None)


@router.post("/portal/reminders")
async def save_reminders(request: Request, actor: CurrentActor, session: DB) -> Response:
    """Save the reminder choices; a mistake comes back with the form as typed and nothing saved."""
    service.portal_client_id(actor)
    form = await request.form()
    typed = {k: (v.strip()[:80] if isinstance(v := form.get(k), str) else "") for k in FIELDS}
    typed |= {k: _clock_field(typed[k]) for k in FIELDS if k != "timezone"}
    typed["by_email"] = "yes" if form.get("by_email") == "yes" else ""
    try:
        data = reminders.ReminderSettings(
            timezone=typed["timezone"] or None, quiet_start=typed["quiet_start"],
            quiet_end=typed["quiet_end"], remind_at=typed["remind_at"], by_email=typed["by_email"] == "yes")
    except ValidationError as exc:
        return await _page(request, session, actor, form=typed, flash=_problem(exc, typed), error=True)
    await reminders.update_preferences(session, actor, data)
    return RedirectResponse("/portal/reminders?saved=1", status_code=303)


@router.post("/portal/reminders/feed")
async def make_feed(request: Request, actor: CurrentActor, session: DB) -> Response:
    """A new private calendar address (shown once; any earlier one stops working)."""
    secret, _ = await feed.create_feed(session, actor)
    return await _page(request, session, actor, secret=secret, flash=gettext(NEW_ADDRESS))


@router.post("/portal/reminders/feed/revoke")
async def revoke_feed(actor: CurrentActor, session: DB) -> Response:
    """Turn the calendar address off."""
    await feed.revoke_feed(session, actor)
    return RedirectResponse("/portal/reminders?saved=revoked", status_code=303)


@router.get("/reminders/feed/{filename}")
async def calendar_feed(request: Request, filename: str, session: DB) -> Response:
    """The client's reminders as iCalendar at /reminders/feed/<token>.ics; the secret address is the key."""
    from alliance.appointments.feed import FeedThrottled

    try:
        feed.limiter.check(client_address(request))
    except FeedThrottled as exc:
        return Response(exc.detail + "\n", status_code=429, media_type="text/plain",
                        headers={"Retry-After": str(exc.retry_after)})
    if not filename.endswith(".ics"):
        raise NotFound("No such calendar feed.")
    body = await feed.feed_by_token(session, filename.removesuffix(".ics")[:200])
    return Response(body, media_type="text/calendar; charset=utf-8",
                    headers={"Content-Disposition": 'inline; filename="reminders.ics"'})


# --- panels -------------------------------------------------------------------------------------------------

@panels.portal_panel(24)
async def portal_due_today(session, actor: Actor, client,  # noqa: ANN001
                           actions: set[str]) -> panels.Panel | None:
    """Home: what is due today or this week and not done yet, questionnaires waiting, when reminders come."""
    today = await service.client_today(session, client)
    homework = [a for a in await service.list_assignments(session, actor, client.id, active_only=True)
                if a.starts_on <= today and not a.done_now]
    waiting = await measures_service.due_for_client(session, actor, client.id)
    if not homework and not waiting:
        return None
    prefs = await reminders.preferences(session, client)
    return panels.Panel("homework/_reminders_due.html", {"homework": homework, "waiting": len(waiting),
                                                         "when": _when(prefs, utcnow())})


@panels.portal_panel(90, area="practice")
async def portal_reminders_card(session, actor: Actor, client,  # noqa: ANN001
                                actions: set[str]) -> panels.Panel:
    """Practice: how the client is reminded, and the way to change it."""
    prefs = await reminders.preferences(session, client)
    return panels.Panel("homework/_reminders_panel.html", {
        "prefs": prefs, "when": _when(prefs, utcnow()), "feed": await feed.active_feed(session, client.id)})
