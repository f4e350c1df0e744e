"""Staff pages for intake: the waitlist in order with reasons and breaches, one referral with its answers and
triage history, a tier change with a reason, staff entry, conversion to a client, the targets, and Today."""

from __future__ import annotations

import re
from datetime import date, timedelta

from sqlalchemy import select

from alliance.accounts.models import Role
from alliance.db.base import utcnow
from alliance.intake import service
from alliance.intake.models import Referral, TierChange
from alliance.intake.schemas import ReferralCreate
from alliance.security.audit import Actor
from tests.support.factories import make_practice, make_user, token_headers

LOW = {"phq9": [0, 1, 0, 1, 0, 0, 0, 0, 0], "gad7": [1, 0, 0, 0, 1, 0, 0],
       "cssrs_screener": [0, 0, None, None, None, 0, None]}
ITEM9 = {"phq9": [2, 2, 2, 2, 1, 2, 1, 1, 2], "gad7": [1, 1, 1, 1, 1, 1, 1],
         "cssrs_screener": [1, 0, None, None, None, 0, None]}


async def make_referral(session, practice, *, given="Jo", measures=None, text="Feeling low.",  # noqa: ANN001
                        days=0, **extra) -> Referral:
    data = ReferralCreate(given_name=given, family_name="Tester", date_of_birth=date(1988, 1, 2),
                          email=f"{given.lower()}@example.org", text=text, measures=measures or LOW,
                          consent_to_processing=True, **extra)
    submitted = await service.create_referral(session, Actor.system(practice.id), practice.id, data, source="staff")
    referral = await session.get(Referral, submitted.referral_id)
    referral.waiting_since = utcnow() - timedelta(days=days)
    await session.flush()
    return referral


async def _staff(session):  # noqa: ANN001, ANN202
    practice = await make_practice(session)
    clinician = await make_user(session, practice, Role.clinician)
    admin = await make_user(session, practice, Role.admin)
    return practice, await token_headers(session, clinician), await token_headers(session, admin), clinician


async def test_the_waitlist_is_ordered_by_tier_then_time_waited_with_reasons_and_breaches(session, http):
    practice, me, admin, _ = await _staff(session)
    await make_referral(session, practice, given="Routine", days=200)
    await make_referral(session, practice, given="Urgentnew", measures=ITEM9, days=1)
    await make_referral(session, practice, given="Urgentold", measures=ITEM9, days=12)
    page = await http.get("/intake", headers=me)
    assert page.status_code == 200
    html = page.text
    names = re.findall(r'<a href="/intake/referrals/[0-9a-f-]{36}">(\w+) Tester</a>', html)
    assert names == ["Urgentold", "Urgentnew", "Routine"]
    assert "PHQ-9 question 9" in html  # the reason names the answer it rests on
    assert html.count('class="breach"') >= 2  # the old urgent one (target 7 days) and the 200-day routine one
    assert 'aria-current="page"' in html and ">Waitlist<" in html
    hidden = (await http.get("/intake", headers=admin)).text  # admins see who waits, not why
    assert "clinical content hidden" in hidden and "question 9" not in hidden
    only = (await http.get("/intake?tier=routine", headers=me)).text
    assert "Routine Tester" in only and "Urgentold" not in only


async def test_a_referral_shows_answers_reasons_and_history_and_a_tier_change_is_recorded(session, http):
    practice, me, _, clinician = await _staff(session)
    referral = await make_referral(session, practice, measures=ITEM9, text="I can't sleep and I feel hopeless.")
    page = await http.get(f"/intake/referrals/{referral.id}", headers=me)
    assert page.status_code == 200
    html = page.text
    assert "I can&#39;t sleep and I feel hopeless." in html and "Triage history" in html
    assert re.search(r"Rules v\d", html) and "Suggested clinicians" in html
    assert "Little interest or pleasure in doing things: <strong>More than half the days (2)</strong>" in html
    refused = await http.post(f"/intake/referrals/{referral.id}/tier", headers=me,
                              data={"to_tier": "soon", "reason_code": "other", "note": ""})
    assert refused.status_code == 400 and "say why in the note" in refused.text
    assert '<option value="soon" selected>Soon</option>' in refused.text  # the choice is kept
    done = await http.post(f"/intake/referrals/{referral.id}/tier", headers=me,
                           data={"to_tier": "soon", "reason_code": "less_risk_on_contact",
                                 "note": "Spoke on the phone: passive thoughts only, safety plan in place."})
    assert done.status_code == 303 and done.headers["location"].endswith("?done=tier")
    change = (await session.execute(select(TierChange).where(TierChange.referral_id == referral.id))).scalar_one()
    assert (change.from_tier, change.to_tier, change.reason_code) == ("urgent", "soon", "less_risk_on_contact")
    assert change.changed_by == clinician.id and "passive thoughts only" in change.note
    after = (await http.get(f"/intake/referrals/{referral.id}?done=tier", headers=me)).text
    assert "The tier is saved, with your reason." in after and "urgent → soon" in after


async def test_staff_entry_triages_and_keeps_the_form_on_a_mistake(session, http):
    practice, me, _, _ = await _staff(session)
    form = {"consent": "yes", "given_name": "Sam", "family_name": "Okoro", "phone": "+44 20 7946 0000",
            "birth_date": "1979-02-03", "country": "GB", "language": "en", "text": "Referred by the GP for anxiety.",
            "harm_others_thoughts": "no", "child_at_risk": "no", "unsafe_at_home": "no",
            "trauma_disrupts_life": "no", "referrer": "Dr Patel, Riverside GP"}
    form |= {f"phq9_{n}": "1" for n in range(1, 10)} | {f"gad7_{n}": "2" for n in range(1, 8)}
    form |= {"cssrs_1": "0", "cssrs_2": "0", "cssrs_6": "0"}
    blank = await http.get("/intake/new", headers=me)
    assert blank.status_code == 200 and "Enter a referral" in blank.text and "Referred by" in blank.text
    wrong = await http.post("/intake/new", headers=me, data=form | {"birth_date": "03/02/1979"})
    assert wrong.status_code == 400 and 'id="err-birth_date"' in wrong.text and "Referred by the GP" in wrong.text
    saved = await http.post("/intake/new", headers=me, data=form)
    assert saved.status_code == 303
    page = await http.get(saved.headers["location"], headers=me)
    assert "The referral is saved and triaged" in page.text and "Dr Patel, Riverside GP" in page.text
    referral = (await session.execute(select(Referral).where(Referral.practice_id == practice.id))).scalar_one()
    assert referral.source == "staff" and referral.tier is not None and referral.country == "GB"


async def test_converting_opens_the_new_clients_page_with_the_intake_scores_as_baseline(session, http):
    practice, me, _, clinician = await _staff(session)
    referral = await make_referral(session, practice, given="Casey")
    done = await http.post(f"/intake/referrals/{referral.id}/convert", headers=me, data={"clinician_id": ""})
    assert done.status_code == 303
    match = re.fullmatch(r"/clients/([0-9a-f-]{36})\?area=measures", done.headers["location"])
    assert match
    measures = await http.get(done.headers["location"], headers=me)
    assert measures.status_code == 200 and "Casey" in measures.text and "PHQ-9" in measures.text
    await session.refresh(referral)
    assert referral.status == "converted" and str(referral.client_id) == match.group(1)
    closed = (await http.get(f"/intake/referrals/{referral.id}", headers=me)).text
    assert "Now a client" in closed and f"/clients/{match.group(1)}" in closed


async def test_the_admin_sets_the_targets_and_a_bad_value_is_refused(session, http):
    practice, me, admin, _ = await _staff(session)
    page = await http.get("/admin/intake", headers=admin)
    assert page.status_code == 200 and 'name="urgent"' in page.text and f"/refer/{practice.slug}" in page.text
    wrong = await http.post("/admin/intake", headers=admin, data={"emergency": "0", "urgent": "soon"})
    assert wrong.status_code == 400 and "whole number of days" in wrong.text and 'value="soon"' in wrong.text
    saved = await http.post("/admin/intake", headers=admin,
                            data={"emergency": "0", "urgent": "5", "soon": "21", "routine": ""})
    assert saved.status_code == 200 and "targets are saved" in saved.text
    settings = await service.get_settings(session, Actor(None, "admin", practice.id))
    assert settings.targets["urgent"] == 5 and settings.targets["routine"] is None
    assert (await http.get("/admin/intake", headers=me)).status_code == 403


async def test_today_shows_emergency_and_urgent_referrals_and_open_alerts(session, http):
    practice, me, _, _ = await _staff(session)
    await make_referral(session, practice, given="Urgent", measures=ITEM9, days=10)
    await make_referral(session, practice, given="Crisis", text="I have a plan to kill myself tonight with pills.")
    page = await http.get("/today", headers=me)
    assert page.status_code == 200
    html = page.text
    assert "Referrals waiting" in html and "1 emergency" in html and "1 urgent" in html
    assert "Crisis Tester" in html and "past their tier" in html


async def test_a_client_cannot_reach_the_staff_pages(session, http):
    practice = await make_practice(session)
    from tests.support.factories import make_client

    clinician = await make_user(session, practice, Role.clinician)
    client = await make_client(session, practice, clinician=clinician)
    me = await token_headers(session, await make_user(session, practice, Role.client, client=client))
    referral = await make_referral(session, practice)
    for path in ("/intake", "/intake/new", f"/intake/referrals/{referral.id}", "/admin/intake"):
        assert (await http.get(path, headers=me)).status_code in (403, 404), path
