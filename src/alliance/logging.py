"""Logging set-up: ids only, never PHI (messages are fixed strings with id arguments)."""

from __future__ import annotations


def configure(level: str = "INFO") -> None:
    """Logs to standard error: plain lines, or JSON lines with request ids when ALLIANCE_LOG_FORMAT=json."""
    from alliance.observability.logs import configure as configure_logs

    configure_logs(level)
