"""Staff pages for intake: the waitlist, one referral (answers, reasons, triage history, tier change, suggested
clinicians, conversion, closing), staff entry of a referral, the waiting-time targets, and Today's section."""

from __future__ import annotations

import uuid
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import ValidationError

import alliance.intake.tasks  # noqa: F401  (registers the intake jobs with the queue)
from alliance.accounts.models import User
from alliance.config import get_settings
from alliance.errors import AllianceError, BadRequest
from alliance.intake import forms, service, summary_pages
from alliance.intake.models import TIERS
from alliance.intake.public import form_context
from alliance.intake.schemas import (
    CLOSE_REASONS,
    REASON_CODES,
    AcknowledgeRequest,
    CloseRequest,
    ConvertRequest,
    IntakeSettingsUpdate,
    TierChangeCreate,
)
from alliance.measures.instruments import UnknownInstrument, get_instrument
from alliance.practices import service as practices
from alliance.security.authz import require_role
from alliance.web import panels
from alliance.web.deps import DB, CurrentActor
from alliance.web.i18n import supported
from alliance.web.templates import render

router = APIRouter(include_in_schema=False)

SOURCES = {"self": "Self-referral", "staff": "Entered by staff", "fhir": "From another service (FHIR)"}
PAGE = 200  # waitlist rows per page
STAFF = ("clinician", "supervisor", "admin")
DECIDE = ("clinician", "supervisor")


def _problem(exc: Exception) -> str:
    if isinstance(exc, AllianceError):
        return exc.detail
    if isinstance(exc, ValidationError):
        return "; ".join(str(e["msg"]).removeprefix("Value error, ") for e in exc.errors())
    return "Please check the form."


def _form(form: Any) -> dict[str, str]:
    return {k: v.strip() for k, v in form.items() if k != "csrf_token" and isinstance(v, str)}


async def _undo(request: Request, session: Any) -> None:
    """Roll back a refused change; the logged-in user's rows are read again for the page header."""
    await session.rollback()
    auth = getattr(request.state, "auth", None)
    if auth is not None:
        await session.refresh(auth.user)
        if auth.auth_session is not None:
            await session.refresh(auth.auth_session)


# --- the waitlist -------------------------------------------------------------------------------------------------

@router.get("/intake")
async def waitlist_page(request: Request, actor: CurrentActor, session: DB, tier: str | None = None,
                        offset: int = 0) -> Response:
    """Everyone waiting, by tier then time waited, with each tier's target and breaches, and every reason."""
    require_role(actor, *STAFF, action="intake.waitlist")
    chosen = tier if tier in TIERS else None
    offset = max(0, min(offset, 1_000_000))
    waitlist = await service.waitlist(session, actor, tier=chosen, limit=PAGE, offset=offset)
    return render(request, "intake/waitlist.html", {
        "waitlist": waitlist, "tiers": TIERS, "tier": chosen, "sources": SOURCES, "offset": offset, "limit": PAGE,
        "more": offset + len(waitlist.items) < waitlist.total,
        "practice": await practices.get_practice(session, actor)})


# --- staff entry --------------------------------------------------------------------------------------------------

def _entry_context(practice: Any, lang: str, raw: dict[str, str], errors: dict[str, str]) -> dict[str, Any]:
    return form_context(practice, lang, raw, errors, staff=True, action=f"/intake/new?lang={lang}")


@router.get("/intake/new")
async def new_referral(request: Request, actor: CurrentActor, session: DB, lang: str | None = None) -> Response:
    """The referral form for staff to fill in for someone (questionnaire wording in `lang` where it exists)."""
    require_role(actor, *STAFF, action="intake.create")
    practice = await practices.get_practice(session, actor)
    return render(request, "intake/new.html", _entry_context(practice, supported(lang) or "en", {}, {}))


@router.post("/intake/new")
async def new_referral_save(request: Request, actor: CurrentActor, session: DB, lang: str | None = None) -> Response:
    """Store and triage a referral entered by staff; a mistake comes back with the form as typed."""
    require_role(actor, *STAFF, action="intake.create")
    raw = _form(await request.form())
    lang = supported(lang) or "en"
    parsed = forms.read_referral(raw, staff=True)
    errors = parsed.errors
    if parsed.ok:
        try:
            submitted = await service.create_referral(session, actor, actor.practice_id, parsed.data, source="staff")
            return RedirectResponse(f"/intake/referrals/{submitted.referral_id}?new=1", status_code=303)
        except AllianceError as exc:
            if exc.status_code in (403, 404):
                raise
            await _undo(request, session)
            errors = {"form": exc.detail}
    practice = await practices.get_practice(session, actor)
    return render(request, "intake/new.html", _entry_context(practice, lang, raw, errors), status_code=400)


# --- one referral -------------------------------------------------------------------------------------------------

def _questionnaires(measures: dict[str, dict[str, int | None]] | None, scores: dict[str, Any] | None
                    ) -> list[tuple[Any, list[tuple[Any, str]], Any]]:
    out = []
    order = {name: n for n, name in enumerate(forms.INSTRUMENTS)}
    for inst_id, answers in sorted((measures or {}).items(), key=lambda kv: order.get(kv[0], 99)):
        try:
            inst = get_instrument(inst_id)
        except UnknownInstrument:
            continue
        rows = []
        for item in inst.items:
            value = answers.get(item.id)
            label = next((o.text["en"] for o in inst.options_for(item) if o.score == value), None)
            rows.append((item, f"{label} ({value})" if label is not None else "not answered"))
        out.append((inst, rows, (scores or {}).get(inst_id)))
    return out


async def _staff_names(session: Any, ids: set[uuid.UUID]) -> dict[uuid.UUID, str]:
    names = {}
    for user_id in ids:
        user = await session.get(User, user_id)
        if user is not None:
            names[user_id] = user.display_name or user.email
    return names


async def _referral_page(request: Request, actor: Any, session: Any, referral_id: uuid.UUID, *,
                         flash: str | None = None, flash_kind: str = "ok", tier_error: str | None = None,
                         tier_form: dict[str, str] | None = None, status_code: int = 200) -> Response:
    r = await service.get_referral(session, actor, referral_id)
    clinical = r.clinical
    history = await service.triage_history(session, actor, referral_id) if clinical else []
    changes = await service.tier_changes(session, actor, referral_id) if clinical else []
    open_now = r.status in ("waiting", "offered")
    match = await service.match_clinicians(session, actor, referral_id) if open_now and clinical else None
    alerts = [a for a in await service.list_alerts(session, actor, status="open") if a.referral_id == referral_id] \
        if actor.role in DECIDE else []
    return render(request, "intake/referral.html", {
        "r": r, "name": " ".join(p for p in (r.given_name, r.family_name) if p) or "(no name)",
        "history": history, "changes": changes, "suggestions": match.suggestions if match else [], "match": match,
        "alerts": alerts,
        "questionnaires": _questionnaires(r.measures, r.scores) if clinical else [],
        "risk": r.risk.model_dump() if r.risk is not None else None,
        "safety_questions": [(name, question) for name, question in forms.SAFETY_QUESTIONS],
        "tiers": TIERS, "reason_codes": REASON_CODES, "close_reasons": CLOSE_REASONS, "sources": SOURCES,
        "staff_names": await _staff_names(session, {c.changed_by for c in changes}),
        "can_decide": actor.role in DECIDE and clinical,
        "tier_error": tier_error, "tier_form": tier_form or {},
        "flash": flash, "flash_kind": flash_kind, **await summary_pages.context(session, actor, r)},
        status_code=status_code)


@router.get("/intake/referrals/{referral_id}")
async def referral_page(request: Request, referral_id: uuid.UUID, actor: CurrentActor, session: DB,
                        new: int = 0, done: str | None = None) -> Response:
    """One referral: contact, every answer, the reasons with their quotes, the triage history, and the actions."""
    flash, kind = DONE.get(done or "", None), "ok"
    if new:
        r = await service.get_referral(session, actor, referral_id)
        if r.tier == "emergency":
            flash, kind = ("Emergency: the clinician on call has been alerted. If the person is still with you, "
                           "give them the crisis lines and the emergency number now."), "error"
        else:
            flash = f"The referral is saved and triaged: {r.tier}."
    return await _referral_page(request, actor, session, referral_id, flash=flash, flash_kind=kind)


DONE = {"tier": "The tier is saved, with your reason.", "closed": "The referral is closed.",
        "acknowledged": "The alert is acknowledged.",
        "summary": "The summary is being drafted; reload the page in a moment.",
        "summary_reviewed": "The summary is marked reviewed. The tier is unchanged."}


@router.post("/intake/referrals/{referral_id}/tier")
async def change_tier(request: Request, referral_id: uuid.UUID, actor: CurrentActor, session: DB) -> Response:
    """Confirm or change the tier with a reason code and the clinician's words (recorded)."""
    raw = _form(await request.form())
    try:
        data = TierChangeCreate(to_tier=raw.get("to_tier") or "", reason_code=raw.get("reason_code") or "",
                                note=raw.get("note") or None)
        await service.change_tier(session, actor, referral_id, data)
    except (AllianceError, ValidationError) as exc:
        if isinstance(exc, AllianceError) and exc.status_code in (403, 404):
            raise
        await _undo(request, session)
        return await _referral_page(request, actor, session, referral_id, tier_error=_problem(exc), tier_form=raw,
                                    status_code=400)
    return RedirectResponse(f"/intake/referrals/{referral_id}?done=tier", status_code=303)


@router.post("/intake/referrals/{referral_id}/convert")
async def convert(request: Request, referral_id: uuid.UUID, actor: CurrentActor, session: DB) -> Response:
    """Make the person a client (their intake questionnaires become the baseline), then open their page."""
    raw = _form(await request.form())
    try:
        clinician = uuid.UUID(raw["clinician_id"]) if raw.get("clinician_id") else None
    except ValueError:
        raise BadRequest("Choose a clinician from the list.") from None
    try:
        result = await service.convert(session, actor, referral_id, ConvertRequest(clinician_id=clinician))
    except AllianceError as exc:
        if exc.status_code in (403, 404):
            raise
        await _undo(request, session)
        return await _referral_page(request, actor, session, referral_id, flash=exc.detail, flash_kind="error",
                                    status_code=exc.status_code)
    return RedirectResponse(f"/clients/{result.client_id}?area=measures", status_code=303)


@router.post("/intake/referrals/{referral_id}/close")
async def close(request: Request, referral_id: uuid.UUID, actor: CurrentActor, session: DB) -> Response:
    """Close a referral with a reason (could not be reached, declined, referred elsewhere, ...)."""
    raw = _form(await request.form())
    try:
        await service.close(session, actor, referral_id, CloseRequest(reason=raw.get("reason") or "",
                                                                       note=raw.get("note") or None))
    except (AllianceError, ValidationError) as exc:
        if isinstance(exc, AllianceError) and exc.status_code in (403, 404):
            raise
        await _undo(request, session)
        return await _referral_page(request, actor, session, referral_id, flash=_problem(exc), flash_kind="error",
                                    status_code=400)
    return RedirectResponse(f"/intake/referrals/{referral_id}?done=closed", status_code=303)


@router.post("/intake/alerts/{alert_id}/acknowledge")
async def acknowledge(request: Request, alert_id: uuid.UUID, actor: CurrentActor, session: DB) -> Response:
    """Acknowledge an intake alert with what was done (recorded)."""
    raw = _form(await request.form())
    try:
        alert = await service.acknowledge_alert(session, actor, alert_id, AcknowledgeRequest(note=raw.get("note", "")))
    except ValidationError:
        raise BadRequest("Say what you did before acknowledging the alert.") from None
    return RedirectResponse(f"/intake/referrals/{alert.referral_id}?done=acknowledged", status_code=303)


# --- settings ---------------------------------------------------------------------------------------------------

async def _admin(request: Request, actor: Any, session: Any, form: dict[str, str] | None = None, *,
                 flash: str | None = None, status_code: int = 200) -> Response:
    settings = await service.get_settings(session, actor)
    values = form if form is not None else {t: "" if d is None else str(d) for t, d in settings.targets.items()}
    return render(request, "intake/admin.html", {
        "settings": settings, "form": values, "tiers": TIERS, "practice": await practices.get_practice(session, actor),
        "base_url": get_settings().base_url.rstrip("/"), "flash": flash,
        "flash_kind": "error" if status_code >= 400 else "ok"}, status_code=status_code)


@router.get("/admin/intake")
async def admin_page(request: Request, actor: CurrentActor, session: DB) -> Response:
    """The practice's waiting-time target per tier (admins)."""
    require_role(actor, "admin", action="intake.settings")
    return await _admin(request, actor, session)


@router.post("/admin/intake")
async def admin_save(request: Request, actor: CurrentActor, session: DB) -> Response:
    """Save the targets; a mistake comes back with the form as typed."""
    require_role(actor, "admin", action="intake.settings")
    raw = _form(await request.form())
    try:
        targets: dict[str, int | None] = {}
        for tier in TIERS:
            value = raw.get(tier, "")
            if value and not value.isdigit():
                raise BadRequest(f"{tier.capitalize()}: give a whole number of days, or leave it empty.")
            targets[tier] = int(value) if value else None
        await service.update_settings(session, actor, IntakeSettingsUpdate(targets=targets))
    except (AllianceError, ValidationError) as exc:
        if isinstance(exc, AllianceError) and exc.status_code in (403, 404):
            raise
        await _undo(request, session)
        return await _admin(request, actor, session, raw, flash=_problem(exc), status_code=400)
    return await _admin(request, actor, session, flash="The waiting-time targets are saved.")


# --- Today --------------------------------------------------------------------------------------------------------

@panels.today_section(12)
async def today_referrals(session: Any, actor: Any) -> panels.Panel | None:
    """Emergency and urgent referrals waiting, breaches of the targets, and open intake alerts, on Today."""
    if actor.role not in DECIDE:
        return None
    from alliance.intake import waiting

    alerts = await service.list_alerts(session, actor, status="open")
    counts = await service.today_counts(session, actor, open_alerts=alerts)  # counted, not read again
    worse = await waiting.worse_while_waiting(session, actor)
    return panels.Panel("intake/_today.html", {"counts": counts, "alerts": alerts, "worse": worse})
