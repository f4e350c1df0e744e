"""Homework's service: assigning, where each assignment stands in the client's time zone, completing exercises
through the companion without a companion plan, the tools (sleep efficiency, SUDS, check-ins) counting for
homework, encryption, authorization and the caseload's view."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from alliance.accounts.models import Role
from alliance.companion.models import ExerciseRecord
from alliance.companion.schemas import ThoughtRecordCreate
from alliance.errors import BadRequest, Conflict, Forbidden, NotFound
from alliance.homework import service, tools
from alliance.homework.models import HomeworkAssignment, HomeworkEntry, MoodCheckIn, SleepDiaryEntry
from alliance.homework.schemas import (
    HomeworkCreate,
    CheckInCreate,
    JournalCreate,
    SituationCreate,
    SleepCreate,
    StepCreate,
)
from alliance.security.models import AuditEvent
from tests.homework.world import NIGHT, assign, world
from tests.support.factories import actor, make_client, make_user

THOUGHT = ThoughtRecordCreate(situation="Presenting the quarterly figures", automatic_thought="Everyone will notice my mistakes",
                              balanced_thought="I can be nervous and still do it",
                              emotions=[{"name": "anxious", "before": 80, "after": 40}])


async def test_a_daily_assignment_counts_missed_days_and_is_overdue_until_done_today(session):
    _, clinician, client, portal = await world(session)
    row = await assign(session, clinician, client, "check-in", "daily", days_ago=3)
    today = await service.client_today(session, client)
    [read] = await service.list_assignments(session, actor(clinician), client.id)
    assert (read.expected, read.done, read.missed, read.overdue, read.done_now) == (4, 0, 3, True, False)
    await tools.check_in(session, actor(portal), CheckInCreate(mood=4, day=today - timedelta(days=1)))
    await tools.check_in(session, actor(portal), CheckInCreate(mood=6, emotions=["calm", "tired"]))
    [read] = await service.list_assignments(session, actor(portal), client.id)
    assert (read.done, read.missed, read.overdue, read.done_now) == (2, 2, False, True)
    assert row.id == read.id


async def test_by_date_is_overdue_after_its_day_and_once_never_is(session):
    _, clinician, client, _ = await world(session)
    today = await service.client_today(session, client)
    due = await assign(session, clinician, client, "worry-log", "by_date", due_on=today)
    once = await assign(session, clinician, client, "thought-record")
    due.starts_on, due.due_on = today - timedelta(days=5), today - timedelta(days=1)
    once.starts_on = today - timedelta(days=30)
    await session.flush()
    reads = {r.kind: r for r in await service.list_assignments(session, actor(clinician), client.id)}
    assert reads["worry-log"].overdue and reads["worry-log"].missed == 1
    assert not reads["thought-record"].overdue and reads["thought-record"].expected == 1


async def test_assigning_checks_dates_and_prompts_and_encrypts_the_clinicians_words(session):
    _, clinician, client, _ = await world(session)
    today = await service.client_today(session, client)
    with pytest.raises(BadRequest, match="before today"):
        await service.assign(session, actor(clinician), client.id,
                             HomeworkCreate(kind="journal", prompts=["What went well?"],
                                              starts_on=today - timedelta(days=2)))
    with pytest.raises(ValueError, match="needs your questions"):
        HomeworkCreate(kind="journal")
    with pytest.raises(ValueError, match="day it is due"):
        HomeworkCreate(kind="worry-log", schedule="by_date")
    row = await service.assign(session, actor(clinician), client.id, HomeworkCreate(
        kind="journal", schedule="weekly", note="Write after the family dinner", prompts=["What went well?"]))
    raw = (await session.execute(select(HomeworkAssignment.note_ct, HomeworkAssignment.prompts_ct)
                                 .where(HomeworkAssignment.id == row.id))).one()
    assert all(isinstance(v, bytes) and b"dinner" not in v and b"went well" not in v for v in raw)
    assert await session.scalar(select(func.count()).select_from(AuditEvent).where(
        AuditEvent.action == "homework.assign", AuditEvent.client_id == client.id)) == 1


async def test_a_thought_record_homework_is_a_companion_record_without_a_companion_plan(session):
    _, clinician, client, portal = await world(session)  # no companion consent, no plan
    row = await assign(session, clinician, client, "thought-record", "weekly")
    entry, crisis = await service.complete(session, actor(portal), row.id, THOUGHT)
    assert crisis is None and entry.exercise_id is not None
    record = await session.get(ExerciseRecord, entry.exercise_id)
    assert record.kind == "thought-record" and record.client_id == client.id
    [read] = await service.list_entries(session, actor(clinician), client.id)
    assert read.data["balanced_thought"] == "I can be nervous and still do it" and read.screen_level == "none"
    [standing] = await service.list_assignments(session, actor(clinician), client.id)
    assert standing.done_now and standing.done == 1
    with pytest.raises(BadRequest, match="do not match"):
        await service.complete(session, actor(portal), row.id, JournalCreate(answers=["x"]))


async def test_only_the_client_completes_and_only_while_the_homework_is_in_force(session):
    practice, clinician, client, portal = await world(session)
    row = await assign(session, clinician, client, "journal", prompts=["What went well?"])
    with pytest.raises(Forbidden):
        await service.complete(session, actor(clinician), row.id, JournalCreate(answers=["x"]))
    other = await make_client(session, practice)
    other_portal = await make_user(session, practice, Role.client, client=other)
    with pytest.raises(NotFound):
        await service.complete(session, actor(other_portal), row.id, JournalCreate(answers=["x"]))
    with pytest.raises(BadRequest, match="more answers than questions"):
        await service.complete(session, actor(portal), row.id, JournalCreate(answers=["a", "b"]))
    entry, _ = await service.complete(session, actor(portal), row.id, JournalCreate(answers=["The walk"]))
    _, read = await service.get_entry(session, actor(clinician), entry.id)
    assert read.data == {"answers": ["The walk"], "questions": ["What went well?"]}
    await service.end_assignment(session, actor(clinician), row.id)
    with pytest.raises(Conflict, match="ended"):
        await service.complete(session, actor(portal), row.id, JournalCreate(answers=["again"]))
    with pytest.raises(Conflict):
        await service.end_assignment(session, actor(clinician), row.id)


async def test_other_clinicians_and_admins_see_nothing_and_supervisors_read_but_do_not_assign(session):
    practice, clinician, client, _ = await world(session)
    stranger = await make_user(session, practice, Role.clinician)
    admin = await make_user(session, practice, Role.admin)
    with pytest.raises(NotFound):
        await service.list_assignments(session, actor(stranger), client.id)
    with pytest.raises(Forbidden):
        await tools.list_checkins(session, actor(admin), client.id)
    supervisor = await make_user(session, practice, Role.supervisor)
    from alliance.clients import service as clients_service
    from alliance.clients.schemas import SupervisionCreate
    from alliance.security.audit import Actor

    await clients_service.add_supervision(session, Actor(admin.id, "admin", practice.id), SupervisionCreate(
        supervisor_id=supervisor.id, supervisee_id=clinician.id))
    assert await service.list_assignments(session, actor(supervisor), client.id) == []
    with pytest.raises(Forbidden):
        await service.assign(session, actor(supervisor), client.id, HomeworkCreate(kind="check-in"))


async def test_sleep_efficiency_is_total_sleep_over_time_in_bed(session):
    _, clinician, client, portal = await world(session)
    await assign(session, clinician, client, "sleep-diary", "daily")
    row, entry_id, crisis = await tools.add_night(session, actor(portal), SleepCreate(**NIGHT))
    # In bed 23:00-07:00 = 480 min; asleep (06:30 - 23:30) - 30 - 30 = 360 min; 360 / 480 = 75%.
    assert (row.time_in_bed, row.total_sleep, row.efficiency) == (480, 360, 75.0)
    assert entry_id is not None and crisis is None
    with pytest.raises(Conflict, match="already a diary"):
        await tools.add_night(session, actor(portal), SleepCreate(**NIGHT))
    [night] = await tools.sleep_diary(session, actor(clinician), client.id)
    assert night.efficiency == 75.0


@pytest.mark.parametrize("change, message", [
    ({"try_sleep_time": "22:00"}, "before the time you got into bed"),
    ({"final_wake_time": "23:10"}, "before the time you tried to sleep"),
    ({"out_of_bed_time": "06:00"}, "before your final awakening"),
    ({"sleep_latency": 400}, "more than the time between"),
    ({"awakenings": 0}, "need at least one awakening"),
    ({"bed_time": "25:00"}, "HH:MM"),
    ({"quality": 6}, "less than or equal to 5"),
])
def test_a_night_that_does_not_add_up_is_refused_in_plain_words(change, message):
    with pytest.raises(ValueError, match=message):
        SleepCreate(**(NIGHT | change))


async def test_days_after_today_in_the_clients_zone_are_refused(session):
    _, _, client, portal = await world(session, timezone="Pacific/Kiritimati")  # UTC+14: a day ahead of most
    today = await service.client_today(session, client)
    with pytest.raises(BadRequest, match="after today"):
        await tools.add_night(session, actor(portal), SleepCreate(**NIGHT, day=today + timedelta(days=1)))
    with pytest.raises(BadRequest, match="more than 60 days ago"):
        await tools.check_in(session, actor(portal), CheckInCreate(mood=5, day=today - timedelta(days=90)))
    assert await session.scalar(select(func.count()).select_from(SleepDiaryEntry)) == 0
    row, _, _ = await tools.check_in(session, actor(portal), CheckInCreate(mood=5, day=today))
    assert row.day == today


async def test_the_exposure_hierarchy_keeps_steps_with_suds_and_they_count_for_homework(session):
    _, clinician, client, portal = await world(session)
    await assign(session, clinician, client, "exposure", "weekly")
    low, _ = await tools.add_situation(session, actor(portal), SituationCreate(situation="Taking the bus", suds=40))
    high, _ = await tools.add_situation(session, actor(portal), SituationCreate(situation="A crowded mall", suds=85))
    _, first, _ = await tools.add_step(session, actor(portal), low.id, StepCreate(suds_before=60, suds_after=30,
                                                                                  minutes=20, note="Easier"))
    _, second, _ = await tools.add_step(session, actor(portal), low.id, StepCreate(suds_before=45, suds_after=20))
    assert first is not None and second is None  # one completion per week
    situations = await tools.hierarchy(session, actor(clinician), client.id)
    assert [s.situation for s in situations] == ["A crowded mall", "Taking the bus"]
    assert [(s.suds_before, s.suds_after) for s in situations[1].steps] == [(60, 30), (45, 20)]
    with pytest.raises(ValueError):
        StepCreate(suds_before=101, suds_after=20)
    await tools.archive_situation(session, actor(portal), high.id)
    with pytest.raises(Conflict, match="archived"):
        await tools.add_step(session, actor(portal), high.id, StepCreate(suds_before=80, suds_after=70))


async def test_check_in_notes_are_encrypted_and_emotions_come_from_the_list(session):
    _, _, client, portal = await world(session)
    row, _, _ = await tools.check_in(session, actor(portal), CheckInCreate(mood=3, emotions=["Sad", "lonely"],
                                                                           note="Argued with my sister"))
    raw = await session.scalar(select(MoodCheckIn.note_ct).where(MoodCheckIn.id == row.id))
    assert isinstance(raw, bytes) and b"sister" not in raw and row.emotions == ["sad", "lonely"]
    with pytest.raises(ValueError, match="choose emotions from the list"):
        CheckInCreate(mood=3, emotions=["furious-ish"])
    with pytest.raises(ValueError):
        CheckInCreate(mood=11)


async def test_the_caseload_and_today_show_overdue_homework(session):
    _, clinician, client, portal = await world(session)
    await assign(session, clinician, client, "check-in", "daily", days_ago=2)
    await assign(session, clinician, client, "thought-record", "weekly")
    standing = await service.standing_by_client(session, actor(clinician), [client])
    assert sorted((a.kind, a.overdue) for a in standing[client.id]) == [("check-in", True),
                                                                         ("thought-record", False)]
    [(who, late)] = await service.overdue(session, actor(clinician))
    assert who.id == client.id and [a.kind for a in late] == ["check-in"]
    await tools.check_in(session, actor(portal), CheckInCreate(mood=5))
    assert await service.overdue(session, actor(clinician)) == []
    assert await session.scalar(select(func.count()).select_from(HomeworkEntry)) == 1
