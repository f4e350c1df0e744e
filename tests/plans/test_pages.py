"""Plan pages: the Plan area with progress and charts, a new plan from a template through the plain form (a
mistake keeps what was typed), sign, amend with a reason, review, the draft review page's decisions, the
CarePlan import, the practice templates, Today and the caseload, and the portal's "My plan" with the
acknowledgement (translated).
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import func, select

from alliance.accounts.models import Role
from alliance.plans import service
from alliance.plans.models import TreatmentPlan
from tests.plans.test_draft_review import _ready
from tests.plans.world import content, scores, signed_plan, world
from tests.support.factories import make_user, token_headers


def _form(today: date) -> dict[str, str]:
    return {
        "title": "Plan for low mood",
        "starts_on": today.isoformat(),
        "review_on": (today + timedelta(weeks=8)).isoformat(),
        "problem-0-text": "Low mood since the move",
        "problem-0-code_system": "ICD-10",
        "problem-0-code": "F32.1",
        "goal-0-client_words": "Feel like myself",
        "goal-0-obj-0-text": "PHQ-9 below 10",
        "goal-0-obj-0-measure": "phq9",
        "goal-0-obj-0-comparison": "<",
        "goal-0-obj-0-target": "10",
        "goal-0-obj-0-by": (today + timedelta(weeks=12)).isoformat(),
        "int-0-modality": "CBT",
        "int-0-frequency": "weekly",
        "int-0-sessions": "12",
        "int-0-homework": "activity-log",
        "responsibilities": "Client logs activities daily.",
    }


async def test_a_plan_is_written_in_the_form_signed_and_shown_with_progress(session, http):
    _, clinician, client, _ = await world(session)
    staff = await token_headers(session, clinician)
    today = await service.client_today(session, client)
    await scores(session, client, "phq9", [(today - timedelta(days=14), 16), (today, 13)])
    client_id = client.id
    area = (await http.get(f"/clients/{client_id}?area=plan", headers=staff)).text
    assert "No treatment plan yet." in area and f"/clients/{client_id}/plans/new" in area
    page = (await http.get(f"/clients/{client_id}/plans/new?template=depression-cbt-ba", headers=staff)).text
    assert "NICE NG222" in page and "I want to feel like myself again" in page
    bad = await http.post(f"/clients/{client_id}/plans", headers=staff,
                          data=_form(today) | {"problem-0-code": "6A70"})
    assert (
        bad.status_code == 400 and "not an ICD-10 code" in bad.text and "Low mood since the move" in bad.text
    )
    assert await session.scalar(select(func.count()).select_from(TreatmentPlan)) == 0
    made = await http.post(f"/clients/{client_id}/plans", headers=staff, data=_form(today))
    assert made.status_code == 303, made.text
    plan_url = made.headers["location"].split("?")[0]
    unsigned = await http.post(f"{plan_url}/sign", headers=staff, data={})
    assert unsigned.status_code == 400 and "Confirm" in unsigned.text
    signed = await http.post(f"{plan_url}/sign", headers=staff, data={"confirm": "yes"})
    assert signed.status_code == 303
    page = (await http.get(plan_url, headers=staff)).text
    assert "Signed by Dr. Ana Reyes" in page and 'data-status="on_track"' in page and "On-track line" in page
    assert "Latest 13" in page and "F32.1" in page and "Activity and mood log" in page
    area = (await http.get(f"/clients/{client_id}?area=plan", headers=staff)).text
    assert "Feel like myself" in area and 'data-status="on_track"' in area


async def test_an_amendment_needs_a_reason_and_a_review_is_kept_in_the_history(session, http):
    _, clinician, client, _ = await world(session)
    staff = await token_headers(session, clinician)
    today = await service.client_today(session, client)
    plan = await signed_plan(session, clinician, client, content(today))
    plan_id = plan.id
    editor = (await http.get(f"/plans/{plan_id}/edit", headers=staff)).text
    assert "Reason for the amendment" in editor and "Feel like myself again" in editor
    changed = _form(today) | {"title": "Plan for low mood and sleep"}
    no_reason = await http.post(f"/plans/{plan_id}/edit", headers=staff, data=changed)
    assert (
        no_reason.status_code == 400
        and "Say why" in no_reason.text
        and "low mood and sleep" in no_reason.text
    )
    done = await http.post(
        f"/plans/{plan_id}/edit", headers=staff, data=changed | {"reason": "Sleep came up"}
    )
    assert done.status_code == 303
    reviewed = await http.post(f"/plans/{plan_id}/review", headers=staff, data={
        "summary": "Improving, continue.", "next_review_on": (today + timedelta(weeks=6)).isoformat()})
    assert reviewed.status_code == 303
    page = (await http.get(f"/plans/{plan_id}", headers=staff)).text
    assert (
        "Sleep came up" in page and "Improving, continue." in page and "Plan for low mood and sleep" in page
    )


async def test_the_draft_review_page_shows_evidence_and_applies_the_decisions(session, http):
    _, clinician, client, _ = await world(session)
    staff = await token_headers(session, clinician)
    row = await _ready(session, clinician, client, date.today() + timedelta(weeks=12))
    row_id = row.id
    page = (await http.get(f"/plans/drafts/{row_id}", headers=staff)).text
    assert "No support" in page and "Low mood most days since the move." in page
    assert (
        'href="/notes/4c1f2f9e-8f8a-4d55-9a5b-1df3c7c3a222"' in page
        and "4 of 6 items carry evidence" in page
    )
    # who wrote each item, in words
    assert 'id="problem-0-source">Written by the AI model from the record<' in page
    assert 'id="goal-0-objective-0-source">Taken from the record by rule<' in page
    assert 'id="intervention-0-source">From a plan template<' in page
    bad = await http.post(
        f"/plans/drafts/{row_id}/apply",
        headers=staff,
        data={
            "goal-0-decision": "accept",
            "goal-0-objective-0-decision": "edit",
            "goal-0-objective-0-text": "PHQ-9 low",
            "goal-0-objective-0-measure": "phq9",
            "goal-0-objective-0-target": "99",
        },
    )
    assert bad.status_code == 400 and "outside 0-27" in bad.text
    assert 'id="goal-0-objective-0-source">Edited by you: yours now<' in bad.text  # an edited item is theirs
    done = await http.post(f"/plans/drafts/{row_id}/apply", headers=staff, data={
        "problem-0-decision": "accept", "problem-1-decision": "reject", "goal-0-decision": "accept",
        "goal-0-objective-0-decision": "edit", "goal-0-objective-0-text": "PHQ-9 below 8",
        "goal-0-objective-0-measure": "phq9", "goal-0-objective-0-target": "8",
        "goal-0-objective-1-decision": "reject", "intervention-0-decision": "accept"})
    assert done.status_code == 303 and "saved=applied" in done.headers["location"]
    plan_page = (await http.get(done.headers["location"], headers=staff)).text
    assert (
        "PHQ-9 below 8" in plan_page
        and "Possible bipolar" not in plan_page
        and "Draft (not signed)" in plan_page
    )


async def test_a_care_plan_file_is_imported_and_a_bad_one_explained(session, http):
    _, clinician, client, _ = await world(session)
    staff = await token_headers(session, clinician)
    client_id = client.id
    bad = await http.post(f"/clients/{client_id}/plans/import", headers=staff, data={"json": "{not json"})
    assert bad.status_code == 400 and "This is not JSON" in bad.text
    resource = {
        "resourceType": "CarePlan",
        "status": "active",
        "intent": "plan",
        "subject": {"reference": "Patient/x"},
        "addresses": [{"display": "Insomnia"}],
    }
    import json

    done = await http.post(f"/clients/{client_id}/plans/import", headers=staff,
                           files={"file": ("careplan.json", json.dumps(resource), "application/json")})
    assert done.status_code == 303 and "saved=imported" in done.headers["location"]


async def test_practice_templates_are_added_by_admins_and_read_by_clinicians(session, http):
    practice, clinician, _, _ = await world(session)
    admin = await make_user(session, practice, Role.admin)
    boss, staff = await token_headers(session, admin), await token_headers(session, clinician)
    page = (await http.get("/plans/templates", headers=boss)).text
    assert "AASM" not in page or "Edinger" in page
    assert "Add a practice template" in page and "key: our-gad-group" in page
    bad = await http.post("/plans/templates", headers=boss, data={"body": "key: x"})
    assert bad.status_code == 400 and "not valid" in bad.text
    example = page.split('name="body"', 1)[1].split(">", 1)[1].split("</textarea>", 1)[0]
    import html

    done = await http.post("/plans/templates", headers=boss, data={"body": html.unescape(example)})
    assert done.status_code == 303
    seen = (await http.get("/plans/templates", headers=staff)).text
    assert "our-gad-group" in seen and "Add a practice template" not in seen


async def test_today_shows_due_reviews_and_off_track_objectives_and_the_caseload_the_plan(session, http):
    _, clinician, client, _ = await world(session)
    staff = await token_headers(session, clinician)
    today = await service.client_today(session, client)
    await scores(session, client, "phq9", [(today - timedelta(weeks=4), 14), (today, 22)])
    c = content(today).model_copy(update={"starts_on": today - timedelta(weeks=4)})
    plan = await signed_plan(session, clinician, client, c)
    plan.review_on = today - timedelta(days=1)
    await session.flush()
    page = (await http.get("/today", headers=staff)).text
    assert (
        "Treatment plans to look at" in page
        and "review due since" in page
        and "off track: PHQ-9 below 10" in page
    )
    caseload = (await http.get("/caseload", headers=staff)).text
    assert "Signed; review due" in caseload


async def test_the_client_sees_their_plan_in_their_language_and_acknowledges_it(session, http):
    _, clinician, client, portal = await world(session, preferred_language="es")
    me = await token_headers(session, portal)
    empty = (await http.get("/portal?area=plan", headers=me)).text
    assert "Mi plan" in empty
    today = await service.client_today(session, client)
    await scores(session, client, "phq9", [(today - timedelta(weeks=1), 15)])
    plan = await signed_plan(session, clinician, client, content(today))
    plan_id = plan.id
    page = (await http.get("/portal?area=plan", headers=me)).text
    assert (
        "Feel like myself again" in page and "Mis objetivos" in page and "Remission of depression" not in page
    )
    done = await http.post(f"/portal/plan/{plan_id}/acknowledge", headers=me)
    assert done.status_code == 303
    page = (await http.get("/portal?area=plan", headers=me)).text
    assert "plan-acknowledged" in page and "/acknowledge" not in page
