"""One ASGI middleware per request: the request id (X-Request-ID in and out), the metrics, the access log line."""

from __future__ import annotations

import logging
import time
from typing import Any

from alliance.observability import logs, metrics

access = logging.getLogger("alliance.access")
UNMATCHED = "<unmatched>"  # a path no route knows: one label, whatever was asked (no ids, no names)


def route_template(scope: dict[str, Any]) -> str:
    """The matched route's template (/clients/{client_id}), the mount for static files, else <unmatched>."""
    route = scope.get("route")
    path = getattr(route, "path", None)
    if path:
        return path
    if scope.get("path", "").startswith("/static/"):
        return "/static"
    return UNMATCHED


class ObservabilityMiddleware:
    """Sets the request id for the request's logs and echoes it; counts and times the request by route template."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        incoming = None
        for name, value in scope.get("headers") or ():
            if name == b"x-request-id":
                incoming = value.decode("latin-1")
                break
        rid = logs.accept_request_id(incoming)
        token = logs.request_id.set(rid)
        started = time.perf_counter()
        status = 500
        header = (b"x-request-id", rid.encode("latin-1"))

        async def send_with_id(message: dict[str, Any]) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message["headers"] = [*message.get("headers", []), header]
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        except BaseException:
            self._record(scope, status, started)
            raise  # the id stays set: the server logs the error next, in this request's context
        self._record(scope, status, started)
        logs.request_id.reset(token)

    @staticmethod
    def _record(scope: dict[str, Any], status: int, started: float) -> None:
        seconds = time.perf_counter() - started
        route = route_template(scope)
        method = scope.get("method", "GET")
        if route != "/metrics":
            metrics.observe_request(method, route, status, seconds)
        access.info("%s %s %s %.1fms", method, route, status, seconds * 1000.0)
