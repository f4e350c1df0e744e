"""Engines and sessions. The request dependency or job wrapper owns the transaction; services only flush."""

from __future__ import annotations

import asyncio
import sqlite3
import weakref
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from sqlalchemy import event
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.util.concurrency import await_, in_greenlet

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


# SQLite has one writer at a time, and its busy handler lets waiters poll with growing sleeps (up to 100 ms), so
# under load the lock sits free while waiters sleep and a late comer can overtake one that has waited for seconds.
# Inside one process the transactions of one event loop therefore first queue on a FIFO asyncio lock per database,
# taken before BEGIN IMMEDIATE and handed to the next waiter right after the COMMIT or ROLLBACK (or when the
# connection goes back to the pool, if it was lost first): waiters are served in arrival order and without
# sleeping. Other processes and the embedded worker's threads (other loops) still meet at SQLite's own lock.
# PostgreSQL is unaffected.
WRITE_LOCK_TIMEOUT_S = 10.0  # as busy_timeout: then fail as SQLite would ("database is locked"), never hang
_LOCK_INFO = "alliance.sqlite_write_lock"
_write_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, dict[str, asyncio.Lock]] = \
    weakref.WeakKeyDictionary()


def _write_lock(database: str) -> asyncio.Lock | None:
    """This event loop's queue for the database's write lock, or None outside an async engine's greenlet."""
    if not in_greenlet():
        return None
    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:
        return None
    return _write_locks.setdefault(loop, {}).setdefault(database, asyncio.Lock())


async def _acquire(lock: asyncio.Lock) -> None:
    try:
        async with asyncio.timeout(WRITE_LOCK_TIMEOUT_S):
            await lock.acquire()
    except TimeoutError:
        # What SQLite's own busy_timeout raises, so callers see one kind of error either way.
        raise sa_exc.OperationalError("BEGIN IMMEDIATE", None, sqlite3.OperationalError(
            "database is locked (waited for the write queue)")) from None


def _sqlite_begin(connection: Any) -> None:
    # Every request writes (at least its audit entry), so take the write lock at the start: transactions
    # then queue (above, then on busy_timeout) instead of failing when two of them upgrade from read to write.
    if connection.get_execution_options().get("isolation_level") == "AUTOCOMMIT":
        return  # read-only probes (readiness) take no lock
    if _LOCK_INFO not in connection.info:
        lock = _write_lock(str(connection.engine.url))
        if lock is not None:
            await_(_acquire(lock))
            connection.info[_LOCK_INFO] = (asyncio.get_running_loop(), lock)
    try:
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    except BaseException:
        _release(connection.info)
        raise


def _release(info: dict) -> None:
    held = info.pop(_LOCK_INFO, None)
    if held is None:
        return
    loop, lock = held
    try:
        here = asyncio.get_running_loop()
    except RuntimeError:
        here = None
    if here is loop:
        lock.release()
    elif not loop.is_closed():  # returned from elsewhere (a connection the garbage collector gave back)
        loop.call_soon_threadsafe(lock.release)


def _sqlite_checkin(_dbapi_connection: Any, record: Any) -> None:
    _release(record.info)  # a connection given back inside a transaction (invalidated, or lost): its turn is over


def _release_after(end: Any) -> Any:
    """The dialect's do_commit or do_rollback, followed by handing the write lock on (the transaction is over)."""
    def do(dbapi_connection: Any) -> None:
        try:
            end(dbapi_connection)
        finally:
            try:
                info = dbapi_connection.info
            except (AttributeError, NotImplementedError):  # the engine's first-connect check: never locked
                info = None
            if info is not None:
                _release(info)
    return do


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
        event.listen(engine.sync_engine.pool, "checkin", _sqlite_checkin)
        event.listen(engine.sync_engine.pool, "detach", _sqlite_checkin)
        dialect = engine.sync_engine.dialect  # this engine's own instance: no other engine is affected
        dialect.do_commit = _release_after(dialect.do_commit)  # type: ignore[method-assign]
        dialect.do_rollback = _release_after(dialect.do_rollback)  # type: ignore[method-assign]
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
