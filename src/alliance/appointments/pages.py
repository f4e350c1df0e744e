"""Pages: sessions in a client's workspace (booking, changes), the clinician's week at /calendar and its ICS feed,
and the client's appointments in the portal."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time, timedelta

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import ValidationError

import alliance.appointments.tasks  # noqa: F401  (registers the reminder job with the queue)
from alliance.appointments import feed, service
from alliance.appointments.models import CANCEL_REASONS
from alliance.appointments.schemas import AppointmentCancel, AppointmentCreate, SchedulingSettingsUpdate
from alliance.config import get_settings
from alliance.db.base import utcnow
from alliance.errors import AllianceError, BadRequest, NotFound
from alliance.accounts.models import User
from alliance.clients.service import get_client
from alliance.security.authz import Action, allowed_actions
from alliance.web import panels
from alliance.web.deps import DB, CurrentActor, client_address
from alliance.web.i18n import N_
from alliance.web.templates import render
from alliance.web.timefmt import zone

router = APIRouter(include_in_schema=False)

# Marked for the catalogues: the portal shows kinds and modalities through _().
KINDS = [("therapy", N_("Therapy")), ("intake", N_("Intake")), ("review", N_("Review")), ("group", N_("Group"))]
MODALITIES = [("in_person", N_("In person")), ("video", N_("Video")), ("phone", N_("Phone"))]
REPEATS = [("none", "Does not repeat"), ("weekly", "Every week"), ("fortnightly", "Every two weeks")]
STATUS_LABELS = {"scheduled": "scheduled", "completed": "completed", "cancelled": "cancelled", "no_show": "no-show"}
LABELS = {"kinds": dict(KINDS), "modalities": dict(MODALITIES), "statuses": STATUS_LABELS,
          "reasons": CANCEL_REASONS}


def _problem(exc: Exception) -> str:
    if isinstance(exc, AllianceError):
        return exc.detail
    if isinstance(exc, ValidationError):
        return "; ".join(f"{'.'.join(map(str, e['loc'])) or 'form'}: {e['msg']}" for e in exc.errors())
    return "Please check the form."


def _viewer_zone(request: Request) -> str:
    who = getattr(request.state, "who", None)
    return getattr(who, "zone", None) or "UTC"


def _local_start(day: str, at: str, zone_name: str) -> datetime:
    """The aware start for a date and time typed in the viewer's zone."""
    try:
        return datetime.combine(date.fromisoformat(day.strip()), time.fromisoformat(at.strip()[:5]),
                                tzinfo=zone(zone_name))
    except ValueError:
        raise BadRequest("Give the date as YYYY-MM-DD and the time as HH:MM.") from None


def _int(value: str | None, name: str) -> int | None:
    value = (value or "").strip()
    if not value:
        return None
    try:
        return int(value)
    except ValueError:
        raise BadRequest(f"{name} must be a whole number.") from None


async def _undo(request: Request, session) -> None:  # noqa: ANN001
    """Roll back what a refused change began; the logged-in user's rows are read again for the page header."""
    await session.rollback()
    auth = getattr(request.state, "auth", None)
    if auth is not None:
        await session.refresh(auth.user)
        if auth.auth_session is not None:
            await session.refresh(auth.auth_session)


def _form_dict(form) -> dict[str, str]:  # noqa: ANN001
    return {k: v for k, v in form.items() if k != "csrf_token" and isinstance(v, str)}


# --- the client's workspace ---------------------------------------------------------------------------------------

panels.client_area("sessions", "Sessions and notes", 10)


@panels.client_panel(10, area="sessions")
async def client_sessions_panel(session, actor, client, actions) -> panels.Panel | None:  # noqa: ANN001
    """The client's sessions, newest first, in the viewer's time zone; booking and changes for the care team."""
    if "clinical.read" not in actions:
        return None
    appointments = await service.list_appointments(session, actor, client.id)
    here = await service.actor_zone(session, actor)
    return panels.Panel("appointments/_client_panel.html", {
        "appointments": appointments, "client": client, "can_write": "clinical.write" in actions,
        "labels": LABELS, "form": {}, "kinds": KINDS, "modalities": MODALITIES, "repeats": REPEATS,
        "today": utcnow().astimezone(zone(here)).date().isoformat(), "zone_name": here})


def _book_context(client_id: uuid.UUID, form: dict, today: str, zone_name: str) -> dict:
    return {"ctx": {"client_id": client_id, "form": form, "kinds": KINDS, "modalities": MODALITIES,
                    "repeats": REPEATS, "today": today, "zone_name": zone_name}}


@router.get("/clients/{client_id}/appointments/new")
async def book_form(request: Request, client_id: uuid.UUID, actor: CurrentActor, session: DB) -> Response:
    """The booking form on a page of its own (the sessions area shows the same form)."""
    client = await get_client(session, actor, client_id, Action.clinical_write)
    here = _viewer_zone(request)
    return render(request, "appointments/book.html", {"client": client} | _book_context(
        client.id, {}, utcnow().astimezone(zone(here)).date().isoformat(), here))


@router.post("/clients/{client_id}/appointments/new")
async def book(request: Request, client_id: uuid.UUID, actor: CurrentActor, session: DB) -> Response:
    """Book a session or a series; a mistake or a clash comes back with the form as typed and nothing saved."""
    form = _form_dict(await request.form())
    here = _viewer_zone(request)
    try:
        repeat = form.get("repeat") or "none"
        data = AppointmentCreate(
            starts_at=_local_start(form.get("date", ""), form.get("time", ""), here),
            duration_minutes=_int(form.get("duration_minutes"), "Length") or 50,
            kind=form.get("kind") or "therapy", modality=form.get("modality") or "in_person",
            reason=form.get("reason") or None, repeat=repeat, timezone=here,
            count=_int(form.get("count"), "Number of sessions") if repeat != "none" and form.get("ends") != "until" else None,
            until=(form.get("until") or None) if repeat != "none" and form.get("ends") == "until" else None)
        await service.book(session, actor, client_id, data)
    except (AllianceError, ValidationError) as exc:
        await _undo(request, session)
        client = await get_client(session, actor, client_id, Action.clinical_write)
        context = {"client": client, "flash": _problem(exc), "flash_kind": "error"} | _book_context(
            client.id, form, utcnow().astimezone(zone(here)).date().isoformat(), here)
        return render(request, "appointments/book.html", context,
                      status_code=getattr(exc, "status_code", 400) if isinstance(exc, AllianceError) else 400)
    return RedirectResponse(f"/clients/{client_id}?area=sessions#appointments", status_code=303)


def _back(appointment_id: uuid.UUID, done: str) -> RedirectResponse:
    return RedirectResponse(f"/appointments/{appointment_id}?done={done}", status_code=303)


DONE = {"status": "The session's status is saved.", "cancelled": "Cancelled.", "moved": "The session is moved."}


@router.get("/appointments/{appointment_id}")
async def appointment_page(request: Request, appointment_id: uuid.UUID, actor: CurrentActor, session: DB,
                           done: str | None = None) -> Response:
    """One session: what it is, and (for the care team) marking it done, cancelling it, moving it."""
    appt = await service.get_appointment(session, actor, appointment_id, audited=True)
    return await _appointment(request, actor, session, appt, flash=DONE.get(done or ""))


async def _appointment(request: Request, actor, session, appt, *, flash: str | None = None,  # noqa: ANN001
                       form: dict | None = None, status_code: int = 200) -> Response:
    client = await get_client(session, actor, appt.client_id)
    clinician = await session.get(User, appt.clinician_id)
    later = []
    if appt.series_id is not None:
        later = [a for a in await service.list_appointments(session, actor, appt.client_id)
                 if a.series_id == appt.series_id and a.starts_at > appt.starts_at and a.status == "scheduled"]
    here = _viewer_zone(request)
    local = appt.starts_at.astimezone(zone(here))
    return render(request, "appointments/appointment.html", {
        "appt": appt, "client": client, "clinician": clinician, "labels": LABELS, "later": len(later),
        "can_write": Action.clinical_write in await allowed_actions(session, actor, client),
        "form": form or {"date": local.date().isoformat(), "time": local.strftime("%H:%M"),
                         "duration_minutes": str(appt.duration_minutes)},
        "zone_name": here, "flash": flash, "flash_kind": "error" if status_code >= 400 else "ok",
    }, status_code=status_code)


async def _refused(request: Request, actor, session, appointment_id: uuid.UUID, exc: Exception,  # noqa: ANN001
                   form: dict | None = None) -> Response:
    await _undo(request, session)
    appt = await service.get_appointment(session, actor, appointment_id)
    status = exc.status_code if isinstance(exc, AllianceError) else 400
    return await _appointment(request, actor, session, appt, flash=_problem(exc), form=form, status_code=status)


@router.post("/appointments/{appointment_id}/status")
async def appointment_status(request: Request, appointment_id: uuid.UUID, actor: CurrentActor,
                             session: DB) -> Response:
    """Mark a session completed or no-show (or scheduled again)."""
    form = _form_dict(await request.form())
    try:
        await service.set_status(session, actor, appointment_id, form.get("status", ""))
    except (AllianceError, ValidationError) as exc:
        return await _refused(request, actor, session, appointment_id, exc)
    return _back(appointment_id, "status")


@router.post("/appointments/{appointment_id}/cancel")
async def appointment_cancel(request: Request, appointment_id: uuid.UUID, actor: CurrentActor,
                             session: DB) -> Response:
    """Cancel this session, or it and the rest of its series, recording who cancelled and why (a code)."""
    form = _form_dict(await request.form())
    try:
        data = AppointmentCancel(cancelled_by=form.get("cancelled_by") or "clinician",
                                 cancel_reason=form.get("cancel_reason") or None, scope=form.get("scope") or "one")
        await service.cancel(session, actor, appointment_id, data)
    except (AllianceError, ValidationError) as exc:
        return await _refused(request, actor, session, appointment_id, exc)
    return _back(appointment_id, "cancelled")


@router.post("/appointments/{appointment_id}/reschedule")
async def appointment_reschedule(request: Request, appointment_id: uuid.UUID, actor: CurrentActor,
                                 session: DB) -> Response:
    """Move one session to a new date and time (in the viewer's zone), checked for clashes."""
    form = _form_dict(await request.form())
    try:
        starts_at = _local_start(form.get("date", ""), form.get("time", ""), _viewer_zone(request))
        await service.reschedule(session, actor, appointment_id, starts_at,
                                 _int(form.get("duration_minutes"), "Length"))
    except (AllianceError, ValidationError) as exc:
        return await _refused(request, actor, session, appointment_id, exc, form)
    return _back(appointment_id, "moved")


# --- the clinician's week ---------------------------------------------------------------------------------------


def _feed_url(secret: str) -> str:
    return f"{get_settings().base_url.rstrip('/')}/calendar/feed/{secret}.ics"


async def _calendar(request: Request, actor, session, *, week: str | None = None,  # noqa: ANN001
                    clinician: uuid.UUID | None = None, secret: str | None = None, flash: str | None = None,
                    status_code: int = 200) -> Response:
    found = await service.week(session, actor, clinician, week)
    own = found is not None and found.clinician.id == actor.user_id
    context = {
        "week": found, "choices": await service.staff_choices(session, actor) if actor.role != "clinician" else [],
        "own": own, "labels": LABELS, "flash": flash, "flash_kind": "error" if status_code >= 400 else "ok",
        "feed": await service.active_feed(session, actor) if own else None,
        "feed_url": _feed_url(secret) if secret else None,
        "settings": await service.scheduling_settings(session, actor.practice_id) if actor.role == "admin" else None,
    }
    if found is not None:
        here = zone(found.zone)
        context |= {
            "viewer_zone": found.zone,  # the week is the clinician's: Monday to Sunday in their zone
            "today": utcnow().astimezone(here).date(),
            "prev": (found.monday - timedelta(days=7)).isoformat(), "next": (found.monday + timedelta(days=7)).isoformat(),
            "sunday": found.monday + timedelta(days=6),
            "who": "" if own else f"&clinician={found.clinician.id}",
        }
    return render(request, "appointments/calendar.html", context, status_code=status_code)


@router.get("/calendar")
async def calendar(request: Request, actor: CurrentActor, session: DB, week: str | None = None,
                   clinician: str | None = None) -> Response:
    """A clinician's week (?week=2026-12-07, ?clinician=<id> for supervisors and admins)."""
    chosen = None
    if clinician:
        try:
            chosen = uuid.UUID(clinician.strip())
        except ValueError:
            raise BadRequest("clinician must be a user id.") from None
    return await _calendar(request, actor, session, week=week, clinician=chosen)


@router.post("/calendar/feed")
async def calendar_feed_create(request: Request, actor: CurrentActor, session: DB) -> Response:
    """A new secret feed address (shown once; any earlier one stops working)."""
    form = await request.form()
    secret, _ = await service.create_feed(session, actor, show_initials=form.get("show_initials") == "yes")
    return await _calendar(request, actor, session, secret=secret,
                           flash="Your new calendar address is below. Copy it now: it is shown only once.")


@router.post("/calendar/feed/revoke")
async def calendar_feed_revoke(request: Request, actor: CurrentActor, session: DB) -> Response:
    """Turn the feed address off."""
    await service.revoke_feed(session, actor)
    return RedirectResponse("/calendar", status_code=303)


@router.post("/calendar/settings")
async def calendar_settings(request: Request, actor: CurrentActor, session: DB) -> Response:
    """The practice's reminder lead time (admins)."""
    form = _form_dict(await request.form())
    try:
        data = SchedulingSettingsUpdate(reminder_hours=_int(form.get("reminder_hours"), "Hours"))
        await service.update_scheduling_settings(session, actor, data)
    except (AllianceError, ValidationError) as exc:
        if isinstance(exc, AllianceError) and exc.status_code == 403:
            raise
        await _undo(request, session)
        return await _calendar(request, actor, session, flash=_problem(exc), status_code=400)
    return await _calendar(request, actor, session, flash="The scheduling settings are saved.")


@router.get("/calendar/feed/{filename}")
async def calendar_feed(request: Request, filename: str, session: DB) -> Response:
    """The clinician's sessions as iCalendar for their calendar app at /calendar/feed/<token>.ics; the secret
    address is the credential (no log-in)."""
    try:
        feed.limiter.check(client_address(request))
    except feed.FeedThrottled as exc:
        return Response(exc.detail + "\n", status_code=429, media_type="text/plain",
                        headers={"Retry-After": str(exc.retry_after)})
    if not filename.endswith(".ics"):
        raise NotFound("No such calendar feed.")
    _, _, entries = await service.feed_by_token(session, filename.removesuffix(".ics")[:200])
    return Response(feed.build(entries), media_type="text/calendar; charset=utf-8",
                    headers={"Content-Disposition": 'inline; filename="alliance.ics"'})


# --- the portal ------------------------------------------------------------------------------------------------

panels.portal_area("appointments", N_("Appointments"), 20)


@panels.portal_panel(10, area="appointments")
async def portal_appointments_panel(session, actor, client, actions) -> panels.Panel | None:  # noqa: ANN001
    """The client's coming sessions, in their zone, with the kind, how, and the clinician's name."""
    upcoming = await service.upcoming_for_client(session, actor, client.id)
    return panels.Panel("appointments/_portal_panel.html", {"upcoming": upcoming, "labels": LABELS})


@panels.portal_panel(5)
async def portal_next_panel(session, actor, client, actions) -> panels.Panel | None:  # noqa: ANN001
    """Home: the next session, in one line."""
    upcoming = await service.upcoming_for_client(session, actor, client.id, limit=1)
    if not upcoming:
        return None
    return panels.Panel("appointments/_portal_next.html", {"next": upcoming[0], "labels": LABELS})


@panels.today_section(20)
async def today_sessions(session, actor) -> panels.Panel | None:  # noqa: ANN001
    """Today's sessions on the Today page, in the clinician's zone, each with its client and a note to write."""
    if actor.role not in ("clinician", "supervisor"):
        return None
    from alliance.db.base import utcnow
    from alliance.web.timefmt import to_local

    week = await service.week(session, actor, None)
    if week is None:
        return None
    today = to_local(utcnow(), week.zone).date()
    items = next((items for day, items in week.days if day == today), [])
    return panels.Panel("appointments/_today.html", {"sessions": items, "labels": LABELS})


@panels.client_panel(20, area=panels.OVERVIEW)
async def client_next_session_panel(session, actor, client, actions) -> panels.Panel | None:  # noqa: ANN001
    """The overview's glance at sessions: the next one booked and the last one held."""
    if "clinical.read" not in actions:
        return None
    from alliance.db.base import utcnow

    rows = await service.list_appointments(session, actor, client.id)
    now = utcnow()
    coming = sorted((a for a in rows if a.status == "scheduled" and a.starts_at >= now), key=lambda a: a.starts_at)
    held = sorted((a for a in rows if a.status == "completed"), key=lambda a: a.starts_at, reverse=True)
    return panels.Panel("appointments/_overview.html", {
        "next": coming[0] if coming else None, "last": held[0] if held else None, "count": len(held),
        "client": client, "labels": LABELS})
