"""Clinicians' modalities in the suggested clinicians: a referral's "how you would like to meet" ranks the
clinicians who offer it first and says why in words, hides no one, says when no clinician offers it, and combines
with the clinician-gender preference. Staff set their modalities on their account page; admins on the users page
(tests/accounts/test_staff_modalities.py)."""

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
    await make_user(session, practice, Role.admin, modalities=["phone"])  # admins are never suggested
    room = await make_user(session, practice, Role.clinician, display_name="Aaron Room", modalities=["in_person"])
    video = await make_user(session, practice, Role.clinician, display_name="Zoe Video", gender="woman",
                            modalities=["video", "in_person"])
    unsaid = await make_user(session, practice, Role.supervisor, display_name="Cal Unsaid")
    return practice, room, video, unsaid


async def test_a_modality_preference_ranks_offering_clinicians_first_and_hides_no_one(session) -> None:
    practice, room, video, unsaid = await team(session)
    # Without the preference the Spanish speaker would come first; the preference puts the one who offers video first.
    await service.set_clinician_profile(session, actor(room), room.id, ClinicianProfileUpdate(languages=["es"]))
    submitted = await service.create_referral(
        session, None, practice.id, referral(preferred_language="es", preferences={"modality": "video"}))
    match = await service.match_clinicians(session, actor(room), submitted.referral_id)
    order = [s.user_id for s in match.suggestions]
    assert order == [video.id, room.id, unsaid.id]  # no one is hidden; language still ranks the rest
    top = match.suggestions[0]
    assert "offers sessions by video, as preferred" in top.why and top.offers_modality is True
    assert top.modalities == ["in_person", "video"]  # stored in the listed order
    assert "speaks Spanish" in match.suggestions[1].why
    assert [s.offers_modality for s in match.suggestions[1:]] == [False, False]
    assert (match.modality_preference, match.modality_matches, match.notes) == ("video", 1, [])
    assert match.gender_preference is None and all(s.matches_gender is None for s in match.suggestions)
    event = (await session.execute(select(AuditEvent).where(AuditEvent.action == "intake.suggestions",
                                                            AuditEvent.resource_id == str(submitted.referral_id))
             )).scalars().one()
    assert "modality_matches=1" in event.detail  # counts only, no names


async def test_no_clinician_offering_it_is_said_and_not_stated_matches_nothing(session) -> None:
    practice, room, video, unsaid = await team(session)
    submitted = await service.create_referral(
        session, None, practice.id, referral(preferences={"modality": "phone"}))  # only the admin offers phone
    match = await service.match_clinicians(session, actor(video), submitted.referral_id)
    assert len(match.suggestions) == 3 and match.modality_matches == 0
    assert match.notes == ["No clinician offers sessions by phone; the suggestions are by language, specialism and "
                           "availability."]
    assert not any("as preferred" in " ".join(s.why) for s in match.suggestions)
    # "No preference": the usual order, no note, and offers_modality is null.
    plain = await service.create_referral(session, None, practice.id,
                                          referral(preferences={"modality": "no_preference"}))
    match = await service.match_clinicians(session, actor(video), plain.referral_id)
    assert [s.display_name for s in match.suggestions] == ["Aaron Room", "Cal Unsaid", "Zoe Video"]
    assert match.modality_preference is None and match.notes == []
    assert all(s.offers_modality is None for s in match.suggestions)


async def test_an_offering_clinician_who_is_away_keeps_the_words_but_not_the_place(session) -> None:
    practice, room, video, unsaid = await team(session)
    video.away = True
    await session.flush()
    submitted = await service.create_referral(
        session, None, practice.id, referral(preferences={"modality": "video"}))
    match = await service.match_clinicians(session, actor(room), submitted.referral_id)
    assert match.suggestions[-1].user_id == video.id and "away" in match.suggestions[-1].why
    assert "offers sessions by video, as preferred" in match.suggestions[-1].why
    assert match.notes == ["The clinicians who offer sessions by video are away or not taking new people."]


async def test_who_matches_both_preferences_comes_before_who_matches_one(session) -> None:
    practice, room, video, unsaid = await team(session)
    both = await make_user(session, practice, Role.clinician, display_name="Bea Both", gender="woman",
                           modalities=["in_person"])
    submitted = await service.create_referral(
        session, None, practice.id, referral(preferences={"modality": "in_person", "clinician_gender": "woman"}))
    match = await service.match_clinicians(session, actor(room), submitted.referral_id)
    names = [s.display_name for s in match.suggestions]
    # Bea and Zoe match both (by name), Aaron one (in person), Cal none.
    assert names == ["Bea Both", "Zoe Video", "Aaron Room", "Cal Unsaid"]
    assert match.suggestions[0].user_id == both.id
    assert match.suggestions[2].offers_modality is True and match.suggestions[2].matches_gender is False
    assert (match.gender_matches, match.modality_matches, match.notes) == (2, 3, [])


async def test_the_referral_page_and_api_show_the_modality_match_in_words(session, http) -> None:
    practice, room, video, unsaid = await team(session)
    me = await token_headers(session, room)
    wanted = await service.create_referral(session, None, practice.id, referral(preferences={"modality": "video"}))
    html = (await http.get(f"/intake/referrals/{wanted.referral_id}", headers=me)).text
    section = html[html.index('id="match-h"'):html.index("Treating clinician")]
    names = re.findall(r"<li><strong>([^<]+)</strong>", section)
    assert names == ["Zoe Video", "Aaron Room", "Cal Unsaid"]
    assert "Zoe Video</strong>: offers sessions by video, as preferred" in section
    assert "those who offer sessions by video and are taking new people come first" in section
    none = await service.create_referral(session, None, practice.id, referral(preferences={"modality": "phone"}))
    html = (await http.get(f"/intake/referrals/{none.referral_id}", headers=me)).text
    assert "No clinician offers sessions by phone" in html
    api = await http.get(f"/api/v1/intake/referrals/{wanted.referral_id}/suggestions", headers=me)
    assert api.status_code == 200
    body = api.json()
    assert body[0]["user_id"] == str(video.id) and body[0]["offers_modality"] is True
    assert body[0]["modalities"] == ["in_person", "video"]
    assert [b["offers_modality"] for b in body[1:]] == [False, False]
