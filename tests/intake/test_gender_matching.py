"""Clinician gender in the suggested clinicians: a referral's stated preference ranks the clinicians who match it
first and says why in words, hides no one, says when no clinician matches, and leaves language matching as it was.
Staff set their gender on their account page; admins on the users page (tests/accounts/test_staff_gender.py)."""

from __future__ import annotations

import re
import uuid
from datetime import date

from sqlalchemy import select

from alliance.accounts.models import Role
from alliance.intake import service
from alliance.intake.schemas import ClinicianProfileUpdate, ReferralCreate
from alliance.security.models import AuditEvent
from tests.support.factories import actor, make_practice, make_user, token_headers

MILD = {"phq9": [1, 1, 1, 0, 1, 0, 0, 0, 0], "gad7": [1, 0, 1, 0, 0, 1, 0]}


def referral(**overrides) -> ReferralCreate:
    data = {"given_name": "Noor", "family_name": f"Haddad-{uuid.uuid4().hex[:6]}", "date_of_birth": date(1993, 7, 1),
            "email": "noor@example.org", "preferred_language": "en", "country": "US",
            "text": "I have been anxious at work for months.", "measures": MILD,
            "consent_to_processing": True} | overrides
    return ReferralCreate(**data)


async def team(session):  # noqa: ANN001, ANN201
    practice = await make_practice(session)
    admin = await make_user(session, practice, Role.admin, gender="woman")  # admins are never suggested
    man = await make_user(session, practice, Role.clinician, display_name="Aaron Man", gender="man")
    woman = await make_user(session, practice, Role.clinician, display_name="Zoe Woman", gender="woman")
    unsaid = await make_user(session, practice, Role.clinician, display_name="Bea Unsaid", gender="prefer_not_to_say")
    unknown = await make_user(session, practice, Role.supervisor, display_name="Cal Unknown")
    return practice, admin, man, woman, unsaid, unknown


async def test_a_gender_preference_ranks_matching_clinicians_first_and_hides_no_one(session) -> None:
    practice, admin, man, woman, unsaid, unknown = await team(session)
    # Without the preference the Spanish speaker would come first; the preference puts the woman first.
    await service.set_clinician_profile(session, actor(man), man.id, ClinicianProfileUpdate(languages=["es"]))
    submitted = await service.create_referral(
        session, None, practice.id, referral(preferred_language="es", preferences={"clinician_gender": "woman"}))
    match = await service.match_clinicians(session, actor(man), submitted.referral_id)
    order = [s.user_id for s in match.suggestions]
    assert order[0] == woman.id and set(order) == {man.id, woman.id, unsaid.id, unknown.id}  # no one is hidden
    top = match.suggestions[0]
    assert "matches the preference for a woman clinician" in top.why and top.matches_gender is True
    assert "speaks Spanish" in match.suggestions[1].why and match.suggestions[1].user_id == man.id  # language holds
    assert [s.matches_gender for s in match.suggestions[1:]] == [False, False, False]
    assert (match.gender_preference, match.gender_matches, match.notes) == ("woman", 1, [])
    event = (await session.execute(select(AuditEvent).where(AuditEvent.action == "intake.suggestions",
                                                            AuditEvent.resource_id == str(submitted.referral_id))
             )).scalars().one()
    assert "gender_matches=1" in event.detail  # counts only, no names


async def test_no_match_is_said_and_not_stated_or_prefer_not_to_say_match_nothing(session) -> None:
    practice, admin, man, woman, unsaid, unknown = await team(session)
    submitted = await service.create_referral(
        session, None, practice.id, referral(preferences={"clinician_gender": "non_binary"}))
    match = await service.match_clinicians(session, actor(woman), submitted.referral_id)
    assert len(match.suggestions) == 4 and match.gender_matches == 0
    assert match.notes == ["No clinician matches the preference for a non-binary clinician; the suggestions are by "
                           "language, specialism and availability."]
    assert not any("matches the preference" in " ".join(s.why) for s in match.suggestions)
    # No preference: the order is the one before this feature (by score, then caseload, then name) and no note.
    plain = await service.create_referral(session, None, practice.id, referral())
    match = await service.match_clinicians(session, actor(woman), plain.referral_id)
    assert [s.display_name for s in match.suggestions] == ["Aaron Man", "Bea Unsaid", "Cal Unknown", "Zoe Woman"]
    assert match.gender_preference is None and match.notes == []
    assert all(s.matches_gender is None for s in match.suggestions)


async def test_a_matching_clinician_who_is_away_does_not_jump_the_queue_but_is_still_named(session) -> None:
    practice, admin, man, woman, unsaid, unknown = await team(session)
    woman.away = True
    await session.flush()
    submitted = await service.create_referral(
        session, None, practice.id, referral(preferences={"clinician_gender": "woman"}))
    match = await service.match_clinicians(session, actor(man), submitted.referral_id)
    assert match.suggestions[-1].user_id == woman.id and "away" in match.suggestions[-1].why
    assert "matches the preference for a woman clinician" in match.suggestions[-1].why
    assert match.gender_matches == 1
    assert match.notes == ["The clinicians who match the preference for a woman clinician are away or not taking "
                           "new people."]


async def test_the_referral_page_and_api_show_the_match_in_words(session, http) -> None:
    practice, admin, man, woman, unsaid, unknown = await team(session)
    me = await token_headers(session, man)
    wanted = await service.create_referral(
        session, None, practice.id, referral(preferences={"clinician_gender": "woman"}))
    html = (await http.get(f"/intake/referrals/{wanted.referral_id}", headers=me)).text
    section = html[html.index('id="match-h"'):html.index("Treating clinician")]
    names = re.findall(r"<li><strong>([^<]+)</strong>", section)
    assert names[0] == "Zoe Woman" and len(names) == 4
    assert "Zoe Woman</strong>: matches the preference for a woman clinician" in section
    assert "those who match the preference for a woman clinician and are taking new people come first" in section
    none = await service.create_referral(
        session, None, practice.id, referral(preferences={"clinician_gender": "non_binary"}))
    html = (await http.get(f"/intake/referrals/{none.referral_id}", headers=me)).text
    assert "No clinician matches the preference for a non-binary clinician" in html
    assert len(re.findall(r"<li><strong>", html[html.index('id="match-h"'):html.index("Treating clinician")])) == 4
    api = await http.get(f"/api/v1/intake/referrals/{wanted.referral_id}/suggestions", headers=me)
    assert api.status_code == 200
    body = api.json()
    assert body[0]["user_id"] == str(woman.id) and body[0]["matches_gender"] is True
    assert "matches the preference for a woman clinician" in body[0]["why"]
    assert [b["matches_gender"] for b in body[1:]] == [False, False, False]
