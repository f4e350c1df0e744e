"""Insights pages: the outcomes dashboard (/insights), its CSV, practice groups, and the not-on-track flags on the
caseload, the client's page and the Today page. Thin: parse, call the service, render."""

from __future__ import annotations

import csv
import io
import uuid
from datetime import date, datetime, time, timedelta, timezone
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from alliance.errors import AllianceError, BadRequest
from alliance.insights import service
from alliance.insights.groups import GROUPS, PREFER_NOT
from alliance.security.authz import authorize_insights, insights_allowed
from alliance.web import panels
from alliance.web.deps import DB, CurrentActor
from alliance.web.i18n import N_
from alliance.web.templates import render

router = APIRouter(include_in_schema=False)

WIDTH, LEFT, RIGHT, ROW, TOP = 960, 250, 120, 34, 10  # the same full-width, viewBox-scaled drawing as measures/charts


def rate_chart(items: list[dict[str, Any]], *, overall: float | None = None, title: str, key: str) -> dict[str, Any]:
    """Horizontal bars (0-100%) with their 95% interval as a whisker; items: label, rate, ci_low, ci_high, flagged."""
    plot_w = WIDTH - LEFT - RIGHT
    shown = [i for i in items if i.get("rate") is not None]
    bars = []
    for n, item in enumerate(shown):
        y = TOP + n * ROW
        bars.append({
            "label": item["label"], "y": y, "mid": y + ROW / 2 - 4, "w": round(item["rate"] * plot_w, 1),
            "lo": round(LEFT + (item.get("ci_low") or item["rate"]) * plot_w, 1),
            "hi": round(LEFT + (item.get("ci_high") or item["rate"]) * plot_w, 1),
            "text": f"{100 * item['rate']:.0f}%" + (" (differs)" if item.get("flagged") else ""),
            "flagged": bool(item.get("flagged")),
        })
    height = TOP + max(len(bars), 1) * ROW + 30
    ticks = [{"x": round(LEFT + p / 100 * plot_w, 1), "label": f"{p}%"} for p in (0, 25, 50, 75, 100)]
    return {"key": key, "title": title, "width": WIDTH, "height": height, "left": LEFT, "plot_w": plot_w,
            "bottom": height - 24, "bars": bars, "ticks": ticks,
            "overall_x": None if overall is None else round(LEFT + overall * plot_w, 1)}


def _day(raw: str | None, default: datetime) -> datetime:
    if not raw:
        return default
    try:
        return datetime.combine(date.fromisoformat(raw), time(), tzinfo=timezone.utc)
    except ValueError:
        raise BadRequest("Dates are written YYYY-MM-DD.") from None


def _uuid(raw: str | None) -> uuid.UUID | None:
    if not raw:
        return None
    try:
        return uuid.UUID(raw)
    except ValueError:
        raise BadRequest("Unknown clinician.") from None


async def _report(request: Request, actor: Any, session: Any, by: str | None) -> tuple[dict[str, Any], dict[str, Any]]:
    q = request.query_params
    start_default, end_default = service.default_period()
    start = _day(q.get("start"), start_default)
    end = _day(q.get("end"), end_default)
    if q.get("end"):
        end += timedelta(days=1)  # the end day is included
    clinician_id = _uuid(q.get("clinician_id"))
    report = await service.outcome_report(session, actor, start=start, end=end, clinician_id=clinician_id, by=by)
    filters = {"start": start.date().isoformat(), "end": (end - timedelta(days=1) if q.get("end") else end).date()
               .isoformat(), "clinician_id": clinician_id, "by": by}
    return report, filters


@router.get("/insights")
async def outcomes_page(request: Request, actor: CurrentActor, session: DB) -> Response:
    """The outcomes dashboard: headline figures, charts, the chosen group's table, clients not on track."""
    authorize_insights(actor, "insights.read")
    by = request.query_params.get("by") or "language"
    report, filters = await _report(request, actor, session, by)
    charts = [rate_chart([f for f in report["rates"]], title="Finished courses", key="rates")]
    group_charts = []
    for table in report["groups"] or []:
        if table["kind"] != "rate" or table["figure"] not in ("recovered", "reliable_improvement"):
            continue
        group_charts.append(rate_chart(
            [r for r in table["rows"] if not r["suppressed"]], overall=table["rate"],
            title=f"{table['figure_label']} by {table['label'].lower()}", key=f"g-{table['figure']}"))
    off_track = (await service.not_on_track(session, actor, filters["clinician_id"])
                 if insights_allowed(actor, "insights.clients") else None)
    groups = await service.list_groups(session, actor)
    query = "&".join(f"{k}={v}" for k, v in filters.items() if v)
    return render(request, "insights_outcomes.html", {
        "tab": "outcomes", "r": report, "charts": charts, "group_charts": group_charts, "off_track": off_track,
        "clinicians": await service.scope_clinicians(session, actor), "groups": GROUPS, "filters": filters,
        "practice_groups": groups, "csv_href": f"/insights/outcomes.csv?{query}",
        "can_define_groups": insights_allowed(actor, "insights.settings") and actor.role != "system"})


@router.get("/insights/outcomes.csv")
async def outcomes_csv(request: Request, actor: CurrentActor, session: DB) -> Response:
    """The same figures as rows: the headline rates, then every group table (suppressed groups say so)."""
    authorize_insights(actor, "insights.read")
    by = request.query_params.get("by") or None
    report, filters = await _report(request, actor, session, by)
    buf = io.StringIO()
    out = csv.writer(buf)
    out.writerow(["section", "figure", "group", "value", "count", "numerator", "rate", "ci_low", "ci_high",
                  "rest_rate", "gap", "gap_ci_low", "gap_ci_high", "flagged", "note"])
    for f in report["rates"] + [report["engagement"]["questionnaires"]] + report["engagement"]["rates"]:
        out.writerow(["overall", f["key"], "", "", f["denominator"], f["numerator"], f["rate"], f["ci_low"],
                      f["ci_high"], "", "", "", "", "", ""])
    for c in report["changes"]:
        out.writerow(["change", c["instrument"], "", "", c["n"], "", c["mean_change"], c["change_ci"][0],
                      c["change_ci"][1], "", "", "", "", "", f"effect size {c['effect_size']}"])
    for w in report["waiting_times"]:
        out.writerow(["waiting_days", w["tier"], "", "", w["referrals"], "", w["mean_days"], w["ci_low"], w["ci_high"],
                      "", "", "", "", "", f"median {w['median_days']}"])
    for t in report["groups"] or []:
        for r in t["rows"]:
            out.writerow(["group", t["figure"], t["group"], r["label"], r["count"], r["successes"], r["rate"],
                          r["ci_low"], r["ci_high"], r["rest_rate"], r["gap"], r["gap_low"], r["gap_high"],
                          "yes" if r["flagged"] else "", r["note"]])
    name = f"insights-outcomes-{filters['start']}-{filters['end']}.csv"
    return Response(buf.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})


@router.post("/insights/groups")
async def create_group(request: Request, actor: CurrentActor, session: DB) -> Response:
    """An admin defines a client group."""
    form = await request.form()
    await service.create_group(session, actor, str(form.get("name") or ""))
    return RedirectResponse("/insights#practice-groups", status_code=303)


@router.post("/clients/{client_id}/insights-groups")
async def tag_client(request: Request, client_id: uuid.UUID, actor: CurrentActor, session: DB) -> Response:
    """Staff tag a client with the practice's groups (from the client's overview)."""
    form = await request.form()
    ids = [_uuid(str(v)) for v in form.getlist("group_id")]
    await service.set_client_groups(session, actor, client_id, [i for i in ids if i is not None])
    return RedirectResponse(f"/clients/{client_id}", status_code=303)


# --- flags on other pages ----------------------------------------------------------------------------------------


async def _tracks(session: Any, actor: Any, client_ids: list[uuid.UUID]) -> dict[uuid.UUID, Any]:
    if actor.role not in ("clinician", "supervisor") or not client_ids:
        return {}
    try:
        return {t.client_id: t for t in await service.tracks(session, actor, client_ids=client_ids)}
    except AllianceError:
        return {}


@panels.caseload_column(35, "On track")
async def caseload_on_track(session, actor, clients) -> dict:  # noqa: ANN001
    """'Not on track: reason' or 'on track' for clients with at least two PHQ-9 scores."""
    tracks = await _tracks(session, actor, [c.id for c in clients])
    return {cid: (f"Not on track: {t.reason}" if t.off_track else "on track") for cid, t in tracks.items()}


@panels.client_banner(order=30)
async def client_not_on_track(session, actor, client, actions: set[str]) -> panels.Panel | None:  # noqa: ANN001
    """Above the client's workspace: not on track, with the reason and the curve used."""
    if "clinical.read" not in actions:
        return None
    track = (await _tracks(session, actor, [client.id])).get(client.id)
    if track is None or not track.off_track:
        return None
    return panels.Panel("insights_banner.html", {"track": track})


@panels.client_panel(90, area=panels.OVERVIEW)
async def client_groups_panel(session, actor, client, actions: set[str]) -> panels.Panel | None:  # noqa: ANN001
    """The practice groups the client is tagged with, and a form to change them (staff who may edit the profile)."""
    if "profile.write" not in actions or not insights_allowed(actor, "insights.groups"):
        return None
    groups, tagged = await service.groups_for_client(session, actor, client.id)
    if not groups:
        return None
    return panels.Panel("insights_client_groups.html", {"groups": groups, "tagged": tagged, "client": client})


@panels.today_section(45)
async def today_not_on_track(session, actor) -> panels.Panel | None:  # noqa: ANN001
    """Clients not on track, on the clinician's Today page."""
    if actor.role not in ("clinician", "supervisor"):
        return None
    rows = await service.not_on_track(session, actor)
    if not rows:
        return None
    return panels.Panel("insights_today.html", {"rows": rows})


# --- demographics the client may give (portal Account area) and staff may record (client overview) -----------------

# Stored values are these keys (English, plain words); "prefer_not_to_say" is an answer, distinct from no answer.
DEMOGRAPHIC_QUESTIONS: list[tuple[str, str, list[tuple[str, str]]]] = [
    ("gender_identity", N_("Gender"), [
        ("woman", N_("Woman")), ("man", N_("Man")), ("non-binary", N_("Non-binary")),
        ("another gender", N_("In another way")), (PREFER_NOT, N_("Prefer not to say"))]),
    ("ethnicity", N_("Ethnic group"), [
        ("asian", N_("Asian or Asian heritage")), ("black", N_("Black, African or Caribbean heritage")),
        ("mixed", N_("Mixed or multiple ethnic groups")), ("white", N_("White")),
        ("another ethnic group", N_("Another ethnic group")), (PREFER_NOT, N_("Prefer not to say"))]),
    ("sexual_orientation", N_("Sexual orientation"), [
        ("heterosexual", N_("Heterosexual or straight")), ("gay or lesbian", N_("Gay or lesbian")),
        ("bisexual", N_("Bisexual")), ("another orientation", N_("Another orientation")),
        (PREFER_NOT, N_("Prefer not to say"))]),
]
DEMOGRAPHIC_WORDS = (
    N_("About me (optional)"),
    N_("If you agree to the use of de-identified data to check quality and fairness, you may tell us about "
       "yourself. Your answers are encrypted, never shown to anyone outside your care team, and used only to check "
       "that clients of every group do as well here; groups of fewer than 10 people are never shown."),
    N_("To answer, first agree to the use of de-identified data to check quality and fairness (above)."),
    N_("Not answered"), N_("Save my answers"), N_("Remove my answers"),
)


def _demographics_form(form: Any) -> Any:
    from alliance.clients.schemas import DemographicsUpdate

    allowed = {key: {v for v, _ in options} for key, _, options in DEMOGRAPHIC_QUESTIONS}
    values = {}
    for key in allowed:
        raw = str(form.get(key) or "")
        if raw and raw not in allowed[key]:
            raise BadRequest("Please choose one of the answers offered.")
        values[key] = raw or None
    return DemographicsUpdate(**values)


async def _demographics_panel(session: Any, actor: Any, client: Any, *, action: str) -> panels.Panel:
    from alliance.clients import service as clients_service
    from alliance.consent import service as consent_service
    from alliance.consent.models import Feature

    consented = await consent_service.has_consent(session, client.id, Feature.quality_monitoring)
    row = await clients_service.get_demographics(session, actor, client.id) if consented else None
    answers = {key: getattr(row, key, None) if row else None for key, _, _ in DEMOGRAPHIC_QUESTIONS}
    return panels.Panel("insights_demographics.html", {
        "questions": DEMOGRAPHIC_QUESTIONS, "answers": answers, "consented": consented, "action": action,
        "has_answers": any(answers.values()), "client": client})


@panels.portal_panel(50, area="account")
async def portal_demographics(session, actor, client, actions: set[str]) -> panels.Panel | None:  # noqa: ANN001
    """The client gives, changes or removes their own answers (only with quality-monitoring consent)."""
    return await _demographics_panel(session, actor, client, action="/portal/demographics")


@panels.client_panel(95, area=panels.OVERVIEW)
async def client_demographics(session, actor, client, actions: set[str]) -> panels.Panel | None:  # noqa: ANN001
    """Staff record what the client chose to tell them (the same questions, the same consent)."""
    if "profile.write" not in actions:
        return None
    return await _demographics_panel(session, actor, client, action=f"/clients/{client.id}/demographics")


async def _save_demographics(request: Request, actor: Any, session: Any, client_id: uuid.UUID) -> None:
    from alliance.clients import service as clients_service
    from alliance.security import audit
    from alliance.security.authz import Action, authorize

    form = await request.form()
    if form.get("remove") == "yes":
        action = Action.consent_write if actor.role == "client" else Action.profile_write
        client = await authorize(session, actor, action, client_id)
        await clients_service.delete_demographics(session, client.id)
        await audit.record(session, actor, "client.demographics.delete", client_id=client.id)
        return
    await clients_service.set_demographics(session, actor, client_id, _demographics_form(form))


@router.post("/portal/demographics")
async def portal_demographics_save(request: Request, actor: CurrentActor, session: DB) -> Response:
    """The client saves or removes their answers."""
    if actor.role != "client" or actor.client_id is None:
        raise BadRequest("Only clients use the portal.")
    await _save_demographics(request, actor, session, actor.client_id)
    return RedirectResponse("/portal?area=account#about-me-h", status_code=303)


@router.post("/clients/{client_id}/demographics")
async def client_demographics_save(request: Request, client_id: uuid.UUID, actor: CurrentActor,
                                   session: DB) -> Response:
    """Staff save or remove the client's answers."""
    await _save_demographics(request, actor, session, client_id)
    return RedirectResponse(f"/clients/{client_id}#about-me-h", status_code=303)
