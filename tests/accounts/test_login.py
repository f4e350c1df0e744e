"""Log-in: passwords, rate limiting (throttling: test_throttle.py), TOTP MFA, sessions with CSRF and idle
timeout, API tokens."""

from __future__ import annotations

from datetime import timedelta

import pyotp
from sqlalchemy import select, update

from alliance.accounts.models import AuthSession, Role
from alliance.db.base import utcnow
from tests.support.factories import PASSWORD, make_client, make_practice, make_user, token_headers


async def _login(http, email, password=PASSWORD, ip=None):
    return await http.post("/api/v1/auth/login", json={"email": email, "password": password})


async def test_password_login_sets_a_session_cookie(session, http):
    practice = await make_practice(session)
    user = await make_user(session, practice, Role.clinician, password=PASSWORD)
    response = await _login(http, user.email)
    assert response.status_code == 200
    assert response.json()["user"]["id"] == str(user.id)
    assert "alliance_session" in response.cookies
    me = await http.get("/api/v1/auth/me")
    assert me.status_code == 200 and me.json()["email"] == user.email


async def test_wrong_password_is_refused_without_saying_which_part(session, http):
    practice = await make_practice(session)
    user = await make_user(session, practice, password=PASSWORD)
    wrong = await _login(http, user.email, "not the password at all")
    unknown = await _login(http, "nobody@example.org", "not the password at all")
    assert wrong.status_code == unknown.status_code == 401
    assert wrong.json()["detail"] == unknown.json()["detail"]


async def test_many_attempts_from_one_address_are_rate_limited(session, http, monkeypatch):
    from alliance.config import get_settings

    monkeypatch.setattr(get_settings(), "login_ip_attempts_per_minute", 3)
    practice = await make_practice(session)
    user = await make_user(session, practice, password=PASSWORD)
    codes = [(await _login(http, f"someone{i}@example.org", "whatever-password")).status_code for i in range(3)]
    assert codes == [401, 401, 401]
    blocked = await _login(http, user.email)
    assert blocked.status_code == 429
    assert blocked.json()["error"] == "LoginThrottled" and 1 <= int(blocked.headers["retry-after"]) <= 60


async def test_staff_must_enrol_in_mfa_when_the_practice_requires_it(session, http):
    practice = await make_practice(session, mfa_required=True)
    user = await make_user(session, practice, Role.clinician, password=PASSWORD)
    first = await _login(http, user.email)
    assert first.json()["mfa_required"] and first.json()["mfa_enrolment_required"]
    assert "alliance_session" not in first.cookies
    ticket = first.json()["ticket"]
    assert (await http.get("/api/v1/auth/me")).status_code == 401
    enrol = await http.post("/api/v1/auth/mfa/enrol", json={"ticket": ticket})
    secret = enrol.json()["secret"]
    assert enrol.json()["provisioning_uri"].startswith("otpauth://totp/")
    bad = await http.post("/api/v1/auth/mfa", json={"ticket": ticket, "code": "000000"})
    assert bad.status_code == 401
    good = await http.post("/api/v1/auth/mfa", json={"ticket": ticket, "code": pyotp.TOTP(secret).now()})
    assert good.status_code == 200 and good.json()["user"]["mfa_enabled"] is True
    assert (await http.get("/api/v1/auth/me")).status_code == 200


async def test_clients_do_not_need_mfa_and_staff_do_not_when_the_admin_turned_it_off(session, http):
    strict = await make_practice(session, mfa_required=True)
    client = await make_client(session, strict)
    client_user = await make_user(session, strict, Role.client, client=client, password=PASSWORD)
    relaxed = await make_practice(session, mfa_required=False)
    staff = await make_user(session, relaxed, Role.clinician, password=PASSWORD)
    assert (await _login(http, client_user.email)).json()["mfa_required"] is False
    assert (await _login(http, staff.email)).json()["mfa_required"] is False


async def test_cookie_requests_that_change_things_need_the_csrf_token(session, http):
    practice = await make_practice(session)
    user = await make_user(session, practice, Role.admin, password=PASSWORD)
    user_id = user.id
    await _login(http, user.email)
    refused = await http.patch("/api/v1/practice", json={"record_retention_years": 9})
    assert refused.status_code == 403
    auth = (await session.execute(select(AuthSession).where(AuthSession.user_id == user_id)
                   .execution_options(populate_existing=True))).scalars().first()
    accepted = await http.patch("/api/v1/practice", json={"record_retention_years": 9},
                                headers={"X-CSRF-Token": auth.csrf_token})
    assert accepted.status_code == 200 and accepted.json()["record_retention_years"] == 9


async def test_idle_sessions_expire(session, http):
    practice = await make_practice(session)
    user = await make_user(session, practice, password=PASSWORD)
    await _login(http, user.email)
    assert (await http.get("/api/v1/auth/me")).status_code == 200
    await session.execute(update(AuthSession).where(AuthSession.user_id == user.id)
                          .values(last_seen_at=utcnow() - timedelta(hours=2)))
    session.expunge_all()
    assert (await http.get("/api/v1/auth/me")).status_code == 401


async def test_logout_ends_the_session(session, http):
    practice = await make_practice(session)
    user = await make_user(session, practice, password=PASSWORD)
    await _login(http, user.email)
    auth = (await session.execute(select(AuthSession).where(AuthSession.user_id == user.id)
                   .execution_options(populate_existing=True))).scalars().first()
    cookie = http.cookies.get("alliance_session")
    response = await http.post("/api/v1/auth/logout", headers={"X-CSRF-Token": auth.csrf_token})
    assert response.status_code == 204
    http.cookies.set("alliance_session", cookie)
    assert (await http.get("/api/v1/auth/me")).status_code == 401


async def test_revoked_and_unknown_tokens_are_refused(session, http):
    practice = await make_practice(session)
    user = await make_user(session, practice)
    headers = await token_headers(session, user)
    assert (await http.get("/api/v1/auth/me", headers=headers)).status_code == 200
    tokens = (await http.get("/api/v1/auth/tokens", headers=headers)).json()
    assert (await http.delete(f"/api/v1/auth/tokens/{tokens[0]['id']}", headers=headers)).status_code == 204
    assert (await http.get("/api/v1/auth/me", headers=headers)).status_code == 401
    assert (await http.get("/api/v1/auth/me", headers={"Authorization": "Bearer alc_nonsense"})).status_code == 401


async def test_deactivated_users_lose_access(session, http):
    practice = await make_practice(session)
    admin = await make_user(session, practice, Role.admin)
    user = await make_user(session, practice, password=PASSWORD)
    email = user.email
    headers = await token_headers(session, user)
    admin_headers = await token_headers(session, admin)
    off = await http.patch(f"/api/v1/users/{user.id}", json={"is_active": False}, headers=admin_headers)
    assert off.status_code == 200 and off.json()["is_active"] is False
    assert (await http.get("/api/v1/auth/me", headers=headers)).status_code == 401
    assert (await _login(http, email)).status_code == 401


async def test_weak_passwords_are_refused(session, http):
    practice = await make_practice(session)
    admin = await make_user(session, practice, Role.admin)
    headers = await token_headers(session, admin)
    response = await http.post("/api/v1/users", headers=headers, json={
        "email": "weak@example.org", "role": "clinician", "password": "aaaaaaaaaaaa"})
    assert response.status_code == 400 and "guess" in response.json()["detail"]


async def test_a_totp_code_is_accepted_only_once(session, http):
    practice = await make_practice(session, mfa_required=True)
    user = await make_user(session, practice, Role.clinician, password=PASSWORD)
    email = user.email
    first = (await _login(http, email)).json()
    secret = (await http.post("/api/v1/auth/mfa/enrol", json={"ticket": first["ticket"]})).json()["secret"]
    code = pyotp.TOTP(secret).now()
    assert (await http.post("/api/v1/auth/mfa", json={"ticket": first["ticket"], "code": code})).status_code == 200
    second = (await _login(http, email)).json()
    replay = await http.post("/api/v1/auth/mfa", json={"ticket": second["ticket"], "code": code})
    assert replay.status_code == 401
