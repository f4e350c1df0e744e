"""huey set-up, enqueue-after-commit, and the bridge from huey's threads to async services."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from huey import RedisHuey, SqliteHuey
from huey.api import Huey
from huey.consumer import Consumer
from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session

from alliance.config import Settings, get_settings

log = logging.getLogger("alliance.jobs")
PENDING = "alliance_pending_jobs"


def build_huey(settings: Settings) -> Huey:
    """RedisHuey when ALLIANCE_REDIS_URL is set, else SqliteHuey in the data dir."""
    if settings.redis_url:
        return RedisHuey("alliance", url=settings.redis_url, utc=True)
    import os

    settings.data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    filename = settings.data_dir / "jobs.db"
    if not filename.exists():
        os.close(os.open(filename, os.O_WRONLY | os.O_CREAT, 0o600))  # owner-only, like the database
    return SqliteHuey("alliance", filename=str(filename), utc=True)


huey: Huey = build_huey(get_settings())


def enqueue_after_commit(session: AsyncSession | Session, task: Callable[..., Any], *args: Any) -> None:
    """Queue a task to run once this transaction commits; dropped if it rolls back."""
    sync = session.sync_session if isinstance(session, AsyncSession) else session
    sync.info.setdefault(PENDING, []).append((task, args))


@event.listens_for(Session, "after_commit")
def _flush_jobs(session: Session) -> None:
    for task, args in session.info.pop(PENDING, []):
        task(*args)


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
