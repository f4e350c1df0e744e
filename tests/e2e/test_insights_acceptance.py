"""Issue #17's acceptance, tried as a new user would in Chromium on the demo practice (with its 240-client insights
cohort): the demo supervisor opens Insights, reads the practice's recovery rate, breaks it down by practice group and
sees the lower-recovery group marked as differing, finds the clients not on track and opens one (the client's page
says why), opens AI quality, and downloads both CSVs, whose headers and figures match the pages.
axe-core on every page."""

from __future__ import annotations

import csv
import io
import re

import pytest
from playwright.sync_api import Page, expect

from alliance.insights.demo import LOWER_RECOVERY_GROUP
from tests.e2e.helpers import SUPERVISOR, LiveServer, assert_accessible
from tests.e2e.test_browser import log_in

pytestmark = pytest.mark.browser

CSV_HEADER = ["section", "figure", "group", "value", "count", "numerator", "rate", "ci_low", "ci_high", "rest_rate",
              "gap", "gap_ci_low", "gap_ci_high", "flagged", "note"]


def _facts(section) -> dict[str, str]:  # noqa: ANN001 - a Playwright locator
    """The <dt>/<dd> pairs of a definition list, as text."""
    terms = section.locator("dl.facts > dt").all_inner_texts()
    values = section.locator("dl.facts > dd").all_inner_texts()
    return dict(zip((t.strip() for t in terms), (v.strip() for v in values), strict=False))


def test_supervisor_reads_outcomes_finds_clients_not_on_track_and_downloads_the_csv(
        sqlite_server: LiveServer, page: Page) -> None:
    log_in(page, sqlite_server, SUPERVISOR)
    expect(page).to_have_url(re.compile(r"/today$"))
    page.get_by_role("navigation").get_by_role("link", name="Insights").first.click()
    expect(page).to_have_url(re.compile(r"/insights"))
    expect(page.get_by_role("heading", name="Outcomes", level=1)).to_be_visible()

    # The practice's (the supervisor's team's) recovery rate, with its count and interval.
    headline = page.get_by_role("region", name="Finished courses")
    facts = _facts(headline)
    recovery = re.match(r"(\d+\.\d)% \((\d+) of (\d+); 95% interval", facts["Recovery"])
    assert recovery, facts
    rate, recovered, cases = float(recovery[1]), int(recovery[2]), int(recovery[3])
    assert cases >= 100 and 30 <= rate <= 80 and round(100 * recovered / cases, 1) == rate
    assert_accessible(page, name="insights outcomes")

    # By practice group: the lower-recovery group's gap is real (marked in words, not colour alone).
    page.get_by_label("Break down by").select_option(label="Practice group")
    page.get_by_role("button", name="Show").click()
    expect(page).to_have_url(re.compile(r"by=practice_group"))
    table = page.get_by_role("table", name=re.compile(r"^Recovery by practice group"))
    row = table.get_by_role("row").filter(has_text=LOWER_RECOVERY_GROUP)
    expect(row).to_contain_text("Differs")
    expect(row.locator("td").nth(5)).to_contain_text(re.compile(r"^-\d"))  # the gap: fewer recover
    assert_accessible(page, name="insights by practice group")

    # The clients not on track, each with the reason; open one.
    off_track = page.get_by_role("region", name=re.compile("Clients not on track"))
    links = off_track.get_by_role("link")
    assert links.count() >= 5
    first = off_track.get_by_role("row").nth(1)
    reason = first.locator("td").nth(1).inner_text().strip()
    assert reason
    name = links.first.inner_text().strip()
    links.first.click()
    expect(page).to_have_url(re.compile(r"/clients/[0-9a-f-]{36}"))
    expect(page.get_by_role("heading", name=re.compile(re.escape(name)))).to_be_visible()
    banner = page.get_by_role("region", name="Not on track")
    expect(banner).to_contain_text(re.compile(re.escape(reason.rstrip(".")), re.IGNORECASE))
    assert_accessible(page, name="client not on track")

    # AI quality, from the tab bar.
    page.goto(f"{sqlite_server.base_url}/insights")
    page.get_by_role("navigation", name="Insights").get_by_role("link", name="AI quality").click()
    expect(page).to_have_url(re.compile(r"/insights/ai"))
    expect(page.get_by_role("heading", level=1)).to_contain_text("AI quality")
    alerts = _facts(page.get_by_role("region", name=re.compile("Crisis screen")))
    notes = _facts(page.get_by_role("region", name="Session note drafts"))
    raised = int(alerts["Alerts raised"])
    assert raised >= 10 and int(notes["Notes signed with an AI draft"]) >= 50
    assert re.match(r"\d+(\.\d)?%", alerts[next(k for k in alerts if k.startswith("Precision"))])
    assert_accessible(page, name="insights ai quality")
    with page.expect_download() as info:
        page.get_by_role("link", name="Download CSV").click()
    ai_rows = list(csv.reader(io.StringIO(open(info.value.path(), encoding="utf-8").read())))
    assert ai_rows[0] == ["section", "figure", "breakdown", "value", "n", "ci_low", "ci_high"]
    by_level = [r for r in ai_rows if r[:2] == ["alerts", "count"] and r[2].startswith("level=")]
    assert sum(int(r[3]) for r in by_level) == raised

    # The CSV: its header, and the recovery figure the page showed.
    page.goto(f"{sqlite_server.base_url}/insights")
    with page.expect_download() as info:
        page.get_by_role("link", name="Download CSV").click()
    download = info.value
    assert download.suggested_filename.endswith(".csv")
    rows = list(csv.reader(io.StringIO(open(download.path(), encoding="utf-8").read())))
    assert rows[0] == CSV_HEADER
    overall = {r[1]: r for r in rows[1:] if r[0] == "overall"}
    assert int(overall["recovered"][4]) == cases and int(overall["recovered"][5]) == recovered
    assert round(100 * float(overall["recovered"][6]), 1) == rate
