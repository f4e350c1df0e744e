"""A practice with a treating clinician, a client with a portal log-in, scores over time, and a plan."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta, timezone

from alliance.accounts.models import Role
from alliance.measures import service as measures_service
from alliance.measures.demo import answers_for
from alliance.measures.instruments import get_instrument
from alliance.measures.models import MeasureAdministration
from alliance.plans import service
from alliance.plans.schemas import Goal, Objective, PlanContent, PlanCreate, Problem
from alliance.security.audit import Actor
from tests.support.factories import actor, make_client, make_practice, make_user


async def world(session, **client_fields):
    """(practice, clinician, client, portal user)"""
    practice = await make_practice(session)
    clinician = await make_user(session, practice, Role.clinician, display_name="Dr. Ana Reyes",
                                credentials="PsyD")
    client = await make_client(session, practice, clinician=clinician, given_name="Rosa", **client_fields)
    portal = await make_user(session, practice, Role.client, client=client)
    return practice, clinician, client, portal


async def scores(
    session, client, instrument: str, values: list[tuple[date, int]]
) -> list[MeasureAdministration]:
    """Completed administrations with these totals on these days (answers summing to each total)."""
    inst = get_instrument(instrument)
    rng = random.Random(1)
    out = []
    for day, total in values:
        adm = MeasureAdministration(practice_id=client.practice_id, client_id=client.id, instrument=inst.id,
                                    due_on=day, due_at=measures_service.due_at(day), status="in_progress",
                                    source="clinician", language="en")
        session.add(adm)
        await session.flush()
        await measures_service.complete(session, Actor.system(client.practice_id), adm,
                                        answers_for(inst.id, total, rng),
                                        completed_at=datetime.combine(day, time(12), tzinfo=timezone.utc))
        out.append(adm)
    return out


def content(today: date, *, by_weeks: int = 12, objectives: list[Objective] | None = None) -> PlanContent:
    """A plan for depression with a PHQ-9 objective (and whatever objectives are given instead)."""
    objectives = objectives if objectives is not None else [
        Objective(text="PHQ-9 below 10", kind="measure", measure="phq9", comparison="<", target=10,
                  by=today + timedelta(weeks=by_weeks))]
    return PlanContent(
        title="Plan for low mood",
        problems=[Problem(text="Low mood since the move", code_system="ICD-10", code="F32.1")],
        goals=[
            Goal(
                client_words="Feel like myself again",
                clinical="Remission of depression",
                objectives=objectives,
            )
        ],
        starts_on=today,
        review_on=today + timedelta(weeks=8),
    )


async def signed_plan(session, clinician, client, plan_content: PlanContent):
    plan = await service.create_plan(session, actor(clinician), client.id, PlanCreate(content=plan_content))
    return await service.sign(session, actor(clinician), plan.id)
