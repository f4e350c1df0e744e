"""Every page a person meets in the demo, checked with axe-core in Chromium: no serious or critical violation."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.helpers import ADMIN, CLIENT, CLINICIAN, SUPERVISOR, LiveServer, assert_accessible
from tests.e2e.test_browser import MARISOL, log_in

pytestmark = pytest.mark.browser


def _check(page: Page, url: str) -> None:
    page.goto(url)
    page.wait_for_load_state("networkidle")
    assert_accessible(page, name=url)


def test_login_and_clinician_pages_pass_axe(sqlite_server: LiveServer, page: Page) -> None:
    base = sqlite_server.base_url
    _check(page, f"{base}/login")
    log_in(page, sqlite_server, CLINICIAN)
    assert_accessible(page, name="today")
    _check(page, f"{base}/caseload")
    expect(page.get_by_role("link", name=MARISOL)).to_be_visible()
    _check(page, f"{base}/caseload?q=zzz-nobody&status=all")
    _check(page, f"{base}/caseload")
    page.get_by_role("link", name=MARISOL).click()
    expect(page.get_by_role("heading", level=1)).to_contain_text(MARISOL)
    assert_accessible(page, name="client page")
    client_url = page.url
    for area in ("sessions", "measures", "safety", "messages", "profile"):
        _check(page, f"{client_url}?area={area}")
    _check(page, f"{base}/account")
    _check(page, f"{base}/calendar")
    _check(page, f"{client_url}/notes/new")
    _check(page, f"{client_url}/notes/new?method=paste")
    page.goto(f"{client_url}?area=sessions")
    notes = page.locator("#notes a[href^='/notes/']")
    if notes.count():
        notes.first.click()
        page.wait_for_load_state("networkidle")
        assert_accessible(page, name="note review page")
    _check(page, f"{client_url}/safety-plan")
    _check(page, f"{base}/alerts")
    alert = page.locator("main a[href^='/alerts/']")
    if alert.count():
        alert.first.click()
        page.wait_for_load_state("networkidle")
        assert_accessible(page, name="alert page")
    _check(page, f"{base}/prompts")


def test_admin_supervisor_and_portal_pages_pass_axe(sqlite_server: LiveServer, page: Page) -> None:
    base = sqlite_server.base_url
    log_in(page, sqlite_server, ADMIN)
    for path in ("/admin/audit", "/admin/audit?client_id=&action=&verify=1", "/admin/users", "/admin/practice",
                 "/admin/crisis-resources", "/admin/consent", "/admin/messaging", "/calendar"):
        _check(page, base + path)
    page.context.clear_cookies()
    log_in(page, sqlite_server, SUPERVISOR)
    _check(page, f"{base}/caseload")
    page.context.clear_cookies()
    log_in(page, sqlite_server, CLIENT)
    _check(page, f"{base}/portal")
    _check(page, f"{base}/portal?area=account")
    _check(page, f"{base}/portal?area=appointments")
    _check(page, f"{base}/portal?area=messages")
    _check(page, f"{base}/portal/safety-plan")
    _check_reminders(page, base)


def _check_reminders(page: Page, base: str) -> None:
    """The client's Reminders page, with the private calendar address it shows once (fetched and parsed back
    as a calendar app would), then turned off again so the shared demo stays as it was."""
    import httpx
    from icalendar import Calendar

    _check(page, f"{base}/portal/reminders")
    page.get_by_role("button", name="Make my calendar address").click()
    address = page.get_by_label("Your calendar address (shown only now)").input_value()
    assert_accessible(page, name="reminders with a new calendar address")
    feed = httpx.get(base + address[address.index("/reminders/feed/"):], timeout=10)
    assert feed.status_code == 200 and Calendar.from_ical(feed.content).walk("VEVENT")
    page.get_by_role("button", name="Turn the address off").click()
    expect(page.locator(".flash")).to_contain_text("Your calendar address is turned off.")
