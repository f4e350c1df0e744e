"""Security tests that need a database of their own (a migration from an older revision, durable commits)."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
import pytest_asyncio


@pytest_asyncio.fixture(params=["sqlite", "postgresql"])
async def empty_database_url(request: pytest.FixtureRequest, tmp_path: Path):
    """An empty, unmigrated database of each backend, dropped afterwards (PostgreSQL when configured)."""
    from alliance.db.session import get_engine

    if request.param == "sqlite":
        url = f"sqlite+aiosqlite:///{tmp_path / 'own.db'}"
        yield url
        await get_engine(url).dispose()
        return
    from tests.e2e.helpers import create_pg_database, drop_pg_database

    url = await asyncio.to_thread(create_pg_database)
    try:
        yield url
    finally:
        await get_engine(url).dispose()
        await asyncio.to_thread(drop_pg_database, url)
