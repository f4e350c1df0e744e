"""The clinician's judgement on acknowledging a risk alert: risk confirmed, not risk or unsure; required on the page,
in the API and in the service; old acknowledgements have none."""

from __future__ import annotations

import pytest

from alliance.accounts.models import Role
from alliance.errors import BadRequest
from alliance.safety import service
from alliance.safety.levels import Category, Level
from alliance.security.models import AuditEvent
from tests.support.factories import actor, make_client, make_practice, make_user, token_headers


async def _alert(session):
    practice = await make_practice(session)
    clinician = await make_user(session, practice, Role.clinician)
    client = await make_client(session, practice, clinician=clinician)
    alert = await service.raise_alert(session, actor(clinician), client.id, source="manual", source_id=None,
                                      level=Level.HIGH, categories=[Category.SUICIDAL_IDEATION], reasons=["test"])
    return clinician, alert


async def test_acknowledging_records_the_judgement_and_audits_it(session):
    from sqlalchemy import select

    clinician, alert = await _alert(session)
    done = await service.acknowledge(session, actor(clinician), alert.id, "Called; passive thoughts only",
                                     judgement="not_risk")
    assert done.judgement == "not_risk" and service.alert_read(done).judgement == "not_risk"
    event = (await session.execute(select(AuditEvent).where(AuditEvent.action == "safety.alert.acknowledge"))
             ).scalar_one()
    assert event.detail == "judgement=not_risk"


async def test_the_service_refuses_an_unknown_judgement(session):
    clinician, alert = await _alert(session)
    with pytest.raises(BadRequest):
        await service.acknowledge(session, actor(clinician), alert.id, "Reviewed", judgement="maybe")
    assert alert.status == "open"


async def test_the_api_requires_a_judgement(session, http):
    clinician, alert = await _alert(session)
    headers = await token_headers(session, clinician)
    url = f"/api/v1/alerts/{alert.id}/acknowledge"
    assert (await http.post(url, headers=headers, json={"note": "Reviewed"})).status_code == 422
    assert (await http.post(url, headers=headers, json={"note": "Reviewed", "judgement": "maybe"})).status_code == 422
    done = await http.post(url, headers=headers, json={"note": "Reviewed", "judgement": "risk_confirmed"})
    assert done.status_code == 200, done.text
    assert done.json()["judgement"] == "risk_confirmed" and done.json()["status"] == "acknowledged"


async def test_the_page_asks_for_the_judgement_and_shows_it(session, http):
    clinician, alert = await _alert(session)
    headers = await token_headers(session, clinician) | {"accept": "text/html"}
    page = await http.get(f"/alerts/{alert.id}", headers=headers)
    assert page.status_code == 200
    for value in ("risk_confirmed", "not_risk", "unsure"):
        assert f'name="judgement" value="{value}" required' in page.text
    done = await http.post(f"/alerts/{alert.id}/acknowledge", headers=headers,
                           data={"note": "Reviewed", "judgement": "unsure"})
    assert done.status_code == 303
    shown = await http.get(f"/alerts/{alert.id}", headers=headers)
    assert "Judgement: Unsure" in shown.text
    listed = await http.get("/alerts?status=acknowledged", headers=headers)
    assert '<td data-label="Judgement">Unsure</td>' in listed.text


async def test_the_page_refuses_an_acknowledgement_without_judgement(session, http):
    clinician, alert = await _alert(session)
    headers = await token_headers(session, clinician) | {"accept": "text/html"}
    missing = await http.post(f"/alerts/{alert.id}/acknowledge", headers=headers, data={"note": "Reviewed"})
    assert missing.status_code == 400


async def test_an_old_acknowledgement_shows_no_judgement(session, http):
    clinician, alert = await _alert(session)
    alert.status = "acknowledged"  # as acknowledged before the judgement existed
    headers = await token_headers(session, clinician) | {"accept": "text/html"}
    page = await http.get(f"/alerts/{alert.id}", headers=headers)
    assert "not recorded (acknowledged before judgements were asked)" in page.text
