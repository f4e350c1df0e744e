"""Jobs: e-mail a clinician about a new risk alert (no PHI in the message)."""

from __future__ import annotations

import logging
import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from alliance import mail
from alliance.accounts.models import User
from alliance.config import get_settings
from alliance.db.base import utcnow
from alliance.jobs.queue import huey, run_async
from alliance.safety.models import RiskAlert

log = logging.getLogger("alliance.safety")


async def notify_alert(session: AsyncSession, alert_id: str) -> bool:
    """E-mail the alert's clinician a link to it; the e-mail names no client and quotes nothing."""
    alert = await session.get(RiskAlert, uuid.UUID(alert_id))
    if alert is None or alert.assigned_to is None or alert.emailed_at is not None:
        return False
    user = await session.get(User, alert.assigned_to)
    if user is None or not user.is_active:
        return False
    link = f"{get_settings().base_url.rstrip('/')}/alerts/{alert.id}"
    body = (f"A risk alert ({alert.level}) needs your attention in Alliance.\n\n{link}\n\n"
            + ("You receive it as the on-call clinician because the treating clinician is away.\n" if alert.on_call else "")
            + "Log in to see the details. This e-mail deliberately contains no client information.")
    mail.send(mail.message(user.email, f"Alliance: {alert.level} risk alert", body))
    alert.emailed_at = utcnow()
    log.info("risk alert %s e-mailed to user %s", alert.id, user.id)
    return True


@huey.task(retries=3, retry_delay=60, name="safety.notify_alert")
def notify_alert_task(alert_id: str) -> bool:
    """Send the alert e-mail (retried if the mail server is down)."""
    return run_async(notify_alert, alert_id)
