"""Demo data: four weeks of between-session practice for the demo's first client (fictional): daily check-ins
and sleep diary, weekly thought records (this week's done since the last session), an exposure hierarchy with
steps, an activity log, a journal due now and a worry log left overdue, so the Homework area, the charts, the
caseload, Today and the pre-session brief have something to show. Idempotent."""

from __future__ import annotations

import random
import uuid
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from alliance.accounts.models import User
from alliance.companion.schemas import ThoughtRecordCreate
from alliance.db.base import utcnow
from alliance.homework import service, tools
from alliance.homework.models import HomeworkAssignment, HomeworkEntry
from alliance.homework.schemas import (
    ActivityCreate,
    HomeworkCreate,
    CheckInCreate,
    SituationCreate,
    SleepCreate,
    StepCreate,
)
from alliance.security.audit import Actor
from alliance.web.timefmt import zone

DAYS = 28
EMOTION_DAYS = [["anxious", "tired"], ["worried"], ["sad", "lonely"], ["calm"], ["hopeful", "tired"],
                ["content"], ["anxious", "overwhelmed"], ["proud", "calm"]]
NOTES = {3: "Hard day at work, slept badly", 10: "Went for a walk with Daniel", 17: "The bus ride went better",
         24: "Felt more like myself today"}
LADDER = [("Driving on the motorway", 90), ("Sitting in the middle of a cinema row", 70),
          ("Taking the bus at rush hour", 50), ("Standing in a supermarket queue", 30)]
THOUGHTS = [
    ("Meeting with my manager about the deadline", "She thinks I can't cope",
     "She asked how she could help", "She wants the project to go well, and so do I"),
    ("Friend did not answer my message", "I must have upset her", "She is often busy on weekdays",
     "She may be busy; I can ask her on Saturday"),
    ("Heart racing on the bus", "Everyone will see me panic", "People on the bus look at their phones, not at me",
     "It is anxiety; it rises and then it passes"),
    ("Cancelled the pottery class again", "I always let people down",
     "I went to five of the last six classes", "I missed one class; that is not letting everyone down"),
]
ACTIVITIES = [("Walk by the river, 20 minutes", 6, 7, 5), ("Cooked dinner for the two of us", 6, 6, 7),
              ("Called my sister", 7, 8, 4), ("Tidied the desk", 5, 3, 7), ("Yoga video, 15 minutes", 6, 6, 6)]


def _at(day: date, hour: int, tz: str) -> datetime:
    return datetime.combine(day, time(hour, 0), tzinfo=zone(tz))


async def seed_homework(session: AsyncSession, practice: Any, staff: Sequence[Any],
                        clients: Sequence[tuple[uuid.UUID, int]]) -> int:
    """Four weeks of practice for the demo's first client; returns how many rows were made (0 if already there)."""
    if not clients:
        return 0
    client_id, who = clients[0]
    if await session.scalar(select(HomeworkAssignment.id).where(HomeworkAssignment.client_id == client_id).limit(1)):
        return 0
    user = (await session.execute(select(User).where(User.client_id == client_id))).scalars().first()
    if user is None:
        return 0
    clinician = Actor(user_id=staff[who].id, role="clinician", practice_id=practice.id)
    me = Actor(user_id=user.id, role="client", practice_id=practice.id, client_id=client_id)
    from alliance.clients.models import Client

    client = await session.get(Client, client_id)
    tz = await service.client_zone(session, client)
    today = await service.client_today(session, client)
    start = today - timedelta(days=DAYS - 1)
    rng = random.Random(14)
    made = 0

    async def assign(kind: str, schedule: str, first: date, **extra: Any) -> HomeworkAssignment:
        row = await service.assign(session, clinician, client_id, HomeworkCreate(kind=kind, schedule=schedule,
                                                                                  **extra))
        row.starts_on, row.created_at = first, _at(first, 9, tz)
        await session.flush()
        return row

    await assign("check-in", "daily", start, note="A quick check-in each evening, even on good days.")
    await assign("sleep-diary", "daily", start, note="Each morning, within an hour of getting up.")
    thought = await assign("thought-record", "weekly", start, note="One thought record a week, when anxiety spikes.")
    await assign("exposure", "weekly", start + timedelta(days=7), note="One step a week from the bottom of the ladder.")
    await assign("activity-log", "daily", today - timedelta(days=6))
    await assign("journal", "once", today - timedelta(days=2), prompts=[
        "What did you notice about your anxiety this week?", "What would you like to bring to our next session?"])
    worry = await assign("worry-log", "by_date", today, due_on=today, note="Try a 15-minute worry time at 6 pm.")
    worry.starts_on, worry.due_on = today - timedelta(days=6), today - timedelta(days=2)

    for n in range(DAYS):
        day = start + timedelta(days=n)
        if n % 6 != 5:  # most days
            mood = max(0, min(10, round(3 + 4 * n / DAYS + rng.choice((-1, 0, 0, 1)))))
            await tools.check_in(session, me, CheckInCreate(mood=mood, emotions=EMOTION_DAYS[n % len(EMOTION_DAYS)],
                                                            note=NOTES.get(n), day=day))
            made += 1
        if n % 7 != 3 and 0 < n < DAYS - 1:  # most mornings (not yet this one)
            latency = max(5, 50 - n - rng.randint(0, 8))
            wake = max(0, 40 - n)
            await tools.add_night(session, me, SleepCreate(
                day=day, bed_time="22:45", try_sleep_time="23:15", sleep_latency=latency,
                awakenings=2 if wake else 0, wake_minutes=wake, final_wake_time="06:30",
                out_of_bed_time="07:00" if n < 14 else "06:45", quality=2 + min(3, n // 8),
                comments="Woke at 3 and could not settle" if n == 2 else None))
            made += 1
    ladder = []
    for text, suds in LADDER:
        row, _ = await tools.add_situation(session, me, SituationCreate(situation=text, suds=suds))
        ladder.append(row)
    for week, (before, after) in enumerate([(55, 35), (45, 25), (35, 15)]):
        day = start + timedelta(days=8 + 7 * week)
        await tools.add_step(session, me, ladder[3].id, StepCreate(day=day, suds_before=before, suds_peak=before + 10,
                                                                   suds_after=after, minutes=20 + 5 * week))
        made += 1
    await tools.add_step(session, me, ladder[2].id, StepCreate(day=today - timedelta(days=3), suds_before=65,
                                                               suds_peak=75, suds_after=40, minutes=25,
                                                               note="Two stops, then the whole route home"))
    for n, (activity, mood, pleasure, mastery) in enumerate(ACTIVITIES):
        await tools.log_activity(session, me, ActivityCreate(day=today - timedelta(days=5 - n), activity=activity,
                                                             mood=mood, pleasure=pleasure, mastery=mastery))
        made += 1
    for week, (situation, automatic, against, balanced) in enumerate(THOUGHTS):
        entry, _ = await service.complete(session, me, thought.id, ThoughtRecordCreate(
            situation=situation, automatic_thought=automatic, evidence_against=against, balanced_thought=balanced,
            emotions=[{"name": "anxious", "before": 75 - 5 * week, "after": 40 - 5 * week}]))
        entry.period_start = start + timedelta(days=7 * week)
        made += 1
    # Completions happened on their days, not at seeding time.
    entries = (await session.execute(select(HomeworkEntry).where(HomeworkEntry.client_id == client_id))).scalars()
    latest = None
    for entry in entries:
        entry.completed_at = entry.created_at = _at(entry.period_start, 20, tz)
        if entry.kind == "thought-record" and (latest is None or entry.period_start > latest.period_start):
            latest = entry
    if latest is not None:  # this week's, done this morning: after the last session, so the brief quotes it
        latest.completed_at = latest.created_at = utcnow() - timedelta(hours=1)
    await session.flush()
    return made
