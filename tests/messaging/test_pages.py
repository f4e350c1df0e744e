"""Messaging pages: the Messages areas of the workspace and the portal (plain forms, no JavaScript), the crisis
response after a risky message, the caseload's unread column, the reply-time setting."""

from __future__ import annotations

import re

from sqlalchemy import func, select

from alliance.accounts.models import Role
from alliance.messaging import service
from alliance.messaging.models import Message
from alliance.messaging.schemas import MessageCreate
from tests.support.factories import actor, make_client, make_practice, make_user, token_headers


async def _world(session):
    practice = await make_practice(session)
    clinician = await make_user(session, practice, Role.clinician, display_name="Dr. Ana Reyes")
    client = await make_client(session, practice, clinician=clinician, given_name="Rosa", family_name="Quintero")
    portal = await make_user(session, practice, Role.client, client=client)
    return practice, clinician, client, portal


async def test_portal_area_says_people_not_ai_the_reply_time_and_not_for_emergencies(session, http):
    _, clinician, client, portal = await _world(session)
    me = await token_headers(session, portal)
    home = (await http.get("/portal", headers=me)).text
    assert 'href="/portal?area=messages">Messages</a>' in home
    page = await http.get("/portal?area=messages", headers=me)
    assert page.status_code == 200
    html = page.text
    assert "These messages go to people, not to an AI" in html
    assert "within <strong>2 working days</strong>" in html
    assert "Messages are not for emergencies." in html and 'href="tel:911"' in html
    assert 'href="/portal/safety-plan"' in html
    assert 'action="/portal/messages"' in html and 'name="csrf_token"' in html and "No messages yet." in html
    # The reply time is above the message box.
    assert html.index('id="reply-time"') < html.index('id="msg-body"')


async def test_client_sends_with_a_plain_form_and_sees_it_in_the_thread(session, http):
    _, clinician, client, portal = await _world(session)
    me = await token_headers(session, portal)
    sent = await http.post("/portal/messages", data={"body": "Running 10 minutes late tomorrow", "subject": ""},
                           headers=me)
    assert sent.status_code == 303 and re.fullmatch(r"/portal\?area=messages#message-[0-9a-f-]{36}",
                                                    sent.headers["location"])
    page = (await http.get("/portal?area=messages", headers=me)).text
    assert "Running 10 minutes late tomorrow" in page and "Not read yet" in page


async def test_a_risky_portal_message_shows_the_crisis_response_at_once(session, http):
    _, clinician, client, portal = await _world(session)
    me = await token_headers(session, portal)
    sent = await http.post("/portal/messages", headers=me,
                           data={"body": "I have the pills saved up and I'm going to take them tonight"})
    assert sent.status_code == 303 and sent.headers["location"].endswith("/sent")
    page = (await http.get(sent.headers["location"], headers=me)).text
    assert "Your message was sent" in page and "Support if you need it now" in page
    assert 'href="tel:911"' in page and "Talk to someone now" in page
    # The message was still delivered to the team.
    thread = await service.get_thread(session, actor(clinician), client.id)
    assert thread.messages[0].text.startswith("I have the pills")


async def test_a_mistake_keeps_the_text_and_saves_nothing(session, http):
    _, clinician, client, portal = await _world(session)
    me = await token_headers(session, portal)
    too_long = "word " * 1001
    page = await http.post("/portal/messages", data={"body": too_long}, headers=me)
    assert page.status_code == 400
    assert "at most 5,000 characters" in page.text and too_long.strip() in page.text
    blank = await http.post(f"/clients/{client.id}/messages", data={"body": "  "},
                            headers=await token_headers(session, clinician))
    assert blank.status_code == 400 and "Write a message before sending it." in blank.text
    assert await session.scalar(select(func.count()).select_from(Message)) == 0


async def test_workspace_area_marks_unread_then_records_the_read_and_takes_a_reply(session, http):
    _, clinician, client, portal = await _world(session)
    await service.send_message(session, actor(portal), client.id, MessageCreate(text="Is Friday possible?"))
    staff = await token_headers(session, clinician)
    overview = (await http.get(f"/clients/{client.id}", headers=staff)).text
    assert f'href="/clients/{client.id}?area=messages">Messages</a>' in overview
    first = (await http.get(f"/clients/{client.id}?area=messages", headers=staff)).text
    assert "Is Friday possible?" in first and '<span class="badge">New</span>' in first
    assert "no AI reads or writes in this thread" in first and "within 2 working days" in first
    again = (await http.get(f"/clients/{client.id}?area=messages", headers=staff)).text
    assert '<span class="badge">New</span>' not in again
    reply = await http.post(f"/clients/{client.id}/messages", data={"body": "Friday at 10 works."}, headers=staff)
    assert reply.status_code == 303 and reply.headers["location"].startswith(f"/clients/{client.id}?area=messages#")
    portal_page = (await http.get("/portal?area=messages", headers=await token_headers(session, portal))).text
    assert "Friday at 10 works." in portal_page and "Dr. Ana Reyes" in portal_page
    assert "Read by your care team" in portal_page


async def test_admins_see_no_message_content(session, http):
    practice, clinician, client, portal = await _world(session)
    await service.send_message(session, actor(portal), client.id, MessageCreate(text="private words"))
    admin = await token_headers(session, await make_user(session, practice, Role.admin))
    page = (await http.get(f"/clients/{client.id}?area=messages", headers=admin)).text
    assert "private words" not in page and "practice administrators do not see them" in page
    refused = await http.post(f"/clients/{client.id}/messages", data={"body": "hi"}, headers=admin)
    assert refused.status_code == 403


async def test_caseload_column_counts_unread_messages(session, http):
    practice, clinician, client, portal = await _world(session)
    quiet = await make_client(session, practice, clinician=clinician)
    for text_ in ("one", "two"):
        await service.send_message(session, actor(portal), client.id, MessageCreate(text=text_))
    page = (await http.get("/caseload", headers=await token_headers(session, clinician))).text
    assert "<th>Unread messages</th>" in page
    assert f'<a href="/clients/{client.id}?area=messages">2 unread</a>' in page
    assert f"/clients/{quiet.id}?area=messages" not in page


async def test_portal_home_points_to_new_messages_and_the_email_link_opens_the_thread(session, http):
    _, clinician, client, portal = await _world(session)
    message, _ = await service.send_message(session, actor(clinician), client.id, MessageCreate(text="Hello Rosa"))
    me = await token_headers(session, portal)
    home = (await http.get("/portal", headers=me)).text
    assert "New message from your care team" in home and "Hello Rosa" not in home
    opened = await http.get(f"/messages/{message.id}", headers=me)
    assert opened.status_code == 303 and opened.headers["location"] == f"/portal?area=messages#message-{message.id}"
    staff_link = await http.get(f"/messages/{message.id}", headers=await token_headers(session, clinician))
    assert staff_link.headers["location"] == f"/clients/{client.id}?area=messages#message-{message.id}"
    assert (await http.get("/messages/badge", headers=me)).text.startswith('<span class="badge"')


async def test_admin_sets_the_reply_time_clients_see(session, http):
    practice, clinician, client, portal = await _world(session)
    admin = await token_headers(session, await make_user(session, practice, Role.admin))
    assert 'value="2"' in (await http.get("/admin/messaging", headers=admin)).text
    wrong = await http.post("/admin/messaging", data={"response_days": "0"}, headers=admin)
    assert wrong.status_code == 400 and "from 1 to 30" in wrong.text
    saved = await http.post("/admin/messaging", data={"response_days": "1"}, headers=admin)
    assert saved.status_code == 303
    page = (await http.get("/portal?area=messages", headers=await token_headers(session, portal))).text
    assert "within <strong>1 working day</strong>" in page
    staff = await token_headers(session, clinician)
    assert (await http.get("/admin/messaging", headers=staff)).status_code == 403
