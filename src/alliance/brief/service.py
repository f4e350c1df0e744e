"""The pre-session brief: what happened since the client's last session, gathered from the other domains for
the clinicians who may read the client's record, so that it reads in a minute.

The period starts at the last held session (a completed appointment or a signed note, whichever is later) and
ends now, or at the start of the session the brief is for when that is past; without an earlier session it is
the last 28 days, and it is never longer than 90. Every statement carries the path of the record it comes
from. Only the companion's summary is drafted by a model, and it is marked so, with its review status. Days
are the client's (their time zone, else the practice's)."""

from __future__ import annotations

import logging
import uuid
from collections import Counter
from collections.abc import Sequence
from datetime import date, datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from alliance.appointments.models import Appointment
from alliance.brief import content, reads
from alliance.brief.schemas import (
    AlertLine,
    BriefRead,
    CheckIns,
    Companion,
    ExposureStepLine,
    Homework,
    Sleep,
    Statement,
    Window,
)
from alliance.clients.models import Client
from alliance.companion import service as companion_service
from alliance.companion import summary as companion_summary
from alliance.db.base import utcnow
from alliance.errors import BadRequest
from alliance.homework import service as homework_service
from alliance.homework.schemas import EMOTIONS
from alliance.safety import service as safety_service
from alliance.safety.levels import Level
from alliance.security import audit
from alliance.security.audit import Actor
from alliance.security.authz import Action, authorize
from alliance.web.timefmt import to_local

log = logging.getLogger("alliance.brief")

DEFAULT_DAYS = 28  # without an earlier session, the brief covers this many days
MAX_DAYS = 90  # and never more: a brief reads in a minute (the Homework and Measures areas hold the rest)
NOTES_SHOWN = 5  # check-in notes quoted (newest)
NIGHTS_SHOWN = 14  # diary nights listed (newest)
ITEMS_SHOWN = 12  # homework completions quoted (newest)
# A change in the mean between the period's first and second half that a client and clinician would notice:
# one point of mood (0-10), five points of sleep efficiency. A reading aid, not a statistical test.
MOOD_STEP = 1.0
SLEEP_STEP = 5.0
# Sleep efficiency under 85% is the usual cut-off for poor sleep in insomnia research (Lichstein KL et al.,
# Quantitative criteria for insomnia. Behav Res Ther. 2003;41(4):427-445).
SLEEP_TARGET = 85.0


def day_text(day: date, until: date | None = None) -> str:
    """'5 Mar' (with the year when it is not the period's)."""
    text = f"{day.day} {day:%b}"
    return text if until is None or day.year == until.year else f"{text} {day.year}"


# --- the period ---------------------------------------------------------------------------------------------

async def window(session: AsyncSession, client: Client, *, before: datetime | None = None) -> Window:
    """Since the last session held before `before` (default now) to `before`; else the last 28 days."""
    now = utcnow()
    until = min(before or now, now)
    zone = await homework_service.client_zone(session, client)
    held = await reads.last_held(session, client.id, until)
    if held is not None:
        basis, basis_id, since = held
        href = f"/appointments/{basis_id}" if basis == "appointment" else f"/notes/{basis_id}"
        what = "session" if basis == "appointment" else "signed note of the session"
        label = f"the {what} of {day_text(to_local(since, zone).date(), to_local(until, zone).date())}"
        if since < until - timedelta(days=MAX_DAYS):
            since = until - timedelta(days=MAX_DAYS)
            label = f"{MAX_DAYS} days ago ({label} is longer ago)"
    else:
        basis, href, since = "default", None, until - timedelta(days=DEFAULT_DAYS)
        label = f"{DEFAULT_DAYS} days ago (no earlier session)"
    nxt = await reads.next_session(session, client.id, now)
    since_day, until_day = to_local(since, zone).date(), to_local(until, zone).date()
    return Window(since=since, until=until, since_day=since_day, until_day=until_day,
                  days=(until_day - since_day).days + 1, basis=basis, basis_href=href, label=label, zone=zone,
                  next_session_id=nxt.id if nxt else None, next_session_at=nxt.starts_at if nxt else None)


# --- the brief ----------------------------------------------------------------------------------------------

async def build(session: AsyncSession, actor: Actor, client_id: uuid.UUID, *,
                appointment: Appointment | None = None, audit_action: str = "brief.read") -> BriefRead:
    """The brief for a client (before the session `appointment` when given), for those who may read it."""
    client = await authorize(session, actor, Action.clinical_read, client_id)
    if appointment is not None and appointment.client_id != client.id:
        raise BadRequest("That session belongs to another client.")
    w = await window(session, client, before=appointment.starts_at if appointment is not None else None)
    base = f"/clients/{client.id}"
    measures = await content.measures(session, actor, client.id, w)
    checkins = await _checkins(session, client.id, w, base)
    homework = await _homework(session, actor, client, w, base)
    exposure = await _exposure(session, client.id, w, base)
    sleep = await _sleep(session, client.id, w, base)
    companion = await _companion(session, actor, client.id, w, base)
    alerts = await _alerts(session, actor, client.id, w)
    brief = BriefRead(client_id=client.id, client_name=client.full_name, generated_at=utcnow(), window=w,
                      measures=measures, checkins=checkins, homework=homework, exposure=exposure, sleep=sleep,
                      companion=companion, alerts=alerts)
    brief.glance = content.glance(brief, base)
    await audit.record(session, actor, audit_action, client_id=client.id, resource_type="brief",
                       resource_id=appointment.id if appointment is not None else None,
                       detail=f"basis={w.basis} days={w.days} statements={len(brief.glance)}")
    log.info("brief for client %s read (%s, %d days)", client.id, w.basis, w.days)
    return brief


def trend(points: Sequence[tuple[date, float]], step: float) -> dict:
    """Count, mean, range and direction of day values (the second half's mean against the first half's)."""
    values = [v for _, v in points]
    if not values:
        return {"n": 0, "days": 0}
    out = {"n": len(values), "days": len({d for d, _ in points}), "mean": round(sum(values) / len(values), 1),
           "low": min(values), "high": max(values), "direction": "too few"}
    if len(values) >= 4:
        half = len(values) // 2
        first, second = values[:half], values[len(values) - half:]
        change = round(sum(second) / len(second) - sum(first) / len(first), 1)
        out["change"] = change
        out["direction"] = "rising" if change >= step else "falling" if change <= -step else "steady"
    return out


def _shape(t: dict) -> str:
    """', rising (+1.2)'; nothing when there are too few values to say."""
    return f", {t['direction']} ({t['change']:+})" if "change" in t else ""


def _flagged(level: str | None) -> bool:
    return level is not None and Level.parse(level) >= Level.MODERATE


async def _checkins(session: AsyncSession, client_id: uuid.UUID, w: Window, base: str) -> CheckIns:
    rows = await reads.checkins(session, client_id, w.since_day, w.until_day)
    by_day: dict[date, list[int]] = {}
    for r in rows:
        by_day.setdefault(r.day, []).append(r.mood)
    points = [(d, round(sum(v) / len(v), 1)) for d, v in sorted(by_day.items())]
    t = trend([(r.day, float(r.mood)) for r in rows], MOOD_STEP)
    out = CheckIns(trend=t, points=points)
    counts = Counter(e for r in rows for e in (r.emotions or []))
    out.emotions = [(EMOTIONS.get(e, e).lower(), n) for e, n in counts.most_common(3)]
    if rows:
        shape = _shape(t)
        chosen = "; most chosen: " + ", ".join(f"{e} ({n})" for e, n in out.emotions) if out.emotions else ""
        out.statement = Statement(
            text=f"Mood averaged {t['mean']} of 10 over {t['n']} check-in{'s' if t['n'] != 1 else ''} on "
                 f"{t['days']} day{'s' if t['days'] != 1 else ''} (range {t['low']:g}-{t['high']:g}){shape}"
                 f"{chosen}.",
            href=f"{base}?area=homework#homework-checkins", flag=t["direction"] == "falling")
    for r in [r for r in rows if r.note_ct is not None][::-1][:NOTES_SHOWN]:
        out.notes.append(Statement(text=f"Check-in, {day_text(r.day, w.until_day)}, mood {r.mood}:",
                                   quote=content.shorten(r.note), flag=_flagged(r.screen_level),
                                   href=f"{base}/brief/records/check-in/{r.id}"))
    return out


async def _homework(session: AsyncSession, actor: Actor, client: Client, w: Window, base: str) -> Homework:
    rows = await reads.assignments(session, client.id, w.since, w.until)
    today = min(await homework_service.client_today(session, client), w.until_day)
    # Two weeks before the period: the week that was running when it began, and the one before it (overdue).
    found = await reads.entries(session, client.id, min(w.since_day, today) - timedelta(days=13), w.until_day,
                                [a.id for a in rows if a.schedule in ("once", "by_date")])
    by_assignment: dict[uuid.UUID, list] = {}
    for e in found:
        by_assignment.setdefault(e.assignment_id, []).append(e)
    out = Homework()
    for a in rows:
        line = content.homework_line(a, by_assignment.get(a.id, []), w, today, base)
        if line is None:
            continue
        out.lines.append(line)
        out.done += line.done
        out.expected += line.expected
        out.missed += line.missed
    done = [e for e in found if w.since <= e.completed_at <= w.until
            and homework_service.how(e.kind) != "tool"][:ITEMS_SHOWN]
    records = await reads.exercises(session, client.id, [e.exercise_id for e in done if e.exercise_id])
    for e in done:
        record = records.get(e.exercise_id) if e.exercise_id else None
        exercise = {record.id: companion_service.exercise_read(actor, record)} if record else None
        read = homework_service.entry_read(actor, e, exercises=exercise)
        out.items += content.entry_statements(read, w, base)
    return out


async def _exposure(session: AsyncSession, client_id: uuid.UUID, w: Window,
                    base: str) -> list[ExposureStepLine]:
    out = []
    for step, situation in await reads.steps(session, client_id, w.since_day, w.until_day):
        peak = f", {step.suds_peak} at the peak" if step.suds_peak is not None else ""
        minutes = f"; stayed {step.minutes} min" if step.minutes else ""
        out.append(ExposureStepLine(
            step_id=step.id, situation=situation.situation or "", day=step.day, suds_before=step.suds_before,
            suds_peak=step.suds_peak, suds_after=step.suds_after, minutes=step.minutes,
            statement=Statement(text=f"{situation.situation} ({day_text(step.day, w.until_day)}): SUDS "
                                     f"{step.suds_before} before{peak}, {step.suds_after} after{minutes}.",
                                quote=content.shorten(step.note), flag=_flagged(step.screen_level),
                                href=f"{base}/brief/records/exposure/{step.id}")))
    return out


async def _sleep(session: AsyncSession, client_id: uuid.UUID, w: Window, base: str) -> Sleep:
    rows = await reads.nights(session, client_id, w.since_day, w.until_day)
    points = [(r.day, float(r.efficiency)) for r in rows]
    t = trend(points, SLEEP_STEP)
    out = Sleep(trend=t, points=points, below_target=sum(1 for _, v in points if v < SLEEP_TARGET))
    if not rows:
        return out
    out.mean_total_sleep = round(sum(r.total_sleep for r in rows) / len(rows))
    shape = _shape(t)
    asleep = f"{out.mean_total_sleep // 60} h {out.mean_total_sleep % 60} min"
    out.statement = Statement(
        text=f"Sleep efficiency averaged {t['mean']}% over {t['n']} night{'s' if t['n'] != 1 else ''} "
             f"(range {t['low']:g}-{t['high']:g}%){shape}; {out.below_target} under {SLEEP_TARGET:g}%; "
             f"about {asleep} asleep a night.",
        href=f"{base}?area=homework#homework-sleep", flag=t["direction"] == "falling")
    for r in rows[::-1][:NIGHTS_SHOWN]:
        out.nights.append(Statement(
            text=f"Night before {day_text(r.day, w.until_day)}: {r.efficiency:g}% ({r.total_sleep // 60} h "
                 f"{r.total_sleep % 60} min asleep, {r.sleep_latency} min to fall asleep, "
                 f"woke {r.awakenings}x).",
            quote=content.shorten(r.comments), href=f"{base}/brief/records/sleep-diary/{r.id}",
            flag=_flagged(r.screen_level)))
    return out


async def _companion(session: AsyncSession, actor: Actor, client_id: uuid.UUID, w: Window,
                     base: str) -> Companion | None:
    row = await companion_summary.latest(session, actor, client_id)
    if row is None:
        return None
    s = companion_summary.summary_read(row)
    href = f"{base}?area=companion#companion-summary"
    state = {"queued": "being drafted", "drafting": "being drafted", "failed": "the draft failed"}
    state = state.get(s.status)
    reviewed = s.reviewed_at is not None
    status = state or ("reviewed" if reviewed else "not reviewed yet")
    covers = s.until >= w.since and s.since < w.until
    when = f"{day_text(to_local(s.since, w.zone).date())} to {day_text(to_local(s.until, w.zone).date())}"
    themes = [Statement(text=t.text, ai_drafted=True, flag=not t.supported,
                        href=(f"{base}?area=companion#turn-{t.evidence[0].turn_id}" if t.evidence else href))
              for t in s.sentences] if s.status == "ready" else []
    older = "" if covers else " (outside this period)"
    return Companion(summary_id=s.id, status=s.status, reviewed=reviewed, since=s.since, until=s.until,
                     covers_period=covers, themes=themes,
                     statement=Statement(text=f"Companion summary, {when}{older}: AI-drafted, {status}; "
                                              f"{len(themes)} theme{'s' if len(themes) != 1 else ''}.",
                                         href=href, ai_drafted=True))


async def _alerts(session: AsyncSession, actor: Actor, client_id: uuid.UUID, w: Window) -> list[AlertLine]:
    rows = await safety_service.list_alerts(session, actor, status=None, client_id=client_id)
    out = []
    for a in sorted((a for a in rows if w.since <= a.created_at <= w.until), key=lambda a: a.created_at,
                    reverse=True):
        source = a.source.replace("_", " ").replace("-", " ")
        out.append(AlertLine(alert_id=a.id, level=a.level, source=source, status=a.status,
                             created_at=a.created_at, statement=Statement(
                                 text=f"{a.level.capitalize()} risk alert from {content.article(source)} "
                                      f"({day_text(to_local(a.created_at, w.zone).date(), w.until_day)}), "
                                      f"{'still open' if a.status == 'open' else a.status}.",
                                 href=f"/alerts/{a.id}", flag=True)))
    return out


async def record_page_client(session: AsyncSession, actor: Actor, client_id: uuid.UUID) -> Client:
    """The client whose record is opened from a brief (clinical read)."""
    return await authorize(session, actor, Action.clinical_read, client_id)


async def tool_record(session: AsyncSession, actor: Actor, client_id: uuid.UUID, kind: str,
                      row_id: uuid.UUID) -> tuple[object, object | None]:
    """A check-in, diary night, exposure step or activity the brief links to (audited), and its situation."""
    from alliance.errors import NotFound

    client = await record_page_client(session, actor, client_id)
    row = await reads.tool_row(session, client.id, kind, row_id)
    if row is None:
        raise NotFound("No such record.")
    extra = await reads.situation(session, row.situation_id) if kind == "exposure" else None
    await audit.record(session, actor, "brief.record.read", client_id=client.id,
                       resource_type=row.__tablename__, resource_id=row.id)
    return row, extra
