"""Log-in throttling: the same answers for real and unknown e-mails, short capped waits per account, growing waits per
source address, and an MFA step that lets the user start again."""

from __future__ import annotations

import time
import uuid
from contextlib import asynccontextmanager
from datetime import timedelta

import httpx
import pyotp
import pytest
from sqlalchemy import select

from alliance.accounts import throttle
from alliance.accounts.models import Role
from alliance.db.base import utcnow
from alliance.security.models import AuditEvent
from tests.support.factories import PASSWORD, make_practice, make_user

WRONG = "not the password at all"
VARYING_HEADERS = {"date", "x-request-id"}


@asynccontextmanager
async def _from(app, address: str):
    """A client whose requests come from this source address."""
    transport = httpx.ASGITransport(app=app, client=(address, 50000))
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        yield client


async def _login(client: httpx.AsyncClient, email: str, password: str = PASSWORD) -> httpx.Response:
    return await client.post("/api/v1/auth/login", json={"email": email, "password": password})


class Clock:
    """The throttle's clock, moved by the test: each reading is 1 ms after the last (attempts stay in order),
    so waits do not depend on how fast the machine hashes passwords."""

    def __init__(self) -> None:
        self.now = utcnow()

    def __call__(self):
        self.now += timedelta(milliseconds=1)
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def clock(monkeypatch) -> Clock:
    frozen = Clock()
    monkeypatch.setattr(throttle, "utcnow", frozen)
    return frozen


def _answer(response: httpx.Response) -> tuple[int, dict, dict]:
    headers = {k: v for k, v in response.headers.items() if k.lower() not in VARYING_HEADERS}
    return response.status_code, response.json(), headers


async def test_real_and_unknown_emails_get_identical_answers_under_repeated_wrong_passwords(session, app, clock):
    practice = await make_practice(session)
    user = await make_user(session, practice, password=PASSWORD)
    unknown = f"nobody-{uuid.uuid4().hex[:8]}@example.org"
    async with _from(app, "198.51.100.1") as one, _from(app, "198.51.100.2") as other:
        real_answers = [_answer(await _login(one, user.email, WRONG)) for _ in range(10)]
        unknown_answers = [_answer(await _login(other, unknown, WRONG)) for _ in range(10)]
    for step, (real, fake) in enumerate(zip(real_answers, unknown_answers, strict=True)):
        assert real == fake, f"attempt {step + 1} tells a real e-mail from an unknown one"
    assert [status for status, _, _ in real_answers] == [401] * 5 + [429] * 5
    assert real_answers[5][1]["error"] == "LoginThrottled" and real_answers[5][2]["retry-after"] == "1"


async def test_the_login_page_answers_alike_for_real_and_unknown_emails(session, app, clock):
    import re

    practice = await make_practice(session)
    user = await make_user(session, practice, password=PASSWORD)
    unknown = f"nobody-{uuid.uuid4().hex[:8]}@example.org"

    async def attempts(client, email):
        answers = []
        for _ in range(7):
            page = await client.post("/login", data={"email": email, "password": WRONG})
            alert = re.search(r'role="alert">([^<]*)<', page.text)
            answers.append((page.status_code, alert and alert.group(1), page.headers.get("retry-after")))
        return answers

    async with _from(app, "198.51.100.7") as one, _from(app, "198.51.100.8") as other:
        real, fake = await attempts(one, user.email), await attempts(other, unknown)
    assert real == fake
    assert real[4] == (401, "Wrong e-mail or password.", None)
    assert real[5] == (429, "Too many log-in attempts. Try again in 1 second.", "1")


async def test_the_password_is_hashed_for_unknown_emails_too(session, http, monkeypatch):
    from alliance.security import passwords

    calls: list[str | None] = []
    real_verify = passwords.verify_password
    monkeypatch.setattr(passwords, "verify_password", lambda h, p: calls.append(h) or real_verify(h, p))
    assert (await _login(http, "nobody@example.org", WRONG)).status_code == 401
    assert calls == [None]  # verify_password hashes against a dummy when there is no account


async def test_the_real_user_gets_in_after_the_short_wait_while_another_source_keeps_failing(session, app, clock):
    practice = await make_practice(session)
    user = await make_user(session, practice, password=PASSWORD)
    async with _from(app, "198.51.100.66") as attacker, _from(app, "192.0.2.10") as owner:
        statuses = [(await _login(attacker, user.email, WRONG)).status_code for _ in range(25)]
        assert statuses == [401] * 5 + [429] * 20  # refused attempts do not lengthen the account's wait
        assert (await _login(owner, user.email)).status_code == 429  # the account's wait (1 s) still runs
        clock.advance(2)
        assert (await _login(attacker, user.email, WRONG)).status_code == 429  # the attacker's source waits
        assert (await _login(attacker, user.email)).status_code == 429  # even with the right password
        assert (await _login(owner, user.email)).status_code == 200


async def test_the_account_wait_doubles_with_each_further_failure(session, app, clock):
    practice = await make_practice(session)
    user = await make_user(session, practice, password=PASSWORD)
    async with _from(app, "198.51.100.3") as client:
        for _ in range(5):
            assert (await _login(client, user.email, WRONG)).status_code == 401
        clock.advance(2)
        assert (await _login(client, user.email, WRONG)).status_code == 401
        refused = await _login(client, user.email)
        assert refused.status_code == 429 and refused.headers["retry-after"] == "2"


def test_waits_start_after_the_free_failures_and_stop_growing_at_the_cap():
    cap = throttle.ACCOUNT_WAIT_CAP
    assert [throttle.growing_wait(n, 5, cap).total_seconds() for n in range(4, 10)] == [0, 1, 2, 4, 8, 16]
    assert throttle.growing_wait(12, 5, cap) == cap == timedelta(minutes=1)
    assert throttle.growing_wait(10_000, 5, cap) == cap


async def test_a_source_that_keeps_failing_waits_longer_and_longer(session, app, clock):
    practice = await make_practice(session)
    user = await make_user(session, practice, password=PASSWORD)
    async with _from(app, "198.51.100.4") as sprayer, _from(app, "192.0.2.11") as owner:
        for i in range(26):  # one try each at many e-mails: no account reaches its limit, the source does
            await _login(sprayer, f"guess-{i}@example.org", WRONG)
        clock.advance(61)  # past the per-minute limit; 26 failures mean a 64 s wait from the last one
        refused = await _login(sprayer, user.email)
        assert refused.status_code == 429 and refused.headers["retry-after"] == "3"
        assert (await _login(owner, user.email)).status_code == 200  # the account itself was never attacked


async def test_failures_and_throttles_are_audited_with_ids_only(session, app, clock):
    practice = await make_practice(session)
    user = await make_user(session, practice, password=PASSWORD)
    unknown = f"nobody-{uuid.uuid4().hex[:8]}@example.org"
    async with _from(app, "198.51.100.5") as client:
        for email in (user.email, unknown):
            for _ in range(6):
                await _login(client, email, WRONG)
    query = select(AuditEvent).where(AuditEvent.action == "auth.login").order_by(AuditEvent.seq)
    events = (await session.execute(query)).scalars().all()
    mine = [(e.outcome, e.detail) for e in events if e.actor_id == user.id]
    assert mine == [("failed", "bad-password")] * 5 + [("denied", "throttled")]
    anonymous = [(e.outcome, e.detail) for e in events if e.actor_id is None and e.actor_role == "anonymous"]
    assert anonymous[-6:] == [("failed", "unknown-account")] * 5 + [("denied", "throttled;unknown-account")]
    assert not any(user.email in (e.detail or "") or unknown in (e.detail or "") for e in events)


async def _enrolled_user(session, http):
    """A clinician of an MFA practice who has enrolled; returns (email, secret)."""
    practice = await make_practice(session, mfa_required=True)
    user = await make_user(session, practice, Role.clinician, password=PASSWORD)
    ticket = (await _login(http, user.email)).json()["ticket"]
    secret = (await http.post("/api/v1/auth/mfa/enrol", json={"ticket": ticket})).json()["secret"]
    done = await http.post("/api/v1/auth/mfa", json={"ticket": ticket, "code": pyotp.TOTP(secret).now()})
    assert done.status_code == 200
    http.cookies.clear()
    return user.email, secret


def _wrong_code(secret: str) -> str:
    totp, now = pyotp.TOTP(secret), time.time()
    valid = {totp.at(now + drift) for drift in (-60, -30, 0, 30, 60)}
    return next(code for code in ("000000", "111111", "222222") if code not in valid)


async def test_after_five_wrong_codes_the_user_starts_again_with_the_password(session, http, clock):
    email, secret = await _enrolled_user(session, http)
    ticket = (await _login(http, email)).json()["ticket"]
    wrong = [await http.post("/api/v1/auth/mfa", json={"ticket": ticket, "code": _wrong_code(secret)})
             for _ in range(5)]
    assert [r.status_code for r in wrong] == [401] * 5
    assert [r.json()["error"] for r in wrong] == ["LoginFailed"] * 4 + ["MfaStepEnded"]
    assert "Log in again with your password" in wrong[-1].json()["detail"]
    next_code = pyotp.TOTP(secret).at(time.time() + 30)  # a later step than the enrolment's (codes work once)
    dead = await http.post("/api/v1/auth/mfa", json={"ticket": ticket, "code": next_code})
    assert dead.status_code == 401 and "Log in again" in dead.json()["detail"]
    clock.advance(2)  # the account's 1 s wait after five failures
    fresh = (await _login(http, email)).json()
    assert fresh["mfa_required"] and fresh["ticket"] != ticket
    done = await http.post("/api/v1/auth/mfa", json={"ticket": fresh["ticket"], "code": next_code})
    assert done.status_code == 200 and done.json()["user"]["email"] == email
    assert (await http.get("/api/v1/auth/me")).status_code == 200


async def test_the_mfa_page_sends_the_user_back_to_the_password_step_with_a_message(session, http, clock):
    email, secret = await _enrolled_user(session, http)
    step = await http.post("/login", data={"email": email, "password": PASSWORD})
    assert step.status_code == 303 and step.headers["location"] == "/login/mfa"
    for _ in range(4):
        assert (await http.post("/login/mfa", data={"code": _wrong_code(secret)})).status_code == 401
    ended = await http.post("/login/mfa", data={"code": _wrong_code(secret)})
    assert ended.status_code == 303 and ended.headers["location"] == "/login?step=ended"
    page = await http.get(ended.headers["location"])
    assert "Your log-in step has ended" in page.text and 'role="alert"' in page.text


async def test_wrong_codes_count_against_the_account_across_fresh_password_steps(session, http, clock):
    email, secret = await _enrolled_user(session, http)
    for _ in range(2):
        ticket = (await _login(http, email)).json()["ticket"]
        for _ in range(2):
            assert (await http.post("/api/v1/auth/mfa", json={"ticket": ticket, "code": _wrong_code(secret)})
                    ).status_code == 401
        clock.advance(120)
    ticket = (await _login(http, email)).json()["ticket"]  # a right password does not clear the four failures
    fifth = await http.post("/api/v1/auth/mfa", json={"ticket": ticket, "code": _wrong_code(secret)})
    assert fifth.status_code == 401
    refused = await http.post("/api/v1/auth/mfa", json={"ticket": ticket, "code": _wrong_code(secret)})
    assert refused.status_code == 429 and refused.headers["retry-after"] == "1"
