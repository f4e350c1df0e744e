"""Insights outcomes in a real browser, beyond the supervisor's acceptance path (test_insights_acceptance.py): the
demo clinician reads their own caseload's figures and clients not on track, breaks them down by age band; the admin
defines a practice group; the demo client answers the optional "About me" questions in the portal (after agreeing
to quality monitoring), choosing "Prefer not to say". axe-core on every page."""

from __future__ import annotations

import re
import uuid

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.helpers import ADMIN, CLIENT, CLINICIAN, LiveServer, assert_accessible
from tests.e2e.test_browser import log_in

pytestmark = pytest.mark.browser


def test_clinician_reads_their_outcomes_and_breaks_them_down(sqlite_server: LiveServer, page: Page) -> None:
    log_in(page, sqlite_server, CLINICIAN)
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Insights").click()
    expect(page).to_have_url(re.compile(r"/insights$"))
    expect(page.get_by_role("heading", name="Outcomes", level=1)).to_contain_text("Outcomes")
    expect(page.get_by_role("navigation", name="Insights").get_by_role("link", name="Outcomes")).to_have_attribute(
        "aria-current", "page")
    expect(page.locator("main")).to_contain_text("your clients")
    expect(page.get_by_role("region", name=re.compile(r"^Clients not on track"))).to_contain_text("PHQ-9")
    assert_accessible(page, name="insights outcomes (clinician)")

    page.get_by_label("Break down by").select_option(label="Age band")
    page.get_by_role("button", name="Show").click()
    expect(page).to_have_url(re.compile(r"by=age_band"))
    expect(page.get_by_role("heading", name="By age band")).to_be_visible()
    assert_accessible(page, name="insights by age band")
    page.get_by_role("button", name="Log out").click()


def test_admin_defines_a_practice_group(sqlite_server: LiveServer, page: Page) -> None:
    name = f"Student counselling {uuid.uuid4().hex[:4]}"
    log_in(page, sqlite_server, ADMIN)
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Insights").click()
    section = page.get_by_role("region", name="Practice groups")
    section.get_by_label("New group").fill(name)
    section.get_by_role("button", name="Add").click()
    expect(page.get_by_role("region", name="Practice groups")).to_contain_text(name)
    expect(page.get_by_role("region", name=re.compile(r"^Clients not on track"))).to_have_count(0)
    assert_accessible(page, name="insights outcomes (admin)")
    page.get_by_role("button", name="Log out").click()


def test_client_answers_about_me_with_prefer_not_to_say(sqlite_server: LiveServer, page: Page) -> None:
    log_in(page, sqlite_server, CLIENT)
    page.get_by_role("navigation", name="My portal").get_by_role("link", name="My account").click()
    card = page.locator("div.card").filter(
        has=page.get_by_role("heading", name="Use of de-identified data to check quality and fairness"))
    if card.get_by_role("button", name="I agree").count():
        card.get_by_role("button", name="I agree").click()
    about = page.get_by_role("region", name="About me (optional)")
    about.get_by_label("Gender").select_option(label="Prefer not to say")
    about.get_by_label("Ethnic group").select_option(label="Not answered")
    about.get_by_role("button", name="Save my answers").click()
    expect(page).to_have_url(re.compile(r"area=account#about-me-h$"))
    about = page.get_by_role("region", name="About me (optional)")
    expect(about.get_by_label("Gender")).to_have_value("prefer_not_to_say")
    expect(about.get_by_label("Ethnic group")).to_have_value("")
    assert_accessible(page, name="portal about me")
    about.get_by_role("button", name="Remove my answers").click()
    expect(page.get_by_role("region", name="About me (optional)").get_by_label("Gender")).to_have_value("")
