"""A cohort with known outcomes for the insights tests: clients, PHQ-9/GAD-7 series, a supervisor's team."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from alliance.accounts.models import Role, User
from alliance.clients.models import Client, Supervision
from alliance.db.base import utcnow
from alliance.measures.models import MeasureAdministration
from alliance.practices.models import Practice
from tests.support.factories import make_client, make_practice, make_user


@dataclass
class World:
    practice: Practice
    admin: User
    supervisor: User
    clinician: User
    other: User  # a clinician outside the supervisor's team
    clients: list[Client] = field(default_factory=list)
    series: dict[uuid.UUID, dict[str, list[int]]] = field(default_factory=dict)
    now: datetime = field(default_factory=utcnow)


def add_scores(session: AsyncSession, client: Client, instrument: str, totals: list[int], *, end: datetime,
               every: timedelta = timedelta(weeks=1)) -> None:
    """Completed administrations, the last one at `end`, one `every` apart (total in plain and sealed form, with
    the place in the series that scoring writes)."""
    start = end - every * (len(totals) - 1)
    for i, total in enumerate(totals):
        when = start + every * i
        adm = MeasureAdministration(practice_id=client.practice_id, client_id=client.id, instrument=instrument,
                                    due_on=when.date(), due_at=when, status="completed", completed_at=when,
                                    score_total=total, score_seq=i + 1, score_latest=i == len(totals) - 1,
                                    score_first=totals[0])
        adm.result = {"total": total}
        session.add(adm)


# (phq9 series, gad7 series, discharged?) with the outcome each gives under NHS Talking Therapies rules.
COHORT: list[tuple[list[int], list[int], bool]] = [
    ([18, 12, 7], [14, 9, 5], True),      # case, recovered, reliable improvement, reliable recovery
    ([15, 9], [12, 7], False),            # case, recovered (phq -6, gad -5): reliable recovery
    ([12, 9], [10, 7], False),            # case, recovered, no reliable change (phq -3, gad -3)
    ([20, 20, 19], [15, 16], True),       # case, not recovered, no change
    ([10, 17], [9, 14], False),           # case, reliable deterioration on both
    ([8, 4], [6, 2], True),               # not a case at start, reliable improvement (gad -4)
    ([22, 14], [18, 19], False),          # case, phq improved by 8, gad +1: reliable improvement, not recovered
    ([14, 16], [8, 12], True),            # case, gad +4: reliable deterioration
    ([11, 5, 4, 3], [9, 3, 3], False),    # case, recovered, reliable recovery
    ([25, 24], [20, 21], False),          # case, no change
]


async def make_world(session: AsyncSession, *, cohort: list[tuple[list[int], list[int], bool]] | None = None,
                     languages: list[str] | None = None) -> World:
    practice = await make_practice(session)
    w = World(practice=practice, admin=await make_user(session, practice, Role.admin),
              supervisor=await make_user(session, practice, Role.supervisor),
              clinician=await make_user(session, practice, Role.clinician),
              other=await make_user(session, practice, Role.clinician))
    session.add(Supervision(practice_id=practice.id, supervisor_id=w.supervisor.id, supervisee_id=w.clinician.id))
    end = w.now - timedelta(weeks=8)
    for i, (phq, gad, discharged) in enumerate(COHORT if cohort is None else cohort):
        lang = (languages or ["en"])[i % len(languages or ["en"])]
        client = await make_client(session, practice, clinician=w.clinician if i % 2 == 0 else w.other,
                                   preferred_language=lang)
        add_scores(session, client, "phq9", phq, end=end)
        add_scores(session, client, "gad7", gad, end=end)
        if discharged:
            client.status, client.discharged_at = "discharged", end + timedelta(days=3)
        w.clients.append(client)
        w.series[client.id] = {"phq9": phq, "gad7": gad}
    await session.flush()
    return w
