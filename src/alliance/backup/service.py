"""`alliance backup` and `alliance restore`: what a backup holds, how it is written, restored and checked.

A backup is one folder, `alliance-backup-<UTC time>/` (mode 0700, files 0600):

    database.sqlite | database.pgdump   the database (SQLite online backup, or pg_dump -Fc of one snapshot)
    jobs.sqlite                         the job queue when it is SQLite (huey), not with Redis
    audit-checkpoints.jsonl             the signed checkpoints of the audit chain's head
    audio/...                           uploaded session audio waiting for transcription, if any
    manifest.json                       what it holds: versions, revisions, row counts and digests per table,
                                        the audit head, the key ids needed (never the keys), each file's SHA-256

The keyring is never in it: `export_keys` writes it elsewhere, encrypted under a passphrase (keyfile.py).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import shutil
import sqlite3
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine
from sqlalchemy.pool import NullPool

from alliance.backup import inventory, keyfile, postgres, sqlite
from alliance.backup.errors import BackupError
from alliance.config import Settings, normalise_database_url
from alliance.security import checkpoints
from alliance.security.crypto import Keyring

FORMAT = "alliance-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
CHECKPOINTS = "audit-checkpoints.jsonl"
JOBS = "jobs.sqlite"
DB_FILES = {"sqlite": "database.sqlite", "postgresql": "database.pgdump"}


# --- where Alliance keeps its state --------------------------------------------------------------------

@dataclass(frozen=True)
class Place:
    """One installation's state: its database, data dir (job queue, audio), checkpoint file and keyring file."""

    database_url: str
    data_dir: Path
    checkpoint_file: Path
    keyring_file: Path | None  # None when the keys come from ALLIANCE_ENCRYPTION_KEYS
    redis: bool = False

    @classmethod
    def from_settings(cls, settings: Settings) -> "Place":
        """The configured installation."""
        from alliance.security.crypto import keyring_path

        return cls(database_url=normalise_database_url(settings.resolved_database_url), data_dir=settings.data_dir,
                   checkpoint_file=checkpoints.default_path(settings),
                   keyring_file=None if settings.encryption_keys is not None else keyring_path(settings),
                   redis=bool(settings.redis_url))

    @property
    def kind(self) -> str:
        """The backend: sqlite or postgresql."""
        backend = make_url(self.database_url).get_backend_name()
        if backend not in DB_FILES:
            raise BackupError(f"backups support SQLite and PostgreSQL, not {backend}")
        return backend

    @property
    def database_id(self) -> str:
        """The name the audit checkpoints use for this database."""
        return checkpoints.database_id(make_url(self.database_url))


def _engine(url: str) -> AsyncEngine:
    # A plain engine without the app's SQLite pragmas (no BEGIN IMMEDIATE, no WAL switch): reads only here.
    return create_async_engine(url, poolclass=NullPool)


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _private_dir(path: Path) -> None:
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(path, 0o700)


def _copy_private(source: Path, target: Path) -> None:
    _private_dir(target.parent)
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as out, source.open("rb") as src:
        shutil.copyfileobj(src, out)
    os.chmod(target, 0o600)


def _write_private(target: Path, data: bytes) -> None:
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(data)
        out.flush()
        os.fsync(out.fileno())


# --- manifest ------------------------------------------------------------------------------------------

def _manifest_key(index_key: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"alliance backup manifest v1").derive(index_key)


def _canonical(manifest: dict[str, object]) -> bytes:
    return json.dumps({k: v for k, v in manifest.items() if k != "mac"}, sort_keys=True,
                      separators=(",", ":")).encode()


def sign_manifest(manifest: dict[str, object], index_key: bytes) -> str:
    """An HMAC of the manifest under a key derived from the keyring: a changed manifest fails with the keys."""
    return hmac.new(_manifest_key(index_key), _canonical(manifest), hashlib.sha256).hexdigest()


def _alliance_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("alliance")
    except PackageNotFoundError:  # pragma: no cover - run from a source tree
        return "unknown"


def _scripts():  # noqa: ANN202
    from alembic.script import ScriptDirectory

    from alliance.db.migrate import alembic_config

    return ScriptDirectory.from_config(alembic_config("sqlite://"))


def schema_state(revisions: list[str]) -> str:
    """The schema's state: "current" when the recorded revisions include every migration head of this version (alembic keeps no row
    for a branch another branch depends on), "older" when they are all known, "unknown" otherwise."""
    scripts = _scripts()
    applied: set[str] = set()
    stack = list(revisions)
    while stack:
        try:
            rev = scripts.get_revision(stack.pop())
        except Exception:  # noqa: BLE001 - alembic raises several types for an unknown id
            return "unknown"
        if rev is None or rev.revision in applied:
            continue
        applied.add(rev.revision)
        for parent in (rev.down_revision, rev.dependencies):
            stack += [parent] if isinstance(parent, str) else list(parent or ())
    return "current" if set(scripts.get_heads()) <= applied else "older"


# --- backing up ----------------------------------------------------------------------------------------

@dataclass
class BackupResult:
    """What `backup` wrote."""

    folder: Path
    manifest: dict[str, object]
    seconds: float
    missing_keys: list[str] = field(default_factory=list)


async def _record(url: str, action: str, detail: str) -> None:
    from alliance.db.session import session_scope
    from alliance.security import audit
    from alliance.security.audit import Actor

    async with session_scope(url) as session:
        await audit.record(session, Actor.system(), action, resource_type="backup", detail=detail)


async def _snapshot_sqlite(place: Place, target: Path) -> tuple[inventory.Inventory, dict[str, object]]:
    sqlite.copy_out(sqlite.database_path(place.database_url), target)
    engine = _engine(f"sqlite+aiosqlite:///{target}")
    try:
        async with engine.connect() as conn:
            found = await inventory.read(conn)
    finally:
        await engine.dispose()
    return found, {"sqlite_version": sqlite3.sqlite_version}


async def _snapshot_postgres(place: Place, target: Path) -> tuple[inventory.Inventory, dict[str, object]]:
    engine = _engine(place.database_url)
    try:
        async with engine.connect() as conn:
            conn = await conn.execution_options(isolation_level="REPEATABLE READ")
            async with conn.begin():
                version = int(await conn.scalar(text("SHOW server_version_num")))
                tool, tool_name = await postgres.check_tool("pg_dump", version)
                # pg_dump reads the very snapshot the counts and digests below were read from.
                snapshot = await conn.scalar(text("SELECT pg_export_snapshot()"))
                found = await inventory.read(conn)
                await postgres.dump(place.database_url, target, snapshot=snapshot, tool=tool)
    finally:
        await engine.dispose()
    return found, {"server_version_num": version, "dump_tool": tool_name}


async def backup(place: Place, keyring: Keyring, to: Path, *, keys_source: str) -> BackupResult:
    """Write a consistent backup of the installation into a new folder under `to`; returns it with its manifest."""
    started = time.perf_counter()
    kind = place.kind
    at = _now()
    name = f"alliance-backup-{at.strftime('%Y%m%dT%H%M%SZ')}"
    _private_dir(to)
    folder = to / name
    if folder.exists():
        raise BackupError(f"{folder} exists already; wait a second and run the backup again")
    # Who took a backup, and when, is part of the record (written before the snapshot, so the backup holds it).
    await _record(place.database_url, "backup.create", name)
    _private_dir(folder)
    if place.checkpoint_file.exists():  # before the snapshot: every line in it vouches for entries the copy holds
        _copy_private(place.checkpoint_file, folder / CHECKPOINTS)
    db_file = folder / DB_FILES[kind]
    if kind == "sqlite":
        found, server = await _snapshot_sqlite(place, db_file)
    else:
        found, server = await _snapshot_postgres(place, db_file)
    jobs = place.data_dir / "jobs.db"
    if not place.redis and jobs.exists():
        sqlite.copy_out(jobs, folder / JOBS)
    audio = place.data_dir / "audio"
    if audio.is_dir():
        for path in sorted(p for p in audio.rglob("*") if p.is_file() and not p.is_symlink()):
            _copy_private(path, folder / "audio" / path.relative_to(audio))
        for sub in [folder / "audio", *(p for p in (folder / "audio").rglob("*") if p.is_dir())]:
            os.chmod(sub, 0o700)
    files = {str(p.relative_to(folder)): {"sha256": _sha256(p), "bytes": p.stat().st_size}
             for p in sorted(folder.rglob("*")) if p.is_file()}
    missing = [kid for kid in found.key_ids if kid not in keyring.keys]
    manifest: dict[str, object] = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "name": name,
        "created_at": at.isoformat(timespec="seconds"),
        "alliance_version": _alliance_version(),
        "database": {"kind": kind, "file": DB_FILES[kind], "id": place.database_id, **server},
        "alembic_revisions": found.revisions,
        "tables": found.tables,
        "audit": {"head_seq": found.head_seq, "head_hash": found.head_hash, "database_id": place.database_id},
        "keys": {
            "source": keys_source,
            "needed": found.key_ids,
            "fingerprints": {kid: keyfile.fingerprint(keyring.keys[kid]) for kid in found.key_ids
                             if kid in keyring.keys},
            "blind_index_fingerprint": keyfile.fingerprint(keyring.index_key),
        },
        "jobs": "redis (not in the backup)" if place.redis else ("sqlite" if JOBS in files else "none"),
        "files": files,
    }
    manifest["mac"] = sign_manifest(manifest, keyring.index_key)
    _write_private(folder / MANIFEST, (json.dumps(manifest, indent=2, sort_keys=True) + "\n").encode())
    return BackupResult(folder, manifest, time.perf_counter() - started, missing)


def check_keys_place(keys_to: Path, backup_root: Path) -> None:
    """Refuse a key export inside the backups' folder: keys kept with the data they unlock leak everything."""
    keys_dir, root = keys_to.resolve(), backup_root.resolve()
    if keys_dir == root or keys_dir.is_relative_to(root):
        raise BackupError(f"--keys-to {keys_to} is inside the backup directory {backup_root}: keys kept with the "
                          "data they unlock leak everything. Choose another place (another disk, a USB key, a "
                          "password manager's vault)")


def export_keys(keyring: Keyring, keys_to: Path, backup_root: Path, passphrase: str) -> Path:
    """Write the keyring, encrypted under the passphrase, into `keys_to`, which must lie outside the backups."""
    check_keys_place(keys_to, backup_root)
    keys_dir = keys_to.resolve()
    at = _now()
    data = keyfile.export_keyring(keyring, passphrase, created_at=at.isoformat(timespec="seconds"))
    _private_dir(keys_dir)
    target = keys_dir / f"alliance-keys-{at.strftime('%Y%m%dT%H%M%SZ')}.json"
    _write_private(target, data)
    return target


def prune(to: Path, keep: int) -> list[Path]:
    """Delete all but the newest `keep` backups in `to` (only folders this command wrote); returns those deleted."""
    if keep < 1:
        raise BackupError("--keep must be at least 1")
    ours = sorted(p for p in to.glob("alliance-backup-*") if p.is_dir() and not p.is_symlink()
                  and (p / MANIFEST).is_file())
    gone = ours[:-keep]
    for folder in gone:
        shutil.rmtree(folder)
    return gone


# --- reading a backup ----------------------------------------------------------------------------------

def load_manifest(folder: Path) -> dict[str, object]:
    """The backup's manifest, after checking every file it lists against its SHA-256 (tampering or damage)."""
    path = folder / MANIFEST
    try:
        manifest = json.loads(path.read_text())
    except FileNotFoundError:
        raise BackupError(f"{folder} is not an Alliance backup (no {MANIFEST})") from None
    except (OSError, ValueError) as exc:
        raise BackupError(f"the manifest {path} is unreadable: {exc}") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BackupError(f"{path} is not an Alliance backup manifest")
    if manifest.get("format_version") != FORMAT_VERSION:
        raise BackupError(f"backup format {manifest.get('format_version')} is not one this Alliance reads "
                          f"({FORMAT_VERSION})")
    files = manifest.get("files") or {}
    database = manifest.get("database") or {}
    if database.get("file") not in files:
        raise BackupError("the manifest does not list the database file: the backup is incomplete")
    bad = []
    for rel, info in sorted(files.items()):
        target = (folder / rel).resolve()
        if not target.is_relative_to(folder.resolve()):
            raise BackupError(f"the manifest names a file outside the backup ({rel}): refused")
        if not target.is_file():
            bad.append(f"{rel} is missing")
        elif _sha256(target) != info.get("sha256"):
            bad.append(f"{rel} does not match its SHA-256")
    if bad:
        raise BackupError("the backup was changed or damaged since it was written, nothing was restored: "
                          + "; ".join(bad))
    return manifest


def check_keys(manifest: dict[str, object], keyring: Keyring, *, found_in: str) -> None:
    """Refuse keys that cannot open the backup, naming what it needs and what was found."""
    keys = manifest.get("keys") or {}
    needed = list(keys.get("needed") or [])
    fingerprints = keys.get("fingerprints") or {}
    missing = [kid for kid in needed if kid not in keyring.keys]
    wrong = [kid for kid in needed if kid in keyring.keys and kid in fingerprints
             and keyfile.fingerprint(keyring.keys[kid]) != fingerprints[kid]]
    have = ", ".join(sorted(keyring.keys)) or "none"
    if missing or wrong:
        detail = f"this backup needs keys {', '.join(needed)}; found {have} ({found_in})"
        if wrong:
            detail += f"; {', '.join(wrong)} hold other values than the keys the backup was made with"
        raise BackupError(detail + ". Give the matching key export with --keys FILE.")
    if keys.get("blind_index_fingerprint") != keyfile.fingerprint(keyring.index_key):
        raise BackupError(f"the blind-index key ({found_in}) is not the one this backup was made with: names could "
                          "not be searched and the audit chain would not verify. Give the matching key export "
                          "with --keys FILE.")
    if not hmac.compare_digest(str(manifest.get("mac", "")), sign_manifest(manifest, keyring.index_key)):
        raise BackupError("the manifest does not verify with these keys: it was changed after the backup was "
                          "written. Nothing was restored.")
