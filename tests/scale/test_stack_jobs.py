"""A job survives its worker being killed: a real `alliance worker` on Redis is killed (SIGKILL) mid-job, another
worker starts, and the job is run again to completion, its effect applied exactly once (docs/operations.md).

huey alone takes a job off the Redis list before running it, so a killed worker loses it; Alliance's Redis storage
(jobs/reliable.py, ReliableRedisStorage) keeps it in the worker's `processing` list until it ends, and live workers put
back the jobs of a worker whose heartbeat stopped.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.e2e.helpers import cli_env, run_cli
from tests.scale.services import borrow_redis_db, give_back_redis_db

pytestmark = [pytest.mark.slow, pytest.mark.redis]

ROOT = Path(__file__).resolve().parents[2]
MARKER = "alliance-test:stack-jobs"
WORKER = "import tests.scale.jobs_probe; from alliance.cli import main; main()"
QUEUE = "import sys, tests.scale.jobs_probe as p; [p.probe(key) for key in sys.argv[1:]]"
RECOVERY_LIMIT = 90.0  # seconds: the heartbeat lapses after 20 s, a live worker looks every 5 s


def _start_worker(env: dict[str, str], log: Path) -> subprocess.Popen:
    with open(log, "ab") as out:
        return subprocess.Popen([sys.executable, "-c", WORKER, "worker", "--workers", "1"], env=env, cwd=ROOT,
                                stdout=out, stderr=subprocess.STDOUT, start_new_session=True)


def _stop(process: subprocess.Popen | None, sig: int = signal.SIGTERM) -> None:
    if process is None or process.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, sig)
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)


def _count(client, key: str) -> int:  # noqa: ANN001
    return int(client.get(key) or 0)


def _wait_for(predicate, timeout: float, what: str, logs: list[Path]) -> None:  # noqa: ANN001
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.25)
    tails = "\n".join(f"--- {p.name}\n{p.read_text(errors='replace')[-3000:]}" for p in logs if p.exists())
    pytest.fail(f"{what} not within {timeout:.0f} s\n{tails}")


def test_a_job_whose_worker_is_killed_mid_run_completes_exactly_once_on_another_worker(tmp_path: Path):
    url, client = borrow_redis_db(MARKER)
    env = cli_env(tmp_path / "data", None, ALLIANCE_REDIS_URL=url, PYTHONPATH=str(ROOT))
    log1, log2 = tmp_path / "worker1.log", tmp_path / "worker2.log"
    worker1 = worker2 = None
    try:
        migrated = run_cli("db", "upgrade", env=env, timeout=180)  # the workers' housekeeping jobs need tables
        assert migrated.returncode == 0, migrated.stderr
        worker1 = _start_worker(env, log1)
        queued = subprocess.run([sys.executable, "-c", QUEUE, "hang-1"], env=env, cwd=ROOT,
                                capture_output=True, text=True, timeout=120)
        assert queued.returncode == 0, queued.stderr
        _wait_for(lambda: _count(client, "probe:hang-1:started") == 1, 120, "the job starting", [log1])
        assert any(k.startswith(b"alliance.jobs.processing.") for k in client.scan_iter("alliance.jobs.*"))

        _stop(worker1, signal.SIGKILL)  # mid-job: nothing is acknowledged, nothing cleaned up
        killed = time.monotonic()
        assert _count(client, "probe:hang-1:done") == 0

        worker2 = _start_worker(env, log2)
        _wait_for(lambda: _count(client, "probe:hang-1:done") == 1, RECOVERY_LIMIT,
                  "the killed worker's job finishing on the second worker", [log1, log2])
        assert _count(client, "probe:hang-1:started") == 2  # run again, once
        print(f"\nkilled worker's job finished on the next worker {time.monotonic() - killed:.1f} s after the kill")

        # A job that ends normally is acknowledged: it leaves the processing list and is never run twice.
        subprocess.run([sys.executable, "-c", QUEUE, "quick-1"], env=env, cwd=ROOT, check=True,
                       capture_output=True, timeout=120)
        _wait_for(lambda: _count(client, "probe:quick-1:done") == 1, 60, "a normal job finishing", [log2])
        time.sleep(2)
        assert _count(client, "probe:quick-1:started") == 1
        assert _count(client, "probe:hang-1:done") == 1
        assert client.llen("huey.redis.alliance") == 0
        processing = [k for k in client.scan_iter("alliance.jobs.processing.*") if client.llen(k)]
        assert processing == []
    finally:
        _stop(worker1, signal.SIGKILL)
        _stop(worker2)
        give_back_redis_db(client)


def test_each_periodic_task_is_queued_once_a_minute_however_many_workers_schedule(tmp_path: Path):
    from datetime import datetime

    from huey import crontab

    from alliance.jobs.reliable import AllianceRedisHuey, StampedSerializer

    url, client = borrow_redis_db(MARKER + ":periodic")
    try:
        schedulers = [AllianceRedisHuey("alliance", url=url, utc=True, serializer=StampedSerializer())
                      for _ in range(3)]
        for huey in schedulers:
            huey.periodic_task(crontab(minute="*"), name="tests.scale.tick")(lambda: None)
        minute = datetime(2026, 12, 7, 9, 0)
        due = [[t.name for t in huey.read_periodic(minute)] for huey in schedulers]
        assert sorted(due) == [[], [], ["tests.scale.tick"]]
        later = [[t.name for t in huey.read_periodic(minute.replace(minute=1))] for huey in schedulers]
        assert sum(len(names) for names in later) == 1  # the next minute, once again
    finally:
        give_back_redis_db(client)


def test_jobs_taken_by_a_live_worker_are_left_alone(tmp_path: Path):
    from alliance.jobs.reliable import AllianceRedisHuey, StampedSerializer

    url, client = borrow_redis_db(MARKER + ":live")
    try:
        live = AllianceRedisHuey("alliance", url=url, utc=True, serializer=StampedSerializer())
        other = AllianceRedisHuey("alliance", url=url, utc=True, serializer=StampedSerializer())
        live.storage._beating_pid = os.getpid()  # no heartbeat thread in the test process: one beat by hand
        live.storage.beat()
        live.storage.enqueue(b"job-1")
        assert live.storage.dequeue() == b"job-1"  # taken, with a heartbeat
        assert other.storage.recover() == 0
        assert live.storage.processing_size() == 1 and client.llen(live.storage.queue_key) == 0
        client.delete(live.storage.alive_prefix + live.storage.owner)  # its heartbeat stops
        assert other.storage.recover() == 1
        assert client.lrange(live.storage.queue_key, 0, -1) == [b"job-1"]
    finally:
        give_back_redis_db(client)
