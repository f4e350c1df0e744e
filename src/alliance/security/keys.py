"""Key rotation: re-wrap every client data key and re-seal KEK-sealed fields under the active key."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from alliance.clients.models import ClientKey
from alliance.security import audit, crypto
from alliance.security.audit import Actor


@dataclass
class RotationReport:
    """What a rotation changed."""

    active_key_id: str
    data_keys_rewrapped: int
    fields_resealed: int
    keys_in_use: set[str]


async def rotate(session: AsyncSession) -> RotationReport:
    """Bring every wrapped key and KEK-sealed field onto the keyring's active key."""
    import alliance.db.models  # noqa: F401  (every table with encrypted fields is registered)

    ring = crypto.get_keyring()
    rewrapped = 0
    for key in (await session.execute(select(ClientKey))).scalars():
        if key.kek_id != ring.active_id:
            dek = crypto.unwrap_data_key(key.client_id, key.wrapped)
            key.kek_id, key.wrapped = crypto.wrap_data_key(key.client_id, dek)
            rewrapped += 1
    resealed = 0
    classes = {cls for cls, field in crypto.ENCRYPTED_FIELDS if field.scope == "global"}
    for cls in classes:
        fields = [f for c, f in crypto.ENCRYPTED_FIELDS if c is cls and f.scope == "global"]
        for row in (await session.execute(select(cls))).scalars():
            for field in fields:
                resealed += field.reseal(row)
    await session.flush()
    # Which keys still seal something, read from the data itself (never assumed): --retire keeps these.
    in_use = {ring.active_id} | set((await session.execute(select(ClientKey.kek_id).distinct())).scalars())
    for cls in classes:
        fields = [f for c, f in crypto.ENCRYPTED_FIELDS if c is cls and f.scope == "global"]
        for row in (await session.execute(select(cls))).scalars():
            for field in fields:
                blob = getattr(row, field.column)
                if blob:
                    in_use.add(crypto.envelope_kid(blob))
    await audit.record(session, Actor.system(), "keys.rotate", resource_type="keyring", resource_id=ring.active_id,
                       detail=f"rewrapped={rewrapped} resealed={resealed}")
    return RotationReport(ring.active_id, rewrapped, resealed, in_use)
