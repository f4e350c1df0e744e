"""Pages: the Companion area of the client workspace (the plan, its versions, the client's exercise records), the
portal's Library area with its item pages, the exercises as forms, and the practice setting (admins).

Plain forms that work without JavaScript; the breathing timer is the one script, and the page says what to do
without it."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, RedirectResponse, Response
from pydantic import BaseModel, ValidationError

from alliance.companion import library, service
from alliance.companion.schemas import (
    EXERCISE_KINDS,
    MAX_EMOTION,
    MAX_NOTE,
    MAX_REVIEW,
    MAX_SHORT,
    MAX_TEXT,
    ActivationDone,
    ActivationPlanCreate,
    BreathingCreate,
    CompanionSettingsUpdate,
    GroundingCreate,
    PlanWrite,
    ThoughtRecordCreate,
)
from alliance.errors import AllianceError, BadRequest, NotFound
from alliance.security.audit import Actor
from alliance.security.authz import require_role
from alliance.web import panels
from alliance.web.deps import DB, CurrentActor
from alliance.web.i18n import N_, gettext
from alliance.web.templates import render

router = APIRouter(include_in_schema=False)

panels.client_area("companion", "Companion", 35)
panels.portal_area("library", N_("Library"), 40)

STATIC = Path(__file__).resolve().parent / "static"
LANGUAGE_NAMES = {"en": "English", "es": "Español", "fr": "Français", "de": "Deutsch", "pt": "Português",
                  "it": "Italiano"}
# What each exercise's link in the Library says (shown through _(), like the exercise names).
ACTIONS = {"thought-record": N_("Fill in a thought record"), "paced-breathing": N_("Breathe with the timer"),
           "grounding-54321": N_("Ground yourself with 5-4-3-2-1"), "behavioural-activation": N_("Plan an activity")}
# The exercise names of companion.schemas.EXERCISE_KINDS and what the companion service may say to a client in the
# portal, for the catalogues (the portal looks them up by their English text).
PORTAL_WORDS = (
    N_("Thought record"), N_("Paced breathing"), N_("Grounding with 5-4-3-2-1"), N_("Behavioural activation"),
    N_("This item is not in your library. Your clinician chooses what appears there."), N_("No such exercise."),
    N_("Your clinician has not offered this exercise here. You can ask them about it."),
    N_("The answers do not match the exercise."), N_("Only a planned activity can be marked done."),
    N_("This activity is already marked done."), N_("No such exercise record."), N_("write a few words here"),
    N_("say what you plan to do"),
)
EMOTION_ROWS = 3  # rows of the thought record's emotion table (the API takes up to 5)
LIMITS = {"note": MAX_NOTE, "review": MAX_REVIEW, "text": MAX_TEXT, "short": MAX_SHORT, "emotion": MAX_EMOTION}
# What each field is called on the forms, for error messages in plain words.
LABELS = {
    "situation": N_("The situation"), "automatic_thought": N_("The automatic thought"),
    "evidence_for": N_("Evidence for"), "evidence_against": N_("Evidence against"),
    "balanced_thought": N_("A more balanced thought"), "emotions": N_("Emotions"), "name": N_("the emotion's name"),
    "before": N_("how strong it was (0 to 100)"), "after": N_("how strong it is now (0 to 100)"),
    "minutes": N_("Minutes"), "tension_before": N_("Tension before"), "tension_after": N_("Tension after"),
    "note": N_("Your note"), "see": N_("5 things you can see"), "feel": N_("4 things you can feel"),
    "hear": N_("3 things you can hear"), "smell": N_("2 things you can smell"), "taste": N_("1 thing you can taste"),
    "activity": N_("The activity"), "planned_for": N_("The date"), "mood_before": N_("Mood now"),
    "mood_after": N_("Mood after"), "focus": "Focus",
    "steer_topics": "Topics to steer back to session", "cultural_notes": "Tone and cultural notes",
    "review_note": "When you read", "language": "Language", "no_chat_regions": "Regions",
}


def _value(form, name: str) -> str:  # noqa: ANN001
    value = form.get(name)
    return value.strip() if isinstance(value, str) else ""


def _message(error: dict) -> str:
    """Pydantic's message for one field, in the words of a form."""
    kind, given = error["type"], error.get("input")
    if kind in ("missing", "string_too_short") or (kind.endswith("_type") and given in (None, "")):
        return gettext("this is empty")
    if kind == "too_short":
        return gettext("name at least one")
    if kind == "int_parsing":
        return gettext("write a whole number")
    if kind.startswith("date"):
        return gettext("choose a date (year, month and day)")
    detail = error["msg"].removeprefix("Value error, ")
    return gettext(detail)  # the schemas' own words ("write a few words here") are in the catalogues


def _problem(exc: Exception) -> str:
    """A validation error in plain words: the field's name on the form, then what is wrong."""
    if isinstance(exc, AllianceError):
        return gettext(exc.detail)
    if not isinstance(exc, ValidationError):
        return str(exc)
    parts = []
    for error in exc.errors():
        loc = error["loc"]
        if len(loc) >= 3 and loc[0] == "emotions" and isinstance(loc[1], int):
            label = gettext("Emotion %(n)s, %(field)s", n=loc[1] + 1,
                            field=gettext(LABELS.get(str(loc[2]), str(loc[2]))))
        elif loc:
            label = gettext(LABELS.get(str(loc[0]), str(loc[0]).replace("_", " ").capitalize()))
            if isinstance(loc[-1], int):
                label = gettext("%(field)s (item %(n)s)", field=label, n=loc[-1] + 1)
        else:
            label = gettext("The form")
        part = f"{label}: {_message(error)}"
        if part not in parts:
            parts.append(part)
    return "; ".join(parts) + "."


def _number(raw: str) -> int | str | None:
    """A whole number from a form field (None when empty; the text itself when not a number, for pydantic)."""
    if raw == "":
        return None
    return int(raw) if raw.lstrip("-").isdigit() and len(raw) < 6 else raw


# --- the clinician's Companion area ----------------------------------------------------------------------------


def _plan_form(state, client, form: dict | None = None) -> dict[str, Any]:  # noqa: ANN001
    """What the plan form shows: the values typed (after a mistake), else the plan in force, else defaults."""
    if form is not None:
        return form
    plan = state.plan
    if plan is None:
        return {"enabled": False, "language": service.default_language(client), "focus": "", "modules": [],
                "skills": [], "steer_topics": "", "address": "informal", "cultural_notes": "",
                "review_note": "before each session"}
    return {"enabled": plan.enabled, "language": plan.language, "focus": plan.focus or "", "modules": plan.modules,
            "skills": plan.skills, "steer_topics": plan.steer_topics or "", "address": plan.address,
            "cultural_notes": plan.cultural_notes or "", "review_note": plan.review_note or ""}


async def _staff_context(session, actor: Actor, client, actions: set[str], *,  # noqa: ANN001
                         form: dict | None = None) -> dict[str, Any]:
    state = await service.plan_state(session, actor, client.id)
    return {
        "client": client, "state": state, "history": await service.plan_history(session, actor, client.id),
        "exercises": await service.list_exercises(session, actor, client.id),
        "can_write": "clinical.write" in actions, "form": _plan_form(state, client, form),
        "library_items": library.by_slug(), "modules": [i for i in library.items() if i.kind == "module"],
        "skills": [i for i in library.items() if i.kind == "skill"], "exercise_kinds": EXERCISE_KINDS,
        "languages": LANGUAGE_NAMES, "limits": LIMITS,
    }


@panels.client_panel(10, area="companion")
async def client_companion_panel(session, actor: Actor, client, actions: set[str]) -> panels.Panel:  # noqa: ANN001
    """The plan in force, a form to save a new version, the versions, and the client's exercise records."""
    if "clinical.read" not in actions:
        return panels.Panel("companion/_not_clinical.html", {})
    return panels.Panel("companion/_client_panel.html", await _staff_context(session, actor, client, actions))


def _plan_from_form(form) -> tuple[dict[str, Any], PlanWrite]:  # noqa: ANN001
    """The form as typed (to show again after a mistake) and the plan it asks for."""
    typed = {"enabled": form.get("enabled") == "yes", "language": _value(form, "language"),
             "focus": _value(form, "focus"), "modules": [v for v in form.getlist("modules") if isinstance(v, str)],
             "skills": [v for v in form.getlist("skills") if isinstance(v, str)],
             "steer_topics": _value(form, "steer_topics"), "address": _value(form, "address") or "informal",
             "cultural_notes": _value(form, "cultural_notes"), "review_note": _value(form, "review_note")}
    try:
        data = PlanWrite(**{**typed, "language": typed["language"] or None})
    except ValidationError as exc:
        raise BadRequest(_problem(exc)) from exc
    service.check_plan(data)
    return typed, data


@router.post("/clients/{client_id}/companion/plan")
async def save_plan(request: Request, client_id: uuid.UUID, actor: CurrentActor, session: DB) -> Response:
    """Save a new version of the plan; a mistake comes back with the form as typed and nothing saved."""
    form = await request.form()
    typed: dict[str, Any] | None = None
    try:
        typed, data = _plan_from_form(form)
        await service.save_plan(session, actor, client_id, data)
    except BadRequest as exc:
        return await _plan_page(request, session, actor, client_id, typed or _typed_raw(form), exc.detail)
    except service.consent_service.ConsentRequired as exc:
        return await _plan_page(request, session, actor, client_id, typed or _typed_raw(form), exc.detail,
                                status_code=403)
    return RedirectResponse(f"/clients/{client_id}?area=companion#companion-plan", status_code=303)


def _typed_raw(form) -> dict[str, Any]:  # noqa: ANN001
    return {"enabled": form.get("enabled") == "yes", "language": _value(form, "language"),
            "focus": _value(form, "focus")[:MAX_NOTE * 2], "modules": [], "skills": [],
            "steer_topics": _value(form, "steer_topics")[:MAX_NOTE * 2], "address": "informal",
            "cultural_notes": _value(form, "cultural_notes")[:MAX_NOTE * 2],
            "review_note": _value(form, "review_note")[:MAX_REVIEW * 2]}


async def _plan_page(request: Request, session, actor: Actor, client_id: uuid.UUID,  # noqa: ANN001
                     typed: dict[str, Any], problem: str, status_code: int = 400) -> Response:
    from alliance.clients import service as clients_service
    from alliance.security.authz import allowed_actions

    client = await clients_service.get_client(session, actor, client_id)
    actions = {a.value for a in await allowed_actions(session, actor, client)}
    if "clinical.read" not in actions:
        raise BadRequest(problem)
    context = await _staff_context(session, actor, client, actions, form=typed)
    return render(request, "companion/plan_edit.html", {"ctx": context, "flash": problem, "flash_kind": "error"},
                  status_code=status_code)


# --- the portal's Library area ----------------------------------------------------------------------------------


@panels.portal_panel(10, area="library")
async def portal_library_panel(session, actor: Actor, client, actions: set[str]) -> panels.Panel:  # noqa: ANN001
    """What the client's clinician offers: reading, skills and exercises; their own exercise records."""
    offer = await service.portal_offer(session, actor)
    records = await service.list_exercises(session, actor, client.id)
    return panels.Panel("companion/_portal_library.html", {
        "offer": offer, "records": records, "language_name": LANGUAGE_NAMES.get(offer.language, offer.language),
        "exercise_kinds": EXERCISE_KINDS, "actions": ACTIONS})


@router.get("/portal/library/{slug}")
async def library_item(request: Request, slug: str, actor: CurrentActor, session: DB) -> Response:
    """One module or skill, in the client's companion language (English only where the item lacks it)."""
    from alliance.companion import chat, flows

    offer, item = await service.read_item(session, actor, slug)
    shown = item.language_for(offer.language)
    guided = slug in flows.KINDS and (await chat.availability(session, offer.client)).state == "on"
    return render(request, "companion/item.html", {
        "item": item, "shown": shown, "title": item.title(shown), "body": library.to_html(item.markdown(shown),
                                                                                          drop_title=True),
        "fallback": shown != offer.language, "wanted": LANGUAGE_NAMES.get(offer.language, offer.language),
        "exercise": item.slug in offer.exercises, "lang": offer.client.preferred_language, "guided": guided})


# --- exercises as forms ------------------------------------------------------------------------------------------

TEMPLATES = {
    "thought-record": "companion/exercise_thought.html",
    "paced-breathing": "companion/exercise_breathing.html",
    "grounding-54321": "companion/exercise_grounding.html",
    "behavioural-activation": "companion/exercise_activation.html",
}


def _today(request: Request) -> str:
    from alliance.db.base import utcnow
    from alliance.web.timefmt import to_local

    who = getattr(request.state, "who", None)
    return to_local(utcnow(), getattr(who, "zone", None)).date().isoformat()


async def _exercise_page(request: Request, session, actor: Actor, kind: str, *,  # noqa: ANN001
                         form: dict | None = None, problem: str | None = None) -> Response:
    if kind not in EXERCISE_KINDS:
        raise NotFound("No such exercise.")
    offer = await service.offered(session, actor, kind)  # the same check as saving
    item = library.get(kind)
    shown = item.language_for(offer.language) if item else "en"
    records = []
    if kind == "behavioural-activation":
        records = [r for r in await service.list_exercises(session, actor, offer.client.id)
                   if r.kind == kind and r.status == "planned"]
    return render(request, TEMPLATES[kind], {
        "kind": kind, "title": EXERCISE_KINDS[kind], "form": form or {}, "flash": problem,
        "flash_kind": "error" if problem else None, "item": item, "shown": shown,
        "steps": library.to_html(item.steps(shown)) if item else "", "skill_title": item.title(shown) if item else "",
        "today": _today(request), "rows": range(1, EMOTION_ROWS + 1), "planned": records, "limits": LIMITS,
        "lang": offer.client.preferred_language}, status_code=400 if problem else 200)


@router.get("/portal/exercises/records/{record_id}")
async def exercise_record(request: Request, record_id: uuid.UUID, actor: CurrentActor, session: DB) -> Response:
    """A saved exercise: its answers, the crisis response when its text signalled risk, and what comes next."""
    service.portal_client_id(actor)
    record = await service.get_exercise(session, actor, record_id)
    crisis = await service.crisis_for(session, record)
    return render(request, "companion/record.html", {
        "r": service.exercise_read(actor, record), "crisis": crisis, "saved": request.query_params.get("saved"),
        "today": _today(request), "limits": LIMITS})


@router.post("/portal/exercises/records/{record_id}/done")
async def exercise_done(request: Request, record_id: uuid.UUID, actor: CurrentActor, session: DB) -> Response:
    """Mark a planned activity done with the mood after; a mistake comes back with nothing saved."""
    service.portal_client_id(actor)
    form = await request.form()
    try:
        data = ActivationDone(mood_after=_number(_value(form, "mood_after")), note=_value(form, "note") or None)
    except ValidationError as exc:
        record = await service.get_exercise(session, actor, record_id)
        return render(request, "companion/record.html", {
            "r": service.exercise_read(actor, record), "crisis": None, "flash": _problem(exc), "flash_kind": "error",
            "typed": {"mood_after": _value(form, "mood_after"), "note": _value(form, "note")}, "limits": LIMITS},
            status_code=400)
    await service.complete_activation(session, actor, record_id, data)
    return RedirectResponse(f"/portal/exercises/records/{record_id}?saved=done", status_code=303)


@router.get("/portal/exercises/{kind}")
async def exercise_form(request: Request, kind: str, actor: CurrentActor, session: DB) -> Response:
    """An exercise the client's clinician offers, as a form (breathing: the steps and an optional timer)."""
    service.portal_client_id(actor)
    return await _exercise_page(request, session, actor, kind)


FIELDS = {
    "thought-record": ("situation", "automatic_thought", "evidence_for", "evidence_against", "balanced_thought",
                       *(f"emotion_{row}_{part}" for row in range(1, EMOTION_ROWS + 1)
                         for part in ("name", "before", "after"))),
    "paced-breathing": ("minutes", "tension_before", "tension_after", "note"),
    "grounding-54321": ("see", "feel", "hear", "smell", "taste"),
    "behavioural-activation": ("activity", "planned_for", "mood_before"),
}


def _payload(kind: str, typed: dict[str, str]) -> BaseModel:
    """The exercise the form describes (ValidationError on a mistake)."""
    if kind == "thought-record":
        emotions = []
        for row in range(1, EMOTION_ROWS + 1):
            name, before, after = (typed[f"emotion_{row}_{p}"] for p in ("name", "before", "after"))
            if name or before or after:
                emotions.append({"name": name, "before": _number(before), "after": _number(after)})
        texts = {k: typed[k] or None for k in FIELDS[kind] if not k.startswith("emotion_")}
        return ThoughtRecordCreate(**texts, emotions=emotions)
    if kind == "paced-breathing":
        return BreathingCreate(minutes=_number(typed["minutes"]), tension_before=_number(typed["tension_before"]),
                               tension_after=_number(typed["tension_after"]), note=typed["note"] or None)
    if kind == "grounding-54321":
        return GroundingCreate(**typed)
    return ActivationPlanCreate(activity=typed["activity"], planned_for=typed["planned_for"] or None,
                                mood_before=_number(typed["mood_before"]))


@router.post("/portal/exercises/{kind}")
async def exercise_save(request: Request, kind: str, actor: CurrentActor, session: DB) -> Response:
    """Save the exercise (its text screened for crisis first); a mistake keeps the answers and saves nothing."""
    service.portal_client_id(actor)
    if kind not in EXERCISE_KINDS:
        return await _exercise_page(request, session, actor, kind)
    form = await request.form()
    typed = {name: _value(form, name) for name in FIELDS[kind]}
    try:
        data = _payload(kind, typed)
    except ValidationError as exc:
        return await _exercise_page(request, session, actor, kind, form=typed, problem=_problem(exc))
    record, _ = await service.record_exercise(session, actor, kind, data)
    return RedirectResponse(f"/portal/exercises/records/{record.id}?saved=1", status_code=303)


@router.get("/companion/breathing.js")
async def breathing_script() -> Response:
    """The breathing timer (the page works without it: the steps say what to do)."""
    return FileResponse(STATIC / "breathing.js", media_type="text/javascript",
                        headers={"Cache-Control": "public, max-age=3600"})


# --- the practice setting (admins) ---------------------------------------------------------------------------


@router.get("/admin/companion")
async def admin_page(request: Request, actor: CurrentActor, session: DB, saved: str | None = None) -> Response:
    """Where the companion's conversational part is off (regions whose law forbids it)."""
    require_role(actor, "admin", action="companion.settings.read")
    settings = await service.get_settings_for(session, actor)
    return render(request, "companion/admin.html", {"regions": ", ".join(settings.no_chat_regions),
                                                    "flash": "Saved." if saved else None})


@router.post("/admin/companion")
async def admin_save(request: Request, actor: CurrentActor, session: DB) -> Response:
    """Save the list of regions; a mistake is shown with the text as typed and nothing saved."""
    require_role(actor, "admin", action="companion.settings.update")
    raw = _value(await request.form(), "no_chat_regions")
    try:
        data = CompanionSettingsUpdate(no_chat_regions=[p for p in raw.replace("\n", ",").split(",")])
    except ValidationError as exc:
        return render(request, "companion/admin.html", {"regions": raw[:2000], "flash": _problem(exc),
                                                        "flash_kind": "error"}, status_code=400)
    await service.update_settings(session, actor, data)
    return RedirectResponse("/admin/companion?saved=1", status_code=303)
