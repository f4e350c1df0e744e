"""Pages: the caseload, a client's overview, new clients, and the client portal home."""

from __future__ import annotations

import uuid
from datetime import date

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import ValidationError

from alliance.accounts import service as accounts_service
from alliance.accounts.models import Role
from alliance.accounts.schemas import UserCreate
from alliance.clients import export, service
from alliance.clients.schemas import ClientCreate
from alliance.consent import service as consent_service
from alliance.consent.models import Decision, Feature
from alliance.consent.schemas import DecisionCreate
from alliance.errors import AllianceError, BadRequest, Forbidden
from alliance.security.authz import Action, allowed_actions
from alliance.web import panels
from alliance.web.deps import DB, Auth, CurrentActor, CurrentUser
from alliance.web.i18n import N_, gettext
from alliance.web.templates import render

router = APIRouter(include_in_schema=False)

FEATURE_LABELS = {
    Feature.ai_documentation: N_("AI help with session notes"),
    Feature.session_recording: N_("Recording sessions"),
    Feature.ai_companion: N_("The between-session companion"),
    Feature.quality_monitoring: N_("Use of de-identified data to check quality and fairness"),
    Feature.external_ai: N_("Sending redacted text to an outside AI provider"),
}
# A client's consent decision as the portal names it.
DECISIONS = {Decision.given.value: N_("given"), Decision.declined.value: N_("declined"),
             Decision.withdrawn.value: N_("withdrawn")}


def _problem(exc: Exception) -> str:
    if isinstance(exc, AllianceError):
        return exc.detail
    if isinstance(exc, ValidationError):
        return "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
    return "Please check the form."


def _folded(text: str) -> str:
    """Lower case without accents, so 'jose' finds José and 'muller' finds Müller."""
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c))


@router.get("/caseload")
async def caseload(request: Request, actor: CurrentActor, session: DB, status: str = "active",
                   q: str = "") -> Response:
    """The clients a clinician treats (and supervises); the whole practice for admins; searchable by name."""
    if actor.role == Role.client.value:
        return RedirectResponse("/portal", status_code=303)
    status = status if status in ("active", "discharged", "all") else "active"
    clients = await service.list_clients(session, actor, status=None if status == "all" else status)
    q = q.strip()[:100]
    if q:
        # Names are encrypted at rest, so the search runs over the decrypted caseload (hundreds, not millions).
        words = _folded(q).split()
        clients = [c for c in clients if all(w in _folded(c.full_name or "") for w in words)]
    clients = sorted(clients, key=lambda c: _folded(f"{c.family_name or ''} {c.given_name or ''}"))
    if q and len(clients) == 1 and request.query_params.get("go") == "1":
        return RedirectResponse(f"/clients/{clients[0].id}", status_code=303)
    columns = await panels.caseload_columns(session, actor, clients) if actor.role != "admin" else []
    return render(request, "caseload.html", {"clients": clients, "status": status, "columns": columns, "q": q,
                                             "can_create": actor.role in ("admin", "clinician")})


@router.get("/clients/new")
async def new_client_form(request: Request, actor: CurrentActor) -> Response:
    """The form for a new client."""
    if actor.role not in ("admin", "clinician"):
        raise Forbidden("Your role may not add clients.")
    return render(request, "client_new.html", {"form": {}})


@router.post("/clients/new")
async def new_client(request: Request, actor: CurrentActor, session: DB) -> Response:
    """Create the client and open their page."""
    form = {k: v for k, v in (await request.form()).items() if k != "csrf_token" and v != ""}
    try:
        client = await service.create_client(session, actor, ClientCreate(**form))
    except (AllianceError, ValidationError) as exc:
        return render(request, "client_new.html", {"form": form, "flash": _problem(exc), "flash_kind": "error"},
                      status_code=400)
    return RedirectResponse(f"/clients/{client.id}", status_code=303)


panels.client_area("profile", "Profile and records", 90)

LANGUAGE_NAMES = [("en", "English"), ("es", "Español"), ("fr", "Français"), ("de", "Deutsch"), ("pt", "Português"),
                  ("it", "Italiano")]


def _age(dob: date | None) -> int | None:
    if not dob:
        return None
    today = date.today()
    return today.year - dob.year - ((today.month, today.day) < (dob.month, dob.day))


async def _workspace(request: Request, actor, session, client_id: uuid.UUID, area_key: str | None,  # noqa: ANN001
                     *, form: dict | None = None, flash: str | None = None, status_code: int = 200) -> Response:
    from sqlalchemy import select

    from alliance.accounts.models import User
    from alliance.practices import service as practices_service
    from alliance.web.timefmt import all_zones

    client = await service.get_client(session, actor, client_id)
    actions = {a.value for a in await allowed_actions(session, actor, client)}
    areas = panels.client_areas()
    area = panels.pick_area(area_key, areas)
    team = await service.care_team(session, actor, client_id) if area.key == panels.OVERVIEW else []
    consent = await consent_service.status(session, actor, client_id) if area.key == panels.OVERVIEW else []
    staff = {u.id: u for u in (await session.execute(select(User).where(User.practice_id == actor.practice_id))).scalars()}
    practice_zone = await practices_service.timezone_of(session, client.practice_id)
    return render(request, "client.html", {
        "client": client, "age": _age(client.date_of_birth), "team": team, "staff": staff, "consent": consent,
        "labels": FEATURE_LABELS, "actions": actions, "area": area, "areas": areas,
        "has_portal": any(u.client_id == client.id for u in staff.values()),
        "client_zone": client.timezone or f"{practice_zone} (the practice's)", "practice_zone": practice_zone,
        "zones": all_zones() if area.key == "profile" else [], "languages": LANGUAGE_NAMES,
        "banners": await panels.client_banners(session, actor, client, actions),
        "panels": await panels.client_panels(session, actor, client, actions, area.key),
        "form": form, "flash": flash, "flash_kind": "error" if status_code >= 400 else "ok",
    }, status_code=status_code)


@router.get("/clients/{client_id}")
async def client_page(request: Request, client_id: uuid.UUID, actor: CurrentActor, session: DB,
                      area: str | None = None, saved: str | None = None) -> Response:
    """A client's workspace: one area at a time (overview, sessions and notes, measures, safety, profile...)."""
    return await _workspace(request, actor, session, client_id, area,
                            flash="The profile is saved." if saved and area == "profile" else None)


@router.post("/clients/{client_id}/profile")
async def client_profile(request: Request, client_id: uuid.UUID, actor: CurrentActor, session: DB) -> Response:
    """Save the profile (audited); a mistake comes back with the form as typed and nothing saved."""
    from alliance.clients.schemas import ClientUpdate

    form = {k: str(v).strip() for k, v in (await request.form()).items() if k != "csrf_token"}
    optional = ("date_of_birth", "pronouns", "email", "phone", "region", "timezone", "emergency_contact_name",
                "emergency_contact_phone", "emergency_contact_relationship")
    data = {k: v for k, v in form.items() if k in ClientUpdate.model_fields}
    for key in optional:
        if key in data and data[key] == "":
            data[key] = None
    try:
        await service.update_client(session, actor, client_id, ClientUpdate(**data))
    except (AllianceError, ValidationError) as exc:  # checked before anything changed: nothing to undo
        return await _workspace(request, actor, session, client_id, "profile", form=form, flash=_problem(exc),
                                status_code=400)
    return RedirectResponse(f"/clients/{client_id}?area=profile&saved=1", status_code=303)


@router.post("/clients/{client_id}/portal-account")
async def create_portal_account(request: Request, client_id: uuid.UUID, actor: CurrentActor, session: DB,
                                email: str = Form(max_length=320), password: str = Form(max_length=1000)) -> Response:
    """Give a client a portal log-in (admins)."""
    await service.get_client(session, actor, client_id, Action.profile_write)
    try:
        await accounts_service.create_user(session, actor, UserCreate(email=email, role=Role.client, password=password,
                                                                      client_id=client_id))
    except ValidationError as exc:
        raise BadRequest(_problem(exc)) from exc
    return RedirectResponse(f"/clients/{client_id}", status_code=303)


panels.portal_area("account", N_("My account"), 90)

PORTAL_SAVED = {"prefs": N_("Your preferences are saved."),
                "password": N_("Your password is changed; you were logged out everywhere else.")}
# What the accounts service may say on the portal's password form, translated by its text (the form's own
# checks are marked in accounts/pages.py).
PORTAL_PROBLEMS = (N_("The current password is not right."), N_("The new password is the same as the current one."))


async def _portal(request: Request, user, actor, session, area_key: str | None, *,  # noqa: ANN001
                  flash: str | None = None, error: bool = False) -> Response:
    from alliance.web.timefmt import all_zones

    if user.role != Role.client.value or user.client_id is None:
        return RedirectResponse("/caseload", status_code=303)
    client = await service.get_client(session, actor, user.client_id, Action.portal)
    areas = panels.portal_areas()
    area = panels.pick_area(area_key, areas)
    context = {"client": client, "lang": client.preferred_language, "area": area, "areas": areas,
               "panels": await panels.portal_panels(session, actor, client, area.key),
               "flash": gettext(flash) if flash else None, "flash_kind": "error" if error else "ok"}
    if area.key == "account":
        context |= {"consent": await consent_service.status(session, actor, client.id), "labels": FEATURE_LABELS,
                    "decisions": DECISIONS,
                    "documents": await consent_service.current_documents(session, client.practice_id),
                    "languages": LANGUAGE_NAMES, "zones": all_zones()}
    return render(request, "portal.html", context, status_code=400 if error else 200)


@router.get("/portal")
async def portal(request: Request, user: CurrentUser, actor: CurrentActor, session: DB, area: str | None = None,
                 saved: str | None = None) -> Response:
    """The client's portal: home (help, what is due, what is next), and an area for each part of their care."""
    return await _portal(request, user, actor, session, area, flash=PORTAL_SAVED.get(saved or ""))


@router.post("/portal/preferences")
async def portal_preferences(request: Request, user: CurrentUser, actor: CurrentActor, session: DB) -> Response:
    """The client's own language, time zone and reminder choice (audited like any profile change)."""
    from alliance.clients.schemas import ClientUpdate

    if user.client_id is None:
        raise Forbidden("Only clients use the portal.")
    form = await request.form()
    try:
        data = ClientUpdate(preferred_language=str(form.get("preferred_language", "")) or None,
                            timezone=str(form.get("timezone", "")),
                            reminders_by_email=form.get("reminders_by_email") == "yes")
        await service.update_own_preferences(session, actor, user.client_id, data)
    except (AllianceError, ValidationError) as exc:  # checked before anything changed: nothing to undo
        return await _portal(request, user, actor, session, "account", flash=_problem(exc), error=True)
    return RedirectResponse("/portal?area=account&saved=prefs", status_code=303)


@router.post("/portal/password")
async def portal_password(request: Request, auth: Auth, user: CurrentUser, actor: CurrentActor,
                          session: DB) -> Response:
    """The client changes their password; every other session of theirs ends."""
    from alliance.accounts.pages import change_own_password

    result = await change_own_password(request, auth, session, "/portal?area=account&saved=password")
    if isinstance(result, str):
        return await _portal(request, user, actor, session, "account", flash=result, error=True)
    return result


@router.post("/portal/consent")
async def portal_consent(request: Request, user: CurrentUser, actor: CurrentActor, session: DB,
                         feature: Feature = Form(), decision: Decision = Form()) -> Response:
    """The client gives, declines or withdraws consent."""
    if user.client_id is None:
        raise Forbidden("Only clients use the portal.")
    await consent_service.record_decision(session, actor, user.client_id, DecisionCreate(feature=feature,
                                                                                        decision=decision))
    return RedirectResponse("/portal?area=account#consent", status_code=303)


@router.get("/portal/export")
async def portal_export(user: CurrentUser, actor: CurrentActor, session: DB) -> Response:
    """Download everything held about me."""
    if user.client_id is None:
        raise Forbidden("Only clients use the portal.")
    filename, data = await export.export_client(session, actor, user.client_id)
    return Response(data, media_type="application/zip", headers={"Content-Disposition": f'attachment; filename="{filename}"'})


@router.get("/clients/{client_id}/export")
async def staff_export(client_id: uuid.UUID, actor: CurrentActor, session: DB) -> Response:
    """Download a client's records (right-of-access requests handled by staff)."""
    filename, data = await export.export_client(session, actor, client_id)
    return Response(data, media_type="application/zip", headers={"Content-Disposition": f'attachment; filename="{filename}"'})
