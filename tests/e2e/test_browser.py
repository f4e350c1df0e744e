"""The site as a new user meets it, in Debian's Chromium against a real `alliance serve`."""

from __future__ import annotations

import json
import re
import uuid
import zipfile
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pyotp
import pytest
from playwright.sync_api import Page, expect

from tests.e2e.helpers import ADMIN, CLIENT, CLINICIAN, DEMO_PASSWORD, SUPERVISOR, LiveServer, assert_accessible

pytestmark = pytest.mark.browser

MARISOL = "Marisol Quintanilla-Ward"


def log_in(page: Page, server: LiveServer, email: str, password: str = DEMO_PASSWORD) -> None:
    """Fill in and send the log-in form."""
    page.goto(f"{server.base_url}/login")
    page.get_by_label("E-mail").fill(email)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Log in").click()


def new_staff_user(server: LiveServer, tag: str) -> tuple[str, str]:
    """A fresh clinician made with `alliance users create`; returns (e-mail, password)."""
    email = f"{tag}-{uuid.uuid4().hex[:8]}@riverside.example.org"
    password = "fresh-password-" + uuid.uuid4().hex[:8]
    result = server.cli(
        "users",
        "create",
        "--email",
        email,
        "--role",
        "clinician",
        "--name",
        f"E2E {tag}",
        "--password",
        password,
    )
    assert result.returncode == 0, result.stderr
    return email, password


def test_clinician_logs_in_sees_caseload_opens_client_and_logs_out(
    server: LiveServer, page: Page, tmp_path: Path
) -> None:
    page.goto(server.base_url)
    expect(page).to_have_url(re.compile(r"/login"))
    expect(page.get_by_role("heading", name="Log in")).to_be_visible()

    log_in(page, server, CLINICIAN)
    expect(page).to_have_url(re.compile(r"/today$"))  # a clinician starts on Today
    expect(page.get_by_role("heading", name="Today", exact=True)).to_be_visible()
    expect(page.get_by_role("region", name=re.compile("Open risk alerts"))).to_be_visible()
    expect(page.get_by_role("region", name=re.compile("Notes to sign"))).to_be_visible()
    assert_accessible(page, name="today")
    page.screenshot(path=str(tmp_path / f"today-{server.backend}.png"), full_page=True)
    page.get_by_role("link", name="Caseload").click()
    expect(page.get_by_role("heading", name="Your caseload")).to_be_visible()
    expect(page.get_by_role("link", name=MARISOL)).to_be_visible()
    page.screenshot(path=str(tmp_path / f"caseload-{server.backend}.png"), full_page=True)

    page.get_by_role("link", name="Today").click()
    page.get_by_role("search", name="Find a client").get_by_label("Find a client by name").fill(MARISOL.split()[0].lower())
    page.get_by_role("button", name="Open").click()  # a unique match opens the client at once
    expect(page).to_have_url(re.compile(r"/clients/[0-9a-f-]{36}$"))
    expect(page.get_by_role("heading", level=1)).to_contain_text(MARISOL)
    profile = page.get_by_role("region", name="Profile", exact=True)
    expect(profile).to_contain_text("1987-03-14")
    expect(profile).to_contain_text("Daniel Ward")
    client_id = page.url.rsplit("/", 1)[1]
    workspace = page.get_by_role("navigation", name="Client workspace")
    expect(workspace.get_by_role("link", name="Overview")).to_have_attribute("aria-current", "page")
    workspace.get_by_role("link", name="Sessions and notes").click()
    expect(page).to_have_url(re.compile(r"\?area=sessions$"))
    expect(workspace.get_by_role("link", name="Sessions and notes")).to_have_attribute("aria-current", "page")
    sessions = page.get_by_role("region", name="Sessions", exact=True)
    expect(sessions).to_contain_text("completed")
    expect(sessions).to_contain_text("scheduled")
    held = page.request.get(f"{server.base_url}/api/v1/clients/{client_id}/appointments").json()
    assert len(held) >= 7, "the demo gives Marisol weekly sessions"
    if sessions.locator("summary").count():  # older sessions folded away
        sessions.locator("summary").first.click()
    shown = sessions.inner_text()
    # Times are shown in the viewer's zone: the demo practice is in America/Los_Angeles.
    zone = ZoneInfo("America/Los_Angeles")
    local = [datetime.fromisoformat(a["starts_at"].replace("Z", "+00:00")).astimezone(zone) for a in held]
    missing = [t for t in local if f"{t:%Y-%m-%d %H:%M} {t:%Z}" not in shown]
    assert not missing, f"sessions not on the page in the practice's zone: {missing}"
    assert_accessible(page)

    page.get_by_role("button", name="Log out").click()
    expect(page).to_have_url(re.compile(r"/login$"))
    expect(page.get_by_role("heading", name="Log in")).to_be_visible()
    page.goto(f"{server.base_url}/caseload")
    expect(page).to_have_url(re.compile(r"/login\?next=/caseload$"))


def test_client_gives_consent_and_downloads_records_from_portal(
    sqlite_server: LiveServer, page: Page, tmp_path: Path
) -> None:
    log_in(page, sqlite_server, CLIENT)
    expect(page).to_have_url(re.compile(r"/portal$"))
    expect(page.get_by_role("heading", name="Hello, Marisol")).to_be_visible()
    page.screenshot(path=str(tmp_path / "portal.png"), full_page=True)
    page.get_by_role("navigation", name="My portal").get_by_role("link", name="My account").click()
    expect(page).to_have_url(re.compile(r"/portal\?area=account$"))
    expect(page.get_by_role("link", name="My account").first).to_be_visible()  # the header's link too

    card = page.locator("div.card").filter(
        has=page.get_by_role("heading", name="Use of de-identified data to check quality and fairness")
    )
    expect(card).to_contain_text("Your choice: not decided")
    card.get_by_role("button", name="I agree").click()
    expect(page).to_have_url(re.compile(r"/portal\?area=account#consent$"))
    expect(card).to_contain_text("Your choice: given")
    expect(card.get_by_role("button", name="Withdraw consent")).to_be_visible()

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download my records (ZIP)").click()
    target = tmp_path / "records.zip"
    download_info.value.save_as(target)
    with zipfile.ZipFile(target) as archive:
        assert {"records.json", "records.html"} <= set(archive.namelist())
        records = json.loads(archive.read("records.json"))
        html = archive.read("records.html").decode()
    assert records["profile"]["family_name"] == "Quintanilla-Ward"
    assert records["profile"]["date_of_birth"] == "1987-03-14"
    assert "Quintanilla-Ward" in html
    decisions = [
        row
        for rows in records.values()
        if isinstance(rows, list)
        for row in rows
        if isinstance(row, dict) and row.get("feature") == "quality_monitoring"
    ]
    assert any(row.get("decision") == "given" for row in decisions), "the consent just given is in the export"


def test_login_form_works_with_keyboard_alone(sqlite_server: LiveServer, page: Page) -> None:
    page.goto(f"{sqlite_server.base_url}/login")
    focused = "document.activeElement && document.activeElement.id"
    assert page.evaluate(focused) == "email", "the e-mail field has the focus when the page opens"
    page.keyboard.type(CLINICIAN)
    page.keyboard.press("Tab")
    assert page.evaluate(focused) == "password"
    page.keyboard.type(DEMO_PASSWORD)
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/today$"))
    # From the top of the page, the first Tab reaches the skip link, which moves the focus to the content.
    page.evaluate("document.activeElement && document.activeElement.blur()")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent.trim()") == "Skip to content"
    page.keyboard.press("Enter")
    assert page.evaluate(focused) == "main"


def test_caseload_and_client_page_fit_a_phone_screen(sqlite_server: LiveServer, browser) -> None:
    context = browser.new_context(viewport={"width": 375, "height": 812}, is_mobile=True, has_touch=True)
    try:
        page = context.new_page()
        log_in(page, sqlite_server, CLINICIAN)
        overflow = "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        expect(page.get_by_role("heading", name="Today", exact=True)).to_be_visible()
        assert page.evaluate(overflow) <= 0, "Today scrolls sideways on a phone"
        page.goto(f"{sqlite_server.base_url}/caseload")
        expect(page.get_by_role("link", name=MARISOL)).to_be_visible()
        assert page.evaluate(overflow) <= 0, "the caseload scrolls sideways on a phone"
        page.get_by_role("link", name=MARISOL).click()
        expect(page.get_by_role("heading", level=1)).to_contain_text(MARISOL)
        assert page.evaluate(overflow) <= 0, "the client page scrolls sideways on a phone"
    finally:
        context.close()


def test_wrong_password_shows_an_error_and_keeps_the_user_out(sqlite_server: LiveServer, page: Page) -> None:
    email, _ = new_staff_user(sqlite_server, "wrongpw")
    log_in(page, sqlite_server, email, "not-the-password")
    expect(page.get_by_role("alert")).to_have_text("Wrong e-mail or password.")
    expect(page.get_by_label("E-mail")).to_have_value(email)
    expect(page.get_by_label("Password")).to_have_value("")
    page.goto(f"{sqlite_server.base_url}/caseload")
    expect(page).to_have_url(re.compile(r"/login"))


def test_wrong_passwords_slow_the_account_down_without_locking_its_owner_out(
        sqlite_server: LiveServer, page: Page) -> None:
    email, password = new_staff_user(sqlite_server, "lockout")
    for _ in range(5):
        log_in(page, sqlite_server, email, "wrong-password-123")
        expect(page.get_by_role("alert")).to_have_text("Wrong e-mail or password.")
    # The same answer as for an e-mail nobody has: a wait, never a lock that names the account.
    log_in(page, sqlite_server, email, "wrong-password-123")
    expect(page.get_by_role("alert")).to_contain_text("Too many log-in attempts")
    page.wait_for_timeout(2500)  # the account's short wait passes; the owner gets in
    log_in(page, sqlite_server, email, password)
    expect(page).not_to_have_url(re.compile(r"/login"))
    page.context.clear_cookies()
    page.goto(f"{sqlite_server.base_url}/caseload")
    expect(page).to_have_url(re.compile(r"/login"))


def _set_practice_mfa(page: Page, server: LiveServer, on: bool) -> None:
    page.goto(f"{server.base_url}/admin/practice")
    box = page.get_by_role("checkbox", name=re.compile("Require a second factor"))
    box.set_checked(on)
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_role("checkbox", name=re.compile("Require a second factor"))).to_be_checked(checked=on)


def test_supervisor_enrols_totp_when_admin_requires_mfa(sqlite_server: LiveServer, browser) -> None:
    admin_context, context = browser.new_context(), browser.new_context()
    admin = admin_context.new_page()
    try:
        log_in(admin, sqlite_server, ADMIN)
        expect(admin).to_have_url(re.compile(r"/caseload$"))
        admin.get_by_role("link", name="Practice", exact=True).click()
        _set_practice_mfa(admin, sqlite_server, True)
        expect(admin.get_by_text("Staff can log in with a password alone")).to_have_count(0)

        page = context.new_page()
        log_in(page, sqlite_server, SUPERVISOR)
        expect(page).to_have_url(re.compile(r"/login/mfa$"))
        expect(page.get_by_role("heading", name="Set up your authenticator")).to_be_visible()
        secret = page.locator("#mfa-secret").inner_text().strip()
        assert re.fullmatch(r"[A-Z2-7]{16,}", secret), secret
        page.get_by_label("Six-digit code").fill(
            "000000" if pyotp.TOTP(secret).now() != "000000" else "111111"
        )
        page.get_by_role("button", name="Continue").click()
        expect(page.get_by_role("alert")).to_contain_text("code is not right")
        expect(page.locator("#mfa-secret")).to_have_text(secret)  # the same key is shown again
        page.get_by_label("Six-digit code").fill(pyotp.TOTP(secret).now())
        page.get_by_role("button", name="Continue").click()
        expect(page).to_have_url(re.compile(r"/today$"))
        expect(page.get_by_role("heading", name="Today", exact=True)).to_be_visible()
    finally:
        _set_practice_mfa(admin, sqlite_server, False)  # other tests log staff in with a password alone
        # ... including the supervisor, whose new authenticator is reset (Admin -> Users) for the tests after this one.
        csrf = admin.locator('meta[name="csrf-token"]').get_attribute("content")
        users = admin.request.get(f"{sqlite_server.base_url}/api/v1/users").json()
        supervisor = next(u for u in users if u["email"] == SUPERVISOR)
        reset = admin.request.patch(f"{sqlite_server.base_url}/api/v1/users/{supervisor['id']}",
                                    headers={"X-CSRF-Token": csrf}, data={"reset_mfa": True})
        assert reset.ok, reset.text()
        context.close()
        admin_context.close()
