"""Homework pages: the clinician assigns from the client's Homework area and sees where it stands, what was written
and the charts; the client completes homework and keeps the tools in the portal's Practice area as plain forms (a
mistake keeps what was typed and saves nothing; risky text shows the crisis response at once)."""

from __future__ import annotations

import re

from sqlalchemy import func, select

from alliance.homework.models import HomeworkAssignment, SleepDiaryEntry
from tests.homework.world import RISK, assign, world
from tests.support.factories import token_headers

THOUGHT = {"situation": "Presenting the quarterly figures at work", "emotion_1_name": "anxious",
           "emotion_1_before": "80", "emotion_1_after": "40", "automatic_thought": "Everyone will notice my mistakes",
           "balanced_thought": "I can be nervous and still do it well enough"}
NIGHT = {"bed_time": "23:00", "try_sleep_time": "23:30", "sleep_latency": "30", "awakenings": "2",
         "wake_minutes": "30", "final_wake_time": "06:30", "out_of_bed_time": "07:00", "quality": "3"}


async def test_clinician_assigns_from_the_homework_area_and_a_mistake_keeps_the_form(session, http):
    _, clinician, client, _ = await world(session)
    staff = await token_headers(session, clinician)
    overview = (await http.get(f"/clients/{client.id}", headers=staff)).text
    assert f'href="/clients/{client.id}?area=homework">Homework</a>' in overview
    area = (await http.get(f"/clients/{client.id}?area=homework", headers=staff)).text
    assert 'id="assign-form"' in area and "No homework assigned yet." in area
    bad = await http.post(f"/clients/{client.id}/homework", headers=staff,
                          data={"kind": "journal", "schedule": "weekly", "note": "After the family dinner"})
    assert bad.status_code == 400 and "needs your questions" in bad.text and "After the family dinner" in bad.text
    assert await session.scalar(select(func.count()).select_from(HomeworkAssignment)) == 0
    done = await http.post(f"/clients/{client.id}/homework", headers=staff, data={
        "kind": "journal", "schedule": "weekly", "note": "After the family dinner",
        "prompts": "What went well?\nWhat was hard?"})
    assert done.status_code == 303 and done.headers["location"].endswith("?area=homework#homework-assigned")
    page = (await http.get(f"/clients/{client.id}?area=homework", headers=staff)).text
    assert "Journaling" in page and "What was hard?" in page and "0 of 1" in page


async def test_the_client_does_a_thought_record_and_the_clinician_reads_it(session, http):
    _, clinician, client, portal = await world(session)
    row = await assign(session, clinician, client, "thought-record", "weekly", note="Try it before Friday")
    me = await token_headers(session, portal)
    practice = (await http.get("/portal?area=practice", headers=me)).text
    assert f'href="/portal/practice/homework/{row.id}"' in practice and "Try it before Friday" in practice
    home = (await http.get("/portal", headers=me)).text
    assert "Due today" in home and f'href="/portal/practice/homework/{row.id}"' in home
    form = (await http.get(f"/portal/practice/homework/{row.id}", headers=me)).text
    assert 'name="automatic_thought"' in form and "<script" not in form.split("<main", 1)[1]
    missing = await http.post(f"/portal/practice/homework/{row.id}", headers=me,
                              data=THOUGHT | {"balanced_thought": ""})
    assert missing.status_code == 400 and "Presenting the quarterly figures" in missing.text
    saved = await http.post(f"/portal/practice/homework/{row.id}", headers=me, data=THOUGHT)
    assert saved.status_code == 303
    entry = (await http.get(saved.headers["location"], headers=me)).text
    assert "I can be nervous and still do it well enough" in entry and "Support if you need it now" not in entry
    staff = await token_headers(session, clinician)
    area = (await http.get(f"/clients/{client.id}?area=homework", headers=staff)).text
    assert "I can be nervous and still do it well enough" in area and "1 of 1" in area


async def test_a_risky_check_in_shows_help_at_once_and_the_mood_chart_sits_beside_the_measures(session, http):
    _, clinician, client, portal = await world(session)
    me = await token_headers(session, portal)
    page = (await http.get("/portal/practice/check-in", headers=me)).text
    assert 'name="emotions" value="anxious"' in page
    saved = await http.post("/portal/practice/check-in", headers=me,
                            data={"mood": "1", "emotions": ["sad", "lonely"], "note": RISK})
    assert saved.status_code == 303
    after = (await http.get(saved.headers["location"].split("#")[0], headers=me)).text
    assert "Support if you need it now" in after and "Your check-in is saved." in after
    staff = await token_headers(session, clinician)
    measures = (await http.get(f"/clients/{client.id}?area=measures", headers=staff)).text
    assert "Mood check-ins" in measures and "<svg" in measures.split("mood-checkins", 1)[1]


async def test_a_sleep_diary_mistake_saves_nothing_and_a_night_shows_its_efficiency(session, http):
    _, clinician, client, portal = await world(session)
    me = await token_headers(session, portal)
    bad = await http.post("/portal/practice/sleep-diary", headers=me, data=NIGHT | {"final_wake_time": "23:10"})
    assert bad.status_code == 400 and "before the time you tried to sleep" in bad.text
    assert 'value="23:10"' in bad.text
    assert await session.scalar(select(func.count()).select_from(SleepDiaryEntry)) == 0
    ok = await http.post("/portal/practice/sleep-diary", headers=me, data=NIGHT)
    assert ok.status_code == 303
    page = (await http.get("/portal/practice/sleep-diary", headers=me)).text
    assert "75.0%" in page and "Sleep efficiency over time" in page
    staff = await token_headers(session, clinician)
    area = (await http.get(f"/clients/{client.id}?area=homework", headers=staff)).text
    assert "75.0%" in area and "Sleep efficiency" in area


async def test_exposure_and_activity_pages_keep_what_the_client_records(session, http):
    _, clinician, client, portal = await world(session)
    me = await token_headers(session, portal)
    added = await http.post("/portal/practice/exposure", headers=me, data={"situation": "Taking the bus",
                                                                          "suds": "40"})
    assert added.status_code == 303
    page = (await http.get("/portal/practice/exposure", headers=me)).text
    situation_id = re.search(r'/portal/practice/exposure/([0-9a-f-]{36})/steps', page).group(1)
    too_high = await http.post(f"/portal/practice/exposure/{situation_id}/steps", headers=me,
                               data={"suds_before": "120", "suds_after": "30"})
    assert too_high.status_code == 400 and "SUDS before" in too_high.text
    step = await http.post(f"/portal/practice/exposure/{situation_id}/steps", headers=me,
                           data={"suds_before": "60", "suds_after": "30", "minutes": "20"})
    assert step.status_code == 303
    page = (await http.get("/portal/practice/exposure", headers=me)).text
    assert "Your SUDS over time" in page and "60 before, 30 after" in page
    logged = await http.post("/portal/practice/activity-log", headers=me,
                             data={"activity": "Walked the dog", "mood": "6", "pleasure": "7"})
    assert logged.status_code == 303
    staff = await token_headers(session, clinician)
    area = (await http.get(f"/clients/{client.id}?area=homework", headers=staff)).text
    assert "Taking the bus" in area and "Walked the dog" in area


async def test_caseload_column_and_today_section_show_overdue_homework(session, http):
    _, clinician, client, _ = await world(session)
    await assign(session, clinician, client, "check-in", "daily", days_ago=2)
    staff = await token_headers(session, clinician)
    caseload = (await http.get("/caseload", headers=staff)).text
    assert "Homework" in caseload and "0 of 1 done for now; 1 overdue" in caseload
    today = (await http.get("/today", headers=staff)).text
    assert "Homework overdue" in today and f"/clients/{client.id}?area=homework" in today
