"""What a database holds, read on one connection (one snapshot): its tables with row counts and a digest of
every row, its schema revisions, the audit chain's head and the key ids its ciphertexts need."""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import inspect, select, text
from sqlalchemy.ext.asyncio import AsyncConnection

VERSION_TABLE = "alembic_version"


@dataclass
class Inventory:
    """The facts a manifest records and a restore checks."""

    tables: dict[str, dict[str, object]] = field(default_factory=dict)  # name -> {"rows": n, "sha256": hex}
    revisions: list[str] = field(default_factory=list)
    head_seq: int = 0
    head_hash: str | None = None
    key_ids: list[str] = field(default_factory=list)

    @property
    def data_rows(self) -> int:
        """Rows outside the schema's own version table (0 for an empty or freshly migrated database)."""
        return sum(int(t["rows"]) for name, t in self.tables.items() if name != VERSION_TABLE)


def _plain(value: object) -> object:
    """A value as stable text, so the same row digests the same in the dump and in the restored database."""
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, (bytes, bytearray, memoryview)):
        return "b:" + bytes(value).hex()
    if isinstance(value, float):
        return "f:" + repr(value)
    if isinstance(value, (datetime, date)):
        return "t:" + value.isoformat()
    if isinstance(value, (uuid.UUID, Decimal)):
        return "s:" + str(value)
    return f"{type(value).__name__}:{value}"


async def table_names(conn: AsyncConnection) -> list[str]:
    """Every table of the database (its default schema)."""
    return await conn.run_sync(lambda sync: sorted(inspect(sync).get_table_names()))


async def _primary_key(conn: AsyncConnection, name: str) -> list[str]:
    return await conn.run_sync(lambda sync: inspect(sync).get_pk_constraint(name).get("constrained_columns") or [])


async def table_digest(conn: AsyncConnection, name: str, *, with_digest: bool = True) -> dict[str, object]:
    """The table's row count and the SHA-256 of all its rows in primary-key order."""
    quote = conn.dialect.identifier_preparer.quote
    if not with_digest:
        count = await conn.scalar(text(f"SELECT count(*) FROM {quote(name)}"))
        return {"rows": int(count or 0)}
    pk = await _primary_key(conn, name)
    order = f" ORDER BY {', '.join(quote(c) for c in pk)}" if pk else ""
    digest, rows, lines = hashlib.sha256(), 0, []
    result = await conn.stream(text(f"SELECT * FROM {quote(name)}{order}"))
    async for partition in result.partitions(1000):
        for row in partition:
            line = json.dumps([_plain(v) for v in row], separators=(",", ":"))
            rows += 1
            if pk:
                digest.update(line.encode() + b"\n")
            else:
                lines.append(line)
    for line in sorted(lines):  # no key to order by (FTS shadow tables): order the text instead
        digest.update(line.encode() + b"\n")
    return {"rows": rows, "sha256": digest.hexdigest()}


async def key_ids(conn: AsyncConnection) -> list[str]:
    """The key-encryption key ids the data needs: every wrapped client key and every key-sealed field."""
    import alliance.db.models  # noqa: F401  (every table with encrypted fields is registered)
    from alliance.clients.models import ClientKey
    from alliance.security import crypto

    needed = set((await conn.execute(select(ClientKey.kek_id).distinct())).scalars())
    columns = {(cls.__table__, f.column) for cls, f in crypto.ENCRYPTED_FIELDS
               if f.scope == "global" and hasattr(cls, "__table__")}
    present = await conn.run_sync(lambda sync: {
        name: {c["name"] for c in inspect(sync).get_columns(name)} for name in inspect(sync).get_table_names()})
    for table, column in sorted(columns, key=lambda c: (c[0].name, c[1])):
        if column not in present.get(table.name, ()):
            continue  # a column a later migration adds: nothing is sealed in it yet
        col = table.c[column]
        result = await conn.stream(select(col).where(col.is_not(None)))
        async for partition in result.partitions(1000):
            for (blob,) in partition:
                needed.add(crypto.envelope_kid(bytes(blob)))
    return sorted(needed)


async def read(conn: AsyncConnection, *, with_digest: bool = True) -> Inventory:
    """Everything a manifest records about the database behind this connection."""
    found = Inventory()
    names = await table_names(conn)
    for name in names:
        found.tables[name] = await table_digest(conn, name, with_digest=with_digest)
    if VERSION_TABLE in names:
        found.revisions = sorted((await conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}"))).scalars())
    if "audit_anchor" in names:
        head = (await conn.execute(text("SELECT last_seq, last_hash FROM audit_anchor WHERE id = 1"))).first()
        if head is not None:
            found.head_seq, found.head_hash = int(head[0]), head[1]
    if "client_keys" in names:
        found.key_ids = await key_ids(conn)
    return found
