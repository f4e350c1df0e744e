"""A referral from another service as a FHIR R4 QuestionnaireResponse: linkIds, LOINC codes and grouped positions
are read into the instruments, a contained Patient gives the person's details, and bad input is a typed 400/422
with a clear message, never a half-stored referral."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from alliance.accounts.models import Role
from alliance.errors import BadRequest
from alliance.intake import fhir
from alliance.intake.models import Referral
from tests.support.factories import make_client, make_practice, make_user, token_headers

URL = "/api/v1/intake/fhir/QuestionnaireResponse"


def answer(link_id: str, **value) -> dict:
    return {"linkId": link_id, "answer": [value]}


def response(*items: dict, contained: bool = True, **extra) -> dict:
    """A completed QuestionnaireResponse with consent, contact details in a contained Patient, and the items."""
    data = {"resourceType": "QuestionnaireResponse", "id": "qr-771", "status": "completed",
            "authored": "2026-12-01T09:30:00Z", "item": [answer("consent", valueBoolean=True), *items]}
    if contained:
        data["contained"] = [{"resourceType": "Patient", "id": "p1",
                              "name": [{"given": ["Noor"], "family": "Haddad"}], "birthDate": "1993-07-19",
                              "telecom": [{"system": "phone", "value": "+44 20 7946 0011"}],
                              "communication": [{"language": {"coding": [{"code": "en-GB"}]}}],
                              "address": [{"country": "GB"}]}]
        data["subject"] = {"reference": "#p1"}
    return data | extra


PHQ9_BY_LOINC = [answer(code, valueCoding={"system": "http://loinc.org", "code": "LA6569-3"})  # "several days"
                 for code in ("44250-9", "44255-8", "44259-0", "44254-1", "44251-7", "44258-2", "44252-5", "44253-3",
                              "44260-8")]


def test_linkids_loinc_codes_and_group_positions_are_read():
    qr = response(
        *PHQ9_BY_LOINC,
        {"linkId": "gad7", "item": [answer(str(n), valueInteger=2) for n in range(1, 8)]},
        answer("cssrs_1", valueBoolean=True), answer("cssrs_2", valueBoolean=False), answer("cssrs_6", valueInteger=0),
        answer("reason", valueString="Panic attacks on the bus."), answer("unsafe_at_home", valueBoolean=True))
    imported = fhir.read(json.dumps(qr))
    assert imported.answers["phq9"] == {f"phq9_{n}": 1 for n in range(1, 10)}
    assert imported.answers["gad7"] == {f"gad7_{n}": 2 for n in range(1, 8)}
    assert imported.answers["cssrs_screener"] == {"cssrs_1": 1, "cssrs_2": 0, "cssrs_6": 0}
    data = fhir.to_referral(imported)
    assert (data.given_name, data.family_name, str(data.date_of_birth)) == ("Noor", "Haddad", "1993-07-19")
    assert data.phone == "+44 20 7946 0011" and data.country == "GB" and data.preferred_language == "en"
    assert data.text == "Panic attacks on the bus." and data.risk.unsafe_at_home is True
    assert data.external_id == "qr-771" and data.consent_to_processing


@pytest.mark.parametrize(("body", "status", "words"), [
    ("{not json", BadRequest, "Not a valid FHIR R4 QuestionnaireResponse"),
    (json.dumps({"resourceType": "Patient"}), BadRequest, 'resourceType "QuestionnaireResponse"'),
    (json.dumps({"resourceType": "QuestionnaireResponse", "status": "completed", "item": "no"}), BadRequest,
     "Not a valid FHIR"),
    (json.dumps(response(answer("phq9_1", valueInteger=7))), fhir.InvalidReferral, "7 is out of range"),
    (json.dumps(response(answer("favourite_colour", valueString="blue"))), fhir.InvalidReferral,
     "Unknown question 'favourite_colour'"),
    (json.dumps(response(answer("phq9_1", valueCoding={"system": "http://loinc.org", "code": "LA9999-9"}))),
     fhir.InvalidReferral, "is not one of its options"),
    (json.dumps(response(status="in-progress")), fhir.InvalidReferral, "send it once it is completed"),
    (json.dumps(response(contained=False)), fhir.InvalidReferral, "a way to reach the person"),
    (json.dumps(response() | {"item": []}), fhir.InvalidReferral, "confirm the person's consent"),
])
def test_bad_input_is_refused_with_a_clear_message(body, status, words):
    with pytest.raises(status) as refused:
        fhir.read(body)
    assert words in refused.value.detail


async def test_the_import_stores_and_triages_the_referral(session, http):
    practice = await make_practice(session)
    me = await token_headers(session, await make_user(session, practice, Role.clinician))
    qr = response(*PHQ9_BY_LOINC, answer("reason", valueString="Low since losing my job."))
    created = await http.post(URL, content=json.dumps(qr), headers=me | {"Content-Type": "application/fhir+json"})
    assert created.status_code == 201, created.text
    body = created.json()
    assert body["tier"] in ("routine", "soon") and body["emergency"] is False
    referral = await session.get(Referral, __import__("uuid").UUID(body["referral_id"]))
    assert referral.source == "fhir" and referral.external_id == "qr-771" and referral.given_name == "Noor"


async def test_refused_imports_store_nothing_and_answer_400_or_422(session, http):
    practice = await make_practice(session)
    practice_id = practice.id  # the refused requests roll back, expiring the loaded rows
    me = await token_headers(session, await make_user(session, practice, Role.admin))
    bad = await http.post(URL, content=b"\xff\xfe not json", headers=me)
    assert bad.status_code == 400 and bad.json()["error"] == "BadRequest"
    unknown = await http.post(URL, json=response(answer("phq9_10x", valueInteger=1)), headers=me)
    assert unknown.status_code == 422 and unknown.json()["error"] == "InvalidReferral"
    no_name = await http.post(URL, json=response(contained=False) | {"item": [
        answer("consent", valueBoolean=True), answer("phone", valueString="+1 503 555 0100")]}, headers=me)
    assert no_name.status_code == 422 and "given_name" in no_name.json()["detail"]
    count = (await session.execute(select(func.count()).select_from(Referral).where(
        Referral.practice_id == practice_id))).scalar_one()
    assert count == 0


async def test_only_staff_may_import(session, http):
    practice = await make_practice(session)
    clinician = await make_user(session, practice, Role.clinician)
    client = await make_client(session, practice, clinician=clinician)
    me = await token_headers(session, await make_user(session, practice, Role.client, client=client))
    assert (await http.post(URL, json=response(*PHQ9_BY_LOINC), headers=me)).status_code == 403
    assert (await http.post(URL, json=response(*PHQ9_BY_LOINC))).status_code == 401
