"""Intake: referrals in, triage by the rules in force, the waitlist, clinicians' tier decisions, settings,
alerts.

Every function takes the session first and only flushes (the request or job commits). Referrals belong to the
practice until one becomes a client; `alliance.security.authz.authorize_intake` decides by role, and every
read and write is audited by id. Free text (the person's words, the details of risk answers) passes the crisis
screen before the rules run; the rules read only its verdict.

"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from alliance.db.base import utcnow
from alliance.errors import BadRequest, NotFound
from alliance.intake import access, alerts, rules as engine
from alliance.intake.access import load, public_actor
from alliance.intake.models import RANK, TIERS, Referral, TriageResult
from alliance.intake.schemas import (
    IntakeAlertRead,
    ReferralCreate,
    ReferralRead,
    Submitted,
    TierSummary,
    TodayCounts,
    TriageRead,
    Waitlist,
    WaitlistItem,
)
from alliance.practices.models import Practice
from alliance.safety.schemas import CrisisResponse
from alliance.security import audit, crypto
from alliance.security.audit import Actor
from alliance.security.authz import authorize_intake, intake_allowed
from alliance.web.i18n import N_

log = logging.getLogger("alliance.intake")

CRISIS_MESSAGE = N_(
    "It sounds like you may be in danger right now. Please contact emergency services or a crisis "
    "line now. A clinician at the practice has been told about your referral."
)
RESOURCES_MESSAGE = N_("If you need to talk to someone now, these services can help.")


# --- the engine, without a database -------------------------------------------------------------------------


def screened_text(text: str | None, risk: Mapping[str, Any] | None) -> str:
    """All the free text a referral carries, as the screen reads it: the person's words, then risk details."""
    parts = [text or "", (risk or {}).get("details") or ""]
    return "\n".join(p.strip() for p in parts if p and p.strip())


def assess(
    text: str | None,
    lang: str | None,
    measures: Mapping[str, Any] | None,
    risk: Mapping[str, Any] | None = None,
    *,
    rules: engine.RuleSet | None = None,
    use_classifier: bool = True,
) -> tuple[engine.Outcome, Any]:
    """Screen the free text, then run the rules: the one path the pages, the API and the CLI share."""
    words = screened_text(text, risk)
    screening = None
    if words:
        from alliance.safety import screen

        screening = screen(words, lang=lang, use_classifier=use_classifier)
    inputs = engine.Inputs(
        measures=measures or {},
        questions=dict(risk or {}),
        screening=screening.to_dict() if screening is not None else None,
        text=words or None,
        lang=lang,
    )
    return engine.triage(inputs, rules), screening


# --- referrals in -------------------------------------------------------------------------------------------


async def practice_for_public(session: AsyncSession, slug_or_id: str) -> Practice:
    """The practice a public referral page belongs to, by slug or id."""
    practice = (
        await session.execute(select(Practice).where(Practice.slug == slug_or_id))
    ).scalar_one_or_none()
    if practice is None:
        try:
            practice = await session.get(Practice, uuid.UUID(slug_or_id))
        except ValueError:
            practice = None
    if practice is None:
        raise NotFound("No such practice.")
    return practice


async def create_referral(
    session: AsyncSession,
    actor: Actor | None,
    practice_id: uuid.UUID,
    data: ReferralCreate,
    *,
    source: str = "self",
) -> Submitted:
    """Store a referral, screen its words and triage it; at emergency alert the on-call clinician and answer
    with crisis lines for the person's country. actor None is the public page."""
    if source not in ("self", "staff", "fhir"):
        raise BadRequest("source must be self, staff or fhir.")
    practice = await session.get(Practice, practice_id)
    if practice is None:
        raise NotFound("No such practice.")
    if actor is None:
        if source != "self":
            raise BadRequest("Only a self-referral comes without an account.")
        actor = public_actor(practice_id)
    else:
        if actor.role != "system" and actor.practice_id != practice_id:
            raise NotFound("No such practice.")
        authorize_intake(actor, "intake.create")
    now = utcnow()
    referral = Referral(
        practice_id=practice_id,
        source=source,
        status="waiting",
        waiting_since=now,
        language=data.preferred_language,
        country=data.country,
        preferences=data.preferences.model_dump(exclude_none=True),
        consents=dict(data.consents),
        consent_processing_at=now,
        instruments=sorted(data.measures),
        external_id=data.external_id,
        created_by=actor.user_id,
    )
    for name in ("given_name", "family_name", "date_of_birth", "phone", "contact_times", "text", "referrer"):
        setattr(referral, name, getattr(data, name) or None)
    referral.email = str(data.email) if data.email else None
    referral.accessibility_needs = data.accessibility_needs or None
    referral.answers = data.measures
    referral.risk = data.risk.model_dump()
    session.add(referral)
    await session.flush()
    await audit.record(
        session,
        actor,
        "intake.referral.create",
        resource_type="intake_referral",
        resource_id=referral.id,
        detail=f"source={source}",
    )
    triage, _ = await _run(session, actor, referral, by="engine", trigger="created")
    referral.tier, referral.tier_rank = triage.tier, RANK[triage.tier]
    alert = None
    if triage.tier == "emergency":
        alert = await alerts.raise_alert(session, actor, referral, triage)
    await session.flush()
    crisis = await crisis_for(session, referral.id) if triage.tier == "emergency" else None
    log.info("referral %s created (%s) and triaged %s", referral.id, source, triage.tier)
    return Submitted(
        referral_id=referral.id,
        tier=triage.tier,
        emergency=triage.tier == "emergency",  # type: ignore[arg-type]
        screen_level=triage.screen_level,
        alert_id=alert.id if alert else None,
        crisis=crisis,
    )


async def _run(
    session: AsyncSession, actor: Actor, referral: Referral, *, by: str, trigger: str
) -> tuple[TriageResult, engine.Outcome]:
    """Screen and triage a stored referral with its practice's rules; store the result."""
    rules = access.rules_of(await access.settings_row(session, referral.practice_id))
    outcome, screening = assess(
        referral.text, referral.language, referral.answers, referral.risk, rules=rules
    )
    row = TriageResult(
        practice_id=referral.practice_id,
        referral_id=referral.id,
        tier=outcome.tier,
        rules=list(outcome.rules),
        rules_version=outcome.rules_version,
        by=by,
        trigger=trigger,
        needs=list(outcome.needs),
        created_by=actor.user_id,
        screen_level=str(screening.level) if screening is not None else None,
        screen_version=screening.version if screening is not None else None,
        screen_categories=[c.value for c in screening.categories] if screening is not None else [],
    )
    row.reasons = [r.to_dict() for r in outcome.reasons]
    session.add(row)
    await session.flush()
    await audit.record(
        session,
        actor,
        "intake.triage",
        resource_type="intake_referral",
        resource_id=referral.id,
        detail=f"tier={row.tier} rules={row.rules_version} by={by}",
    )
    return row, outcome


async def crisis_for(session: AsyncSession, referral_id: uuid.UUID) -> CrisisResponse:
    """Crisis lines and emergency numbers for the person's country and language (and the practice's own)."""
    from alliance.safety import service as safety_service
    from alliance.safety.resources import resources_for

    referral = await session.get(Referral, referral_id)
    if referral is None:
        raise NotFound("No such referral.")
    extra = await safety_service.practice_services(session, referral.practice_id)
    resources = resources_for(referral.country, referral.language, extra=extra)
    lead = referral.tier == "emergency"
    return CrisisResponse(
        level="imminent" if lead else None,
        lead_with_emergency=lead,
        country_name=resources.country_name,
        is_fallback=resources.is_fallback,
        emergency=resources.emergency,
        services=resources.services,
        guidance=resources.guidance,
        safety_plan=None,
        message=CRISIS_MESSAGE if lead else RESOURCES_MESSAGE,
    )


# --- reading ------------------------------------------------------------------------------------------------


async def get_referral(session: AsyncSession, actor: Actor, referral_id: uuid.UUID) -> ReferralRead:
    """One referral (clinical content for clinicians and supervisors only); the read is audited."""
    referral = await load(session, actor, referral_id, "intake.list")
    await audit.record(
        session, actor, "intake.referral.read", resource_type="intake_referral", resource_id=referral.id
    )
    return await access.referral_read(session, actor, referral)


async def triage_history(session: AsyncSession, actor: Actor, referral_id: uuid.UUID) -> list[TriageRead]:
    """Every triage of the referral, newest first, each with its rules version."""
    referral = await load(session, actor, referral_id, "intake.clinical")
    rows = (
        (
            await session.execute(
                select(TriageResult)
                .where(TriageResult.referral_id == referral.id)
                .order_by(TriageResult.created_at.desc())
            )
        )
        .scalars()
        .all()
    )
    await audit.record(
        session,
        actor,
        "intake.triage.history",
        resource_type="intake_referral",
        resource_id=referral.id,
        detail=f"count={len(rows)}",
    )
    return [access.triage_read(r) for r in rows]


async def waitlist(
    session: AsyncSession,
    actor: Actor,
    *,
    tier: str | None = None,
    status: str = "waiting",
    limit: int = 200,
    offset: int = 0,
    now: datetime | None = None,
) -> Waitlist:
    """The practice's waitlist: by tier, then time waited (longest first); targets and breaches per tier."""
    authorize_intake(actor, "intake.list")
    if tier is not None and tier not in TIERS:
        raise BadRequest(f"tier must be one of {', '.join(TIERS)}.")
    if status not in ("waiting", "offered", "converted", "closed"):
        raise BadRequest("status must be waiting, offered, converted or closed.")
    now = now or utcnow()
    targets, counts = await _tier_counts(session, actor, status, now)
    where = [Referral.practice_id == actor.practice_id, Referral.status == status]
    # Only what a row of the list shows, as plain columns (no ORM objects: the page may hold thousands and a
    # partly loaded referral must not linger in the session); names and reasons are unsealed here.
    cols = (
        Referral.id,
        Referral.tier,
        Referral.tier_set_by,
        Referral.status,
        Referral.source,
        Referral.language,
        Referral.waiting_since,
        Referral.given_name_ct,
        Referral.family_name_ct,
    )
    query = select(*cols).where(*where)
    if tier is not None:
        query = query.where(Referral.tier == tier)
    page = (
        await session.execute(
            query.order_by(Referral.tier_rank, Referral.waiting_since, Referral.id)
            .limit(max(1, min(limit, 1000)))
            .offset(max(0, offset))
        )
    ).all()
    clinical = intake_allowed(actor, "intake.clinical")
    reasons: dict[uuid.UUID, list[str]] = {}
    if clinical and page:
        rows = (
            await session.execute(
                select(TriageResult.id, TriageResult.referral_id, TriageResult.reasons_ct)
                .where(TriageResult.referral_id.in_([r.id for r in page]))
                .order_by(TriageResult.created_at.desc())
            )
        ).all()
        for tid, rid, blob in rows:
            if rid not in reasons:  # the newest triage only
                reasons[rid] = [
                    r["text"] for r in json.loads(_unseal("intake_triages", "reasons_ct", tid, blob) or "[]")
                ]
    items = []
    for r in page:
        target = targets.get(r.tier) if r.tier else None
        name = " ".join(
            p
            for p in (
                _unseal("intake_referrals", "given_name_ct", r.id, r.given_name_ct),
                _unseal("intake_referrals", "family_name_ct", r.id, r.family_name_ct),
            )
            if p
        )
        items.append(
            WaitlistItem(
                id=r.id,
                name=name or "(no name)",
                tier=r.tier,
                tier_set_by=r.tier_set_by,
                status=r.status,
                source=r.source,
                language=r.language,
                waiting_since=r.waiting_since,
                waited_days=access.waited_days(r.waiting_since, now),
                target_days=target,
                breached=access.breached(r.waiting_since, target, now),
                reasons=reasons.get(r.id, []) if clinical else None,
            )
        )
    total = sum(n for n, _ in counts.values()) if tier is None else counts.get(tier, (0, 0))[0]
    await audit.record(
        session,
        actor,
        "intake.waitlist.read",
        resource_type="intake_referral",
        detail=f"count={len(items)} total={total}",
    )
    return Waitlist(
        items=items,
        total=total,
        untriaged=counts.get(None, (0, 0))[0],
        tiers=[
            TierSummary(
                tier=t,
                target_days=targets.get(t),
                waiting=counts.get(t, (0, 0))[0],  # type: ignore[arg-type]
                breached=int(counts.get(t, (0, 0))[1] or 0),
            )
            for t in TIERS
        ],
    )


async def _tier_counts(
    session: AsyncSession, actor: Actor, status: str, now: datetime
) -> tuple[dict[str, int | None], dict[str | None, tuple[int, int | None]]]:
    """The practice's target days per tier, and per tier (None: untriaged) how many referrals have this status and
    how many of them are past their tier's target: one grouped query."""
    targets = access.targets_of(await access.settings_row(session, actor.practice_id))  # type: ignore[arg-type]
    over = [
        and_(Referral.tier == t, Referral.waiting_since < access.breach_cutoff(d, now))
        for t, d in targets.items()
        if d is not None
    ]
    breach = case((or_(*over), 1), else_=0) if over else 0
    rows = await session.execute(
        select(Referral.tier, func.count(), func.sum(breach))
        .where(Referral.practice_id == actor.practice_id, Referral.status == status)
        .group_by(Referral.tier)
    )
    return targets, {t: (n, b) for t, n, b in rows.all()}


def _unseal(table: str, column: str, row_id: uuid.UUID, blob: bytes | None) -> str | None:
    """A sealed value read as a plain column (the same associated data the Encrypted attribute binds)."""
    if blob is None:
        return None
    return crypto.unseal_global(blob, f"{table}.{column}:{row_id}".encode()).decode()


async def today_counts(
    session: AsyncSession, actor: Actor, *, open_alerts: Sequence[IntakeAlertRead] | None = None
) -> TodayCounts:
    """Emergency and urgent referrals waiting, breaches and open intake alerts (the Today page).

    The tiers' counts come from one grouped query (no referral row is read); `open_alerts`, when the caller
    has already listed the actor's open intake alerts (Today shows them), are counted, not read again.
    """
    authorize_intake(actor, "intake.list")
    _, counts = await _tier_counts(session, actor, "waiting", utcnow())
    total = sum(n for n, _ in counts.values())
    await audit.record(
        session, actor, "intake.waitlist.read", resource_type="intake_referral",
        detail=f"count=0 total={total}",
    )
    if not intake_allowed(actor, "intake.clinical"):
        alerts_open = 0
    elif open_alerts is not None:
        alerts_open = len(open_alerts)
    else:
        alerts_open = len(await alerts.list_alerts(session, actor))
    return TodayCounts(
        emergency=counts.get("emergency", (0, 0))[0],
        urgent=counts.get("urgent", (0, 0))[0],
        breached=sum(int(counts.get(t, (0, 0))[1] or 0) for t in TIERS),
        open_alerts=alerts_open,
    )


from alliance.intake.alerts import acknowledge_alert, list_alerts  # noqa: E402,F401
from alliance.intake.conversion import convert  # noqa: E402,F401
from alliance.intake.decisions import (  # noqa: E402,F401
    change_tier,
    close,
    offer,
    retriage,
    tier_change_stats,
    tier_changes,
)
from alliance.intake.matching import (  # noqa: E402,F401
    get_clinician_profile,
    match_clinicians,
    set_clinician_profile,
    suggest_clinicians,
)
from alliance.intake.settings import (  # noqa: E402,F401
    clear_rules_override,
    get_rules,
    get_settings,
    set_rules_override,
    update_settings,
)
