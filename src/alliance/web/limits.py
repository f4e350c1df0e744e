"""Request body limits, enforced before the app reads a byte (pure ASGI, so nothing buffers the body first).

Every request may send at most ALLIANCE_MAX_BODY_BYTES. A few routes take more (session audio, long pasted
transcripts), and only from a caller with a live credential, checked before the body is read: a stranger never
makes the server hold or write more than the small limit. A declared Content-Length over the limit is answered
at once; a chunked body is counted as it streams and cut off where it passes the limit.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass

from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from alliance.errors import AllianceError, Unauthorized

log = logging.getLogger("alliance.web")

MiB = 1024 * 1024
Authenticated = Callable[[Scope], Awaitable[bool]]


class PayloadTooLarge(AllianceError):
    """The request body is over the route's limit."""

    status_code = 413


@dataclass(frozen=True)
class LargeBody:
    """A route that accepts up to `limit` bytes from an authenticated caller."""

    method: str
    path: re.Pattern[str]
    limit: int

    def matches(self, scope: Scope) -> bool:
        """True for this route's method and path."""
        return scope["method"] == self.method and self.path.fullmatch(scope["path"]) is not None


class _Overflow(Exception):
    """Raised into the app when the body passes the limit; the middleware answers instead of the app."""


def _megabytes(limit: int) -> str:
    return f"{limit / MiB:.0f} MB" if limit >= MiB else f"{limit // 1024} KB"


def _declared_length(scope: Scope) -> int | None:
    """The Content-Length (0 when the request has no body framing at all); None for a chunked body."""
    length = chunked = None
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            length = value
        elif name == b"transfer-encoding":
            chunked = value
    if length is not None:
        try:
            return int(length)
        except ValueError:
            return None  # the server refuses a malformed length; count whatever arrives
    return None if chunked is not None else 0


async def has_live_credential(scope: Scope) -> bool:
    """True when the request carries a live API token or a fully logged-in session cookie (a read, no body)."""
    from alliance.accounts import service as accounts
    from alliance.web.deps import SESSION_COOKIE

    request = Request(scope)
    header = request.headers.get("authorization", "")
    cookie = request.cookies.get(SESSION_COOKIE)
    bearer = header[7:].strip() if header.lower().startswith("bearer ") else None
    if not bearer and not cookie:
        return False
    try:
        # The lookup's own changes (last use) are dropped with the session: the route records the use.
        async with scope["app"].state.sessionmaker() as db:
            if bearer:
                return await accounts.resolve_token(db, bearer) is not None
            auth = await accounts.resolve_session(db, cookie or "")
            return auth is not None and auth.auth_session is not None and bool(auth.auth_session.mfa_verified)
    except Exception as exc:  # noqa: BLE001 - a failed lookup means the small limit, never a 500 here
        log.warning("credential check before the body failed: %s", type(exc).__name__)
        return False


class BodyLimit:
    """Refuse request bodies over the route's limit, before or while they stream (413; 401 for a stranger
    sending more than the small limit to a route that takes more from a logged-in user)."""

    def __init__(self, app: ASGIApp, *, default: int, large: Sequence[LargeBody] = (),
                 authenticated: Authenticated = has_live_credential) -> None:
        self.app = app
        self.default = default
        self.large = tuple(large)
        self.authenticated = authenticated

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = _declared_length(scope)
        limit, refusal = self.default, 413
        route = next((r for r in self.large if r.matches(scope)), None)
        if route is not None and (declared is None or declared > self.default):
            if await self.authenticated(scope):
                limit = route.limit
            else:
                refusal = 401
        if declared is not None and declared > limit:
            await self._refuse(scope, send, refusal, limit)
            return
        await self._counted(scope, receive, send, limit, refusal)

    async def _counted(self, scope: Scope, receive: Receive, send: Send, limit: int, refusal: int) -> None:
        received = 0
        over = started = False

        async def limited_receive() -> Message:
            nonlocal received, over
            if over:
                raise _Overflow
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    over = True
                    raise _Overflow
            return message

        async def guarded_send(message: Message) -> None:
            nonlocal started
            if over and not started:
                return  # whatever the app makes of a cut-off body is replaced by the refusal below
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, limited_receive, guarded_send)
        except Exception:
            if not over or started:
                raise
        if over and not started:
            await self._refuse(scope, send, refusal, limit)

    async def _refuse(self, scope: Scope, send: Send, status: int, limit: int) -> None:
        request = Request(scope)
        html = not scope["path"].startswith("/api/") and "text/html" in request.headers.get("accept", "")
        headers = {"Connection": "close"}  # the rest of the body is not read: the client should stop sending
        response: Response
        if status == 401:
            error: AllianceError = Unauthorized("Log in first.")
            if html:
                response = RedirectResponse(f"/login?next={scope['path']}", status_code=303, headers=headers)
                await response(scope, _no_body, send)
                return
        else:
            error = PayloadTooLarge(f"The request body is over the {_megabytes(limit)} this address accepts.")
        if html:
            from alliance.web.templates import templates

            context = {"title": type(error).__name__, "detail": error.detail, "user": None, "csrf_token": ""}
            response = templates.TemplateResponse(request, "error.html", context, status_code=error.status_code,
                                                  headers=headers)
        else:
            response = JSONResponse(error.to_dict(), status_code=error.status_code, headers=headers)
        await response(scope, _no_body, send)


async def _no_body() -> Message:
    return {"type": "http.disconnect"}
