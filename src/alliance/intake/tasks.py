"""Background jobs for intake (ids only): the monthly check while people wait, the alert e-mail, the summary."""

from __future__ import annotations

import logging

from huey import crontab

from alliance.intake.alerts import notify_alert_task  # noqa: F401  (registers "intake.notify_alert")
from alliance.jobs.queue import huey, run_async

log = logging.getLogger("alliance.jobs")


async def _waiting_checks(session) -> int:  # noqa: ANN001
    from alliance.intake.waiting import send_due

    sent = await send_due(session)
    log.info("intake.waiting_checks sent %s check(s)", sent)
    return sent


@huey.periodic_task(crontab(minute="20", hour="9"), name="intake.waiting_checks")
def waiting_checks_task() -> int:
    """Daily: e-mail the monthly questionnaire link to everyone a month on the waitlist (each once a month)."""
    return run_async(_waiting_checks)


def draft_summary(summary_id: str) -> bool:
    """Draft a referral's summary: gather in one transaction, ask the model outside any, store in another."""
    import asyncio

    from alliance.errors import AllianceError
    from alliance.intake import summary

    job = run_async(summary.start_drafting, summary_id)
    if job is None:
        return False
    try:
        result = asyncio.run(summary.compose(job))
    except AllianceError as exc:  # model unavailable or timed out, invalid output, refused provider
        run_async(summary.fail, summary_id, exc.detail)
        return False
    except Exception as exc:  # noqa: BLE001
        run_async(summary.fail, summary_id, f"The draft failed ({type(exc).__name__}).")
        raise
    run_async(summary.finish, summary_id, result)
    return True


@huey.task(name="intake.summary")
def summary_task(summary_id: str) -> bool:
    """Draft the optional AI summary of a referral for the clinician (ids only)."""
    return draft_summary(summary_id)
