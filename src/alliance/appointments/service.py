"""Appointments with a client: booking (single or recurring), changes, the clinician's week, calendar feeds."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from alliance.accounts.models import User
from alliance.appointments.models import CANCEL_REASONS, Appointment, CalendarFeed, SchedulingSettings
from alliance.appointments.schemas import (
    MAX_OCCURRENCES,
    AppointmentCancel,
    AppointmentCreate,
    AppointmentUpdate,
    SchedulingSettingsUpdate,
)
from alliance.clients.models import Client
from alliance.db.base import utcnow
from alliance.errors import BadRequest, Conflict, NotFound
from alliance.security import audit, tokens
from alliance.security.audit import Actor
from alliance.security.authz import (
    Action, AccessDenied, authorize, require_role, visible_clients, visible_clients_if_kept)
from alliance.web.timefmt import check_zone, local_text, zone

STAFF_ROLES = ("clinician", "supervisor")
LONGEST = timedelta(minutes=480)  # the longest session a booking may have (schemas: duration_minutes le=480)
REPEAT_DAYS = {"weekly": 7, "fortnightly": 14}


class DoubleBooking(Conflict):
    """The clinician already has a session at that time (409); the detail lists every clash."""


# --- helpers ----------------------------------------------------------------------------------------------


async def zone_of(session: AsyncSession, user: User | None, practice_id: uuid.UUID) -> str:
    """A member of staff's own zone, else the practice's (times on their calendar and in their forms)."""
    if user is not None and user.timezone:
        return user.timezone
    from alliance.practices.service import timezone_of

    return await timezone_of(session, practice_id)


async def actor_zone(session: AsyncSession, actor: Actor) -> str:
    user = await session.get(User, actor.user_id) if actor.user_id else None
    if user is not None and user.role == "client" and not user.timezone and user.client_id:
        own = await session.scalar(select(Client.timezone).where(Client.id == user.client_id))
        if own:
            return own
    return await zone_of(session, user, actor.practice_id) if actor.practice_id else "UTC"


async def _clinician(session: AsyncSession, practice_id: uuid.UUID, clinician_id: uuid.UUID | None) -> User:
    clinician = await session.get(User, clinician_id) if clinician_id else None
    if clinician is None or clinician.practice_id != practice_id or clinician.role not in STAFF_ROLES:
        raise BadRequest("clinician_id must name a clinician of this practice.")
    return clinician


def occurrences(first: datetime, zone_name: str | None, repeat: str = "none", count: int | None = None,
                until: date | None = None) -> list[datetime]:
    """The starts (UTC) of a booking: one, or every 7 or 14 days at the same wall-clock time in the zone.

    The local time is kept across daylight-saving changes (17:00 Europe/London stays 17:00 in summer and winter),
    so the UTC instant moves by the zone's change. At most MAX_OCCURRENCES; a longer series is refused.
    """
    first = first.astimezone(timezone.utc)
    if repeat == "none":
        return [first]
    step = REPEAT_DAYS[repeat]
    here = zone(zone_name)
    local = first.astimezone(here)
    wall = local.time().replace(tzinfo=None)
    starts: list[datetime] = []
    for k in range(MAX_OCCURRENCES + 1):
        if count is not None and len(starts) >= count:
            break
        day = local.date() + timedelta(days=step * k)
        if until is not None and day > until:
            break
        if len(starts) == MAX_OCCURRENCES:
            raise BadRequest(f"A series may hold at most {MAX_OCCURRENCES} sessions: choose an earlier end date.")
        starts.append(datetime.combine(day, wall, tzinfo=here).astimezone(timezone.utc))
    if not starts:
        raise BadRequest("The end date is before the first session.")
    return starts


async def clashes(session: AsyncSession, clinician_id: uuid.UUID, slots: Sequence[tuple[datetime, int]],
                  exclude: set[uuid.UUID] | None = None) -> list[tuple[datetime, Appointment]]:
    """(wanted start, existing appointment) for every wanted slot that overlaps a session the clinician already
    has (cancelled sessions free their time)."""
    if not slots:
        return []
    earliest = min(s for s, _ in slots) - LONGEST
    latest = max(s + timedelta(minutes=m) for s, m in slots)
    query = select(Appointment).where(
        Appointment.clinician_id == clinician_id, Appointment.deleted_at.is_(None),
        Appointment.status != "cancelled", Appointment.starts_at > earliest, Appointment.starts_at < latest)
    existing = [a for a in (await session.execute(query.order_by(Appointment.starts_at))).scalars()
                if a.id not in (exclude or set())]
    found = []
    for start, minutes in slots:
        end = start + timedelta(minutes=minutes)
        found += [(start, a) for a in existing if a.starts_at < end and a.ends_at > start]
    return found


def _clash_message(clinician: User, found: list[tuple[datetime, Appointment]], zone_name: str) -> str:
    who = clinician.display_name or "The clinician"
    listed = [f"{local_text(a.starts_at, zone_name)} to {local_text(a.ends_at, zone_name, '%H:%M')} "
              f"({a.kind}, {a.status.replace('_', ' ')})" for _, a in found[:5]]
    more = f" and {len(found) - 5} more" if len(found) > 5 else ""
    return (f"{who} already has a session at that time: {'; '.join(listed)}{more}. "
            "Choose another time, or cancel or move the other session first.")


async def _refuse_clashes(session: AsyncSession, actor: Actor, clinician: User,
                          slots: Sequence[tuple[datetime, int]], exclude: set[uuid.UUID] | None = None) -> None:
    found = await clashes(session, clinician.id, slots, exclude)
    if found:
        raise DoubleBooking(_clash_message(clinician, found, await actor_zone(session, actor)))


# --- booking and changes ------------------------------------------------------------------------------------


async def book(session: AsyncSession, actor: Actor, client_id: uuid.UUID, data: AppointmentCreate,
               *, allow_past: bool = False) -> list[Appointment]:
    """Schedule a session, or a weekly or fortnightly series of them (one series id), for a client.

    Refused: a start in the past (new bookings only), and any overlap with the clinician's other sessions
    (409, naming every clash). `allow_past` is for the demo's history and imports run by the system.
    """
    client = await authorize(session, actor, Action.clinical_write, client_id)
    clinician = await _clinician(session, client.practice_id, data.clinician_id or actor.user_id)
    zone_name = check_zone(data.timezone) or await zone_of(session, clinician, client.practice_id)
    starts = occurrences(data.starts_at, zone_name, data.repeat, data.count, data.until)
    if not allow_past and starts[0] <= utcnow():
        raise BadRequest("A new session cannot start in the past: check the date and time.")
    await _refuse_clashes(session, actor, clinician, [(s, data.duration_minutes) for s in starts])
    series_id = uuid.uuid4() if len(starts) > 1 or data.repeat != "none" else None
    made = []
    for start in starts:
        appt = Appointment(practice_id=client.practice_id, client_id=client.id, clinician_id=clinician.id,
                           starts_at=start, duration_minutes=data.duration_minutes, kind=data.kind,
                           modality=data.modality, series_id=series_id, created_by=actor.user_id,
                           updated_by=actor.user_id)
        appt.reason = data.reason
        session.add(appt)
        made.append(appt)
    await session.flush()
    for appt in made:
        await audit.record(session, actor, "appointment.create", client_id=client.id, resource_type="appointment",
                           resource_id=appt.id, detail=f"series={series_id}" if series_id else None)
    return made


async def create_appointment(session: AsyncSession, actor: Actor, client_id: uuid.UUID,
                             data: AppointmentCreate) -> Appointment:
    """Schedule a session with a client (the first of the series when it repeats)."""
    return (await book(session, actor, client_id, data))[0]


async def list_appointments(session: AsyncSession, actor: Actor, client_id: uuid.UUID) -> Sequence[Appointment]:
    """A client's appointments, newest first."""
    client = await authorize(session, actor, Action.clinical_read, client_id)
    await audit.record(session, actor, "appointment.list", client_id=client.id, resource_type="appointment")
    return (
        await session.execute(select(Appointment).where(Appointment.client_id == client.id,
                                                        Appointment.deleted_at.is_(None))
                              .order_by(Appointment.starts_at.desc()))
    ).scalars().all()


async def get_appointment(session: AsyncSession, actor: Actor, appointment_id: uuid.UUID,
                          action: Action = Action.clinical_read, *, audited: bool = False) -> Appointment:
    """One appointment, if the actor may see its client's clinical record."""
    appt = await session.get(Appointment, appointment_id)
    if appt is None or appt.deleted_at is not None:
        raise NotFound("No such appointment.")
    await authorize(session, actor, action, appt.client_id)
    if audited:
        await audit.record(session, actor, "appointment.read", client_id=appt.client_id,
                           resource_type="appointment", resource_id=appt.id)
    return appt


def _touch(appt: Appointment, actor: Actor) -> None:
    appt.updated_by = actor.user_id
    appt.updated_at = utcnow()


async def update_appointment(session: AsyncSession, actor: Actor, appointment_id: uuid.UUID,
                             data: AppointmentUpdate) -> Appointment:
    """Reschedule or record what happened (a new time is checked for clashes; cancellation codes only go with a
    cancelled status)."""
    appt = await get_appointment(session, actor, appointment_id, Action.clinical_write)
    changed = data.model_dump(exclude_unset=True)
    for name, value in changed.items():
        if value is None and name not in ("reason", "cancelled_by", "cancel_reason"):
            raise BadRequest(f"{name} cannot be empty.")
    status = changed.get("status", appt.status)
    if status != "cancelled" and (changed.get("cancelled_by") or changed.get("cancel_reason")):
        raise BadRequest("cancelled_by and cancel_reason go with the status cancelled.")
    starts_at = changed.get("starts_at", appt.starts_at)
    minutes = changed.get("duration_minutes", appt.duration_minutes)
    moved = starts_at != appt.starts_at or minutes != appt.duration_minutes
    if status != "cancelled" and (moved or appt.status == "cancelled"):
        clinician = await session.get(User, appt.clinician_id)
        await _refuse_clashes(session, actor, clinician, [(starts_at, minutes)], {appt.id})
    for name, value in changed.items():
        setattr(appt, name, value)
    if status == "cancelled":
        appt.cancelled_by = appt.cancelled_by or "clinician"
    else:
        appt.cancelled_by = appt.cancel_reason = None
    if moved:
        appt.reminded_at = None  # a new time earns a new reminder
    _touch(appt, actor)
    await audit.record(session, actor, "appointment.update", client_id=appt.client_id, resource_type="appointment",
                       resource_id=appt.id, detail="fields=" + ",".join(sorted(changed)))
    return appt


async def set_status(session: AsyncSession, actor: Actor, appointment_id: uuid.UUID, status: str) -> Appointment:
    """Record that a session happened, was missed (no-show), or is scheduled again."""
    if status not in ("scheduled", "completed", "no_show"):
        raise BadRequest("Choose completed, no-show or scheduled (cancel a session with its own form).")
    return await update_appointment(session, actor, appointment_id, AppointmentUpdate(status=status))


async def cancel(session: AsyncSession, actor: Actor, appointment_id: uuid.UUID,
                 data: AppointmentCancel) -> list[Appointment]:
    """Cancel one session, or it and every later scheduled session of its series; returns those cancelled."""
    appt = await get_appointment(session, actor, appointment_id, Action.clinical_write)
    if data.scope == "following" and appt.series_id is not None:
        targets = list((await session.execute(select(Appointment).where(
            Appointment.series_id == appt.series_id, Appointment.client_id == appt.client_id,
            Appointment.deleted_at.is_(None), Appointment.starts_at >= appt.starts_at,
            Appointment.status == "scheduled").order_by(Appointment.starts_at))).scalars())
        if appt not in targets:
            targets.insert(0, appt)
    else:
        targets = [appt]
    for target in targets:
        target.status = "cancelled"
        target.cancelled_by = data.cancelled_by
        target.cancel_reason = data.cancel_reason
        _touch(target, actor)
        await audit.record(session, actor, "appointment.cancel", client_id=target.client_id,
                           resource_type="appointment", resource_id=target.id,
                           detail=f"by={data.cancelled_by};reason={data.cancel_reason or '-'};scope={data.scope}")
    return targets


async def reschedule(session: AsyncSession, actor: Actor, appointment_id: uuid.UUID, starts_at: datetime,
                     duration_minutes: int | None = None) -> Appointment:
    """Move one scheduled session (of a series, only this one) to a new time, checked for clashes."""
    appt = await get_appointment(session, actor, appointment_id, Action.clinical_write)
    if appt.status != "scheduled":
        raise BadRequest("Only a scheduled session can be moved; a cancelled one can be scheduled again first.")
    data = {"starts_at": starts_at} | ({"duration_minutes": duration_minutes} if duration_minutes else {})
    return await update_appointment(session, actor, appt.id, AppointmentUpdate(**data))


# --- the clinician's week -----------------------------------------------------------------------------------


@dataclass
class CalendarItem:
    """A session on a calendar; the client is named (and linked) only when the viewer may see them."""

    appointment: Appointment
    client_name: str | None
    client_id: uuid.UUID | None


@dataclass
class Week:
    """A clinician's sessions from Monday to Sunday in their zone."""

    clinician: User
    zone: str
    monday: date
    days: list[tuple[date, list[CalendarItem]]] = field(default_factory=list)

    @property
    def count(self) -> int:
        return sum(len(items) for _, items in self.days)


def monday_of(day: date) -> date:
    """The Monday of the week holding `day`."""
    return day - timedelta(days=day.weekday())


def parse_week(value: str | None, zone_name: str) -> date:
    """The Monday of the week asked for (?week=2026-12-07; any day of it will do), else of this week."""
    if not value:
        return monday_of(utcnow().astimezone(zone(zone_name)).date())
    try:
        return monday_of(date.fromisoformat(value.strip()[:10]))
    except ValueError:
        raise BadRequest("week must be a date such as 2026-12-07.") from None


async def staff_choices(session: AsyncSession, actor: Actor) -> list[User]:
    """The clinicians whose calendars this actor may open (their own; the practice's for supervisors and admins)."""
    if actor.role not in ("admin", "supervisor"):
        user = await session.get(User, actor.user_id) if actor.user_id else None
        return [user] if user is not None else []
    users = (await session.execute(select(User).where(
        User.practice_id == actor.practice_id, User.role.in_(STAFF_ROLES), User.is_active.is_(True)))).scalars()
    return sorted(users, key=lambda u: (u.display_name or "").casefold())


async def calendar_owner(session: AsyncSession, actor: Actor, clinician_id: uuid.UUID | None) -> User | None:
    """The clinician whose calendar this actor asks for: their own, or (supervisors and admins) a clinician of
    their practice. None for an admin who named no one. Other practices' users are not found."""
    if actor.role not in ("admin", *STAFF_ROLES):
        raise AccessDenied("Only staff have calendars.", actor=actor, action="calendar.read", client_id=None)
    if clinician_id is None or clinician_id == actor.user_id:
        if actor.role == "admin":
            return None
        return await session.get(User, actor.user_id)
    user = await session.get(User, clinician_id)
    if user is None or user.practice_id != actor.practice_id or user.role not in STAFF_ROLES:
        raise NotFound("No such clinician.")
    require_role(actor, "admin", "supervisor", action="calendar.read")
    return user


async def week(session: AsyncSession, actor: Actor, clinician_id: uuid.UUID | None,
               week_value: str | None = None) -> Week | None:
    """A clinician's week, Monday to Sunday in the clinician's zone (audited as one calendar read)."""
    clinician = await calendar_owner(session, actor, clinician_id)
    if clinician is None:
        return None
    zone_name = await zone_of(session, clinician, clinician.practice_id)
    monday = parse_week(week_value, zone_name)
    here = zone(zone_name)
    start = datetime.combine(monday, time(0), tzinfo=here).astimezone(timezone.utc)
    end = datetime.combine(monday + timedelta(days=7), time(0), tzinfo=here).astimezone(timezone.utc)
    rows = list((await session.execute(select(Appointment).where(
        Appointment.clinician_id == clinician.id, Appointment.deleted_at.is_(None),
        Appointment.starts_at >= start, Appointment.starts_at < end).order_by(Appointment.starts_at))).scalars())
    ids = {a.client_id for a in rows}
    # Today has read the actor's active clients already: only the others of the week need a query.
    kept = visible_clients_if_kept(session, actor, "active") or []
    visible = {c.id: c for c in kept if c.id in ids}
    missing = {i for i in ids - visible.keys() if i is not None}
    if missing:
        visible |= {c.id: c for c in (await session.execute(
            visible_clients(actor).where(Client.id.in_(missing)))).unique().scalars()}
    result = Week(clinician, zone_name, monday)
    for offset in range(7):
        day = monday + timedelta(days=offset)
        items = [CalendarItem(a, visible[a.client_id].full_name if a.client_id in visible else None,
                              a.client_id if a.client_id in visible else None)
                 for a in rows if a.starts_at.astimezone(here).date() == day]
        result.days.append((day, items))
    await audit.record(session, actor, "calendar.read", resource_type="calendar", resource_id=clinician.id,
                       detail=f"week={monday.isoformat()};count={len(rows)}")
    return result


# --- the client's own view ------------------------------------------------------------------------------------


async def upcoming_for_client(session: AsyncSession, actor: Actor, client_id: uuid.UUID,
                              limit: int = 20) -> list[tuple[Appointment, str]]:
    """The client's coming sessions (scheduled, not yet ended) with each clinician's display name."""
    client = await authorize(session, actor, Action.portal, client_id)
    rows = (await session.execute(
        select(Appointment, User.display_name).join(User, User.id == Appointment.clinician_id).where(
            Appointment.client_id == client.id, Appointment.deleted_at.is_(None),
            Appointment.status == "scheduled", Appointment.starts_at > utcnow() - LONGEST)
        .order_by(Appointment.starts_at).limit(limit * 2))).all()
    now = utcnow()
    upcoming = [(a, name or "Your clinician") for a, name in rows if a.ends_at > now][:limit]
    await audit.record(session, actor, "appointment.portal_list", client_id=client.id, resource_type="appointment",
                       detail=f"count={len(upcoming)}")
    return upcoming


# --- calendar feeds ---------------------------------------------------------------------------------------------


async def active_feed(session: AsyncSession, actor: Actor) -> CalendarFeed | None:
    """The actor's live calendar feed, if any."""
    if not actor.user_id:
        return None
    return (await session.execute(select(CalendarFeed).where(
        CalendarFeed.user_id == actor.user_id, CalendarFeed.revoked_at.is_(None))
        .order_by(CalendarFeed.created_at.desc()))).scalars().first()


async def revoke_feed(session: AsyncSession, actor: Actor) -> int:
    """Turn off the actor's calendar feed address (its calendar apps stop updating); returns how many."""
    feeds = (await session.execute(select(CalendarFeed).where(
        CalendarFeed.user_id == actor.user_id, CalendarFeed.revoked_at.is_(None)))).scalars().all()
    for feed in feeds:
        feed.revoked_at = utcnow()
        await audit.record(session, actor, "calendar.feed.revoke", resource_type="calendar_feed", resource_id=feed.id)
    return len(feeds)


async def create_feed(session: AsyncSession, actor: Actor, *, show_initials: bool = True) -> tuple[str, CalendarFeed]:
    """A new secret feed address for the clinician's own sessions (any earlier one stops working). The secret is
    returned once; only its hash is stored."""
    if actor.role not in STAFF_ROLES or actor.user_id is None:
        raise AccessDenied("Only clinicians have a calendar feed.", actor=actor, action="calendar.feed.create",
                           client_id=None)
    await revoke_feed(session, actor)
    secret = tokens.new_token(32)
    feed = CalendarFeed(practice_id=actor.practice_id, user_id=actor.user_id, token_hash=tokens.token_hash(secret),
                        prefix=secret[:8], show_initials=show_initials)
    session.add(feed)
    await session.flush()
    await audit.record(session, actor, "calendar.feed.create", resource_type="calendar_feed", resource_id=feed.id,
                       detail=f"initials={'on' if show_initials else 'off'}")
    return secret, feed


FEED_PAST = timedelta(days=90)
FEED_AHEAD = timedelta(days=400)


async def feed_by_token(session: AsyncSession, secret: str) -> tuple[CalendarFeed, User, list[tuple[Appointment,
                                                                                                   str | None]]]:
    """The feed a secret opens, its clinician, and their sessions (with the client's initials when the feed shows
    them). An unknown, revoked or inactive one is not found. Audited as a calendar read by the clinician."""
    feed = (await session.execute(select(CalendarFeed).where(
        CalendarFeed.token_hash == tokens.token_hash(secret or "")))).scalar_one_or_none()
    user = await session.get(User, feed.user_id) if feed is not None else None
    if feed is None or feed.revoked_at is not None or user is None or not user.is_active:
        raise NotFound("No such calendar feed.")
    now = utcnow()
    rows = list((await session.execute(select(Appointment).where(
        Appointment.clinician_id == user.id, Appointment.deleted_at.is_(None),
        Appointment.starts_at >= now - FEED_PAST, Appointment.starts_at < now + FEED_AHEAD)
        .order_by(Appointment.starts_at))).scalars())
    initials: dict[uuid.UUID, str] = {}
    if feed.show_initials and rows:
        clients = (await session.execute(select(Client).where(
            Client.id.in_({a.client_id for a in rows}), Client.status != "erased"))).unique().scalars()
        initials = {c.id: client_initials(c) for c in clients}
    feed.last_used_at = now
    await audit.record(session, Actor(user.id, user.role, user.practice_id), "calendar.feed.read",
                       resource_type="calendar_feed", resource_id=feed.id, detail=f"count={len(rows)}")
    return feed, user, [(a, initials.get(a.client_id)) for a in rows]


def client_initials(client: Client) -> str:
    """'M.Q.' for Marisol Quintanilla-Ward; empty when nothing is known."""
    return "".join(f"{p.strip()[0].upper()}." for p in (client.given_name, client.family_name) if p and p.strip())


# --- practice settings --------------------------------------------------------------------------------------------


async def scheduling_settings(session: AsyncSession, practice_id: uuid.UUID) -> SchedulingSettings:
    """The practice's scheduling settings (the defaults, unsaved, when it never changed them)."""
    found = await session.get(SchedulingSettings, practice_id)
    return found or SchedulingSettings(practice_id=practice_id, reminder_hours=24)


async def update_scheduling_settings(session: AsyncSession, actor: Actor,
                                     data: SchedulingSettingsUpdate) -> SchedulingSettings:
    """Change the practice's scheduling settings (admins; audited)."""
    require_role(actor, "admin", action="scheduling.settings.update")
    current = await session.get(SchedulingSettings, actor.practice_id)
    if current is None:
        current = SchedulingSettings(practice_id=actor.practice_id, reminder_hours=24)
        session.add(current)
    changed = data.model_dump(exclude_unset=True, exclude_none=True)
    for name, value in changed.items():
        setattr(current, name, value)
    current.updated_at = utcnow()
    await session.flush()
    await audit.record(session, actor, "scheduling.settings.update", resource_type="practice",
                       resource_id=actor.practice_id,
                       detail="; ".join(f"{k}={v}" for k, v in sorted(changed.items())))
    return current


def reason_label(code: str | None) -> str:
    """The words for a cancellation code."""
    return CANCEL_REASONS.get(code or "", "")


async def claim_reminder(session: AsyncSession, appointment_id: uuid.UUID, starts_at: datetime) -> bool:
    """Mark a session's reminder as sent unless someone did already (one atomic update: two workers, or a job run
    twice, can never both win). True when this caller claimed it."""
    result = await session.execute(update(Appointment).where(
        Appointment.id == appointment_id, Appointment.reminded_at.is_(None), Appointment.status == "scheduled",
        Appointment.starts_at == starts_at).values(reminded_at=utcnow()).execution_options(synchronize_session=False))
    return (result.rowcount or 0) == 1


async def release_reminder(session: AsyncSession, appointment_id: uuid.UUID) -> None:
    """Undo a claim whose e-mail could not be sent, so a later run tries again."""
    await session.execute(update(Appointment).where(Appointment.id == appointment_id)
                          .values(reminded_at=None).execution_options(synchronize_session=False))
