"""What the server does to its files at start: owner-only modes for PHI at rest, and a warning when the keys
sit beside the data they protect. Logs name paths and counts only, never contents."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from sqlalchemy.engine import make_url

from alliance.config import Settings, normalise_database_url

log = logging.getLogger("alliance.web")

PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600
SQLITE_SUFFIXES = ("", "-wal", "-shm", "-journal")


def restrict_umask() -> None:
    """New files owner-only (0600) and folders 0700, for everything this process creates from now on."""
    os.umask(0o077)


def _sqlite_file(settings: Settings) -> Path | None:
    url = make_url(normalise_database_url(settings.resolved_database_url))
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


def _chmod(path: Path, mode: int) -> int:
    try:
        if path.is_symlink() or not path.exists() or (path.stat().st_mode & 0o777) == mode:
            return 0
        path.chmod(mode)
        return 1
    except OSError as exc:  # not ours (a mounted volume): say so, keep starting
        log.warning("could not restrict %s: %s", path, type(exc).__name__)
        return 0


def restrict_data_files(settings: Settings) -> int:
    """Make the data dir, the SQLite database with its WAL, the job queue, audio and a keyring file owner-only
    (files left by earlier versions or other tools); returns how many modes changed."""
    root = settings.data_dir
    changed = _chmod(root, PRIVATE_DIR)
    files = [root / f"jobs.db{s}" for s in SQLITE_SUFFIXES]
    database = _sqlite_file(settings)
    if database is not None:
        files += [database.with_name(database.name + s) for s in SQLITE_SUFFIXES]
    for path in files:
        changed += _chmod(path, PRIVATE_FILE)
    for tree in (root / "audio", root / "keys"):
        if not tree.is_dir():
            continue
        for folder, _dirs, names in os.walk(tree):
            changed += _chmod(Path(folder), PRIVATE_DIR)
            for name in names:
                changed += _chmod(Path(folder) / name, PRIVATE_FILE)
    if changed:
        log.warning("restricted %d data files and folders to their owner (they were readable by others)", changed)
    return changed


def keys_beside_data(settings: Settings) -> bool:
    """True when the keyring is a file inside the data dir or the SQLite database's folder."""
    from alliance.security.crypto import keyring_path

    if settings.encryption_keys is not None:
        return False
    keyring = keyring_path(settings).resolve()
    places = [settings.data_dir.resolve()]
    database = _sqlite_file(settings)
    if database is not None:
        places.append(database.resolve().parent)
    return any(keyring.is_relative_to(place) for place in places)


def warn_if_keys_beside_data(settings: Settings) -> None:
    """Log a warning when one copy of the data directory would carry both the ciphertext and its keys."""
    if keys_beside_data(settings):
        log.warning(
            "the encryption keyring is a file inside the data directory (%s): a copy or backup of the data dir "
            "holds the keys too. Pass the keys in ALLIANCE_ENCRYPTION_KEYS from a secret manager "
            "(docs/operations.md, Keys)", settings.data_dir,
        )


def warm_crisis_screen() -> None:
    """Load the crisis screen (lexicons, patterns, the semantic layer's encoder) before the first client message
    needs it: done lazily, the first message after a start waited for it (about 5 s of CPU; 24 s on a busy machine
    in the load test). Never stops the start: a screen that cannot load here loads, or warns, on first use."""
    try:
        from alliance.safety import screening

        screening.screen("Slept well and went for a walk.", lang="en")
    except Exception as exc:  # noqa: BLE001
        log.warning("the crisis screen could not be loaded at start-up (%s)", type(exc).__name__)


def tune_gc() -> None:
    """After start-up, in a served process: what was loaded so far (modules, templates, the app; some 400,000
    objects) moves out of the garbage collector's sight (`gc.freeze`), so that a full collection no longer walks it
    (0.3 to 0.5 s each, about 2 ms a request on average with benchmarks/pages.py, down to 0.3 ms), and the youngest
    generation is collected every 2,000 allocations instead of 700 (a page allocates thousands of short-lived
    objects)."""
    import gc

    gc.collect()
    gc.freeze()
    gc.set_threshold(2_000, 10, 10)
