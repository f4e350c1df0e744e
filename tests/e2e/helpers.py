"""End-to-end helpers: the real `alliance` CLI and server as subprocesses, throw-away PostgreSQL databases."""

from __future__ import annotations

import asyncio
import fcntl
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest

ALLIANCE = str(Path(sys.executable).with_name("alliance"))
PG_URL = os.environ.get("ALLIANCE_TEST_POSTGRES_URL")
REQUIRE_SERVICES = os.environ.get("ALLIANCE_TEST_REQUIRE_SERVICES") == "1"
DEMO_PASSWORD = "demo-password-2026"
CLINICIAN = "clinician@riverside.example.org"
ADMIN = "admin@riverside.example.org"
SUPERVISOR = "supervisor@riverside.example.org"
CLIENT = "marisol@riverside.example.org"


def service_missing(name: str, reason: str) -> None:
    """Skip (on a laptop) or fail (in CI) when a server the test needs is not there."""
    if REQUIRE_SERVICES:
        pytest.fail(f"{name} is required in CI: {reason}")
    pytest.skip(f"{name} not available: {reason}")


def cli_env(data_dir: Path, database_url: str | None = None, **extra: str) -> dict[str, str]:
    """The environment for an `alliance` subprocess using this data dir (and database, when given)."""
    env = dict(os.environ)
    for name in (
        "ALLIANCE_DATABASE_URL",
        "ALLIANCE_REDIS_URL",
        "ALLIANCE_ENCRYPTION_KEYS",
        "ALLIANCE_BLIND_INDEX_KEY",
        "ALLIANCE_ACTIVE_KEY_ID",
    ):
        env.pop(name, None)
    env["ALLIANCE_DATA_DIR"] = str(data_dir)
    env["ALLIANCE_ENV"] = "test"
    env.setdefault("ALLIANCE_SECRET_KEY", "e2e-only-secret-" + "s" * 32)
    env["COLUMNS"] = "200"  # Rich wraps tables to the terminal width; keep lines whole for assertions
    if database_url:
        env["ALLIANCE_DATABASE_URL"] = database_url
    env.update(extra)
    return env


def run_cli(
    *args: str, env: dict[str, str], timeout: float = 120, input: str | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """Run `alliance ARGS...` and return the finished process (output as text)."""
    return subprocess.run(
        [ALLIANCE, *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        input=input,
        check=False,
        cwd=cwd or Path(env["ALLIANCE_DATA_DIR"]).parent,
    )


def _in_thread(coro_factory):
    """Run a coroutine to completion on a fresh loop in another thread (safe whatever loop pytest runs)."""
    result: dict = {}

    def _target() -> None:
        try:
            result["value"] = asyncio.run(coro_factory())
        except BaseException as exc:  # noqa: BLE001 - re-raised in the caller's thread
            result["error"] = exc

    thread = threading.Thread(target=_target)
    thread.start()
    thread.join()
    if "error" in result:
        raise result["error"]
    return result.get("value")


def _pg_connect_args(url: str) -> dict:
    from sqlalchemy.engine import make_url

    u = make_url(url)
    return {
        "user": u.username,
        "password": u.password,
        "host": u.host or "127.0.0.1",
        "port": u.port or 5432,
        "database": u.database,
    }


def create_pg_database() -> str:
    """A new empty database on the test server; returns its plain postgresql:// URL (skips when absent)."""
    if not PG_URL:
        service_missing(
            "PostgreSQL", "set ALLIANCE_TEST_POSTGRES_URL (e.g. postgresql://postgres@127.0.0.1:5432/test)"
        )
    import asyncpg
    from sqlalchemy.engine import make_url

    name = f"alliance_e2e_{uuid.uuid4().hex[:10]}"

    async def _create() -> None:
        conn = await asyncpg.connect(**_pg_connect_args(PG_URL))
        try:
            await conn.execute(f'CREATE DATABASE "{name}"')
        finally:
            await conn.close()

    try:
        _in_thread(_create)
    except OSError as exc:
        service_missing("PostgreSQL", str(exc))
    return make_url(PG_URL).set(drivername="postgresql", database=name).render_as_string(hide_password=False)


def drop_pg_database(url: str) -> None:
    """Drop a database made by create_pg_database."""
    import asyncpg
    from sqlalchemy.engine import make_url

    name = make_url(url).database

    async def _drop() -> None:
        conn = await asyncpg.connect(**_pg_connect_args(PG_URL or url))
        try:
            await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        finally:
            await conn.close()

    _in_thread(_drop)


def seeded_demo(root: Path) -> Path:
    """The demo practice seeded once on SQLite under root, for every SQLite test server to copy.

    Seeding takes 15-30 s of CPU (a year of measures, notes, alerts, the insights cohort); the servers of one run
    need the same demo, so the first to ask seeds it (under a lock that every test worker shares) and the rest copy
    the data dir (database, job queue, keys). The copy is the same practice `alliance demo` makes."""
    data = root / "data"
    done = root / "seeded"
    root.mkdir(parents=True, exist_ok=True)
    with open(root / "lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not done.exists():
            shutil.rmtree(data, ignore_errors=True)
            demo = run_cli("demo", "--data-dir", str(data), env=cli_env(data), timeout=400, cwd=root)
            if demo.returncode != 0:
                raise RuntimeError(f"alliance demo failed:\n{demo.stdout}\n{demo.stderr}")
            done.write_text("seeded\n")
    return data


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class LiveServer:
    """A demo practice served by `alliance serve` in a subprocess."""

    backend: str
    data_dir: Path
    log_path: Path
    database_url: str | None = None
    base_url: str = ""
    extra_env: dict[str, str] = field(default_factory=dict)
    env: dict[str, str] = field(default_factory=dict)
    process: subprocess.Popen | None = None
    template: Path | None = None  # a seeded demo data dir to copy (SQLite) instead of seeding again

    def start(self, timeout: float = 150) -> LiveServer:
        """Seed the demo, start the server and wait until /readyz answers."""
        self.data_dir.mkdir(parents=True, exist_ok=True)
        # Every test logs in from 127.0.0.1; the per-address limit is tested in-process, not here.
        self.env = cli_env(
            self.data_dir, self.database_url, ALLIANCE_LOGIN_IP_ATTEMPTS_PER_MINUTE="10000", **self.extra_env
        )
        # The demo seeds a year of measures, notes and alerts and loads the crisis screen: about a minute on an idle
        # 2-core machine, several under load; a timeout here errors every test of the worker that shares the server.
        if self.template is not None and self.backend == "sqlite":
            shutil.copytree(self.template, self.data_dir, dirs_exist_ok=True)
        else:
            demo = run_cli("demo", "--data-dir", str(self.data_dir), env=self.env, timeout=400)
            if demo.returncode != 0:
                raise RuntimeError(f"alliance demo failed:\n{demo.stdout}\n{demo.stderr}")
        port = free_port()
        self.base_url = f"http://127.0.0.1:{port}"
        log = open(self.log_path, "ab")  # noqa: SIM115 - kept open for the server's lifetime
        self.process = subprocess.Popen(
            [ALLIANCE, "serve", "--host", "127.0.0.1", "--port", str(port)],
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
            cwd=self.data_dir,
        )
        log.close()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(
                    f"alliance serve exited with {self.process.returncode}:\n{self.log_text()[-4000:]}"
                )
            try:
                if httpx.get(f"{self.base_url}/readyz", timeout=2).status_code == 200:
                    return self
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"alliance serve not ready after {timeout}s:\n{self.log_text()[-4000:]}")

    def stop(self) -> None:
        """Stop the server (SIGTERM, then SIGKILL) and wait for it."""
        if self.process is None or self.process.poll() is not None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=5)

    def log_text(self) -> str:
        """Everything the server wrote so far."""
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def cli(self, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        """Run an `alliance` command against this server's data dir and database."""
        return run_cli(*args, env=self.env, timeout=timeout)

    def login(self, email: str, password: str = DEMO_PASSWORD) -> httpx.Client:
        """An HTTP client logged in through the JSON API (cookie session), with its CSRF header set."""
        client = httpx.Client(base_url=self.base_url, timeout=30)
        response = client.post("/api/v1/auth/login", json={"email": email, "password": password})
        assert response.status_code == 200, response.text
        assert not response.json()["mfa_required"], "the demo practice has MFA off"
        page = client.get("/portal" if email == CLIENT else "/caseload", headers={"accept": "text/html"})
        marker = 'name="csrf-token" content="'
        start = page.text.index(marker) + len(marker)
        client.headers["X-CSRF-Token"] = page.text[start : page.text.index('"', start)]
        return client


def assert_accessible(page, *, name: str = "") -> None:  # noqa: ANN001 - a Playwright page
    """axe-core (shipped inside axe-playwright-python) finds no serious or critical violation on the page."""
    from axe_playwright_python.sync_playwright import Axe
    from playwright.sync_api import Error as PlaywrightError

    options = {"resultTypes": ["violations"],
               "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "best-practice"]}}
    page.wait_for_load_state("load")
    try:
        results = Axe().run(page, options=options)
    except PlaywrightError as error:  # a navigation still replacing the document: check the page it lands on
        if "documentElement" not in str(error) and "context was destroyed" not in str(error):
            raise
        page.wait_for_load_state("load")
        results = Axe().run(page, options=options)
    bad = [v for v in results.response["violations"] if v.get("impact") in ("serious", "critical")]
    detail = "; ".join(f"{v['id']} ({v['impact']}): {len(v['nodes'])} node(s), e.g. {v['nodes'][0]['target']}"
                       for v in bad)
    assert not bad, f"accessibility violations on {name or page.url}: {detail}"
