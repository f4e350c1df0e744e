"""Shared test set-up: real SQLite and PostgreSQL databases built from the migrations, one transaction per test.

PostgreSQL tests run when ALLIANCE_TEST_POSTGRES_URL is set (CI sets it); each test session creates its own
database there and drops it at the end. With ALLIANCE_TEST_REQUIRE_SERVICES=1 (CI) a missing server fails
instead of skipping.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Settings are read once per process: fix the environment before anything imports alliance.
os.environ["ALLIANCE_ENV"] = "test"
os.environ["ALLIANCE_DATA_DIR"] = str(ROOT / "var" / "test")
os.environ.setdefault("ALLIANCE_SECRET_KEY", "test-only-secret-" + "s" * 32)
for _name in ("ALLIANCE_DATABASE_URL", "ALLIANCE_REDIS_URL", "ALLIANCE_ENCRYPTION_KEYS", "ALLIANCE_BLIND_INDEX_KEY"):
    os.environ.pop(_name, None)

import pytest  # noqa: E402
import pytest_asyncio  # noqa: E402
from sqlalchemy.ext.asyncio import AsyncSession  # noqa: E402

def _answers(port: int) -> bool:
    import socket

    try:
        socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
        return True
    except OSError:
        return False


# A server answering on loopback is used even when no variable names it, so `make test` runs the PostgreSQL and
# Redis tests wherever those services run (the variables still choose another server).
if not os.environ.get("ALLIANCE_TEST_POSTGRES_URL") and _answers(5432):
    os.environ["ALLIANCE_TEST_POSTGRES_URL"] = "postgresql://postgres@127.0.0.1:5432/test"
if not os.environ.get("ALLIANCE_TEST_REDIS_URL") and _answers(6379):
    os.environ["ALLIANCE_TEST_REDIS_URL"] = "redis://127.0.0.1:6379/0"
PG_URL = os.environ.get("ALLIANCE_TEST_POSTGRES_URL")
REDIS_URL = os.environ.get("ALLIANCE_TEST_REDIS_URL")
REQUIRE_SERVICES = os.environ.get("ALLIANCE_TEST_REQUIRE_SERVICES") == "1"


def service_missing(name: str, reason: str) -> None:
    """Skip (on a laptop) or fail (in CI) when a server the test needs is not there."""
    if REQUIRE_SERVICES:
        pytest.fail(f"{name} is required in CI: {reason}")
    pytest.skip(f"{name} not available: {reason}")


def _pg_admin_url() -> str:
    from alliance.config import normalise_database_url

    return normalise_database_url(PG_URL or "")


async def _create_pg_database() -> str:
    import asyncpg
    from sqlalchemy.engine import make_url

    url = make_url(_pg_admin_url())
    name = f"alliance_test_{uuid.uuid4().hex[:10]}"
    conn = await asyncpg.connect(user=url.username, password=url.password, host=url.host, port=url.port or 5432,
                                 database=url.database)
    try:
        await conn.execute(f'CREATE DATABASE "{name}"')
    finally:
        await conn.close()
    return url.set(database=name).render_as_string(hide_password=False)


async def _drop_pg_database(full_url: str) -> None:
    import asyncpg
    from sqlalchemy.engine import make_url

    admin = make_url(_pg_admin_url())
    name = make_url(full_url).database
    conn = await asyncpg.connect(user=admin.username, password=admin.password, host=admin.host,
                                 port=admin.port or 5432, database=admin.database)
    try:
        await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await conn.close()


@pytest_asyncio.fixture(scope="session", params=["sqlite", "postgresql"])
async def database_url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    """A migrated database of each backend (the schema comes from the Alembic migrations)."""
    from alliance.db.migrate import upgrade_async
    from alliance.db.session import get_engine

    if request.param == "sqlite":
        url = f"sqlite+aiosqlite:///{tmp_path_factory.mktemp('db') / 'alliance.db'}"
        await upgrade_async(url)
        yield url
        await get_engine(url).dispose()
        return
    if not PG_URL:
        service_missing("PostgreSQL", "set ALLIANCE_TEST_POSTGRES_URL (e.g. postgresql://postgres@127.0.0.1:5432/test)")
    try:
        url = await _create_pg_database()
    except OSError as exc:
        service_missing("PostgreSQL", str(exc))
    await upgrade_async(url)
    yield url
    await get_engine(url).dispose()
    await _drop_pg_database(url)


@pytest_asyncio.fixture
async def session(database_url: str):
    """A session inside a transaction that is rolled back after the test (commits become savepoints)."""
    from alliance.db.session import get_engine

    engine = get_engine(database_url)
    async with engine.connect() as connection:
        outer = await connection.begin()
        db = AsyncSession(bind=connection, expire_on_commit=False, autoflush=False,
                          join_transaction_mode="create_savepoint")
        try:
            yield db
        finally:
            await db.close()
            if outer.is_active:
                await outer.rollback()


_current_session: dict[str, AsyncSession] = {}


@pytest_asyncio.fixture(scope="session")
async def _app_for_database(database_url: str):
    """One app per database for the whole run; requests use the current test's session."""
    from alliance.web.app import create_app
    from alliance.web.deps import get_db, transaction

    application = create_app(database_url=database_url)

    async def _test_db():
        db = _current_session[database_url]
        await db.commit()  # what the test set up is committed (to its savepoint) before the request starts
        async with transaction(db):
            yield db

    application.dependency_overrides[get_db] = _test_db
    return application


@pytest_asyncio.fixture
async def app(session: AsyncSession, database_url: str, _app_for_database):
    """The web app, its requests running in the test's transaction."""
    _current_session[database_url] = session
    yield _app_for_database
    _current_session.pop(database_url, None)


@pytest_asyncio.fixture
async def http(app):
    """An HTTP client talking to the app in-process."""
    import httpx

    transport = httpx.ASGITransport(app=app, client=("203.0.113.7", 50000))
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        yield client
