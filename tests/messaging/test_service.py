"""Secure messages: screened before they are stored, encrypted at rest, read receipts both ways, unread counts,
authorization through authz, the reply-time setting, export, erasure and PHI-free notification e-mails."""

from __future__ import annotations

import email
import email.policy
import io
import json
import zipfile

import pytest
from sqlalchemy import func, select, text

from alliance.accounts.models import Role
from alliance.clients import export
from alliance.clients.schemas import ErasureRequest, SupervisionCreate
from alliance.clients import service as clients_service
from alliance.errors import BadRequest, Forbidden, NotFound
from alliance.messaging import service
from alliance.messaging.models import Message, MessageRead, MessageThread
from alliance.messaging.schemas import MessageCreate, MessagingSettingsUpdate
from alliance.safety import service as safety_service
from alliance.safety.models import RiskAlert
from alliance.safety.schemas import SafetyPlanWrite
from alliance.security.models import AuditEvent
from tests.support.factories import actor, make_client, make_practice, make_user
from tests.support.smtp import smtp_sink

RISKY = "I have the pills saved up and I'm going to take them tonight"


async def _world(session, **client):
    practice = await make_practice(session)
    clinician = await make_user(session, practice, Role.clinician, display_name="Dr. Ana Reyes")
    client_row = await make_client(session, practice, clinician=clinician, given_name="Rosa",
                                   family_name="Quintero", **client)
    portal = await make_user(session, practice, Role.client, client=client_row)
    return practice, clinician, client_row, portal


def _decoded(raw: str) -> str:
    """A received e-mail as headers and decoded text (the body may be quoted-printable)."""
    parsed = email.message_from_string(raw, policy=email.policy.default)
    return f"{parsed['To']}\n{parsed['Subject']}\n{parsed.get_content()}"


def _msg(body: str, **extra) -> MessageCreate:
    return MessageCreate.model_construct(text=body, subject=extra.get("subject"))


async def test_a_client_message_is_encrypted_at_rest_and_reaches_the_care_team(session):
    _, clinician, client, portal = await _world(session)
    message, crisis = await service.send_message(session, actor(portal), client.id,
                                                 _msg("Could we move Thursday's session to Friday?"))
    assert crisis is None and message.screen_level == "none" and message.screen_version and message.alert_id is None
    key = message.id.hex if session.bind.dialect.name == "sqlite" else message.id
    raw = (await session.execute(text("SELECT body_ct FROM messages WHERE id = :id"), {"id": key})).scalar_one()
    assert b"Thursday" not in raw
    thread = await service.get_thread(session, actor(clinician), client.id)
    [seen] = thread.messages
    assert seen.text == "Could we move Thursday's session to Friday?" and seen.from_client and seen.unread
    assert seen.sender_name == "Rosa Quintero" and seen.read_at is None and thread.unread == 1


async def test_a_risky_message_alerts_the_clinician_shows_help_and_is_still_delivered(session):
    _, clinician, client, portal = await _world(session)
    await safety_service.save_plan(session, actor(portal), client.id,
                                   SafetyPlanWrite(coping_strategies=["Walk the dog"], help_contacts=["My sister"]))
    message, crisis = await service.send_message(session, actor(portal), client.id, _msg(RISKY))
    assert message.screen_level == "imminent" and message.alert_id is not None
    alert = await session.get(RiskAlert, message.alert_id)
    assert (alert.source, alert.source_id, alert.assigned_to) == ("message", str(message.id), clinician.id)
    assert await safety_service.ai_paused(session, client.id)
    assert crisis is not None and crisis.lead_with_emergency and crisis.emergency[0].number == "911"
    assert crisis.safety_plan is not None and crisis.safety_plan.coping_strategies == ["Walk the dog"]
    thread = await service.get_thread(session, actor(clinician), client.id)
    assert [m.text for m in thread.messages] == [RISKY]
    assert thread.messages[0].screen_level == "imminent" and thread.messages[0].alert_id == alert.id
    # The client's own view does not label their message with the screen's verdict.
    mine = await service.get_thread(session, actor(portal), client.id)
    assert mine.messages[0].screen_level is None and mine.messages[0].alert_id is None


async def test_the_screen_reads_the_clients_earlier_messages_as_context(session):
    _, clinician, client, portal = await _world(session)
    await service.send_message(session, actor(portal), client.id, _msg("I have been thinking about ending my life"))
    second, crisis = await service.send_message(session, actor(portal), client.id, _msg("I made my decision"))
    alone = await safety_service.screen_client_text(session, actor(portal), client.id, "I made my decision",
                                                    source="test")
    assert alone.alert is None  # on its own the sentence is nothing
    assert second.screen_level == "imminent" and second.alert_id is not None and crisis.lead_with_emergency


@pytest.mark.parametrize("body", ["", "   \n\t ", "x" * 5001])
async def test_an_empty_or_too_long_message_is_refused_and_nothing_is_written(session, body):
    _, clinician, client, portal = await _world(session)
    with pytest.raises(BadRequest) as refused:
        await service.send_message(session, actor(portal), client.id, _msg(body))
    assert "5,000" in refused.value.detail or "Write a message" in refused.value.detail
    assert await session.scalar(select(func.count()).select_from(Message)) == 0
    assert await session.scalar(select(func.count()).select_from(MessageThread)) == 0


async def test_exactly_5000_characters_are_accepted(session):
    _, clinician, client, portal = await _world(session)
    message, _ = await service.send_message(session, actor(clinician), client.id, _msg("y" * 5000))
    assert len(message.body) == 5000


async def test_staff_replies_carry_no_screening_and_read_receipts_go_both_ways(session):
    _, clinician, client, portal = await _world(session)
    asked, _ = await service.send_message(session, actor(portal), client.id, _msg("Is the office open Monday?"))
    assert await service.mark_read(session, actor(clinician), client.id) == 1
    assert await service.mark_read(session, actor(clinician), client.id) == 0
    reply, crisis = await service.send_message(session, actor(clinician), client.id, _msg("Yes, from 9."))
    assert crisis is None and reply.screen_level is None and reply.sender_role == "clinician"
    view = await service.get_thread(session, actor(portal), client.id)
    assert [m.sender_name for m in view.messages] == ["You", "Dr. Ana Reyes"]
    assert view.messages[0].read_at is not None  # the care team read the client's question
    assert view.messages[1].unread and view.unread == 1
    assert await service.mark_read(session, actor(portal), client.id) == 1
    staff_view = await service.get_thread(session, actor(clinician), client.id)
    assert staff_view.messages[1].read_at is not None and staff_view.unread == 0


async def test_unread_counts_are_per_reader_and_per_client(session):
    practice, clinician, client, portal = await _world(session)
    other = await make_client(session, practice, clinician=clinician)
    other_portal = await make_user(session, practice, Role.client, client=other)
    for text_ in ("one", "two"):
        await service.send_message(session, actor(portal), client.id, _msg(text_))
    await service.send_message(session, actor(other_portal), other.id, _msg("three"))
    assert await service.unread_by_client(session, actor(clinician), [client, other]) == {client.id: 2, other.id: 1}
    assert await service.unread_total(session, actor(clinician)) == 3
    await service.mark_read(session, actor(clinician), client.id)
    assert await service.unread_by_client(session, actor(clinician), [client, other]) == {other.id: 1}
    assert await service.unread_total(session, actor(portal)) == 0
    await service.send_message(session, actor(clinician), client.id, _msg("Thanks, see you then."))
    assert await service.unread_total(session, actor(portal)) == 1


async def test_who_may_read_and_write(session):
    practice, clinician, client, portal = await _world(session)
    other_clinician = await make_user(session, practice, Role.clinician)
    supervisor = await make_user(session, practice, Role.supervisor)
    admin = await make_user(session, practice, Role.admin)
    await clients_service.add_supervision(session, actor(admin), SupervisionCreate(
        supervisor_id=supervisor.id, supervisee_id=clinician.id))
    other_client = await make_client(session, practice, clinician=other_clinician)
    other_portal = await make_user(session, practice, Role.client, client=other_client)
    await service.send_message(session, actor(portal), client.id, _msg("hello"))
    assert len((await service.get_thread(session, actor(supervisor), client.id)).messages) == 1
    with pytest.raises(Forbidden):
        await service.send_message(session, actor(supervisor), client.id, _msg("hi from the supervisor"))
    with pytest.raises(Forbidden):  # admins never read clinical content
        await service.get_thread(session, actor(admin), client.id)
    with pytest.raises(NotFound):
        await service.get_thread(session, actor(other_clinician), client.id)
    with pytest.raises(NotFound):
        await service.send_message(session, actor(other_portal), client.id, _msg("wrong thread"))
    # A supervisor's reading does not tell the client that their care team read it.
    await service.mark_read(session, actor(supervisor), client.id)
    assert (await service.get_thread(session, actor(portal), client.id)).messages[0].read_at is None


async def test_sending_and_reading_are_audited_by_id_only(session):
    _, clinician, client, portal = await _world(session)
    message, _ = await service.send_message(session, actor(portal), client.id, _msg("my secret worry about work"))
    await service.get_thread(session, actor(clinician), client.id)
    await service.mark_read(session, actor(clinician), client.id)
    events = (await session.execute(select(AuditEvent).where(AuditEvent.client_id == client.id,
                                                             AuditEvent.action.like("messaging.%")))).scalars().all()
    assert {e.action for e in events} == {"messaging.send", "messaging.thread.read", "messaging.mark_read"}
    send = next(e for e in events if e.action == "messaging.send")
    assert send.resource_id == str(message.id) and send.detail == "level=none"
    assert all("worry" not in (e.detail or "") for e in events)


async def test_the_subject_line_is_optional_and_encrypted(session):
    _, clinician, client, portal = await _world(session)
    assert (await service.get_thread(session, actor(portal), client.id)).subject is None
    await service.send_message(session, actor(clinician), client.id, _msg("Welcome.", subject="Getting started"))
    assert (await service.get_thread(session, actor(portal), client.id)).subject == "Getting started"
    raw = (await session.execute(text("SELECT subject_ct FROM message_threads"))).scalar_one()
    assert b"Getting started" not in raw


async def test_reply_time_defaults_to_two_working_days_and_only_admins_change_it(session):
    practice, clinician, client, portal = await _world(session)
    admin = await make_user(session, practice, Role.admin)
    assert (await service.get_thread(session, actor(portal), client.id)).response_days == 2
    with pytest.raises(Forbidden):
        await service.update_settings(session, actor(clinician), MessagingSettingsUpdate(response_days=1))
    await service.update_settings(session, actor(admin), MessagingSettingsUpdate(response_days=3))
    assert (await service.get_settings_for(session, actor(portal))).response_days == 3
    assert (await service.get_thread(session, actor(clinician), client.id)).response_days == 3


async def test_messages_are_in_the_clients_export(session):
    _, clinician, client, portal = await _world(session)
    await service.send_message(session, actor(portal), client.id, _msg("Question about my homework"))
    await service.send_message(session, actor(clinician), client.id, _msg("Happy to help on Thursday."))
    await service.mark_read(session, actor(portal), client.id)
    _, data = await export.export_client(session, actor(portal), client.id)
    records = json.loads(zipfile.ZipFile(io.BytesIO(data)).read("records.json"))
    assert [m["body"] for m in records["messages"]] == ["Question about my homework", "Happy to help on Thursday."]
    assert "body_ct" not in records["messages"][0]
    assert len(records["message_threads"]) == 1 and len(records["message_reads"]) == 1


async def test_erasure_deletes_the_messages_and_shreds_their_key(session):
    practice, clinician, client, portal = await _world(session)
    admin = await make_user(session, practice, Role.admin)
    await service.send_message(session, actor(portal), client.id, _msg("Please erase me later"))
    await service.send_message(session, actor(clinician), client.id, _msg("Noted."))
    await service.mark_read(session, actor(clinician), client.id)
    await export.erase_client(session, actor(admin), client.id,
                              ErasureRequest(reason="client request", override_retention=True))
    for table in (Message, MessageThread, MessageRead):
        assert await session.scalar(select(func.count()).select_from(table).where(table.client_id == client.id)) == 0
    from alliance.clients.models import ClientKey

    assert await session.get(ClientKey, client.id) is None and client.status == "erased"


async def test_the_care_team_email_names_no_one_and_quotes_nothing(session, monkeypatch):
    from alliance.config import get_settings
    from alliance.messaging.tasks import notify_team

    with smtp_sink() as (port, mails):
        settings = get_settings()
        monkeypatch.setattr(settings, "smtp_host", "127.0.0.1")
        monkeypatch.setattr(settings, "smtp_port", port)
        _, clinician, client, portal = await _world(session)
        first, _ = await service.send_message(session, actor(portal), client.id, _msg("My panic attacks are back"))
        second, _ = await service.send_message(session, actor(portal), client.id, _msg("Also the dizziness"))
        assert await notify_team(session, str(first.id)) == 1
        assert await notify_team(session, str(first.id)) == 0  # once
        assert await notify_team(session, str(second.id)) == 0  # a message moments later: no second e-mail
    [mail] = [_decoded(m) for m in mails]
    assert clinician.email in mail and f"/messages/{first.id}" in mail and "a client of yours sent" in mail.lower()
    for phi in ("Rosa", "Quintero", "panic", str(client.id)):
        assert phi not in mail


async def test_the_client_is_emailed_about_a_reply_only_when_they_chose_email(session, monkeypatch):
    from alliance.config import get_settings
    from alliance.messaging.tasks import notify_client

    with smtp_sink() as (port, mails):
        settings = get_settings()
        monkeypatch.setattr(settings, "smtp_host", "127.0.0.1")
        monkeypatch.setattr(settings, "smtp_port", port)
        _, clinician, client, portal = await _world(session)
        reply, _ = await service.send_message(session, actor(clinician), client.id, _msg("Your results look good"))
        client.reminders_by_email = False
        assert await notify_client(session, str(reply.id)) == 0
        client.reminders_by_email = True
        assert await notify_client(session, str(reply.id)) == 1
    [mail] = [_decoded(m) for m in mails]
    assert portal.email in mail and "/portal?area=messages" in mail
    for phi in ("results", "Ana Reyes", "Rosa"):
        assert phi not in mail


async def test_the_demo_exchange_is_seeded_once_and_reads_in_the_workspace(session):
    from alliance import demo
    from alliance.clients.models import Client
    from alliance.messaging.demo import EXCHANGE

    await demo.seed(session)
    await demo.seed(session)  # idempotent
    from alliance.accounts.models import User

    clinician = (await session.execute(select(User).where(User.display_name == "Dr. Maya Okafor"))).scalars().one()
    marisol = next(c for c in (await session.execute(select(Client))).scalars() if c.given_name == "Marisol")
    thread = await service.get_thread(session, actor(clinician), marisol.id)
    assert [m.text for m in thread.messages] == [text for _, text in EXCHANGE]
