"""Run Alembic migrations programmatically (the CLI, `make run` and the tests all come through here)."""

from __future__ import annotations

import asyncio
from pathlib import Path

from alembic import command
from alembic.config import Config

from alliance.config import get_settings, normalise_database_url

MIGRATIONS = Path(__file__).parent / "migrations"


def alembic_config(url: str | None = None) -> Config:
    """An Alembic configuration pointing at the packaged migrations."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", normalise_database_url(url or get_settings().resolved_database_url))
    return cfg


def upgrade(url: str | None = None, revision: str = "heads") -> None:
    """Bring the database schema up to date (every domain branch)."""
    command.upgrade(alembic_config(url), revision)


async def upgrade_async(url: str | None = None) -> None:
    """Upgrade from inside a running event loop."""
    await asyncio.to_thread(upgrade, url)
