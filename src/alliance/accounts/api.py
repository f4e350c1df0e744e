"""JSON API: log-in, MFA, log-out, API tokens, and user administration."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Request, Response
from fastapi.responses import JSONResponse

from alliance.accounts import service
from alliance.accounts.models import User
from alliance.accounts.schemas import (
    LoginRequest,
    LoginResult,
    MfaEnrolment,
    MfaRequest,
    MfaTicket,
    PasswordChange,
    TokenCreate,
    TokenCreated,
    TokenRead,
    UserCreate,
    UserRead,
    UserUpdate,
)
from alliance.errors import Unauthorized
from alliance.security import mfa
from alliance.web.deps import DB, SESSION_COOKIE, Auth, CurrentActor, CurrentUser, client_address, set_session_cookie
from alliance.web.errors import error_responses

router = APIRouter(prefix="/api/v1", tags=["accounts"], responses=error_responses(400, 401, 403, 404, 409, 429))


def throttled(exc: service.LoginThrottled) -> JSONResponse:
    """The 429 answer with its Retry-After header (the refused attempt is still committed)."""
    return JSONResponse(exc.to_dict(), status_code=exc.status_code, headers={"Retry-After": str(exc.retry_after)})


def user_read(user) -> UserRead:  # noqa: ANN001
    """A user as the API shows it."""
    read = UserRead.model_validate(user)
    read.locked = service.is_locked(user)
    return read


@router.post("/auth/login", response_model=LoginResult)
async def login(data: LoginRequest, request: Request, response: Response, session: DB) -> LoginResult | Response:
    """Check e-mail and password; either logs in or asks for the second factor. Real and unknown e-mails get the
    same answers; too many attempts answer 429 with Retry-After."""
    try:
        user = await service.authenticate(session, data.email, data.password, source=client_address(request))
    except service.LoginThrottled as exc:
        return throttled(exc)
    if await service.mfa_required(session, user):
        ticket, _ = await service.start_session(session, user, mfa_verified=False)
        return LoginResult(mfa_required=True, mfa_enrolment_required=not user.mfa_enabled, ticket=ticket)
    token, _ = await service.start_session(session, user, mfa_verified=True)
    set_session_cookie(response, token)
    return LoginResult(user=user_read(user))


@router.post("/auth/mfa/enrol", response_model=MfaEnrolment)
async def mfa_enrol(data: MfaTicket, session: DB) -> MfaEnrolment:
    """Start TOTP enrolment during log-in (the ticket proves the password step)."""
    auth = await service.mfa_ticket(session, data.ticket)
    user = await session.get(User, auth.user_id)
    if user is None:
        raise Unauthorized("Log in again.")
    secret = await service.begin_enrolment(session, user)
    return MfaEnrolment(secret=secret, provisioning_uri=mfa.provisioning_uri(secret, user.email))


@router.post("/auth/mfa", response_model=LoginResult)
async def mfa_verify(
    data: MfaRequest, request: Request, response: Response, session: DB
) -> LoginResult | Response:
    """Finish log-in with a TOTP code. After too many wrong codes the ticket ends (401 MfaStepEnded): log in
    again."""
    auth = await service.mfa_ticket(session, data.ticket)
    try:
        user = await service.complete_mfa(session, auth, data.code, source=client_address(request))
    except service.LoginThrottled as exc:
        return throttled(exc)
    set_session_cookie(response, data.ticket)
    return LoginResult(user=user_read(user))


@router.post("/auth/logout", status_code=204)
async def logout(auth: Auth, response: Response, session: DB) -> Response:
    """End this browser session."""
    if auth.auth_session is not None:
        await service.logout(session, auth.auth_session)
    response.delete_cookie(SESSION_COOKIE, path="/")
    response.status_code = 204
    return response


@router.get("/auth/me", response_model=UserRead)
async def me(user: CurrentUser) -> UserRead:
    """The logged-in user."""
    return user_read(user)


@router.post("/auth/password", status_code=204)
async def change_password(data: PasswordChange, user: CurrentUser, session: DB) -> Response:
    """Change one's own password."""
    await service.change_password(session, user, data.current_password, data.new_password)
    return Response(status_code=204)


@router.get("/auth/tokens", response_model=list[TokenRead])
async def list_tokens(user: CurrentUser, session: DB) -> list[TokenRead]:
    """The user's API tokens."""
    return [TokenRead.model_validate(t) for t in await service.list_tokens(session, user)]


@router.post("/auth/tokens", response_model=TokenCreated, status_code=201)
async def create_token(data: TokenCreate, user: CurrentUser, session: DB) -> TokenCreated:
    """Create a bearer token; its secret is shown only now."""
    secret, token = await service.create_token(session, user, data)
    return TokenCreated(id=token.id, name=token.name, token=secret, expires_at=token.expires_at)


@router.delete("/auth/tokens/{token_id}", status_code=204)
async def revoke_token(token_id: uuid.UUID, user: CurrentUser, session: DB) -> Response:
    """Revoke a token."""
    await service.revoke_token(session, user, token_id)
    return Response(status_code=204)


@router.get("/users", response_model=list[UserRead])
async def list_users(actor: CurrentActor, session: DB, role: str | None = None) -> list[UserRead]:
    """Users of the practice (admins)."""
    return [user_read(u) for u in await service.list_users(session, actor, role=role)]


@router.post("/users", response_model=UserRead, status_code=201)
async def create_user(data: UserCreate, actor: CurrentActor, session: DB) -> UserRead:
    """Create a user (admins)."""
    return user_read(await service.create_user(session, actor, data))


@router.get("/users/{user_id}", response_model=UserRead)
async def get_user(user_id: uuid.UUID, actor: CurrentActor, session: DB) -> UserRead:
    """One user (admins, or oneself)."""
    return user_read(await service.get_user(session, actor, user_id))


@router.patch("/users/{user_id}", response_model=UserRead)
async def update_user(user_id: uuid.UUID, data: UserUpdate, actor: CurrentActor, session: DB) -> UserRead:
    """Change a user (admins)."""
    return user_read(await service.update_user(session, actor, user_id, data))
