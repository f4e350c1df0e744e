"""Background jobs: e-mail appointment reminders to clients (no PHI in the message)."""

from __future__ import annotations

import logging

from huey import crontab

from alliance.jobs.queue import huey, run_async

log = logging.getLogger("alliance.jobs")


async def _remind(session) -> int:  # noqa: ANN001
    from alliance.appointments.reminders import send_due

    sent = await send_due(session)
    log.info("appointments.remind sent %s reminder(s)", sent)
    return sent


@huey.periodic_task(crontab(minute="*/10"), name="appointments.remind")
def remind_task() -> int:
    """Every ten minutes: e-mail the reminders that are due (each appointment's at most once)."""
    return run_async(_remind)
