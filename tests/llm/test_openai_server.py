"""The model server of the multi-process stack: `llama_cpp.server` on 127.0.0.1 serving the embedded model, with
the `notes` and `companion` purposes pointed at it exactly as `alliance stack --model-server` configures them
(ALLIANCE_LLM_PROVIDERS and ALLIANCE_LLM_PURPOSE_PROVIDERS), one request completed through the gateway.
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from alliance import stack
from alliance.llm import gateway, providers
from alliance.llm.config import LLMSettings
from alliance.observability import health

pytestmark = [pytest.mark.llm, pytest.mark.slow]

START_LIMIT = 120.0  # seconds for the server to load the model and answer /v1/models
ALIAS = "smollm2-135m"


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def model_server(smollm2_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`python -m llama_cpp.server` with the embedded test model on a free loopback port; yields its /v1 URL."""
    port = _free_port()
    log = tmp_path_factory.mktemp("model-server") / "server.log"
    with open(log, "wb") as out:  # a file, not a pipe: llama.cpp writes more while loading than a pipe holds
        process = subprocess.Popen(
            [sys.executable, "-m", "llama_cpp.server", "--model", str(smollm2_path), "--model_alias", ALIAS,
             "--host", "127.0.0.1", "--port", str(port), "--n_ctx", "2048", "--n_threads", "1"],
            stdout=out, stderr=subprocess.STDOUT,
        )
    base = f"http://127.0.0.1:{port}/v1"
    try:
        deadline = time.monotonic() + START_LIMIT
        while True:
            try:
                if httpx.get(f"{base}/models", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if process.poll() is not None:
                pytest.fail(f"llama_cpp.server exited: {log.read_text(errors='replace')[-2000:]}")
            if time.monotonic() > deadline:
                pytest.fail(f"llama_cpp.server did not answer within {START_LIMIT:.0f} s")
            time.sleep(0.3)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)


@pytest.fixture
def stack_gateway(model_server: str, monkeypatch) -> Iterator[LLMSettings]:
    """The gateway configured from the environment `alliance stack --model-server` gives its processes."""
    for name, value in stack.model_server_env(model_server, ALIAS, [], {}).items():
        monkeypatch.setenv(name, value)
    settings = LLMSettings(model="smollm2-135m", n_threads=1, n_ctx=2048, max_tokens=16, timeout=60)
    with providers.using(settings):
        yield settings


async def test_notes_and_companion_complete_through_the_model_server(stack_gateway, records):
    assert stack_gateway.purpose_providers == {"notes": "modelserver", "companion": "modelserver"}
    for purpose in ("notes", "companion"):
        reply = await gateway.complete("Say hello in one short sentence.", purpose=purpose, max_tokens=16,
                                       temperature=0.0)
        assert reply.text.strip()
        assert (reply.provider, reply.model) == ("modelserver", ALIAS)
    assert [(r.purpose, r.provider, r.outcome) for r in records] == [
        ("notes", "modelserver", "ok"), ("companion", "modelserver", "ok")]
    assert all(r.completion_tokens > 0 for r in records)


async def test_readiness_sees_the_model_server(stack_gateway):
    ready, checks = await health.readiness(None)
    assert checks["model:notes"].ok and checks["model:companion"].ok
    assert checks["model:notes"].detail == "modelserver: server answers"
