"""Background jobs of the companion (ids only): `companion.summary`, the between-session summary.

The steps run as service functions in transactions of their own (`run_async`), with the model call outside any
transaction, so no database lock is held while the model writes.
"""

from __future__ import annotations

import asyncio
import logging

from alliance.errors import AllianceError
from alliance.jobs.queue import huey, run_async

log = logging.getLogger("alliance.jobs")


def draft_summary(summary_id: str) -> bool:
    """Draft a between-session summary (the body of the `companion.summary` job)."""
    from alliance.companion import summary

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


@huey.task(name="companion.summary")
def summary_task(summary_id: str) -> bool:
    """Draft the summary of a client's conversation with the companion since the last session."""
    return draft_summary(summary_id)
