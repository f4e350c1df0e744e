"""The multi-process deployment: `alliance stack` (refusals, its Procfile), a session cookie from one web process
accepted by another, and the real stack serving with metrics added up across its processes.

Real PostgreSQL (a throw-away database) and Redis (a borrowed empty database), real processes on 127.0.0.1.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import time
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from alliance import stack
from alliance.cli import app
from alliance.config import get_settings
from tests.e2e.helpers import (
    ALLIANCE,
    CLINICIAN,
    DEMO_PASSWORD,
    PG_URL,
    cli_env,
    create_pg_database,
    drop_pg_database,
    free_port,
    run_cli,
)
from tests.observability.conftest import sample
from tests.scale.services import borrow_redis_db, give_back_redis_db

MARKER = "alliance-test:stack"
runner = CliRunner()


# --- refusals and the plan (no process started) ---------------------------------------------------------------


def test_stack_refuses_without_postgresql_and_redis(tmp_path, monkeypatch):
    monkeypatch.setattr(get_settings(), "database_url", None)
    monkeypatch.setattr(get_settings(), "redis_url", None)
    result = runner.invoke(app, ["stack", "--dry-run"], env={"COLUMNS": "300"})
    assert result.exit_code == 2
    assert "ALLIANCE_DATABASE_URL must name a PostgreSQL database" in result.output
    assert "ALLIANCE_REDIS_URL must name a Redis server" in result.output


def test_stack_refuses_servers_that_do_not_answer(monkeypatch):
    port = free_port()
    monkeypatch.setattr(get_settings(), "database_url", f"postgresql://u:p@127.0.0.1:{port}/alliance")
    monkeypatch.setattr(get_settings(), "redis_url", f"redis://127.0.0.1:{port}/0")
    with pytest.raises(stack.StackRefused) as refused:
        stack.require_services(get_settings().database_url, get_settings().redis_url)
    assert f"PostgreSQL does not answer at 127.0.0.1:{port}" in str(refused.value)
    assert f"Redis does not answer at 127.0.0.1:{port}" in str(refused.value)
    assert "u:p" not in str(refused.value)  # no credentials in the message


def test_the_plan_runs_web_processes_behind_one_port_workers_and_the_model_server(tmp_path):
    plan = stack.plan(web=3, workers=2, threads=2, host="127.0.0.1", port=8123, data_dir=tmp_path,
                      model_file=tmp_path / "model.gguf", model_name="qwen2.5-coder-1.5b-instruct", model_port=8199)
    assert list(plan.processes) == ["web", "worker1", "worker2", "model"]
    assert "serve --workers 3 --host 127.0.0.1 --port 8123" in plan.processes["web"]
    assert plan.processes["web"].startswith("while :; do ")  # started again when it exits
    assert "worker --workers 2" in plan.processes["worker1"]
    assert "-m llama_cpp.server --model" in plan.processes["model"] and "--port 8199" in plan.processes["model"]
    assert plan.env["PROMETHEUS_MULTIPROC_DIR"] == str((tmp_path / "stack" / "metrics").resolve())
    providers = json.loads(plan.env["ALLIANCE_LLM_PROVIDERS"])
    assert providers[-1] == {"name": "modelserver", "kind": "openai", "base_url": "http://127.0.0.1:8199/v1",
                             "model": "qwen2.5-coder-1.5b-instruct", "privacy": "local",
                             "structured_mode": "json_object_schema"}
    purposes = json.loads(plan.env["ALLIANCE_LLM_PURPOSE_PROVIDERS"])
    assert purposes["notes"] == purposes["companion"] == "modelserver"
    procfile = stack.write_plan(plan, tmp_path / "stack")
    assert procfile.read_text().splitlines()[0].startswith("web: while :; do ")
    assert "PROMETHEUS_MULTIPROC_DIR=" in (tmp_path / "stack" / ".env").read_text()


# --- real processes ------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def deployment(tmp_path_factory):
    """A demo practice on a throw-away PostgreSQL database and a borrowed Redis database: the environment."""
    if not PG_URL:
        from tests.conftest import service_missing

        service_missing("PostgreSQL", "set ALLIANCE_TEST_POSTGRES_URL")
    redis_url, redis_client = borrow_redis_db(MARKER)
    database_url = create_pg_database()
    data_dir = tmp_path_factory.mktemp("stack") / "data"
    try:
        env = cli_env(data_dir, database_url, ALLIANCE_REDIS_URL=redis_url, ALLIANCE_LOG_FORMAT="json",
                      ALLIANCE_LOGIN_IP_ATTEMPTS_PER_MINUTE="10000", NO_PROXY="127.0.0.1", no_proxy="127.0.0.1")
        seeded = run_cli("demo", env=env, timeout=300)
        assert seeded.returncode == 0, seeded.stderr[-3000:]
        yield env
    finally:
        drop_pg_database(database_url)
        give_back_redis_db(redis_client)


def _start(args: list[str], env: dict[str, str], log: Path) -> subprocess.Popen:
    with open(log, "ab") as out:
        return subprocess.Popen(args, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
                                cwd=Path(env["ALLIANCE_DATA_DIR"]).parent)


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)


def _wait_ready(base: str, process: subprocess.Popen, log: Path, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"exited with {process.returncode}:\n{log.read_text(errors='replace')[-4000:]}")
        with contextlib.suppress(httpx.HTTPError):
            if httpx.get(f"{base}/readyz", timeout=2).status_code == 200:
                return
        time.sleep(0.3)
    pytest.fail(f"not ready after {timeout:.0f} s:\n{log.read_text(errors='replace')[-4000:]}")


def _login(base: str) -> httpx.Client:
    client = httpx.Client(base_url=base, timeout=30)
    response = client.post("/api/v1/auth/login", json={"email": CLINICIAN, "password": DEMO_PASSWORD})
    assert response.status_code == 200, response.text
    return client


@pytest.mark.slow
@pytest.mark.postgres
@pytest.mark.redis
def test_a_session_cookie_from_one_web_process_works_on_another(deployment, tmp_path):
    ports = [free_port(), free_port()]
    logs = [tmp_path / "web1.log", tmp_path / "web2.log"]
    processes = [_start([ALLIANCE, "serve", "--host", "127.0.0.1", "--port", str(port)], deployment, log)
                 for port, log in zip(ports, logs, strict=True)]
    try:
        bases = [f"http://127.0.0.1:{port}" for port in ports]
        for base, process, log in zip(bases, processes, logs, strict=True):
            _wait_ready(base, process, log)
        first = _login(bases[0])
        with httpx.Client(base_url=bases[1], timeout=30, cookies=first.cookies) as second:
            caseload = second.get("/api/v1/clients", follow_redirects=False)
            assert caseload.status_code == 200, caseload.status_code
            assert "Marisol" in caseload.text
            me = second.get("/api/v1/auth/me")
            assert me.status_code == 200 and me.json()["email"] == CLINICIAN
        first.close()
        # JSON log lines from the second process, with request ids, and no client name in them.
        lines = [json.loads(line) for line in logs[1].read_text().splitlines() if line.startswith("{")]
        access = [line for line in lines if line.get("logger") == "alliance.access"]
        assert any(line["message"].startswith("GET /api/v1/clients 200") and line["request_id"] for line in access)
        assert "Marisol" not in logs[1].read_text()
    finally:
        for process in processes:
            _stop(process)


@pytest.mark.slow
@pytest.mark.postgres
@pytest.mark.redis
@pytest.mark.llm
def test_alliance_stack_serves_from_several_processes_and_adds_up_their_metrics(deployment, tmp_path):
    port, model_port = free_port(), free_port()
    log = tmp_path / "stack.log"
    env = {**deployment, "ALLIANCE_LLM_MODEL": "smollm2-135m"}  # the small embedded model, for the model server
    process = _start([ALLIANCE, "stack", "--web", "2", "--workers", "1", "--threads", "1", "--host", "127.0.0.1",
                      "--port", str(port), "--model-server", "--model-port", str(model_port),
                      "--model-threads", "1"], env, log)
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_ready(base, process, log, timeout=180)
        deadline = time.monotonic() + 120  # the model server may still be loading its model
        while True:
            checks = httpx.get(f"{base}/readyz", timeout=10).json()["checks"]
            if checks["model:notes"]["status"] == "ok" or time.monotonic() > deadline:
                break
            time.sleep(1)
        assert checks["model:notes"] == {"status": "ok", "detail": "modelserver: server answers"}
        assert checks["model:companion"]["status"] == "ok"
        assert checks["queue"] == {"status": "ok", "detail": "redis"}
        assert checks["database"] == {"status": "ok", "detail": "postgresql"}
        client = _login(base)
        for _ in range(20):  # spread over both web processes by the shared socket
            assert client.get("/api/v1/clients").status_code == 200
        client.close()
        metrics = httpx.get(f"{base}/metrics", timeout=10)
        assert metrics.status_code == 200
        assert sample(metrics.text, "alliance_http_requests_total", method="GET", route="/api/v1/clients",
                      status="200") == 20
        assert sample(metrics.text, "alliance_jobs_queue_up") == 1
        pids = {line.split("pid=")[1].rstrip(")\n") for line in log.read_text().splitlines()
                if " started (pid=" in line}
        assert len(pids) == 3  # honcho started the web group, the worker and the model server
        files = list(Path(deployment["ALLIANCE_DATA_DIR"], "stack", "metrics").glob("*.db"))
        assert len(files) >= 2  # several processes wrote their counters
    finally:
        _stop(process)
    assert process.returncode is not None
