"""Outcome figures: SQL aggregates equal NHS Talking Therapies rules applied client by client; exact rates."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from alliance.clients.models import Client
from alliance.insights import outcomes, service
from alliance.measures.change import classify_talking_therapies
from tests.insights.world import COHORT, add_scores, make_world
from tests.support.factories import actor, make_client


def _period(w, weeks_back: int = 52):
    return outcomes.Period(w.now - timedelta(weeks=weeks_back), w.now)


async def test_sql_classification_equals_classify_talking_therapies_client_by_client(session):
    w = await make_world(session)
    scope = select(Client.id).where(Client.practice_id == w.practice.id)
    result = await outcomes.outcomes(session, scope, w.practice.id, _period(w), with_courses=True)
    assert result.finished == len(COHORT)
    for course in result.courses:
        s = w.series[course.client_id]
        ref = classify_talking_therapies(s["phq9"][0], s["phq9"][-1], s["gad7"][0], s["gad7"][-1])
        assert course.case == ref.baseline_case
        assert course.recovered == ref.recovered
        assert course.reliable_improvement == ref.reliable_improvement
        assert course.reliable_recovery == ref.reliably_recovered
        assert course.reliable_deterioration == ref.reliable_deterioration


async def test_every_rate_of_the_known_cohort_is_exact(session):
    w = await make_world(session)
    scope = select(Client.id).where(Client.practice_id == w.practice.id)
    result = await outcomes.outcomes(session, scope, w.practice.id, _period(w), with_courses=True)
    rates = {f.key: (f.numerator, f.denominator) for f in result.rates}
    # 9 of 10 are cases at the start (only [8,4]/[6,2] is not).
    assert result.case == 9
    assert rates["recovered"] == (4, 9)
    assert rates["reliable_improvement"] == (5, 10)
    assert rates["reliable_recovery"] == (3, 9)
    assert rates["reliable_deterioration"] == (2, 10)
    recovered = next(f for f in result.rates if f.key == "recovered")
    assert recovered.rate == pytest.approx(4 / 9) and recovered.ci_low < 4 / 9 < recovered.ci_high
    phq = next(c for c in result.changes if c.instrument == "phq9")
    firsts = [p for p, _, _ in COHORT]
    assert phq.n == 10
    assert phq.mean_first == pytest.approx(sum(p[0] for p in firsts) / 10)
    assert phq.mean_change == pytest.approx(sum(p[-1] - p[0] for p in firsts) / 10)
    assert phq.effect_size is not None and phq.effect_ci[0] < phq.effect_size < phq.effect_ci[1]
    # Scores to recovery: [18,12,7] -> 3rd, [15,9] -> 2nd, [12,9] -> 2nd, [11,5,4,3] -> 2nd.
    assert sorted(c.scores_to_recovery for c in result.courses if c.recovered) == [2, 2, 2, 3]
    assert result.scores_to_recovery_mean == pytest.approx(2.25)


async def test_a_course_still_running_or_with_one_score_is_not_finished(session):
    w = await make_world(session, cohort=[([15, 9], [12, 7], False)])
    running = await make_client(session, w.practice, clinician=w.clinician)
    add_scores(session, running, "phq9", [15, 9], end=w.now - timedelta(weeks=2))
    add_scores(session, running, "gad7", [12, 7], end=w.now - timedelta(weeks=2))
    single = await make_client(session, w.practice, clinician=w.clinician)
    add_scores(session, single, "phq9", [15], end=w.now - timedelta(weeks=10))
    add_scores(session, single, "gad7", [12], end=w.now - timedelta(weeks=10))
    await session.flush()
    scope = select(Client.id).where(Client.practice_id == w.practice.id)
    result = await outcomes.outcomes(session, scope, w.practice.id, _period(w), with_courses=True)
    assert [c.client_id for c in result.courses] == [w.clients[0].id]


async def test_a_course_ending_outside_the_period_is_not_counted(session):
    w = await make_world(session)
    scope = select(Client.id).where(Client.practice_id == w.practice.id)
    result = await outcomes.outcomes(session, scope, w.practice.id, outcomes.Period(
        w.now - timedelta(weeks=4), w.now))
    assert result.finished == 0 and all(f.rate is None for f in result.rates)


async def test_clinician_sees_only_own_caseload_and_supervisor_their_team(session):
    w = await make_world(session)
    mine = await service.outcome_report(session, actor(w.clinician))
    team = await service.outcome_report(session, actor(w.supervisor))
    practice = await service.outcome_report(session, actor(w.admin))
    assert mine["finished_courses"] == 5  # every other client is w.clinician's
    assert team["finished_courses"] == 5  # the supervisor's team is w.clinician (w.other is not supervised)
    assert practice["finished_courses"] == 10
    other = await service.outcome_report(session, actor(w.admin), clinician_id=w.other.id)
    assert other["finished_courses"] == 5


async def test_report_by_group_breaks_every_rate_down_with_intervals(session):
    w = await make_world(session, cohort=COHORT * 3, languages=["en", "en", "fr"])
    report = await service.outcome_report(session, actor(w.admin), by="language")
    table = next(t for t in report["groups"] if t["figure"] == "reliable_improvement")
    rows = {r["value"]: r for r in table["rows"]}
    assert rows["en"]["count"] == 20 and rows["fr"]["count"] == 10
    assert rows["en"]["ci_low"] <= rows["en"]["rate"] <= rows["en"]["ci_high"]
    assert {t["figure"] for t in report["groups"]} >= {"recovered", "reliable_deterioration", "checkins"}


async def test_engagement_rates_are_exact(session):
    from datetime import date as day_

    from alliance.companion.models import CompanionTurn
    from alliance.homework.models import HomeworkAssignment, HomeworkEntry, MoodCheckIn
    from alliance.measures.models import MeasureAdministration

    w = await make_world(session, cohort=[])
    now = w.now
    clients = [await make_client(session, w.practice, clinician=w.clinician) for _ in range(4)]
    # Questionnaires due in the period: client 0: 2 of 2 done; 1: 1 of 3; 2: 0 of 1; 3: none due (not counted).
    for client, done, due in ((clients[0], 2, 2), (clients[1], 1, 3), (clients[2], 0, 1)):
        for i in range(due):
            when = now - timedelta(days=10 + i)
            session.add(MeasureAdministration(
                practice_id=w.practice.id, client_id=client.id, instrument="phq9", due_on=when.date(), due_at=when,
                status="completed" if i < done else "expired", completed_at=when if i < done else None))
    session.add(MoodCheckIn(practice_id=w.practice.id, client_id=clients[0].id, day=(now - timedelta(days=3)).date(),
                            mood=6))
    session.add(MoodCheckIn(practice_id=w.practice.id, client_id=clients[3].id, day=(now - timedelta(days=3)).date(),
                            mood=6))  # no questionnaire due: not among the clients counted
    task = HomeworkAssignment(practice_id=w.practice.id, client_id=clients[1].id, kind="thought_record",
                              schedule="weekly", starts_on=day_(2026, 1, 1))
    session.add(task)
    await session.flush()
    session.add(HomeworkEntry(practice_id=w.practice.id, client_id=clients[1].id, assignment_id=task.id,
                              kind="thought_record", period_start=(now - timedelta(days=5)).date(),
                              completed_at=now - timedelta(days=5)))
    for seq, role in ((1, "client"), (2, "companion")):
        session.add(CompanionTurn(practice_id=w.practice.id, client_id=clients[2].id, seq=seq, role=role, lang="en",
                                  created_at=now - timedelta(days=2)))
    await session.flush()
    scope = select(Client.id).where(Client.practice_id == w.practice.id)
    result = await outcomes.engagement(session, scope, w.practice.id, _period(w))
    assert result.clients == 3
    assert (result.questionnaires.numerator, result.questionnaires.denominator) == (3, 6)
    rates = {f.key: (f.numerator, f.denominator) for f in result.rates}
    assert rates == {"questionnaires_most": (1, 3), "checkins": (1, 3), "homework": (1, 3), "companion": (1, 3)}


async def test_waiting_times_by_tier(session):
    from alliance.intake.models import Referral

    w = await make_world(session, cohort=[])
    for tier, days in (("urgent", 2), ("urgent", 4), ("routine", 30)):
        offered = w.now - timedelta(days=5)
        session.add(Referral(practice_id=w.practice.id, source="staff", tier=tier, waiting_since=offered - timedelta(
            days=days), offered_at=offered))
    session.add(Referral(practice_id=w.practice.id, source="staff", tier="soon", waiting_since=w.now))  # waiting
    await session.flush()
    waits, per = await outcomes.waiting_times(session, w.practice.id, _period(w))
    by_tier = {x.tier: x for x in waits}
    assert set(by_tier) == {"urgent", "routine"}
    assert by_tier["urgent"].referrals == 2 and by_tier["urgent"].median_days == pytest.approx(3)
    assert by_tier["routine"].mean_days == pytest.approx(30) and by_tier["routine"].ci_low is None
    assert len(per) == 3
