"""The brief's statements in words: questionnaire changes with reliable change, where each homework stands
over the period, the key content of what the client wrote, and the glance at the top (what matters first)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from alliance.brief.schemas import BriefRead, HomeworkLine, MeasureChange, Statement, Window
from alliance.errors import BadRequest
from alliance.homework import service as homework_service
from alliance.homework.models import HomeworkAssignment, HomeworkEntry
from alliance.homework.schemas import SCHEDULES, EntryRead
from alliance.measures import service as measures_service
from alliance.measures.change import ChangeResult, classify_change
from alliance.safety.levels import Level
from alliance.security.audit import Actor
from alliance.web.timefmt import to_local

QUOTE_CHARS = 240  # the client's words are shortened in the brief; the record holds them whole
CATEGORIES = {"reliable_improvement": "reliable improvement",
              "reliable_deterioration": "reliable deterioration", "no_reliable_change": "no reliable change"}


def shorten(text: str | None, limit: int = QUOTE_CHARS) -> str | None:
    """The text on one line, cut at a word before `limit` characters with an ellipsis."""
    if not text:
        return None
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + "…"


def article(noun: str) -> str:
    return f"an {noun}" if noun[:1].lower() in "aeiou" else f"a {noun}"


def _day(value: date, until: date) -> str:
    from alliance.brief.service import day_text

    return day_text(value, until)


# --- questionnaires -----------------------------------------------------------------------------------------

def _change(instrument: str, before: int | None, latest: int | None) -> ChangeResult | None:
    """Reliable change between two totals (measures.change), or None where no rule applies."""
    if before is None or latest is None:
        return None
    try:
        return classify_change(instrument, before, latest)
    except BadRequest:  # CannotClassify and totals an instrument does not have
        return None


def _compared(latest: int, other: int, where: str, result: ChangeResult | None, *, baseline: bool) -> str:
    """'down 6 from 14 at the previous (reliable improvement)'; recovery is only said against baseline (NHS
    Talking Therapies: a case at the start of treatment, below caseness now)."""
    diff = latest - other
    moved = "no change" if diff == 0 else f"{'down' if diff < 0 else 'up'} {abs(diff)}"
    text = f"{moved} from {other} at {where}"
    if result is not None:
        extra = ", recovered" if baseline and result.recovered else ""
        text += f" ({CATEGORIES[result.category]}{extra})"
    return text


async def measures(session: AsyncSession, actor: Actor, client_id: uuid.UUID,
                   w: Window) -> list[MeasureChange]:
    """Each instrument answered in the period: its latest total against the one before and baseline."""
    rows = await measures_service.results(session, actor, client_id)  # completed, oldest first (audited)
    by_instrument: dict[str, list] = {}
    for adm in rows:
        by_instrument.setdefault(adm.instrument, []).append(adm)
    out = []
    for inst_id, adms in sorted(by_instrument.items()):
        inside = [a for a in adms if a.completed_at and w.since <= a.completed_at <= w.until]
        if not inside:
            continue
        latest = inside[-1]
        at = adms.index(latest)
        previous, baseline = (adms[at - 1], adms[0]) if at > 0 else (None, None)
        inst = measures_service.instrument(inst_id)
        total = latest.total
        when = _day(to_local(latest.completed_at, w.zone).date(), w.until_day)
        head = f"{inst.short_name} {total if total is not None else ''}".strip()
        parts = [f"{head} ({latest.severity}), {when}" if latest.severity else f"{head}, {when}"]
        prev_change = base_change = None
        if previous is not None and total is not None and previous.total is not None:
            prev_change = _change(inst_id, previous.total, total)
            first = baseline is previous
            where = "baseline, the previous" if first else "the previous"
            parts.append(_compared(total, previous.total, where, prev_change, baseline=first))
            if first:
                base_change = prev_change
            elif baseline.total is not None:
                base_change = _change(inst_id, baseline.total, total)
                parts.append(_compared(total, baseline.total, "baseline", base_change, baseline=True))
        flags = latest.risk_flags
        if flags:
            parts.append("risk flag: " + ", ".join(f.replace("_", " ") for f in flags))
        if len(inside) > 1:
            parts.append(f"answered {len(inside)} times in the period")
        worse = any(c is not None and c.reliable_deterioration for c in (prev_change, base_change))
        out.append(MeasureChange(
            instrument=inst_id, name=inst.short_name, administration_id=latest.id,
            completed_at=latest.completed_at, latest=total if total is not None else 0,
            severity=latest.severity,
            answered=len(inside), previous=previous.total if previous else None,
            previous_category=prev_change.category if prev_change else None,
            baseline=baseline.total if baseline else None,
            baseline_category=base_change.category if base_change else None,
            recovered=base_change.recovered if base_change else None, risk_flags=flags,
            statement=Statement(text=parts[0] + (": " + "; ".join(parts[1:]) if parts[1:] else "") + ".",
                                href=f"/clients/{client_id}/measures/{latest.id}",
                                flag=worse or bool(flags))))
    return out


# --- homework -----------------------------------------------------------------------------------------------

def homework_line(a: HomeworkAssignment, entries: Sequence[HomeworkEntry], w: Window, today: date,
                  base: str) -> HomeworkLine | None:
    """Periods of this homework that overlap the period: done, missed (ended without it), and overdue now."""
    done_periods = {e.period_start for e in entries}
    length = {"daily": 1, "weekly": 7}.get(a.schedule)
    every = homework_service.periods(a, today)
    if length is None:  # once, by a date: one task; left out when it was done before the period
        if any(e.completed_at < w.since for e in entries) or not every:
            return None
        inside = every
    else:
        inside = [p for p in every if p + timedelta(days=length - 1) >= w.since_day and p <= w.until_day]
    if not inside:
        return None
    done = [p for p in inside if p in done_periods]
    if length is None:
        missed = [] if done or a.due_on is None or a.due_on >= today else [a.due_on]
    else:
        missed = [p for p in inside if p not in done_periods and p + timedelta(days=length - 1) < today]
    overdue = homework_service.standing(a, entries, today)["overdue"] and a.status == "active"
    title = homework_service.title(a.kind)
    how = SCHEDULES.get(a.schedule, a.schedule).lower()
    text = f"{title} ({how}): {len(done)} of {len(inside)} done"
    if missed:
        when = {"weekly": "week of ", "by_date": "due "}.get(a.schedule, "")
        shown = ", ".join(_day(p, w.until_day) for p in missed[-3:])
        text += f"; {len(missed)} missed ({when}{'…, ' if len(missed) > 3 else ''}{shown})"
    if overdue:
        text += "; overdue now"
    if a.status != "active":
        text += "; ended"
    # Worth a look first: overdue now, or missed more often than done (one missed check-in is not).
    flag = overdue or len(missed) > len(done)
    return HomeworkLine(assignment_id=a.id, kind=a.kind, title=title, schedule=a.schedule, done=len(done),
                        expected=len(inside), missed=len(missed), missed_days=missed, overdue=overdue,
                        statement=Statement(text=text + ".", href=f"{base}?area=homework#homework-{a.id}",
                                            flag=flag))


def entry_statements(e: EntryRead, w: Window, base: str) -> list[Statement]:
    """The key content of one completion: what the client wrote that the clinician will want to discuss."""
    href = f"{base}/brief/records/entry/{e.id}"
    flag = e.screen_level is not None and Level.parse(e.screen_level) >= Level.MODERATE
    day = _day(to_local(e.completed_at, w.zone).date(), w.until_day)
    d = e.data

    def said(text: str, quote: str | None = None) -> Statement:
        return Statement(text=text, quote=shorten(quote), href=href, flag=flag)

    if e.kind == "thought-record":
        moods = "; ".join(f"{x.get('name')} {x.get('before')} to {x.get('after')}"
                          for x in d.get("emotions") or [] if x.get("after") is not None)
        return [said(f"Thought record, {day}" + (f" ({moods})" if moods else "") + ", balanced thought:",
                     d.get("balanced_thought"))]
    if e.kind == "worry-log":
        still = {True: ", still mattered at worry time", False: ", no longer mattered at worry time"}.get(
            d.get("still_relevant"), "")
        return [said(f"Worry log, {day} (distress {d.get('distress')}/10{still}):", d.get("worry"))]
    if e.kind == "journal":
        questions = d.get("questions") or []
        pairs = [(questions[n] if n < len(questions) else f"Question {n + 1}", answer)
                 for n, answer in enumerate(d.get("answers") or []) if answer]
        return [said(f"Journal, {day}: {shorten(q, 120)}", answer) for q, answer in pairs[:3]]
    if e.kind == "communication-practice":
        return [said(f"Communication practice, {day} (confidence {d.get('confidence')}/10), how it went:",
                     d.get("how_it_went"))]
    if e.kind == "behavioural-activation":
        after = (f", mood {d.get('mood_before')} to {d['mood_after']}"
                 if d.get("mood_after") is not None else "")
        status = "done" if d.get("status") == "done" else "planned, not yet done"
        return [said(f"Activity plan, {day} ({status}{after}):", d.get("activity"))]
    if e.kind == "paced-breathing":
        tension = (f", tension {d.get('tension_before')} to {d.get('tension_after')}"
                   if d.get("tension_after") is not None else "")
        return [said(f"Paced breathing, {day}: {d.get('minutes')} min{tension}.", d.get("note"))]
    return [said(f"{e.title}, {day}: done.")]


# --- the glance ---------------------------------------------------------------------------------------------

def glance(brief: BriefRead, base: str) -> list[Statement]:
    """Counts and the few items that matter, flagged ones (alerts, deterioration, misses) first."""
    out: list[Statement] = []
    if brief.alerts:
        n, still = len(brief.alerts), sum(1 for a in brief.alerts if a.status == "open")
        top = max(brief.alerts, key=lambda a: Level.parse(a.level))
        out.append(Statement(text=f"{n} risk alert{'s' if n != 1 else ''} raised ({still} still open); "
                                  f"highest {top.level}.", flag=True,
                             href=brief.alerts[0].statement.href if n == 1 else f"{base}?area=safety"))
    out += [m.statement for m in brief.measures]
    if brief.checkins.statement:
        out.append(brief.checkins.statement)
    hw = brief.homework
    if hw.lines:
        overdue = [line.title for line in hw.lines if line.overdue]
        text = f"Homework: {hw.done} of {hw.expected} done, {hw.missed} missed"
        out.append(Statement(text=text + (f"; overdue: {', '.join(overdue)}" if overdue else "") + ".",
                             href=f"{base}?area=homework#homework-assigned",
                             flag=any(line.statement.flag for line in hw.lines)))
    if brief.sleep.statement:
        out.append(brief.sleep.statement)
    if brief.exposure:
        latest = brief.exposure[-1]
        n = len(brief.exposure)
        steps = f"{n} exposure step{'s' if n > 1 else ''}"
        out.append(Statement(text=f"{steps}; latest: {latest.statement.text}", href=latest.statement.href))
    if brief.companion:
        out.append(brief.companion.statement)
    if not out:
        out.append(Statement(text=f"Nothing recorded since {brief.window.label}.",
                             href=f"{base}?area=homework"))
    return sorted(out, key=lambda s: not s.flag)
