"""A job for the worker-kill test: counts its starts and its finishes in Redis; its first run hangs (to be killed).

Imported by the `alliance worker` the test starts (`python -c "import tests.scale.jobs_probe; ..." worker`), so the
real worker command runs it from the real Redis queue.
"""

from __future__ import annotations

import time

from alliance.jobs.queue import huey

HANG_SECONDS = 600


def _redis():  # noqa: ANN202
    import redis

    from alliance.config import get_settings

    return redis.Redis.from_url(get_settings().redis_url)


@huey.task(name="tests.scale.probe")
def probe(key: str) -> None:
    """Start; on the first run hang (the test kills the worker here); then record one finish."""
    conn = _redis()
    started = conn.incr(f"probe:{key}:started")
    if started == 1 and key.startswith("hang"):
        time.sleep(HANG_SECONDS)
    # The effect, made idempotent as every Alliance task is: applied only if not applied before.
    if conn.set(f"probe:{key}:applied", "1", nx=True):
        conn.incr(f"probe:{key}:done")
