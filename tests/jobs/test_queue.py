"""Jobs run only after their transaction commits, on SQLite storage (embedded) and on Redis."""

from __future__ import annotations

import threading
import uuid

import pytest
from huey import RedisHuey, SqliteHuey
from sqlalchemy.ext.asyncio import AsyncSession

from alliance.jobs.queue import EmbeddedConsumer, enqueue_after_commit
from tests.conftest import REDIS_URL, service_missing
from tests.support.factories import make_practice


@pytest.fixture(params=["sqlite", "redis"])
def queue(request, tmp_path):
    """A huey of each kind, with a task that records what it was given."""
    name = f"test-{uuid.uuid4().hex[:8]}"
    if request.param == "sqlite":
        huey = SqliteHuey(name, filename=str(tmp_path / "jobs.db"), utc=True)
    else:
        if not REDIS_URL:
            service_missing("Redis", "set ALLIANCE_TEST_REDIS_URL (e.g. redis://127.0.0.1:6379/0)")
        huey = RedisHuey(name, url=REDIS_URL, utc=True)
        try:
            huey.storage.conn.ping()
        except Exception as exc:  # noqa: BLE001
            service_missing("Redis", str(exc))
    seen: list[str] = []
    done = threading.Event()

    @huey.task(name="test.record")
    def record(practice_id: str) -> None:
        seen.append(practice_id)
        done.set()

    yield huey, record, seen, done
    huey.flush()


async def test_job_is_queued_only_when_the_transaction_commits(session: AsyncSession, queue):
    huey, record, _, _ = queue
    practice = await make_practice(session)
    async with session.begin_nested():
        enqueue_after_commit(session, record, str(practice.id))
        assert huey.pending_count() == 0
    await session.commit()
    assert huey.pending_count() == 1


async def test_job_is_dropped_when_the_transaction_rolls_back(session: AsyncSession, queue):
    huey, record, _, _ = queue
    practice = await make_practice(session)
    enqueue_after_commit(session, record, str(practice.id))
    await session.rollback()
    assert huey.pending_count() == 0


def test_worker_threads_run_queued_jobs(queue):
    huey, record, seen, done = queue
    record("abc")
    consumer = EmbeddedConsumer(huey, workers=1, worker_type="thread", periodic=False, check_worker_health=False)
    consumer.start()
    try:
        assert done.wait(timeout=20), "the worker did not run the job"
    finally:
        consumer.stop(graceful=True)
        for _, thread in consumer.worker_threads:
            thread.join(timeout=10)
        consumer.scheduler.join(timeout=5)
    assert seen == ["abc"]


def test_the_default_queue_uses_sqlite_in_the_data_dir_and_redis_when_configured(tmp_path):
    from alliance.config import Settings
    from alliance.jobs.queue import build_huey

    embedded = build_huey(Settings(data_dir=tmp_path))
    assert isinstance(embedded, SqliteHuey) and (tmp_path / "jobs.db").exists()
    scaled = build_huey(Settings(data_dir=tmp_path, redis_url="redis://127.0.0.1:6379/0"))
    assert isinstance(scaled, RedisHuey)


async def test_housekeeping_jobs_do_their_work(session: AsyncSession):
    from datetime import timedelta

    from alliance.accounts.models import AuthSession
    from alliance.db.base import utcnow
    from alliance.jobs.tasks import purge_sessions, verify_audit
    from tests.support.factories import make_user

    practice = await make_practice(session)
    user = await make_user(session, practice)
    old = AuthSession(user_id=user.id, token_hash=uuid.uuid4().hex, csrf_token="x",
                      expires_at=utcnow() - timedelta(days=3))
    session.add(old)
    await session.flush()
    assert await purge_sessions(session) >= 1
    assert await verify_audit(session) is True


def test_every_domain_job_is_registered_for_workers():
    from alliance.jobs.queue import huey
    from alliance.jobs.registry import import_all_tasks

    modules = import_all_tasks()
    assert {"alliance.jobs.tasks", "alliance.safety.tasks", "alliance.measures.tasks"} <= set(modules)
    registered = set(huey._registry._registry)
    assert any(name.endswith("measures.schedule") for name in registered)
    assert any(name.endswith("safety.notify_alert") for name in registered)


async def test_a_job_the_queue_refuses_after_the_commit_is_sent_again_not_a_500(session: AsyncSession, monkeypatch):
    """Redis restarting when a record commits: the commit succeeds and the job goes out once the queue is back."""
    from alliance.jobs import queue as q

    monkeypatch.setattr(q, "RESEND_SECONDS", 0.05)
    sent: list[str] = []
    refusals = {"left": 2}
    done = threading.Event()

    def flaky_enqueue(practice_id: str) -> None:  # the queue's enqueue call, refusing twice as a restarting Redis
        if refusals["left"]:
            refusals["left"] -= 1
            raise ConnectionError("queue down")
        sent.append(practice_id)
        done.set()

    practice = await make_practice(session)
    async with session.begin_nested():
        enqueue_after_commit(session, flaky_enqueue, str(practice.id))
    await session.commit()  # does not raise: the record is saved
    assert done.wait(5)
    assert sent == [str(practice.id)] and q.unsent_jobs() == 0
