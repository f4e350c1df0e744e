"""Liveness and readiness.

`/healthz`: the process answers (no dependency is asked). `/readyz`: the database, the job queue (Redis when
configured, else the SQLite queue file) and the model provider of each configured purpose, each with a short
timeout. A database or queue that is down makes the process not ready (503: take it out of the load balancer);
a model provider that is down is reported but keeps the process ready ("degraded"): everything that needs no
model, crisis screening and crisis responses first, must go on being served.
"""

from __future__ import annotations

import asyncio
import sqlite3
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text

CHECK_TIMEOUT = 2.0  # seconds per check; a part that does not answer in time is down
MODEL_TIMEOUT = 1.0  # a model server's /v1/models


@dataclass(frozen=True)
class Check:
    """One part's state."""

    ok: bool
    detail: str
    required: bool = True

    def to_dict(self) -> dict[str, Any]:
        return {"status": "ok" if self.ok else "down", "detail": self.detail}


async def check_database(database_url: str | None) -> Check:
    """SELECT 1 on the database, and the keyring loads."""
    from alliance.db.session import get_engine
    from alliance.security.crypto import get_keyring

    engine = get_engine(database_url)
    async with engine.connect() as connection:
        probe = await connection.execution_options(isolation_level="AUTOCOMMIT")
        await probe.execute(text("SELECT 1"))
    get_keyring()
    return Check(True, engine.dialect.name)


def _check_queue_sync() -> Check:
    from alliance.config import get_settings

    settings = get_settings()
    if settings.redis_url:
        import redis

        client = redis.Redis.from_url(settings.redis_url, socket_connect_timeout=CHECK_TIMEOUT,
                                      socket_timeout=CHECK_TIMEOUT)
        try:
            client.ping()
        finally:
            client.close()
        return Check(True, "redis")
    path = settings.data_dir / "jobs.db"
    if not path.is_file():
        return Check(False, "the SQLite job queue file is missing")
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=CHECK_TIMEOUT)
    try:
        connection.execute("SELECT count(*) FROM task").fetchone()
    finally:
        connection.close()
    return Check(True, "sqlite")


async def check_queue() -> Check:
    """Redis answers PING, or the SQLite queue file can be read."""
    return await asyncio.to_thread(_check_queue_sync)


async def check_provider(name: str) -> Check:
    """The embedded model file is there (or can be assembled), or the server lists its models."""
    from alliance.llm.providers import get_provider

    provider = get_provider(name)
    if getattr(provider, "kind", "") == "openai" and getattr(provider, "base_url", None):
        import httpx

        url = provider.base_url.rstrip("/") + "/models"
        async with httpx.AsyncClient(timeout=MODEL_TIMEOUT) as client:
            response = await client.get(url)
        if response.status_code >= 400:
            return Check(False, f"{name}: HTTP {response.status_code} from the model server", required=False)
        return Check(True, f"{name}: server answers", required=False)
    ok, detail = provider.status()
    return Check(ok, f"{name}: {detail}", required=False)


def model_purposes() -> dict[str, str]:
    """purpose -> provider name for the default and every configured purpose."""
    from alliance.llm.providers import settings as llm_settings

    current = llm_settings()
    return {"default": current.provider, **current.purpose_providers}


async def _guarded(coro: Any, *, required: bool = True) -> Check:
    try:
        return await asyncio.wait_for(coro, CHECK_TIMEOUT)
    except TimeoutError:
        return Check(False, "did not answer in time", required=required)
    except Exception as exc:  # noqa: BLE001 - readiness reports any failure, by type only (no text: it may hold a URL)
        return Check(False, f"unavailable ({type(exc).__name__})", required=required)


async def readiness(database_url: str | None) -> tuple[bool, dict[str, Check]]:
    """Every check, run together; ready when the database is up (the queue and the models only degrade)."""
    purposes = model_purposes()
    by_provider = {name: _guarded(check_provider(name), required=False) for name in set(purposes.values())}
    names = ["database", "queue", *by_provider]
    # A queue that is down degrades, it does not stop the process: records are still saved and their jobs kept and
    # sent again when the queue is back (jobs/queue.py), and the crisis screen needs no queue.
    results = await asyncio.gather(_guarded(check_database(database_url)), _guarded(check_queue(), required=False),
                                   *by_provider.values())
    found = dict(zip(names, results, strict=True))
    checks: dict[str, Check] = {"database": found["database"], "queue": found["queue"]}
    for purpose, provider in sorted(purposes.items()):
        checks[f"model:{purpose}"] = found[provider]
    ready = all(c.ok for c in checks.values() if c.required)
    return ready, checks


def body(ready: bool, checks: dict[str, Check]) -> dict[str, Any]:
    """The readiness answer: the stable error shape when not ready, and the state of every part."""
    down = [name for name, check in checks.items() if not check.ok]
    shown = {name: check.to_dict() for name, check in checks.items()}
    if not ready:
        return {"error": "Unavailable", "detail": f"not ready: {', '.join(down)} down", "checks": shown}
    return {"status": "degraded" if down else "ready", "down": down, "checks": shown}
