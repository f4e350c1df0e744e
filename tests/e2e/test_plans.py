"""Treatment plans in a real browser: the demo clinician opens the demo client's Plan area (the signed demo
plan with its PHQ-9 and GAD-7 progress charted), starts a new plan from a template, edits and signs it,
downloads the PDF and the FHIR CarePlan; the client reads and acknowledges the plan in the portal. axe-core on
every new page. A trainee's signed plan waits for the supervisor's co-signature, found on Today.

The AI draft's review page is covered by tests/plans/test_pages.py with a stored draft: driving the model from
a browser here would take minutes on the test machine.
"""

from __future__ import annotations

import json
import re
import uuid

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.helpers import CLIENT, CLINICIAN, SUPERVISOR, LiveServer, assert_accessible
from tests.e2e.test_browser import MARISOL, log_in

pytestmark = pytest.mark.browser
TRAINEE = "clinician2@riverside.example.org"  # Sam Lindqvist, a trainee: Dr. Abernathy co-signs his plans


def test_new_plan_from_a_template_signed_exported_and_acknowledged(
    sqlite_server: LiveServer, page: Page
) -> None:
    server = sqlite_server
    tag = uuid.uuid4().hex[:6]
    words = f"I want to ride the bus to work ({tag})"

    log_in(page, server, CLINICIAN)
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Caseload").click()
    page.get_by_role("link", name=MARISOL).click()
    page.get_by_role("navigation", name="Client workspace").get_by_role("link", name="Plan").click()
    expect(page).to_have_url(re.compile(r"\?area=plan$"))
    plan_area = page.get_by_role("region", name="Treatment plan")
    expect(plan_area).to_contain_text("I want to feel like myself again")
    expect(plan_area.locator("figure.measure-chart").first).to_be_visible()
    expect(plan_area.locator('[data-status="on_track"], [data-status="met"]').first).to_be_visible()
    assert_accessible(page, name="workspace plan area")

    page.get_by_role("link", name="New plan (from a template or blank)").click()
    page.get_by_label("Template", exact=True).select_option(label="Panic disorder - CBT with exposure")
    page.get_by_role("button", name="Use this template").click()
    expect(page.get_by_label("In the client's own words").first).to_have_value(
        "I want to go out without being scared of having an attack")
    assert_accessible(page, name="new plan from a template")
    page.get_by_label("In the client's own words").first.fill(words)
    page.get_by_role("button", name="Save the draft").click()
    expect(page).to_have_url(re.compile(r"/plans/[0-9a-f-]{36}\?saved=1$"))
    assert_accessible(page, name="draft plan")
    page.get_by_label("I have reviewed every item of this plan.").check()
    page.get_by_role("button", name="Sign the plan").click()
    expect(page.locator("#signature")).to_contain_text("Signed by Dr. Maya Okafor")
    expect(page.locator("#goals")).to_contain_text(words)
    expect(page.locator("#goals figure.measure-chart").first).to_be_visible()  # the demo's GAD-7 scores
    assert_accessible(page, name="signed plan")

    with page.expect_download() as pdf:
        page.get_by_role("link", name="Download PDF").click()
    assert pdf.value.suggested_filename.endswith(".pdf")
    assert open(pdf.value.path(), "rb").read(4) == b"%PDF"
    with page.expect_download() as fhir:
        page.get_by_role("link", name="FHIR CarePlan").click()
    resource = json.loads(open(fhir.value.path(), encoding="utf-8").read())
    assert resource["resourceType"] == "CarePlan" and resource["status"] == "active"

    page.get_by_role("link", name="Amend the plan").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Amend the signed plan")
    assert_accessible(page, name="amend editor")
    page.goto(f"{server.base_url}/plans/templates")
    assert_accessible(page, name="plan templates")
    page.get_by_role("button", name="Log out").click()

    log_in(page, server, CLIENT)
    page.get_by_role("navigation", name="My portal").get_by_role("link", name="My plan").click()
    mine = page.get_by_role("region", name="My treatment plan")
    expect(mine).to_contain_text(words)
    assert_accessible(page, name="portal plan")
    page.get_by_role("button", name="I have read my plan").click()
    expect(page.locator("#plan-acknowledged")).to_contain_text("You acknowledged this plan")


def test_a_trainees_plan_waits_for_the_supervisors_cosignature(sqlite_server: LiveServer, page: Page) -> None:
    """Sam (a trainee) signs a plan: it is awaiting co-signature; Dr. Abernathy finds it on Today and co-signs it."""
    server = sqlite_server
    log_in(page, server, TRAINEE)
    page.goto(f"{server.base_url}/caseload")
    page.locator("main table a[href^='/clients/']").first.click()
    client_url = page.url.split("?")[0]
    page.goto(f"{client_url}?area=plan")
    page.get_by_role("link", name="New plan (from a template or blank)").click()
    page.get_by_label("Template", exact=True).select_option(label="Generalised anxiety - CBT")
    page.get_by_role("button", name="Use this template").click()
    page.get_by_role("button", name="Save the draft").click()
    expect(page).to_have_url(re.compile(r"/plans/[0-9a-f-]{36}\?saved=1$"))
    plan_url = page.url.split("?")[0]
    page.get_by_label("I have reviewed every item of this plan.").check()
    page.get_by_role("button", name="Sign the plan").click()
    expect(page.locator("#signature")).to_contain_text("Signed by Sam Lindqvist")
    expect(page.locator("#awaiting-cosign")).to_contain_text("Awaiting co-signature")
    expect(page.get_by_role("button", name="Co-sign the plan")).to_have_count(0)
    page.get_by_role("button", name="Log out").click()

    log_in(page, server, SUPERVISOR)
    today = page.get_by_role("region", name=re.compile("Treatment plans to look at"))
    expect(today.get_by_role("heading", name=re.compile("Trainees' plans to co-sign"))).to_be_visible()
    assert_accessible(page, name="supervisor today with plans to co-sign")
    today.locator(f'a[href="{plan_url.replace(server.base_url, "")}#signature"]').click()
    expect(page.locator("#awaiting-cosign")).to_be_visible()
    assert_accessible(page, name="plan awaiting co-signature")
    page.get_by_label("I have reviewed this plan as the supervisor.").check()
    page.get_by_role("button", name="Co-sign the plan").click()
    expect(page.locator("#signature")).to_contain_text("Co-signed by Dr. Ruth Abernathy")
    expect(page.get_by_role("button", name="Co-sign the plan")).to_have_count(0)
    assert_accessible(page, name="co-signed plan")
