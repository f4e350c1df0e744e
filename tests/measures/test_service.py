"""Measures in practice: scheduling, resuming, scoring on submit, risk escalation, permissions, reminders."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

import pytest
from sqlalchemy import select

from alliance.accounts.models import Role
from alliance.appointments.models import Appointment
from alliance.db.base import utcnow
from alliance.errors import NotFound
from alliance.measures import score, service
from alliance.measures.instruments import InvalidAnswers
from alliance.measures.models import MeasureAdministration, MeasureAssignment
from alliance.measures.schemas import AssignmentCreate
from alliance.safety.models import RiskAlert
from alliance.security.authz import ClientNotFound
from tests.measures.world import PHQ9_MODERATE, make_world
from tests.support.factories import actor, make_client, make_user
from tests.support.smtp import smtp_sink


async def _open(session, client_id):
    return (await session.execute(select(MeasureAdministration).where(
        MeasureAdministration.client_id == client_id, MeasureAdministration.status.in_(("due", "in_progress")))
    )).scalars().all()


async def test_weekly_assignment_is_due_once_a_week_and_scheduling_is_idempotent(session):
    w = await make_world(session)
    today = utcnow().date()
    await service.assign(session, actor(w.clinician), w.client.id,
                         AssignmentCreate(instrument="PHQ-9", schedule="weekly", start_date=today - timedelta(days=9)))
    [first] = await _open(session, w.client.id)
    assert first.instrument == "phq9" and first.due_on == today - timedelta(days=2)
    assert await service.schedule_all(session, today) == 0  # nothing new until next week
    assert await service.schedule_all(session, today + timedelta(days=5)) == 1
    await session.refresh(first)
    assert first.status == "expired"  # replaced by the new week's questionnaire
    [second] = await _open(session, w.client.id)
    assert second.due_on == today + timedelta(days=5)


async def test_every_session_is_due_on_the_day_of_each_appointment(session):
    w = await make_world(session)
    today = utcnow().date()
    await service.assign(session, actor(w.clinician), w.client.id,
                         AssignmentCreate(instrument="gad7", schedule="every_session", start_date=today))
    assert await _open(session, w.client.id) == []  # no session today yet
    session.add(Appointment(practice_id=w.practice.id, client_id=w.client.id, clinician_id=w.clinician.id,
                            starts_at=datetime.combine(today + timedelta(days=3), time(15), tzinfo=timezone.utc)))
    await session.flush()
    assert await service.schedule_all(session, today) == 0
    assert await service.schedule_all(session, today + timedelta(days=3)) == 1
    [due] = await _open(session, w.client.id)
    assert due.due_on == today + timedelta(days=3)


def test_monthly_due_dates_keep_the_day_and_clamp_to_the_month_end():
    row = MeasureAssignment(schedule="monthly", start_date=date(2026, 1, 31))
    assert service.current_due_date(row, date(2026, 2, 27)) == date(2026, 1, 31)
    assert service.current_due_date(row, date(2026, 2, 28)) == date(2026, 2, 28)
    assert service.current_due_date(row, date(2026, 4, 30)) == date(2026, 4, 30)
    once = MeasureAssignment(schedule="once", start_date=date(2026, 5, 1))
    assert service.current_due_date(once, date(2026, 4, 30)) is None
    assert service.current_due_date(once, date(2026, 9, 1)) == date(2026, 5, 1)


async def test_spanish_speaking_client_gets_spanish_phq9_and_english_pcl5(session):
    w = await make_world(session, lang="es")
    for inst in ("phq9", "pcl5"):
        await service.assign(session, actor(w.clinician), w.client.id, AssignmentCreate(instrument=inst))
    languages = {a.instrument: a.language for a in await _open(session, w.client.id)}
    assert languages == {"phq9": "es", "pcl5": "en"}


async def test_answers_are_saved_one_at_a_time_encrypted_and_resumable(session):
    w = await make_world(session)
    await service.assign(session, actor(w.clinician), w.client.id, AssignmentCreate(instrument="phq9"))
    [adm] = await _open(session, w.client.id)
    for item in ("phq9_1", "phq9_2", "phq9_3"):
        await service.answer(session, actor(w.portal), adm.id, item, 2)
    await session.flush()
    session.expunge(adm)
    again = await service.get_administration(session, actor(w.portal), adm.id)
    assert again.status == "in_progress"
    assert again.answers == {"phq9_1": 2, "phq9_2": 2, "phq9_3": 2}
    assert b"phq9_1" not in again.answers_ct  # answers are sealed with the client's key
    first_open = next(i.id for i in service.enabled_items(service.get_instrument("phq9"), again.answers)
                      if again.answers.get(i.id) is None)
    assert first_open == "phq9_4"


async def test_submit_scores_exactly_as_the_library_does(session):
    w = await make_world(session)
    adm = await service.start(session, actor(w.clinician), w.client.id, "phq9")
    adm, alert = await service.submit(session, actor(w.clinician), adm.id, PHQ9_MODERATE)
    expected = score("phq9", PHQ9_MODERATE)
    assert (adm.status, adm.total, adm.severity) == ("completed", expected.total, "moderate")
    assert adm.result["interpretation"] == expected.interpretation and alert is None


async def test_invalid_answer_is_refused_with_the_library_message(session):
    w = await make_world(session)
    adm = await service.start(session, actor(w.clinician), w.client.id, "phq9")
    with pytest.raises(InvalidAnswers, match="phq9_9: 5 is not a valid answer"):
        await service.answer(session, actor(w.clinician), adm.id, "phq9_9", 5)
    with pytest.raises(InvalidAnswers, match="unknown item"):
        await service.answer(session, actor(w.clinician), adm.id, "phq9_99", 1)


async def test_portal_submission_needs_every_question_answered(session):
    w = await make_world(session)
    await service.assign(session, actor(w.clinician), w.client.id, AssignmentCreate(instrument="gad7"))
    [adm] = await _open(session, w.client.id)
    with pytest.raises(Exception, match="Please answer question 1"):
        await service.submit(session, actor(w.portal), adm.id, require_complete=True)


async def test_submitted_questionnaire_cannot_be_changed(session):
    w = await make_world(session)
    adm = await service.start(session, actor(w.clinician), w.client.id, "phq9")
    await service.submit(session, actor(w.clinician), adm.id, PHQ9_MODERATE)
    with pytest.raises(service.NotOpen):
        await service.answer(session, actor(w.clinician), adm.id, "phq9_1", 0)


@pytest.mark.parametrize(("item9", "level"), [(1, "moderate"), (2, "high"), (3, "high")])
async def test_phq9_item9_above_zero_raises_a_risk_alert(session, item9, level):
    # PHQ instruction manual: any item 9 answer above "not at all" needs a suicide risk assessment.
    w = await make_world(session)
    await service.assign(session, actor(w.clinician), w.client.id, AssignmentCreate(instrument="phq9"))
    [adm] = await _open(session, w.client.id)
    adm, alert = await service.submit(session, actor(w.portal), adm.id, PHQ9_MODERATE | {"phq9_9": item9})
    assert adm.risk_flags == ["item9"]
    assert (alert.source, alert.source_id, alert.level) == ("measure", str(adm.id), level)
    assert alert.categories == ["suicidal_ideation"] and alert.assigned_to == w.clinician.id
    assert "PHQ-9 item 9 answered" in alert.reasons_json


async def test_phq9_without_item9_raises_no_alert(session):
    w = await make_world(session)
    adm = await service.start(session, actor(w.clinician), w.client.id, "phq9")
    await service.submit(session, actor(w.clinician), adm.id, PHQ9_MODERATE)
    assert (await session.execute(select(RiskAlert).where(RiskAlert.client_id == w.client.id))).first() is None


async def test_cssrs_plan_raises_a_high_alert_with_plan_and_intent(session):
    # Columbia Protocol screen triage: yes to Q5 (plan with intent) is high risk.
    w = await make_world(session)
    adm = await service.start(session, actor(w.clinician), w.client.id, "cssrs_screener")
    answers = {"cssrs_1": 1, "cssrs_2": 1, "cssrs_3": 1, "cssrs_4": 0, "cssrs_5": 1, "cssrs_6": 0}
    adm, alert = await service.submit(session, actor(w.clinician), adm.id, answers)
    assert adm.severity == "high risk" and alert.level == "high"
    assert set(alert.categories) == {"suicidal_ideation", "suicide_plan_intent"}


async def test_clients_and_other_clinicians_cannot_reach_someone_elses_questionnaire(session):
    w = await make_world(session)
    other_client = await make_client(session, w.practice)
    other_portal = await make_user(session, w.practice, Role.client, client=other_client)
    other_clinician = await make_user(session, w.practice, Role.clinician)
    adm = await service.start(session, actor(w.clinician), w.client.id, "gad7")
    for who in (other_portal, other_clinician):
        with pytest.raises(NotFound):
            await service.answer(session, actor(who), adm.id, "gad7_1", 1)
    with pytest.raises(ClientNotFound):
        await service.assign(session, actor(other_clinician), w.client.id, AssignmentCreate(instrument="phq9"))


async def test_unassigning_expires_what_the_client_has_not_finished(session):
    w = await make_world(session)
    row = await service.assign(session, actor(w.clinician), w.client.id, AssignmentCreate(instrument="phq9"))
    await service.unassign(session, actor(w.clinician), row.id)
    assert await _open(session, w.client.id) == []
    assert await service.schedule_all(session, utcnow().date() + timedelta(weeks=2)) == 0


async def test_overdue_lists_questionnaires_open_past_the_grace_period(session):
    w = await make_world(session)
    today = utcnow().date()
    await service.assign(session, actor(w.clinician), w.client.id,
                         AssignmentCreate(instrument="phq9", schedule="once", start_date=today - timedelta(days=3)))
    await service.assign(session, actor(w.clinician), w.client.id, AssignmentCreate(instrument="gad7"))
    overdue = await service.overdue(session, actor(w.clinician))
    assert [(a.instrument, c.id) for a, c in overdue] == [("phq9", w.client.id)]
    other = await make_user(session, w.practice, Role.clinician)
    assert await service.overdue(session, actor(other)) == []


async def test_trajectory_marks_reliable_improvement(session):
    # NHS Talking Therapies: a PHQ-9 fall of 6 or more is reliable improvement.
    w = await make_world(session)
    for total_items in ({**PHQ9_MODERATE, "phq9_1": 3, "phq9_2": 3, "phq9_4": 3}, {k: 0 for k in PHQ9_MODERATE}):
        adm = await service.start(session, actor(w.clinician), w.client.id, "phq9")
        await service.submit(session, actor(w.clinician), adm.id, total_items)
    summary = await service.trajectory(session, actor(w.clinician), w.client.id, "phq9")
    assert [p.total for p in summary.points] == [14, 0]
    assert summary.points[-1].category == "reliable_improvement" and summary.overall.reliably_recovered


async def test_reminder_email_has_a_link_and_no_phi(session):
    from alliance.config import get_settings
    from alliance.measures.reminders import send_reminder

    w = await make_world(session, given_name="Ottoline", family_name="Marchbanks")
    await service.assign(session, actor(w.clinician), w.client.id, AssignmentCreate(instrument="phq9"))
    [adm] = await _open(session, w.client.id)
    with smtp_sink() as (port, messages):
        settings = get_settings().model_copy(update={"smtp_host": "127.0.0.1", "smtp_port": port,
                                                     "base_url": "https://alliance.example.org"})
        assert await send_reminder(session, adm.id, settings=settings) is True
        assert await send_reminder(session, adm.id, settings=settings) is False  # once per questionnaire
    [message] = messages
    assert w.portal.email in message and "https://alliance.example.org/portal" in message
    for phi in ("Ottoline", "Marchbanks", "PHQ", "depress", str(w.client.id)):
        assert phi not in message


async def test_no_reminder_email_when_the_client_turned_them_off(session):
    from alliance.config import get_settings
    from alliance.measures.reminders import send_reminder

    w = await make_world(session)
    w.client.reminders_by_email = False
    await service.assign(session, actor(w.clinician), w.client.id, AssignmentCreate(instrument="phq9"))
    [adm] = await _open(session, w.client.id)
    with smtp_sink() as (port, messages):
        settings = get_settings().model_copy(update={"smtp_host": "127.0.0.1", "smtp_port": port})
        assert await send_reminder(session, adm.id, settings=settings) is False
    assert messages == []
    assert adm.reminded_at is None  # turned back on later, the reminder still comes


async def test_demo_has_months_of_weekly_results_and_one_old_item9_alert(session):
    from alliance import demo

    await demo.seed(session)
    rows = (await session.execute(select(MeasureAdministration).where(
        MeasureAdministration.status == "completed"))).scalars().all()
    # The five demo clients (the insights cohort of alliance.insights.demo has its own clinicians and courses).
    from alliance.accounts.models import User
    from alliance.accounts.service import email_index
    from alliance.clients.models import CareTeamMember
    from alliance.insights.demo import CLINICIANS

    cohort = set((await session.execute(select(CareTeamMember.client_id).join(
        User, User.id == CareTeamMember.clinician_id).where(
        User.email_bidx.in_([email_index(c[0]) for c in CLINICIANS])))).scalars())
    per_client = {}
    for adm in rows:
        if adm.client_id not in cohort:
            per_client.setdefault((adm.client_id, adm.instrument), []).append(adm)
    assert len(per_client) == 10 and all(len(v) >= 12 for v in per_client.values())
    alerts = [a for a in (await session.execute(select(RiskAlert).where(RiskAlert.source == "measure"))).scalars()
              if a.client_id not in cohort]
    assert len(alerts) == 1 and alerts[0].created_at < utcnow() - timedelta(weeks=4)


async def test_results_are_in_the_clients_export_and_go_with_erasure(session):
    import io
    import json
    import zipfile

    from alliance.clients import export
    from alliance.clients.schemas import ErasureRequest

    w = await make_world(session)
    adm = await service.start(session, actor(w.clinician), w.client.id, "phq9")
    await service.submit(session, actor(w.clinician), adm.id, PHQ9_MODERATE)
    _, data = await export.export_client(session, actor(w.clinician), w.client.id)
    records = json.loads(zipfile.ZipFile(io.BytesIO(data)).read("records.json"))
    [row] = records["measure_administrations"]
    assert json.loads(row["answers_json"]) == PHQ9_MODERATE and json.loads(row["result_json"])["total"] == 11
    admin = await make_user(session, w.practice, Role.admin)
    await export.erase_client(session, actor(admin), w.client.id,
                              ErasureRequest(reason="client request", override_retention=True))
    assert (await session.execute(select(MeasureAdministration).where(
        MeasureAdministration.client_id == w.client.id))).first() is None


def test_jobs_are_registered_under_their_names():
    from alliance.jobs.queue import huey
    from alliance.measures import tasks

    names = {task.name for task in (tasks.schedule_task, tasks.remind_task)}
    assert names == {"measures.schedule", "measures.remind"}
    assert all(any(key.endswith(name) for key in huey._registry._registry) for name in names)
