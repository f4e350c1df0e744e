"""Homework in a real browser (issue #14's acceptance): the demo clinician assigns a thought record and a sleep diary
from the client's Homework area; the client, in Spanish, completes both and a mood check-in in the portal's Practice
area and adds the private calendar feed (which parses and holds the reminder); the clinician sees them and the
pre-session brief with links to each record. axe-core on every new page. The client's labels are looked up in the
Spanish catalogue, so the test fails if a page falls back to English."""

from __future__ import annotations

import re
import uuid

import pytest
from playwright.sync_api import Page, expect

from alliance.web import i18n
from tests.e2e.helpers import CLIENT, CLINICIAN, LiveServer, assert_accessible
from tests.e2e.test_browser import MARISOL, log_in

pytestmark = pytest.mark.browser


def _log_out(page: Page) -> None:
    page.get_by_role("button", name="Log out").click()
    expect(page).to_have_url(re.compile(r"/login$"))


def es(message: str) -> str:
    """The Spanish the portal shows for an English message (it must be translated)."""
    text = i18n.translations("es").gettext(message)
    assert text != message, f"not translated: {message!r}"
    return text


def _set_language(page: Page, server: LiveServer, code: str, save: str | re.Pattern) -> None:
    page.goto(f"{server.base_url}/portal?area=account")
    page.locator("#c-lang").select_option(code)
    page.get_by_role("button", name=save).click()
    expect(page.locator("html")).to_have_attribute("lang", code)


def _add_calendar_feed(page: Page, server: LiveServer) -> None:
    """Make the private calendar address, fetch it as a calendar app would, parse it, then turn it off."""
    import httpx
    from icalendar import Calendar

    page.goto(f"{server.base_url}/portal/reminders")
    page.get_by_role("button", name=es("Make my calendar address")).click()
    address = page.get_by_label(es("Your calendar address (shown only now)")).input_value()
    assert_accessible(page, name="reminders in Spanish with a calendar address")
    feed = httpx.get(server.base_url + address[address.index("/reminders/feed/"):], timeout=10)
    assert feed.status_code == 200
    events = Calendar.from_ical(feed.content).walk("VEVENT")
    assert events and any(e.walk("VALARM") for e in events)
    assert all("thought" not in str(e.get("summary")).lower() for e in events)  # no clinical detail in titles
    page.get_by_role("button", name=es("Turn the address off")).click()
    assert httpx.get(server.base_url + address[address.index("/reminders/feed/"):], timeout=10).status_code == 404


def _assign(page: Page, kind: str, schedule: str, note: str) -> None:
    form = page.locator("#assign-form")
    form.get_by_label("What to do").select_option(label=kind)
    form.get_by_label("How often").select_option(label=schedule)
    form.get_by_label(re.compile("A note to the client")).fill(note)
    form.get_by_role("button", name="Assign").click()
    expect(page).to_have_url(re.compile(r"\?area=homework#homework-assigned$"))


def test_assign_complete_and_review_homework(sqlite_server: LiveServer, page: Page) -> None:
    server = sqlite_server
    tag = uuid.uuid4().hex[:6]
    balanced = f"I can be nervous and still do it well ({tag})"

    # The clinician assigns a thought record and a sleep diary.
    log_in(page, server, CLINICIAN)
    assert_accessible(page, name="today with homework")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Caseload").click()
    expect(page.locator("main")).to_contain_text("done for now")
    assert_accessible(page, name="caseload with homework column")
    page.get_by_role("link", name=MARISOL).click()
    page.get_by_role("navigation", name="Client workspace").get_by_role("link", name="Homework").click()
    expect(page).to_have_url(re.compile(r"\?area=homework$"))
    assert_accessible(page, name="workspace homework area")
    page.locator("summary", has_text="Assign homework").click()
    _assign(page, "Thought record", "Once", f"When the anxiety spikes ({tag})")
    page.locator("summary", has_text="Assign homework").click()
    _assign(page, "Sleep diary", "Daily", f"Each morning ({tag})")
    assigned = page.get_by_role("region", name="Assigned")
    expect(assigned).to_contain_text(f"When the anxiety spikes ({tag})")
    expect(assigned).to_contain_text(f"Each morning ({tag})")
    page.get_by_role("navigation", name="Client workspace").get_by_role("link", name="Measures").click()
    expect(page.get_by_role("region", name="Mood check-ins")).to_be_visible()
    assert_accessible(page, name="measures with mood check-ins")
    _log_out(page)

    # The client, in Spanish, completes both, checks in and adds the calendar feed.
    log_in(page, server, CLIENT)
    _set_language(page, server, "es", "Save my preferences")
    try:
        page.get_by_role("navigation", name=es("My portal")).get_by_role("link", name=es("Practice")).click()
        expect(page).to_have_url(re.compile(r"/portal\?area=practice$"))
        assert_accessible(page, name="portal practice")
        page.get_by_role("link", name=re.compile(f"{es('Thought record')}.*When the anxiety spikes \\({tag}\\)")).click()
        assert_accessible(page, name="homework thought record form")
        page.get_by_label(es("What happened? Where were you, and when?")).fill("Presentar las cifras del trimestre")
        page.locator("#tr-e1-name").fill("ansiedad")
        page.locator("#tr-e1-before").fill("70")
        page.get_by_label(es("What went through your mind?")).fill("Todos van a notar mis errores")
        page.locator("#tr-balanced").fill(balanced)
        page.locator("#tr-e1-after").fill("35")
        # The first text a fresh server screens loads the crisis screen's encoder: allow it the time.
        page.get_by_role("button", name=es("Save")).click(timeout=90_000)
        expect(page).to_have_url(re.compile(r"/portal/practice/entries/[0-9a-f-]{36}\?saved=1$"), timeout=90_000)
        expect(page.locator("main")).to_contain_text(balanced)
        assert_accessible(page, name="saved homework")

        page.goto(f"{server.base_url}/portal?area=practice")
        page.get_by_role("link", name=re.compile(f"{es('Sleep diary')}.*Each morning \\({tag}\\)")).click()
        expect(page).to_have_url(re.compile(r"/portal/practice/sleep-diary$"))
        assert_accessible(page, name="sleep diary")
        diary = page.locator("form[action='/portal/practice/sleep-diary']")
        for label, value in (("1. What time did you get into bed?", "23:00"),
                             ("2. What time did you try to go to sleep?", "23:30"),
                             ("6. What time was your final awakening?", "06:30"),
                             ("7. What time did you get out of bed for the day?", "07:00")):
            diary.get_by_label(es(label)).fill(value)
        for field, value in (("sd-latency", "30"), ("sd-awakenings", "2"), ("sd-wake", "30")):
            diary.locator(f"#{field}").fill(value)
        diary.get_by_label(es("8. How would you rate the quality of your sleep?")).select_option(label=es("Fair"))
        diary.get_by_role("button", name=es("Save my sleep diary")).click()
        expect(page.locator(".flash")).to_contain_text(es("Your sleep diary is saved."))
        assert_accessible(page, name="sleep diary saved")

        page.goto(f"{server.base_url}/portal/practice/check-in")
        assert_accessible(page, name="check-in")
        page.locator("#ci-mood").fill("7")
        page.get_by_label(es("Hopeful")).check()
        page.locator("#ci-note").fill(f"Buena semana ({tag})")
        page.get_by_role("button", name=es("Save my check-in")).click()
        expect(page.locator(".flash")).to_contain_text(es("Your check-in is saved."))
        assert_accessible(page, name="check-in saved")
        for tool in ("exposure", "activity-log"):
            page.goto(f"{server.base_url}/portal/practice/{tool}")
            assert_accessible(page, name=tool)
        _add_calendar_feed(page, server)
    finally:  # the shared demo server's client goes back to English for the other browser tests
        _set_language(page, server, "en", re.compile(f"{es('Save my preferences')}|Save my preferences"))
    _log_out(page)

    # The clinician sees what was done.
    log_in(page, server, CLINICIAN)
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Caseload").click()
    page.get_by_role("link", name=MARISOL).click()
    page.get_by_role("navigation", name="Client workspace").get_by_role("link", name="Homework").click()
    done = page.get_by_role("region", name="Done")
    row = done.locator("tr", has_text="Thought record").first
    row.locator("summary").click()
    expect(row).to_contain_text(balanced)
    expect(page.get_by_role("region", name=re.compile("Mood check-ins"))).to_contain_text(f"Buena semana ({tag})")
    expect(page.get_by_role("region", name=re.compile("Sleep diary"))).to_contain_text("%")
    assert_accessible(page, name="workspace homework area with completions")

    # The brief since the last session quotes the balanced thought and links to its record and the next session.
    page.get_by_role("navigation", name="Client workspace").get_by_role("link", name="Brief").click()
    brief = page.get_by_role("region", name="Pre-session brief")
    expect(brief).to_contain_text(balanced)
    assert_accessible(page, name="workspace brief area")
    brief.locator("p", has_text="Next session").get_by_role("link").last.click()
    expect(page.locator("#brief")).to_contain_text(balanced)  # loaded into the session page
    assert_accessible(page, name="session page with its brief")
    page.locator("#brief li", has_text=balanced).get_by_role("link").click()
    expect(page.locator("main")).to_contain_text(balanced)
    assert_accessible(page, name="brief record page")
