"""A stand-in OpenAI-compatible model server for load and fault tests (stdlib only, 127.0.0.1 only).

It answers /v1/chat/completions and /v1/models at once with a short fixed reply, so that the web and worker
processes, not a language model on the same two cores, are what the load test measures. A delay in seconds can be
set while it runs (the "slow model server" fault): `POST /control/delay` with the number as the body, or start it
with `--delay`. The real deployment runs llama_cpp.server, vLLM or Ollama (docs/operations.md).

    .venv/bin/python benchmarks/load/model_stub.py --port 8081 [--delay 0]
"""

from __future__ import annotations

import argparse
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

STATE = {"delay": 0.0, "calls": 0}
_lock = threading.Lock()
REPLY = json.dumps({"summary": "Placeholder draft from the load-test model stub.", "sections": {}})


class Handler(BaseHTTPRequestHandler):
    """OpenAI-compatible enough for a chat completion; everything else 404."""

    def log_message(self, *_args) -> None:  # noqa: ANN002
        return

    def _json(self, status: int, body: dict) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:  # noqa: N802
        if self.path.rstrip("/") in ("/v1/models", "/models"):
            self._json(200, {"object": "list", "data": [{"id": "stub", "object": "model"}]})
        elif self.path == "/control":
            self._json(200, STATE)
        else:
            self._json(404, {"error": "not found"})

    def do_POST(self) -> None:  # noqa: N802
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        if self.path == "/control/delay":
            STATE["delay"] = float(raw.decode() or 0)
            self._json(200, STATE)
            return
        if not self.path.rstrip("/").endswith("/chat/completions"):
            self._json(404, {"error": "not found"})
            return
        with _lock:
            STATE["calls"] += 1
        time.sleep(STATE["delay"])
        try:
            model = json.loads(raw or b"{}").get("model", "stub")
        except ValueError:
            model = "stub"
        self._json(200, {"id": "stub-1", "object": "chat.completion", "created": int(time.time()), "model": model,
                         "choices": [{"index": 0, "finish_reason": "stop",
                                      "message": {"role": "assistant", "content": REPLY}}],
                         "usage": {"prompt_tokens": 10, "completion_tokens": 10, "total_tokens": 20}})


def main() -> None:
    """Serve until killed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8081)
    parser.add_argument("--delay", type=float, default=0.0)
    args = parser.parse_args()
    STATE["delay"] = args.delay
    ThreadingHTTPServer(("127.0.0.1", args.port), Handler).serve_forever()


if __name__ == "__main__":
    main()
