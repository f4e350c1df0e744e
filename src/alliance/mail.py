"""Outgoing e-mail through the configured SMTP server (ALLIANCE_SMTP_*). Messages carry links, never PHI."""

from __future__ import annotations

import smtplib
from email.message import EmailMessage

from alliance.config import Settings, get_settings


def message(to: str, subject: str, body: str, *, settings: Settings | None = None) -> EmailMessage:
    """A plain-text message from the practice's sender address."""
    settings = settings or get_settings()
    msg = EmailMessage()
    msg["From"] = settings.smtp_from
    msg["To"] = to
    msg["Subject"] = subject
    msg.set_content(body)
    return msg


def send(msg: EmailMessage, *, settings: Settings | None = None) -> None:
    """Send over SMTPS (port 465) or SMTP with STARTTLS when the server offers it, logging in when configured."""
    settings = settings or get_settings()
    smtp_class = smtplib.SMTP_SSL if settings.smtp_port == 465 else smtplib.SMTP
    with smtp_class(settings.smtp_host or "", settings.smtp_port, timeout=20) as smtp:
        if smtp_class is smtplib.SMTP:
            smtp.ehlo()
            if smtp.has_extn("starttls"):
                smtp.starttls()
                smtp.ehlo()
        if settings.smtp_user:
            smtp.login(settings.smtp_user, settings.smtp_password.get_secret_value() if settings.smtp_password else "")
        smtp.send_message(msg)
