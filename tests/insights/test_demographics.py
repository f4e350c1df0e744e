"""Demographics a client may give in the portal (and staff record), with "prefer not to say" kept apart."""

from __future__ import annotations

from sqlalchemy import select

from alliance.accounts.models import Role
from alliance.clients.models import ClientDemographics
from alliance.consent.models import Feature
from tests.support.factories import make_client, make_consent, make_practice, make_user, token_headers


async def _world(session, consent: bool = True):
    practice = await make_practice(session)
    clinician = await make_user(session, practice, Role.clinician)
    client = await make_client(session, practice, clinician=clinician, preferred_language="de")
    portal = await make_user(session, practice, Role.client, client=client)
    if consent:
        await make_consent(session, client, Feature.quality_monitoring)
    return clinician, client, portal


async def test_client_gives_changes_and_removes_their_answers_in_the_portal(session, http):
    _, client, portal = await _world(session)
    client_id = client.id
    headers = await token_headers(session, portal)
    page = await http.get("/portal?area=account", headers=headers)
    assert page.status_code == 200 and "Über mich (freiwillig)" in page.text and "Möchte ich nicht sagen" in page.text
    res = await http.post("/portal/demographics", headers=headers,
                          data={"gender_identity": "woman", "ethnicity": "prefer_not_to_say", "sexual_orientation": ""})
    assert res.status_code == 303
    row = await session.scalar(select(ClientDemographics).where(ClientDemographics.client_id == client_id))
    assert (row.gender_identity, row.ethnicity, row.sexual_orientation) == ("woman", "prefer_not_to_say", None)
    assert b"woman" not in (row.gender_identity_ct or b"")  # encrypted at rest
    res = await http.post("/portal/demographics", headers=headers, data={"remove": "yes"})
    assert res.status_code == 303
    session.expire_all()
    assert await session.scalar(select(ClientDemographics).where(ClientDemographics.client_id == client_id)) is None


async def test_without_consent_the_form_is_not_offered_and_a_post_is_refused(session, http):
    _, client, portal = await _world(session, consent=False)
    headers = await token_headers(session, portal)
    page = await http.get("/portal?area=account", headers=headers)
    assert "Save my answers" not in page.text and "Meine Antworten speichern" not in page.text
    res = await http.post("/portal/demographics", headers=headers, data={"gender_identity": "man"})
    assert res.status_code in (400, 403, 409)


async def test_an_answer_not_offered_is_a_400(session, http):
    _, client, portal = await _world(session)
    headers = await token_headers(session, portal)
    res = await http.post("/portal/demographics", headers=headers, data={"gender_identity": "<script>"})
    assert res.status_code == 400


async def test_staff_record_answers_on_the_client_overview(session, http):
    clinician, client, _ = await _world(session)
    client_id = client.id
    headers = await token_headers(session, clinician)
    page = await http.get(f"/clients/{client_id}", headers=headers)
    assert page.status_code == 200 and "Save the client's answers" in page.text
    res = await http.post(f"/clients/{client_id}/demographics", headers=headers,
                          data={"sexual_orientation": "bisexual"})
    assert res.status_code == 303
    row = await session.scalar(select(ClientDemographics).where(ClientDemographics.client_id == client_id))
    assert row.sexual_orientation == "bisexual"
