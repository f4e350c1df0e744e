"""Secure messages in a real browser: the demo client writes from the portal, the demo clinician reads it in the
client's workspace and replies, and the client reads the reply (plain forms; axe on both pages)."""

from __future__ import annotations

import re
import uuid

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.helpers import CLIENT, CLINICIAN, LiveServer, assert_accessible
from tests.e2e.test_browser import MARISOL, log_in

pytestmark = pytest.mark.browser


def test_client_writes_clinician_replies_and_client_reads_the_reply(server: LiveServer, page: Page) -> None:
    tag = uuid.uuid4().hex[:8]
    question = f"Could we talk about my sleep diary on Thursday? ({tag})"
    answer = f"Yes, bring it along and we will go through it together. ({tag})"

    log_in(page, server, CLIENT)
    expect(page).to_have_url(re.compile(r"/portal$"))
    page.get_by_role("navigation", name="My portal").get_by_role("link", name="Messages").click()
    expect(page).to_have_url(re.compile(r"/portal\?area=messages$"))
    thread = page.get_by_role("region", name=re.compile("Messages with your care team"))
    expect(thread).to_contain_text("These messages go to people, not to an AI")
    expect(thread).to_contain_text("Messages are not for emergencies.")
    expect(thread.get_by_role("link", name="emergency numbers, crisis lines and your safety plan")).to_be_visible()
    page.get_by_label("Your message to your care team").fill(question)
    page.get_by_role("button", name="Send to my care team").click()
    expect(page).to_have_url(re.compile(r"/portal\?area=messages#message-[0-9a-f-]{36}$"))
    mine = page.locator("li", has_text=question)
    expect(mine).to_contain_text("You")
    expect(mine).to_contain_text("Not read yet")
    assert_accessible(page, name="portal messages")
    page.get_by_role("button", name="Log out").click()
    expect(page).to_have_url(re.compile(r"/login$"))

    log_in(page, server, CLINICIAN)
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Caseload").click()
    expect(page).to_have_url(re.compile(r"/caseload$"))
    row = page.get_by_role("row", name=re.compile(MARISOL))
    expect(row.get_by_role("link", name=re.compile(r"\d+ unread"))).to_be_visible()
    row.get_by_role("link", name=MARISOL).click()
    page.get_by_role("navigation", name="Client workspace").get_by_role("link", name="Messages").click()
    expect(page).to_have_url(re.compile(r"\?area=messages$"))
    incoming = page.locator("li", has_text=question)
    expect(incoming).to_contain_text("New")
    expect(page.get_by_role("region", name=re.compile(f"Messages with {MARISOL}"))).to_contain_text("People only.")
    assert_accessible(page, name="workspace messages")
    page.get_by_label(re.compile("Your reply to")).fill(answer)
    page.get_by_role("button", name="Send reply").click()
    expect(page).to_have_url(re.compile(r"\?area=messages#message-[0-9a-f-]{36}$"))
    expect(page.locator("li", has_text=answer)).to_contain_text("Not read yet")
    expect(page.locator("li", has_text=question)).not_to_contain_text("New")
    page.get_by_role("button", name="Log out").click()
    expect(page).to_have_url(re.compile(r"/login$"))

    log_in(page, server, CLIENT)
    expect(page.get_by_role("heading", name=re.compile("New messages? from your care team"))).to_be_visible()
    page.get_by_role("link", name=re.compile(r"^Read (it|them)$")).click()
    reply = page.locator("li", has_text=answer)
    expect(reply).to_contain_text("New")
    expect(page.locator("li", has_text=question)).to_contain_text("Read by your care team")
    assert_accessible(page, name="portal messages with a reply")
