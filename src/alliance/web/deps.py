"""Request dependencies: the transaction owner, the current user, CSRF."""

from __future__ import annotations

from types import SimpleNamespace

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.ext.asyncio import AsyncSession

from alliance.accounts import service as accounts
from alliance.accounts.models import User
from alliance.errors import AllianceError, Forbidden, Unauthorized
from alliance.security import audit, tokens
from alliance.security.audit import Actor
from alliance.web import i18n

SESSION_COOKIE = "alliance_session"
CSRF_HEADER = "X-CSRF-Token"
SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}


async def _record_denial(session: AsyncSession, exc: AllianceError) -> None:
    info = getattr(exc, "audit", None)
    if not info:
        return
    actor, action, client_id = info
    await audit.record(session, actor, action, client_id=client_id, outcome="denied")
    await session.commit()


@asynccontextmanager
async def transaction(session: AsyncSession) -> AsyncIterator[AsyncSession]:
    """Commit on success, roll back on error; denials are written to the audit log after the rollback."""
    try:
        yield session
        await session.commit()
    except AllianceError as exc:
        if exc.persist:
            await session.commit()
        else:
            await session.rollback()
        await _record_denial(session, exc)
        raise
    except BaseException:
        await session.rollback()
        raise


async def get_db(request: Request) -> AsyncIterator[AsyncSession]:
    """One transaction per request (the route's services only flush)."""
    async with request.app.state.sessionmaker() as session, transaction(session):
        yield session


DB = Annotated[AsyncSession, Depends(get_db, scope="function")]


async def optional_auth(request: Request, session: DB) -> accounts.Authenticated | None:
    """The user behind a bearer token or a fully logged-in session cookie, if any."""
    if hasattr(request.state, "auth"):
        return request.state.auth
    header = request.headers.get("authorization", "")
    auth: accounts.Authenticated | None = None
    if header.lower().startswith("bearer "):
        auth = await accounts.resolve_token(session, header[7:].strip())
        if auth is None:
            raise Unauthorized("The API token is invalid, expired or revoked.")
    else:
        cookie = request.cookies.get(SESSION_COOKIE)
        if cookie:
            auth = await accounts.resolve_session(session, cookie)
            if auth is not None and auth.auth_session is not None and not auth.auth_session.mfa_verified:
                auth = None
    request.state.auth = auth
    if auth is not None:
        # What the page header needs, kept as plain values: an error page renders after the transaction has
        # been rolled back, when the user row can no longer be read.
        request.state.who = SimpleNamespace(
            role=auth.user.role, display_name=auth.user.display_name,
            csrf_token=auth.auth_session.csrf_token if auth.auth_session else "",
            # The zone pages show times in; the JSON API answers in UTC, so it skips the look-up.
            zone=None if request.url.path.startswith("/api/") else await accounts.viewer_zone(session, auth.user))
        if not request.url.path.startswith("/api/"):
            await i18n.use_viewer_language(session, auth.user)  # the portal in the client's language
    return auth


OptionalAuth = Annotated[accounts.Authenticated | None, Depends(optional_auth)]


async def require_auth(request: Request, auth: OptionalAuth) -> accounts.Authenticated:
    """A logged-in user; cookie sessions must also pass the CSRF check on unsafe methods."""
    if auth is None:
        raise Unauthorized("Log in first.")
    if auth.auth_session is not None and request.method not in SAFE_METHODS:
        sent = request.headers.get(CSRF_HEADER)
        if sent is None and request.headers.get("content-type", "").startswith(
            ("application/x-www-form-urlencoded", "multipart/form-data")
        ):
            sent = (await request.form()).get("csrf_token")  # type: ignore[assignment]
        if not sent or not tokens.same(str(sent), auth.auth_session.csrf_token):
            raise Forbidden("The form has expired or did not come from Alliance. Reload the page and try again.")
    return auth


Auth = Annotated[accounts.Authenticated, Depends(require_auth)]


async def current_user(auth: Auth) -> User:
    """The logged-in user."""
    return auth.user


async def current_actor(auth: Auth) -> Actor:
    """The logged-in user as an Actor for services."""
    return accounts.actor_for(auth.user)


CurrentUser = Annotated[User, Depends(current_user)]
CurrentActor = Annotated[Actor, Depends(current_actor)]


def set_session_cookie(response, token: str) -> None:  # noqa: ANN001
    """Set the session cookie: HttpOnly, SameSite=Lax, Secure when configured."""
    from alliance.config import get_settings

    settings = get_settings()
    response.set_cookie(SESSION_COOKIE, token, httponly=True, samesite="lax", secure=settings.cookie_secure,
                        max_age=settings.session_absolute_hours * 3600, path="/")


def client_address(request: Request) -> str:
    """The caller's address for rate limiting: X-Forwarded-For counts only from ALLIANCE_TRUSTED_PROXIES."""
    from alliance.config import get_settings
    from alliance.web.proxies import forwarded_client

    peer = request.client.host if request.client else "unknown"
    return forwarded_client(peer, request.headers.getlist("x-forwarded-for"), get_settings().trusted_proxy_networks)
