"""While people wait: a monthly PHQ-9 and GAD-7 by e-mail link, and re-triage when things get worse.

Every CYCLE_DAYS a waiting person with an e-mail address gets a signed, expiring link (itsdangerous) to a page that
needs no account: the two questionnaires in their language, crisis lines, and a little reading from the companion
library. The e-mail names no questionnaire and no condition. Each send is claimed in the audit log (committed before
the e-mail leaves, so a job run twice sends once; a failed send is recorded and tried again on the next run). The
answers always go to the intake service's re-triage; a rise in score (reliable change, NHS Talking Therapies) or a
risk answer is marked so that Today shows it to the team, and a rise in tier alerts the on-call clinician there.
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.message import EmailMessage

from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from alliance import mail
from alliance.config import Settings, get_settings
from alliance.db.base import utcnow
from alliance.errors import Conflict, NotFound
from alliance.intake import service
from alliance.intake.models import Referral, TriageResult
from alliance.intake.schemas import ReTriageRequest
from alliance.practices.models import Practice
from alliance.security import audit
from alliance.security.audit import Actor
from alliance.security.models import AuditEvent
from alliance.web import i18n
from alliance.web.i18n import N_, gettext

log = logging.getLogger("alliance.intake")

CYCLE_DAYS = 30  # one check a month while waiting
LINK_DAYS = 21  # a link works this long (the next month's e-mail brings a new one)
OPEN = ("waiting", "offered")
SENT, FAILED = "intake.check.send", "intake.check.failed"
CHECK, ROSE = "waiting_check", "waiting_check_rose"  # the re-triage's trigger: answered / answered and worse
# Reliable change: PHQ-9 6 points, GAD-7 4 points (NHS Talking Therapies manual, outcome measures).
RELIABLE_RISE = {"phq9": 6, "gad7": 4}
READING = ("how-therapy-works", "anxiety", "depression-and-activity", "sleep", "grounding-54321", "in-a-crisis")
_SALT = "alliance.intake.waiting-check"

SUBJECT = N_("%(practice)s: how are you while you wait?")
BODY = N_("Hello,\n\nYou are on the waiting list of %(practice)s. Once a month we ask how you are, so that anyone "
          "who is finding things harder can be seen sooner. It takes about five minutes:\n\n%(link)s\n\n"
          "The link works for %(days)s days. If you no longer need the practice, you can ignore this e-mail.\n\n"
          "If you are in danger now, call your local emergency number.")


def _serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(get_settings().secret_key.get_secret_value(), salt=_SALT)


def make_link(referral_id: uuid.UUID, sent_at: datetime, settings: Settings | None = None) -> str:
    """The signed link of one month's check (it names the referral by id only)."""
    settings = settings or get_settings()
    token = _serializer().dumps({"r": str(referral_id), "s": int(sent_at.timestamp())})
    return f"{settings.base_url.rstrip('/')}/intake/check/{token}"


@dataclass
class Link:
    """A checked link: which referral, and when its e-mail was sent."""

    referral_id: uuid.UUID
    sent_at: datetime
    token: str


def read_link(token: str) -> Link:
    """The referral a link is for; an altered, foreign or expired link is not found (nothing to probe)."""
    try:
        data = _serializer().loads(token, max_age=LINK_DAYS * 86400)
        return Link(uuid.UUID(str(data["r"])), datetime.fromtimestamp(int(data["s"]), utcnow().tzinfo), token)
    except SignatureExpired:
        raise NotFound(N_("This link has expired. The next monthly e-mail will bring a new one.")) from None
    except (BadSignature, KeyError, TypeError, ValueError):
        raise NotFound(N_("This link is not valid. Check that you copied all of it.")) from None


async def referral_for(session: AsyncSession, link: Link) -> Referral:
    """The waiting referral behind a link (one converted or closed since has nothing to answer)."""
    referral = await session.get(Referral, link.referral_id)
    if referral is None or referral.status not in OPEN:
        raise NotFound(N_("This questionnaire is no longer needed: your referral has moved on."))
    return referral


def message(settings: Settings, to: str, practice_name: str, link: str, lang: str) -> EmailMessage:
    """The e-mail, in the person's language: the practice's name and the link, no clinical word."""
    token = i18n.current_language.set(lang if lang in i18n.LANGUAGES else i18n.DEFAULT)
    try:
        subject = gettext(SUBJECT, practice=practice_name)
        body = gettext(BODY, practice=practice_name, link=link, days=LINK_DAYS)
    finally:
        i18n.current_language.reset(token)
    return mail.message(to, subject, body, settings=settings)


async def due(session: AsyncSession, now: datetime | None = None) -> list[uuid.UUID]:
    """Waiting referrals a month or more old with no check sent (and not failed since) in the last month."""
    now = now or utcnow()
    since = now - timedelta(days=CYCLE_DAYS)
    sent = (await session.execute(select(AuditEvent.resource_id, AuditEvent.action, func.max(AuditEvent.at)).where(
        AuditEvent.action.in_((SENT, FAILED)), AuditEvent.at > since).group_by(
        AuditEvent.resource_id, AuditEvent.action))).all()
    last: dict[str, dict[str, datetime]] = {}
    for resource_id, action, at in sent:
        last.setdefault(str(resource_id), {})[action] = at
    covered = {rid for rid, acts in last.items() if SENT in acts and (FAILED not in acts or acts[FAILED] < acts[SENT])}
    rows = (await session.execute(select(Referral.id).where(
        Referral.status.in_(OPEN), Referral.waiting_since <= since, Referral.email_ct.is_not(None))
        .order_by(Referral.waiting_since))).scalars().all()
    return [rid for rid in rows if str(rid) not in covered]


async def send_due(session: AsyncSession, *, settings: Settings | None = None, now: datetime | None = None) -> int:
    """E-mail this month's check to everyone due; each claimed and committed before it leaves."""
    settings = settings or get_settings()
    if not settings.smtp_host:
        return 0
    sent = 0
    for referral_id in await due(session, now):
        referral = await session.get(Referral, referral_id)
        practice = await session.get(Practice, referral.practice_id) if referral is not None else None
        if referral is None or practice is None or not referral.email:
            continue
        system = Actor.system(practice.id)
        at = now or utcnow()
        msg = message(settings, referral.email, practice.name, make_link(referral.id, at, settings), referral.language)
        await audit.record(session, system, SENT, resource_type="intake_referral", resource_id=referral.id,
                           detail="channel=email")
        await session.commit()
        try:
            await asyncio.to_thread(mail.send, msg, settings=settings)
        except Exception as exc:  # noqa: BLE001 - the mail server is down: recorded, tried again next run
            log.warning("waiting check for referral %s not sent (%s)", referral.id, type(exc).__name__)
            await audit.record(session, system, FAILED, resource_type="intake_referral", resource_id=referral.id,
                               outcome="failed", detail=type(exc).__name__)
            await session.commit()
            continue
        sent += 1
        log.info("waiting check sent for referral %s", referral.id)
    return sent


def _totals(answers: dict[str, dict[str, int | None]]) -> dict[str, int]:
    return {inst: sum(v for v in items.values() if v is not None) for inst, items in answers.items()}


@dataclass
class Answered:
    """What the person's answers did: the tier now, whether things got worse, whether it is an emergency."""

    tier: str
    rose: bool
    emergency: bool


async def answer(session: AsyncSession, link: Link, answers: dict[str, dict[str, int]], text: str | None
                 ) -> Answered:
    """Re-triage with a month's answers (once per link); a reliable rise or a risk answer is marked for the team."""
    referral = await referral_for(session, link)
    answered = (await session.execute(select(func.count()).select_from(TriageResult).where(
        TriageResult.referral_id == referral.id, TriageResult.trigger.in_((CHECK, ROSE)),
        TriageResult.created_at >= link.sent_at))).scalar_one()
    if answered:
        raise Conflict(N_("These answers have already been sent. Thank you: the next e-mail will come next month."))
    before = _totals({k: v for k, v in referral.answers.items() if k in RELIABLE_RISE})
    after = _totals(answers)
    risen = [inst for inst, total in after.items()
             if inst in before and total - before[inst] >= RELIABLE_RISE.get(inst, 99)]
    risk = (answers.get("phq9", {}).get("phq9_9") or 0) >= 1  # PHQ-9 item 9: thoughts of death or self-harm
    worse = bool(risen or risk)
    result = await service.retriage(session, Actor.system(referral.practice_id), referral.id,
                                    ReTriageRequest(measures=answers, text=text or None),
                                    trigger=ROSE if worse else CHECK)
    await audit.record(session, Actor.system(referral.practice_id), "intake.check.answer",
                       resource_type="intake_referral", resource_id=referral.id,
                       detail=f"rose={','.join(risen) or '-'} risk={int(risk)} tier={result.tier}")
    return Answered(result.tier, worse or result.rose, result.tier == "emergency")


async def worse_while_waiting(session: AsyncSession, actor: Actor, *, days: int = 14) -> list[tuple[uuid.UUID, str,
                                                                                                   datetime]]:
    """Referrals still waiting whose monthly answers got worse in the last `days` (id, name, when), for Today."""
    since = utcnow() - timedelta(days=days)
    rows = (await session.execute(select(Referral, func.max(TriageResult.created_at)).join(
        TriageResult, TriageResult.referral_id == Referral.id).where(
        Referral.practice_id == actor.practice_id, Referral.status.in_(OPEN), TriageResult.trigger == ROSE,
        TriageResult.created_at >= since).group_by(Referral.id).order_by(func.max(TriageResult.created_at).desc())
        .limit(20))).all()
    for referral, _ in rows:
        await audit.record(session, actor, "intake.referral.list", resource_type="intake_referral",
                           resource_id=referral.id, detail="today=worse_while_waiting")
    return [(referral.id, referral.full_name, at) for referral, at in rows]


def reading(lang: str) -> list[tuple[str, str]]:
    """A few library items to read while waiting (slug, title in the language), read-only."""
    from alliance.companion import library

    found = library.by_slug()
    return [(slug, found[slug].title(lang)) for slug in READING if slug in found]
