"""Engines and sessions. The request dependency or job wrapper owns the transaction; services only flush."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine

from alliance.config import get_settings, normalise_database_url

_engines: dict[str, AsyncEngine] = {}
_makers: dict[str, async_sessionmaker[AsyncSession]] = {}


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # The driver's own implicit BEGIN is turned off; _sqlite_begin issues BEGIN IMMEDIATE instead.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute(f"PRAGMA synchronous={get_settings().sqlite_synchronous}")
    cursor.close()


def _sqlite_begin(connection: Any) -> None:
    # Every request writes (at least its audit entry), so take the write lock at the start: transactions
    # then queue on busy_timeout instead of failing when two of them upgrade from read to write.
    if connection.get_execution_options().get("isolation_level") == "AUTOCOMMIT":
        return  # read-only probes (readiness) take no lock
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def create_engine(url: str) -> AsyncEngine:
    """A new async engine for the URL, with SQLite in WAL mode and foreign keys on."""
    url = normalise_database_url(url)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            import os
            from pathlib import Path

            path = Path(parsed.database)
            path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            # Created owner-only before SQLite opens it (an empty file is an empty database); SQLite gives the
            # WAL and shared-memory files the database file's mode.
            if not path.exists():
                os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
        engine = create_async_engine(url, connect_args={"timeout": 30})
        event.listen(engine.sync_engine, "connect", _sqlite_pragmas)
        event.listen(engine.sync_engine, "begin", _sqlite_begin)
    else:
        engine = create_async_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=10)
    return engine


def get_engine(url: str | None = None) -> AsyncEngine:
    """The process-wide engine for the configured (or given) database."""
    url = normalise_database_url(url or get_settings().resolved_database_url)
    if url not in _engines:
        _engines[url] = create_engine(url)
    return _engines[url]


def get_sessionmaker(url: str | None = None) -> async_sessionmaker[AsyncSession]:
    """The session factory bound to the configured (or given) database."""
    engine = get_engine(url)
    key = str(engine.url)
    if key not in _makers:
        _makers[key] = async_sessionmaker(engine, expire_on_commit=False, autoflush=False)
    return _makers[key]


@asynccontextmanager
async def session_scope(url: str | None = None) -> AsyncIterator[AsyncSession]:
    """A session whose transaction commits on success and rolls back on error (CLI and jobs)."""
    async with get_sessionmaker(url)() as session:
        try:
            yield session
            await session.commit()
        except BaseException:
            await session.rollback()
            raise


async def dispose_engines() -> None:
    """Close every pooled connection (shutdown and tests)."""
    for engine in list(_engines.values()):
        await engine.dispose()
    _engines.clear()
    _makers.clear()
