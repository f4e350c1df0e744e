"""The messaging JSON API: schemas, typed errors, the crisis response on a risky portal message."""

from __future__ import annotations

from sqlalchemy import func, select

from alliance.accounts.models import Role
from alliance.messaging.models import Message
from alliance.safety.models import RiskAlert
from tests.support.factories import make_client, make_practice, make_user, token_headers


async def _world(session):
    practice = await make_practice(session)
    clinician = await make_user(session, practice, Role.clinician, display_name="Dr. Ana Reyes")
    client = await make_client(session, practice, clinician=clinician, given_name="Rosa", family_name="Quintero")
    portal = await make_user(session, practice, Role.client, client=client)
    return client, await token_headers(session, clinician), await token_headers(session, portal)


async def test_portal_message_then_staff_reply_then_read_receipts(session, http):
    client, staff, me = await _world(session)
    sent = await http.post("/api/v1/portal/messages", json={"text": "Can I bring my partner next time?"}, headers=me)
    assert sent.status_code == 201, sent.text
    body = sent.json()
    assert body["crisis"] is None and body["message"]["sender_name"] == "You" and body["message"]["from_client"]
    assert body["message"]["screen_level"] is None  # the client is not shown the screen's verdict
    thread = (await http.get(f"/api/v1/clients/{client.id}/messages", headers=staff)).json()
    assert thread["unread"] == 1 and thread["response_days"] == 2
    assert thread["messages"][0]["screen_level"] == "none" and thread["messages"][0]["sender_name"] == "Rosa Quintero"
    assert (await http.post(f"/api/v1/clients/{client.id}/messages/read", headers=staff)).json() == {"marked": 1}
    reply = await http.post(f"/api/v1/clients/{client.id}/messages", json={"text": "Yes, of course."}, headers=staff)
    assert reply.status_code == 201 and reply.json()["message"]["sender_role"] == "clinician"
    assert (await http.get("/api/v1/messages/unread", headers=me)).json() == {"unread": 1}
    mine = (await http.get("/api/v1/portal/messages", headers=me)).json()
    assert [m["sender_name"] for m in mine["messages"]] == ["You", "Dr. Ana Reyes"]
    assert mine["messages"][0]["read_at"] is not None and mine["messages"][1]["unread"]
    assert (await http.post("/api/v1/portal/messages/read", headers=me)).json() == {"marked": 1}
    assert (await http.get("/api/v1/messages/unread", headers=me)).json() == {"unread": 0}


async def test_a_risky_portal_message_answers_with_the_crisis_response(session, http):
    client, staff, me = await _world(session)
    sent = await http.post("/api/v1/portal/messages", headers=me,
                           json={"text": "I have the pills saved up and I'm going to take them tonight"})
    assert sent.status_code == 201
    crisis = sent.json()["crisis"]
    assert crisis["lead_with_emergency"] and crisis["emergency"][0]["number"] == "911" and crisis["services"]
    alert = (await session.execute(select(RiskAlert).where(RiskAlert.client_id == client.id))).scalar_one()
    assert alert.source == "message" and alert.source_id == sent.json()["message"]["id"]
    staff_view = (await http.get(f"/api/v1/clients/{client.id}/messages", headers=staff)).json()
    assert staff_view["messages"][0]["alert_id"] == str(alert.id)


async def test_limits_are_clear_errors_and_nothing_is_stored(session, http):
    client, staff, me = await _world(session)
    client_id = client.id  # the failed requests below roll back and expire what the test holds
    too_long = await http.post("/api/v1/portal/messages", json={"text": "x" * 5001}, headers=me)
    assert too_long.status_code == 422 and too_long.json()["problems"][0]["field"] == "text"
    empty = await http.post("/api/v1/portal/messages", json={"text": ""}, headers=me)
    assert empty.status_code == 422
    blank = await http.post(f"/api/v1/clients/{client_id}/messages", json={"text": "   "}, headers=staff)
    assert blank.status_code == 400 and blank.json() == {"error": "BadRequest",
                                                         "detail": "Write a message before sending it."}
    assert await session.scalar(select(func.count()).select_from(Message)) == 0


async def test_settings_are_read_by_everyone_and_written_by_admins(session, http):
    practice = await make_practice(session)
    admin = await token_headers(session, await make_user(session, practice, Role.admin))
    assert (await http.get("/api/v1/messaging/settings", headers=admin)).json() == {"response_days": 2}
    changed = await http.put("/api/v1/messaging/settings", json={"response_days": 4}, headers=admin)
    assert changed.status_code == 200 and changed.json() == {"response_days": 4}
    assert (await http.put("/api/v1/messaging/settings", json={"response_days": 0}, headers=admin)).status_code == 422
