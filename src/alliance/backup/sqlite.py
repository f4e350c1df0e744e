"""SQLite files copied with SQLite's online backup API: a consistent snapshot while the server keeps writing."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from sqlalchemy.engine import make_url

from alliance.backup.errors import BackupError

SUFFIXES = ("-wal", "-shm", "-journal")


def database_path(url: str) -> Path:
    """The file behind a sqlite:// URL."""
    name = make_url(url).database
    if not name or name == ":memory:":
        raise BackupError("an in-memory SQLite database cannot be backed up or restored")
    return Path(name)


def _private_file(path: Path) -> None:
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    if not path.exists():
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
    os.chmod(path, 0o600)


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, timeout=30, isolation_level=None)
    conn.execute("PRAGMA busy_timeout=30000")
    return conn


def copy_out(source: Path, target: Path) -> None:
    """Snapshot a live database into a new self-contained file (rollback journal, owner-only)."""
    if not source.exists():
        raise BackupError(f"there is no database at {source}")
    _private_file(target)
    src, dst = _connect(source), _connect(target)
    try:
        # One step (pages=-1): the whole copy reads one snapshot; WAL lets writers go on meanwhile.
        src.backup(dst)
        dst.execute("PRAGMA journal_mode=DELETE")  # one file, no -wal or -shm beside it
    finally:
        dst.close()
        src.close()
    for suffix in SUFFIXES:
        Path(str(target) + suffix).unlink(missing_ok=True)


def copy_in(source: Path, target: Path) -> None:
    """Replace the target database's whole content with the backup's, then return it to WAL mode."""
    _private_file(target)
    src, dst = _connect(source), _connect(target)
    try:
        # A WAL-mode destination cannot take pages of another size: leave WAL while the pages are replaced.
        dst.execute("PRAGMA journal_mode=DELETE")
        src.backup(dst)
        dst.execute("PRAGMA journal_mode=WAL")
    finally:
        dst.close()
        src.close()
    for suffix in ("-wal", "-shm"):
        extra = Path(str(target) + suffix)
        if extra.exists():
            os.chmod(extra, 0o600)


def integrity(path: Path) -> str:
    """SQLite's own check of a file ("ok" when sound)."""
    conn = _connect(path)
    try:
        return str(conn.execute("PRAGMA quick_check").fetchone()[0])
    finally:
        conn.close()
