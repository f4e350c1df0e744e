"""Demo data: four months of weekly PHQ-9 and GAD-7 results for the demo practice's clients (fictional)."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import datetime, time, timedelta, timezone
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from alliance.clients.models import CareTeamMember, Client
from alliance.db.base import utcnow
from alliance.measures import service
from alliance.measures.instruments import get_instrument
from alliance.measures.models import MeasureAdministration, MeasureAssignment
from alliance.security.audit import Actor

WEEKS = 16
# (PHQ-9 baseline, latest), (GAD-7 baseline, latest) per demo client, in the order the demo creates them:
# most improve, the third deteriorates, the fourth had a PHQ-9 item 9 of 1 six weeks ago.
COURSES = [((17, 7), (14, 6)), ((13, 5), (11, 4)), ((8, 17), (7, 14)), ((19, 10), (15, 8)), ((11, 6), (9, 5))]
ITEM9_CLIENT, ITEM9_WEEK = 3, WEEKS - 6


def answers_for(instrument_id: str, total: int, rng: random.Random, item9: int = 0) -> dict[str, int]:
    """Plausible item answers summing to total (item 9 of the PHQ-9 fixed), with the unscored question."""
    inst = get_instrument(instrument_id)
    scored = [i.id for i in inst.scored_items if i.id != "phq9_9"]
    answers = {i: 0 for i in scored}
    remaining = max(0, min(total - item9, 3 * len(scored)))
    while remaining:
        candidates = [i for i in scored if answers[i] < 3]
        pick = rng.choice(candidates)
        answers[pick] += 1
        remaining -= 1
    if instrument_id == "phq9":
        answers["phq9_9"] = item9
    extra = [i.id for i in inst.items if not i.scored]
    for item_id in extra:
        answers[item_id] = min(3, total // 7)
    return answers


def _course(start: int, end: int, week: int, rng: random.Random, top: int) -> int:
    value = start + (end - start) * week / (WEEKS - 1) + rng.choice((-2, -1, 0, 0, 1, 2))
    return max(0, min(top, round(value)))


async def seed_measures(session: AsyncSession, practice: Any, clients: Sequence[Client] | None = None,
                        clinicians: Sequence[Any] | None = None) -> int:
    """Weekly PHQ-9 and GAD-7 assignments with four months of results; returns how many results were made."""
    if clients is None:
        clients = (await session.execute(select(Client).where(Client.practice_id == practice.id)
                                         .order_by(Client.created_at))).scalars().all()
    system = Actor.system(practice.id)
    today = utcnow().date()
    start = today - timedelta(weeks=WEEKS)
    made = 0
    for n, client in enumerate(clients[:len(COURSES)]):
        clinician_id = await session.scalar(select(CareTeamMember.clinician_id).where(
            CareTeamMember.client_id == client.id, CareTeamMember.ended_at.is_(None)))
        actor = Actor(user_id=clinician_id, role="clinician", practice_id=practice.id) if clinician_id else system
        rng = random.Random(f"alliance-demo-{n}")
        for inst_id, (first, last) in zip(("phq9", "gad7"), COURSES[n], strict=True):
            inst = get_instrument(inst_id)
            assignment = MeasureAssignment(practice_id=practice.id, client_id=client.id, instrument=inst_id,
                                           schedule="weekly", start_date=start, assigned_by=clinician_id,
                                           created_by=clinician_id, updated_by=clinician_id)
            session.add(assignment)
            await session.flush()
            for week in range(WEEKS):
                due_on = start + timedelta(weeks=week)
                total = _course(first, last, week, rng, inst.max_total or 0)
                item9 = 1 if (n == ITEM9_CLIENT and week == ITEM9_WEEK and inst_id == "phq9") else 0
                done = datetime.combine(due_on + timedelta(days=rng.randint(0, 2)), time(18, rng.randint(0, 59)),
                                        tzinfo=timezone.utc)
                adm = MeasureAdministration(practice_id=practice.id, client_id=client.id, assignment_id=assignment.id,
                                            instrument=inst_id, due_on=due_on, due_at=service.due_at(due_on),
                                            status="in_progress", source="portal",
                                            language=service.language_for(inst, client.preferred_language))
                session.add(adm)
                await session.flush()
                alert = await service.complete(session, system, adm, answers_for(inst_id, total, rng, item9),
                                               completed_at=done)
                made += 1
                if alert is not None:
                    await _followed_up(session, actor, alert, done)
            await service.ensure_due(session, assignment, client, today)
    await session.flush()
    return made


async def _followed_up(session: AsyncSession, actor: Actor, alert: Any, raised: datetime) -> None:
    """The demo's old alert was reviewed by the treating clinician at the time."""
    from alliance.safety import service as safety_service

    alert.created_at = raised
    if actor.user_id is not None:
        await safety_service.acknowledge(session, actor, alert.id, "Discussed at the next session: passive "
                                         "thoughts, no plan or intent; safety plan reviewed.",
                                         judgement="risk_confirmed", resume=True)
        alert.acknowledged_at = raised + timedelta(hours=20)
