"""Progress computed from the client's scores and logs: met, on track, not on track, no data, the target date,
the trend, and the homework records (exposure SUDS at a step, activities a week, sleep efficiency).
"""

from __future__ import annotations

from datetime import timedelta

from alliance.homework import tools
from alliance.homework.schemas import ActivityCreate, SituationCreate, StepCreate
from alliance.plans import progress, service
from alliance.plans.schemas import Objective
from tests.plans.world import content, scores, signed_plan, world
from tests.support.factories import actor


def phq9(today, weeks_left: int = 8, **extra) -> Objective:
    return Objective(text="PHQ-9 below 10", kind="measure", measure="phq9", comparison="<", target=10,
                     by=today + timedelta(weeks=weeks_left), **extra)


async def _progress(session, clinician, client, objectives, *, start_weeks_ago: int = 4):
    today = await service.client_today(session, client)
    c = content(today, objectives=objectives).model_copy(
        update={"starts_on": today - timedelta(weeks=start_weeks_ago)}
    )
    plan = await signed_plan(session, clinician, client, c)
    return today, {
        p.objective_id: p for p in (await progress.plan_progress(session, actor(clinician), plan)).objectives
    }


async def test_phq9_on_the_line_is_on_track_and_far_above_it_is_not(session):
    _, clinician, client, _ = await world(session)
    today = await service.client_today(session, client)
    await scores(session, client, "phq9", [(today - timedelta(weeks=4), 18), (today - timedelta(weeks=2), 17),
                                           (today, 15)])
    obj = phq9(today)
    _, got = await _progress(session, clinician, client, [obj])
    p = got[obj.id]
    # The line runs from 18 (four weeks ago) to 10 in eight weeks: 15.3 today; 15 is on it.
    assert (p.status, p.baseline, p.current, p.expected, p.tolerance) == ("on_track", 18, 15, 15.3, 6)
    assert p.trend == "improving" and p.slope_per_week is not None and p.slope_per_week < 0
    await scores(
        session, client, "phq9", [(today, 22)]
    )  # a later result the same day: 22 is 6.7 above the line
    _, got = await _progress(session, clinician, client, [obj])
    assert got[obj.id].status == "not_on_track" and got[obj.id].current == 22


async def test_met_no_data_and_a_passed_target_date(session):
    _, clinician, client, _ = await world(session)
    today = await service.client_today(session, client)
    await scores(session, client, "phq9", [(today - timedelta(weeks=6), 16), (today - timedelta(days=1), 8)])
    met = phq9(today)
    late = Objective(text="PHQ-9 below 5", kind="measure", measure="phq9", comparison="<", target=5,
                     by=today - timedelta(days=2))
    nothing = Objective(text="GAD-7 below 8", kind="measure", measure="gad7", comparison="<", target=8,
                        by=today + timedelta(weeks=4))
    free = Objective(text="Return to the choir", kind="not_measured")
    _, got = await _progress(session, clinician, client, [met, late, nothing, free])
    assert got[met.id].status == "met"
    assert got[late.id].status == "not_on_track" and "passed" in got[late.id].reason
    assert got[nothing.id].status == "no_data"
    assert got[free.id].status == "not_measured"


async def test_without_a_date_only_a_reliable_worsening_is_off_track(session):
    _, clinician, client, _ = await world(session)
    today = await service.client_today(session, client)
    await scores(session, client, "gad7", [(today - timedelta(weeks=3), 10), (today, 13)])
    undated = Objective(text="GAD-7 below 8", kind="measure", measure="gad7", comparison="<", target=8)
    _, got = await _progress(session, clinician, client, [undated])
    assert got[undated.id].status == "on_track"  # 3 points worse: within the GAD-7's reliable change of 4
    await scores(session, client, "gad7", [(today, 15)])
    _, got = await _progress(session, clinician, client, [undated])
    assert got[undated.id].status == "not_on_track" and got[undated.id].trend == "worsening"


async def test_suds_at_a_step_of_the_hierarchy_and_activities_a_week(session):
    _, clinician, client, portal = await world(session)
    today = await service.client_today(session, client)
    ladder = []
    for n, suds in enumerate((20, 35, 50, 70, 90)):
        row, _ = await tools.add_situation(session, actor(portal), SituationCreate(situation=f"Situation {n}",
                                                                                   suds=suds))
        ladder.append(row)
    await tools.add_step(
        session,
        actor(portal),
        ladder[2].id,
        StepCreate(day=today - timedelta(days=3), suds_before=45, suds_peak=30, suds_after=20),
    )
    step3 = Objective(
        text="SUDS at step 3 below 40",
        kind="homework",
        measure="exposure_suds",
        comparison="<",
        target=40,
        step=3,
        by=today + timedelta(weeks=6),
    )
    step5 = step3.model_copy(update={"id": "step5", "step": 5, "text": "SUDS at step 5 below 40"})
    step9 = step3.model_copy(update={"id": "step9", "step": 9, "text": "SUDS at step 9 below 40"})
    monday = today - timedelta(days=today.weekday())
    for days_back in (8, 9, 10, 11):  # four activities in the last complete week
        await tools.log_activity(session, actor(portal), ActivityCreate(
            day=monday - timedelta(days=days_back - 7), activity="Walk", mood=6))
    active = Objective(
        text="10 activities a week",
        kind="homework",
        measure="activity_count",
        comparison=">=",
        target=10,
        by=today + timedelta(weeks=6),
    )
    _, got = await _progress(session, clinician, client, [step3, step5, step9, active], start_weeks_ago=1)
    assert (got[step3.id].status, got[step3.id].current, len(got[step3.id].points)) == ("met", 30, 1)
    assert got["step5"].status == "on_track" and got["step5"].current == 90  # only the rating so far
    assert got["step9"].status == "no_data"
    weekly = got[active.id]
    assert weekly.current == 4 and weekly.points[-1].day == monday - timedelta(days=1)
    # Today reads the same records in bulk and must come to the same answers.
    plan = await service.current_plan(session, actor(clinician), client.id)
    bulk = await progress.progress_by_client(session, actor(clinician), [client], {client.id: plan})
    assert [(p.objective_id, p.status, p.current) for p in bulk[client.id].objectives] == [
        (p.objective_id, p.status, p.current) for p in got.values()]


def test_the_rule_cites_its_sources_and_the_chart_has_the_on_track_line():
    assert "NHS Talking Therapies" in progress.RULE and "Jacobson & Truax" in progress.RULE
    from datetime import date

    p = progress.evaluate(
        "g",
        Objective(
            text="PHQ-9 below 10",
            kind="measure",
            measure="phq9",
            comparison="<",
            target=10,
            by=date(2026, 4, 1),
        ),
        [progress.Point(day=date(2026, 1, 1), value=18), progress.Point(day=date(2026, 2, 1), value=14)],
        date(2026, 2, 2),
        date(2026, 1, 1),
    )
    chart = progress.chart(p, "x")
    assert chart is not None and [line["name"] for line in chart.lines] == ["PHQ-9", "On-track line"]
