"""The record a plan draft rests on, read through each domain's service (every read audited there).

Signed session notes give sentences (with the note's id), the intake referral converted into this client gives
the person's own words, measures give scores over time, and the homework tools give check-ins, sleep nights,
logged activities and exposure steps. Everything is cut to short numbered snippets ("E1", "E2", ...) so the
model's input stays bounded and every drafted item can cite the records it rests on.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from alliance.clients.models import Client
from alliance.errors import AllianceError
from alliance.measures.instruments import Instrument, get_instrument
from alliance.plans.schemas import Evidence
from alliance.security.audit import Actor
from alliance.security.authz import Action, authorize

log = logging.getLogger("alliance.plans")

MAX_NOTES = 12  # the newest signed notes read (ten sessions and a margin)
SNIPPET_CHARS = 240
# Note sections whose sentences state problems (the formulation) and goals; the rest are read for grounding only.
PROBLEM_SECTIONS = ("assessment", "behavior", "goals", "data", "subjective")
PLAN_SECTIONS = ("plan", "intervention", "response", "objective")
SCREENS = {"phq2": "phq9", "gad2": "gad7"}  # a screen is left out when the full questionnaire is there


@dataclass
class Snippet:
    """One numbered piece of the record: a note sentence, an intake answer sentence, a score, a logged record."""

    key: str
    evidence: Evidence
    text: str
    section: str  # the note section, "intake", "score" or "homework"
    day: date | None = None


@dataclass(frozen=True)
class ScorePoint:
    day: date
    total: int
    administration_id: str


@dataclass(frozen=True)
class MetricPoint:
    day: date
    value: float
    ref: str


@dataclass
class Record:
    """What the draft reads: snippets for grounding, scores and logs for objectives, homework done."""

    client_id: uuid.UUID
    practice_id: uuid.UUID
    today: date
    snippets: list[Snippet] = field(default_factory=list)
    scores: dict[str, list[ScorePoint]] = field(default_factory=dict)  # instrument id -> oldest first
    metrics: dict[str, list[MetricPoint]] = field(default_factory=dict)  # METRICS key -> oldest first
    ladder: list[dict[str, Any]] = field(default_factory=list)  # exposure rungs, least distressing first
    homework: dict[str, list[Evidence]] = field(default_factory=dict)  # homework kind -> entries, newest first
    notes_read: int = 0
    intake: bool = False

    def add(self, kind: str, ref: str, label: str, text: str, section: str, day: date | None,
            quote: bool = True) -> Snippet:
        text = " ".join(text.split())[:SNIPPET_CHARS]
        snip = Snippet(f"E{len(self.snippets) + 1}", Evidence(kind=kind, id=ref, label=label[:120],
                                                               quote=text if quote else None), text, section, day)
        self.snippets.append(snip)
        return snip

    @property
    def empty(self) -> bool:
        return not (self.snippets or self.scores or self.metrics or self.homework)

    def instruments(self) -> list[Instrument]:
        """The instruments the client has a scored total on (screens left out beside their full form)."""
        have = set(self.scores)
        return [get_instrument(i) for i in self.scores if SCREENS.get(i) not in have]


def sentences(text: str) -> list[str]:
    """The sentences of a paragraph (as the notes split them)."""
    from alliance.notes.transcripts import split_sentences

    return [text[a:b] for a, b in split_sentences(text or "") if b - a > 3]


async def _notes(session: AsyncSession, actor: Actor, record: Record) -> None:
    from alliance.notes import service as notes_service

    notes = [n for n in await notes_service.list_notes(session, actor, record.client_id) if n.status == "signed"]
    notes = notes[:MAX_NOTES]
    counts = await notes_service.amendment_counts(session, [n.id for n in notes])
    for note in reversed(notes):  # oldest first, so E-numbers follow the course of treatment
        sections = dict(note.sections or {})
        if counts.get(note.id):
            for amendment in await notes_service.list_amendments(session, actor, note.id):
                sections.update(amendment.sections or {})
        day = note.session_date.date()
        for name in [*PROBLEM_SECTIONS, *PLAN_SECTIONS, *sorted(sections)]:
            text = sections.pop(name, None)
            for sentence in sentences(text or ""):
                record.add("note_sentence", str(note.id), f"Note of {day.isoformat()}, {name}", sentence, name, day)
        record.notes_read += 1


async def _intake(session: AsyncSession, actor: Actor, record: Record) -> None:
    """The person's own words from the referral converted into this client, when the intake domain is here."""
    try:
        from alliance.intake import service as intake_service
        from alliance.intake.models import Referral
    except ImportError:
        return
    try:
        referral_id = await session.scalar(select(Referral.id).where(Referral.client_id == record.client_id)
                                           .order_by(Referral.created_at.desc()).limit(1))
        if referral_id is None:
            return
        referral = await intake_service.get_referral(session, actor, referral_id)
    except AllianceError as exc:  # an intake that cannot be read leaves the rest of the draft standing
        log.info("plan draft for client %s: intake not read (%s)", record.client_id, type(exc).__name__)
        return
    day = referral.created_at.date()
    for sentence in sentences(referral.text or ""):
        record.add("intake_answer", str(referral.id), f"Intake of {day.isoformat()}, in their own words", sentence,
                   "intake", day)
        record.intake = True


async def _scores(session: AsyncSession, actor: Actor, record: Record, zone: str) -> None:
    from alliance.measures import service as measures_service
    from alliance.web.timefmt import to_local

    for adm in await measures_service.results(session, actor, record.client_id):
        if adm.total is None or adm.completed_at is None:
            continue
        inst = get_instrument(adm.instrument)
        if inst.min_total is None:  # a triage screen (C-SSRS) has no total to aim for
            continue
        record.scores.setdefault(inst.id, []).append(
            ScorePoint(to_local(adm.completed_at, zone).date(), int(adm.total), str(adm.id)))


def score_evidence(inst: Instrument, point: ScorePoint) -> Evidence:
    return Evidence(kind="score", id=point.administration_id,
                    label=f"{inst.short_name} {point.total} on {point.day.isoformat()}")


def band(inst: Instrument, total: int) -> str | None:
    if inst.bands is None:
        return None
    return next((b.name for b in inst.bands.for_sex(None) if b.min <= total <= b.max), None)


def _score_snippets(record: Record) -> None:
    """Each instrument's first and latest score as a snippet, so goals about a symptom can be grounded in it."""
    for inst in record.instruments():
        points = record.scores[inst.id]
        for point in dict.fromkeys([points[0], points[-1]]):
            ev = score_evidence(inst, point)
            named = band(inst, point.total)
            text = f"{inst.short_name} ({inst.domain}) {point.total} on {point.day.isoformat()}" + (
                f": {named}" if named else "")
            snip = Snippet(f"E{len(record.snippets) + 1}", ev, text, "score", point.day)
            record.snippets.append(snip)


async def _homework(session: AsyncSession, actor: Actor, record: Record) -> None:
    from alliance.homework import service as homework_service, tools

    for entry in await homework_service.list_entries(session, actor, record.client_id, limit=60):
        day = entry.completed_at.date()
        record.homework.setdefault(entry.kind, []).append(Evidence(
            kind="homework", id=str(entry.id), label=f"{entry.title} on {day.isoformat()}"))
    checkins = await tools.list_checkins(session, actor, record.client_id)
    record.metrics["checkin_mood"] = sorted(
        (MetricPoint(c.day, float(c.mood), str(c.id)) for c in checkins), key=lambda p: p.day)
    nights = await tools.sleep_diary(session, actor, record.client_id)
    record.metrics["sleep_efficiency"] = sorted(
        (MetricPoint(n.day, float(n.efficiency), str(n.id)) for n in nights), key=lambda p: p.day)
    activities = await tools.activity_log(session, actor, record.client_id)
    record.metrics["activity_count"] = sorted(
        (MetricPoint(a.day, 1.0, str(a.id)) for a in activities), key=lambda p: p.day)
    situations = await tools.hierarchy(session, actor, record.client_id)
    for rung in sorted(situations, key=lambda s: (s.suds, s.created_at)):
        latest = rung.steps[-1] if rung.steps else None
        peak = (latest.suds_peak if latest.suds_peak is not None else latest.suds_before) if latest else None
        record.ladder.append({"id": str(rung.id), "suds": rung.suds, "situation": rung.situation,
                              "latest": peak, "latest_id": str(latest.id) if latest else None,
                              "latest_day": latest.day if latest else None})
    if record.ladder:
        record.metrics["exposure_suds"] = [MetricPoint(r["latest_day"], float(r["latest"]), r["latest_id"])
                                           for r in record.ladder if r["latest"] is not None]
    record.metrics = {k: v for k, v in record.metrics.items() if v}


def last_week(points: Sequence[MetricPoint], today: date, days: int = 7) -> list[MetricPoint]:
    """The points of the `days` days up to the latest one."""
    if not points:
        return []
    end = points[-1].day
    return [p for p in points if end - timedelta(days=days - 1) <= p.day <= end]


async def gather(session: AsyncSession, actor: Actor, client_id: uuid.UUID, *,
                 today: date | None = None) -> Record:
    """The client's record for a plan draft (a treating clinician; every read audited by its service)."""
    from alliance.homework.service import client_zone
    from alliance.plans import service as plans_service

    client: Client = await authorize(session, actor, Action.clinical_write, client_id)
    zone = await client_zone(session, client)
    record = Record(client.id, client.practice_id, today or await plans_service.client_today(session, client))
    await _intake(session, actor, record)
    await _notes(session, actor, record)
    await _scores(session, actor, record, zone)
    _score_snippets(record)
    await _homework(session, actor, record)
    return record
