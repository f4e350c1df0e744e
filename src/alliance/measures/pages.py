"""Pages: questionnaires in the client portal (one question at a time), and the clinician's measures views."""

from __future__ import annotations

import re
import uuid
from datetime import date

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

import alliance.measures.tasks  # noqa: F401  (registers the measures jobs with the queue)
from alliance.db.base import utcnow
from alliance.errors import BadRequest, Forbidden
from alliance.measures import charts, service
from alliance.measures.instruments import Instrument, get_instrument, list_instruments
from alliance.measures.models import OPEN, MeasureAdministration
from alliance.measures.schemas import AssignmentCreate
from alliance.web import panels
from alliance.web.deps import DB, CurrentActor, CurrentUser
from alliance.web.i18n import gettext
from alliance.web.templates import render

router = APIRouter(include_in_schema=False)

SCHEDULE_LABELS = {"once": "once", "every_session": "every session", "weekly": "weekly", "monthly": "monthly"}


def _text(texts: dict[str, str], lang: str) -> str:
    return texts.get(lang) or texts["en"]


# --- panels ---------------------------------------------------------------------------------------------


def _trend(rows: list[MeasureAdministration]) -> str:
    if len(rows) < 2 or rows[0].total is None or rows[1].total is None:
        return ""
    return "↓" if rows[0].total < rows[1].total else "↑" if rows[0].total > rows[1].total else "→"


@panels.caseload_column(30, "Latest measures")
async def caseload_measures(session, actor, clients) -> dict:  # noqa: ANN001
    """'PHQ-9 14 moderate ↓' per instrument, and how many questionnaires are overdue."""
    latest = await service.latest_by_client(session, actor, clients)
    overdue: dict[uuid.UUID, int] = {}
    for adm, _ in await service.overdue(session, actor):
        overdue[adm.client_id] = overdue.get(adm.client_id, 0) + 1
    out = {}
    for client in clients:
        parts = []
        for inst_id, rows in sorted(latest.get(client.id, {}).items()):
            head = rows[0]
            value = head.total if head.total is not None else ""
            parts.append(" ".join(str(p) for p in (get_instrument(inst_id).short_name, value, head.severity or "",
                                                   _trend(rows)) if p != ""))
        if overdue.get(client.id):
            parts.append(f"{overdue[client.id]} overdue")
        out[client.id] = "; ".join(parts)
    return out


panels.client_area("measures", "Measures", 20)


@panels.client_panel(30, area="measures")
async def client_measures_panel(session, actor, client, actions) -> panels.Panel | None:  # noqa: ANN001
    """Latest results, charts, assignments and open questionnaires on the clinician's client page."""
    if "clinical.read" not in actions:
        return None
    assignments = await service.list_assignments(session, actor, client.id, active_only=True)
    rows = await service.list_administrations(session, actor, client.id)
    by_inst: dict[str, list[MeasureAdministration]] = {}
    for adm in rows:
        if adm.status == "completed":
            by_inst.setdefault(adm.instrument, []).append(adm)
    latest, chart_list = [], []
    for inst_id, done in sorted(by_inst.items()):
        done.sort(key=lambda a: a.completed_at)
        inst = get_instrument(inst_id)
        points = service.series(done)
        summary = None
        if points and inst.bands is not None:
            from alliance.measures.change import trajectory_summary

            summary = trajectory_summary(inst.id, points)
            chart_list.append(charts.build(summary))
        latest.append({"inst": inst, "adm": done[-1], "count": len(done), "summary": summary,
                       "category": summary.points[-1].category if summary else None})
    cutoff = utcnow() - service.OVERDUE_AFTER
    open_rows = [a for a in rows if a.status in OPEN]
    completed = sorted((a for a in rows if a.status == "completed"), key=lambda a: a.completed_at, reverse=True)
    return panels.Panel("measures/_client_panel.html", {
        "client": client, "assignments": assignments, "latest": latest, "charts": chart_list,
        "open": open_rows, "overdue": {a.id for a in open_rows if a.due_at < cutoff}, "recent": completed[:12],
        "instruments": list_instruments(), "names": {i.id: i.short_name for i in list_instruments()},
        "schedules": SCHEDULE_LABELS, "can_write": "clinical.write" in actions, "today": date.today().isoformat(),
    })


@panels.portal_panel(20)
async def portal_measures_panel(session, actor, client, actions) -> panels.Panel | None:  # noqa: ANN001
    """The client's questionnaires waiting to be filled in."""
    due = await service.due_for_client(session, actor, client.id)
    items = []
    for adm in due:
        inst = get_instrument(adm.instrument)
        steps = service.enabled_items(inst, adm.answers)
        answered = sum(1 for i in steps if adm.answers.get(i.id) is not None)
        items.append({"adm": adm, "inst": inst, "answered": answered, "total": len(steps)})
    return panels.Panel("measures/_portal_panel.html", {"items": items})


# --- the portal: one question at a time -----------------------------------------------------------------


def _client_id(user) -> uuid.UUID:  # noqa: ANN001
    if user.role != "client" or user.client_id is None:
        raise Forbidden("Only clients fill in questionnaires in the portal.")
    return user.client_id


def _step_context(adm: MeasureAdministration, inst: Instrument, q: int | None, error: str | None = None) -> dict:
    answers = adm.answers
    steps = service.enabled_items(inst, answers)
    if q is None:
        q = next((n for n, item in enumerate(steps) if answers.get(item.id) is None), len(steps))
    q = max(0, min(q, len(steps)))
    lang = adm.language
    ctx = {"adm": adm, "inst": inst, "q": q, "total": len(steps), "lang": lang, "error": error,
           "recall": _text(inst.recall_period, lang), "instructions": _text(inst.instructions, lang)}
    if q < len(steps):
        item = steps[q]
        ctx.update(item=item, text=_text(item.text, lang), chosen=answers.get(item.id),
                   options=[(o.score, _text(o.text, lang)) for o in inst.options_for(item)])
    else:
        ctx["review"] = [(n, _text(i.text, lang), next((_text(o.text, lang) for o in inst.options_for(i)
                                                         if o.score == answers.get(i.id)), None))
                         for n, i in enumerate(steps)]
    return ctx


def _step_response(request: Request, ctx: dict, status_code: int = 200) -> Response:
    name = "measures/_question.html" if request.headers.get("HX-Request") else "measures/question.html"
    return render(request, name, ctx, status_code=status_code)


@router.get("/portal/measures/{administration_id}")
async def question(request: Request, administration_id: uuid.UUID, user: CurrentUser, actor: CurrentActor,
                   session: DB, q: int | None = None) -> Response:
    """One question (or, after the last, the review before sending); resumes at the first unanswered one."""
    _client_id(user)
    adm = await service.get_administration(session, actor, administration_id)
    if adm.status not in OPEN:
        where = f"/portal/measures/{adm.id}/done" if adm.status == "completed" else "/portal"
        return RedirectResponse(where, status_code=303)
    return _step_response(request, _step_context(adm, get_instrument(adm.instrument), q))


@router.post("/portal/measures/{administration_id}")
async def answer_question(request: Request, administration_id: uuid.UUID, user: CurrentUser,
                          actor: CurrentActor, session: DB) -> Response:
    """Save the answer and move on (or back); a plain POST redirects, an HTMX one gets the next step."""
    _client_id(user)
    form = await request.form()
    item_id, nav, raw = str(form.get("item", "")), str(form.get("nav", "next")), form.get("value")
    adm = await service.get_administration(session, actor, administration_id, write=True, audited=False)
    inst = get_instrument(adm.instrument)
    if raw not in (None, ""):
        try:
            value = int(str(raw))
        except ValueError:
            raise BadRequest("The answer must be one of the options.") from None
        adm = await service.answer(session, actor, adm.id, item_id, value)
    steps = [i.id for i in service.enabled_items(inst, adm.answers)]
    here = steps.index(item_id) if item_id in steps else 0
    if nav == "back":
        target = max(here - 1, 0)
    elif adm.answers.get(item_id) is None and inst.item(item_id).required:
        ctx = _step_context(adm, inst, here, error=gettext("Please choose an answer."))
        return _step_response(request, ctx)
    else:
        target = here + 1
    if request.headers.get("HX-Request"):
        return _step_response(request, _step_context(adm, inst, target))
    return RedirectResponse(f"/portal/measures/{adm.id}?q={target}", status_code=303)


@router.post("/portal/measures/{administration_id}/submit")
async def submit_questionnaire(request: Request, administration_id: uuid.UUID, user: CurrentUser,
                               actor: CurrentActor, session: DB) -> Response:
    """Send the answers: scored at once; a risk answer alerts the clinician and shows help now."""
    _client_id(user)
    try:
        await service.submit(session, actor, administration_id, require_complete=True)
    except service.NotOpen:
        pass  # sent twice (a double tap): the first one counted
    except BadRequest as exc:
        adm = await service.get_administration(session, actor, administration_id, audited=False)
        missing = re.search(r"question (\d+)", exc.detail)  # the service names the first unanswered one
        error = (gettext("Please answer question %(number)s before sending.", number=missing.group(1)) if missing
                 else gettext(exc.detail))
        ctx = _step_context(adm, get_instrument(adm.instrument), None, error=error)
        return render(request, "measures/question.html", ctx, status_code=400)
    return RedirectResponse(f"/portal/measures/{administration_id}/done", status_code=303)


@router.get("/portal/measures/{administration_id}/done")
async def questionnaire_done(request: Request, administration_id: uuid.UUID, user: CurrentUser,
                             actor: CurrentActor, session: DB) -> Response:
    """Thanks; after an answer that signals risk, the client's safety plan and crisis resources."""
    client_id = _client_id(user)
    adm = await service.get_administration(session, actor, administration_id)
    inst = get_instrument(adm.instrument)
    crisis = None
    if adm.risk_flags:
        from alliance.measures.risk import assess
        from alliance.measures.scoring import ScoreResult
        from alliance.safety import service as safety_service

        found = assess(inst, ScoreResult.model_validate(adm.result)) or {}
        crisis = await safety_service.crisis_response(session, client_id, level=found.get("level"),
                                                      categories=found.get("categories", ()))
    return render(request, "measures/done.html", {"adm": adm, "inst": inst, "crisis": crisis, "lang": adm.language})


# --- clinician views ------------------------------------------------------------------------------------


def _back(client_id: uuid.UUID) -> RedirectResponse:
    return RedirectResponse(f"/clients/{client_id}?area=measures#measures", status_code=303)


@router.post("/clients/{client_id}/measures/assign")
async def assign(request: Request, client_id: uuid.UUID, actor: CurrentActor, session: DB) -> Response:
    """Assign an instrument on a schedule (an already active one is rescheduled)."""
    form = await request.form()
    try:
        data = AssignmentCreate(instrument=str(form.get("instrument", "")), schedule=form.get("schedule", "weekly"),
                                start_date=form.get("start_date") or None)
    except ValueError as exc:
        raise BadRequest("Choose an instrument, a schedule and a valid start date.") from exc
    await service.assign(session, actor, client_id, data)
    return _back(client_id)


@router.post("/clients/{client_id}/measures/assignments/{assignment_id}/end")
async def end_assignment(client_id: uuid.UUID, assignment_id: uuid.UUID, actor: CurrentActor,
                         session: DB) -> Response:
    """Stop asking for this instrument."""
    row = await service.unassign(session, actor, assignment_id)
    return _back(row.client_id)


@router.get("/clients/{client_id}/measures/enter")
async def enter_form(request: Request, client_id: uuid.UUID, actor: CurrentActor, session: DB,
                     instrument: str = "phq9", administration: uuid.UUID | None = None) -> Response:
    """All questions on one page, for a clinician entering the client's answers on their behalf."""
    adm = None
    if administration is not None:
        adm = await service.get_administration(session, actor, administration, write=True)
        instrument = adm.instrument
    inst = service.instrument(instrument)
    await service.list_assignments(session, actor, client_id)  # authorizes the read (and audits it)
    return render(request, "measures/enter.html", {"inst": inst, "adm": adm, "client_id": client_id,
                                                   "answers": adm.answers if adm else {},
                                                   "all_instruments": list_instruments()})


@router.post("/clients/{client_id}/measures/enter")
async def enter(request: Request, client_id: uuid.UUID, actor: CurrentActor, session: DB) -> Response:
    """Score the answers a clinician entered; a risk answer raises an alert as in the portal."""
    form = await request.form()
    inst = service.instrument(str(form.get("instrument", "")))
    answers: dict[str, int | None] = {}
    for item in inst.items:
        raw = form.get(item.id)
        try:
            answers[item.id] = int(str(raw)) if raw not in (None, "") else None
        except ValueError:
            raise BadRequest(f"{inst.short_name} item {item.id}: choose one of the options.") from None
    adm_id = form.get("administration")
    if adm_id:
        try:
            adm_uuid = uuid.UUID(str(adm_id))
        except ValueError:
            raise BadRequest("No such questionnaire.") from None
        adm = await service.get_administration(session, actor, adm_uuid, write=True, audited=False)
        if adm.client_id != client_id:
            raise BadRequest("That questionnaire belongs to another client.")
    else:
        adm = await service.start(session, actor, client_id, inst.id)
    await service.submit(session, actor, adm.id, answers)
    return RedirectResponse(f"/clients/{client_id}/measures/{adm.id}", status_code=303)


@router.get("/clients/{client_id}/measures/{administration_id}")
async def detail(request: Request, client_id: uuid.UUID, administration_id: uuid.UUID, actor: CurrentActor,
                 session: DB) -> Response:
    """Item-level detail of one questionnaire: each answer with its score, the result and its flags."""
    adm = await service.get_administration(session, actor, administration_id)
    if adm.client_id != client_id:
        raise BadRequest("That questionnaire belongs to another client.")
    inst = get_instrument(adm.instrument)
    answers = adm.answers
    rows = []
    for n, item in enumerate(inst.items, start=1):
        value = answers.get(item.id)
        option = next((o for o in inst.options_for(item) if o.score == value), None)
        rows.append({"n": n, "item": item, "text": item.text["en"], "value": value,
                     "answer": option.text["en"] if option else None, "scored": item.scored})
    return render(request, "measures/detail.html", {"adm": adm, "inst": inst, "rows": rows, "client_id": client_id,
                                                    "risk": set(adm.risk_flags), "result": adm.result})


@panels.today_section(40)
async def today_overdue(session, actor) -> panels.Panel | None:  # noqa: ANN001
    """Questionnaires past their grace period, by client, on the Today page."""
    if actor.role not in ("clinician", "supervisor"):
        return None
    rows = await service.overdue(session, actor)
    return panels.Panel("measures/_today.html", {
        "rows": rows, "names": {i.id: i.short_name for i in list_instruments()}})


@panels.client_panel(30, area=panels.OVERVIEW)
async def client_measures_overview(session, actor, client, actions) -> panels.Panel | None:  # noqa: ANN001
    """The overview's glance at measures: the latest result of each instrument with its direction."""
    if "clinical.read" not in actions:
        return None
    latest = (await service.latest_by_client(session, actor, [client])).get(client.id, {})
    rows = []
    for inst_id, adms in sorted(latest.items()):
        head = adms[0]
        rows.append({"name": get_instrument(inst_id).short_name, "total": head.total, "severity": head.severity,
                     "when": head.completed_at, "trend": _trend(adms)})
    return panels.Panel("measures/_overview.html", {"rows": rows, "client": client})
