"""Log-in throttling: growing waits per account and per source address, the same for real and unknown e-mails.

Every attempt is a `LoginAttempt` row holding HMACs of the source address and of the e-mail typed (never the
address or the e-mail), so an e-mail nobody uses is tracked exactly like a real one and no answer tells them apart.

- Source: at most `login_ip_attempts_per_minute` attempts a minute. After that many failed or refused attempts in a
  day, each further attempt must come 1 s after the source's latest one, doubling up to `login_lockout_minutes`.
  Refused attempts count here, so a source that keeps hammering stays blocked: this is what stops an attacker.
- Account: after `login_max_failures` consecutive failures (wrong passwords or codes since the last completed
  log-in, within a day), each further attempt must come 1 s after the latest failure, doubling up to
  `ACCOUNT_WAIT_CAP`. Refused attempts do not count, so nobody can keep an account's wait going by hammering it:
  the real user gets in once the short wait has passed.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import and_, delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from alliance.accounts.models import LoginAttempt
from alliance.config import get_settings
from alliance.db.base import utcnow
from alliance.errors import TooManyRequests
from alliance.security import crypto

ACCOUNT_WAIT_CAP = timedelta(minutes=1)  # short, so that an attacker cannot keep the real user out for long
WINDOW = timedelta(days=1)  # attempts older than this are forgotten (and purged)


class LoginThrottled(TooManyRequests):
    """Too many attempts: wait `retry_after` seconds. The refused attempt is kept (the transaction commits)."""

    persist = True

    def __init__(self, retry_after: int) -> None:
        super().__init__("Too many log-in attempts. Wait a little and try again.")
        self.retry_after = retry_after


@dataclass
class Attempt:
    """One log-in attempt being checked: whose keys, and the account's failures so far."""

    source_bidx: str
    account_bidx: str
    at: datetime
    account_failures: int = 0


def growing_wait(failures: int, free: int, cap: timedelta) -> timedelta:
    """No wait for the first `free` failures, then 1 s doubling with each further one, up to `cap`."""
    if failures < free:
        return timedelta(0)
    exponent = failures - free
    return cap if exponent >= 30 else min(timedelta(seconds=2**exponent), cap)


def _seconds(wait: timedelta) -> int:
    return max(1, math.ceil(wait.total_seconds()))


async def _source_wait(session: AsyncSession, attempt: Attempt) -> timedelta:
    settings = get_settings()
    per_minute = settings.login_ip_attempts_per_minute
    mine = LoginAttempt.source_bidx == attempt.source_bidx
    minute_ago = attempt.at - timedelta(minutes=1)
    recent, oldest = (await session.execute(
        select(func.count(), func.min(LoginAttempt.at)).where(mine, LoginAttempt.at > minute_ago)
    )).one()
    if recent >= per_minute:
        return oldest + timedelta(minutes=1) - attempt.at
    failures, latest = (await session.execute(
        select(func.count(), func.max(LoginAttempt.at)).where(
            mine, LoginAttempt.succeeded.is_(False), LoginAttempt.at > attempt.at - WINDOW)
    )).one()
    wait = growing_wait(failures, per_minute, timedelta(minutes=settings.login_lockout_minutes))
    return latest + wait - attempt.at if wait else wait


async def _account_failures(session: AsyncSession, attempt: Attempt) -> tuple[int, datetime | None]:
    mine = LoginAttempt.account_bidx == attempt.account_bidx
    last_login = await session.scalar(
        select(func.max(LoginAttempt.at)).where(mine, LoginAttempt.succeeded.is_(True)))
    since = max(last_login, attempt.at - WINDOW) if last_login else attempt.at - WINDOW
    count, latest = (await session.execute(
        select(func.count(), func.max(LoginAttempt.at)).where(
            and_(mine, LoginAttempt.succeeded.is_(False), LoginAttempt.at > since))
    )).one()
    return count, latest


async def check(session: AsyncSession, *, source: str, email: str) -> Attempt:
    """Refuse the attempt (recording it for the source) while the source or the account must wait.

    Raises LoginThrottled with the seconds to wait; the caller audits. The answer depends only on the e-mail typed,
    never on whether an account has it.
    """
    now = utcnow()
    await session.execute(delete(LoginAttempt).where(LoginAttempt.at < now - WINDOW))  # forget old attempts
    attempt = Attempt(crypto.blind_index("login-source", source or "unknown"),
                      crypto.blind_index("login-account", email), now)
    wait = await _source_wait(session, attempt)
    attempt.account_failures, latest = await _account_failures(session, attempt)
    if latest is not None:
        account_wait = growing_wait(attempt.account_failures, get_settings().login_max_failures, ACCOUNT_WAIT_CAP)
        wait = max(wait, latest + account_wait - now) if account_wait else wait
    if wait > timedelta(0):
        session.add(LoginAttempt(at=now, source_bidx=attempt.source_bidx, succeeded=False))
        raise LoginThrottled(_seconds(wait))
    return attempt


def record_failure(session: AsyncSession, attempt: Attempt) -> timedelta:
    """Count a wrong password or code against the source and the account; returns the account's wait from now.

    The failure is dated when it is answered (after the slow password hash), so the wait runs from the answer."""
    session.add(LoginAttempt(at=utcnow(), source_bidx=attempt.source_bidx, account_bidx=attempt.account_bidx,
                             succeeded=False))
    attempt.account_failures += 1
    return growing_wait(attempt.account_failures, get_settings().login_max_failures, ACCOUNT_WAIT_CAP)


def record_success(session: AsyncSession, attempt: Attempt, *, completed: bool) -> None:
    """A right password (or code). Only a completed log-in clears the account's failures: a password alone,
    with the second factor still to come, does not, so wrong codes keep counting across fresh password steps."""
    session.add(LoginAttempt(at=utcnow(), source_bidx=attempt.source_bidx,
                             account_bidx=attempt.account_bidx if completed else None, succeeded=True))
