"""A client with a session held ten days ago and, around it, the records a brief gathers: check-ins, diary
nights, an exposure step, a thought record (one of three weeks), a worry log never done, PHQ-9 results, a
companion summary."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from alliance.appointments import service as appointments
from alliance.appointments.models import Appointment
from alliance.appointments.schemas import AppointmentCreate
from alliance.companion.models import CompanionSummary
from alliance.companion.schemas import ThoughtRecordCreate
from alliance.db.base import utcnow
from alliance.homework import service as homework, tools
from alliance.homework.schemas import CheckInCreate, SituationCreate, SleepCreate, StepCreate
from alliance.measures import service as measures
from tests.homework.world import NIGHT, assign, world
from tests.support.factories import actor

BALANCED = "She may be busy; I can ask her on Saturday"
NOTE = "Hard day at work, slept badly"
# PHQ-9 answers (item 9 always 0): totals 18, 14 and 7.
PHQ9 = {18: [3, 3, 2, 2, 2, 2, 2, 2, 0], 14: [2, 2, 2, 2, 2, 2, 1, 1, 0], 7: [1, 1, 1, 1, 1, 1, 1, 0, 0]}
THEME = "Worried about the deadline at work and whether her manager trusts her"
# (days ago, mood, note) and (days ago, minutes to fall asleep): the first of each falls before the session.
CHECKINS = [(12, 2, None), (8, 3, NOTE), (6, 4, None), (4, 6, None), (2, 7, None), (1, 8, None)]
NIGHTS = [(12, 90), (7, 60), (5, 30), (3, 15), (1, 5)]


@dataclass
class BriefWorld:
    practice: Any
    clinician: Any
    client: Any
    portal: Any
    held: Appointment
    next: Appointment
    records: dict[str, Any]


async def phq9(session, clinician, client, total: int, days_ago: int):  # noqa: ANN001, ANN201
    """A PHQ-9 completed `days_ago` with this total."""
    adm = await measures.start(session, actor(clinician), client.id, "phq9")
    answers = {f"phq9_{n + 1}": v for n, v in enumerate(PHQ9[total])}
    await measures.submit(session, actor(clinician), adm.id, answers)
    adm.completed_at = utcnow() - timedelta(days=days_ago)
    await session.flush()
    return adm


async def brief_world(session) -> BriefWorld:  # noqa: ANN001
    practice, clinician, client, portal = await world(session)
    doc, me = actor(clinician), actor(portal)
    now = utcnow()
    held = (await appointments.book(session, doc, client.id, AppointmentCreate(
        starts_at=now - timedelta(days=10)), allow_past=True))[0]
    held.status = "completed"
    nxt = (await appointments.book(session, doc, client.id,
                                   AppointmentCreate(starts_at=now + timedelta(days=4))))[0]
    today = await homework.client_today(session, client)
    records: dict[str, Any] = {"checkins": [], "nights": []}
    thought = await assign(session, clinician, client, "thought-record", "weekly", days_ago=14)
    worry = await assign(session, clinician, client, "worry-log", "by_date", due_on=today)
    worry.starts_on, worry.due_on = today - timedelta(days=6), today - timedelta(days=2)
    for days, mood, note in CHECKINS:
        row, _, _ = await tools.check_in(session, me, CheckInCreate(
            mood=mood, note=note, emotions=["anxious"], day=today - timedelta(days=days)))
        records["checkins"].append(row)
    for days, latency in NIGHTS:
        row, _, _ = await tools.add_night(session, me, SleepCreate(**NIGHT | {"sleep_latency": latency},
                                                                  day=today - timedelta(days=days)))
        records["nights"].append(row)
    situation, _ = await tools.add_situation(session, me, SituationCreate(situation="Taking the bus",
                                                                         suds=60))
    records["step"], _, _ = await tools.add_step(session, me, situation.id, StepCreate(
        day=today - timedelta(days=3), suds_before=65, suds_peak=75, suds_after=40, minutes=25))
    records["entry"], _ = await homework.complete(session, me, thought.id, ThoughtRecordCreate(
        situation="Friend did not answer my message", automatic_thought="I must have upset her",
        balanced_thought=BALANCED, emotions=[{"name": "anxious", "before": 70, "after": 35}]))
    records["phq9"] = [await phq9(session, clinician, client, total, days)
                       for total, days in ((18, 60), (14, 12), (7, 3))]
    summary = CompanionSummary(practice_id=practice.id, client_id=client.id, status="ready",
                               since=held.starts_at, until=now - timedelta(days=1), since_session=True,
                               turn_count=12)
    session.add(summary)
    await session.flush()
    summary.content_json = json.dumps({"facts": {"messages": 6}, "sentences": [
        {"text": THEME, "supported": True, "evidence": [{"ref": "T3", "turn_id": str(uuid.uuid4())}]}]})
    await session.flush()
    records["summary"], records["thought"], records["worry"] = summary, thought, worry
    return BriefWorld(practice, clinician, client, portal, held, nxt, records)
