"""Background jobs: e-mail between-session reminders to clients (no clinical detail in the message)."""

from __future__ import annotations

import logging

from huey import crontab

from alliance.jobs.queue import huey, run_async

log = logging.getLogger("alliance.jobs")


async def _remind(session) -> int:  # noqa: ANN001
    from alliance.homework.reminders import send_due

    sent = await send_due(session)
    log.info("homework.remind sent %s reminder(s)", sent)
    return sent


@huey.periodic_task(crontab(minute="*/10"), name="homework.remind")
def remind_task() -> int:
    """Every ten minutes: e-mail the clients whose reminder time has come (each at most once a day)."""
    return run_async(_remind)
