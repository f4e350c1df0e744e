"""Jobs that survive their worker: huey on Redis with jobs acknowledged when they end (docs/operations.md).

Also the message stamp (when a job was queued) that the oldest-job-age metric reads, on Redis and SQLite alike.
"""

from __future__ import annotations

import logging
import os
import socket
import struct
import threading
import time
import uuid
from datetime import UTC, datetime
from typing import Any

from huey import RedisHuey
from huey import signals as huey_signals
from huey.serializer import Serializer
from huey.storage import RedisStorage

log = logging.getLogger("alliance.jobs")

STAMP = b"ALQ1"  # job messages start with this and the time they were queued (for the oldest job's age)
HEARTBEAT_SECONDS = 5.0
HEARTBEAT_TTL = 20  # a worker process silent this long is dead: its unfinished jobs go back on the queue
PROCESSING_TTL = 24 * 3600  # a taken job's list, should every worker stop for a day (no job runs that long)


class StampedSerializer(Serializer):
    """huey's pickle serializer with the time a message was written in front (messages without it still load)."""

    def serialize(self, data: Any) -> bytes:
        return STAMP + struct.pack(">d", time.time()) + super().serialize(data)

    def deserialize(self, data: bytes) -> Any:
        if bytes(data[:4]) == STAMP:
            data = data[12:]
        return super().deserialize(data)


def stamped_at(data: bytes | None) -> float | None:
    """When a queued message was written, if it carries the stamp."""
    if data is None or bytes(data[:4]) != STAMP:
        return None
    return struct.unpack(">d", bytes(data[4:12]))[0]


class ReliableRedisStorage(RedisStorage):
    """Redis storage where a job stays in Redis until its worker is done with it (huey alone loses it on kill -9).

    Dequeue moves a job atomically (BLMOVE) from the queue to a `processing` list of this worker thread; the job
    leaves that list when its execution ends. Each worker process keeps a heartbeat key alive; every worker
    process puts the jobs of a process whose heartbeat has stopped back at the head of the queue. A job whose
    worker died is therefore run again, so every task must be idempotent (they are: see docs/operations.md).
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.processing_prefix = f"alliance.jobs.processing.{self.name}."
        self.alive_prefix = f"alliance.jobs.alive.{self.name}."
        self._local = threading.local()
        self._beat_lock = threading.Lock()
        self._beating_pid: int | None = None
        self.instance = uuid.uuid4().hex[:12]

    @property
    def owner(self) -> str:
        """This process: host, process id and a random instance id (process ids repeat across hosts)."""
        return f"{socket.gethostname()}:{os.getpid()}:{self.instance}"

    def dequeue(self) -> bytes | None:
        self.start_heartbeat()
        self.ack()
        key = f"{self.processing_prefix}{self.owner}:{threading.get_ident()}"
        if self.blocking:
            data = self.conn.blmove(self.queue_key, key, self.read_timeout, "RIGHT", "LEFT")
        else:
            data = self.conn.lmove(self.queue_key, key, "RIGHT", "LEFT")
        if data is not None:
            self._local.current = (key, data)
            self.conn.expire(key, PROCESSING_TTL)  # a list nobody acknowledges or recovers does not stay forever
        return data

    def ack(self) -> None:
        """This thread is done with its current job (run, scheduled for later, or skipped)."""
        current = getattr(self._local, "current", None)
        if current is not None:
            self._local.current = None
            self.conn.lrem(current[0], 1, current[1])

    def start_heartbeat(self) -> None:
        """Keep this process's heartbeat alive and recover dead workers' jobs, from a daemon thread."""
        if self._beating_pid == os.getpid():
            return
        with self._beat_lock:
            if self._beating_pid == os.getpid():
                return
            self.beat()
            self._beating_pid = os.getpid()
            threading.Thread(target=self._beat_forever, name="alliance-jobs-heartbeat", daemon=True).start()

    def beat(self) -> None:
        self.conn.set(self.alive_prefix + self.owner, "1", ex=HEARTBEAT_TTL)

    def _beat_forever(self) -> None:
        while True:
            time.sleep(HEARTBEAT_SECONDS)
            try:
                self.beat()
                moved = self.recover()
                if moved:
                    log.warning("jobs: %s job(s) of a stopped worker put back on the queue", moved)
            except Exception as exc:  # noqa: BLE001 - Redis may be restarting; the next beat tries again
                log.warning("jobs: heartbeat failed (%s)", type(exc).__name__)

    def recover(self) -> int:
        """Put the unfinished jobs of worker processes without a heartbeat back at the head of the queue."""
        moved = 0
        for raw in self.conn.scan_iter(match=self.processing_prefix + "*", count=200):
            key = raw.decode() if isinstance(raw, bytes) else raw
            owner = key[len(self.processing_prefix):].rsplit(":", 1)[0]
            if self.conn.exists(self.alive_prefix + owner):
                continue
            while self.conn.lmove(key, self.queue_key, "RIGHT", "RIGHT") is not None:
                moved += 1
        return moved

    def processing_size(self) -> int:
        """Jobs taken by a worker and not yet finished (all workers)."""
        return sum(self.conn.llen(key) for key in self.conn.scan_iter(match=self.processing_prefix + "*"))


class AllianceRedisHuey(RedisHuey):
    """RedisHuey with jobs acknowledged when they end, and each periodic task queued once a minute cluster-wide."""

    storage_class = ReliableRedisStorage

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._interrupted = threading.local()
        self.signal(huey_signals.SIGNAL_INTERRUPTED)(self._mark_interrupted)

    def _mark_interrupted(self, signal: str, task: Any, *args: Any, **kwargs: Any) -> None:
        self._interrupted.flag = True

    def execute(self, task: Any, timestamp: Any = None) -> Any:
        self._interrupted.flag = False
        try:
            return super().execute(task, timestamp)
        finally:
            ack = getattr(self.storage, "ack", None)  # absent where a tool swapped in another storage
            if ack is not None and not self._interrupted.flag:  # an interrupted job stays taken until recovered
                ack()

    def read_periodic(self, timestamp: Any) -> list[Any]:
        due = super().read_periodic(timestamp)
        if not due:
            return due
        minute = (timestamp or datetime.now(UTC)).strftime("%Y%m%d%H%M")
        conn = getattr(self.storage, "conn", None)
        if conn is None:
            return due
        # Every `alliance worker` runs a scheduler; only the first to claim this minute queues the task.
        return [task for task in due
                if conn.set(f"alliance.jobs.periodic.{self.name}.{task.name}.{minute}", "1", nx=True, ex=180)]
