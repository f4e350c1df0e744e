"""Jobs: e-mail a clinician about a new risk alert (no PHI in the message)."""

from __future__ import annotations

import logging
import smtplib
import uuid
from email.message import EmailMessage

from sqlalchemy.ext.asyncio import AsyncSession

from alliance.accounts.models import User
from alliance.config import get_settings
from alliance.db.base import utcnow
from alliance.jobs.queue import huey, run_async
from alliance.safety.models import RiskAlert

log = logging.getLogger("alliance.safety")


def send_email(to: str, subject: str, body: str) -> None:
    """Send a plain-text e-mail through the configured SMTP server."""
    settings = get_settings()
    message = EmailMessage()
    message["From"] = settings.smtp_from
    message["To"] = to
    message["Subject"] = subject
    message.set_content(body)
    with smtplib.SMTP(settings.smtp_host, settings.smtp_port, timeout=20) as smtp:
        if settings.smtp_user:
            smtp.starttls()
            smtp.login(settings.smtp_user, settings.smtp_password.get_secret_value() if settings.smtp_password else "")
        smtp.send_message(message)


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
    send_email(user.email, f"Alliance: {alert.level} risk alert", body)
    alert.emailed_at = utcnow()
    log.info("risk alert %s e-mailed to user %s", alert.id, user.id)
    return True


@huey.task(retries=3, retry_delay=60, name="safety.notify_alert")
def notify_alert_task(alert_id: str) -> bool:
    """Send the alert e-mail (retried if the mail server is down)."""
    return run_async(notify_alert, alert_id)
