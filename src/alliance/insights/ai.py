"""AI quality: how the AI drafts, the crisis screen, the companion and the model calls did over a period.

- Session notes signed in the period that had an AI draft: the normalised edit distance between the draft and the
  signed text (rapidfuzz Levenshtein, 0 = signed as drafted, 1 = rewritten), by section and by note format; the share
  of draft sentences the grounding check found no support for; hours from the draft to the signature. The distances
  are the ones `notes.service.sign` stored at signing (plain numbers); a note signed without them (imported history)
  has them computed here from its decrypted draft and text. Draft sentences are decrypted note by note (practice
  scale). The draft time is the `notes.draft` audit event, else the note's creation.
- Risk alerts raised in the period: by level and by the clinician's judgement on acknowledging (risk confirmed, not
  risk, unsure); the screen's precision = confirmed / judged (unsure counts as not confirmed, so it is a lower
  bound; alerts acknowledged before judgements were asked are left out); hours to acknowledgement.
- Companion: model replies (reply, fallback, role-play lines) and how many the output check blocked and why; the
  client's ratings; the clinician's annotations; client messages that raised an alert (escalations).
- Model calls (the gateway's call log): count, errors and latency percentiles by provider and purpose.

Every rate and mean is also given by client group (`groups.rates_by_group`: 95% intervals, small groups suppressed).
Counts come from SQL aggregates where the data is plain; rows are read only where a per-client group is needed.
"""

from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from alliance.companion.models import CompanionTurn
from alliance.insights.groups import GROUP_KEYS, MIN_SIZE, rates_by_group
from alliance.insights.outcomes import Period
from alliance.llm.models import LlmCall
from alliance.notes.models import Note
from alliance.safety.models import RiskAlert
from alliance.safety.schemas import JUDGEMENTS
from alliance.security.models import AuditEvent

LEVELS = ("imminent", "high", "moderate", "low")
MODEL_REPLIES = ("reply", "fallback", "roleplay")  # companion turns a model wrote (a blocked one became a fallback)
PERCENTILES = (50, 90, 99)
# The figures broken down by client group: (key, label, kind).
GROUP_METRICS: list[tuple[str, str, str]] = [
    ("note_edit_distance", "Edit distance, draft to signed note (mean per note)", "mean"),
    ("note_unsupported", "Unsupported draft sentences (share)", "rate"),
    ("note_hours_to_sign", "Hours from draft to signature (mean)", "mean"),
    ("alert_precision", "Alerts confirmed as risk, of those judged", "rate"),
    ("alert_hours_to_ack", "Hours to acknowledge an alert (mean)", "mean"),
    ("companion_blocked", "Companion replies blocked (share)", "rate"),
    ("companion_helpful", "Companion replies rated helpful, of those rated", "rate"),
    ("companion_escalation", "Client messages to the companion that raised an alert", "rate"),
    ("call_errors", "Model calls that failed (calls about a client)", "rate"),
]
GROUP_METRIC_LABELS = {k: label for k, label, _ in GROUP_METRICS}


@dataclass
class Share:
    """A rate: k of n, with its Wilson 95% interval."""

    k: int
    n: int
    rate: float | None = None
    ci_low: float | None = None
    ci_high: float | None = None


@dataclass
class Spread:
    """A distribution: count, mean (with its t interval) and percentiles."""

    n: int
    mean: float | None = None
    ci_low: float | None = None
    ci_high: float | None = None
    p50: float | None = None
    p90: float | None = None
    p99: float | None = None


@dataclass
class AiQuality:
    """The AI-quality figures for a scope and a period (see the module docstring for the definitions)."""

    period: Period
    notes: dict[str, Any]
    alerts: dict[str, Any]
    companion: dict[str, Any]
    calls: dict[str, Any]
    by: str | None = None
    groups: dict[str, Any] = field(default_factory=dict)  # metric key -> GroupTable dict (when `by` is given)
    fairness: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def share(k: int, n: int) -> Share:
    """k of n with its Wilson interval (statsmodels, through the groups helper)."""
    from alliance.insights.groups import _rate_ci

    if not n:
        return Share(k, 0)
    low, high = _rate_ci(k, n)
    return Share(k, n, k / n, low, high)


def spread(values: Sequence[float]) -> Spread:
    """Mean with its t interval (statsmodels) and the 50th, 90th and 99th percentiles (numpy, linear)."""
    import numpy as np

    from alliance.insights.groups import _mean_ci

    if not values:
        return Spread(0)
    p50, p90, p99 = (float(x) for x in np.percentile(np.asarray(values, dtype=float), PERCENTILES))
    low, high = _mean_ci(values)
    return Spread(len(values), float(np.mean(values)), low, high, p50, p90, p99)


def _hours(start: datetime, end: datetime) -> float:
    return (end - start).total_seconds() / 3600.0


def _in(period: Period, column: Any) -> Any:
    return (column >= period.start) & (column < period.end)


# --- session notes ------------------------------------------------------------------------------------------------

async def _drafted_at(session: AsyncSession, note_ids: Sequence[uuid.UUID]) -> dict[str, datetime]:
    if not note_ids:
        return {}
    rows = await session.execute(
        select(AuditEvent.resource_id, func.min(AuditEvent.at))
        .where(AuditEvent.action == "notes.draft", AuditEvent.resource_id.in_([str(i) for i in note_ids]))
        .group_by(AuditEvent.resource_id))
    return {rid: at for rid, at in rows.all()}


async def _load_keys(session: AsyncSession, client_ids: set[uuid.UUID]) -> None:
    """Make these clients' data keys available in this process (loading a ClientKey row unwraps it)."""
    from alliance.clients.models import ClientKey

    ids = list(client_ids)
    for start in range(0, len(ids), 500):
        await session.execute(select(ClientKey).where(ClientKey.client_id.in_(ids[start:start + 500]))
                               .execution_options(populate_existing=True))


def _sentences(draft: dict[str, Any] | None) -> tuple[int, int]:
    """(sentences, unsupported) of a draft."""
    total = unsupported = 0
    for section in (draft or {}).get("sections", []):
        for sentence in section.get("sentences", []):
            total += 1
            unsupported += not sentence.get("supported", False)
    return total, unsupported


async def note_figures(session: AsyncSession, scope: Select, period: Period) -> tuple[dict[str, Any], list[dict]]:
    """Edit distance by section and format, unsupported sentences, hours to sign; and per-note rows for groups."""
    from alliance.notes import service as notes_service

    notes = (await session.execute(
        select(Note).where(Note.client_id.in_(scope), Note.status == "signed", Note.draft_ct.is_not(None),
                           Note.deleted_at.is_(None), _in(period, Note.signed_at))
        .order_by(Note.signed_at))).scalars().all()
    drafted = await _drafted_at(session, [n.id for n in notes])
    await _load_keys(session, {n.client_id for n in notes})
    by_section: dict[str, list[float]] = defaultdict(list)
    by_format: dict[str, list[float]] = defaultdict(list)
    rows: list[dict] = []
    sentences = unsupported = 0
    hours: list[float] = []
    for note in notes:
        draft = note.draft  # decrypted in memory, this note only
        distances = note.edit_distance
        if distances is None:
            distances = notes_service.edit_distances(notes_service.draft_sections(draft, note.risk), note.sections or {})
        mean = (sum(distances.values()) / len(distances)) if distances else None
        for name, value in distances.items():
            by_section[name].append(value)
        if mean is not None:
            by_format[note.format].append(mean)
        total, bad = _sentences(draft)
        sentences, unsupported = sentences + total, unsupported + bad
        start = drafted.get(str(note.id)) or note.created_at
        waited = _hours(start, note.signed_at) if note.signed_at else None
        if waited is not None:
            hours.append(waited)
        rows.append({"client_id": note.client_id, "edit_distance": mean, "sentences": total, "unsupported": bad,
                     "hours": waited})
    all_means = [r["edit_distance"] for r in rows if r["edit_distance"] is not None]
    figures = {
        "signed_with_draft": len(notes),
        "edit_distance": asdict(spread(all_means)),
        "by_section": [{"section": name, **asdict(spread(values))} for name, values in sorted(by_section.items())],
        "by_format": [{"format": name, **asdict(spread(values))} for name, values in sorted(by_format.items())],
        "unsupported": asdict(share(unsupported, sentences)),
        "hours_to_sign": asdict(spread(hours)),
    }
    return figures, rows


# --- risk alerts --------------------------------------------------------------------------------------------------

async def alert_figures(session: AsyncSession, scope: Select, period: Period) -> tuple[dict[str, Any], list[dict]]:
    """Alerts by level and by judgement (SQL counts), precision with its interval, hours to acknowledgement."""
    where = (RiskAlert.client_id.in_(scope), _in(period, RiskAlert.created_at))
    counts = (await session.execute(
        select(RiskAlert.level, RiskAlert.status, RiskAlert.judgement, func.count())
        .where(*where).group_by(RiskAlert.level, RiskAlert.status, RiskAlert.judgement))).all()
    levels: dict[str, Counter[str]] = defaultdict(Counter)
    for level, status, judgement, n in counts:
        outcome = "open" if status == "open" else (judgement or "not_judged")
        levels[level][outcome] += n
    order = [lv for lv in LEVELS if lv in levels] + sorted(set(levels) - set(LEVELS))
    by_level = []
    for level in order:
        c = levels[level]
        judged = sum(c[j] for j in JUDGEMENTS)
        by_level.append({"level": level, "count": sum(c.values()), "open": c["open"], "not_judged": c["not_judged"],
                         **{j: c[j] for j in JUDGEMENTS}, "precision": asdict(share(c["risk_confirmed"], judged))})
    total = Counter[str]()
    for c in levels.values():
        total.update(c)
    judged_total = sum(total[j] for j in JUDGEMENTS)
    rows = [{"client_id": cid, "judgement": judgement, "hours": _hours(created, acked) if acked else None}
            for cid, judgement, created, acked in (await session.execute(
                select(RiskAlert.client_id, RiskAlert.judgement, RiskAlert.created_at, RiskAlert.acknowledged_at)
                .where(*where))).all()]
    figures = {
        "total": sum(total.values()),
        "by_level": by_level,
        "by_outcome": {key: total[key] for key in ("open", *JUDGEMENTS, "not_judged")},
        "precision": asdict(share(total["risk_confirmed"], judged_total)),
        "hours_to_ack": asdict(spread([r["hours"] for r in rows if r["hours"] is not None])),
    }
    return figures, rows


# --- companion ----------------------------------------------------------------------------------------------------

async def companion_figures(session: AsyncSession, scope: Select, period: Period) -> tuple[dict[str, Any], list]:
    """Model replies, blocked ones by reason, ratings, annotations and escalations (SQL counts)."""
    from alliance.companion import checks

    where = (CompanionTurn.client_id.in_(scope), _in(period, CompanionTurn.created_at))
    reply = CompanionTurn.role == "companion"
    model_reply = reply & CompanionTurn.kind.in_(MODEL_REPLIES)
    blocked = (await session.execute(
        select(CompanionTurn.blocked_category, func.count()).where(*where, model_reply, CompanionTurn.blocked)
        .group_by(CompanionTurn.blocked_category))).all()
    ratings = dict((await session.execute(
        select(CompanionTurn.rating, func.count()).where(*where, reply, CompanionTurn.rating.is_not(None))
        .group_by(CompanionTurn.rating))).all())
    annotations = dict((await session.execute(
        select(CompanionTurn.annotation, func.count()).where(*where, reply, CompanionTurn.annotation.is_not(None))
        .group_by(CompanionTurn.annotation))).all())
    rows = (await session.execute(
        select(CompanionTurn.client_id, CompanionTurn.role, CompanionTurn.kind, CompanionTurn.blocked,
               CompanionTurn.rating, CompanionTurn.alert_id).where(*where))).all()
    replies = sum(1 for r in rows if r.role == "companion" and r.kind in MODEL_REPLIES)
    client_messages = [r for r in rows if r.role == "client"]
    escalations = sum(1 for r in client_messages if r.alert_id is not None)
    blocked_total = sum(n for _, n in blocked)
    rated = ratings.get("helpful", 0) + ratings.get("not_helpful", 0)
    figures = {
        "replies": replies,
        "blocked": asdict(share(blocked_total, replies)),
        "blocked_by": [{"category": cat or "other", "label": checks.LABELS.get(cat or "", cat or "other"),
                        "count": n} for cat, n in sorted(blocked, key=lambda x: (-x[1], x[0] or ""))],
        "ratings": {"helpful": ratings.get("helpful", 0), "not_helpful": ratings.get("not_helpful", 0),
                    "helpful_share": asdict(share(ratings.get("helpful", 0), rated))},
        "annotations": {"good": annotations.get("good", 0), "problem": annotations.get("problem", 0)},
        "client_messages": len(client_messages),
        "escalations": asdict(share(escalations, len(client_messages))),
    }
    return figures, rows


# --- model calls --------------------------------------------------------------------------------------------------

async def call_figures(session: AsyncSession, scope: Select, practice_id: uuid.UUID, period: Period,
                       whole_practice: bool) -> tuple[dict[str, Any], list]:
    """Calls, errors and latency percentiles by provider and purpose. A practice-wide view counts every call of the
    practice; a clinician's or team's view counts the calls about their clients."""
    where = [LlmCall.practice_id == practice_id, _in(period, LlmCall.started_at)]
    if not whole_practice:
        where.append(LlmCall.client_id.in_(scope))
    counts = (await session.execute(
        select(LlmCall.provider, LlmCall.purpose, LlmCall.outcome, func.count())
        .where(*where).group_by(LlmCall.provider, LlmCall.purpose, LlmCall.outcome))).all()
    rows = (await session.execute(
        select(LlmCall.client_id, LlmCall.provider, LlmCall.purpose, LlmCall.outcome, LlmCall.latency_ms)
        .where(*where))).all()
    latencies: dict[tuple[str, str], list[float]] = defaultdict(list)
    for r in rows:
        latencies[(r.provider, r.purpose)].append(float(r.latency_ms))
    pairs: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    outcomes: Counter[str] = Counter()
    for provider, purpose, outcome, n in counts:
        pairs[(provider, purpose)][outcome] += n
        outcomes[outcome] += n
    by_pair = []
    for (provider, purpose), c in sorted(pairs.items()):
        calls = sum(c.values())
        by_pair.append({"provider": provider, "purpose": purpose, "calls": calls,
                        "errors": asdict(share(calls - c["ok"], calls)), "outcomes": dict(sorted(c.items())),
                        "latency_ms": asdict(spread(latencies[(provider, purpose)]))})
    total = sum(outcomes.values())
    figures = {"total": total, "errors": asdict(share(total - outcomes["ok"], total)),
               "by_outcome": dict(sorted(outcomes.items())), "by_provider_purpose": by_pair,
               "latency_ms": asdict(spread([float(r.latency_ms) for r in rows]))}
    return figures, rows


# --- by client group ----------------------------------------------------------------------------------------------

def group_rows(metric: str, notes: Iterable[dict], alerts: Iterable[dict], companion: Iterable[Any],
               calls: Iterable[Any]) -> list[tuple[uuid.UUID, float]]:
    """(client id, outcome) pairs of one metric: 0/1 for a rate, a number for a mean."""
    if metric == "note_edit_distance":
        return [(r["client_id"], r["edit_distance"]) for r in notes if r["edit_distance"] is not None]
    if metric == "note_unsupported":
        return [(r["client_id"], int(i < r["unsupported"])) for r in notes for i in range(r["sentences"])]
    if metric == "note_hours_to_sign":
        return [(r["client_id"], r["hours"]) for r in notes if r["hours"] is not None]
    if metric == "alert_precision":
        return [(r["client_id"], int(r["judgement"] == "risk_confirmed")) for r in alerts if r["judgement"]]
    if metric == "alert_hours_to_ack":
        return [(r["client_id"], r["hours"]) for r in alerts if r["hours"] is not None]
    if metric == "companion_blocked":
        return [(r.client_id, int(bool(r.blocked))) for r in companion
                if r.role == "companion" and r.kind in MODEL_REPLIES]
    if metric == "companion_helpful":
        return [(r.client_id, int(r.rating == "helpful")) for r in companion
                if r.role == "companion" and r.rating in ("helpful", "not_helpful")]
    if metric == "companion_escalation":
        return [(r.client_id, int(r.alert_id is not None)) for r in companion if r.role == "client"]
    if metric == "call_errors":
        return [(r.client_id, int(r.outcome != "ok")) for r in calls if r.client_id is not None]
    raise KeyError(metric)


def by_group(by: str, members: dict[uuid.UUID, dict[str, Any]], pairs: dict[str, list[tuple[uuid.UUID, float]]],
             min_size: int = MIN_SIZE) -> dict[str, Any]:
    """Each metric broken down by one client group (rows of clients outside `members` are not counted)."""
    out = {}
    for metric, _, kind in GROUP_METRICS:
        rows = [(members[cid].get(by), y) for cid, y in pairs[metric] if cid in members]
        table = rates_by_group(rows, group=by, min_size=min_size, kind=kind)  # type: ignore[arg-type]
        out[metric] = table.to_dict() | {"metric": metric, "metric_label": GROUP_METRIC_LABELS[metric]}
    return out


# --- all together -------------------------------------------------------------------------------------------------

async def ai_quality(session: AsyncSession, actor: Any, period: Period, *, clinician_id: uuid.UUID | None = None,
                     by: str | None = None, min_size: int = MIN_SIZE) -> AiQuality:
    """Every AI-quality figure for the clients the actor's insights cover (audited as one read, ids only)."""
    from alliance.errors import BadRequest
    from alliance.insights import service
    from alliance.insights.fairness_eval import latest_runs
    from alliance.insights.groups import client_groups
    from alliance.security import audit

    if by is not None and by not in GROUP_KEYS:
        raise BadRequest(f"Unknown group {by!r}; one of {', '.join(GROUP_KEYS)}.")
    await service.check_clinician(session, actor, clinician_id)
    scope = service.scope_clients(session, actor, clinician_id)
    whole_practice = actor.role in ("admin", "system") and clinician_id is None
    notes, note_rows = await note_figures(session, scope, period)
    alerts, alert_rows = await alert_figures(session, scope, period)
    companion, turn_rows = await companion_figures(session, scope, period)
    calls, call_rows = await call_figures(session, scope, actor.practice_id, period, whole_practice)
    result = AiQuality(period=period, notes=notes, alerts=alerts, companion=companion, calls=calls, by=by)
    if by is not None:
        ids = set((await session.execute(scope)).scalars().all())
        members = await client_groups(session, actor.practice_id, client_ids=ids)
        pairs = {m: group_rows(m, note_rows, alert_rows, turn_rows, call_rows) for m, _, _ in GROUP_METRICS}
        result.groups = by_group(by, members, pairs, min_size)
    result.fairness = [fairness_dict(run) for run in await latest_runs(session)]
    await audit.record(session, actor, "insights.ai.read", resource_type="insights",
                       detail=f"notes={notes['signed_with_draft']} alerts={alerts['total']} by={by or '-'}")
    return result


def fairness_dict(run: Any) -> dict[str, Any]:
    """A stored fairness run as the page, API and CSV show it."""
    return {"id": str(run.id), "provider": run.provider, "model": run.model, "purposes": run.purposes,
            "started_at": run.started_at.isoformat(), "dataset": run.dataset, "vignettes": run.vignettes,
            "questions": run.questions, "answered": run.answered, "unparsed": run.unparsed, "errors": run.errors,
            "stigmatising": run.stigmatising, "rate": run.rate, "ci_low": run.ci_low, "ci_high": run.ci_high,
            "by_condition": (run.results or {}).get("condition"),
            "by_variant": {k: (run.results or {}).get(k) for k in ("race", "gender", "education")},
            "letters": (run.results or {}).get("letters", {}), "one_letter": bool((run.results or {}).get("one_letter")),
            "inconsistent": int((run.results or {}).get("inconsistent") or 0)}


def csv_rows(result: AiQuality) -> list[list[Any]]:
    """The figures as CSV rows: section, figure, breakdown, value, count, low, high."""
    rows: list[list[Any]] = [["section", "figure", "breakdown", "value", "n", "ci_low", "ci_high"]]

    def add(section: str, figure: str, breakdown: str, data: dict[str, Any], value_key: str) -> None:
        rows.append([section, figure, breakdown, _num(data.get(value_key)), data.get("n"), _num(data.get("ci_low")),
                     _num(data.get("ci_high"))])

    n = result.notes
    add("notes", "edit_distance_mean", "all", n["edit_distance"], "mean")
    for s in n["by_section"]:
        add("notes", "edit_distance_mean", f"section={s['section']}", s, "mean")
    for f in n["by_format"]:
        add("notes", "edit_distance_mean", f"format={f['format']}", f, "mean")
    add("notes", "unsupported_share", "all", n["unsupported"], "rate")
    add("notes", "hours_to_sign_mean", "all", n["hours_to_sign"], "mean")
    add("notes", "hours_to_sign_median", "all", n["hours_to_sign"], "p50")
    a = result.alerts
    add("alerts", "precision", "all", a["precision"], "rate")
    for lv in a["by_level"]:
        add("alerts", "precision", f"level={lv['level']}", lv["precision"], "rate")
        rows.append(["alerts", "count", f"level={lv['level']}", lv["count"], lv["count"], "", ""])
    for key, count in a["by_outcome"].items():
        rows.append(["alerts", "count", f"outcome={key}", count, count, "", ""])
    add("alerts", "hours_to_ack_median", "all", a["hours_to_ack"], "p50")
    c = result.companion
    add("companion", "blocked_share", "all", c["blocked"], "rate")
    for b in c["blocked_by"]:
        rows.append(["companion", "blocked", f"category={b['category']}", b["count"], b["count"], "", ""])
    add("companion", "helpful_share", "all", c["ratings"]["helpful_share"], "rate")
    for key, count in c["annotations"].items():
        rows.append(["companion", "annotations", f"label={key}", count, count, "", ""])
    add("companion", "escalation_share", "all", c["escalations"], "rate")
    k = result.calls
    add("calls", "error_share", "all", k["errors"], "rate")
    for p in k["by_provider_purpose"]:
        label = f"provider={p['provider']};purpose={p['purpose']}"
        add("calls", "error_share", label, p["errors"], "rate")
        for pct in ("p50", "p90", "p99"):
            rows.append(["calls", f"latency_ms_{pct}", label, _num(p["latency_ms"][pct]), p["latency_ms"]["n"], "",
                         ""])
    for metric, table in result.groups.items():
        for g in table["rows"]:
            value = "suppressed" if g["suppressed"] else _num(g["rate"])
            rows.append([f"group:{result.by}", metric, f"{result.by}={g['value']}", value,
                         "" if g["suppressed"] else g["count"], _num(g["ci_low"]), _num(g["ci_high"])])
    for run in result.fairness:
        rows.append(["fairness", "stigmatising_share", f"model={run['provider']}/{run['model']}",
                     _num(run["rate"]), run["answered"], _num(run["ci_low"]), _num(run["ci_high"])])
        for g in (run["by_condition"] or {}).get("rows", []):
            rows.append(["fairness", "stigmatising_share",
                         f"model={run['provider']}/{run['model']};condition={g['value']}", _num(g["rate"]), g["count"],
                         _num(g["ci_low"]), _num(g["ci_high"])])
    return rows


def _num(value: Any) -> Any:
    if value is None:
        return ""
    return round(value, 4) if isinstance(value, float) else value



DEFAULT_DAYS = 90


def period_for(start: Any = None, end: Any = None, *, days: int = DEFAULT_DAYS) -> Period:
    """[start, end] as whole days in UTC (end included); by default the last `days` days up to today."""
    from datetime import date, time, timedelta, timezone

    from alliance.db.base import utcnow
    from alliance.errors import BadRequest

    try:
        last: date = end or utcnow().date()
        first: date = start or (last - timedelta(days=days - 1))
        after = last + timedelta(days=1)
    except OverflowError:
        raise BadRequest("The period is outside the calendar.") from None
    if first > last:
        raise BadRequest("The period's start is after its end.")
    return Period(datetime.combine(first, time.min, timezone.utc), datetime.combine(after, time.min, timezone.utc))
