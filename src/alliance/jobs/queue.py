"""huey set-up, enqueue-after-commit, and the bridge from huey's threads to async services."""

from __future__ import annotations

import asyncio
import logging
import os
import threading
import time
from collections.abc import Awaitable, Callable
from typing import Any

from huey import SqliteHuey
from huey.api import Huey
from huey.consumer import Consumer
from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session

from alliance.config import Settings, get_settings
from alliance.jobs.reliable import AllianceRedisHuey, StampedSerializer, stamped_at
from alliance.observability.metrics import install_job_metrics

log = logging.getLogger("alliance.jobs")
PENDING = "alliance_pending_jobs"


def build_huey(settings: Settings) -> Huey:
    """AllianceRedisHuey when ALLIANCE_REDIS_URL is set, else SqliteHuey in the data dir."""
    if settings.redis_url:
        return AllianceRedisHuey("alliance", url=settings.redis_url, utc=True, serializer=StampedSerializer())
    settings.data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    filename = settings.data_dir / "jobs.db"
    if not filename.exists():
        os.close(os.open(filename, os.O_WRONLY | os.O_CREAT, 0o600))  # owner-only, like the database
    return SqliteHuey("alliance", filename=str(filename), utc=True, serializer=StampedSerializer())


def oldest_pending_age() -> float | None:
    """Seconds the oldest waiting job has waited (None when the queue is empty)."""
    items = huey.storage.enqueued_items(1)
    if not items:
        return None
    at = stamped_at(items[0])
    return None if at is None else max(0.0, time.time() - at)


huey: Huey = build_huey(get_settings())
install_job_metrics(huey)  # jobs by task and outcome, in whichever process runs them


def enqueue_after_commit(session: AsyncSession | Session, task: Callable[..., Any], *args: Any) -> None:
    """Queue a task to run once this transaction commits; dropped if it rolls back."""
    sync = session.sync_session if isinstance(session, AsyncSession) else session
    sync.info.setdefault(PENDING, []).append((task, args))


# Jobs whose record is committed but which the queue refused (Redis restarting or down): kept in this process and
# sent again every RESEND_SECONDS, so the request that saved the record answers normally instead of a 500 and the
# work starts when the queue is back. Lost only if this process dies before the queue returns (logged).
RESEND_SECONDS = 2.0
_unsent: list[tuple[Callable[..., Any], tuple[Any, ...]]] = []
_unsent_lock = threading.Lock()
_resender: threading.Thread | None = None


def _send(task: Callable[..., Any], args: tuple[Any, ...]) -> bool:
    try:
        task(*args)
        return True
    except Exception as exc:  # noqa: BLE001 - any queue failure: keep the job and try again
        log.warning("job %s not queued (%s); kept to send again", getattr(task, "name", task), type(exc).__name__)
        return False


def _resend_loop() -> None:
    global _resender
    while True:
        time.sleep(RESEND_SECONDS)
        with _unsent_lock:
            waiting, _unsent[:] = list(_unsent), []
        failed = [(task, args) for task, args in waiting if not _send(task, args)]
        with _unsent_lock:
            _unsent[:0] = failed
            if not _unsent:
                _resender = None
                return


def unsent_jobs() -> int:
    """How many committed jobs wait for the queue to come back in this process."""
    with _unsent_lock:
        return len(_unsent)


@event.listens_for(Session, "after_commit")
def _flush_jobs(session: Session) -> None:
    global _resender
    for task, args in session.info.pop(PENDING, []):
        if _send(task, args):
            continue
        with _unsent_lock:
            _unsent.append((task, args))
            if _resender is None:
                _resender = threading.Thread(target=_resend_loop, name="alliance-job-resend", daemon=True)
                _resender.start()


@event.listens_for(Session, "after_rollback")
def _drop_jobs(session: Session) -> None:
    session.info.pop(PENDING, None)


def run_async(fn: Callable[..., Awaitable[Any]], *args: Any) -> Any:
    """Run an async service function in its own transaction from a huey worker thread."""
    from alliance.db.session import create_engine

    async def _main() -> Any:
        from sqlalchemy.ext.asyncio import async_sessionmaker

        engine = create_engine(get_settings().resolved_database_url)
        try:
            async with async_sessionmaker(engine, expire_on_commit=False)() as session:
                try:
                    result = await fn(session, *args)
                    await session.commit()
                    return result
                except BaseException:
                    await session.rollback()
                    raise
        finally:
            await engine.dispose()

    return asyncio.run(_main())


class EmbeddedConsumer(Consumer):
    """A consumer that runs in threads of the web server (signals stay with uvicorn)."""

    def _set_signal_handlers(self) -> None:
        pass


def start_embedded_consumer(workers: int = 1) -> EmbeddedConsumer:
    """Start worker and scheduler threads inside this process."""
    consumer = EmbeddedConsumer(huey, workers=workers, worker_type="thread", periodic=True, check_worker_health=False)
    consumer.start()
    log.info("embedded job worker started (%s thread%s)", workers, "" if workers == 1 else "s")
    return consumer


def stop_embedded_consumer(consumer: EmbeddedConsumer) -> None:
    """Stop the embedded consumer, letting a running task finish."""
    consumer.stop(graceful=True)
    for _, thread in consumer.worker_threads:
        thread.join(timeout=10)
    consumer.scheduler.join(timeout=5)
