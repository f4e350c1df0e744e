"""Pages: the Homework area of the client workspace (assign, where each stands, what was done, the tools' charts), the
mood chart beside the questionnaires, a Today section and a caseload column; the portal's Practice area with the
homework forms and the tools (check-in, exposure hierarchy, sleep diary, activity log).

Plain forms that work without JavaScript; a mistake comes back with what was typed and nothing saved.
"""

from __future__ import annotations

import uuid
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import BaseModel, ValidationError

from alliance.companion.schemas import ActivationDone
from alliance.errors import AllianceError, BadRequest, NotFound
from alliance.homework import charts, service, tools
from alliance.homework.schemas import (
    EMOTIONS,
    KINDS,
    MAX_NOTE,
    MAX_PROMPT,
    MAX_SHORT,
    MAX_TEXT,
    SCHEDULES,
    SLEEP_QUALITY,
    ActivityCreate,
    HomeworkCreate,
    CheckInCreate,
    SituationCreate,
    SleepCreate,
    StepCreate,
)
from alliance.security.audit import Actor
from alliance.web import panels
from alliance.web.deps import DB, CurrentActor
from alliance.web.i18n import N_
from alliance.web.templates import render

router = APIRouter(include_in_schema=False)

panels.client_area("homework", "Homework", 37)
panels.portal_area("practice", N_("Practice"), 35)

# The words the portal shows from KINDS, EMOTIONS and SLEEP_QUALITY (translated where shown), marked here so
# that `make i18n` extracts them.
CLIENT_WORDS = (
    N_("Thought record"), N_("Behavioural activation plan"), N_("Paced breathing"), N_("Grounding with 5-4-3-2-1"),
    N_("Worry time log"), N_("Journaling"), N_("Communication practice"), N_("Mood check-in"),
    N_("Exposure practice"), N_("Sleep diary"), N_("Activity and mood log"), N_("Calm"), N_("Content"),
    N_("Hopeful"), N_("Grateful"), N_("Proud"), N_("Anxious"), N_("Worried"), N_("Sad"), N_("Lonely"), N_("Angry"),
    N_("Irritable"), N_("Ashamed"), N_("Guilty"), N_("Tired"), N_("Numb"), N_("Overwhelmed"), N_("Very poor"),
    N_("Poor"), N_("Fair"), N_("Good"), N_("Very good"),
)
LIMITS = {"note": MAX_NOTE, "prompt": MAX_PROMPT, "text": MAX_TEXT, "short": MAX_SHORT}
EMOTION_ROWS = 3  # rows of the thought record's emotion table
# What each field is called on the forms, for error messages in plain words.
LABELS = {
    "kind": "What to do", "schedule": "How often", "starts_on": "First day", "due_on": "Due day",
    "ends_on": "Last day", "note": "Note", "prompts": "Questions", "mood": "Mood", "emotions": "Emotions",
    "day": "Day", "situation": "Situation", "suds": "SUDS", "suds_before": "SUDS before", "suds_peak": "SUDS at the peak",
    "suds_after": "SUDS after", "minutes": "Minutes", "bed_time": "Time you got into bed",
    "try_sleep_time": "Time you tried to sleep", "sleep_latency": "Minutes to fall asleep",
    "awakenings": "Times you woke up", "wake_minutes": "Minutes awake", "final_wake_time": "Final awakening",
    "out_of_bed_time": "Time you got out of bed", "quality": "Quality of sleep", "comments": "Comments",
    "activity": "Activity", "at_time": "Time", "pleasure": "Pleasure", "mastery": "Mastery", "worry": "The worry",
    "distress": "How upsetting", "action": "What you can do", "answers": "Answers", "what_said": "What you said",
    "how_it_went": "How it went", "next_time": "Next time", "confidence": "Confidence",
    "situation_": "The situation", "automatic_thought": "The automatic thought",
    "balanced_thought": "A more balanced thought", "see": "Things you can see", "feel": "Things you can feel",
    "hear": "Things you can hear", "smell": "Things you can smell", "taste": "A thing you can taste",
    "planned_for": "The date", "mood_before": "Mood now", "mood_after": "Mood after",
    "tension_before": "Tension before", "tension_after": "Tension after",
}


def _value(form, name: str) -> str:  # noqa: ANN001
    value = form.get(name)
    return value.strip() if isinstance(value, str) else ""


def _number(raw: str) -> int | str | None:
    """A whole number from a form field (None when empty; the text itself when not a number, for pydantic)."""
    if raw == "":
        return None
    return int(raw) if raw.lstrip("-").isdigit() and len(raw) < 6 else raw


def problem(exc: Exception) -> str:
    """A validation error in plain words: the field's name on the form, then what is wrong."""
    if isinstance(exc, AllianceError):
        return exc.detail
    if not isinstance(exc, ValidationError):
        return str(exc)
    parts = []
    for error in exc.errors():
        loc = [p for p in error["loc"] if not isinstance(p, int)]
        label = LABELS.get(str(loc[0]), str(loc[0]).replace("_", " ").capitalize()) if loc else "The form"
        kind = error["type"]
        if kind in ("missing", "string_too_short") or (kind.endswith("_type") and error.get("input") in (None, "")):
            message = "this is empty"
        elif kind == "int_parsing":
            message = "write a whole number"
        elif kind.startswith(("date", "time")):
            message = "choose a date (year, month and day)"
        else:
            message = error["msg"].removeprefix("Value error, ")
        part = f"{label}: {message}"
        if part not in parts:
            parts.append(part)
    return "; ".join(parts) + "."


# --- the clinician's Homework area ------------------------------------------------------------------------------

def mood_chart(checkins) -> charts.LineChart | None:  # noqa: ANN001
    """Check-in mood over time (the day's mean when there were several)."""
    by_day: dict = {}
    for c in checkins:
        by_day.setdefault(c.day, []).append(c.mood)
    points = [(d, round(sum(v) / len(v), 1)) for d, v in sorted(by_day.items())]
    if not points:
        return None
    latest = points[-1][1]
    return charts.build("mood", "Mood check-ins", [charts.Line("Mood (0-10)", points)], lo=0, hi=10, step=2,
                        y_label="Mood, 0 very low to 10 very good",
                        summary=f"{len(checkins)} check-in(s) on {len(points)} day(s); latest mood {latest}")


def sleep_chart(nights) -> charts.LineChart | None:  # noqa: ANN001
    points = [(n.day, n.efficiency) for n in nights]
    if not points:
        return None
    recent = points[-7:]
    mean = round(sum(v for _, v in recent) / len(recent), 1)
    return charts.build("sleep", "Sleep efficiency", [charts.Line("Sleep efficiency (%)", points)], lo=0, hi=100,
                        step=20, y_label="Total sleep / time in bed, %",
                        summary=f"{len(points)} night(s); mean of the last {len(recent)}: {mean}%")


def exposure_charts(situations) -> list[charts.LineChart]:  # noqa: ANN001
    out = []
    for n, s in enumerate(situations):
        if not s.steps:
            continue
        before = [(st.day, st.suds_before) for st in s.steps]
        after = [(st.day, st.suds_after) for st in s.steps]
        last = s.steps[-1]
        chart = charts.build(f"exposure-{n}", s.situation, [charts.Line("SUDS before", before),
                                                            charts.Line("SUDS after", after)],
                             lo=0, hi=100, step=20, y_label="SUDS, 0 to 100",
                             summary=f"{len(s.steps)} attempt(s); latest {last.suds_before} before, "
                                     f"{last.suds_after} after")
        if chart:
            out.append(chart)
    return out


def activity_chart(entries) -> charts.LineChart | None:  # noqa: ANN001
    by_day: dict = {}
    for e in entries:
        by_day.setdefault(e.day, []).append(e.mood)
    points = [(d, round(sum(v) / len(v), 1)) for d, v in sorted(by_day.items())]
    if not points:
        return None
    return charts.build("activity", "Mood during activities", [charts.Line("Mood (0-10)", points)], lo=0, hi=10,
                        step=2, y_label="Mood, 0 to 10", summary=f"{len(entries)} activit(ies) on {len(points)} day(s)")


async def _staff_context(session, actor: Actor, client, actions: set[str], *,  # noqa: ANN001
                         form: dict | None = None) -> dict[str, Any]:
    assignments = await service.list_assignments(session, actor, client.id)
    checkins = await tools.list_checkins(session, actor, client.id)
    nights = await tools.sleep_diary(session, actor, client.id)
    situations = await tools.hierarchy(session, actor, client.id)
    activities = await tools.activity_log(session, actor, client.id)
    return {
        "client": client, "assignments": assignments, "entries": await service.list_entries(session, actor, client.id),
        "active": [a for a in assignments if a.status == "active"], "ended": [a for a in assignments
                                                                             if a.status != "active"],
        "checkins": checkins[-14:][::-1], "nights": nights[-14:][::-1], "situations": situations,
        "activities": activities[-14:][::-1], "can_write": "clinical.write" in actions,
        "form": form or {"schedule": "weekly"}, "kinds": KINDS, "schedules": SCHEDULES, "limits": LIMITS,
        "emotions": EMOTIONS, "quality": SLEEP_QUALITY, "today": (await service.client_today(session, client)),
        "charts": [c for c in (mood_chart(checkins), sleep_chart(nights), *exposure_charts(situations),
                               activity_chart(activities)) if c is not None],
    }


@panels.client_panel(10, area="homework")
async def client_homework_panel(session, actor: Actor, client, actions: set[str]) -> panels.Panel:  # noqa: ANN001
    """Assign homework; where each assignment stands; what was done; the tools' records and charts."""
    if "clinical.read" not in actions:
        return panels.Panel("homework/_not_clinical.html", {})
    return panels.Panel("homework/_client_panel.html", await _staff_context(session, actor, client, actions))


@panels.client_panel(35, area="measures")
async def client_mood_panel(session, actor: Actor, client, actions: set[str]) -> panels.Panel | None:  # noqa: ANN001
    """Mood check-ins charted beside the questionnaires."""
    if "clinical.read" not in actions:
        return None
    checkins = await tools.list_checkins(session, actor, client.id)
    if not checkins:
        return None
    return panels.Panel("homework/_mood_panel.html", {"client": client, "chart": mood_chart(checkins),
                                                      "recent": checkins[-7:][::-1], "emotions": EMOTIONS})


def _assignment_form(form) -> tuple[dict[str, Any], HomeworkCreate]:  # noqa: ANN001
    typed = {k: _value(form, k) for k in ("kind", "schedule", "starts_on", "due_on", "ends_on", "note", "prompts")}
    try:
        data = HomeworkCreate(kind=typed["kind"] or None, schedule=typed["schedule"] or "once",
                                starts_on=typed["starts_on"] or None, due_on=typed["due_on"] or None,
                                ends_on=typed["ends_on"] or None, note=typed["note"] or None,
                                prompts=[p for p in typed["prompts"].splitlines() if p.strip()])
    except ValidationError as exc:
        raise BadRequest(problem(exc)) from exc
    return typed, data


@router.post("/clients/{client_id}/homework")
async def assign(request: Request, client_id: uuid.UUID, actor: CurrentActor, session: DB) -> Response:
    """Assign homework; a mistake comes back with the form as typed and nothing saved."""
    form = await request.form()
    typed = {k: _value(form, k)[:MAX_NOTE * 2] for k in ("kind", "schedule", "starts_on", "due_on", "ends_on",
                                                         "note", "prompts")}
    try:
        typed, data = _assignment_form(form)
        await service.assign(session, actor, client_id, data)
    except BadRequest as exc:
        from alliance.clients import service as clients_service
        from alliance.security.authz import allowed_actions

        client = await clients_service.get_client(session, actor, client_id)
        actions = {a.value for a in await allowed_actions(session, actor, client)}
        if "clinical.write" not in actions:
            raise
        context = await _staff_context(session, actor, client, actions, form=typed)
        return render(request, "homework/assign_again.html", {"ctx": context, "flash": exc.detail,
                                                              "flash_kind": "error"}, status_code=400)
    return RedirectResponse(f"/clients/{client_id}?area=homework#homework-assigned", status_code=303)


@router.post("/clients/{client_id}/homework/{assignment_id}/end")
async def end(client_id: uuid.UUID, assignment_id: uuid.UUID, actor: CurrentActor, session: DB) -> Response:
    """Stop the homework (what was done stays)."""
    row = await service.end_assignment(session, actor, assignment_id)
    return RedirectResponse(f"/clients/{row.client_id}?area=homework#homework-assigned", status_code=303)


@panels.caseload_column(45, "Homework")
async def caseload_homework(session, actor, clients) -> dict:  # noqa: ANN001
    """'2 of 3 done for now; 1 overdue' per client with homework in force."""
    out = {}
    for client_id, rows in (await service.standing_by_client(session, actor, clients)).items():
        done = sum(1 for a in rows if a.done_now)
        late = sum(1 for a in rows if a.overdue)
        out[client_id] = f"{done} of {len(rows)} done for now" + (f"; {late} overdue" if late else "")
    return out


@panels.today_section(45)
async def today_homework(session, actor) -> panels.Panel | None:  # noqa: ANN001
    """Clients whose homework is overdue."""
    if actor.role not in ("clinician", "supervisor"):
        return None
    return panels.Panel("homework/_today.html", {"rows": await service.overdue(session, actor)})


# --- the portal's Practice area -----------------------------------------------------------------------------------

@panels.portal_panel(10, area="practice")
async def portal_practice_panel(session, actor: Actor, client, actions: set[str]) -> panels.Panel:  # noqa: ANN001
    """The client's homework with what is due, the check-in, and the tools they keep."""
    assignments = await service.list_assignments(session, actor, client.id, active_only=True)
    today = await service.client_today(session, client)
    return panels.Panel("homework/_portal_practice.html", {
        "assignments": [a for a in assignments if a.starts_on <= today], "today": today,
        "later": [a for a in assignments if a.starts_on > today], "tool_pages": service.TOOL_PAGES,
        "entries": (await service.list_entries(session, actor, client.id, limit=10))})


def _form_page(request: Request, assignment, *, form: dict | None = None, flash: str | None = None,  # noqa: ANN001
               lang: str | None = None, companion: str | None = None) -> Response:
    return render(request, "homework/do.html", {
        "a": assignment, "form": form or {}, "flash": flash, "flash_kind": "error" if flash else None,
        "limits": LIMITS, "rows": range(1, EMOTION_ROWS + 1), "lang": lang, "companion": companion},
        status_code=400 if flash else 200)


async def _with_companion(session, actor: Actor, assignment) -> str | None:  # noqa: ANN001
    """Where to do this homework with the companion: a guided exercise, while the client's companion is on."""
    from alliance.clients.models import Client
    from alliance.companion import chat, flow_pages

    url = flow_pages.homework_offer(assignment.kind)
    client = await session.get(Client, service.portal_client_id(actor))
    if url is None or client is None or assignment.status != "active":
        return None
    if (await chat.availability(session, client)).state != "on":
        return None
    return f"{url}?kind={assignment.kind}&assignment={assignment.id}"


async def _lang(session, actor: Actor) -> str | None:  # noqa: ANN001
    from alliance.clients.models import Client

    client = await session.get(Client, service.portal_client_id(actor))
    return client.preferred_language if client else None


@router.get("/portal/practice/homework/{assignment_id}")
async def do_homework(request: Request, assignment_id: uuid.UUID, actor: CurrentActor, session: DB) -> Response:
    """The homework as a plain form (a tool's homework opens the tool)."""
    service.portal_client_id(actor)
    assignment = await service.get_assignment(session, actor, assignment_id)
    if assignment.kind in service.TOOL_PAGES:
        return RedirectResponse(service.TOOL_PAGES[assignment.kind], status_code=303)
    return _form_page(request, assignment, lang=await _lang(session, actor),
                      companion=await _with_companion(session, actor, assignment))


def _answers(kind: str, typed: dict[str, str]) -> BaseModel:
    """The answers the form as typed gives (ValidationError on a mistake)."""
    model = service.answers_model(kind)
    if kind == "thought-record":
        emotions = []
        for r in range(1, EMOTION_ROWS + 1):
            name, before, after = (typed.get(f"emotion_{r}_{p}", "") for p in ("name", "before", "after"))
            if name or before or after:
                emotions.append({"name": name, "before": _number(before), "after": _number(after)})
        texts = {k: typed.get(k) or None for k in ("situation", "automatic_thought", "evidence_for",
                                                   "evidence_against", "balanced_thought")}
        return model(**texts, emotions=emotions)
    if kind == "journal":
        count = min(sum(1 for k in typed if k.startswith("answer_")), 8)
        return model(answers=[typed.get(f"answer_{n}") or None for n in range(1, max(count, 1) + 1)])
    numbers = {"minutes", "tension_before", "tension_after", "mood_before", "distress", "confidence"}
    data: dict[str, Any] = {k: (_number(v) if k in numbers else (v or None)) for k, v in typed.items()
                            if k in model.model_fields}
    if kind == "worry-log":
        data["still_relevant"] = {"yes": True, "no": False}.get(typed.get("still_relevant", ""))
    return model(**data)


@router.post("/portal/practice/homework/{assignment_id}")
async def save_homework(request: Request, assignment_id: uuid.UUID, actor: CurrentActor, session: DB) -> Response:
    """Save the homework (its text screened for crisis first); a mistake keeps the answers and saves nothing."""
    service.portal_client_id(actor)
    assignment = await service.get_assignment(session, actor, assignment_id)
    form = await request.form()
    typed = {str(k): _value(form, str(k)) for k in form.keys() if k != "csrf_token"}
    try:
        data = _answers(assignment.kind, typed)
        entry, _ = await service.complete(session, actor, assignment_id, data)
    except (ValidationError, BadRequest) as exc:
        return _form_page(request, assignment, form=typed, flash=problem(exc), lang=await _lang(session, actor))
    return RedirectResponse(f"/portal/practice/entries/{entry.id}?saved=1", status_code=303)


@router.get("/portal/practice/entries/{entry_id}")
async def entry_page(request: Request, entry_id: uuid.UUID, actor: CurrentActor, session: DB,
                     saved: str | None = None) -> Response:
    """A completed homework: what was written, the crisis response when it signalled risk, what comes next."""
    service.portal_client_id(actor)
    row, entry = await service.get_entry(session, actor, entry_id)
    return render(request, "homework/entry.html", {
        "e": entry, "r": {"kind": entry.kind, "data": entry.data, "completed_at": None}, "saved": saved,
        "crisis": await service.entry_crisis(session, row), "limits": LIMITS, "lang": await _lang(session, actor)})


@router.post("/portal/practice/entries/{entry_id}/done")
async def entry_done(request: Request, entry_id: uuid.UUID, actor: CurrentActor, session: DB) -> Response:
    """Mark a planned activity done with the mood after."""
    service.portal_client_id(actor)
    form = await request.form()
    try:
        data = ActivationDone(mood_after=_number(_value(form, "mood_after")), note=_value(form, "note") or None)
    except ValidationError as exc:
        raise BadRequest(problem(exc)) from exc
    await service.activity_done(session, actor, entry_id, data)
    return RedirectResponse(f"/portal/practice/entries/{entry_id}?saved=done", status_code=303)


# --- the tools ----------------------------------------------------------------------------------------------------

async def _tool_page(request: Request, session, actor: Actor, kind: str, *, form: dict | None = None,  # noqa: ANN001
                     flash: str | None = None) -> Response:
    """A tool's page: its form, what the client kept, a chart; after saving, the crisis response if needed."""
    client_id = service.portal_client_id(actor)
    client = await service.authorize_client(session, actor, client_id, write=False)
    saved_id, saved_kind = request.query_params.get("saved"), request.query_params.get("row") or kind
    crisis = None
    if saved_id and not flash:
        try:
            row = await tools.own_row(session, actor, saved_kind, uuid.UUID(saved_id))
            crisis = await service.crisis_for(session, row)
        except (ValueError, NotFound):
            saved_id = None
    context: dict[str, Any] = {"kind": kind, "form": form or {}, "flash": flash or (_saved_text(kind) if saved_id
                                                                                     else None),
                               "flash_kind": "error" if flash else "ok", "crisis": crisis, "limits": LIMITS,
                               "today": (await service.client_today(session, client)).isoformat(),
                               "lang": client.preferred_language, "emotions": EMOTIONS, "quality": SLEEP_QUALITY}
    if kind == "check-in":
        rows = await tools.list_checkins(session, actor, client.id)
        context |= {"rows": rows[-14:][::-1], "chart": mood_chart(rows)}
    elif kind == "sleep-diary":
        rows = await tools.sleep_diary(session, actor, client.id)
        context |= {"rows": rows[-14:][::-1], "chart": sleep_chart(rows)}
    elif kind == "exposure":
        situations = await tools.hierarchy(session, actor, client.id, archived=False)
        context |= {"situations": situations, "charts": exposure_charts(situations)}
    else:
        rows = await tools.activity_log(session, actor, client.id)
        context |= {"rows": rows[-20:][::-1], "chart": activity_chart(rows)}
    return render(request, f"homework/tool_{kind.replace('-', '_')}.html", context,
                  status_code=400 if flash else 200)


def _saved_text(kind: str) -> str:
    from alliance.web.i18n import gettext

    saved = {"check-in": N_("Your check-in is saved."), "sleep-diary": N_("Your sleep diary is saved."),
             "exposure": N_("Saved in your exposure hierarchy."), "activity-log": N_("Your activity is saved.")}
    default = N_("Saved.")
    return gettext(saved.get(kind, default))  # each marked on its own, so that extraction finds it


@router.get("/portal/practice/{tool}")
async def tool_page(request: Request, tool: str, actor: CurrentActor, session: DB) -> Response:
    """A tool the client keeps: check-in, exposure, sleep-diary or activity-log."""
    if tool not in service.TOOL_PAGES:
        raise NotFound("No such page.")
    return await _tool_page(request, session, actor, tool)


def _typed(form, names: tuple[str, ...]) -> dict[str, str]:  # noqa: ANN001
    return {n: _value(form, n) for n in names}


@router.post("/portal/practice/check-in")
async def save_check_in(request: Request, actor: CurrentActor, session: DB) -> Response:
    form = await request.form()
    typed: dict[str, Any] = _typed(form, ("mood", "note", "day")) | {
        "emotions": [v for v in form.getlist("emotions") if isinstance(v, str)]}
    try:
        data = CheckInCreate(mood=_number(typed["mood"]), emotions=typed["emotions"], note=typed["note"] or None,
                             day=typed["day"] or None)
        row, _, _ = await tools.check_in(session, actor, data)
    except (ValidationError, BadRequest) as exc:
        return await _tool_page(request, session, actor, "check-in", form=typed, flash=problem(exc))
    return RedirectResponse(f"/portal/practice/check-in?saved={row.id}#saved", status_code=303)


SLEEP_FIELDS = ("day", "bed_time", "try_sleep_time", "sleep_latency", "awakenings", "wake_minutes",
                "final_wake_time", "out_of_bed_time", "quality", "comments")


@router.post("/portal/practice/sleep-diary")
async def save_night(request: Request, actor: CurrentActor, session: DB) -> Response:
    form = await request.form()
    typed = _typed(form, SLEEP_FIELDS)
    try:
        numbers = {k: _number(typed[k]) for k in ("sleep_latency", "awakenings", "wake_minutes", "quality")}
        data = SleepCreate(**{k: typed[k] or None for k in SLEEP_FIELDS if k not in numbers}, **numbers)
        row, _, _ = await tools.add_night(session, actor, data)
    except (ValidationError, AllianceError) as exc:
        return await _tool_page(request, session, actor, "sleep-diary", form=typed, flash=problem(exc))
    return RedirectResponse(f"/portal/practice/sleep-diary?saved={row.id}#saved", status_code=303)


@router.post("/portal/practice/exposure")
async def save_situation(request: Request, actor: CurrentActor, session: DB) -> Response:
    form = await request.form()
    typed = _typed(form, ("situation", "suds"))
    try:
        data = SituationCreate(situation=typed["situation"], suds=_number(typed["suds"]))
        row, _ = await tools.add_situation(session, actor, data)
    except (ValidationError, BadRequest) as exc:
        return await _tool_page(request, session, actor, "exposure", form=typed, flash=problem(exc))
    return RedirectResponse(f"/portal/practice/exposure?saved={row.id}&row=situation#saved", status_code=303)


@router.post("/portal/practice/exposure/{situation_id}/steps")
async def save_step(request: Request, situation_id: uuid.UUID, actor: CurrentActor, session: DB) -> Response:
    form = await request.form()
    typed = _typed(form, ("day", "suds_before", "suds_peak", "suds_after", "minutes", "note"))
    try:
        data = StepCreate(day=typed["day"] or None, suds_before=_number(typed["suds_before"]),
                          suds_peak=_number(typed["suds_peak"]), suds_after=_number(typed["suds_after"]),
                          minutes=_number(typed["minutes"]), note=typed["note"] or None)
        row, _, _ = await tools.add_step(session, actor, situation_id, data)
    except (ValidationError, BadRequest) as exc:
        return await _tool_page(request, session, actor, "exposure", form=typed | {"situation_id": str(situation_id)},
                                flash=problem(exc))
    return RedirectResponse(f"/portal/practice/exposure?saved={row.id}#saved", status_code=303)


@router.post("/portal/practice/exposure/{situation_id}/archive")
async def archive_situation(situation_id: uuid.UUID, actor: CurrentActor, session: DB) -> Response:
    await tools.archive_situation(session, actor, situation_id)
    return RedirectResponse("/portal/practice/exposure", status_code=303)


@router.post("/portal/practice/activity-log")
async def save_activity(request: Request, actor: CurrentActor, session: DB) -> Response:
    form = await request.form()
    typed = _typed(form, ("day", "at_time", "activity", "mood", "pleasure", "mastery", "note"))
    try:
        data = ActivityCreate(day=typed["day"] or None, at_time=typed["at_time"] or None, activity=typed["activity"],
                              mood=_number(typed["mood"]), pleasure=_number(typed["pleasure"]),
                              mastery=_number(typed["mastery"]), note=typed["note"] or None)
        row, _, _ = await tools.log_activity(session, actor, data)
    except (ValidationError, BadRequest) as exc:
        return await _tool_page(request, session, actor, "activity-log", form=typed, flash=problem(exc))
    return RedirectResponse(f"/portal/practice/activity-log?saved={row.id}#saved", status_code=303)
