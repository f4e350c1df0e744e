"""`alliance restore`: put a backup into an empty database, then prove it: row counts and digests against the
manifest, every encrypted field decrypted, the schema revision, and the audit chain with its checkpoints."""

from __future__ import annotations

import os
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncSession

from alliance.backup import inventory, postgres, service, sqlite
from alliance.backup.errors import BackupError
from alliance.backup.service import Place
from alliance.security import checkpoints
from alliance.security.crypto import Keyring


@dataclass
class Check:
    """One line of the restore report."""

    name: str
    ok: bool
    detail: str


@dataclass
class RestoreReport:
    """What the restore did and what its checks found."""

    backup: str
    checks: list[Check] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        """True when every check passed."""
        return all(c.ok for c in self.checks)

    def add(self, name: str, ok: bool, detail: str) -> None:
        """Record a check."""
        self.checks.append(Check(name, ok, detail))


def _stamp() -> str:
    return service._now().strftime("%Y%m%dT%H%M%SZ")


# --- before anything is changed ------------------------------------------------------------------------

async def target_inventory(place: Place) -> inventory.Inventory:
    """Row counts of the target database (no digests); an absent SQLite file is empty."""
    if place.kind == "sqlite" and not sqlite.database_path(place.database_url).exists():
        return inventory.Inventory()
    engine = service._engine(place.database_url)
    try:
        async with engine.connect() as conn:
            return await inventory.read(conn, with_digest=False)
    finally:
        await engine.dispose()


def _checkpoint_conflict(place: Place, head_seq: int, key: bytes) -> str | None:
    """Why the target's checkpoint file would contradict the restored chain (None when it would not)."""
    marks = checkpoints.load(place.checkpoint_file, db=place.database_id, key=key)
    if marks.forged_lines:
        return (f"{len(marks.forged_lines)} line(s) of the audit checkpoint file {place.checkpoint_file} are signed "
                "with other keys than this backup's (another keyring wrote them), so `alliance audit verify` would "
                "call them forged")
    newest = marks.newest
    if newest is not None and newest.seq > head_seq:
        return (f"the audit checkpoint file {place.checkpoint_file} vouches for entry {newest.seq} of this "
                f"database, but the backup ends at entry {head_seq}: entries (and the records written with them) "
                "made after this backup would be lost, and `alliance audit verify` would report the log truncated")
    return None


async def preflight(place: Place, manifest: dict[str, object], *, force: bool, audit_key: bytes) -> list[str]:
    """Refuse a restore that would replace data or contradict the audit checkpoints, unless forced; returns notes."""
    notes: list[str] = []
    kind = manifest["database"]["kind"]  # type: ignore[index]
    if kind != place.kind:
        raise BackupError(f"this is a {kind} backup and the configured database is {place.kind}: restore it into "
                          f"a {kind} database (ALLIANCE_DATABASE_URL)")
    current = await target_inventory(place)
    if current.data_rows:
        if not force:
            raise BackupError(f"the target database is not empty ({current.data_rows} rows in "
                              f"{sum(1 for t in current.tables.values() if t['rows'])} tables): restore refuses to "
                              "replace data. Point ALLIANCE_DATABASE_URL (or ALLIANCE_DATA_DIR) at an empty "
                              "database, or give --force to replace everything in it")
        notes.append(f"--force: the {current.data_rows} rows in the target database were replaced")
    head_seq = int(manifest["audit"]["head_seq"])  # type: ignore[index]
    conflict = _checkpoint_conflict(place, head_seq, audit_key)
    if conflict:
        if not force:
            raise BackupError(f"{conflict}. Restore a newer backup, or give --force to restore this one: the "
                              "checkpoint file is then kept as evidence beside a new one")
        aside = place.checkpoint_file.with_name(place.checkpoint_file.name + f".before-restore-{_stamp()}")
        os.replace(place.checkpoint_file, aside)
        notes.append(f"--force: {conflict}; that file was kept as {aside}")
    return notes


def install_keyring(place: Place, ring: Keyring) -> str | None:
    """Write the imported keyring as the installation's keyring file (an earlier, different one is kept aside)."""
    import base64
    import json

    if place.keyring_file is None:
        return None
    path = place.keyring_file
    note = f"installed the keyring from the export as {path}"
    if path.exists():
        try:
            data = json.loads(path.read_text())
            same = (data.get("active") == ring.active_id
                    and base64.b64decode(data["blind_index_key"]) == ring.index_key
                    and {k: base64.b64decode(v) for k, v in data["keys"].items()} == ring.keys)
        except (ValueError, KeyError, TypeError, AttributeError):
            same = False
        if same:
            return None
        aside = path.with_name(path.name + f".before-restore-{_stamp()}")
        os.replace(path, aside)
        note += f"; the keyring file there before was kept as {aside}"
    Keyring(dict(ring.keys), ring.active_id, ring.index_key, path=path).save()
    os.chmod(path.parent, 0o700)
    return note


def audit_key_of(ring: Keyring) -> bytes:
    """The audit chain's key for this keyring (the derivation of security.audit.audit_key, checked after install)."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"alliance audit chain v1").derive(ring.index_key)


# --- putting the data back -----------------------------------------------------------------------------

async def _empty_postgres(url: str) -> None:
    engine = service._engine(url)
    try:
        async with engine.begin() as conn:
            if await inventory.table_names(conn):
                await conn.execute(text("DROP SCHEMA public CASCADE"))
                await conn.execute(text("CREATE SCHEMA public"))
    finally:
        await engine.dispose()


async def put_back(place: Place, folder: Path, manifest: dict[str, object]) -> list[str]:
    """Restore the database, the job queue, audio and checkpoints; returns notes for the report."""
    notes: list[str] = []
    db_file = folder / manifest["database"]["file"]  # type: ignore[index]
    if place.kind == "sqlite":
        target = sqlite.database_path(place.database_url)
        for suffix in ("-wal", "-shm", "-journal"):
            Path(str(target) + suffix).unlink(missing_ok=True)  # a deleted file's leftovers must not be replayed
        sqlite.copy_in(db_file, target)
    else:
        engine = service._engine(place.database_url)
        try:
            async with engine.connect() as conn:
                version = int(await conn.scalar(text("SHOW server_version_num")))
        finally:
            await engine.dispose()
        tool, _name = await postgres.check_tool("pg_restore", version)
        await _empty_postgres(place.database_url)
        await postgres.restore(place.database_url, db_file, tool=tool)
    files = manifest.get("files") or {}
    if service.JOBS in files:  # type: ignore[operator]
        if place.redis:
            notes.append("the backup's SQLite job queue was not restored: this installation queues jobs on Redis")
        else:
            sqlite.copy_in(folder / service.JOBS, place.data_dir / "jobs.db")
    audio = [rel for rel in files if rel.startswith("audio/")]  # type: ignore[union-attr]
    for rel in audio:
        service._copy_private(folder / rel, place.data_dir / rel)
    if audio:
        for sub in [place.data_dir / "audio", *(p for p in (place.data_dir / "audio").rglob("*") if p.is_dir())]:
            os.chmod(sub, 0o700)
        notes.append(f"{len(audio)} audio file(s) restored")
    source_id = manifest["audit"]["database_id"]  # type: ignore[index]
    if service.CHECKPOINTS in files and source_id == place.database_id:  # type: ignore[operator]
        # The same database (path or server and name): its signed checkpoints apply here as they are.
        have = set(place.checkpoint_file.read_text().splitlines()) if place.checkpoint_file.exists() else set()
        lines = [line for line in (folder / service.CHECKPOINTS).read_text().splitlines()
                 if line.strip() and line not in have]
        if lines:
            service._private_dir(place.checkpoint_file.parent)
            fd = os.open(place.checkpoint_file, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
            with os.fdopen(fd, "a") as fh:
                fh.write("".join(line + "\n" for line in lines))
                fh.flush()
                os.fsync(fh.fileno())
            notes.append(f"{len(lines)} signed audit checkpoint(s) put back in {place.checkpoint_file}")
    return notes


async def _upgrade(place: Place, report: RestoreReport, revisions: list[str]) -> bool:
    """Bring an older schema up to this version's; returns whether it ran."""
    state = service.schema_state(revisions)
    if state == "current":
        report.add("schema revision", True, f"{', '.join(revisions)}: this version's schema")
        return False
    if state == "unknown":
        report.add("schema revision", False, f"{', '.join(revisions)}: unknown to this version of Alliance, so the "
                   "backup comes from a newer one; install that version to restore it")
        return False
    from alliance.db.migrate import upgrade_async

    await upgrade_async(place.database_url)
    report.add("schema revision", True, f"upgraded from {', '.join(revisions)} to this version's schema")
    return True


# --- checking ------------------------------------------------------------------------------------------

class _RowKey:
    """What an encrypted attribute needs of its row (table, id, owning client) without loading the object."""

    def __init__(self, cls: type, row_id: object, client_id: object) -> None:
        self.__tablename__ = cls.__tablename__
        self.__data_key_owner__ = getattr(cls, "__data_key_owner__", "client_id")
        self.id = row_id
        self.client_id = client_id


async def decrypt_all(session: AsyncSession) -> dict[str, list[int]]:
    """Open every encrypted field of every row with the keys present: "table.column" -> [opened, failed]."""
    import alliance.db.models  # noqa: F401
    from alliance.clients.models import ClientKey
    from alliance.security import crypto

    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for key in (await session.execute(select(ClientKey))).scalars():
        try:
            crypto.remember_client_key(key.client_id, crypto.unwrap_data_key(key.client_id, key.wrapped))
            counts["client_keys.wrapped"][0] += 1
        except crypto.KeyError_:
            counts["client_keys.wrapped"][1] += 1
    by_class: dict[type, list[crypto.Encrypted]] = defaultdict(list)
    for cls, attr in crypto.ENCRYPTED_FIELDS:
        if hasattr(cls, "__table__") and attr not in by_class[cls]:
            by_class[cls].append(attr)
    for cls, attrs in sorted(by_class.items(), key=lambda item: item[0].__tablename__):
        table = cls.__table__
        owner = table.c.client_id if "client_id" in table.c else table.c.id
        query = select(table.c.id, owner, *(table.c[a.column] for a in attrs))
        result = await session.stream(query.execution_options(yield_per=1000))
        async for partition in result.partitions():
            for row_id, client_id, *blobs in partition:
                row = _RowKey(cls, row_id, client_id)
                for attr, blob in zip(attrs, blobs):
                    if blob is None:
                        continue
                    name = f"{cls.__tablename__}.{attr.column}"
                    try:
                        if attr.scope == "global":
                            crypto.unseal_global(bytes(blob), attr.aad(row))
                        else:
                            crypto.unseal(bytes(blob), crypto.client_key(attr.owner_id(row)), attr.aad(row))
                        counts[name][0] += 1
                    except crypto.KeyError_:
                        counts[name][1] += 1
    return dict(counts)


def _compare_tables(report: RestoreReport, expected: dict[str, dict], found: dict[str, dict], digests: bool) -> None:
    wrong = []
    for name, info in sorted(expected.items()):
        got = found.get(name)
        if got is None:
            wrong.append(f"{name} is missing")
        elif got["rows"] != info["rows"]:
            wrong.append(f"{name} has {got['rows']} rows, the backup {info['rows']}")
        elif digests and got.get("sha256") != info.get("sha256"):
            wrong.append(f"{name}: same number of rows, different content")
    extra = [n for n, t in found.items() if n not in expected and t["rows"]]
    wrong += [f"{n} is not in the backup but holds rows" for n in sorted(extra)]
    rows = sum(int(t["rows"]) for t in expected.values())
    what = "row counts and contents" if digests else "row counts (the schema was upgraded, so contents may differ)"
    report.add("tables", not wrong, "; ".join(wrong[:8]) if wrong else f"{len(expected)} tables, {rows} rows: "
               f"{what} match the manifest")


async def check(place: Place, manifest: dict[str, object], report: RestoreReport, *, upgraded: bool) -> None:
    """Verify the restored database against the manifest; adds each finding to the report."""
    from alliance.db.session import session_scope
    from alliance.security import audit

    if place.kind == "sqlite":
        verdict = sqlite.integrity(sqlite.database_path(place.database_url))
        report.add("integrity", verdict == "ok", f"SQLite quick_check: {verdict}")
    engine = service._engine(place.database_url)
    try:
        async with engine.connect() as conn:
            found = await inventory.read(conn, with_digest=not upgraded)
    finally:
        await engine.dispose()
    _compare_tables(report, manifest["tables"], found.tables, digests=not upgraded)  # type: ignore[arg-type]
    head = manifest["audit"]  # type: ignore[index]
    report.add("audit head", (found.head_seq, found.head_hash) == (head["head_seq"], head["head_hash"]),
               f"entry {found.head_seq} (the backup's head is entry {head['head_seq']})")

    async with session_scope(place.database_url) as session:
        opened = await decrypt_all(session)
        failed = {name: c[1] for name, c in opened.items() if c[1]}
        total = sum(c[0] for c in opened.values())
        clients = opened.get("clients.given_name_ct", [0, 0])[0]
        report.add("decryption", not failed,
                   f"could not open: {', '.join(f'{n} ({k})' for n, k in sorted(failed.items()))}" if failed else
                   f"{total} encrypted values in {len(opened)} columns opened with the keys present "
                   f"({clients} client names among them)")
        marks = checkpoints.Checkpoints()
        backup_file = Path(report.backup) / service.CHECKPOINTS
        if backup_file.exists():
            marks = checkpoints.load(backup_file, db=head["database_id"], key=audit.audit_key())
        disagree = []
        for seq, mark in sorted(marks.by_seq.items()):
            if seq > int(head["head_seq"]):
                continue
            stored = await session.scalar(text("SELECT hash FROM audit_events WHERE seq = :seq"), {"seq": seq})
            if stored != mark.hash:
                disagree.append(seq)
        if marks.forged_lines:
            disagree.append(-1)
        report.add("backup's checkpoints", not disagree,
                   f"entries {disagree[:5]} differ from the signed checkpoints in the backup" if disagree else
                   f"{len(marks)} signed checkpoint(s) in the backup agree with the restored entries")
        result = await audit.verify(session, checkpoint_file=place.checkpoint_file,
                                    write_checkpoint_if_intact=True)
        report.add("audit chain", result.ok, f"{result.checked} entries intact, compared with {result.checkpoints} "
                   f"signed checkpoint(s)" if result.ok else f"{result.reason} (entry {result.first_bad_seq})")


async def restore(place: Place, folder: Path, manifest: dict[str, object], ring: Keyring, *,
                  force: bool, install: bool) -> RestoreReport:
    """Restore a checked backup (load_manifest and check_keys first) into the place and verify it.

    `install` writes `ring` as the installation's keyring file (keys imported with --keys); otherwise `ring` is
    the keyring the installation already loads.
    """
    from alliance.security import audit, crypto

    started = time.perf_counter()
    report = RestoreReport(str(folder))
    report.notes += await preflight(place, manifest, force=force, audit_key=audit_key_of(ring))
    if install:
        note = install_keyring(place, ring)
        if note:
            report.notes.append(note)
    crypto.reset_keyring()
    if crypto.get_keyring().index_key != ring.index_key or audit.audit_key() != audit_key_of(ring):
        raise BackupError("the keyring Alliance loads is not the one given for the restore (check "
                          "ALLIANCE_DATA_DIR and ALLIANCE_ENCRYPTION_KEYS)")
    report.notes += await put_back(place, folder, manifest)
    upgraded = await _upgrade(place, report, list(manifest.get("alembic_revisions") or []))
    if report.ok:
        await check(place, manifest, report, upgraded=upgraded)
    if report.ok:
        await service._record(place.database_url, "backup.restore", str(manifest.get("name")))
    report.seconds = time.perf_counter() - started
    return report
