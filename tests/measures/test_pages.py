"""Measures pages: the portal's one-question-at-a-time form (with and without HTMX), and the clinician's views."""

from __future__ import annotations

import re

from sqlalchemy import select

from alliance.accounts.models import Role
from alliance.measures import service
from alliance.measures.models import MeasureAdministration
from alliance.measures.schemas import AssignmentCreate
from tests.measures.world import PHQ9_MODERATE, make_world
from tests.support.factories import actor, make_user, token_headers

HX = {"HX-Request": "true"}


async def _due(session, w, instrument="phq9"):  # noqa: ANN001, ANN202
    await service.assign(session, actor(w.clinician), w.client.id, AssignmentCreate(instrument=instrument))
    return (await session.execute(select(MeasureAdministration).where(
        MeasureAdministration.client_id == w.client.id, MeasureAdministration.instrument == instrument))).scalar_one()


async def test_portal_lists_the_questionnaires_waiting(session, http):
    w = await make_world(session)
    await _due(session, w)
    page = await http.get("/portal", headers=await token_headers(session, w.portal))
    assert page.status_code == 200
    assert "Questionnaires for you" in page.text and "Start: PHQ-9" in page.text


async def test_one_question_at_a_time_with_plain_posts_and_a_back_button(session, http):
    w = await make_world(session)
    adm = await _due(session, w)
    me = await token_headers(session, w.portal)
    url = f"/portal/measures/{adm.id}"
    first = await http.get(url, headers=me)
    assert "Question 1 of 10" in first.text and "Over the last 2 weeks" in first.text
    assert re.search(r"<fieldset>\s*<legend[^>]*autofocus", first.text)
    assert first.text.count('type="radio" name="value"') == 4 and "Several days" in first.text
    sent = await http.post(url, data={"item": "phq9_1", "value": "2", "nav": "next"}, headers=me)
    assert sent.status_code == 303 and sent.headers["location"] == f"{url}?q=1"
    second = await http.get(sent.headers["location"], headers=me)
    assert "Question 2 of 10" in second.text and "Feeling down, depressed, or hopeless" in second.text
    back = await http.post(url, data={"item": "phq9_2", "nav": "back"}, headers=me)
    assert back.headers["location"] == f"{url}?q=0"
    again = await http.get(back.headers["location"], headers=me)
    assert 'value="2" checked' in again.text  # the saved answer is shown when going back


async def test_htmx_answer_swaps_in_the_next_question(session, http):
    w = await make_world(session)
    adm = await _due(session, w, "gad7")
    me = await token_headers(session, w.portal) | HX
    response = await http.post(f"/portal/measures/{adm.id}", data={"item": "gad7_1", "value": "1"}, headers=me)
    assert response.status_code == 200 and "<html" not in response.text
    assert 'id="measure-step"' in response.text and "Question 2 of 8" in response.text


async def test_next_without_an_answer_asks_for_one(session, http):
    w = await make_world(session)
    adm = await _due(session, w, "gad7")
    response = await http.post(f"/portal/measures/{adm.id}", data={"item": "gad7_1", "nav": "next"},
                               headers=await token_headers(session, w.portal) | HX)
    assert "Please choose an answer." in response.text and "Question 1 of 8" in response.text


async def test_client_resumes_at_the_first_unanswered_question(session, http):
    w = await make_world(session)
    adm = await _due(session, w)
    for item in ("phq9_1", "phq9_2", "phq9_3"):
        await service.answer(session, actor(w.portal), adm.id, item, 1)
    me = await token_headers(session, w.portal)
    assert "3 of 10 answered" in (await http.get("/portal", headers=me)).text
    assert "Question 4 of 10" in (await http.get(f"/portal/measures/{adm.id}", headers=me)).text


async def test_spanish_speaking_client_reads_the_spanish_phq9(session, http):
    w = await make_world(session, lang="es")
    adm = await _due(session, w)
    page = await http.get(f"/portal/measures/{adm.id}", headers=await token_headers(session, w.portal))
    assert 'lang="es"' in page.text and "Pregunta 1 de 10" in page.text
    assert "Poco interés o placer en hacer cosas" in page.text and "Varios días" in page.text


async def test_sending_with_item9_shows_help_now_and_alerts_the_clinician(session, http):
    w = await make_world(session)
    adm = await _due(session, w)
    for item, value in (PHQ9_MODERATE | {"phq9_9": 2, "phq9_difficulty": 1}).items():
        await service.answer(session, actor(w.portal), adm.id, item, value)
    me = await token_headers(session, w.portal)
    review = await http.get(f"/portal/measures/{adm.id}", headers=me)
    assert "Ready to send" in review.text and "More than half the days" in review.text
    sent = await http.post(f"/portal/measures/{adm.id}/submit", headers=me)
    assert sent.status_code == 303
    done = await http.get(sent.headers["location"], headers=me)
    assert "Thank you" in done.text and "Support if you need it now" in done.text and "Talk to someone now" in done.text
    # Said once, and no safety plan promised when the client has none.
    assert done.text.count("has been told") == 1 and "safety plan" not in done.text.split("help-now", 1)[1].lower()
    alerts = (await http.get("/api/v1/alerts", headers=await token_headers(session, w.clinician))).json()
    assert len(alerts) == 1 and alerts[0]["level"] == "high"


async def test_clinician_sees_latest_results_chart_with_table_and_item_detail(session, http):
    w = await make_world(session)
    worse, better = PHQ9_MODERATE | {"phq9_1": 3, "phq9_2": 3, "phq9_4": 3}, PHQ9_MODERATE | {"phq9_1": 0, "phq9_2": 0}
    for answers in (worse, better):
        adm = await service.start(session, actor(w.clinician), w.client.id, "phq9")
        await service.submit(session, actor(w.clinician), adm.id, answers)
    staff = await token_headers(session, w.clinician)
    page = (await http.get(f"/clients/{w.client.id}?area=measures", headers=staff)).text
    measures = page[page.index('id="measures"'):]
    assert "<svg" in measures and 'role="img"' in measures and "Data table: PHQ-9" in measures
    assert "moderately severe" in measures and "mild" in measures  # bands shaded and labelled
    assert "reliable improvement" in measures  # 14 -> 7: a fall of 6 or more (NHS Talking Therapies)
    detail = await http.get(f"/clients/{w.client.id}/measures/{adm.id}", headers=staff)
    assert detail.status_code == 200 and "Little interest or pleasure in doing things" in detail.text
    assert "Not at all" in detail.text and "44261-6" not in detail.text


async def test_clinician_assigns_and_stops_from_the_client_page(session, http):
    w = await make_world(session)
    staff = await token_headers(session, w.clinician)
    response = await http.post(f"/clients/{w.client.id}/measures/assign",
                               data={"instrument": "gad7", "schedule": "monthly", "start_date": ""}, headers=staff)
    assert response.status_code == 303
    assert response.headers["location"].startswith(f"/clients/{w.client.id}?area=measures")
    page = (await http.get(response.headers["location"], headers=staff)).text
    assert "GAD-7, monthly from" in page
    [assignment] = await service.list_assignments(session, actor(w.clinician), w.client.id)
    stop = await http.post(f"/clients/{w.client.id}/measures/assignments/{assignment.id}/end", headers=staff)
    assert stop.status_code == 303
    assert "No questionnaires assigned." in (await http.get(f"/clients/{w.client.id}?area=measures",
                                                           headers=staff)).text


async def test_clinician_enters_answers_on_the_clients_behalf(session, http):
    w = await make_world(session)
    staff = await token_headers(session, w.clinician)
    form = await http.get(f"/clients/{w.client.id}/measures/enter?instrument=phq9", headers=staff)
    assert form.status_code == 200 and form.text.count("<fieldset") == 10
    sent = await http.post(f"/clients/{w.client.id}/measures/enter",
                           data={"instrument": "phq9", **{k: str(v) for k, v in PHQ9_MODERATE.items()}}, headers=staff)
    assert sent.status_code == 303
    detail = await http.get(sent.headers["location"], headers=staff)
    assert "by a clinician" in detail.text and "moderate" in detail.text


async def test_caseload_shows_latest_measures_and_admins_see_no_clinical_content(session, http):
    w = await make_world(session)
    adm = await service.start(session, actor(w.clinician), w.client.id, "phq9")
    await service.submit(session, actor(w.clinician), adm.id, PHQ9_MODERATE)
    admin = await make_user(session, w.practice, Role.admin)
    staff, admin_headers = await token_headers(session, w.clinician), await token_headers(session, admin)
    client_id = w.client.id
    caseload = (await http.get("/caseload", headers=staff)).text
    assert "Latest measures" in caseload and "PHQ-9 11 moderate" in caseload
    admin_page = (await http.get(f"/clients/{client_id}?area=measures", headers=admin_headers)).text
    assert 'id="measures"' not in admin_page
    assert "PHQ-9 11" not in (await http.get("/caseload", headers=admin_headers)).text


async def test_sending_twice_shows_the_thanks_page_again(session, http):
    w = await make_world(session)
    adm = await _due(session, w, "gad7")
    for n in range(1, 8):
        await service.answer(session, actor(w.portal), adm.id, f"gad7_{n}", 0)
    me = await token_headers(session, w.portal)
    first = await http.post(f"/portal/measures/{adm.id}/submit", headers=me)
    second = await http.post(f"/portal/measures/{adm.id}/submit", headers=me)
    assert first.status_code == second.status_code == 303
    assert second.headers["location"] == f"/portal/measures/{adm.id}/done"
    reopened = await http.get(f"/portal/measures/{adm.id}", headers=me)
    assert reopened.headers["location"] == f"/portal/measures/{adm.id}/done"


def test_the_time_axis_is_dated_with_evenly_spaced_ticks_that_never_crowd():
    from datetime import date, timedelta

    from alliance.measures.charts import date_ticks

    first = date(2026, 1, 5)
    x = lambda d: float((d - first).days)  # noqa: E731
    twelve_weeks = date_ticks(first, first + timedelta(weeks=12), x)
    labels = [t["label"] for t in twelve_weeks]
    assert labels[0] == "2026-01-05" and labels[-1] == "2026-03-30" and len(labels) == 6
    gaps = [b["x"] - a["x"] for a, b in zip(twelve_weeks, twelve_weeks[1:])]
    assert min(gaps) >= 14 and labels == sorted(labels)
    assert [t["guide"] for t in twelve_weeks] == [False, True, True, True, True, False]
    assert [t["label"] for t in date_ticks(first, first + timedelta(days=10), x)] == ["2026-01-05", "2026-01-15"]
    assert [t["anchor"] for t in date_ticks(first, first, x)] == ["middle"]
