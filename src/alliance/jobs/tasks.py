"""Housekeeping jobs of the platform itself."""

from __future__ import annotations

import logging
from datetime import timedelta

from huey import crontab
from sqlalchemy import delete, or_
from sqlalchemy.ext.asyncio import AsyncSession

from alliance.accounts.models import AuthSession, LoginAttempt
from alliance.db.base import utcnow
from alliance.jobs.queue import huey, run_async
from alliance.security import audit

log = logging.getLogger("alliance.jobs")


async def purge_sessions(session: AsyncSession) -> int:
    """Delete browser sessions that ended over a day ago and old log-in attempts."""
    cutoff = utcnow() - timedelta(days=1)
    result = await session.execute(delete(AuthSession).where(
        or_(AuthSession.expires_at < cutoff, AuthSession.revoked_at < cutoff)))
    await session.execute(delete(LoginAttempt).where(LoginAttempt.at < cutoff))
    return result.rowcount or 0


async def verify_audit(session: AsyncSession) -> bool:
    """Check the audit chain, sign its head when intact, and log the outcome (ids only)."""
    result = await audit.verify(session, write_checkpoint_if_intact=True)
    if result.ok:
        log.info("audit chain intact: %s entries", result.checked)
    else:
        log.error("audit chain broken at entry %s: %s", result.first_bad_seq, result.reason)
    return result.ok


@huey.periodic_task(crontab(minute="17"), name="accounts.purge_sessions")
def purge_sessions_task() -> int:
    """Hourly: drop expired sessions."""
    return run_async(purge_sessions)


@huey.periodic_task(crontab(minute="*"), name="security.checkpoint_audit")
def checkpoint_audit_task() -> int | None:
    """Every minute: sign the audit head into the checkpoint file when it moved, so deleting the newest entries
    is detected however few were written since the last automatic checkpoint."""
    return run_async(audit.checkpoint_head)


@huey.periodic_task(crontab(hour="3", minute="41"), name="security.verify_audit")
def verify_audit_task() -> bool:
    """Nightly: check the audit chain."""
    return run_async(verify_audit)
