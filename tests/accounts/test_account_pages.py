"""My account: staff change their name, time zone and password; clients change theirs in the portal; changing a
password ends every other session; a mistake says what is wrong and changes nothing."""

from __future__ import annotations

from sqlalchemy import select

from alliance.accounts.models import AuthSession, Role, User
from alliance.clients.models import Client
from alliance.security import passwords
from alliance.security.models import AuditEvent
from tests.support.factories import PASSWORD, make_client, make_practice, make_user, token_headers

NEW = "a much longer new passphrase"


async def _cookie_login(http, email):
    response = await http.post("/api/v1/auth/login", json={"email": email, "password": PASSWORD})
    assert response.status_code == 200
    return response


async def _csrf(session, user_id):
    rows = (await session.execute(select(AuthSession).where(AuthSession.user_id == user_id, AuthSession.revoked_at.is_(None))
                                  .order_by(AuthSession.created_at.desc())
                                  .execution_options(populate_existing=True))).scalars().all()
    return rows[0]


async def test_staff_change_name_and_time_zone(session, http):
    p = await make_practice(session)
    me = await make_user(session, p, password=PASSWORD)
    headers = await token_headers(session, me)
    page = await http.get("/account", headers=headers)
    assert page.status_code == 200 and "My account" in page.text and p.timezone in page.text
    saved = await http.post("/account/preferences", data={"display_name": "Dr Ana Ruiz", "timezone": "Europe/Madrid"},
                            headers=headers)
    assert saved.status_code == 303 and saved.headers["location"] == "/account?saved=prefs"
    page = (await http.get(saved.headers["location"], headers=headers)).text
    assert "Your preferences are saved." in page and "Europe/Madrid" in page and "<span>Dr Ana Ruiz</span></a>" in page
    bad = await http.post("/account/preferences", data={"display_name": "X", "timezone": "Nowhere/Town"},
                          headers=headers)
    assert bad.status_code == 400 and "Unknown time zone" in bad.text
    user = (await session.execute(select(User).where(User.id == me.id).execution_options(populate_existing=True))).scalar_one()
    assert (user.display_name, user.timezone) == ("Dr Ana Ruiz", "Europe/Madrid")


async def test_changing_the_password_ends_every_other_session(session, http):
    p = await make_practice(session)
    me = await make_user(session, p, password=PASSWORD)
    user_id, email = me.id, me.email
    await _cookie_login(http, email)  # an older session, say on another computer
    other = await _csrf(session, user_id)
    await _cookie_login(http, email)  # this browser
    mine = await _csrf(session, user_id)
    assert other.id != mine.id
    wrong = await http.post("/account/password", data={
        "csrf_token": mine.csrf_token, "current_password": "not it", "new_password": NEW, "new_password_again": NEW})
    assert wrong.status_code == 400 and "current password is not right" in wrong.text
    mismatch = await http.post("/account/password", data={
        "csrf_token": mine.csrf_token, "current_password": PASSWORD, "new_password": NEW,
        "new_password_again": NEW + "!"})
    assert mismatch.status_code == 400 and "not the same" in mismatch.text
    done = await http.post("/account/password", data={
        "csrf_token": mine.csrf_token, "current_password": PASSWORD, "new_password": NEW, "new_password_again": NEW})
    assert done.status_code == 303
    rows = {s.id: s for s in (await session.execute(select(AuthSession).where(AuthSession.user_id == user_id)
                                                    .execution_options(populate_existing=True))).scalars()}
    assert rows[other.id].revoked_at is not None and rows[mine.id].revoked_at is None
    assert (await http.get("/api/v1/auth/me")).status_code == 200  # this browser stays logged in
    user = (await session.execute(select(User).where(User.id == user_id).execution_options(populate_existing=True))).scalar_one()
    assert passwords.verify_password(user.password_hash, NEW)
    event = (await session.execute(select(AuditEvent).where(AuditEvent.actor_id == user_id,
                                                            AuditEvent.action == "auth.password.change"))).scalar_one()
    assert event.detail == "other_sessions_ended=1"


async def test_clients_keep_their_account_in_the_portal(session, http):
    p = await make_practice(session)
    clinician = await make_user(session, p)
    client = await make_client(session, p, clinician=clinician)
    login = await make_user(session, p, Role.client, client=client, password=PASSWORD)
    client_id = client.id
    headers = await token_headers(session, login)
    assert (await http.get("/account", headers=headers)).headers["location"] == "/portal?area=account"
    page = await http.get("/portal?area=account", headers=headers)
    assert page.status_code == 200 and "Your choices" in page.text and "Send me reminders by e-mail" in page.text
    assert 'aria-current="page">My account</a>' in page.text
    home = (await http.get("/portal", headers=headers)).text
    assert "Your choices" not in home and 'aria-current="page">Home</a>' in home
    saved = await http.post("/portal/preferences", data={"preferred_language": "es", "timezone": "America/Bogota"},
                            headers=headers)  # the reminders box left unticked
    assert saved.status_code == 303
    row = (await session.execute(select(Client).where(Client.id == client_id)
                                 .execution_options(populate_existing=True))).scalar_one()
    assert (row.preferred_language, row.timezone, row.reminders_by_email) == ("es", "America/Bogota", False)
    bad = await http.post("/portal/preferences", data={"preferred_language": "klingon", "timezone": ""},
                          headers=headers)
    # The client now reads Spanish: the form comes back in it.
    assert bad.status_code == 400 and 'aria-current="page">Mi cuenta</a>' in bad.text
    row = (await session.execute(select(Client).where(Client.id == client_id)
                                 .execution_options(populate_existing=True))).scalar_one()
    assert row.preferred_language == "es"
    staff = await token_headers(session, clinician)  # staff have no portal preferences to change
    assert (await http.post("/portal/preferences", data={"preferred_language": "en"}, headers=staff)).status_code == 403
