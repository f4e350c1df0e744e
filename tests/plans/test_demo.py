"""The demo's plan: signed, reviewed once, its PHQ-9 and GAD-7 objectives showing progress from the demo's
scores.
"""

from __future__ import annotations

from alliance.measures.demo import seed_measures
from alliance.plans import progress, service
from alliance.plans.demo import seed_plans
from tests.plans.world import world
from tests.support.factories import actor


async def test_the_demo_plan_shows_real_progress_and_is_seeded_once(session):
    practice, clinician, client, _ = await world(session)
    await seed_measures(session, practice, [client], [clinician])
    assert await seed_plans(session, practice, [None, clinician], [(client.id, 1)]) == 1
    assert await seed_plans(session, practice, [None, clinician], [(client.id, 1)]) == 0
    plan = await service.current_plan(session, actor(clinician), client.id)
    assert plan.status == "signed" and [
        r.kind for r in await service.history(session, actor(clinician), plan.id)
    ] == ["signed", "review"]
    got = {p.measure: p for p in (await progress.plan_progress(session, actor(clinician), plan)).objectives}
    phq9, gad7 = got["phq9"], got["gad7"]
    assert phq9.status in ("on_track", "met") and phq9.current < phq9.baseline and phq9.trend == "improving"
    assert gad7.status in ("on_track", "met") and gad7.current < gad7.baseline
    assert len(phq9.points) == 16 and progress.chart(phq9, "demo") is not None
