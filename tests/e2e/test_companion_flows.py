"""Guided exercises in the companion's chat, in a real browser: the demo clinician offers paced breathing and
communication practice and sets a scenario; the client does the breathing exercise step by step in the conversation
(the timer runs with JavaScript), sees the saved record linked from the conversation and opens the page that starts a
communication practice; the clinician sees the guided turns. No model is asked on this path (the breathing flow has
no reflection step). axe-core on every new page."""

from __future__ import annotations

import re
import uuid

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.helpers import CLIENT, CLINICIAN, LiveServer, assert_accessible
from tests.e2e.test_browser import MARISOL, log_in

pytestmark = pytest.mark.browser


def _log_out(page: Page) -> None:
    page.get_by_role("button", name="Log out").click()
    expect(page).to_have_url(re.compile(r"/login$"))


def test_breathing_step_by_step_in_the_chat_and_the_clinicians_scenarios(sqlite_server: LiveServer,
                                                                        page: Page) -> None:
    server = sqlite_server
    tag = uuid.uuid4().hex[:6]
    client_api = server.login(CLIENT)
    client_id = client_api.get("/api/v1/auth/me").json()["client_id"]
    given = client_api.post(f"/api/v1/clients/{client_id}/consent", json={"feature": "ai_companion",
                                                                         "decision": "given"})
    assert given.status_code == 201, given.text
    client_api.close()
    staff_api = server.login(CLINICIAN)
    saved = staff_api.post(f"/api/v1/clients/{client_id}/companion/plan", json={
        "enabled": True, "modules": ["anxiety"], "review_note": "before each session",
        "skills": ["paced-breathing", "thought-record", "communication-practice"]})
    assert saved.status_code == 201, saved.text
    # The demo's own alert about Marisol paused her AI features: her clinician has reviewed it.
    resumed = staff_api.post(f"/api/v1/clients/{client_id}/companion/resume", json={"note": "Reviewed the demo alert."})
    assert resumed.status_code in (200, 409), resumed.text
    staff_api.close()

    # The clinician sets a scenario to practise.
    log_in(page, server, CLINICIAN)
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Caseload").click()
    page.get_by_role("link", name=MARISOL).click()
    page.get_by_role("navigation", name="Client workspace").get_by_role("link", name="Companion").click()
    scenarios = page.get_by_role("region", name="Communication practice scenarios")
    scenarios.get_by_label("Who the other person is").fill(f"my sister ({tag})")
    scenarios.get_by_label("What the client wants to say").fill("that I cannot babysit every Saturday")
    scenarios.get_by_role("button", name="Add the scenario").click()
    expect(page).to_have_url(re.compile(r"\?area=companion#companion-scenarios$"))
    expect(page.get_by_role("region", name="Communication practice scenarios")).to_contain_text(f"my sister ({tag})")
    assert_accessible(page, name="workspace companion area with scenarios")
    _log_out(page)

    # The client does the breathing exercise in the conversation, one step at a time.
    log_in(page, server, CLIENT)
    page.get_by_role("navigation", name="My portal").get_by_role("link", name="Companion").click()
    start = page.get_by_role("region", name="Do an exercise with the companion")
    start.get_by_role("button", name="Start paced breathing").click()
    expect(page).to_have_url(re.compile(r"/portal\?area=companion#flow-current$"))
    box = page.locator("#flow-current")
    expect(box.get_by_role("heading", level=3)).to_have_text(re.compile("step 1 of 4"))
    assert_accessible(page, name="portal companion, breathing step 1")
    # The first text a fresh server screens loads the crisis screen's encoder: allow it the time.
    box.get_by_role("button", name="Skip this step").click(timeout=90_000)
    expect(box.get_by_role("heading", level=3)).to_have_text(re.compile("step 2 of 4"), timeout=90_000)
    timer = page.locator("#breathing-timer")
    expect(timer).to_be_visible()  # the script shows the timer; without it the written step stands alone
    page.get_by_role("button", name="Start the timer").click()
    expect(page.locator("#bt-phase")).to_have_text(re.compile("Breathe (in|out)"))
    assert_accessible(page, name="portal companion, breathing timer running")
    page.get_by_role("button", name="Stop", exact=True).click()
    box.get_by_label(re.compile("Your answer")).fill("2")
    box.get_by_role("button", name="Send my answer").click()
    expect(box.get_by_role("heading", level=3)).to_have_text(re.compile("step 3 of 4"))
    box.get_by_label(re.compile("Your answer")).fill("3")
    box.get_by_role("button", name="Send my answer").click()
    expect(box.get_by_role("heading", level=3)).to_have_text(re.compile("step 4 of 4"))
    box.get_by_label(re.compile("Your answer")).fill(f"My shoulders dropped ({tag})")
    box.get_by_role("button", name="Send my answer").click()
    log = page.get_by_role("log", name="Conversation with the companion")
    expect(log).to_contain_text("your paced breathing exercise is saved")
    record_link = log.get_by_role("link", name="Open the saved exercise").last
    assert_accessible(page, name="portal companion after a guided exercise")
    record_link.click()
    expect(page.locator("main")).to_contain_text(f"My shoulders dropped ({tag})")
    assert_accessible(page, name="record made by a guided exercise")

    # Communication practice starts from its own page, with the clinician's scenario to choose.
    page.goto(f"{server.base_url}/portal/companion/flows/new?kind=communication-practice")
    expect(page.get_by_role("group", name="Which conversation do you want to practise?")).to_contain_text(
        f"my sister ({tag})")
    assert_accessible(page, name="start a communication practice")
    _log_out(page)

    # The clinician sees the guided turns and the record in the conversation.
    log_in(page, server, CLINICIAN)
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Caseload").click()
    page.get_by_role("link", name=MARISOL).click()
    page.get_by_role("navigation", name="Client workspace").get_by_role("link", name="Companion").click()
    conversation = page.get_by_role("region", name="Conversation with the companion")
    expect(conversation).to_contain_text(f"My shoulders dropped ({tag})")
    expect(conversation.get_by_role("link", name="the record").last).to_be_visible()
    assert_accessible(page, name="workspace companion conversation with a guided exercise")
