"""The companion's conversation in Debian's Chromium against a real `alliance serve` of the demo practice, replying
with SmolLM2 (the small test model, 24 tokens a reply): Marisol chats and sees the reply stream in without a page
load; her crisis message shows her safety plan and the crisis line at once; her clinician sees the conversation with
its screen levels and resumes the paused companion. axe-core on the chat page and the clinician's view."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.conftest import browser, page, start_server  # noqa: F401  (e2e fixtures)
from tests.e2e.helpers import CLIENT, CLINICIAN, LiveServer, assert_accessible
from tests.e2e.test_browser import MARISOL, log_in

pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.llm]


@pytest.fixture(scope="module")
def chat_server(start_server) -> LiveServer:  # noqa: ANN001, F811
    """A demo server of our own (the journey pauses Marisol's companion), replying with SmolLM2."""
    return start_server("companion-chat", "sqlite", ALLIANCE_LLM_MODEL="smollm2-135m", ALLIANCE_LLM_MAX_TOKENS="24",
                        ALLIANCE_LLM_N_CTX="2048", ALLIANCE_LLM_TIMEOUT="400")


def _log_out(page: Page) -> None:  # noqa: F811
    page.get_by_role("button", name="Log out").click()
    expect(page).to_have_url(re.compile(r"/login$"))


def test_chat_streams_a_reply_a_crisis_shows_help_at_once_and_the_clinician_resumes(
        chat_server: LiveServer, page: Page) -> None:  # noqa: F811
    server = chat_server
    client_api = server.login(CLIENT)
    client_id = client_api.get("/api/v1/auth/me").json()["client_id"]
    given = client_api.post(f"/api/v1/clients/{client_id}/consent", json={"feature": "ai_companion",
                                                                         "decision": "given"})
    assert given.status_code == 201, given.text
    client_api.close()
    staff_api = server.login(CLINICIAN)
    saved = staff_api.post(f"/api/v1/clients/{client_id}/companion/plan", json={
        "enabled": True, "modules": ["anxiety"], "skills": ["paced-breathing"], "review_note": "before each session"})
    assert saved.status_code == 201, saved.text
    # The demo's own alert about Marisol paused her AI features: her clinician has reviewed it.
    resumed = staff_api.post(f"/api/v1/clients/{client_id}/companion/resume", json={"note": "Reviewed the demo alert."})
    assert resumed.status_code in (200, 409), resumed.text
    staff_api.close()

    # The client chats: the reply streams into the page (no page load), with a way to rate and report it.
    log_in(page, server, CLIENT)
    page.get_by_role("navigation", name="My portal").get_by_role("link", name="Companion").click()
    expect(page).to_have_url(re.compile(r"/portal\?area=companion$"))
    chat = page.get_by_role("region", name="Your companion")
    expect(chat).to_contain_text("an AI tool, not a person and not a therapist")
    expect(chat).to_contain_text("before each session")
    expect(chat.get_by_role("link", name="My safety plan and more crisis lines")).to_be_visible()
    assert_accessible(page, name="portal companion")
    url = page.url
    page.get_by_label("Your message").fill("I feel a bit anxious about my presentation tomorrow.")
    page.get_by_role("button", name="Send").click()
    log = page.get_by_role("log", name="Conversation with the companion")
    # The first message of the server's life waits for the crisis screen to load its models.
    expect(log.locator("li.turn.client")).to_contain_text("anxious about my presentation", timeout=60_000)
    reply = log.locator("li.turn.companion").last
    expect(reply.get_by_role("link", name="Report this reply")).to_be_visible(timeout=240_000)
    expect(reply.locator(".said")).not_to_have_text("")
    expect(page.locator("#companion-status")).to_have_text("The companion answered.")
    assert page.url == url  # streamed into the page, not a page load
    assert_accessible(page, name="portal companion with a reply")

    # A crisis message: the safety plan link and the crisis line at once, no model involved.
    page.get_by_label("Your message").fill("I am going to kill myself tonight.")
    page.get_by_role("button", name="Send").click()
    help_now = log.get_by_role("region", name="Help now")
    expect(help_now).to_be_visible(timeout=10_000)
    expect(help_now.get_by_role("link", name="988").first).to_have_attribute("href", "tel:988")
    expect(log.get_by_role("link", name="Open my safety plan")).to_be_visible()
    expect(page.locator("#companion-status")).to_contain_text("Your clinician has been told")
    assert_accessible(page, name="portal companion after a crisis message")
    page.reload()
    expect(page.get_by_role("status").filter(has_text="The companion is paused")).to_be_visible()
    _log_out(page)

    # The clinician reads the conversation with its screen levels and resumes the companion.
    log_in(page, server, CLINICIAN)
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Caseload").click()
    page.get_by_role("link", name=MARISOL).click()
    page.get_by_role("navigation", name="Client workspace").get_by_role("link", name="Companion").click()
    conversation = page.get_by_role("region", name="Conversation with the companion")
    expect(conversation).to_contain_text("Paused after a risk alert")
    expect(conversation).to_contain_text("screen: imminent")
    expect(conversation).to_contain_text("anxious about my presentation")
    assert_accessible(page, name="workspace companion conversation")
    conversation.get_by_label("What you reviewed and decided (kept with the pause)").fill("Called Marisol; safe.")
    conversation.get_by_role("button", name="Resume the companion").click()
    expect(page.get_by_role("region", name="Conversation with the companion")).to_contain_text("State: On")
