"""Pages: log-in with the MFA step, log-out, and user administration."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import ValidationError

from alliance.accounts import service
from alliance.accounts.models import STAFF_GENDERS, STAFF_MODALITIES, Role, User
from alliance.accounts.schemas import StaffModality, UserCreate, UserUpdate
from alliance.errors import AllianceError, Unauthorized
from alliance.security import mfa
from alliance.web.deps import DB, SESSION_COOKIE, Auth, CurrentActor, OptionalAuth, client_address, set_session_cookie
from alliance.web.i18n import N_, gettext, ngettext
from alliance.web.templates import render

router = APIRouter(include_in_schema=False)
MFA_COOKIE = "alliance_mfa"
GENDER_CHOICE = "^(|" + "|".join(STAFF_GENDERS) + ")$"  # a key of STAFF_GENDERS, or empty: not stated
STEP_ENDED = N_("Your log-in step has ended (too many wrong codes, or it timed out). "
                "Log in again with your password.")
# What the accounts service says on the log-in, MFA and password forms, shown in the reader's language.
LOGIN_PROBLEMS = (N_("Wrong e-mail or password."), N_("Log in first."), N_("Log in again."),
                  N_("Set up your authenticator first."), N_("This log-in step has expired. Log in again."),
                  N_("That code is not right. Check your authenticator app's clock and try again."))


def _error_page(request: Request, template: str, context: dict, exc: AllianceError) -> Response:
    """Re-show a form with the error; a throttled attempt also says how long to wait (and sends Retry-After)."""
    if isinstance(exc, service.LoginThrottled):
        context["error"] = ngettext("Too many log-in attempts. Try again in %(num)d second.",
                                    "Too many log-in attempts. Try again in %(num)d seconds.", exc.retry_after)
        response = render(request, template, context, status_code=exc.status_code)
        response.headers["Retry-After"] = str(exc.retry_after)
        return response
    return render(request, template, context | {"error": gettext(exc.detail)}, status_code=exc.status_code)


def _back_to_password_step() -> Response:
    response = RedirectResponse("/login?step=ended", status_code=303)
    response.delete_cookie(MFA_COOKIE, path="/login")
    return response


def _safe_next(url: str | None) -> str:
    return url if url and url.startswith("/") and not url.startswith("//") else "/"


def home_for(user: User) -> str:
    """Where a user lands after log-in."""
    if user.role == Role.client.value:
        return "/portal"
    return "/today" if user.role in (Role.clinician.value, Role.supervisor.value) else "/caseload"


@router.get("/")
async def home(auth: OptionalAuth) -> Response:
    """Send each user to their start page."""
    if auth is None:
        return RedirectResponse("/login", status_code=303)
    return RedirectResponse(home_for(auth.user), status_code=303)


@router.get("/login")
async def login_form(request: Request, next: str | None = None, step: str | None = None) -> Response:
    """The log-in form (saying why, when an MFA step has just ended)."""
    error = gettext(STEP_ENDED) if step == "ended" else None
    return render(request, "login.html", {"next_url": _safe_next(next), "error": error})


@router.post("/login")
async def login(request: Request, session: DB, email: str = Form(max_length=320), password: str = Form(max_length=1000),
                next: str = Form(default="/", max_length=500)) -> Response:
    """Check the password, then log in or go to the second step."""
    try:
        user = await service.authenticate(session, email, password, source=client_address(request))
    except AllianceError as exc:
        return _error_page(request, "login.html", {"email": email, "next_url": _safe_next(next)}, exc)
    if await service.mfa_required(session, user):
        ticket, _ = await service.start_session(session, user, mfa_verified=False)
        response = RedirectResponse("/login/mfa", status_code=303)
        response.set_cookie(MFA_COOKIE, ticket, httponly=True, samesite="strict", max_age=600, path="/login")
        return response
    token, _ = await service.start_session(session, user, mfa_verified=True)
    target = _safe_next(next)
    response = RedirectResponse(home_for(user) if target == "/" else target, status_code=303)
    set_session_cookie(response, token)
    return response


async def _ticket_user(request: Request, session: DB) -> tuple[str, User]:
    ticket = request.cookies.get(MFA_COOKIE)
    if not ticket:
        raise Unauthorized("Log in first.")
    auth = await service.mfa_ticket(session, ticket)
    user = await session.get(User, auth.user_id)
    if user is None:
        raise Unauthorized("Log in first.")
    return ticket, user


@router.get("/login/mfa")
async def mfa_form(request: Request, session: DB) -> Response:
    """Ask for the TOTP code, showing the key first when the user has not enrolled."""
    try:
        _, user = await _ticket_user(request, session)
    except Unauthorized:
        return _back_to_password_step() if request.cookies.get(MFA_COOKIE) else RedirectResponse("/login", 303)
    context: dict = {"enrol": not user.mfa_enabled}
    if not user.mfa_enabled:
        secret = await service.begin_enrolment(session, user)
        context |= {"secret": secret, "uri": mfa.provisioning_uri(secret, user.email)}
    return render(request, "mfa.html", context)


@router.post("/login/mfa")
async def mfa_submit(request: Request, session: DB, code: str = Form(max_length=20)) -> Response:
    """Check the code and finish logging in."""
    try:
        ticket, user = await _ticket_user(request, session)
    except Unauthorized:
        return _back_to_password_step() if request.cookies.get(MFA_COOKIE) else RedirectResponse("/login", 303)
    auth = await service.mfa_ticket(session, ticket)
    try:
        user = await service.complete_mfa(session, auth, code, source=client_address(request))
    except service.MfaStepEnded:
        return _back_to_password_step()
    except AllianceError as exc:
        context: dict = {"enrol": not user.mfa_enabled}
        if not user.mfa_enabled and user.mfa_secret:
            context |= {"secret": user.mfa_secret, "uri": mfa.provisioning_uri(user.mfa_secret, user.email)}
        return _error_page(request, "mfa.html", context, exc)
    response = RedirectResponse(home_for(user), status_code=303)
    set_session_cookie(response, ticket)
    response.delete_cookie(MFA_COOKIE, path="/login")
    return response


@router.post("/logout")
async def logout(auth: Auth, session: DB) -> Response:
    """End the session."""
    if auth.auth_session is not None:
        await service.logout(session, auth.auth_session)
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


@router.get("/admin/users")
async def users_page(request: Request, actor: CurrentActor, session: DB) -> Response:
    """Users of the practice, and a form to add one (admins)."""
    users = await service.list_users(session, actor)
    return render(request, "admin_users.html", {"users": users, "roles": [r.value for r in Role if r != Role.client],
                                                "is_locked": service.is_locked, "genders": STAFF_GENDERS,
                                                "modalities": STAFF_MODALITIES})


@router.post("/admin/users")
async def users_create(request: Request, actor: CurrentActor, session: DB, email: str = Form(max_length=320),
                       role: str = Form(max_length=20), display_name: str = Form(default="", max_length=200),
                       credentials: str = Form(default="", max_length=200),
                       password: str = Form(default="", max_length=1000),
                       gender: str = Form(default="", max_length=20),
                       modalities: list[str] = Form(default=[])) -> Response:
    """Add a staff member (admins)."""
    try:
        data = UserCreate(email=email, role=role, display_name=display_name or None, credentials=credentials or None,
                          password=password or None, gender=gender or None, modalities=modalities or None)
        await service.create_user(session, actor, data)
    except (AllianceError, ValidationError) as exc:
        detail = exc.detail if isinstance(exc, AllianceError) else "; ".join(e["msg"] for e in exc.errors())
        users = await service.list_users(session, actor)
        return render(request, "admin_users.html", {"users": users, "roles": [r.value for r in Role if r != Role.client],
                                                    "is_locked": service.is_locked, "flash": detail,
                                                    "genders": STAFF_GENDERS, "modalities": STAFF_MODALITIES,
                                                    "flash_kind": "error"}, status_code=400)
    return RedirectResponse("/admin/users", status_code=303)


@router.post("/admin/users/{user_id}")
async def users_update(user_id: uuid.UUID, actor: CurrentActor, session: DB,
                       action: str = Form(pattern="^(activate|deactivate|away|back|reset_mfa)$")) -> Response:
    """Deactivate, reactivate, mark away or reset MFA (admins)."""
    change = {"activate": UserUpdate(is_active=True), "deactivate": UserUpdate(is_active=False),
              "away": UserUpdate(away=True), "back": UserUpdate(away=False),
              "reset_mfa": UserUpdate(reset_mfa=True)}[action]
    await service.update_user(session, actor, user_id, change)
    return RedirectResponse("/admin/users", status_code=303)


@router.post("/admin/users/{user_id}/gender")
async def users_gender(user_id: uuid.UUID, actor: CurrentActor, session: DB,
                       gender: str = Form(default="", pattern=GENDER_CHOICE)) -> Response:
    """Set a staff member's gender as they wish it shown to clients, or clear it (admins)."""
    await service.update_user(session, actor, user_id, UserUpdate(gender=gender or None))
    return RedirectResponse("/admin/users", status_code=303)


@router.post("/admin/users/{user_id}/modalities")
async def users_modalities(user_id: uuid.UUID, actor: CurrentActor, session: DB,
                           modalities: list[StaffModality] = Form(default=[])) -> Response:
    """Set the ways a staff member sees people (in person, video, phone), or clear them: none ticked (admins)."""
    await service.update_user(session, actor, user_id, UserUpdate(modalities=modalities or None))
    return RedirectResponse("/admin/users", status_code=303)


# --- my account ---------------------------------------------------------------------------------------------


def _account_page(request: Request, auth, *, flash: str | None = None, error: bool = False,  # noqa: ANN001
                  form: dict | None = None) -> Response:
    from alliance.web.timefmt import all_zones

    return render(request, "account.html", {
        "me": auth.user, "zones": all_zones(), "form": form or {}, "flash": flash, "genders": STAFF_GENDERS,
        "modalities": STAFF_MODALITIES,
        "flash_kind": "error" if error else "ok"}, status_code=400 if error else 200)


@router.get("/account")
async def account(request: Request, auth: Auth, saved: str | None = None) -> Response:
    """My account: name, time zone and password (clients keep theirs in the portal)."""
    if auth.user.role == Role.client.value:
        return RedirectResponse("/portal?area=account", status_code=303)
    messages = {"prefs": "Your preferences are saved.", "password": "Your password is changed; your other sessions "
                "have been logged out."}
    return _account_page(request, auth, flash=messages.get(saved or ""))


@router.post("/account/preferences")
async def account_preferences(request: Request, auth: Auth, session: DB) -> Response:
    """Save my display name, time zone, the gender I wish shown to clients and the ways I see people (optional)."""
    from alliance.web.timefmt import check_zone

    raw = await request.form()
    form: dict = {k: str(v) for k, v in raw.items() if k not in ("csrf_token", "modalities")}
    try:
        zone = check_zone(form.get("timezone"))
        extra: dict = {"gender": form["gender"] or None} if "gender" in form else {}
        # Unticked boxes send nothing, so the page marks that it showed them; a form without the mark leaves them.
        if "modalities_shown" in raw:
            form["modalities"] = [str(m) for m in raw.getlist("modalities")]
            extra["modalities"] = form["modalities"]
        await service.set_own_preferences(session, auth.user, display_name=form.get("display_name"), timezone=zone,
                                          **extra)
    except AllianceError as exc:
        return _account_page(request, auth, flash=exc.detail, error=True, form=form)
    return RedirectResponse("/account?saved=prefs", status_code=303)


async def change_own_password(request: Request, auth, session, back: str) -> Response | str:  # noqa: ANN001
    """Shared by the staff account page and the portal: a redirect to `back` when changed, else the problem."""
    form = await request.form()
    current, new, again = (str(form.get(k, "")) for k in ("current_password", "new_password", "new_password_again"))
    if len(new) < 12:
        return N_("The new password needs at least 12 characters.")
    if len(new) > 1000:
        return N_("The new password is too long.")
    if new != again:
        return N_("The two new passwords are not the same.")
    try:
        await service.change_password(session, auth.user, current, new,
                                      keep_session=auth.auth_session.id if auth.auth_session else None)
    except AllianceError as exc:
        return exc.detail
    return RedirectResponse(back, status_code=303)


@router.post("/account/password")
async def account_password(request: Request, auth: Auth, session: DB) -> Response:
    """Change my password; every other session of mine ends (clients use the portal's form)."""
    result = await change_own_password(request, auth, session, "/account?saved=password")
    return _account_page(request, auth, flash=result, error=True) if isinstance(result, str) else result
