"""Clinicians' modalities in intake matching, in a real browser: a clinician sees theirs ticked on their account
page, a referral that asks for phone sessions lists the clinician who offers them first, in words, and when an admin
unticks phone on the users page the referral says that no clinician offers it; everyone is still listed. axe-core
on each page."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.helpers import ADMIN, CLINICIAN, LiveServer, assert_accessible
from tests.e2e.test_browser import log_in

pytestmark = pytest.mark.browser

SAM = "Sam Lindqvist"  # the demo's clinician who offers video and phone
ANNETTE = "Annette Moreau-Diallo"  # the demo referral that asks for phone sessions


def _set_sam_phone(page: Page, server: LiveServer, phone: bool) -> None:
    page.context.clear_cookies()
    log_in(page, server, ADMIN)
    page.goto(f"{server.base_url}/admin/users")
    row = page.locator("tbody tr").filter(has_text=SAM)
    row.get_by_label("Phone").set_checked(phone)
    row.get_by_role("button", name="Update").click()
    row = page.locator("tbody tr").filter(has_text=SAM)
    expect(row.get_by_label("Phone")).to_be_checked(checked=phone)
    expect(row.get_by_label("Video")).to_be_checked()


def _suggestions(page: Page, server: LiveServer):  # noqa: ANN202 - a Playwright locator
    page.goto(f"{server.base_url}/intake")
    page.get_by_role("link", name=ANNETTE).click()
    return page.get_by_role("region", name="Suggested clinicians")


def test_a_modality_preference_ranks_who_offers_it_first_or_says_none_does(sqlite_server: LiveServer,
                                                                          page: Page) -> None:
    server = sqlite_server
    log_in(page, server, CLINICIAN)
    page.goto(f"{server.base_url}/account")
    expect(page.get_by_role("group", name="The ways I see people")).to_be_visible()
    expect(page.get_by_label("Video")).to_be_checked()
    expect(page.get_by_label("Phone")).not_to_be_checked()
    assert_accessible(page, name="account with modalities")
    region = _suggestions(page, server)
    first = region.locator("li").first
    expect(first).to_contain_text(SAM)
    expect(first).to_contain_text("offers sessions by phone, as preferred")
    expect(region.locator("li").nth(2)).to_be_visible()  # the others are still listed
    assert_accessible(page, name="referral with a clinician who offers phone")
    try:
        _set_sam_phone(page, server, False)
        assert_accessible(page, name="users page with modalities")
        page.context.clear_cookies()
        log_in(page, server, CLINICIAN)
        region = _suggestions(page, server)
        expect(region).to_contain_text("No clinician offers sessions by phone")
        expect(region.locator("li").nth(2)).to_be_visible()  # nobody is hidden: still the best five, ranked
        assert_accessible(page, name="referral with no clinician who offers phone")
    finally:
        _set_sam_phone(page, server, True)  # the demo's value, for the other browser tests
