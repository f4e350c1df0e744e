"""Scheduling in a real browser: the clinician's week (wide and on a phone), booking from the client's workspace,
the calendar feed read by icalendar, and the client's appointments in the portal; every page checked with axe."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import httpx
import pytest
from icalendar import Calendar
from playwright.sync_api import Page, expect

from tests.e2e.helpers import CLIENT, CLINICIAN, SUPERVISOR, LiveServer, assert_accessible
from tests.e2e.test_browser import MARISOL, log_in

pytestmark = pytest.mark.browser
ZONE = ZoneInfo("America/Los_Angeles")  # the demo practice's


def test_the_clinicians_week_and_calendar_feed(sqlite_server: LiveServer, page: Page) -> None:
    base = sqlite_server.base_url
    log_in(page, sqlite_server, CLINICIAN)
    expect(page).not_to_have_url(re.compile(r"/login"))
    page.goto(f"{base}/calendar")
    expect(page.get_by_role("heading", level=1)).to_have_text("Your calendar")
    today = page.locator("li[aria-current='date']")
    expect(today).to_have_count(1)
    expect(today).to_contain_text(datetime.now(ZONE).strftime("%A %d %B"))
    days = page.get_by_role("list", name="Days of the week")
    expect(days.locator(":scope > li")).to_have_count(7)
    assert days.locator("a[href^='/clients/']").count() >= 2, "the demo gives this week sessions"
    assert_accessible(page, name="calendar")
    page.get_by_role("link", name="Next week").click()
    expect(page).to_have_url(re.compile(r"/calendar\?week=\d{4}-\d{2}-\d{2}$"))
    expect(page.locator("li[aria-current='date']")).to_have_count(0)
    page.get_by_role("link", name="This week").click()

    # On a phone the days stack as a list, with nothing wider than the screen.
    page.set_viewport_size({"width": 390, "height": 844})
    page.reload()
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    boxes = [days.locator(":scope > li").nth(i).bounding_box() for i in range(2)]
    assert boxes[1]["y"] > boxes[0]["y"] and abs(boxes[1]["x"] - boxes[0]["x"]) < 2
    assert_accessible(page, name="calendar on a phone")
    page.set_viewport_size({"width": 1280, "height": 900})

    # A secret feed address, read by a calendar app without logging in.
    page.get_by_role("button", name="Make a calendar address").click()
    url = page.get_by_label("Your calendar address (shown only now)").input_value()
    assert_accessible(page, name="calendar with a new feed address")
    feed = httpx.get(base + "/calendar/feed/" + url.rsplit("/calendar/feed/", 1)[1], timeout=30)
    assert feed.status_code == 200
    events = Calendar.from_ical(feed.content).walk("VEVENT")
    assert events and all(str(e["SUMMARY"]).startswith("Session") for e in events)
    assert "Quintanilla" not in feed.text and "Marisol" not in feed.text
    page.get_by_role("button", name="Turn the address off").click()
    assert httpx.get(base + "/calendar/feed/" + url.rsplit("/calendar/feed/", 1)[1], timeout=30).status_code == 404


def test_booking_a_series_from_the_workspace_and_the_portal(sqlite_server: LiveServer, page: Page) -> None:
    base = sqlite_server.base_url
    log_in(page, sqlite_server, CLINICIAN)
    expect(page).not_to_have_url(re.compile(r"/login"))
    page.goto(f"{base}/caseload")
    page.get_by_role("main").get_by_role("link", name=MARISOL).click()
    expect(page.get_by_role("heading", level=1)).to_contain_text(MARISOL)
    page.get_by_role("navigation", name="Client workspace").get_by_role("link", name="Sessions and notes").click()
    booking = page.get_by_role("region", name="Book a session")
    expect(booking).to_contain_text("America/Los_Angeles")
    day = (datetime.now(ZONE) + timedelta(days=40)).date()
    booking.get_by_label("Date", exact=True).fill(day.isoformat())
    booking.get_by_label("Start time (America/Los_Angeles)").fill("19:15")
    booking.get_by_label("Repeat", exact=True).select_option("weekly")
    booking.get_by_label("Number of sessions", exact=True).fill("3")
    booking.get_by_label("How", exact=True).select_option("video")
    booking.get_by_role("button", name="Book").click()
    expect(page).to_have_url(re.compile(r"\?area=sessions#appointments$"))
    sessions = page.get_by_role("region", name="Sessions", exact=True)
    if sessions.locator("summary").count():
        sessions.locator("summary").first.click()
    for week in range(3):
        expect(sessions).to_contain_text(f"{day + timedelta(weeks=week)} 19:15 P")
    assert_accessible(page, name="sessions area with the booking form")

    # The same time again is refused, naming the clash.
    booking = page.get_by_role("region", name="Book a session")
    booking.get_by_label("Date", exact=True).fill(day.isoformat())
    booking.get_by_label("Start time (America/Los_Angeles)").fill("19:45")
    booking.get_by_role("button", name="Book").click()
    expect(page.locator(".flash.error")).to_contain_text("already has a session at that time")
    assert_accessible(page, name="booking refused")

    # The session's own page: cancel the last of the series.
    page.goto(f"{base}/calendar?week={day + timedelta(weeks=2)}")
    page.get_by_role("link", name=MARISOL).first.click()
    page.get_by_role("link", name=re.compile(f"{day + timedelta(weeks=2)} 19:15")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Session with {MARISOL}")
    assert_accessible(page, name="a session's page")
    page.get_by_label("Reason (optional)").select_option("illness")
    page.get_by_role("button", name="Cancel the session").click()
    expect(page.locator(".flash.ok")).to_have_text("Cancelled.")
    expect(page.get_by_role("region", name="The session")).to_contain_text("cancelled by the client (illness)")


def test_the_client_sees_their_appointments(sqlite_server: LiveServer, page: Page) -> None:
    log_in(page, sqlite_server, CLIENT)
    expect(page.get_by_role("heading", name="Next appointment")).to_be_visible()
    assert_accessible(page, name="portal home")
    page.get_by_role("link", name="All your appointments").click()
    table = page.get_by_role("region", name="Your coming sessions")
    expect(table).to_contain_text("Dr. Maya Okafor")
    expect(table).to_contain_text("America/Los_Angeles")
    assert_accessible(page, name="portal appointments")


def test_a_supervisor_opens_a_clinicians_calendar(sqlite_server: LiveServer, page: Page) -> None:
    log_in(page, sqlite_server, SUPERVISOR)
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    page.goto(f"{sqlite_server.base_url}/calendar")
    page.get_by_label("Clinician").select_option(label="Dr. Maya Okafor")
    page.get_by_role("button", name="Show the calendar").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Calendar of Dr. Maya Okafor")
    assert_accessible(page, name="a supervisor's view of a calendar")
