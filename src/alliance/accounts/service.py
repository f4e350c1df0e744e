"""Users, log-in with throttling, browser sessions, TOTP MFA and API tokens."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from alliance.accounts import throttle
from alliance.accounts.models import STAFF_GENDERS, STAFF_MODALITIES, ApiToken, AuthSession, Role, User
from alliance.accounts.schemas import TokenCreate, UserCreate, UserUpdate
from alliance.config import get_settings
from alliance.db.base import utcnow
from alliance.errors import BadRequest, Conflict, NotFound, Unauthorized
from alliance.practices.models import Practice
from alliance.security import audit, crypto, mfa, passwords, tokens
from alliance.security.audit import Actor
from alliance.security.authz import require_role


class LoginFailed(Unauthorized):
    """Wrong e-mail or password. The failed-attempt counter it changed is kept (the transaction commits)."""

    persist = True


class MfaStepEnded(Unauthorized):
    """Too many wrong codes: the pending MFA step is over and the user starts again with the password. Kept like
    LoginFailed."""

    persist = True


LoginThrottled = throttle.LoginThrottled


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
    if data.role is Role.client and data.gender is not None:
        raise BadRequest("Gender for matching is kept for staff only.")
    if data.role is Role.client and data.modalities:
        raise BadRequest(MODALITIES_STAFF_ONLY)
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
        gender=data.gender,
        modalities=staff_modalities(data.modalities),
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
    """Change a user's name, credentials, activity, away status, gender and modalities (staff; None clears them) or
    reset their MFA (admins)."""
    require_role(actor, "admin", action="user.update")
    user = await get_user(session, actor, user_id)
    changed = data.model_dump(exclude_unset=True)
    for field in ("display_name", "credentials", "is_active", "away"):
        if field in changed and changed[field] is not None:
            setattr(user, field, changed[field])
    if "gender" in changed:
        if user.role == Role.client.value:
            raise BadRequest("Gender for matching is kept for staff only.")
        user.gender = changed["gender"]
    if "modalities" in changed:
        if user.role == Role.client.value:
            raise BadRequest(MODALITIES_STAFF_ONLY)
        user.modalities = staff_modalities(changed["modalities"])
    if changed.get("reset_mfa"):
        user.mfa_enabled = False
        user.mfa_secret = None
    if changed.get("is_active") is False:
        await revoke_all_sessions(session, user.id)
    await audit.record(session, actor, "user.update", resource_type="user", resource_id=user.id,
                       detail="fields=" + ",".join(sorted(changed)))
    return user


# --- log-in ---------------------------------------------------------------------------------------------

def _login_actor(user: User | None) -> Actor:
    """Who an attempt is audited as: the account's user, or nobody for an e-mail no account has."""
    return actor_for(user) if user is not None else Actor(user_id=None, role="anonymous", practice_id=None)


async def authenticate(session: AsyncSession, email: str, password: str, *, source: str) -> User:
    """Check a password under the source and account throttles; real and unknown e-mails get the same answers,
    in about the same time (the password is hashed for an unknown e-mail too)."""
    user = await find_user_by_email(session, email)
    unknown = "" if user is not None else ";unknown-account"
    try:
        attempt = await throttle.check(session, source=source, email=email)
    except throttle.LoginThrottled:
        await audit.record(session, _login_actor(user), "auth.login", outcome="denied", detail="throttled" + unknown)
        raise
    ok = passwords.verify_password(user.password_hash if user else None, password)
    if user is None or not ok or not user.is_active:
        wait = throttle.record_failure(session, attempt)
        if user is not None and wait:
            user.locked_until = utcnow() + wait
        reason = "unknown-account" if user is None else ("bad-password" if not ok else "inactive")
        await audit.record(session, _login_actor(user), "auth.login", outcome="failed", detail=reason)
        raise LoginFailed("Wrong e-mail or password.")
    completed = not await mfa_required(session, user)
    throttle.record_success(session, attempt, completed=completed)
    user.failed_logins = 0  # a fresh MFA step gets its own tries
    if completed:
        user.locked_until = None
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
    # The session and its user in one statement (every request asks this first).
    row = (
        await session.execute(select(AuthSession, User).join(User, User.id == AuthSession.user_id)
                              .where(AuthSession.token_hash == tokens.token_hash(token)))
    ).one_or_none()
    if row is None:
        return None
    auth, user = row
    now = utcnow()
    if auth.revoked_at is not None or auth.expires_at <= now:
        return None
    if now - auth.last_seen_at > timedelta(minutes=settings.session_idle_minutes):
        auth.revoked_at = now
        return None
    if not user.is_active:
        return None
    if now - auth.last_seen_at > timedelta(seconds=30):
        auth.last_seen_at = now
        # Written now, before the request's audit event locks the audit anchor: two requests of one session (two
        # tabs) then take the session row and the anchor in the same order. Flushed later, a request holding the
        # anchor could wait for the session row held by one waiting for the anchor (a deadlock on PostgreSQL,
        # seen in the load test).
        await session.flush()
    return Authenticated(user, auth)


async def complete_mfa(session: AsyncSession, auth: AuthSession, code: str, *, source: str) -> User:
    """Verify the TOTP code for a half-logged-in session (enrolling the secret on first use).

    Wrong codes count against the account's throttle like wrong passwords; after `login_max_failures` of them the
    step ends and the user starts again from the password (MfaStepEnded)."""
    settings = get_settings()
    user = await session.get(User, auth.user_id)
    if user is None or auth.revoked_at is not None or auth.expires_at <= utcnow():
        raise Unauthorized("Log in again.")
    secret = user.mfa_secret
    if secret is None:
        raise BadRequest("Set up your authenticator first.")
    now = utcnow()
    try:
        attempt = await throttle.check(session, source=source, email=user.email)
    except throttle.LoginThrottled:
        await audit.record(session, actor_for(user), "auth.mfa", outcome="denied", detail="throttled")
        raise
    step = mfa.matching_step(secret, code, after=user.mfa_last_step)
    if step is None:
        wait = throttle.record_failure(session, attempt)
        if wait:
            user.locked_until = utcnow() + wait
        user.failed_logins += 1
        ended = user.failed_logins >= settings.login_max_failures
        await audit.record(session, actor_for(user), "auth.mfa", outcome="failed",
                           detail="step-ended" if ended else "bad-code")
        if ended:
            user.failed_logins = 0
            auth.revoked_at = now
            raise MfaStepEnded("Too many wrong codes: this log-in step has ended. Log in again with your password, "
                               "then enter a new code.")
        raise LoginFailed("That code is not right. Check your authenticator app's clock and try again.")
    throttle.record_success(session, attempt, completed=True)
    user.failed_logins = 0
    user.locked_until = None
    user.mfa_last_step = step
    if not user.mfa_enabled:
        user.mfa_enabled = True
        await audit.record(session, actor_for(user), "auth.mfa.enrol", resource_type="user", resource_id=user.id)
    auth.mfa_verified = True
    user.last_login_at = now
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


async def change_password(session: AsyncSession, user: User, current: str, new: str, *,
                          keep_session: uuid.UUID | None = None) -> int:
    """Change one's own password and end every other browser session of the user (a stolen cookie stops working).

    Returns how many other sessions were ended."""
    if not passwords.verify_password(user.password_hash, current):
        raise LoginFailed("The current password is not right.")
    if passwords.verify_password(user.password_hash, new):
        raise BadRequest("The new password is the same as the current one.")
    user.password_hash = passwords.hash_password(new)
    now = utcnow()
    others = (await session.execute(select(AuthSession).where(
        AuthSession.user_id == user.id, AuthSession.revoked_at.is_(None), AuthSession.id != keep_session))).scalars().all()
    for other in others:
        other.revoked_at = now
    await audit.record(session, actor_for(user), "auth.password.change", resource_type="user", resource_id=user.id,
                       detail=f"other_sessions_ended={len(others)}")
    return len(others)


_KEEP = object()  # set_own_preferences: leave the gender or the modalities as they are
MODALITIES_STAFF_ONLY = "The ways of seeing people, for matching, are kept for staff only."


def staff_modalities(values: Iterable[str] | None) -> list[str] | None:
    """Modalities as stored: keys of STAFF_MODALITIES, once each, in that order; None when none is given."""
    chosen = set(values or ())
    if chosen - set(STAFF_MODALITIES):
        raise BadRequest("Choose among the listed ways of seeing people (in person, video, phone).")
    return [m for m in STAFF_MODALITIES if m in chosen] or None


async def set_own_preferences(session: AsyncSession, user: User, *, display_name: str | None = None,
                              timezone: str | None = None, gender: str | None | object = _KEEP,
                              modalities: Iterable[str] | None | object = _KEEP) -> User:
    """A member of staff changes their own display name, time zone (None: the practice's) and, when given, the
    gender they wish shown to clients (a key of STAFF_GENDERS, or None: not stated) and the ways they see people
    (keys of STAFF_MODALITIES; None or empty: not stated)."""
    changed = []
    if modalities is not _KEEP:
        wanted = staff_modalities(modalities)  # type: ignore[arg-type]
        if wanted != (user.modalities or None):
            if user.role == Role.client.value:
                raise BadRequest(MODALITIES_STAFF_ONLY)
            user.modalities = wanted
            changed.append("modalities")
    if gender is not _KEEP and gender != user.gender:
        if user.role == Role.client.value:
            raise BadRequest("Gender for matching is kept for staff only.")
        if gender is not None and gender not in STAFF_GENDERS:
            raise BadRequest("Choose one of the listed genders, or leave it not stated.")
        user.gender = gender  # type: ignore[assignment]
        changed.append("gender")
    if display_name is not None and display_name.strip() and display_name.strip() != user.display_name:
        user.display_name = display_name.strip()[:200]
        changed.append("display_name")
    if timezone != user.timezone:
        user.timezone = timezone
        changed.append("timezone")
    if changed:
        await audit.record(session, actor_for(user), "user.preferences", resource_type="user", resource_id=user.id,
                           detail="fields=" + ",".join(changed))
    return user


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
    """True while the account must wait before its next log-in attempt (shown to admins; the throttle decides)."""
    return user.locked_until is not None and user.locked_until > (now or utcnow())




async def viewer_zone(session: AsyncSession, user: User) -> str:
    """The time zone a user sees times in: their own, else (a client) their client record's, else the practice's."""
    if user.timezone:
        return user.timezone
    if user.client_id is not None:
        from alliance.clients.models import Client

        own = (await session.execute(select(Client.timezone).where(Client.id == user.client_id))).scalar_one_or_none()
        if own:
            return own
    from alliance.practices.service import timezone_of

    return await timezone_of(session, user.practice_id)
