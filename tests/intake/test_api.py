"""The intake JSON API: staff entry triaged at once, payload errors as 422 with the field named, a rules file
that fails validation refused with a 400 naming the place, and the waitlist in order."""

from __future__ import annotations

from alliance.accounts.models import Role
from tests.support.factories import make_practice, make_user, token_headers

REFERRAL = {
    "given_name": "Sam",
    "family_name": "Okafor",
    "date_of_birth": "1988-07-01",
    "country": "GB",
    "consent_to_processing": True,
    "text": "",
    "measures": {"phq9": [3, 3, 3, 3, 3, 3, 2, 2, 0], "cssrs_screener": [0, 0, 0, 0, 0, 0, None]},
}


async def test_staff_entry_is_triaged_and_appears_on_the_waitlist(session, http) -> None:
    practice = await make_practice(session)
    clinician = await make_user(session, practice, Role.clinician)
    headers = await token_headers(session, clinician)
    created = await http.post("/api/v1/intake/referrals", json=REFERRAL, headers=headers)
    assert created.status_code == 201 and created.json()["tier"] == "urgent"
    listed = (await http.get("/api/v1/intake/waitlist", headers=headers)).json()
    assert [i["id"] for i in listed["items"]] == [created.json()["referral_id"]]
    assert listed["items"][0]["name"] == "Sam Okafor" and "PHQ-9 total 22" in listed["items"][0]["reasons"][0]


async def test_payload_errors_are_422_and_bad_rules_are_400(session, http) -> None:
    practice = await make_practice(session)
    supervisor = await make_user(session, practice, Role.supervisor)
    headers = await token_headers(session, supervisor)
    no_consent = await http.post(
        "/api/v1/intake/referrals", json=REFERRAL | {"consent_to_processing": False}, headers=headers
    )
    assert no_consent.status_code == 422 and "consent" in no_consent.text
    bad_answer = await http.post(
        "/api/v1/intake/referrals", json=REFERRAL | {"measures": {"gad7": [4] * 7}}, headers=headers
    )
    assert bad_answer.status_code == 422 and "not a valid answer" in bad_answer.text
    bad_rules = await http.put(
        "/api/v1/intake/rules", json={"yaml": "version: p-1\nsources: {}\nrules: []\n"}, headers=headers
    )
    assert bad_rules.status_code == 400 and bad_rules.json()["error"] == "RulesInvalid"
    assert "rules" in bad_rules.json()["detail"]
