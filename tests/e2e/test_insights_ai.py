"""AI quality in a real browser: a clinician acknowledges the demo's open alert with a judgement, then reads the
AI-quality dashboard; the supervisor reads it by client group and downloads the CSV. axe-core on every page."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.helpers import CLINICIAN, SUPERVISOR, LiveServer, assert_accessible
from tests.e2e.test_browser import log_in

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture(scope="module")
def ai_server(start_server) -> LiveServer:
    """A demo server of its own: this test acknowledges the demo's open alert."""
    return start_server("insights-ai", "sqlite")


def test_judged_alert_counts_and_the_dashboard_passes_axe(ai_server: LiveServer, page: Page) -> None:
    base = ai_server.base_url
    log_in(page, ai_server, CLINICIAN)
    page.goto(f"{base}/alerts")
    page.locator("main a[href^='/alerts/']").first.click()
    page.wait_for_load_state("networkidle")
    expect(page.get_by_role("group", name="Your judgement")).to_be_visible()
    assert_accessible(page, name="alert page with judgement")
    page.get_by_label("What you did (recorded)").fill("Called the client; safety plan reviewed together.")
    page.get_by_label("Risk confirmed").check()
    page.get_by_role("button", name="Acknowledge").click()
    expect(page.get_by_text("Judgement: Risk confirmed")).to_be_visible()

    page.goto(f"{base}/insights/ai")
    page.wait_for_load_state("networkidle")
    expect(page.get_by_role("heading", level=1)).to_have_text("AI quality")
    expect(page.get_by_role("link", name="AI quality")).to_have_attribute("aria-current", "page")
    section = page.locator("section", has=page.get_by_role("heading", name="Crisis screen: alerts as clinicians "
                                                                          "judged them"))
    expect(section).to_contain_text("Risk confirmed")
    expect(section).to_contain_text("95% CI")
    assert_accessible(page, name="AI quality (clinician)")

    page.context.clear_cookies()
    log_in(page, ai_server, SUPERVISOR)
    page.goto(f"{base}/insights/ai?by=language")
    page.wait_for_load_state("networkidle")
    expect(page.get_by_role("heading", name="By client group: Language")).to_be_visible()
    assert_accessible(page, name="AI quality by language (supervisor)")
    with page.expect_download() as download:
        page.get_by_role("link", name="Download CSV").click()
    lines = open(download.value.path(), encoding="utf-8").read().splitlines()
    assert lines[0] == "section,figure,breakdown,value,n,ci_low,ci_high"
    assert any(line.startswith("alerts,precision,all,") for line in lines)
