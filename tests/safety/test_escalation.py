"""Escalation: alerts reach the right clinician, AI pauses until resumed, the client gets the right help."""

from __future__ import annotations


import pytest
from sqlalchemy import select

from alliance.accounts.models import Role
from alliance.safety import service
from alliance.safety.levels import Category, Level
from alliance.safety.models import RiskAlert
from alliance.safety.schemas import CrisisServiceCreate, SafetyPlanWrite
from alliance.security import audit
from tests.support.factories import actor, make_client, make_practice, make_user, token_headers
from tests.support.smtp import smtp_sink


async def _world(session, *, country="US", lang="en"):
    practice = await make_practice(session)
    clinician = await make_user(session, practice, Role.clinician)
    client = await make_client(session, practice, clinician=clinician, country=country, preferred_language=lang)
    portal = await make_user(session, practice, Role.client, client=client)
    return practice, clinician, client, portal


async def test_risky_message_alerts_the_treating_clinician_and_pauses_ai(session):
    _, clinician, client, portal = await _world(session)
    result = await service.screen_client_text(session, actor(portal), client.id,
                                              "I have the pills saved up and I'm going to take them tonight",
                                              source="message")
    assert result.screening.level == Level.IMMINENT
    assert result.alert.assigned_to == clinician.id and not result.alert.on_call
    assert await service.ai_paused(session, client.id)
    alerts = await service.list_alerts(session, actor(clinician))
    assert [a.id for a in alerts] == [result.alert.id]
    assert "pills saved up" in " ".join(alerts[0].evidence)
    events = await audit.events(session, practice_id=None, client_id=client.id, action="safety.alert.raise")
    assert len(events) == 1 and "pills" not in (events[0].detail or "")


async def test_everyday_message_raises_nothing(session):
    _, clinician, client, portal = await _world(session)
    result = await service.screen_client_text(session, actor(portal), client.id,
                                              "My boss will kill me if I'm late again, ugh", source="message")
    assert result.alert is None and result.response is None
    assert not await service.ai_paused(session, client.id)
    assert await service.list_alerts(session, actor(clinician)) == []


async def test_alert_goes_to_the_on_call_clinician_when_the_treating_one_is_away(session):
    practice, clinician, client, portal = await _world(session)
    on_call = await make_user(session, practice, Role.clinician)
    admin = await make_user(session, practice, Role.admin)
    await service.set_on_call(session, actor(admin), on_call.id)
    clinician.away = True
    alert = await service.raise_alert(session, actor(portal), client.id, source="message", source_id=None,
                                      level=Level.HIGH, categories=[Category.SUICIDAL_IDEATION], reasons=["test"])
    assert alert.assigned_to == on_call.id and alert.on_call
    # The on-call clinician sees and can acknowledge it without being on the care team.
    assert [a.id for a in await service.list_alerts(session, actor(on_call))] == [alert.id]
    acked = await service.acknowledge(session, actor(on_call), alert.id, "Called the client; safe tonight",
                                       judgement="risk_confirmed")
    assert acked.status == "acknowledged" and acked.note == "Called the client; safe tonight"


async def test_same_source_item_raises_one_alert(session):
    _, _, client, portal = await _world(session)
    args = dict(source="measure", source_id="admin-1", level=Level.MODERATE,
                categories=[Category.SUICIDAL_IDEATION], reasons=["PHQ-9 item 9"])
    first = await service.raise_alert(session, actor(portal), client.id, **args)
    second = await service.raise_alert(session, actor(portal), client.id, **args)
    assert first.id == second.id


async def test_ai_stays_paused_until_a_treating_clinician_resumes_it(session):
    practice, clinician, client, portal = await _world(session)
    other = await make_user(session, practice, Role.clinician)
    alert = await service.raise_alert(session, actor(portal), client.id, source="message", source_id=None,
                                      level=Level.MODERATE, categories=[Category.SELF_HARM], reasons=["urge"])
    await service.acknowledge(session, actor(clinician), alert.id, "Reviewed in session", judgement="unsure")
    assert await service.ai_paused(session, client.id)  # acknowledging alone does not resume
    from alliance.security.authz import ClientNotFound

    with pytest.raises(ClientNotFound):
        await service.resume_ai(session, actor(other), client.id, "not mine")
    assert await service.resume_ai(session, actor(clinician), client.id, "Safety plan reviewed") == 1
    assert not await service.ai_paused(session, client.id)


async def test_high_risk_response_leads_with_emergency_numbers_for_the_clients_country(session):
    _, _, client, _ = await _world(session, country="GB")
    response = await service.crisis_response(session, client.id, level=Level.HIGH,
                                             categories=[Category.SUICIDAL_IDEATION])
    assert response.lead_with_emergency
    assert "999" in [e.number for e in response.emergency]
    assert any("116 123" in (s.phone or "") for s in response.services)
    moderate = await service.crisis_response(session, client.id, level=Level.MODERATE)
    assert not moderate.lead_with_emergency


async def test_response_puts_the_safety_plan_and_local_services_first(session):
    practice, clinician, client, portal = await _world(session, country="ES", lang="es")
    admin = await make_user(session, practice, Role.admin)
    await service.add_local_service(session, actor(admin), CrisisServiceCreate(
        name="Unidad de crisis del barrio", country="ES", phone="600 000 000", hours="24/7",
        languages=["es"], source="Llamada a la unidad", checked="2026-11-01"))
    await service.save_plan(session, actor(portal), client.id, SafetyPlanWrite(
        coping_strategies=["Salir a caminar", "Música"], help_contacts=["Mi hermana Ana"]))
    response = await service.crisis_response(session, client.id, level=Level.MODERATE)
    assert response.safety_plan.coping_strategies == ["Salir a caminar", "Música"]
    assert response.services[0].name == "Unidad de crisis del barrio"
    assert "024" in [s.phone for s in response.services]


async def test_safety_plans_are_versioned(session):
    _, clinician, client, portal = await _world(session)
    await service.save_plan(session, actor(clinician), client.id, SafetyPlanWrite(warning_signs=["Not sleeping"]))
    second = await service.save_plan(session, actor(portal), client.id,
                                     SafetyPlanWrite(warning_signs=["Not sleeping", "Skipping meals"]))
    history = await service.plan_history(session, actor(clinician), client.id)
    assert second.version == 2 and [p.version for p in history] == [2, 1]
    assert (await service.get_plan(session, actor(portal), client.id)).warning_signs == ["Not sleeping", "Skipping meals"]


async def test_alert_evidence_is_encrypted_at_rest(session):
    _, _, client, portal = await _world(session)
    await service.screen_client_text(session, actor(portal), client.id, "I want to kill myself tonight",
                                     source="message")
    await session.flush()
    row = (await session.execute(select(RiskAlert.__table__).where(RiskAlert.client_id == client.id))).one()._mapping
    assert b"kill myself" not in row["evidence_ct"]


async def test_portal_screen_endpoint_returns_the_crisis_response(session, http):
    _, clinician, client, portal = await _world(session)
    headers = await token_headers(session, portal)
    response = await http.post(f"/api/v1/clients/{client.id}/screen", headers=headers,
                               json={"text": "I took all my pills an hour ago"})
    body = response.json()
    assert response.status_code == 200, body
    assert body["screening"]["level"] in ("high", "imminent") and body["alert_id"]
    assert body["crisis_response"]["lead_with_emergency"] is True
    staff = await token_headers(session, clinician)
    alerts = (await http.get("/api/v1/alerts", headers=staff)).json()
    assert [a["id"] for a in alerts] == [body["alert_id"]]
    page = await http.get(f"/alerts/{body['alert_id']}", headers=staff | {"accept": "text/html"})
    assert page.status_code == 200 and "took all my pills" in page.text


async def test_other_clinicians_and_admins_do_not_see_alerts(session, http):
    practice, clinician, client, portal = await _world(session)
    other = await make_user(session, practice, Role.clinician)
    admin = await make_user(session, practice, Role.admin)
    alert = await service.raise_alert(session, actor(portal), client.id, source="message", source_id=None,
                                      level=Level.HIGH, categories=[Category.HARM_TO_OTHERS], reasons=["x"])
    alert_id = alert.id
    other_headers, admin_headers = await token_headers(session, other), await token_headers(session, admin)
    assert (await http.get(f"/api/v1/alerts/{alert_id}", headers=other_headers)).status_code == 404
    assert (await http.get("/api/v1/alerts", headers=admin_headers)).status_code == 403
    assert (await http.get("/api/v1/alerts", headers=other_headers)).json() == []


async def test_alert_email_names_no_client_and_quotes_nothing(session, monkeypatch):
    from alliance.config import get_settings
    from alliance.safety.tasks import notify_alert

    with smtp_sink() as (port, messages):
        settings = get_settings()
        monkeypatch.setattr(settings, "smtp_host", "127.0.0.1")
        monkeypatch.setattr(settings, "smtp_port", port)
        _, clinician, client, portal = await _world(session)
        alert = await service.raise_alert(session, actor(portal), client.id, source="message", source_id=None,
                                          level=Level.HIGH, categories=[Category.SUICIDAL_IDEATION],
                                          reasons=["said: I want to die"], evidence=["I want to die"])
        assert await notify_alert(session, str(alert.id)) is True
        assert await notify_alert(session, str(alert.id)) is False  # sent once
    [message] = messages
    assert clinician.email in message and f"/alerts/{alert.id}" in message
    for phi in (client.given_name, client.family_name, "want to die"):
        assert phi not in message


def test_sections_follow_stanley_brown():
    from alliance.safety.schemas import SECTION_KEYS

    assert SECTION_KEYS[:6] == ["warning_signs", "coping_strategies", "distractions", "help_contacts",
                                "professionals", "environment"]


