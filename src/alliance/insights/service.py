"""Insights: whose clients an actor's figures cover, practice-defined groups, and the score backfill."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Sequence
from dataclasses import asdict
from datetime import datetime, timedelta, timezone
from typing import Any

from sqlalchemy import Select, and_, exists, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from alliance.clients.models import CareTeamMember, Client, Supervision
from alliance.db.base import utcnow
from alliance.errors import BadRequest, Conflict, NotFound
from alliance.insights.groups import GROUP_KEYS, MIN_SIZE, client_groups, rates_by_group
from alliance.insights.models import ClientGroupMember, PracticeGroup
from alliance.security import audit
from alliance.security.audit import Actor
from alliance.security.authz import AccessDenied, Action, authorize, authorize_insights

log = logging.getLogger("alliance.insights")


def team_clinicians(actor: Actor) -> Select[tuple[uuid.UUID]]:
    """The clinicians whose clients a supervisor's team figures cover: themselves and their current supervisees."""
    supervisees = select(Supervision.supervisee_id).where(
        Supervision.supervisor_id == actor.user_id, Supervision.ended_at.is_(None),
        Supervision.practice_id == actor.practice_id)
    return supervisees


def _treated_by(clinicians: Select | Sequence[uuid.UUID] | uuid.UUID):  # noqa: ANN202
    # Anyone who treated the client, the care-team link open or ended: finished courses count for their clinician.
    where = (CareTeamMember.clinician_id == clinicians if isinstance(clinicians, uuid.UUID)
             else CareTeamMember.clinician_id.in_(clinicians))
    return exists().where(CareTeamMember.client_id == Client.id, where)


def scope_clients(session: AsyncSession, actor: Actor, clinician_id: uuid.UUID | None = None,
                  ) -> Select[tuple[uuid.UUID]]:
    """A query for the ids of the clients an actor's insights cover (optionally one clinician's).

    Admin: the whole practice; supervisor: their own clients and their supervisees'; clinician: their own. A
    clinician filter outside what the actor may see is refused. `session` is unused today (kept so a later rule that
    needs the database does not change the signature).
    """
    del session
    authorize_insights(actor, "insights.read")
    query = select(Client.id).where(Client.practice_id == actor.practice_id, Client.status != "erased")
    if actor.role == "clinician":
        if clinician_id is not None and clinician_id != actor.user_id:
            raise AccessDenied("You may see only your own caseload's figures.", actor=actor,
                               action="insights.read", client_id=None)
        return query.where(_treated_by(actor.user_id))  # type: ignore[arg-type]
    if actor.role == "supervisor":
        if clinician_id is not None:
            # Their own, or a current supervisee's; anyone else is refused.
            allowed = exists().where(Supervision.supervisor_id == actor.user_id,
                                     Supervision.supervisee_id == clinician_id, Supervision.ended_at.is_(None))
            if clinician_id == actor.user_id:
                return query.where(_treated_by(clinician_id))
            return query.where(and_(allowed, _treated_by(clinician_id)))
        own = _treated_by(actor.user_id)  # type: ignore[arg-type]
        return query.where(own | _treated_by(team_clinicians(actor)))
    if clinician_id is not None:
        return query.where(_treated_by(clinician_id))
    return query


async def check_clinician(session: AsyncSession, actor: Actor, clinician_id: uuid.UUID | None) -> None:
    """Refuse a clinician filter the actor may not use (the scope query would only come back empty)."""
    if clinician_id is None or actor.role in ("admin", "system") or clinician_id == actor.user_id:
        return
    if actor.role == "supervisor":
        ok = await session.scalar(select(exists().where(
            Supervision.supervisor_id == actor.user_id, Supervision.supervisee_id == clinician_id,
            Supervision.ended_at.is_(None))))
        if ok:
            return
    raise AccessDenied("You may not see that clinician's figures.", actor=actor, action="insights.read",
                       client_id=None)


async def scope_clinicians(session: AsyncSession, actor: Actor) -> list[tuple[uuid.UUID, str]]:
    """(id, display name) of the clinicians the actor may filter by."""
    from alliance.accounts.models import User

    query = select(User).where(User.practice_id == actor.practice_id, User.role.in_(("clinician", "supervisor")))
    if actor.role == "clinician":
        query = query.where(User.id == actor.user_id)
    elif actor.role == "supervisor":
        query = query.where((User.id == actor.user_id) | User.id.in_(team_clinicians(actor)))
    users = (await session.execute(query)).scalars().all()
    return sorted(((u.id, u.display_name or u.email) for u in users), key=lambda p: p[1].lower())


# --- practice-defined groups ------------------------------------------------------------------------------


async def list_groups(session: AsyncSession, actor: Actor) -> Sequence[PracticeGroup]:
    """The practice's groups in use."""
    authorize_insights(actor, "insights.groups")
    return (await session.execute(select(PracticeGroup).where(
        PracticeGroup.practice_id == actor.practice_id, PracticeGroup.archived_at.is_(None))
        .order_by(PracticeGroup.name))).scalars().all()


async def create_group(session: AsyncSession, actor: Actor, name: str) -> PracticeGroup:
    """Define a group (admins)."""
    authorize_insights(actor, "insights.settings")
    name = " ".join(name.split())
    if not name:
        raise BadRequest("A group needs a name.")
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in name):
        raise BadRequest("A group's name cannot hold control characters.")
    existing = await session.scalar(select(PracticeGroup).where(
        PracticeGroup.practice_id == actor.practice_id, PracticeGroup.name == name))
    if existing is not None:
        if existing.archived_at is None:
            raise Conflict("The practice already has a group of that name.")
        existing.archived_at = None
        group = existing
    else:
        group = PracticeGroup(practice_id=actor.practice_id, name=name, created_by=actor.user_id)
        session.add(group)
    await session.flush()
    await audit.record(session, actor, "insights.group.create", resource_type="practice_group", resource_id=group.id)
    return group


async def archive_group(session: AsyncSession, actor: Actor, group_id: uuid.UUID) -> None:
    """Stop using a group (admins); tags are kept but no longer counted."""
    authorize_insights(actor, "insights.settings")
    group = await _group(session, actor, group_id)
    group.archived_at = utcnow()
    await session.flush()
    await audit.record(session, actor, "insights.group.archive", resource_type="practice_group", resource_id=group.id)


async def _group(session: AsyncSession, actor: Actor, group_id: uuid.UUID) -> PracticeGroup:
    group = await session.get(PracticeGroup, group_id)
    if group is None or group.practice_id != actor.practice_id:
        raise NotFound("No such group.")
    return group


async def client_group_ids(session: AsyncSession, actor: Actor, client_id: uuid.UUID) -> set[uuid.UUID]:
    """The groups a client is tagged with (anyone who may read the client's profile)."""
    client = await authorize(session, actor, Action.profile_read, client_id)
    rows = await session.execute(select(ClientGroupMember.group_id).where(ClientGroupMember.client_id == client.id))
    return {r for r, in rows}


async def groups_for_client(session: AsyncSession, actor: Actor, client_id: uuid.UUID,
                            ) -> tuple[list[PracticeGroup], set[uuid.UUID]]:
    """The practice's groups in use (as `list_groups`) and which of them tag the client, in one statement (the
    client overview's panel)."""
    authorize_insights(actor, "insights.groups")
    client = await authorize(session, actor, Action.profile_read, client_id)
    rows = (await session.execute(
        select(PracticeGroup, ClientGroupMember.group_id)
        .outerjoin(ClientGroupMember, and_(ClientGroupMember.group_id == PracticeGroup.id,
                                           ClientGroupMember.client_id == client.id))
        .where(PracticeGroup.practice_id == actor.practice_id, PracticeGroup.archived_at.is_(None))
        .order_by(PracticeGroup.name))).all()
    return list(dict.fromkeys(g for g, _ in rows)), {tagged for _, tagged in rows if tagged is not None}


async def set_client_groups(session: AsyncSession, actor: Actor, client_id: uuid.UUID,
                            group_ids: Sequence[uuid.UUID]) -> set[uuid.UUID]:
    """Tag a client with exactly these practice groups (staff who may change the client's profile)."""
    authorize_insights(actor, "insights.groups")
    client = await authorize(session, actor, Action.profile_write, client_id)
    wanted = set(group_ids)
    for gid in wanted:
        group = await _group(session, actor, gid)
        if group.archived_at is not None:
            raise BadRequest("That group is no longer in use.")
    current = {m.group_id: m for m in (await session.execute(select(ClientGroupMember).where(
        ClientGroupMember.client_id == client.id))).scalars()}
    for gid, member in current.items():
        if gid not in wanted:
            await session.delete(member)
    for gid in wanted - set(current):
        session.add(ClientGroupMember(practice_id=client.practice_id, client_id=client.id, group_id=gid,
                                      created_by=actor.user_id))
    await session.flush()
    await audit.record(session, actor, "insights.client_groups.write", client_id=client.id,
                       detail=f"groups={len(wanted)}")
    return wanted


# --- backfill -------------------------------------------------------------------------------------------


async def backfill_totals(session: AsyncSession, *, batch: int = 2000) -> int:
    """Copy the total of each scored questionnaire into `score_total` where it is missing; returns how many.

    Needs the keyring (each result is decrypted in memory); the command `alliance insights backfill` runs it, and
    `alliance db upgrade` calls it after the migrations.
    """
    from alliance.measures.models import MeasureAdministration

    done = 0
    last_id: uuid.UUID | None = None
    while True:
        query = (select(MeasureAdministration).where(
            MeasureAdministration.status == "completed", MeasureAdministration.score_total.is_(None),
            MeasureAdministration.result_ct.is_not(None)).order_by(MeasureAdministration.id).limit(batch))
        if last_id is not None:
            query = query.where(MeasureAdministration.id > last_id)
        rows = (await session.execute(query)).scalars().all()
        if not rows:
            break
        for adm in rows:
            total = adm.total
            if total is not None:
                adm.score_total = int(total)
                done += 1
        last_id = rows[-1].id
        await session.flush()
    unnumbered = await session.scalar(select(func.count()).select_from(MeasureAdministration).where(
        MeasureAdministration.score_total.is_not(None), MeasureAdministration.score_seq.is_(None)))
    if done or unnumbered:
        await renumber_all(session)
    log.info("insights backfill: %d totals copied, %d rows numbered", done, unnumbered or 0)
    return done


async def renumber_series(session: AsyncSession, client_id: uuid.UUID, instrument: str) -> None:
    """Number one client's scored series on one instrument by completion time; mark the latest; copy the first
    total onto every row (the outcome figures read only the latest row of each series)."""
    from alliance.measures.models import MeasureAdministration as M

    rows = (await session.execute(select(M.id, M.score_seq, M.score_latest, M.score_first, M.score_total).where(
        M.client_id == client_id, M.instrument == instrument, M.score_total.is_not(None), M.deleted_at.is_(None))
        .order_by(M.completed_at, M.id))).all()
    first = rows[0].score_total if rows else None
    for i, (adm_id, seq, latest, was_first, _) in enumerate(rows, start=1):
        want_latest = i == len(rows)
        if seq != i or latest != want_latest or was_first != first:
            await session.execute(update(M).where(M.id == adm_id)
                                  .values(score_seq=i, score_latest=want_latest, score_first=first)
                                  .execution_options(synchronize_session=False))


async def renumber_all(session: AsyncSession) -> None:
    """Number every series in one statement (after a backfill, or a bulk load such as the large demo)."""
    from alliance.measures.models import MeasureAdministration as M

    part = (M.client_id, M.instrument)
    ranked = (select(M.id.label("id"),
                     func.row_number().over(partition_by=part, order_by=(M.completed_at, M.id)).label("seq"),
                     func.row_number().over(partition_by=part, order_by=(M.completed_at.desc(), M.id.desc()))
                     .label("rev"),
                     func.first_value(M.score_total).over(partition_by=part, order_by=(M.completed_at, M.id))
                     .label("first"))
              .where(M.score_total.is_not(None), M.deleted_at.is_(None)).subquery("ranked"))
    await session.execute(update(M).where(M.id == ranked.c.id)
                          .values(score_seq=ranked.c.seq, score_latest=ranked.c.rev == 1, score_first=ranked.c.first)
                          .execution_options(synchronize_session=False))
    await session.flush()


# --- the outcome report ---------------------------------------------------------------------------------------


def default_period(now: datetime | None = None, days: int = 365) -> tuple[datetime, datetime]:
    """The last `days` days up to now."""
    end = now or utcnow()
    return end - timedelta(days=days), end


async def outcome_report(session: AsyncSession, actor: Actor, *, start: datetime | None = None,
                         end: datetime | None = None, clinician_id: uuid.UUID | None = None,
                         by: str | None = None, min_size: int = MIN_SIZE) -> dict[str, Any]:
    """Everything the outcomes page, the API, the CSV and the command line show, as plain data."""
    from alliance.insights import outcomes as oc

    if by is not None and by not in GROUP_KEYS:
        raise BadRequest(f"unknown group {by!r}: use one of {', '.join(GROUP_KEYS)}")
    for when in (start, end):
        if when is not None and not 1900 <= when.year <= 2999:
            raise BadRequest("Dates must fall between the years 1900 and 2999.")
    if start is not None and end is not None and _aware(start) >= _aware(end):
        raise BadRequest("The period must start before it ends.")
    d_start, d_end = default_period()
    period = oc.Period(_aware(start) if start else d_start, _aware(end) if end else d_end)
    await check_clinician(session, actor, clinician_id)
    scope: Select | None = scope_clients(session, actor, clinician_id)
    if actor.role in ("admin", "system") and clinician_id is None:
        scope = None  # the whole practice: no per-client filter to apply
    practice_id = actor.practice_id
    result = await oc.outcomes(session, scope, practice_id, period, with_courses=by is not None)
    engaged = await oc.engagement(session, scope, practice_id, period)
    waits, wait_rows = await oc.waiting_times(session, practice_id, period)
    report: dict[str, Any] = {
        "period": {"start": period.start.isoformat(), "end": period.end.isoformat()},
        "clinician_id": str(clinician_id) if clinician_id else None,
        "definitions": DEFINITIONS,
        "finished_courses": result.finished,
        "case_at_start": result.case,
        "rates": [asdict(f) for f in result.rates],
        "changes": [asdict(c) for c in result.changes],
        "scores_to_recovery_mean": result.scores_to_recovery_mean,
        "engagement": {"clients": engaged.clients, "questionnaires": asdict(engaged.questionnaires),
                       "rates": [asdict(f) for f in engaged.rates]},
        "waiting_times": [asdict(w) for w in waits],
        "by": by,
        "groups": None,
    }
    if by is not None:
        ids = {c.client_id for c in result.courses} | set(engaged.per_client)
        values = await client_groups(session, practice_id, client_ids=ids, keys=[by])
        tables: dict[str, Any] = {}
        for key, rows in oc.course_rows(result).items():
            tables[key] = rates_by_group(
                [{by: values.get(cid, {}).get(by), "outcome": y} for cid, y in rows], group=by, min_size=min_size)
        for key, _ in oc.ENGAGEMENT:
            tables[key] = rates_by_group(
                [{by: values.get(cid, {}).get(by), "outcome": p[key]} for cid, p in engaged.per_client.items()],
                group=by, min_size=min_size)
        if by in ("language", "country"):
            tables["waiting_days"] = rates_by_group(
                [{by: lang if by == "language" else country, "outcome": days} for lang, country, days in wait_rows],
                group=by, min_size=min_size, kind="mean")
        labels = {**oc.RATE_LABELS, **dict(oc.ENGAGEMENT), "waiting_days": "Days waited (referral to offer)"}
        report["groups"] = [{"figure": k, "figure_label": labels[k], **t.to_dict()} for k, t in tables.items()]
    await audit.record(session, actor, "insights.outcomes.read", resource_type="insights",
                       detail=f"courses={result.finished} by={by or '-'}")
    return report


DEFINITIONS = {
    "course": "A client's completed PHQ-9 and GAD-7 scores (one course per client).",
    "finished": ("At least two PHQ-9 and two GAD-7 scores, and either discharged or no score for 6 weeks; it counts "
                 "in the period in which it ended (discharge, else its last score)."),
    "case": "PHQ-9 at least 10 or GAD-7 at least 8 at the first score (NHS Talking Therapies caseness).",
    "recovery": "A case at the start and below caseness on both at the last score (rate over cases).",
    "reliable_improvement": ("PHQ-9 down by 6 or more, or GAD-7 down by 4 or more, and neither reliably worse "
                             "(rate over finished courses)."),
    "reliable_recovery": "Recovered and reliably improved (rate over cases).",
    "reliable_deterioration": "PHQ-9 up by 6 or more, or GAD-7 up by 4 or more (rate over finished courses).",
    "effect_size": ("Pre-post effect size: Hedges' g of the first and last scores (pooled SD, bias corrected; "
                    "positive means lower scores at the end), 95% interval from its variance (statsmodels)."),
    "scores_to_recovery": ("For recovered courses, the place in the series of the first PHQ-9 below caseness "
                           "after the first score (mean)."),
    "interval": "95%: Wilson for a rate, Newcomb for a gap between rates, t for a mean.",
}


def _aware(when: datetime) -> datetime:
    return when if when.tzinfo else when.replace(tzinfo=timezone.utc)


# --- clients not on track ---------------------------------------------------------------------------------------


async def tracks(session: AsyncSession, actor: Actor, clinician_id: uuid.UUID | None = None,
                 client_ids: Sequence[uuid.UUID] | None = None) -> list[Any]:
    """Every active client in the actor's scope with at least two PHQ-9 scores, against the expected curve."""
    from alliance.insights import trajectory

    authorize_insights(actor, "insights.clients")
    await check_clinician(session, actor, clinician_id)
    scope = scope_clients(session, actor, clinician_id)
    if client_ids is not None:
        scope = scope.where(Client.id.in_(list(client_ids)))
    return await trajectory.tracks(session, scope, actor.practice_id, utcnow())


async def _clients_by_id(session: AsyncSession, ids: Sequence[uuid.UUID]) -> list[Client]:
    """These clients: those this session holds already (Today's sections read the caseload) without a query, the
    rest with one."""
    from sqlalchemy import inspect as sa_inspect

    held, missing = [], []
    for cid in dict.fromkeys(ids):
        client = session.sync_session.identity_map.get(session.sync_session.identity_key(Client, cid))
        state = sa_inspect(client) if client is not None else None
        if state is not None and not state.unloaded and not state.deleted and not state.was_deleted:
            held.append(client)
        else:
            missing.append(cid)
    if missing:
        held += (await session.execute(select(Client).where(Client.id.in_(missing)))).scalars().all()
    return held


async def not_on_track(session: AsyncSession, actor: Actor, clinician_id: uuid.UUID | None = None,
                       ) -> list[dict[str, Any]]:
    """Clients off their expected trajectory or reliably worse, with the reason in words (names decrypted)."""
    off = [t for t in await tracks(session, actor, clinician_id) if t.off_track]
    names: dict[uuid.UUID, str] = {}
    if off:
        names = {c.id: c.full_name for c in await _clients_by_id(session, [t.client_id for t in off])}
    await audit.record(session, actor, "insights.not_on_track.list", resource_type="insights",
                       detail=f"count={len(off)}")
    return [{"client_id": str(t.client_id), "name": names.get(t.client_id, ""), "baseline": t.baseline,
             "latest": t.latest, "scores": t.step + 1, "expected": round(t.expected, 1), "tolerance": t.tolerance,
             "deteriorated": t.deteriorated, "reason": t.reason, "curve": t.curve,
             "latest_at": t.latest_at.isoformat() if t.latest_at else None}
            for t in sorted(off, key=lambda t: (not t.deteriorated, t.expected - t.latest))]
