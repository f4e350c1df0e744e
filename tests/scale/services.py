"""PostgreSQL and Redis for the multi-process tests: a throw-away database, a borrowed empty Redis database."""

from __future__ import annotations

import os
from urllib.parse import urlsplit, urlunsplit

from tests.conftest import REDIS_URL, service_missing


def borrow_redis_db(marker: str):  # noqa: ANN201 - (url, redis client)
    """An empty database of the test Redis server, marked as taken by this run (skips without Redis)."""
    if not REDIS_URL:
        service_missing("Redis", "set ALLIANCE_TEST_REDIS_URL (e.g. redis://127.0.0.1:6379/0)")
    import redis

    parts = urlsplit(REDIS_URL)
    base_db = int(parts.path.strip("/") or 0)
    for db in range(1, 16):
        if db == base_db:
            continue
        url = urlunsplit(parts._replace(path=f"/{db}"))
        client = redis.Redis.from_url(url, socket_timeout=5)
        try:
            if client.dbsize() == 0 and client.set(marker, str(os.getpid()), nx=True, ex=900):
                if client.dbsize() == 1:
                    return url, client
                client.delete(marker)
        except redis.RedisError as exc:
            client.close()
            if "DB index is out of range" in str(exc):
                break
            service_missing("Redis", str(exc))
        client.close()
    service_missing("Redis", "no empty database on the test server to borrow")


def give_back_redis_db(client) -> None:  # noqa: ANN001
    """Empty the borrowed database for the next run."""
    try:
        client.flushdb()
    finally:
        client.close()
