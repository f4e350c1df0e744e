"""State that every process must share (limits, one-time tokens): in Redis when ALLIANCE_REDIS_URL is set,
else in this process's memory (one process on a laptop).

Keys are hashed (an address or a token never lands in Redis as written) and expire on their own.
"""

from __future__ import annotations

import hashlib
import math
import threading
import time
from functools import lru_cache
from typing import Any

PREFIX = "alliance.shared."

# A sliding window in a sorted set: drop hits older than the window, refuse when full (returning the seconds to
# wait), else add this hit. One script, so two processes cannot both take the last place.
_WINDOW_LUA = """
local key, now, window, limit, member = KEYS[1], tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]), ARGV[4]
redis.call('ZREMRANGEBYSCORE', key, '-inf', now - window)
if redis.call('ZCARD', key) >= limit then
  local oldest = redis.call('ZRANGE', key, 0, 0, 'WITHSCORES')
  return tostring(tonumber(oldest[2]) + window - now)
end
redis.call('ZADD', key, now, member)
redis.call('EXPIRE', key, math.ceil(window) + 1)
return false
"""


@lru_cache(maxsize=4)
def _client(url: str) -> Any:
    import redis

    return redis.Redis.from_url(url, socket_connect_timeout=2, socket_timeout=2)


def redis_client() -> Any | None:
    """The shared Redis client when ALLIANCE_REDIS_URL is set."""
    from alliance.config import get_settings

    url = get_settings().redis_url
    return _client(url) if url else None


def _key(namespace: str, key: str) -> str:
    return PREFIX + namespace + "." + hashlib.sha256(key.encode()).hexdigest()[:32]


def window_hit(namespace: str, key: str, limit: int, seconds: float) -> int | None:
    """Count a hit in Redis; None when allowed, else the whole seconds to wait. Only call with Redis configured."""
    client = redis_client()
    assert client is not None
    script = client.register_script(_WINDOW_LUA)
    now = time.time()
    wait = script(keys=[_key(namespace, key)], args=[now, seconds, limit, f"{now:.6f}:{threading.get_ident()}"])
    if wait is None:
        return None
    return max(1, math.ceil(float(wait)))


def claim_once(namespace: str, token: str, ttl_seconds: int) -> bool:
    """True the first time any process claims this token within ttl_seconds (Redis SET NX)."""
    client = redis_client()
    assert client is not None
    return bool(client.set(_key(namespace, token), "1", nx=True, ex=max(1, int(ttl_seconds))))


def clear(namespace: str) -> None:
    """Forget a namespace (tests)."""
    client = redis_client()
    if client is not None:
        for key in client.scan_iter(match=PREFIX + namespace + ".*", count=500):
            client.delete(key)
