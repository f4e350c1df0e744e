"""The client's private calendar feed (iCalendar, RFC 5545): their reminders for the next 30 days and their
coming appointments, for their own calendar app.

The address holds a random token (`secrets.token_urlsafe(32)`); the table keeps only its SHA-256, so the
address is shown once, when it is made. Making a new one or revoking it turns the old one off at once. Nothing
in the feed says what the care is about: each reminder is "Alliance: a moment for your practice" (in the
client's language) at their reminder time in their zone (with its VTIMEZONE), with an alarm, and a link to the
portal as its description; appointments are "Appointment", with no clinician, kind or reason. UIDs are stable
per feed and day (per appointment), so calendar apps update events in place. Polls are rate-limited per
address and audited lightly (once an hour).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from icalendar import Alarm, Calendar, Event
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from alliance.accounts.models import User
from alliance.appointments.feed import RateLimit
from alliance.appointments.models import Appointment
from alliance.clients.models import Client
from alliance.config import get_settings
from alliance.db.base import utcnow
from alliance.errors import NotFound
from alliance.homework import reminders, service
from alliance.homework.reminder_models import ReminderFeed
from alliance.measures.models import OPEN, MeasureAdministration
from alliance.security import audit, tokens
from alliance.security.audit import Actor
from alliance.security.authz import Action, authorize
from alliance.web.i18n import N_, gettext
from alliance.web.timefmt import zone

PRODID = "-//Alliance//Reminders//EN"
HORIZON_DAYS = 30
EVENT_MINUTES = 15
AUDIT_EVERY = timedelta(hours=1)  # a calendar app polls often: one audit entry an hour is enough
REQUESTS_PER_MINUTE = 30  # per caller address, as the clinicians' feed
TITLE = N_("Alliance: a moment for your practice")
APPOINTMENT = N_("Appointment")
CALENDAR_NAME = N_("Alliance reminders")

limiter = RateLimit(REQUESTS_PER_MINUTE)


# --- addresses ----------------------------------------------------------------------------------------------

async def active_feed(session: AsyncSession, client_id: uuid.UUID) -> ReminderFeed | None:
    """The client's live feed address, if any."""
    return (await session.execute(select(ReminderFeed).where(
        ReminderFeed.client_id == client_id, ReminderFeed.revoked_at.is_(None))
        .order_by(ReminderFeed.created_at.desc()))).scalars().first()


async def revoke_feed(session: AsyncSession, actor: Actor) -> int:
    """The client turns their feed address off (their calendar stops updating at once); returns how many."""
    client = await authorize(session, actor, Action.portal, service.portal_client_id(actor))
    feeds = (await session.execute(select(ReminderFeed).where(
        ReminderFeed.client_id == client.id, ReminderFeed.revoked_at.is_(None)))).scalars().all()
    for feed in feeds:
        feed.revoked_at = utcnow()
        await audit.record(session, actor, "reminders.feed.revoke", client_id=client.id,
                           resource_type="reminder_feed", resource_id=feed.id)
    await session.flush()
    return len(feeds)


async def create_feed(session: AsyncSession, actor: Actor) -> tuple[str, ReminderFeed]:
    """A new secret address for the client's own calendar (any earlier one stops working). The secret is
    returned once; only its hash is stored."""
    client = await authorize(session, actor, Action.portal, service.portal_client_id(actor))
    await revoke_feed(session, actor)
    secret = tokens.new_token(32)
    feed = ReminderFeed(practice_id=client.practice_id, client_id=client.id,
                        token_hash=tokens.token_hash(secret), prefix=secret[:8])
    session.add(feed)
    await session.flush()
    await audit.record(session, actor, "reminders.feed.create", client_id=client.id,
                       resource_type="reminder_feed", resource_id=feed.id)
    return secret, feed


def feed_url(secret: str) -> str:
    """The address a calendar app subscribes to."""
    return f"{get_settings().base_url.rstrip('/')}/reminders/feed/{secret}.ics"


# --- events -------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Occurrence:
    """A reminder in the feed: the local day it is for and when it falls (aware, in the client's zone)."""

    day: date
    at: datetime


def occurrences(prefs: reminders.Prefs, assignments: Sequence, done: dict, today: date, *,
                questionnaires: bool = False, days: int = HORIZON_DAYS) -> list[Occurrence]:
    """One reminder a day from today for `days` days, on the days something reminds (questionnaires waiting
    remind today)."""
    out = []
    for n in range(days):
        day = today + timedelta(days=n)
        if reminders.due_on(assignments, done, day) or (questionnaires and n == 0):
            out.append(Occurrence(day, reminders.reminder_moment(day, prefs)))
    return out


def build(feed_id: uuid.UUID, found: Sequence[Occurrence], appointments: Sequence[Appointment], *, link: str,
          now: datetime) -> bytes:
    """The iCalendar text, its words in the current language."""
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", gettext(CALENDAR_NAME))
    title = gettext(TITLE)
    for item in found:
        event = Event()
        event.add("uid", f"reminder-{item.day:%Y%m%d}-{feed_id}@alliance")
        event.add("dtstamp", now)
        event.add("dtstart", item.at)
        event.add("dtend", item.at + timedelta(minutes=EVENT_MINUTES))
        event.add("summary", title)
        event.add("description", link)
        event.add("transp", "TRANSPARENT")  # a nudge, not a busy slot
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("trigger", timedelta(0))
        alarm.add("description", title)
        event.add_component(alarm)
        cal.add_component(event)
    for appt in appointments:
        event = Event()
        event.add("uid", f"appointment-{appt.id}@alliance")
        event.add("dtstamp", now)
        event.add("dtstart", appt.starts_at)
        event.add("dtend", appt.ends_at)
        event.add("summary", gettext(APPOINTMENT))
        event.add("description", link)
        cal.add_component(event)
    cal.add_missing_timezones()  # a VTIMEZONE for each zone the reminders name (TZID)
    return cal.to_ical()


async def feed_by_token(session: AsyncSession, secret: str, *, now: datetime | None = None) -> bytes:
    """The calendar a secret opens. An unknown or revoked address, or one whose client has no portal log-in
    any more, is not found."""
    now = now or utcnow()
    feed = (await session.execute(select(ReminderFeed).where(
        ReminderFeed.token_hash == tokens.token_hash(secret or "")))).scalar_one_or_none()
    client = await session.get(Client, feed.client_id) if feed is not None else None
    user = None
    if client is not None and client.status != "erased":
        user = (await session.execute(select(User).where(
            User.client_id == client.id, User.role == "client", User.is_active.is_(True)))).scalars().first()
    if feed is None or feed.revoked_at is not None or client is None or user is None:
        raise NotFound("No such calendar feed.")
    prefs = await reminders.preferences(session, client)
    assignments, done = await reminders.active_homework(session, client.id)
    waiting = await session.scalar(select(func.count(MeasureAdministration.id)).where(
        MeasureAdministration.client_id == client.id, MeasureAdministration.status.in_(OPEN),
        MeasureAdministration.deleted_at.is_(None)))
    appointments = list((await session.execute(select(Appointment).where(
        Appointment.client_id == client.id, Appointment.deleted_at.is_(None),
        Appointment.status == "scheduled", Appointment.starts_at >= now,
        Appointment.starts_at < now + timedelta(days=HORIZON_DAYS))
        .order_by(Appointment.starts_at))).scalars())
    today = now.astimezone(zone(prefs.zone)).date()
    found = occurrences(prefs, assignments, done, today, questionnaires=bool(waiting))
    if feed.last_used_at is None or now - feed.last_used_at >= AUDIT_EVERY:
        reader = Actor(user.id, "client", client.practice_id, client.id)
        await audit.record(session, reader, "reminders.feed.read", client_id=client.id,
                           resource_type="reminder_feed", resource_id=feed.id,
                           detail=f"reminders={len(found)} appointments={len(appointments)}")
        feed.last_used_at = now
    link = get_settings().base_url.rstrip("/") + "/portal"
    with reminders.language(client.preferred_language):
        return build(feed.id, found, appointments, link=link, now=now)
