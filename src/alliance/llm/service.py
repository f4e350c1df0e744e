"""The gateway's practice side: provider per purpose with the consent gate, the call log, practice prompts."""

from __future__ import annotations

import difflib
import logging
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, insert, select
from sqlalchemy.ext.asyncio import AsyncSession

from alliance.accounts.models import User
from alliance.clients.models import Client
from alliance.consent import service as consent_service
from alliance.consent.models import Feature
from alliance.db.base import utcnow
from alliance.errors import BadRequest, Conflict, NotFound
from alliance.llm.config import ProviderConfig
from alliance.llm.models import LlmCall, PracticePrompt, PurposeProvider
from alliance.llm.prompts import PromptTemplate, get_template, list_templates, render
from alliance.llm.providers import list_providers, settings as llm_settings
from alliance.llm.records import CallRecord
from alliance.security import audit
from alliance.security.audit import Actor
from alliance.security.authz import require_role

log = logging.getLogger("alliance.llm")
PURPOSES = ("notes", "summaries", "companion", "plans")


# --- providers per purpose -------------------------------------------------------------------------------

def providers() -> dict[str, ProviderConfig]:
    """Every configured provider by name."""
    return {p.name: p for p in list_providers()}


async def purpose_map(session: AsyncSession, practice_id: uuid.UUID) -> dict[str, str]:
    """The provider name per purpose for a practice (practice choice, else the server's default)."""
    cfg = llm_settings()
    chosen = {row.purpose: row.provider for row in (await session.execute(
        select(PurposeProvider).where(PurposeProvider.practice_id == practice_id))).scalars()}
    return {p: chosen.get(p) or cfg.purpose_providers.get(p) or cfg.provider for p in PURPOSES}


async def set_purpose_provider(session: AsyncSession, actor: Actor, purpose: str, provider: str) -> None:
    """Choose the provider a purpose uses in this practice (admins)."""
    require_role(actor, "admin", action="llm.purpose.update")
    if purpose not in PURPOSES:
        raise BadRequest(f"Unknown purpose {purpose!r}; one of {', '.join(PURPOSES)}.")
    if provider not in providers():
        raise BadRequest(f"No provider named {provider!r} is configured on this server.")
    row = await session.get(PurposeProvider, (actor.practice_id, purpose))
    if row is None:
        row = PurposeProvider(practice_id=actor.practice_id, purpose=purpose, provider=provider)
        session.add(row)
    row.provider = provider
    row.updated_by = actor.user_id
    await session.flush()
    await audit.record(session, actor, "llm.purpose.update", resource_type="llm_purpose", resource_id=purpose,
                       detail=f"provider={provider} privacy={providers()[provider].privacy}")


@dataclass(frozen=True)
class Choice:
    """The provider a call will use, and why."""

    provider: str
    privacy: str
    fell_back: bool = False


async def choose_provider(session: AsyncSession, practice_id: uuid.UUID, purpose: str,
                          client_id: uuid.UUID | None = None) -> Choice:
    """The provider for this practice, purpose and client. The one place the consent rule lives:

    an `external` provider is never used for a client without `external_ai` consent; the call then falls back
    to the server's local default provider, and fails with ConsentRequired if there is none.
    """
    name = (await purpose_map(session, practice_id)).get(purpose, llm_settings().provider)
    configs = providers()
    cfg = configs.get(name) or configs[llm_settings().provider]
    if cfg.privacy != "external" or client_id is None:
        return Choice(cfg.name, cfg.privacy or "external")
    if await consent_service.has_consent(session, client_id, Feature.external_ai):
        return Choice(cfg.name, "external")
    local = [c for c in configs.values() if c.privacy == "local"]
    default = configs.get(llm_settings().provider)
    fallback = default if default is not None and default.privacy == "local" else (local[0] if local else None)
    if fallback is None:
        raise consent_service.ConsentRequired(
            "This client has not agreed to outside AI providers, and no local model is configured.")
    log.info("llm purpose %s for client %s falls back to local provider %s (no external consent)",
             purpose, client_id, fallback.name)
    return Choice(fallback.name, "local", fell_back=True)


# --- the call log ---------------------------------------------------------------------------------------

def _call_row(record: CallRecord, practice_id: uuid.UUID | None) -> dict:
    return dict(id=uuid.uuid4(), call_id=record.call_id, started_at=record.started_at, practice_id=practice_id,
                client_id=uuid.UUID(record.client_id) if record.client_id else None, purpose=record.purpose,
                kind=record.kind, provider=record.provider, model=record.model, privacy=record.privacy,
                template_id=record.template_id, template_version=record.template_version,
                prompt_tokens=record.prompt_tokens, completion_tokens=record.completion_tokens,
                latency_ms=record.latency_ms, outcome=record.outcome, attempts=record.attempts,
                redaction_applied=record.redaction_applied, error=record.error)


async def insert_call(connection, record: CallRecord) -> None:  # noqa: ANN001 - AsyncConnection or AsyncSession
    """Insert a call record; its practice is the client's (calls without a client belong to no practice)."""
    practice_id = None
    if record.client_id:
        practice_id = (await connection.execute(
            select(Client.practice_id).where(Client.id == uuid.UUID(record.client_id)))).scalar()
    await connection.execute(insert(LlmCall).values(**_call_row(record, practice_id)))


async def store_call(record: CallRecord) -> None:
    """Write a call record in a transaction of its own, with an engine on the caller's event loop.

    A model call takes seconds, so opening a connection per record costs little, and it never shares a
    connection (or an event loop) with the request or job that made the call.
    """
    from alliance.config import get_settings
    from alliance.db.session import create_engine

    engine = create_engine(get_settings().resolved_database_url)
    try:
        async with engine.begin() as connection:
            await insert_call(connection, record)
    finally:
        await engine.dispose()


def install_call_log() -> None:
    """Send every gateway call record to the database (the server and the workers call this at start)."""
    from alliance.llm.records import add_call_sink

    add_call_sink(store_call)


@dataclass
class CallTotals:
    """Totals over the filtered calls."""

    calls: int
    prompt_tokens: int
    completion_tokens: int
    mean_latency_ms: float
    failures: int
    redacted: int


async def list_calls(session: AsyncSession, actor: Actor, *, purpose: str | None = None, provider: str | None = None,
                     outcome: str | None = None, since: datetime | None = None,
                     limit: int = 200) -> tuple[Sequence[LlmCall], CallTotals]:
    """The practice's model calls, newest first, with totals (admins)."""
    require_role(actor, "admin", action="llm.calls.read")
    where = [LlmCall.practice_id == actor.practice_id]
    if purpose:
        where.append(LlmCall.purpose == purpose)
    if provider:
        where.append(LlmCall.provider == provider)
    if outcome:
        where.append(LlmCall.outcome == outcome)
    if since:
        where.append(LlmCall.started_at >= since)
    rows = (await session.execute(select(LlmCall).where(*where).order_by(LlmCall.started_at.desc())
                                  .limit(limit))).scalars().all()
    agg = (await session.execute(select(
        func.count(), func.coalesce(func.sum(LlmCall.prompt_tokens), 0),
        func.coalesce(func.sum(LlmCall.completion_tokens), 0), func.coalesce(func.avg(LlmCall.latency_ms), 0.0),
        func.coalesce(func.sum(func.cast(LlmCall.outcome != "ok", LlmCall.attempts.type)), 0),
        func.coalesce(func.sum(func.cast(LlmCall.redaction_applied, LlmCall.attempts.type)), 0),
    ).where(*where))).one()
    await audit.record(session, actor, "llm.calls.read", detail=f"count={len(rows)}")
    return rows, CallTotals(int(agg[0]), int(agg[1]), int(agg[2]), float(agg[3]), int(agg[4]), int(agg[5]))


# --- practice prompts ------------------------------------------------------------------------------------

def _as_template(row: PracticePrompt, base: PromptTemplate, approver: str | None) -> PromptTemplate:
    data = base.model_dump()
    data.update(version=row.version, system=row.system, user=row.user,
                output_schema=row.output_schema if row.output_schema is not None else base.output_schema,
                reviewed_by=approver or "not yet approved",
                reviewed_at=(row.approved_at or row.created_at).date())
    return PromptTemplate(**data)


async def effective_template(session: AsyncSession, practice_id: uuid.UUID, template_id: str) -> PromptTemplate:
    """The template a practice uses: its newest approved version, else the catalogue's newest."""
    base = get_template(template_id)
    row = (await session.execute(select(PracticePrompt).where(
        PracticePrompt.practice_id == practice_id, PracticePrompt.template_id == template_id,
        PracticePrompt.status == "approved").order_by(PracticePrompt.version.desc()).limit(1))).scalar_one_or_none()
    if row is None:
        return base
    approver = await session.get(User, row.approved_by) if row.approved_by else None
    return _as_template(row, get_template(template_id, row.base_version), approver.display_name if approver else None)


@dataclass
class TemplateVersion:
    """One version as the catalogue pages show it."""

    template: PromptTemplate
    source: str  # catalogue | practice
    status: str  # approved | draft | retired
    in_use: bool
    change_note: str | None = None
    author: str | None = None
    approver: str | None = None


async def versions(session: AsyncSession, actor: Actor, template_id: str) -> list[TemplateVersion]:
    """Every catalogue and practice version of a template, newest first, marking the one in use."""
    if actor.role == "client":
        raise NotFound("No such template.")
    shipped = [t for t in list_templates(all_versions=True) if t.id == template_id]
    if not shipped:
        raise NotFound(f"No prompt template {template_id!r}.")
    rows = (await session.execute(select(PracticePrompt).where(
        PracticePrompt.practice_id == actor.practice_id, PracticePrompt.template_id == template_id))).scalars().all()
    names = {u.id: u.display_name for u in (await session.execute(
        select(User).where(User.practice_id == actor.practice_id))).scalars()}
    in_use = await effective_template(session, actor.practice_id, template_id)
    result = [TemplateVersion(t, "catalogue", "approved", False) for t in shipped]
    base = {t.version: t for t in shipped}
    for row in rows:
        result.append(TemplateVersion(
            _as_template(row, base.get(row.base_version, shipped[-1]), names.get(row.approved_by)), "practice",
            row.status, False, row.change_note, names.get(row.created_by), names.get(row.approved_by)))
    for item in result:
        item.in_use = (item.template.version == in_use.version and item.status == "approved"
                       and item.template.system == in_use.system and item.template.user == in_use.user)
    return sorted(result, key=lambda v: -v.template.version)


async def create_draft(session: AsyncSession, actor: Actor, template_id: str, *, system: str, user: str,
                       change_note: str, base_version: int | None = None) -> PracticePrompt:
    """Adapt a template for the practice (clinicians and supervisors); it is used only after approval."""
    require_role(actor, "clinician", "supervisor", action="llm.prompt.draft")
    base = get_template(template_id, base_version)
    highest = max([t.version for t in list_templates(all_versions=True) if t.id == template_id] + [
        v or 0 for v in (await session.execute(select(func.max(PracticePrompt.version)).where(
            PracticePrompt.practice_id == actor.practice_id, PracticePrompt.template_id == template_id))).scalars()])
    row = PracticePrompt(practice_id=actor.practice_id, template_id=template_id, version=highest + 1,
                         base_version=base.version, system=system, user=user, change_note=change_note,
                         created_by=actor.user_id)
    try:
        data = base.model_dump() | {"version": row.version, "system": system, "user": user}
        candidate = PromptTemplate(**data)
        render(candidate, candidate.sample_variables())
    except (ValueError, BadRequest) as exc:
        raise BadRequest(f"The template does not work: {exc}") from exc
    session.add(row)
    await session.flush()
    await audit.record(session, actor, "llm.prompt.draft", resource_type="prompt", resource_id=f"{template_id}@{row.version}")
    return row


async def approve(session: AsyncSession, actor: Actor, template_id: str, version: int) -> PracticePrompt:
    """A supervisor approves a practice version; from then on it is the one in use."""
    require_role(actor, "supervisor", action="llm.prompt.approve")
    row = (await session.execute(select(PracticePrompt).where(
        PracticePrompt.practice_id == actor.practice_id, PracticePrompt.template_id == template_id,
        PracticePrompt.version == version))).scalar_one_or_none()
    if row is None:
        raise NotFound("No such practice version.")
    if row.status != "draft":
        raise Conflict(f"This version is already {row.status}.")
    row.status = "approved"
    row.approved_by = actor.user_id
    row.approved_at = utcnow()
    await audit.record(session, actor, "llm.prompt.approve", resource_type="prompt", resource_id=f"{template_id}@{version}")
    return row


def diff(old: PromptTemplate, new: PromptTemplate) -> str:
    """A unified diff of two versions' system and user text."""
    left = [f"system: {line}" for line in old.system.splitlines()] + [f"user: {line}" for line in old.user.splitlines()]
    right = [f"system: {line}" for line in new.system.splitlines()] + [f"user: {line}" for line in new.user.splitlines()]
    return "\n".join(difflib.unified_diff(left, right, fromfile=old.key, tofile=new.key, lineterm=""))
