"""Homework in a real browser: the demo clinician assigns a thought record and a sleep diary from the client's
Homework area; the client completes both and a mood check-in in the portal's Practice area; the clinician sees them.
axe-core on every new page."""

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

    # The client completes both and checks in.
    log_in(page, server, CLIENT)
    page.get_by_role("navigation", name="My portal").get_by_role("link", name="Practice").click()
    expect(page).to_have_url(re.compile(r"/portal\?area=practice$"))
    assert_accessible(page, name="portal practice")
    page.get_by_role("link", name=re.compile(f"Thought record.*When the anxiety spikes \\({tag}\\)")).click()
    assert_accessible(page, name="homework thought record form")
    page.get_by_label("What happened? Where were you, and when?").fill("Presenting the quarterly figures")
    page.get_by_label("Emotion 1", exact=True).fill("anxious")
    page.locator("#tr-e1-before").fill("70")
    page.get_by_label("What went through your mind?").fill("Everyone will notice my mistakes")
    page.get_by_label(re.compile("how else could you see it")).fill(balanced)
    page.get_by_label("Emotion 1 now").fill("35")
    # The first text a fresh server screens loads the crisis screen's encoder: allow it the time.
    page.get_by_role("button", name="Save").click(timeout=90_000)
    expect(page).to_have_url(re.compile(r"/portal/practice/entries/[0-9a-f-]{36}\?saved=1$"), timeout=90_000)
    expect(page.locator("main")).to_contain_text(balanced)
    assert_accessible(page, name="saved homework")

    page.goto(f"{server.base_url}/portal?area=practice")
    page.get_by_role("link", name=re.compile(f"Sleep diary.*Each morning \\({tag}\\)")).click()
    expect(page).to_have_url(re.compile(r"/portal/practice/sleep-diary$"))
    assert_accessible(page, name="sleep diary")
    diary = page.locator("form[action='/portal/practice/sleep-diary']")
    for label, value in (("1. What time did you get into bed?", "23:00"),
                         ("2. What time did you try to go to sleep?", "23:30"),
                         ("6. What time was your final awakening?", "06:30"),
                         ("7. What time did you get out of bed for the day?", "07:00")):
        diary.get_by_label(label).fill(value)
    diary.get_by_label(re.compile("^3\\. How long")).fill("30")
    diary.get_by_label(re.compile("^4\\. How many")).fill("2")
    diary.get_by_label(re.compile("^5\\. In total")).fill("30")
    diary.get_by_label("8. How would you rate the quality of your sleep?").select_option(label="Fair")
    diary.get_by_role("button", name="Save my sleep diary").click()
    expect(page.locator(".flash")).to_contain_text("Your sleep diary is saved.")
    assert_accessible(page, name="sleep diary saved")

    page.goto(f"{server.base_url}/portal/practice/check-in")
    assert_accessible(page, name="check-in")
    page.get_by_label(re.compile("Your mood, from 0")).fill("7")
    page.get_by_label("Hopeful").check()
    page.get_by_label(re.compile("Anything you want to add")).fill(f"Good week ({tag})")
    page.get_by_role("button", name="Save my check-in").click()
    expect(page.locator(".flash")).to_contain_text("Your check-in is saved.")
    assert_accessible(page, name="check-in saved")
    for tool in ("exposure", "activity-log"):
        page.goto(f"{server.base_url}/portal/practice/{tool}")
        assert_accessible(page, name=tool)
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
    expect(page.get_by_role("region", name=re.compile("Mood check-ins"))).to_contain_text(f"Good week ({tag})")
    expect(page.get_by_role("region", name=re.compile("Sleep diary"))).to_contain_text("%")
    assert_accessible(page, name="workspace homework area with completions")
