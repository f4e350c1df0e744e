"""Background jobs of treatment plans (ids only): `plans.draft`, the AI draft of a plan.

Each step runs in a transaction of its own (`run_async`); the drafting step's session is its own, and
`drafting.draft_plan` may commit after reading the record so that no write lock is held while the model
writes.
"""

from __future__ import annotations

import logging

from alliance.errors import AllianceError
from alliance.jobs.queue import huey, run_async

log = logging.getLogger("alliance.jobs")


def draft_plan(draft_id: str) -> bool:
    """Draft a plan for the clinician's review (the body of the `plans.draft` job)."""
    from alliance.plans import drafts

    if not run_async(drafts.start, draft_id):
        return False
    try:
        result = run_async(drafts.run, draft_id)
    except AllianceError as exc:  # consent missing, no records, model unavailable or timed out
        run_async(drafts.fail, draft_id, exc.detail)
        return False
    except Exception as exc:  # noqa: BLE001
        log.warning("plan draft %s failed: %s", draft_id, type(exc).__name__)
        run_async(drafts.fail, draft_id, f"The draft failed ({type(exc).__name__}).")
        raise
    run_async(drafts.finish, draft_id, result)
    return True


@huey.task(name="plans.draft")
def draft_task(draft_id: str) -> bool:
    """Draft a treatment plan from the client's record."""
    return draft_plan(draft_id)
