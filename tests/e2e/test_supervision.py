"""Supervision in the browser: the demo supervisor finds the trainee's signed note on Today, reads it, confirms and
co-signs it; the co-signature shows on the note and the note leaves the list. Every page passes axe."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.helpers import SUPERVISOR, LiveServer, assert_accessible
from tests.e2e.test_browser import log_in

pytestmark = pytest.mark.browser


def test_supervisor_cosigns_the_trainees_note(sqlite_server: LiveServer, page: Page) -> None:
    log_in(page, sqlite_server, SUPERVISOR)
    expect(page).to_have_url(re.compile(r"/today$"))
    notes = page.get_by_role("region", name=re.compile("Notes to sign"))
    expect(notes.get_by_role("heading", name=re.compile("Trainees' notes to co-sign"))).to_be_visible()
    assert_accessible(page, name="supervisor today")
    notes.get_by_role("link", name=re.compile("session of")).first.click()
    expect(page).to_have_url(re.compile(r"/notes/[0-9a-f-]{36}$"))
    expect(page.locator("#signature")).to_contain_text("Signed by Sam Lindqvist")
    expect(page.locator("#signature")).to_contain_text("Awaiting co-signature")
    assert_accessible(page, name="note awaiting co-signature")
    page.get_by_label(re.compile("I have reviewed this note as the clinician's supervisor")).check()
    page.get_by_role("button", name="Co-sign the note").click()
    expect(page.locator("#signature")).to_contain_text("Co-signed by Dr. Ruth Abernathy")
    expect(page.get_by_role("button", name="Co-sign the note")).to_have_count(0)
    page.get_by_role("link", name="Today").click()
    expect(page.get_by_text("No notes wait for your co-signature.")).to_be_visible()
