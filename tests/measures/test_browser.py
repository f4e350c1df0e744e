"""Issue 4's acceptance in Debian's Chromium against a real `alliance serve` of the demo practice.

A clinician assigns PHQ-9 and GAD-7 weekly to a demo client; the client answers in the portal, one question at a
time; the clinician sees the scores and the chart; the PHQ-9 item 9 answer raises an alert the clinician sees.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.conftest import browser, page, start_server  # noqa: F401  (the e2e live-server and browser fixtures)
from tests.e2e.helpers import CLIENT, CLINICIAN, DEMO_PASSWORD, LiveServer

pytestmark = pytest.mark.browser

MARISOL = "Marisol Quintanilla-Ward"


@pytest.fixture(scope="module")
def measures_server(start_server) -> LiveServer:  # noqa: ANN001, F811
    """A demo server of our own: this test raises a risk alert, which other end-to-end tests should not see."""
    return start_server("measures-live", "sqlite")


def log_in(page: Page, server: LiveServer, email: str) -> None:  # noqa: F811
    """Fill in and send the log-in form."""
    page.goto(f"{server.base_url}/login")
    page.get_by_label("E-mail").fill(email)
    page.get_by_label("Password").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Log in").click()


def log_out(page: Page) -> None:  # noqa: F811
    page.get_by_role("button", name="Log out").click()
    expect(page).to_have_url(re.compile(r"/login$"))


def answer_questionnaire(page: Page, name: str, answers: list[str]) -> None:  # noqa: F811
    """Answer one question at a time (HTMX swaps each step in), going back once on the way."""
    page.get_by_role("link", name=re.compile(f"(Start|Continue): {re.escape(name)}")).click()
    total = len(answers)
    for n, label in enumerate(answers, start=1):
        step = page.locator("#measure-step")
        expect(step.locator(".progress")).to_have_text(f"Question {n} of {total}")
        expect(step.locator("legend")).to_be_focused()
        step.get_by_label(label, exact=True).check()
        step.get_by_role("button", name="Next").click()
        if n == 2:
            expect(page.locator("#measure-step .progress")).to_have_text(f"Question 3 of {total}")
            expect(page.locator("#measure-step legend")).to_be_focused()
            page.locator("#measure-step").get_by_role("button", name="Back").click()
            expect(page.locator("#measure-step .progress")).to_have_text(f"Question 2 of {total}")
            expect(page.locator("#measure-step legend")).to_be_focused()  # the swap has settled
            expect(page.locator("#measure-step").get_by_label(label, exact=True)).to_be_checked()
            page.locator("#measure-step").get_by_role("button", name="Next").click()
    expect(page.get_by_role("heading", name="Ready to send")).to_be_visible()
    page.get_by_role("button", name="Send my answers").click()
    expect(page.get_by_role("heading", name="Thank you")).to_be_visible()


def open_measures(page: Page, server: LiveServer) -> None:
    """From Today to Marisol's workspace through the caseload, then its Measures tab."""
    page.goto(f"{server.base_url}/caseload")
    page.get_by_role("link", name=MARISOL).click()
    page.get_by_role("navigation", name="Client workspace").get_by_role("link", name="Measures").click()


def test_assign_answer_in_portal_see_scores_chart_and_item9_alert(measures_server: LiveServer, page: Page,  # noqa: F811
                                                                  tmp_path: Path) -> None:
    server = measures_server
    log_in(page, server, CLINICIAN)
    open_measures(page, server)
    measures = page.locator("#measures")
    for name, value in (("PHQ-9", "phq9"), ("GAD-7", "gad7")):
        measures.get_by_label("Questionnaire", exact=True).select_option(value)
        measures.get_by_label("How often").select_option("weekly")
        measures.get_by_role("button", name="Assign").click()
        expect(page.locator("#measures")).to_contain_text(f"{name}, weekly from")
    log_out(page)

    log_in(page, server, CLIENT)
    expect(page.get_by_role("heading", name="Questionnaires for you")).to_be_visible()
    # PHQ-9: "several days" on every item, item 9 included (a risk answer), and the difficulty question.
    answer_questionnaire(page, "PHQ-9", ["Several days"] * 9 + ["Somewhat difficult"])
    expect(page.get_by_role("heading", name="Support if you need it now")).to_be_visible()
    page.screenshot(path=str(tmp_path / "portal-help-now.png"), full_page=True)
    page.get_by_role("link", name="Back to my portal").click()
    answer_questionnaire(page, "GAD-7", ["Not at all"] * 7 + ["Not difficult at all"])
    expect(page.get_by_role("heading", name="Support if you need it now")).to_have_count(0)
    page.get_by_role("link", name="Back to my portal").click()
    expect(page.get_by_role("heading", name="Questionnaires for you")).to_have_count(0)
    log_out(page)

    log_in(page, server, CLINICIAN)
    open_measures(page, server)
    latest = page.get_by_role("table", name="Latest results")
    phq9 = latest.get_by_role("row").filter(has_text="PHQ-9")
    expect(phq9).to_contain_text("9")  # nine items answered "several days" (1 each): 9, mild (Kroenke 2001)
    expect(phq9).to_contain_text("mild")
    expect(phq9).to_contain_text("item9")
    expect(latest.get_by_role("row").filter(has_text="GAD-7")).to_contain_text("minimal")
    chart = page.get_by_role("img", name=re.compile("PHQ-9 totals over time"))
    expect(chart).to_be_visible()
    page.locator("#measures").screenshot(path=str(tmp_path / "clinician-measures.png"))
    page.goto(f"{server.base_url}/alerts")
    # The demo already holds an open alert of Marisol's (from a session transcript): this one came from the measure.
    alert = page.get_by_role("row").filter(has_text=MARISOL).filter(has_text="measure")
    expect(alert).to_have_count(1)
    expect(alert).to_contain_text("moderate")
