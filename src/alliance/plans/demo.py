"""Demo data: a signed treatment plan for the demo's first client (fictional), started eight weeks ago, whose
PHQ-9 and GAD-7 objectives show real progress from the demo's weekly scores (alliance.measures.demo: PHQ-9 17
to 7, GAD-7 14 to 6 over sixteen weeks), with an exposure objective on the hierarchy the homework demo builds
and a review recorded four weeks in. Not yet acknowledged by the client, so the portal offers it. Idempotent.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime, time, timedelta, timezone
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from alliance.clients.models import Client
from alliance.plans import service
from alliance.plans.models import TreatmentPlan, TreatmentPlanRevision
from alliance.plans.schemas import (
    Goal,
    Intervention,
    Objective,
    PlanContent,
    PlanCreate,
    Problem,
    ReviewCreate,
)
from alliance.security.audit import Actor

STARTED_WEEKS_AGO = 8


def _content(start, review_on) -> PlanContent:  # noqa: ANN001
    return PlanContent(
        title="CBT for low mood and panic on public transport",
        problems=[
            Problem(
                text="Low mood, loss of interest and poor sleep since the change of job last spring",
                code_system="ICD-10",
                code="F32.1",
            ),
            Problem(
                text="Panic attacks on buses and in queues, with avoidance of public transport",
                code_system="ICD-10",
                code="F41.0",
            ),
        ],
        goals=[
            Goal(
                client_words="I want to feel like myself again and enjoy things",
                clinical="Remission of depressive symptoms",
                objectives=[
                    Objective(
                        text="PHQ-9 below 5 (minimal symptoms)",
                        kind="measure",
                        measure="phq9",
                        comparison="<",
                        target=5,
                        by=start + timedelta(weeks=16),
                    )
                ],
            ),
            Goal(
                client_words="I want to take the bus to work without dreading it",
                clinical="Reduction of panic-related anxiety and avoidance",
                objectives=[
                    Objective(
                        text="GAD-7 below 8 (below caseness)",
                        kind="measure",
                        measure="gad7",
                        comparison="<",
                        target=8,
                        by=start + timedelta(weeks=12),
                    ),
                    Objective(
                        text="SUDS at step 2 of the hierarchy (the bus at rush hour) below 40",
                        kind="homework",
                        measure="exposure_suds",
                        comparison="<",
                        target=40,
                        step=2,
                        by=start + timedelta(weeks=14),
                    ),
                    Objective(text="Back at the Thursday pottery class", kind="not_measured"),
                ],
            ),
        ],
        interventions=[
            Intervention(
                modality="Individual CBT with behavioural activation and exposure",
                frequency="weekly",
                sessions=16,
                homework=["check-in", "thought-record", "exposure", "sleep-diary", "activity-log"],
                who="Dr. Okafor leads sessions; Marisol keeps the check-ins, diary and ladder",
                text="Activity scheduling first, then cognitive restructuring and a graded "
                "exposure ladder for public transport; relapse prevention at the end.",
            )
        ],
        responsibilities="Clinician: weekly sessions, PHQ-9 and GAD-7 each week, the ladder reviewed each "
        "session. Client: evening check-in, morning sleep diary, one exposure step a week.",
        starts_on=start,
        review_on=review_on,
    )


async def seed_plans(session: AsyncSession, practice: Any, staff: Sequence[Any],
                     clients: Sequence[tuple[uuid.UUID, int]]) -> int:
    """The demo client's signed plan; returns 1 when made, 0 when already there."""
    if not clients:
        return 0
    client_id, who = clients[0]
    if await session.scalar(select(TreatmentPlan.id).where(TreatmentPlan.client_id == client_id).limit(1)):
        return 0
    clinician = Actor(user_id=staff[who].id, role="clinician", practice_id=practice.id)
    client = await session.get(Client, client_id)
    today = await service.client_today(session, client)  # type: ignore[arg-type]
    start = today - timedelta(weeks=STARTED_WEEKS_AGO)
    plan = await service.create_plan(session, clinician, client_id, PlanCreate(
        content=_content(start, start + timedelta(weeks=4))))
    await service.sign(session, clinician, plan.id)
    signed_at = datetime.combine(start, time(18), tzinfo=timezone.utc)
    plan.created_at = plan.signed_at = signed_at
    first = await session.scalar(
        select(TreatmentPlanRevision).where(TreatmentPlanRevision.plan_id == plan.id)
    )
    first.created_at = signed_at  # type: ignore[union-attr]
    revision = await service.review(
        session,
        clinician,
        plan.id,
        ReviewCreate(
            summary="Four weeks in: PHQ-9 and GAD-7 falling, activity back most days. Started the exposure "
            "ladder at the supermarket queue; the bus is next.",
            next_review_on=today + timedelta(days=10),
        ),
    )
    revision.created_at = datetime.combine(start + timedelta(weeks=4), time(18), tzinfo=timezone.utc)
    plan.updated_at = revision.created_at
    await session.flush()
    return 1
