"""Users, log-in with lockout and rate limiting, browser sessions, TOTP MFA and API tokens."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from alliance.accounts.models import ApiToken, AuthSession, LoginAttempt, Role, User
from alliance.accounts.schemas import TokenCreate, UserCreate, UserUpdate
from alliance.config import get_settings
from alliance.db.base import utcnow
from alliance.errors import BadRequest, Conflict, Locked, NotFound, TooManyRequests, Unauthorized
from alliance.practices.models import Practice
from alliance.security import audit, crypto, mfa, passwords, tokens
from alliance.security.audit import Actor
from alliance.security.authz import require_role


class LoginFailed(Unauthorized):
    """Wrong e-mail or password. The failed-attempt counter it changed is kept (the transaction commits)."""

    persist = True


class AccountLocked(Locked):
    """Too many failures: locked for a while. Kept like LoginFailed."""

    persist = True


def actor_for(user: User) -> Actor:
    """The Actor a user acts as."""
    return Actor(user_id=user.id, role=user.role, practice_id=user.practice_id, client_id=user.client_id)


def email_index(email: str) -> str:
    """Blind index of an e-mail address."""
    return crypto.blind_index("user-email", email)


async def find_user_by_email(session: AsyncSession, email: str) -> User | None:
    """Exact look-up through the blind index."""
    return (await session.execute(select(User).where(User.email_bidx == email_index(email)))).scalar_one_or_none()


async def create_user(
    session: AsyncSession, actor: Actor, data: UserCreate, *, practice_id: uuid.UUID | None = None
) -> User:
    """Create a user in the actor's practice (admins only; the system may create in any practice)."""
    if actor.role != "system":
        require_role(actor, "admin", action="user.create")
        practice_id = actor.practice_id
    if practice_id is None:
        raise BadRequest("A practice is needed.")
    if await find_user_by_email(session, data.email):
        raise Conflict("A user with this e-mail address already exists.")
    if data.role is Role.client and data.client_id is None:
        raise BadRequest("A client's account must name the client record.")
    if data.client_id is not None:
        from alliance.clients.models import Client

        client = await session.get(Client, data.client_id)
        if client is None or client.practice_id != practice_id or data.role is not Role.client:
            raise BadRequest("client_id must name a client of this practice, for a client account.")
    user = User(
        practice_id=practice_id,
        role=data.role.value,
        email_bidx=email_index(data.email),
        display_name=data.display_name,
        credentials=data.credentials,
        client_id=data.client_id,
        password_hash=passwords.hash_password(data.password) if data.password else None,
    )
    user.email = str(data.email).lower()
    session.add(user)
    await session.flush()
    await audit.record(session, actor, "user.create", resource_type="user", resource_id=user.id,
                       client_id=data.client_id, detail=f"role={data.role.value}")
    return user


async def get_user(session: AsyncSession, actor: Actor, user_id: uuid.UUID) -> User:
    """A user of the actor's practice (admins see everyone; others only themselves)."""
    user = await session.get(User, user_id)
    if user is None or user.practice_id != actor.practice_id or (actor.role != "admin" and user.id != actor.user_id):
        raise NotFound("No such user.")
    return user


async def list_users(session: AsyncSession, actor: Actor, *, role: str | None = None) -> Sequence[User]:
    """Every user of the practice (admins)."""
    require_role(actor, "admin", action="user.list")
    query = select(User).where(User.practice_id == actor.practice_id).order_by(User.role, User.display_name)
    if role:
        query = query.where(User.role == role)
    return (await session.execute(query)).scalars().all()


async def update_user(session: AsyncSession, actor: Actor, user_id: uuid.UUID, data: UserUpdate) -> User:
    """Change a user's name, credentials, activity, away status or reset their MFA (admins)."""
    require_role(actor, "admin", action="user.update")
    user = await get_user(session, actor, user_id)
    changed = data.model_dump(exclude_unset=True)
    for field in ("display_name", "credentials", "is_active", "away"):
        if field in changed and changed[field] is not None:
            setattr(user, field, changed[field])
    if changed.get("reset_mfa"):
        user.mfa_enabled = False
        user.mfa_secret = None
    if changed.get("is_active") is False:
        await revoke_all_sessions(session, user.id)
    await audit.record(session, actor, "user.update", resource_type="user", resource_id=user.id,
                       detail="fields=" + ",".join(sorted(changed)))
    return user


# --- log-in ----------------------------------------------------------------------------------------------

async def check_rate_limit(session: AsyncSession, source: str) -> str:
    """Refuse a source address that tried too often in the last minute; returns its blind index."""
    settings = get_settings()
    source_bidx = crypto.blind_index("login-source", source or "unknown")
    since = utcnow() - timedelta(minutes=1)
    recent = await session.scalar(
        select(func.count()).select_from(LoginAttempt).where(
            LoginAttempt.source_bidx == source_bidx, LoginAttempt.at >= since
        )
    )
    if (recent or 0) >= settings.login_ip_attempts_per_minute:
        raise TooManyRequests("Too many log-in attempts from this address. Wait a minute and try again.")
    # Keep the table small: attempts older than a day are no longer needed.
    await session.execute(delete(LoginAttempt).where(LoginAttempt.at < utcnow() - timedelta(days=1)))
    return source_bidx


async def authenticate(session: AsyncSession, email: str, password: str, *, source: str) -> User:
    """Check a password with per-address rate limiting and per-account lockout."""
    settings = get_settings()
    source_bidx = await check_rate_limit(session, source)
    attempt = LoginAttempt(source_bidx=source_bidx, succeeded=False)
    session.add(attempt)
    user = await find_user_by_email(session, email)
    now = utcnow()
    if user is not None and user.locked_until is not None and user.locked_until > now:
        await audit.record(session, actor_for(user), "auth.login", outcome="denied", detail="locked")
        raise AccountLocked("This account is locked after repeated failed log-ins. Try again later.")
    ok = passwords.verify_password(user.password_hash if user else None, password)
    if user is None or not ok or not user.is_active:
        if user is not None:
            user.failed_logins += 1
            locked = user.failed_logins >= settings.login_max_failures
            if locked:
                user.locked_until = now + timedelta(minutes=settings.login_lockout_minutes)
                user.failed_logins = 0
            await audit.record(session, actor_for(user), "auth.login", outcome="failed",
                               detail="locked" if locked else "bad-password")
            if locked:
                raise AccountLocked("Too many failed log-ins: this account is locked for a while.")
        raise LoginFailed("Wrong e-mail or password.")
    user.failed_logins = 0
    user.locked_until = None
    attempt.succeeded = True
    if passwords.needs_rehash(user.password_hash or ""):
        user.password_hash = passwords.hash_password(password)
    return user


async def mfa_required(session: AsyncSession, user: User) -> bool:
    """Staff need a second factor unless their practice turned it off; anyone who enrolled uses it."""
    if user.mfa_enabled:
        return True
    if user.role == Role.client.value:
        return False
    practice = await session.get(Practice, user.practice_id)
    return bool(practice and practice.mfa_required)


async def start_session(session: AsyncSession, user: User, *, mfa_verified: bool) -> tuple[str, AuthSession]:
    """A new browser session; returns the cookie token (only its hash is stored)."""
    settings = get_settings()
    token = tokens.new_token()
    auth = AuthSession(
        user_id=user.id,
        token_hash=tokens.token_hash(token),
        csrf_token=tokens.new_token(24),
        mfa_verified=mfa_verified,
        expires_at=utcnow() + timedelta(hours=settings.session_absolute_hours),
    )
    session.add(auth)
    if mfa_verified:
        user.last_login_at = utcnow()
        await audit.record(session, actor_for(user), "auth.login", resource_type="session", resource_id=auth.id)
    await session.flush()
    return token, auth


@dataclass
class Authenticated:
    """A resolved credential."""

    user: User
    auth_session: AuthSession | None  # None for API tokens


async def resolve_session(session: AsyncSession, token: str) -> Authenticated | None:
    """The live session for a cookie token, honouring the idle and absolute timeouts."""
    settings = get_settings()
    auth = (
        await session.execute(select(AuthSession).where(AuthSession.token_hash == tokens.token_hash(token)))
    ).scalar_one_or_none()
    now = utcnow()
    if auth is None or auth.revoked_at is not None or auth.expires_at <= now:
        return None
    if now - auth.last_seen_at > timedelta(minutes=settings.session_idle_minutes):
        auth.revoked_at = now
        return None
    user = await session.get(User, auth.user_id)
    if user is None or not user.is_active:
        return None
    if now - auth.last_seen_at > timedelta(seconds=30):
        auth.last_seen_at = now
    return Authenticated(user, auth)


async def complete_mfa(session: AsyncSession, auth: AuthSession, code: str) -> User:
    """Verify the TOTP code for a half-logged-in session (enrolling the secret on first use)."""
    user = await session.get(User, auth.user_id)
    if user is None or auth.revoked_at is not None or auth.expires_at <= utcnow():
        raise Unauthorized("Log in again.")
    secret = user.mfa_secret
    if secret is None:
        raise BadRequest("Set up your authenticator first.")
    step = mfa.matching_step(secret, code, after=user.mfa_last_step)
    if step is None:
        user.failed_logins += 1
        if user.failed_logins >= get_settings().login_max_failures:
            user.locked_until = utcnow() + timedelta(minutes=get_settings().login_lockout_minutes)
            user.failed_logins = 0
            auth.revoked_at = utcnow()
        await audit.record(session, actor_for(user), "auth.mfa", outcome="failed")
        raise LoginFailed("That code is not right. Check your authenticator app's clock and try again.")
    user.failed_logins = 0
    user.mfa_last_step = step
    if not user.mfa_enabled:
        user.mfa_enabled = True
        await audit.record(session, actor_for(user), "auth.mfa.enrol", resource_type="user", resource_id=user.id)
    auth.mfa_verified = True
    user.last_login_at = utcnow()
    await audit.record(session, actor_for(user), "auth.login", resource_type="session", resource_id=auth.id,
                       detail="mfa")
    return user


async def mfa_ticket(session: AsyncSession, ticket: str) -> AuthSession:
    """The half-logged-in session named by an MFA ticket."""
    auth = (
        await session.execute(select(AuthSession).where(AuthSession.token_hash == tokens.token_hash(ticket)))
    ).scalar_one_or_none()
    if auth is None or auth.revoked_at is not None or auth.expires_at <= utcnow() or auth.mfa_verified:
        raise Unauthorized("This log-in step has expired. Log in again.")
    if utcnow() - auth.created_at > timedelta(minutes=10):
        raise Unauthorized("This log-in step has expired. Log in again.")
    return auth


async def begin_enrolment(session: AsyncSession, user: User) -> str:
    """Give a user without MFA a new TOTP secret to scan (kept unconfirmed until a code verifies)."""
    if user.mfa_enabled:
        raise Conflict("Multi-factor authentication is already set up.")
    if user.mfa_secret:  # enrolment started but not confirmed: show the same key again
        return user.mfa_secret
    secret = mfa.new_secret()
    user.mfa_secret = secret
    return secret


async def logout(session: AsyncSession, auth: AuthSession) -> None:
    """End a browser session."""
    auth.revoked_at = utcnow()
    user = await session.get(User, auth.user_id)
    if user is not None:
        await audit.record(session, actor_for(user), "auth.logout", resource_type="session", resource_id=auth.id)


async def revoke_all_sessions(session: AsyncSession, user_id: uuid.UUID) -> None:
    """End every session and token of a user (deactivation)."""
    now = utcnow()
    for auth in (await session.execute(select(AuthSession).where(AuthSession.user_id == user_id))).scalars():
        auth.revoked_at = auth.revoked_at or now
    for tok in (await session.execute(select(ApiToken).where(ApiToken.user_id == user_id))).scalars():
        tok.revoked_at = tok.revoked_at or now


async def change_password(session: AsyncSession, user: User, current: str, new: str) -> None:
    """Change one's own password."""
    if not passwords.verify_password(user.password_hash, current):
        raise LoginFailed("The current password is not right.")
    user.password_hash = passwords.hash_password(new)
    await audit.record(session, actor_for(user), "auth.password.change", resource_type="user", resource_id=user.id)


# --- API tokens -------------------------------------------------------------------------------------------

async def create_token(session: AsyncSession, user: User, data: TokenCreate) -> tuple[str, ApiToken]:
    """A bearer token for the JSON API; the secret is shown once."""
    secret = tokens.new_api_token()
    expires = utcnow() + timedelta(days=data.expires_days) if data.expires_days else None
    token = ApiToken(user_id=user.id, name=data.name, token_hash=tokens.token_hash(secret),
                     prefix=secret[:8], expires_at=expires)
    session.add(token)
    await session.flush()
    await audit.record(session, actor_for(user), "auth.token.create", resource_type="api_token", resource_id=token.id)
    return secret, token


async def list_tokens(session: AsyncSession, user: User) -> Sequence[ApiToken]:
    """A user's tokens, newest first."""
    return (
        await session.execute(select(ApiToken).where(ApiToken.user_id == user.id).order_by(ApiToken.created_at.desc()))
    ).scalars().all()


async def revoke_token(session: AsyncSession, user: User, token_id: uuid.UUID) -> ApiToken:
    """Revoke one of the user's tokens."""
    token = await session.get(ApiToken, token_id)
    if token is None or token.user_id != user.id:
        raise NotFound("No such token.")
    token.revoked_at = token.revoked_at or utcnow()
    await audit.record(session, actor_for(user), "auth.token.revoke", resource_type="api_token", resource_id=token.id)
    return token


async def resolve_token(session: AsyncSession, secret: str) -> Authenticated | None:
    """The user behind a bearer token, if it is live."""
    token = (
        await session.execute(select(ApiToken).where(ApiToken.token_hash == tokens.token_hash(secret)))
    ).scalar_one_or_none()
    now = utcnow()
    if token is None or token.revoked_at is not None or (token.expires_at is not None and token.expires_at <= now):
        return None
    user = await session.get(User, token.user_id)
    if user is None or not user.is_active:
        return None
    if token.last_used_at is None or now - token.last_used_at > timedelta(minutes=1):
        token.last_used_at = now
    return Authenticated(user, None)


def is_locked(user: User, now: datetime | None = None) -> bool:
    """True while a lockout runs."""
    return user.locked_until is not None and user.locked_until > (now or utcnow())


