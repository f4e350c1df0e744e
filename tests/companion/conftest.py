"""Fixtures for the companion's conversation: the gateway routed to SmolLM2 (the small test model), or to a local
OpenAI-compatible server that streams a scripted reply (the output checks need replies a model would give only by
chance) and keeps every request it got, so a test can read exactly what the model was sent."""

from __future__ import annotations

import http.server
import json
import threading
from collections.abc import Iterator

import pytest

from alliance.llm import providers
from alliance.llm.config import LLMSettings, ProviderConfig


class StreamingHandler(http.server.BaseHTTPRequestHandler):
    """POST /v1/chat/completions: the next scripted reply as a chat-completion stream, a few characters a chunk."""

    script: list[str] = []
    requests: list[dict] = []

    def log_message(self, *args: object) -> None:  # keep test output clean
        pass

    def do_POST(self) -> None:  # noqa: N802 - http.server API
        body = json.loads(self.rfile.read(int(self.headers.get("content-length", 0))) or b"{}")
        type(self).requests.append(body)
        reply = type(self).script.pop(0) if type(self).script else "Let's try one small step together."
        self.send_response(200)
        self.send_header("content-type", "text/event-stream")
        self.end_headers()
        for start in range(0, len(reply), 7):
            chunk = {"id": "s", "object": "chat.completion.chunk", "created": 0, "model": "scripted",
                     "choices": [{"index": 0, "delta": {"content": reply[start:start + 7]}, "finish_reason": None}]}
            self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
        done = {"id": "s", "object": "chat.completion.chunk", "created": 0, "model": "scripted",
                "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}
        self.wfile.write(f"data: {json.dumps(done)}\n\ndata: [DONE]\n\n".encode())


@pytest.fixture(scope="session")
def scripted_url() -> Iterator[str]:
    """The scripted server's /v1 base URL."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), StreamingHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/v1"
    server.shutdown()
    server.server_close()


def _settings(scripted_url: str, companion: str) -> LLMSettings:
    # The embedded model loads and answers in seconds on an idle machine; 180 s leaves room for a loaded CI host.
    return LLMSettings(
        model="smollm2-135m", n_ctx=2048, n_threads=1, timeout=180, max_retries=0, retry_backoff=0.01, max_tokens=24,
        providers=[ProviderConfig(name="scripted", base_url=scripted_url, model="scripted", privacy="local"),
                   ProviderConfig(name="down", base_url="http://127.0.0.1:9/v1", model="m", privacy="local",
                                  timeout=2)],
        purpose_providers={"companion": companion})


@pytest.fixture
def scripted(scripted_url: str) -> Iterator[type[StreamingHandler]]:
    """The companion's model is the scripted server: set `.script` to the replies, read `.requests`."""
    StreamingHandler.script, StreamingHandler.requests = [], []
    with providers.using(_settings(scripted_url, "scripted")):
        yield StreamingHandler
    StreamingHandler.script, StreamingHandler.requests = [], []


@pytest.fixture
def smollm2(scripted_url: str) -> Iterator[LLMSettings]:
    """The companion's model is SmolLM2 embedded, 24 tokens a reply."""
    with providers.using(_settings(scripted_url, "embedded")) as current:
        yield current


@pytest.fixture
def model_down(scripted_url: str) -> Iterator[LLMSettings]:
    """The companion's provider does not answer."""
    with providers.using(_settings(scripted_url, "down")) as current:
        yield current


@pytest.fixture
def calls() -> Iterator[list]:
    """Every gateway call record made during one test."""
    from alliance.llm.records import add_call_sink, remove_call_sink

    captured: list = []
    add_call_sink(captured.append)
    yield captured
    remove_call_sink(captured.append)
