"""/healthz (liveness) and /readyz (readiness: database, queue, each purpose's model provider)."""

from __future__ import annotations

import socket

import pytest

from alliance.config import get_settings
from alliance.llm import providers
from alliance.llm.config import LLMSettings, ProviderConfig


def closed_port() -> int:
    """A loopback port nothing listens on."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


async def test_liveness_asks_no_dependency(http, monkeypatch):
    monkeypatch.setattr(get_settings(), "redis_url", f"redis://127.0.0.1:{closed_port()}/0")
    response = await http.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


async def test_ready_when_database_queue_and_model_answer(http):
    response = await http.get("/readyz")
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["status"] == "ready"
    assert body["checks"]["database"]["status"] == "ok"
    assert body["checks"]["queue"] == {"status": "ok", "detail": "sqlite"}
    assert body["checks"]["model:default"]["status"] == "ok"


async def test_redis_down_degrades_and_names_the_queue(http, monkeypatch):
    monkeypatch.setattr(get_settings(), "redis_url", f"redis://127.0.0.1:{closed_port()}/0")
    response = await http.get("/readyz")
    assert response.status_code == 200  # records are still saved; their jobs wait in the process (jobs/queue.py)
    body = response.json()
    assert body["status"] == "degraded" and body["down"] == ["queue"]
    assert body["checks"]["queue"]["status"] == "down"
    assert body["checks"]["database"]["status"] == "ok"


async def test_a_model_server_that_does_not_answer_is_reported_but_keeps_the_process_ready(http):
    down = ProviderConfig(name="modelserver", base_url=f"http://127.0.0.1:{closed_port()}/v1", model="m",
                          privacy="local")
    with providers.using(LLMSettings(providers=[down], purpose_providers={"notes": "modelserver",
                                                                          "companion": "modelserver"})):
        response = await http.get("/readyz")
    assert response.status_code == 200  # crisis screening and every page without a model go on being served
    body = response.json()
    assert body["status"] == "degraded"
    assert sorted(body["down"]) == ["model:companion", "model:notes"]
    assert body["checks"]["model:notes"]["status"] == "down"
    assert body["checks"]["model:default"]["status"] == "ok"
    assert "127.0.0.1" not in response.text  # no addresses in the answer


@pytest.mark.redis
async def test_ready_with_redis_when_it_answers(http, monkeypatch):
    from tests.conftest import REDIS_URL, service_missing

    if not REDIS_URL:
        service_missing("Redis", "set ALLIANCE_TEST_REDIS_URL")
    monkeypatch.setattr(get_settings(), "redis_url", REDIS_URL)
    response = await http.get("/readyz")
    assert response.status_code == 200
    assert response.json()["checks"]["queue"] == {"status": "ok", "detail": "redis"}
