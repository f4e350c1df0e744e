"""Intake in a real browser, as a new user would try it: a person refers themselves in French through the public
page and writes of a plan, and sees the crisis lines for France at once; the on-call clinician gets the alert;
another referral lands as routine; the clinician sees the waitlist in order with the reasons, changes one tier with
a reason, and converts a referral into a client whose page shows the intake scores as the baseline. axe-core on
every new page."""

from __future__ import annotations

import re
import time
import uuid

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.helpers import ADMIN, LiveServer, assert_accessible
from tests.e2e.test_browser import log_in

pytestmark = pytest.mark.browser

ON_CALL = "clinician2@riverside.example.org"  # the demo's on-call clinician (safety settings)
RANK = {"Emergency": 0, "Urgent": 1, "Soon": 2, "Routine": 3}


def _refer(page: Page, server: LiveServer, *, given: str, lang: str, country: str, text: str,
           phq9: int, cssrs: list[int]) -> None:
    """Open the public page in `lang`, fill it in like a person would, and send it once the minimum time is up."""
    page.goto(f"{server.base_url}/refer/demo")
    page.get_by_role("navigation", name=re.compile("Language|Langue")).get_by_role(
        "link", name={"fr": "Français", "en": "English"}[lang]).click()
    expect(page.locator("html")).to_have_attribute("lang", lang)
    shown = time.monotonic()
    form = page.locator("form.intake-form")
    form.locator("#f-consent").check()
    form.locator("#f-given_name").fill(given)
    form.locator("#f-family_name").fill("Essai")
    form.locator("#f-email").fill(f"{given.lower()}@example.org")
    form.locator("#f-birth_date").fill("1990-04-21")
    form.locator("#f-country").select_option(country)
    form.locator("#f-language").select_option(lang)
    form.locator("#f-text").fill(text)
    for n in range(1, 10):
        form.locator(f'input[name="phq9_{n}"][value="{phq9}"]').check()
    for n in range(1, 8):
        form.locator(f'input[name="gad7_{n}"][value="1"]').check()
    for item, value in zip(("cssrs_1", "cssrs_2", "cssrs_3", "cssrs_4", "cssrs_5", "cssrs_6"), cssrs):
        if item in ("cssrs_3", "cssrs_4", "cssrs_5") and not cssrs[1]:
            continue
        form.locator(f'input[name="{item}"][value="{value}"]').check()
    for name in ("harm_others_thoughts", "child_at_risk", "unsafe_at_home", "trauma_disrupts_life"):
        form.locator(f'input[name="{name}"][value="no"]').check()
    page.wait_for_timeout(max(0, int((4.5 - (time.monotonic() - shown)) * 1000)))  # the form's minimum fill time
    # The first text a fresh server screens loads the crisis screen's encoder: allow it the time.
    form.locator('button[type="submit"]').click(timeout=90_000)


def test_self_referral_to_waitlist_to_client(sqlite_server: LiveServer, page: Page) -> None:
    server = sqlite_server
    tag = uuid.uuid4().hex[:4]
    french, routine = f"Amelie{tag}", f"Rowan{tag}"

    page.goto(f"{server.base_url}/refer/demo?lang=fr")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Faire une demande")
    assert_accessible(page, name="public referral page (fr)")

    # In French, with a plan: the crisis lines for France, at once.
    _refer(page, server, given=french, lang="fr", country="FR", phq9=3, cssrs=[1, 1, 1, 1, 1, 0],
           text="Je n'en peux plus. J'ai un plan : ce soir je prends tous mes médicaments.")
    expect(page.get_by_role("heading", level=1)).to_have_text("Demandez de l'aide maintenant", timeout=90_000)
    crisis = page.get_by_role("region", name="De l'aide maintenant")
    expect(crisis).to_contain_text("France")
    expect(crisis).to_contain_text("3114")
    assert_accessible(page, name="emergency answer (fr)")

    # Another referral lands as routine.
    _refer(page, server, given=routine, lang="en", country="US", phq9=0, cssrs=[0, 0, 0, 0, 0, 0],
           text="I would like some help adjusting to a new city.")
    expect(page.get_by_role("heading", level=1)).to_have_text("Thank you: your referral has been sent")
    assert_accessible(page, name="thank-you page")

    # The on-call clinician sees the alert on Today, then the waitlist in order with the reasons.
    log_in(page, server, ON_CALL)
    section = page.get_by_role("region", name=re.compile("Referrals waiting"))
    expect(section).to_contain_text(f"{french} Essai")
    assert_accessible(page, name="today with referrals")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Waitlist").click()
    rows = page.get_by_role("table", name="Waiting referrals").locator("tbody tr")
    expect(rows.first).to_contain_text(f"{french} Essai")
    expect(rows.first).to_contain_text("Emergency")
    tiers = [RANK[t] for t in rows.locator("td:first-child .tier").all_inner_texts()]
    assert tiers == sorted(tiers), tiers
    expect(rows.first).to_contain_text("C-SSRS")  # the reason names the answer it rests on
    assert_accessible(page, name="waitlist")

    # The routine referral: change its tier with a reason, then make them a client.
    row = rows.filter(has_text=f"{routine} Essai")
    expect(row).to_contain_text("Routine")
    row.get_by_role("link", name=f"{routine} Essai").click()
    assert_accessible(page, name="referral page")
    page.get_by_label("Tier", exact=True).select_option("soon")
    page.get_by_label("Reason").select_option("more_risk_on_contact")
    page.get_by_label(re.compile("In your words")).fill("On the phone: not sleeping, struggling at work.")
    page.get_by_role("button", name="Save the tier").click()
    expect(page.locator(".flash")).to_contain_text("The tier is saved, with your reason.")
    expect(page.get_by_role("region", name="Triage history")).to_contain_text("routine → soon")
    page.get_by_role("button", name="Make them a client").click()
    expect(page).to_have_url(re.compile(r"/clients/[0-9a-f-]{36}\?area=measures$"))
    expect(page.locator("main")).to_contain_text(routine)
    expect(page.locator("main")).to_contain_text("PHQ-9")
    assert_accessible(page, name="new client's measures")

    # The other new pages: staff entry, the monthly check a waiting person opens from the e-mail, its reading.
    page.goto(f"{server.base_url}/intake/new")
    assert_accessible(page, name="staff entry")
    page.goto(f"{server.base_url}/intake")
    href = page.get_by_role("link", name="Annette Moreau-Diallo").get_attribute("href")
    page.goto(f"{server.base_url}/intake/check/{_check_token(server, href.rsplit('/', 1)[-1])}")
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    expect(page.get_by_role("heading", level=1)).to_have_text("Comment allez-vous pendant l'attente ?")
    assert_accessible(page, name="monthly check (fr)")
    page.get_by_role("link", name="Comment fonctionne la thérapie").click()
    assert_accessible(page, name="reading while waiting")
    page.context.clear_cookies()
    log_in(page, server, ADMIN)
    page.goto(f"{server.base_url}/admin/intake")
    # Other browser tests on this server may have changed the targets: set the default back and see it kept.
    page.get_by_label("Urgent (days)").fill("7")
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_label("Urgent (days)")).to_have_value("7")
    assert_accessible(page, name="intake targets")


def _check_token(server: LiveServer, referral_id: str) -> str:
    """The signed link the monthly e-mail carries, made with the server's own key."""
    from itsdangerous import URLSafeTimedSerializer

    from alliance.intake.waiting import _SALT

    return URLSafeTimedSerializer(server.env["ALLIANCE_SECRET_KEY"], salt=_SALT).dumps(
        {"r": referral_id, "s": int(time.time())})
