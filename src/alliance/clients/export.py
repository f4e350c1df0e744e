"""Right of access (a ZIP of everything held about a client) and erasure (crypto-shredding).

Both walk every mapped table with a `client_id` column, so a new domain's records are exported and erased
without registering anything here.
"""

from __future__ import annotations

import io
import json
import uuid
import zipfile
from datetime import date, datetime, timedelta
from typing import Any

from jinja2 import Environment, select_autoescape
from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from alliance.accounts.models import ApiToken, AuthSession, User
from alliance.clients.models import Client, ClientKey
from alliance.clients.schemas import ErasureRequest, ErasureResult
from alliance.db.base import Base, utcnow
from alliance.errors import Conflict
from alliance.practices.models import Practice
from alliance.security import audit, crypto
from alliance.security.audit import Actor
from alliance.security.authz import Action, authorize
from alliance.security.models import AuditEvent

# Columns never exported: secrets, ciphertexts (their decrypted attribute is exported instead), indexes.
HIDDEN = {"password_hash", "wrapped", "token_hash", "csrf_token", "identity_bidx", "email_bidx", "mfa_secret_ct"}


def _owned_classes() -> list[type]:
    """Mapped classes holding rows that belong to a client, in foreign-key order."""
    order = {table.name: i for i, table in enumerate(Base.metadata.sorted_tables)}
    classes = [
        m.class_ for m in Base.registry.mappers
        if "client_id" in m.columns and m.class_ not in (ClientKey, AuditEvent)
    ]
    return sorted(classes, key=lambda cls: order.get(cls.__tablename__, 0))


def _plain(value: Any) -> Any:
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, bytes):
        return None
    return value


def serialise(obj: Any) -> dict[str, Any]:
    """A row as plain JSON values, with encrypted fields decrypted and secrets left out."""
    row: dict[str, Any] = {}
    for column in obj.__table__.columns:
        key = column.key
        if key in HIDDEN or key.endswith("_ct") or key.endswith("_bidx"):
            continue
        row[key] = _plain(getattr(obj, key))
    for cls in type(obj).__mro__:
        for name, attr in vars(cls).items():
            if isinstance(attr, crypto.Encrypted) and attr.column not in HIDDEN:
                row[name] = _plain(getattr(obj, name))
    return row


async def collect(session: AsyncSession, client: Client) -> dict[str, Any]:
    """Everything held about a client, by section."""
    data: dict[str, Any] = {"profile": serialise(client)}
    for cls in _owned_classes():
        # Psychotherapy (process) notes are the clinician's own and excluded from the right of access
        # (HIPAA 45 CFR 164.524(a)(1)(i)); a table says so with __exclude_from_client_export__.
        if cls is Client or getattr(cls, "__exclude_from_client_export__", False):
            continue
        rows = (await session.execute(select(cls).where(cls.client_id == client.id))).scalars().all()
        if rows:
            data[cls.__tablename__] = [serialise(r) for r in rows]
    events = (
        await session.execute(select(AuditEvent).where(AuditEvent.client_id == client.id).order_by(AuditEvent.seq))
    ).scalars().all()
    staff = {u.id: u.display_name for u in (await session.execute(
        select(User).where(User.practice_id == client.practice_id, User.role != "client"))).scalars()}
    data["access_log"] = [
        {"at": e.at.isoformat(), "who": staff.get(e.actor_id, e.actor_role), "role": e.actor_role,
         "action": e.action, "outcome": e.outcome}
        for e in events
    ]
    return data


HTML = Environment(autoescape=select_autoescape(default=True)).from_string("""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Your records at {{ practice }}</title>
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5}
table{border-collapse:collapse;width:100%;margin-bottom:2rem}th,td{border:1px solid #ccc;padding:.3rem .5rem;
text-align:left;vertical-align:top}th{background:#f3f3f3}</style></head><body>
<h1>Your records at {{ practice }}</h1>
<p>Exported {{ exported_at }}. This file and <code>records.json</code> hold everything the practice keeps about you
in Alliance, including who looked at your record and when.</p>
{% for section, rows in sections %}<h2>{{ section.replace('_', ' ')|capitalize }}</h2>
{% if rows is mapping %}<table>{% for k, v in rows.items() %}<tr><th>{{ k.replace('_', ' ') }}</th><td>{{ v if v is not none else '' }}</td></tr>{% endfor %}</table>
{% else %}<table><tr>{% for k in rows[0].keys() %}<th>{{ k.replace('_', ' ') }}</th>{% endfor %}</tr>
{% for row in rows %}<tr>{% for v in row.values() %}<td>{{ v if v is not none else '' }}</td>{% endfor %}</tr>{% endfor %}</table>{% endif %}
{% endfor %}</body></html>""")


async def export_client(session: AsyncSession, actor: Actor, client_id: uuid.UUID) -> tuple[str, bytes]:
    """A ZIP (records.json + records.html) of everything held about the client; returns (filename, bytes)."""
    client = await authorize(session, actor, Action.export, client_id)
    practice = await session.get(Practice, client.practice_id)
    data = await collect(session, client)
    exported_at = utcnow()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("records.json", json.dumps({"exported_at": exported_at.isoformat(), **data}, indent=2))
        archive.writestr("records.html", HTML.render(
            practice=practice.name if practice else "", exported_at=exported_at.strftime("%Y-%m-%d %H:%M UTC"),
            sections=[(k, v) for k, v in data.items() if v],
        ))
    await audit.record(session, actor, "client.export", client_id=client.id, resource_type="client",
                       resource_id=client.id, detail=f"sections={len(data)}")
    return f"alliance-records-{client.id}.zip", buffer.getvalue()


def retention_ends(client: Client, years: int) -> date | None:
    """When the practice's duty to keep a discharged client's record ends."""
    if client.discharged_at is None:
        return None
    return (client.discharged_at + timedelta(days=round(365.25 * years))).date()


async def erase_client(session: AsyncSession, actor: Actor, client_id: uuid.UUID,
                       data: ErasureRequest) -> ErasureResult:
    """Erase a client: delete their rows, destroy their data key, blank the profile; audited (ids only)."""
    client = await authorize(session, actor, Action.erase, client_id)
    practice = await session.get(Practice, client.practice_id)
    years = practice.record_retention_years if practice else 0
    if not data.override_retention:
        ends = retention_ends(client, years)
        if ends is None:
            raise Conflict("Discharge the client first: records are kept for the retention period after discharge.")
        if ends > utcnow().date():
            raise Conflict(f"The practice keeps records {years} years after discharge, until {ends.isoformat()}. "
                           "Erase earlier only when no legal duty to keep them applies (override_retention).")
    deleted = 0
    for cls in reversed(_owned_classes()):
        if cls in (Client, User):
            continue
        result = await session.execute(delete(cls).where(cls.client_id == client.id))
        deleted += result.rowcount or 0
    users = (await session.execute(select(User).where(User.client_id == client.id))).scalars().all()
    for user in users:
        await session.execute(delete(AuthSession).where(AuthSession.user_id == user.id))
        await session.execute(delete(ApiToken).where(ApiToken.user_id == user.id))
        await session.delete(user)
        deleted += 1
    client.key = None  # delete-orphan: the wrapped data key row goes at the flush (crypto-shredding)
    crypto.forget_client_key(client.id)
    for column in client.__table__.columns:
        if column.key.endswith("_ct"):
            setattr(client, column.key, None)
    client.__dict__.pop("_alliance_plain", None)
    client.__dict__.pop("_alliance_pending", None)
    client.identity_bidx = None
    client.region = None
    client.status = "erased"
    client.erased_at = utcnow()
    client.updated_by = actor.user_id
    await session.flush()
    await audit.record(session, actor, "client.erase", client_id=client.id, resource_type="client",
                       resource_id=client.id, detail=f"rows={deleted} override={data.override_retention}")
    return ErasureResult(client_id=client.id, erased_at=client.erased_at, rows_deleted=deleted)
