"""Background jobs: create due questionnaires from schedules, and e-mail reminders (ids only)."""

from __future__ import annotations

import logging
import uuid

from huey import crontab

from alliance.jobs.queue import huey, run_async

log = logging.getLogger("alliance.jobs")


async def _schedule(session) -> int:  # noqa: ANN001
    from alliance.measures import service

    created = await service.schedule_all(session)
    log.info("measures.schedule created %s due questionnaire(s)", created)
    return created


async def _remind(session, administration_id: str) -> bool:  # noqa: ANN001
    from alliance.measures.reminders import send_reminder

    return await send_reminder(session, uuid.UUID(administration_id))


@huey.periodic_task(crontab(minute="5"), name="measures.schedule")
def schedule_task() -> int:
    """Hourly: create the questionnaires that schedules make due (idempotent)."""
    return run_async(_schedule)


@huey.task(name="measures.remind", retries=2, retry_delay=300)
def remind_task(administration_id: str) -> bool:
    """E-mail a client that a questionnaire waits in their portal (no PHI in the message)."""
    return run_async(_remind, administration_id)
