"""The task queue: huey on SQLite (embedded, a worker thread in the server) or on Redis (separate workers)."""

from alliance.jobs.queue import enqueue_after_commit, huey, run_async

__all__ = ["enqueue_after_commit", "huey", "run_async"]
