"""End-to-end fixtures: the demo practice served by a real `alliance serve` process, and Debian's Chromium.

Every SQLite server copies one demo seeded once for the run (`seeded_demo`).
`sqlite_server` and `postgres_server` are started once per test session (the PostgreSQL one only when
ALLIANCE_TEST_POSTGRES_URL is set); `server` runs a test on each backend. Tests that change shared state (MFA,
lockout) use their own users or put the state back.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.e2e.helpers import LiveServer, create_pg_database, drop_pg_database, seeded_demo, service_missing

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="session")
def start_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[..., LiveServer]]:
    """A factory: start a demo server on 'sqlite' or 'postgresql' (a fresh database), with extra ALLIANCE_*
    settings; all stop at the end."""
    started: list[LiveServer] = []
    databases: list[str] = []
    # One seeded SQLite demo for the whole run: the test workers' temporary folders share a parent (pytest-xdist).
    shared = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        shared = shared.parent
    template_root = shared / "demo-template"

    def _start(name: str, backend: str = "sqlite", **env: str) -> LiveServer:
        root = tmp_path_factory.mktemp(name)
        database_url = None
        if backend == "postgresql":
            database_url = create_pg_database()
            databases.append(database_url)
        server = LiveServer(
            backend=backend,
            data_dir=root / "data",
            log_path=root / "server.log",
            database_url=database_url,
            extra_env=env,
            template=seeded_demo(template_root) if backend == "sqlite" else None,
        )
        started.append(server)
        return server.start()

    yield _start
    for server in started:
        server.stop()
    for url in databases:
        drop_pg_database(url)


@pytest.fixture(scope="session")
def sqlite_server(start_server) -> LiveServer:
    """The demo practice on SQLite, served for the whole test session."""
    return start_server("live-sqlite", "sqlite")


@pytest.fixture(scope="session")
def postgres_server(start_server) -> LiveServer:
    """The demo practice on a fresh PostgreSQL database (skips without ALLIANCE_TEST_POSTGRES_URL)."""
    return start_server("live-postgres", "postgresql")


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def server(request: pytest.FixtureRequest) -> LiveServer:
    """The shared demo server of each backend."""
    return request.getfixturevalue(f"{request.param}_server")


@pytest.fixture(scope="module")
def browser():
    """Debian's Chromium driven by Playwright (never a downloaded browser).

    Module-scoped on purpose: Playwright's sync API keeps an event loop running in this thread while it is
    open, which would break the async tests of later modules.
    """
    if not Path(CHROMIUM).exists():
        service_missing("Chromium", f"{CHROMIUM} is missing (`make chromium` or apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    os.environ.setdefault("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, request: pytest.FixtureRequest):
    """A fresh browser context (no cookies) and page; its console errors fail the test."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(15_000)
    tab = context.new_page()
    errors: list[str] = []
    # Pages answer 401/423 on a failed log-in, which Chromium also logs as "Failed to load resource"; failed
    # scripts, styles and other sub-resources are caught through their responses instead.
    tab.on(
        "console",
        lambda msg: (
            errors.append(msg.text)
            if msg.type == "error" and not msg.text.startswith("Failed to load resource")
            else None
        ),
    )
    tab.on("pageerror", lambda exc: errors.append(str(exc)))
    tab.on(
        "response",
        lambda r: (
            errors.append(f"{r.status} {r.url}")
            if r.status >= 400 and r.request.resource_type != "document"
            else None
        ),
    )
    yield tab
    context.close()
    assert not errors, f"browser errors: {errors}"
