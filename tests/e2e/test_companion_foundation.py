"""The companion's foundation in a real browser: the demo client agrees to the companion in her portal, the demo
clinician enables two modules and the thought record for her, she reads a module and does a thought record, and
the clinician sees the record; then the other exercise pages (the breathing timer with JavaScript) and the admin
setting. axe on every page."""

from __future__ import annotations

import re
import uuid

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.helpers import ADMIN, CLIENT, CLINICIAN, LiveServer, assert_accessible
from tests.e2e.test_browser import MARISOL, log_in

pytestmark = pytest.mark.browser


def _log_out(page: Page) -> None:
    page.get_by_role("button", name="Log out").click()
    expect(page).to_have_url(re.compile(r"/login$"))


def _agree_to_the_companion(page: Page) -> None:
    """In the portal's My account: agree to the companion (the demo has Marisol declining it)."""
    page.get_by_role("navigation", name="My portal").get_by_role("link", name="My account").click()
    card = page.locator("div.card", has=page.get_by_role("heading", name="The between-session companion"))
    agree = card.get_by_role("button", name="I agree")
    if agree.count():
        agree.click()
    expect(card.get_by_role("button", name="Withdraw consent")).to_be_visible()


def test_plan_library_and_thought_record_from_consent_to_the_clinicians_view(server: LiveServer,
                                                                             page: Page) -> None:
    tag = uuid.uuid4().hex[:6]
    situation = f"Presenting the quarterly figures at work ({tag})"

    # The client agrees to the companion; her library has nothing until her clinician chooses.
    log_in(page, server, CLIENT)
    expect(page).to_have_url(re.compile(r"/portal$"))
    _agree_to_the_companion(page)
    page.get_by_role("navigation", name="My portal").get_by_role("link", name="Library").click()
    expect(page).to_have_url(re.compile(r"/portal\?area=library$"))
    assert_accessible(page, name="portal library")
    _log_out(page)

    # The clinician turns it on with two modules and the thought record.
    log_in(page, server, CLINICIAN)
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Caseload").click()
    page.get_by_role("link", name=MARISOL).click()
    page.get_by_role("navigation", name="Client workspace").get_by_role("link", name="Companion").click()
    expect(page).to_have_url(re.compile(r"\?area=companion$"))
    expect(page.locator("#companion-status")).to_contain_text("Given for the companion")
    assert_accessible(page, name="workspace companion area")
    form = page.locator("#plan-form")
    form.get_by_label(re.compile("The companion is on")).check()
    form.get_by_label("Focus, in your words").fill(f"panic attacks; interoceptive exposure; CBT ({tag})")
    form.get_by_label("Panic attacks").check()
    form.get_by_label("Understanding anxiety").check()
    form.get_by_label("Thought record").check()
    form.get_by_label("When you read what the client does here").fill("before each session")
    form.get_by_role("button", name="Save a new version").click()
    expect(page).to_have_url(re.compile(r"\?area=companion#companion-plan$"))
    expect(page.locator("#companion-status")).to_contain_text("On")
    plan = page.get_by_role("region", name=re.compile("The plan in force"))
    expect(plan).to_contain_text(f"interoceptive exposure; CBT ({tag})")
    expect(plan).to_contain_text("Panic attacks")
    assert_accessible(page, name="workspace companion area with a plan")
    _log_out(page)

    # The client reads a module and does a thought record.
    log_in(page, server, CLIENT)
    page.get_by_role("navigation", name="My portal").get_by_role("link", name="Library").click()
    library = page.get_by_role("region", name="Your library")
    expect(library).to_contain_text("before each session")
    assert_accessible(page, name="portal library with items")
    library.get_by_role("link", name=re.compile("Panic attacks")).click()
    expect(page).to_have_url(re.compile(r"/portal/library/panic$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Panic attacks")
    expect(page.get_by_role("heading", name="Sources")).to_be_visible()
    assert_accessible(page, name="library item")
    page.get_by_role("link", name="Back to my library").click()
    page.get_by_role("link", name=re.compile("Fill in a thought record")).click()
    expect(page).to_have_url(re.compile(r"/portal/exercises/thought-record$"))
    assert_accessible(page, name="thought record form")
    page.get_by_label("What happened? Where were you, and when?").fill(situation)
    page.get_by_label("Emotion 1", exact=True).fill("anxious")
    page.locator("#tr-e1-before").fill("70")
    page.get_by_label("What went through your mind?").fill("Everyone will notice my mistakes")
    page.get_by_label("What makes the thought seem true?").fill("I stumbled over my words last time")
    page.get_by_label(re.compile("What does not fit the thought")).fill("Two colleagues said it was clear")
    page.get_by_label(re.compile("how else could you see it")).fill("I can be nervous and still do it well")
    page.get_by_label("Emotion 1 now").fill("35")
    page.get_by_role("button", name="Save my thought record").click()
    expect(page).to_have_url(re.compile(r"/portal/exercises/records/[0-9a-f-]{36}\?saved=1$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Your thought record is saved")
    expect(page.locator("main")).to_contain_text(situation)
    assert_accessible(page, name="saved thought record")
    _log_out(page)

    # The clinician sees the record with the ratings before and after.
    log_in(page, server, CLINICIAN)
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Caseload").click()
    page.get_by_role("link", name=MARISOL).click()
    page.get_by_role("navigation", name="Client workspace").get_by_role("link", name="Companion").click()
    done = page.get_by_role("region", name="Exercises done")
    row = done.locator("tr", has_text="anxious: 70 → 35").first
    expect(row).to_contain_text("Thought record")
    row.locator("summary").click()
    expect(row).to_contain_text(situation)
    assert_accessible(page, name="workspace companion area with a record")


def test_the_other_exercises_the_breathing_timer_and_the_admin_setting(server: LiveServer, page: Page) -> None:
    client_api = server.login(CLIENT)
    client_id = client_api.get("/api/v1/auth/me").json()["client_id"]
    given = client_api.post(f"/api/v1/clients/{client_id}/consent",
                            json={"feature": "ai_companion", "decision": "given"})
    assert given.status_code == 201, given.text
    client_api.close()
    staff_api = server.login(CLINICIAN)
    saved = staff_api.post(f"/api/v1/clients/{client_id}/companion/plan", json={
        "enabled": True, "modules": ["panic", "anxiety"], "review_note": "before each session",
        "skills": ["thought-record", "paced-breathing", "grounding-54321", "behavioural-activation"]})
    assert saved.status_code == 201, saved.text
    staff_api.close()

    log_in(page, server, CLIENT)
    expect(page).to_have_url(re.compile(r"/portal$"))
    base = server.base_url
    page.goto(f"{base}/portal/exercises/paced-breathing")
    timer = page.locator("#breathing-timer")
    expect(timer).to_be_visible()  # the script shows the timer; without it the steps stand alone
    assert_accessible(page, name="paced breathing")
    page.get_by_role("button", name="Start the timer").click()
    expect(page.locator("#bt-phase")).to_have_text(re.compile("Breathe (in|out)"))
    expect(page.locator("#bt-phase")).to_have_attribute("aria-live", "polite")
    assert_accessible(page, name="paced breathing, timer running")
    page.get_by_role("button", name="Stop").click()
    expect(page.locator("#bt-phase")).to_contain_text("Stopped")
    page.get_by_label("How tense you felt before, 0 to 10 (optional)").fill("6")
    page.get_by_label("How tense you feel now, 0 to 10 (optional)").fill("3")
    page.get_by_role("button", name="Save my practice").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Your paced breathing is saved")

    page.goto(f"{base}/portal/exercises/grounding-54321")
    assert_accessible(page, name="grounding")
    for label, value in (("1. 5 things you can see", "cup, window, door, lamp, book"),
                         ("2. 4 things you can feel", "feet, chair, air, sleeve"),
                         ("3. 3 things you can hear", "clock, cars, breath"),
                         ("4. 2 things you can smell (or two smells you like)", "coffee, soap"),
                         ("5. 1 thing you can taste (or take a sip of water)", "mint")):
        page.get_by_label(label).fill(value)
    page.get_by_role("button", name="Save my grounding").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Your grounding with 5-4-3-2-1 is saved")

    page.goto(f"{base}/portal/exercises/behavioural-activation")
    assert_accessible(page, name="behavioural activation")
    page.get_by_label(re.compile("Your mood right now")).fill("3")
    page.get_by_label(re.compile("One small activity")).fill("Walk to the shop and back, 15 minutes")
    page.get_by_role("button", name="Save my plan").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Your plan is saved")
    assert_accessible(page, name="planned activity")
    page.get_by_label(re.compile("Your mood now")).fill("5")
    page.get_by_role("button", name="Mark it done").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("marked done")
    _log_out(page)

    log_in(page, server, ADMIN)
    page.goto(f"{base}/admin/companion")
    # Other browser tests on this server may have changed the setting: put the default back and see it kept.
    page.get_by_label("Regions and countries").fill("US-IL")
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_label("Regions and countries")).to_have_value(re.compile("US-IL"))
    assert_accessible(page, name="admin companion")
