"""Signed checkpoints of the audit chain's head, kept outside the database.

A checkpoint is one JSON line `{"seq", "hash", "at", "db", "mac"}` appended to a file beside the keys
(`<data dir>/keys/audit-checkpoints.jsonl`): the newest entry's number and hash at the time, when it was
written, which database it is about, and an HMAC-SHA256 of those under the audit key. Someone who can write
the database but not this file (nor read the keys) cannot make a truncated, wiped or recomputed chain agree
with it. The file is only ever appended to (O_APPEND, fsync, mode 0600), never rewritten, so it can live on
append-only or write-once storage (see docs/security.md).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.engine import URL

from alliance.config import Settings, get_settings
from alliance.db.base import utcnow

try:
    import fcntl
except ImportError:  # pragma: no cover - not POSIX: appends are still single writes
    fcntl = None  # type: ignore[assignment]

FILENAME = "audit-checkpoints.jsonl"
_DOMAIN = b"alliance-audit-checkpoint\x00"


@dataclass(frozen=True)
class Checkpoint:
    """One authentic checkpoint line."""

    seq: int
    hash: str
    at: str
    line: int


@dataclass
class Checkpoints:
    """The authentic checkpoints of one database, and the numbers of lines that failed authentication."""

    by_seq: dict[int, Checkpoint] = field(default_factory=dict)
    conflicts: list[tuple[Checkpoint, Checkpoint]] = field(default_factory=list)
    forged_lines: list[int] = field(default_factory=list)

    @property
    def newest(self) -> Checkpoint | None:
        """The checkpoint with the highest entry number."""
        return self.by_seq[max(self.by_seq)] if self.by_seq else None

    def __len__(self) -> int:
        return len(self.by_seq)


def default_path(settings: Settings | None = None) -> Path:
    """The checkpoint file beside the file keyring (also used when the keys come from the environment)."""
    from alliance.security.crypto import keyring_path

    return keyring_path(settings or get_settings()).parent / FILENAME


def database_id(url: URL, settings: Settings | None = None) -> str:
    """A short, stable name of the database a chain lives in (never its password or user).

    A SQLite file inside the data directory is named relative to it, so a copied data directory keeps its
    checkpoints; any other database by backend, host, port and name.
    """
    backend = url.get_backend_name()
    if backend == "sqlite":
        name = url.database or ":memory:"
        if name != ":memory:":
            path = Path(name).resolve()
            try:
                name = str(path.relative_to((settings or get_settings()).data_dir.resolve()))
            except ValueError:
                name = str(path)
        locator = f"sqlite:{name}"
    else:
        locator = f"{backend}://{url.host or ''}:{url.port or ''}/{url.database or ''}"
    return hashlib.sha256(locator.encode()).hexdigest()[:16]


def _mac(key: bytes, seq: int, hash_: str, at: str, db: str) -> str:
    body = json.dumps({"seq": seq, "hash": hash_, "at": at, "db": db}, sort_keys=True, separators=(",", ":"))
    return hmac.new(key, _DOMAIN + body.encode(), hashlib.sha256).hexdigest()


def append(path: Path, *, db: str, seq: int, hash_: str, key: bytes) -> Checkpoint:
    """Append one signed checkpoint and fsync it; the file is created 0600 (its folder 0700) and never rewritten."""
    at = utcnow().isoformat(timespec="seconds")
    line = json.dumps({"seq": seq, "hash": hash_, "at": at, "db": db, "mac": _mac(key, seq, hash_, at, db)},
                      sort_keys=True, separators=(",", ":")) + "\n"
    created_dir = not path.parent.exists()
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    created = not path.exists()
    fd = os.open(path, os.O_RDWR | os.O_APPEND | os.O_CREAT, 0o600)
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX)  # several processes (web, workers, CLI) append to one file
        size = os.fstat(fd).st_size
        data = line.encode()
        if size and os.pread(fd, 1, size - 1) != b"\n":
            data = b"\n" + data  # an earlier write was torn (power loss): keep this line whole
        written = 0
        while written < len(data):
            written += os.write(fd, data[written:])
        os.fsync(fd)
        if os.fstat(fd).st_mode & 0o077:
            try:
                os.fchmod(fd, 0o600)
            except OSError:  # an append-only or foreign-owned file: leave its mode to the operator
                pass
    finally:
        os.close(fd)
    if created or created_dir:
        _fsync_dir(path.parent)
    return Checkpoint(seq, hash_, at, 0)


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def load(path: Path, *, db: str, key: bytes) -> Checkpoints:
    """Read and authenticate the checkpoints of one database (other databases' lines are skipped)."""
    found = Checkpoints()
    try:
        text = path.read_text()
    except FileNotFoundError:
        return found
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            item = json.loads(raw)
            seq, hash_, at, line_db, mac = int(item["seq"]), str(item["hash"]), str(item["at"]), str(item["db"]), \
                str(item["mac"])
        except (ValueError, KeyError, TypeError):
            continue  # a write torn by a crash (append() starts the next line afresh): it vouches for nothing
        if not hmac.compare_digest(mac, _mac(key, seq, hash_, at, line_db)):
            found.forged_lines.append(number)
            continue
        if line_db != db:
            continue
        mark = Checkpoint(seq, hash_, at, number)
        earlier = found.by_seq.get(seq)
        if earlier is not None and earlier.hash != hash_:
            found.conflicts.append((earlier, mark))
        found.by_seq.setdefault(seq, mark)
    return found
