"""Clients not on track, the plain score total written when scoring, and the backfill of older rows."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select, update

from alliance.insights import service, trajectory
from alliance.measures import service as measures
from alliance.measures.models import MeasureAdministration
from tests.insights.world import add_scores, make_world
from tests.measures.world import PHQ9_MODERATE
from tests.support.factories import actor, make_client


def test_published_curve_halves_the_starting_score_by_the_eighth_score_and_is_log_shaped():
    assert trajectory.published_expected(20, 0) == 20
    assert trajectory.published_expected(20, 8) == pytest.approx(10)
    assert trajectory.published_expected(20, 30) == pytest.approx(10)
    early = 20 - trajectory.published_expected(20, 1)
    late = trajectory.published_expected(20, 7) - trajectory.published_expected(20, 8)
    assert early > 4 * late  # most change comes early (dose-effect)


async def _client(session, w, phq, gad=None, clinician=None):
    client = await make_client(session, w.practice, clinician=clinician or w.clinician)
    add_scores(session, client, "phq9", phq, end=w.now - timedelta(days=1))
    if gad:
        add_scores(session, client, "gad7", gad, end=w.now - timedelta(days=1))
    await session.flush()
    return client


async def test_a_client_far_behind_the_expected_curve_is_off_track_with_the_reason(session):
    w = await make_world(session, cohort=[])
    # Start 20: expected after 8 more scores about 10; 17 is more than 6 points worse.
    behind = await _client(session, w, [20, 20, 19, 19, 18, 18, 18, 17, 17])
    fine = await _client(session, w, [20, 16, 13, 12, 11, 10])
    tracks = {t.client_id: t for t in await service.tracks(session, actor(w.clinician))}
    assert tracks[behind.id].off_track and not tracks[behind.id].deteriorated
    assert "PHQ-9 17 at score 9, expected about 10" in tracks[behind.id].reason
    assert tracks[behind.id].curve == trajectory.PUBLISHED_SOURCE
    assert not tracks[fine.id].off_track and tracks[fine.id].reason == "on track"


async def test_reliable_deterioration_on_either_measure_is_off_track(session):
    w = await make_world(session, cohort=[])
    worse = await _client(session, w, [9, 10], gad=[6, 11])
    [track] = [t for t in await service.tracks(session, actor(w.clinician)) if t.client_id == worse.id]
    assert track.off_track and track.deteriorated
    assert track.reason == "reliable deterioration on the GAD-7 (6 to 11)"


async def test_only_clients_in_scope_are_listed_and_admins_may_not_list_names(session):
    w = await make_world(session, cohort=[])
    mine = await _client(session, w, [12, 19])
    theirs = await _client(session, w, [12, 19], clinician=w.other)
    listed = {r["client_id"] for r in await service.not_on_track(session, actor(w.clinician))}
    assert listed == {str(mine.id)}
    team = {r["client_id"] for r in await service.not_on_track(session, actor(w.supervisor))}
    assert team == {str(mine.id)}
    assert str(theirs.id) not in team
    from alliance.security.authz import AccessDenied

    with pytest.raises(AccessDenied):
        await service.not_on_track(session, actor(w.admin))


async def test_the_practice_curve_replaces_the_published_one_with_enough_finished_courses(session, monkeypatch):
    monkeypatch.setattr(trajectory, "PRACTICE_MIN_COURSES", 3)
    cohort = [([16, 14, 13], [10, 9, 9], True)] * 3  # practice courses in band 15-19 end at 13
    w = await make_world(session, cohort=cohort)
    client = await _client(session, w, [16, 15, 15])
    [track] = [t for t in await service.tracks(session, actor(w.clinician)) if t.client_id == client.id]
    assert track.curve.startswith("this practice's finished courses starting at PHQ-9 15-19 (3)")
    assert track.expected == pytest.approx(13)
    assert not track.off_track


async def test_scoring_a_questionnaire_writes_the_plain_total_and_backfill_fills_older_rows(session):
    w = await make_world(session, cohort=[])
    client = await make_client(session, w.practice, clinician=w.clinician)
    adm = await measures.start(session, actor(w.clinician), client.id, "phq9")
    adm, _ = await measures.submit(session, actor(w.clinician), adm.id, PHQ9_MODERATE)
    assert adm.score_total == 11 == adm.total
    await session.execute(update(MeasureAdministration).where(MeasureAdministration.id == adm.id)
                          .values(score_total=None))
    session.expire_all()
    assert await service.backfill_totals(session) >= 1
    total = await session.scalar(select(MeasureAdministration.score_total).where(MeasureAdministration.id == adm.id))
    assert total == 11


async def test_a_score_entered_late_with_an_earlier_date_renumbers_the_series(session):
    from datetime import timedelta as td

    from alliance.db.base import utcnow

    w = await make_world(session, cohort=[])
    client = await make_client(session, w.practice, clinician=w.clinician)
    me = actor(w.clinician)
    for days_ago, answers in ((7, PHQ9_MODERATE), (30, {k: 3 for k in PHQ9_MODERATE})):
        adm = await measures.start(session, me, client.id, "phq9")
        await measures.complete(session, me, adm, answers, completed_at=utcnow() - td(days=days_ago))
    rows = (await session.execute(select(MeasureAdministration).where(MeasureAdministration.client_id == client.id)
                                  .order_by(MeasureAdministration.completed_at))).scalars().all()
    for row in rows:
        await session.refresh(row)
    assert [(r.score_total, r.score_seq, r.score_latest, r.score_first) for r in rows] == [
        (27, 1, False, 27), (11, 2, True, 27)]
