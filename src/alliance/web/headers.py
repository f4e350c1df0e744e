"""The security headers every response carries, as a plain ASGI middleware (no task group or stream per request,
which Starlette's `@app.middleware("http")` costs)."""

from __future__ import annotations

from typing import Any

CSP = ("default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; "
       "frame-ancestors 'none'")


class SecurityHeaders:
    """Adds nosniff, DENY framing, same-origin referrers, the Content-Security-Policy, HSTS when configured, and
    `Cache-Control: no-store` outside /static, each only where the response did not set it itself."""

    def __init__(self, app: Any, hsts: str | None = None) -> None:
        self.app = app
        defaults = [(b"x-content-type-options", b"nosniff"), (b"x-frame-options", b"DENY"),
                    (b"referrer-policy", b"same-origin"), (b"content-security-policy", CSP.encode("latin-1"))]
        if hsts:
            defaults.append((b"strict-transport-security", hsts.encode("latin-1")))
        self.defaults = tuple(defaults)
        self.dynamic = (*self.defaults, (b"cache-control", b"no-store"))

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        defaults = self.defaults if scope.get("path", "").startswith("/static") else self.dynamic

        async def send_with_headers(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers") or ())
                present = {name.lower() for name, _ in headers}
                headers.extend(h for h in defaults if h[0] not in present)
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)
