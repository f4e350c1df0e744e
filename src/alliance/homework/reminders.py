"""Between-session reminders: what is due for a client and when to remind them, in their time zone and
outside their quiet hours; the client's choices; and the reminder e-mail.

When a reminder falls (`reminder_moment`): the client's time of day (18:00 unless they chose another) on the
day, in their zone (their reminder zone, else their zone on record, else the practice's); a time inside
the quiet hours (21:00-08:00 unless chosen, possibly wrapping midnight) moves to the end of the quiet hours.
A clock time that a daylight-saving change skips is taken an hour later.

Which days remind (`reminds_on`), for homework still active and not done for its period: daily, every day;
weekly, the first and last day of each week; once, the first day and then each seventh day until done; by
a date, the first day, the day before and the day itself. Check-ins are homework of their own kind, so they
follow their schedule. Questionnaires waiting are listed in the portal and the calendar feed, never e-mailed
here: the measures domain e-mails them once already.

The e-mail says nothing about the care (no task, no name, no practice): "you have something to do in your
portal today" and a link, in the client's language; at most one a day, claimed before it is sent.
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from email.message import EmailMessage
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, Field, field_validator, model_validator
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from alliance import mail
from alliance.accounts.models import User
from alliance.clients import service as clients_service
from alliance.clients.models import Client
from alliance.clients.schemas import ClientUpdate
from alliance.config import Settings, get_settings
from alliance.db.base import utcnow
from alliance.homework import service
from alliance.homework.models import HomeworkAssignment, HomeworkEntry
from alliance.homework.reminder_models import (
    QUIET_END, QUIET_START, REMIND_AT, ReminderPreference, SentReminder)
from alliance.security import audit
from alliance.security.audit import Actor
from alliance.security.authz import Action, authorize
from alliance.web import i18n
from alliance.web.i18n import N_, gettext
from alliance.web.timefmt import zone as zone_for

log = logging.getLogger("alliance.homework")

HHMM = r"^([01][0-9]|2[0-3]):[0-5][0-9]$"
STALE = timedelta(hours=6)  # a reminder the job missed by longer than this is dropped, never sent late
SUBJECT = N_("A reminder from your portal")
BODY = N_("Hello, you have something to do in your portal today:")
CHANGE = N_("You can change when and how you are reminded in your portal, under Practice, Reminders.")
FOOTER = N_("This is an automatic message. If you did not expect it, you can ignore it.")


# --- the client's choices ----------------------------------------------------------------------------------

class ReminderSettings(BaseModel):
    """What the client chooses on the Reminders page."""

    timezone: str | None = Field(default=None, max_length=64)
    quiet_start: str = Field(default=QUIET_START, pattern=HHMM)
    quiet_end: str = Field(default=QUIET_END, pattern=HHMM)
    remind_at: str = Field(default=REMIND_AT, pattern=HHMM)
    by_email: bool = True

    @field_validator("timezone")
    @classmethod
    def _zone(cls, value: str | None) -> str | None:
        value = (value or "").strip()
        if not value:
            return None
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {value[:64]!r}: use a name such as Europe/Madrid or "
                             "America/New_York") from None
        return value

    @model_validator(mode="after")
    def _quiet(self) -> ReminderSettings:
        if self.quiet_start == self.quiet_end:
            raise ValueError("the quiet hours start and end at the same time: choose two different times")
        return self


@dataclass(frozen=True)
class Prefs:
    """A client's reminder choices as the rules use them."""

    zone: str  # the zone reminders follow
    own_zone: str | None  # chosen for reminders (None: the client's zone on record, else the practice's)
    quiet_start: time
    quiet_end: time
    remind_at: time
    by_email: bool


def clock(text: str) -> time:
    """'18:00' as a time."""
    return time.fromisoformat(text)


async def preferences(session: AsyncSession, client: Client) -> Prefs:
    """The client's reminder choices, with the defaults where they chose nothing."""
    row = await session.get(ReminderPreference, client.id)
    zone = (row.timezone if row else None) or await service.client_zone(session, client)
    return Prefs(zone=zone, own_zone=row.timezone if row else None,
                 quiet_start=clock(row.quiet_start if row else QUIET_START),
                 quiet_end=clock(row.quiet_end if row else QUIET_END),
                 remind_at=clock(row.remind_at if row else REMIND_AT),
                 by_email=bool(client.reminders_by_email))


async def own_preferences(session: AsyncSession, actor: Actor) -> tuple[Client, Prefs]:
    """The portal client's own choices (clients only)."""
    client = await authorize(session, actor, Action.portal, service.portal_client_id(actor))
    return client, await preferences(session, client)


async def update_preferences(session: AsyncSession, actor: Actor, data: ReminderSettings) -> Prefs:
    """The client saves their reminder choices (audited); e-mail on or off is their `reminders_by_email`."""
    client, before = await own_preferences(session, actor)
    row = await session.get(ReminderPreference, client.id)
    if row is None:
        row = ReminderPreference(client_id=client.id, practice_id=client.practice_id)
        session.add(row)
    old = {"timezone": before.own_zone, "quiet_start": before.quiet_start.strftime("%H:%M"),
           "quiet_end": before.quiet_end.strftime("%H:%M"), "remind_at": before.remind_at.strftime("%H:%M")}
    changed = [name for name, value in old.items() if getattr(data, name) != value]
    for name in old:
        setattr(row, name, getattr(data, name))
    row.updated_by, row.updated_at = actor.user_id, utcnow()
    await clients_service.update_own_preferences(session, actor, client.id,
                                                 ClientUpdate(reminders_by_email=data.by_email))
    await session.flush()
    email = "on" if data.by_email else "off"
    await audit.record(session, actor, "reminders.preferences", client_id=client.id,
                       resource_type="reminder_preferences", resource_id=client.id,
                       detail=f"fields={','.join(changed) or 'none'} email={email}")
    return await preferences(session, client)


# --- when ---------------------------------------------------------------------------------------------------

def in_quiet(at: time, start: time, end: time) -> bool:
    """Whether a local clock time is inside the quiet hours [start, end), past midnight when end < start."""
    if start == end:
        return False
    if start < end:
        return start <= at < end
    return at >= start or at < end


def _local(day: date, at: time, zone: ZoneInfo) -> datetime:
    """The aware local time; a clock time skipped by a daylight-saving change comes out an hour later."""
    return datetime.combine(day, at, tzinfo=zone).astimezone(timezone.utc).astimezone(zone)


def reminder_moment(day: date, prefs: Prefs) -> datetime:
    """When the reminder for a local day falls (aware, in the client's zone): their time of day, moved to the
    end of the quiet hours when it falls inside them (the next morning when they wrap midnight)."""
    here = zone_for(prefs.zone)
    moment = _local(day, prefs.remind_at, here)
    if in_quiet(moment.time(), prefs.quiet_start, prefs.quiet_end):
        later = moment.date() if moment.time() < prefs.quiet_end else moment.date() + timedelta(days=1)
        moment = _local(later, prefs.quiet_end, here)
    return moment


def reminds_on(a: HomeworkAssignment, day: date) -> bool:
    """Whether the assignment's schedule reminds on this local day (whatever was done)."""
    if a.status != "active" or a.deleted_at is not None or day < a.starts_on:
        return False
    if a.ends_on is not None and a.schedule in ("daily", "weekly") and day > a.ends_on:
        return False
    offset = (day - a.starts_on).days
    if a.schedule == "daily":
        return True
    if a.schedule == "weekly":
        return offset % 7 in (0, 6)
    if a.schedule == "by_date" and a.due_on is not None:
        return day in (a.starts_on, a.due_on - timedelta(days=1), a.due_on) and day <= a.due_on
    return offset % 7 == 0  # once (or a date-less by_date): the first day, then weekly until done


def due_on(assignments: Sequence[HomeworkAssignment], done: dict[uuid.UUID, set[date]],
           day: date) -> list[HomeworkAssignment]:
    """The assignments that remind on this day and are not done for the period it falls in."""
    return [a for a in assignments
            if reminds_on(a, day) and service.period_for(a, day) not in done.get(a.id, set())]


async def active_homework(session: AsyncSession, client_id: uuid.UUID,
                          ) -> tuple[list[HomeworkAssignment], dict[uuid.UUID, set[date]]]:
    """The client's active homework and the periods done for each (no audit: the caller records its own)."""
    rows = list((await session.execute(select(HomeworkAssignment).where(
        HomeworkAssignment.client_id == client_id, HomeworkAssignment.status == "active",
        HomeworkAssignment.deleted_at.is_(None)))).scalars())
    done: dict[uuid.UUID, set[date]] = {r.id: set() for r in rows}
    if rows:
        for assignment_id, period in (await session.execute(select(
                HomeworkEntry.assignment_id, HomeworkEntry.period_start).where(
                HomeworkEntry.assignment_id.in_(list(done))))).all():
            done[assignment_id].add(period)
    return rows, done


def pending_day(prefs: Prefs, now: datetime) -> date | None:
    """The local day whose reminder is due at `now`: the latest whose moment has come, unless it is stale or
    `now` is inside the quiet hours."""
    here = now.astimezone(zone_for(prefs.zone))
    if in_quiet(here.time(), prefs.quiet_start, prefs.quiet_end):
        return None
    for back in range(3):  # a deferred moment lands at most a day later
        day = here.date() - timedelta(days=back)
        moment = reminder_moment(day, prefs)
        if moment <= now:
            return day if now - moment < STALE else None
    return None


# --- the e-mail ---------------------------------------------------------------------------------------------

@contextmanager
def language(lang: str | None) -> Iterator[None]:
    """Words in the client's language for the duration (a job has no request to set it)."""
    token = i18n.current_language.set(i18n.supported(lang) or i18n.DEFAULT)
    try:
        yield
    finally:
        i18n.current_language.reset(token)


def reminder_message(settings: Settings, to: str, lang: str | None) -> EmailMessage:
    """The same words for everyone in a language, so nothing in it says who the client is or what they do."""
    link = settings.base_url.rstrip("/") + "/portal"
    with language(lang):
        body = "\n\n".join((gettext(BODY), link, gettext(CHANGE), gettext(FOOTER))) + "\n"
        return mail.message(to, gettext(SUBJECT), body, settings=settings)


async def _address(session: AsyncSession, client: Client) -> str | None:
    """Where to write: only to a client with a portal log-in (the e-mail points there), at the e-mail on their
    record, else their log-in's."""
    user = (await session.execute(select(User).where(
        User.client_id == client.id, User.role == "client", User.is_active.is_(True)))).scalars().first()
    if user is None:
        return None
    return client.email or user.email


async def claim(session: AsyncSession, client: Client, day: date) -> SentReminder | None:
    """Claim the day's e-mail for the client; None when it is taken already (a unique key settles races)."""
    taken = await session.scalar(select(SentReminder.id).where(
        SentReminder.client_id == client.id, SentReminder.day == day, SentReminder.channel == "email"))
    if taken is not None:
        return None
    row = SentReminder(practice_id=client.practice_id, client_id=client.id, day=day, channel="email")
    try:
        async with session.begin_nested():
            session.add(row)
    except IntegrityError:
        return None
    return row


async def _candidates(session: AsyncSession) -> list[uuid.UUID]:
    """Active clients who want e-mail and have homework in force."""
    return list((await session.execute(select(HomeworkAssignment.client_id).join(
        Client, Client.id == HomeworkAssignment.client_id).where(
        HomeworkAssignment.status == "active", HomeworkAssignment.deleted_at.is_(None),
        Client.status == "active", Client.reminders_by_email.is_(True)).distinct())).scalars())


async def send_due(session: AsyncSession, *, settings: Settings | None = None,
                   now: datetime | None = None) -> int:
    """E-mail every client whose reminder time has come and who has something due; returns how many were sent.

    Each e-mail is claimed and committed before it leaves, so a retried or repeated run never sends a second
    one that day; a claim whose e-mail fails is released for the next run.
    """
    settings = settings or get_settings()
    if not settings.smtp_host:
        return 0
    now = now or utcnow()
    sent = 0
    for client_id in await _candidates(session):
        client = await session.get(Client, client_id)
        if client is None:
            continue
        prefs = await preferences(session, client)
        day = pending_day(prefs, now)
        if day is None:
            continue
        assignments, done = await active_homework(session, client_id)
        if not due_on(assignments, done, day):
            continue
        to = await _address(session, client)
        if not to:
            continue
        message = reminder_message(settings, to, client.preferred_language)
        practice_id = client.practice_id
        row = await claim(session, client, day)
        if row is None:
            continue
        await session.commit()
        try:
            await asyncio.to_thread(mail.send, message, settings=settings)
        except Exception as exc:  # noqa: BLE001 - a mail server down: the next run tries again
            log.warning("homework reminder for client %s not sent (%s)", client_id, type(exc).__name__)
            await session.delete(row)
            await session.commit()
            continue
        row.sent_at = utcnow()
        await audit.record(session, Actor.system(practice_id), "homework.remind", client_id=client_id,
                           resource_type="reminder", resource_id=row.id, detail=f"channel=email day={day}")
        await session.commit()
        sent += 1
        log.info("homework reminder sent to client %s for %s", client_id, day)
    return sent


async def remind(session: AsyncSession) -> int:
    """The job's entry point."""
    return await send_due(session)
