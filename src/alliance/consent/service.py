"""Consent: versioned documents per practice, decisions per client and feature, and the one check."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import delete, func, select
from sqlalchemy import event as sa_event
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import ORMExecuteState, Session

from alliance.consent.models import ConsentDocument, ConsentRecord, Decision, Feature
from alliance.consent.schemas import DecisionCreate, DocumentCreate, FeatureStatus
from alliance.errors import BadRequest, Forbidden
from alliance.security import audit
from alliance.security.audit import Actor
from alliance.security.authz import Action, authorize, require_role


class ConsentRequired(Forbidden):
    """The client has not given consent for this feature."""


async def publish_document(session: AsyncSession, actor: Actor, data: DocumentCreate) -> ConsentDocument:
    """Publish a new version of a consent document (admins)."""
    require_role(actor, "admin", action="consent.document.publish")
    latest = await session.scalar(
        select(func.max(ConsentDocument.version)).where(ConsentDocument.practice_id == actor.practice_id,
                                                        ConsentDocument.feature == data.feature.value)
    )
    doc = ConsentDocument(practice_id=actor.practice_id, feature=data.feature.value, version=(latest or 0) + 1,
                          title=data.title, body=data.body, published_by=actor.user_id)
    session.add(doc)
    await session.flush()
    await audit.record(session, actor, "consent.document.publish", resource_type="consent_document",
                       resource_id=doc.id, detail=f"feature={doc.feature} version={doc.version}")
    return doc


async def list_documents(session: AsyncSession, practice_id: uuid.UUID) -> Sequence[ConsentDocument]:
    """Every version of every document of a practice, newest first per feature."""
    return (
        await session.execute(select(ConsentDocument).where(ConsentDocument.practice_id == practice_id)
                              .order_by(ConsentDocument.feature, ConsentDocument.version.desc()))
    ).scalars().all()


async def current_documents(session: AsyncSession, practice_id: uuid.UUID) -> dict[str, ConsentDocument]:
    """The newest version per feature."""
    current: dict[str, ConsentDocument] = {}
    for doc in await list_documents(session, practice_id):
        current.setdefault(doc.feature, doc)
    return current


# The client page reads every decision of the client (`status`) and then a panel asks `has_consent` again: the
# latest decision per feature that `status` read is kept for the rest of the transaction, and forgotten as soon
# as a consent record is written (flushed or bulk) and at every transaction end (savepoints included).
_KEPT = "alliance.consent_latest"  # session.info: client id -> {feature: latest ConsentRecord}


def _forget_kept(session: Session, *_args: object) -> None:
    session.info.pop(_KEPT, None)


def _forget_if_records_written(session: Session, _context: object, _instances: object) -> None:
    if _KEPT in session.info and any(isinstance(o, ConsentRecord)
                                     for o in (*session.new, *session.dirty, *session.deleted)):
        session.info.pop(_KEPT, None)


def _forget_before_writes(state: ORMExecuteState) -> None:
    if not state.is_select and _KEPT in state.session.info:
        state.session.info.pop(_KEPT, None)


for _name, _fn in (("after_transaction_end", _forget_kept), ("after_soft_rollback", _forget_kept),
                   ("before_flush", _forget_if_records_written), ("do_orm_execute", _forget_before_writes)):
    if not sa_event.contains(Session, _name, _fn):
        sa_event.listen(Session, _name, _fn)


async def _latest(session: AsyncSession, client_id: uuid.UUID, feature: str) -> ConsentRecord | None:
    kept = (session.sync_session.info.get(_KEPT) or {}).get(client_id)
    if kept is not None:
        return kept.get(feature)
    return (
        await session.execute(select(ConsentRecord).where(ConsentRecord.client_id == client_id,
                                                          ConsentRecord.feature == feature)
                              .order_by(ConsentRecord.recorded_at.desc()).limit(1))
    ).scalar_one_or_none()


async def has_consent(session: AsyncSession, client_id: uuid.UUID, feature: Feature) -> bool:
    """True when the client's latest decision on the feature is 'given'. Every feature checks through here."""
    record = await _latest(session, client_id, feature.value)
    return record is not None and record.decision == Decision.given.value


async def require_consent(session: AsyncSession, client_id: uuid.UUID, feature: Feature) -> None:
    """Raise ConsentRequired unless the client consented to the feature."""
    if not await has_consent(session, client_id, feature):
        raise ConsentRequired(f"The client has not consented to {feature.value.replace('_', ' ')}.")


async def record_decision(session: AsyncSession, actor: Actor, client_id: uuid.UUID,
                          data: DecisionCreate) -> ConsentRecord:
    """Record a client's decision (by the client, or by staff from a signed form). Never overwrites."""
    client = await authorize(session, actor, Action.consent_write, client_id)
    if data.document_id is not None:
        doc = await session.get(ConsentDocument, data.document_id)
        if doc is None or doc.practice_id != client.practice_id or doc.feature != data.feature.value:
            raise BadRequest("document_id does not name a consent document for this feature.")
    else:
        doc = (await current_documents(session, client.practice_id)).get(data.feature.value)
        if doc is None:
            raise BadRequest(f"The practice has no consent document for {data.feature.value} yet.")
    record = ConsentRecord(practice_id=client.practice_id, client_id=client.id, feature=data.feature.value,
                           decision=data.decision.value, document_id=doc.id, recorded_by=actor.user_id)
    record.note = data.note
    session.add(record)
    if data.feature is Feature.quality_monitoring and data.decision is not Decision.given:
        from alliance.clients.models import ClientDemographics

        await session.execute(delete(ClientDemographics).where(ClientDemographics.client_id == client.id))
    await session.flush()
    await audit.record(session, actor, "consent.decision", client_id=client.id, resource_type="consent_record",
                       resource_id=record.id, detail=f"feature={record.feature} decision={record.decision}")
    return record


async def status(session: AsyncSession, actor: Actor, client_id: uuid.UUID) -> list[FeatureStatus]:
    """Where the client stands on every feature."""
    client = await authorize(session, actor, Action.profile_read, client_id)
    await audit.record(session, actor, "consent.read", client_id=client.id)
    # One query each for the documents and the client's decisions (the client page shows this on every visit).
    documents = await list_documents(session, client.practice_id)
    docs: dict[str, ConsentDocument] = {}
    for doc in documents:
        docs.setdefault(doc.feature, doc)
    versions = {doc.id: doc.version for doc in documents}
    latest: dict[str, ConsentRecord] = {}
    for row in (await session.execute(select(ConsentRecord).where(ConsentRecord.client_id == client.id)
                                      .order_by(ConsentRecord.recorded_at.desc()))).scalars():
        latest.setdefault(row.feature, row)  # newest first: the first per feature is what _latest returns
    session.sync_session.info.setdefault(_KEPT, {})[client.id] = latest
    result = []
    for feature in Feature:
        record = latest.get(feature.value)
        current = docs.get(feature.value)
        version = versions.get(record.document_id) if record else None
        result.append(FeatureStatus(
            feature=feature,
            decision=Decision(record.decision) if record else None,
            recorded_at=record.recorded_at if record else None,
            document_version=version,
            current_version=current.version if current else None,
            needs_renewal=bool(record and current and record.decision == "given" and version != current.version),
        ))
    return result


async def history(session: AsyncSession, actor: Actor, client_id: uuid.UUID) -> Sequence[ConsentRecord]:
    """Every decision, newest first."""
    client = await authorize(session, actor, Action.profile_read, client_id)
    return (
        await session.execute(select(ConsentRecord).where(ConsentRecord.client_id == client.id)
                              .order_by(ConsentRecord.recorded_at.desc()))
    ).scalars().all()
