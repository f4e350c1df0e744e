"""TOTP log-in through the JSON API of a live server: the ticket flow, one use per code, and a fresh start after
too many wrong codes."""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator

import httpx
import pyotp
import pytest

from tests.e2e.helpers import ADMIN, LiveServer


@pytest.fixture
def mfa_practice(sqlite_server: LiveServer) -> Iterator[tuple[str, str]]:
    """The demo practice with MFA required and a fresh supervisor (e-mail, password); MFA off again after."""
    email, password = (
        f"totp-{uuid.uuid4().hex[:8]}@riverside.example.org",
        "totp-password-" + uuid.uuid4().hex[:6],
    )
    made = sqlite_server.cli(
        "users",
        "create",
        "--email",
        email,
        "--role",
        "supervisor",
        "--name",
        "TOTP Test",
        "--password",
        password,
    )
    assert made.returncode == 0, made.stderr
    admin = sqlite_server.login(ADMIN)
    assert admin.patch("/api/v1/practice", json={"mfa_required": True}).status_code == 200
    try:
        yield email, password
    finally:
        assert admin.patch("/api/v1/practice", json={"mfa_required": False}).status_code == 200
        admin.close()


def _password_step(server: LiveServer, email: str, password: str) -> dict:
    response = httpx.post(f"{server.base_url}/api/v1/auth/login", json={"email": email, "password": password})
    assert response.status_code == 200, response.text
    return response.json()


def _enrolled(server: LiveServer, email: str, password: str) -> tuple[str, str]:
    """Enrol the user's authenticator through the API; returns (secret, the code used)."""
    step = _password_step(server, email, password)
    assert step["mfa_required"] and step["mfa_enrolment_required"] and step["user"] is None
    secret = httpx.post(f"{server.base_url}/api/v1/auth/mfa/enrol", json={"ticket": step["ticket"]}).json()[
        "secret"
    ]
    code = pyotp.TOTP(secret).now()
    done = httpx.post(f"{server.base_url}/api/v1/auth/mfa", json={"ticket": step["ticket"], "code": code})
    assert done.status_code == 200, done.text
    assert done.json()["user"]["mfa_enabled"] and "alliance_session" in done.cookies
    return secret, code


def test_staff_log_in_needs_a_totp_code_when_the_practice_requires_it(
    sqlite_server: LiveServer, mfa_practice: tuple[str, str]
) -> None:
    email, password = mfa_practice
    _enrolled(sqlite_server, email, password)
    step = _password_step(sqlite_server, email, password)
    assert step["mfa_required"] and not step["mfa_enrolment_required"]
    wrong = httpx.post(
        f"{sqlite_server.base_url}/api/v1/auth/mfa", json={"ticket": step["ticket"], "code": "12345x"}
    )
    assert wrong.status_code in (401, 422) and set(wrong.json()) >= {"error", "detail"}
    # The half-logged-in ticket is not a session: the API refuses it as a cookie.
    me = httpx.get(f"{sqlite_server.base_url}/api/v1/auth/me", cookies={"alliance_session": step["ticket"]})
    assert me.status_code == 401


def test_a_totp_code_logs_in_only_once(sqlite_server: LiveServer, mfa_practice: tuple[str, str]) -> None:
    email, password = mfa_practice
    _, code = _enrolled(sqlite_server, email, password)
    step = _password_step(sqlite_server, email, password)
    replay = httpx.post(
        f"{sqlite_server.base_url}/api/v1/auth/mfa", json={"ticket": step["ticket"], "code": code}
    )
    assert replay.status_code == 401, "the same code was accepted twice"


def _wrong_code(secret: str) -> str:
    totp, now = pyotp.TOTP(secret), time.time()
    valid = {totp.at(now + drift) for drift in (-60, -30, 0, 30, 60)}
    return next(code for code in ("000000", "111111", "222222") if code not in valid)


def test_after_five_wrong_codes_the_user_starts_again_with_the_password(
    sqlite_server: LiveServer, mfa_practice: tuple[str, str]
) -> None:
    email, password = mfa_practice
    secret, _ = _enrolled(sqlite_server, email, password)
    step = _password_step(sqlite_server, email, password)
    url = f"{sqlite_server.base_url}/api/v1/auth/mfa"
    wrong = [httpx.post(url, json={"ticket": step["ticket"], "code": _wrong_code(secret)}) for _ in range(5)]
    assert [r.status_code for r in wrong] == [401] * 5
    assert wrong[-1].json()["error"] == "MfaStepEnded", wrong[-1].text
    next_code = pyotp.TOTP(secret).at(time.time() + 30)  # a later step than the enrolment's (codes work once)
    assert httpx.post(url, json={"ticket": step["ticket"], "code": next_code}).status_code == 401
    # Five failures ask for a short wait (1 s) before the next try, said in Retry-After.
    again = httpx.post(f"{sqlite_server.base_url}/api/v1/auth/login", json={"email": email, "password": password})
    if again.status_code == 429:
        time.sleep(int(again.headers["retry-after"]))
    fresh = _password_step(sqlite_server, email, password)
    done = httpx.post(url, json={"ticket": fresh["ticket"], "code": next_code})
    assert done.status_code == 200, done.text
    assert "alliance_session" in done.cookies
