"""`alliance backup` and `alliance restore`."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from sqlalchemy.exc import DBAPIError
from rich.table import Table

err = Console(stderr=True)
out = Console()
PASSPHRASE_ENV = "ALLIANCE_BACKUP_PASSPHRASE"


def _fail(message: str, code: int = 1) -> None:
    err.print(f"[red]Error:[/red] {message}", soft_wrap=True)
    raise typer.Exit(code)


def _passphrase(confirm: bool) -> str:
    value = os.environ.get(PASSPHRASE_ENV)
    if value:
        return value
    return typer.prompt("Passphrase for the key export", hide_input=True, confirmation_prompt=confirm)


def _database_problem(exc: Exception) -> str:
    """A database or file failure in one line (the driver's first line: never a password, never a traceback)."""
    origin = getattr(exc, "orig", None) or exc
    first = (str(origin).strip().splitlines() or [""])[0][:300]
    kind = "" if type(origin).__name__ == "Error" else f"{type(origin).__name__}: "
    return (f"{kind}{first}. Is the database there and migrated (`alliance db upgrade`), and "
            "ALLIANCE_DATABASE_URL / ALLIANCE_DATA_DIR the intended ones?")


def _run(coro):  # noqa: ANN001, ANN202
    from alliance.commands import _run as run_with_models

    return run_with_models(coro)


def backup(to: Optional[Path] = typer.Option(None, "--to", help="Folder for backups (default <data dir>/backups)"),
           keys_to: Optional[Path] = typer.Option(None, "--keys-to", help="Also export the keyring, encrypted "
                                                  f"under a passphrase (prompt or {PASSPHRASE_ENV}), into this "
                                                  "folder: never one inside --to"),
           keep: Optional[int] = typer.Option(None, "--keep", min=1, help="Then delete all but the newest KEEP "
                                              "backups in --to")) -> None:
    """Back up the database, job queue, audit checkpoints and audio into a new timestamped folder (keys apart)."""
    from alliance.backup import service
    from alliance.backup.errors import BackupError
    from alliance.backup.keyfile import check_passphrase
    from alliance.config import get_settings
    from alliance.security import crypto

    settings = get_settings()
    place = service.Place.from_settings(settings)
    passphrase = ""
    root = to or settings.data_dir / "backups"
    from_env = place.keyring_file is None
    try:
        if keys_to is not None and not from_env:  # refuse a bad place, and a short passphrase, before writing
            service.check_keys_place(keys_to, root)
            passphrase = _passphrase(confirm=True)
            check_passphrase(passphrase)
        ring = crypto.load_keyring(settings, create=False)
        result = _run(service.backup(place, ring, root, keys_source="environment" if from_env else "file"))
    except (BackupError, crypto.KeyError_) as exc:
        _fail(getattr(exc, "detail", None) or str(exc))
        return
    except (OSError, DBAPIError) as exc:
        _fail(_database_problem(exc))
        return
    manifest = result.manifest
    tables = manifest["tables"]
    rows = sum(t["rows"] for t in tables.values())
    out.print(f"Backup written to {result.folder} in {result.seconds:.1f} s: {manifest['database']['kind']}, "
              f"{len(tables)} tables, {rows} rows, audit head entry {manifest['audit']['head_seq']}, "
              f"{len(manifest['files'])} files.", soft_wrap=True)
    needed = ", ".join(manifest["keys"]["needed"]) or "none"
    out.print(f"It needs keys {needed} (not in the backup).", soft_wrap=True)
    if keep is not None:
        gone = service.prune(root, keep)
        out.print(f"Kept the newest {keep} backups in {root}; deleted {len(gone)}"
                  + (f": {', '.join(p.name for p in gone)}." if gone else "."), soft_wrap=True)
    if result.missing_keys:
        err.print(f"[red]Warning:[/red] keys {', '.join(result.missing_keys)} are needed by the data but are not "
                  "in the keyring: records sealed with them cannot be read, in this backup or now.", soft_wrap=True)
    if from_env:
        out.print("The keys come from ALLIANCE_ENCRYPTION_KEYS (and ALLIANCE_BLIND_INDEX_KEY): keep them in your "
                  "secret manager; no key export was written.", soft_wrap=True)
        return
    if keys_to is None:
        out.print("The keyring was not exported: run with --keys-to DIR (another disk or place) once after each "
                  "key change, or the backup cannot be restored elsewhere.", soft_wrap=True)
        return
    try:
        path = service.export_keys(ring, keys_to, root, passphrase)
    except BackupError as exc:
        _fail(exc.detail)
    out.print(f"Keyring exported, encrypted, to {path}: keep it and its passphrase apart from the backups.",
              soft_wrap=True)


def restore(backup_dir: Path = typer.Argument(..., help="A backup folder written by `alliance backup`"),
            keys: Optional[Path] = typer.Option(None, "--keys", help="Key export written by --keys-to (passphrase "
                                                f"from a prompt or {PASSPHRASE_ENV})"),
            force: bool = typer.Option(False, "--force", help="Replace a database that is not empty")) -> None:
    """Restore a backup into an empty database, then check rows, decryption, schema and the audit chain."""
    from alliance.backup import restore as restoring
    from alliance.backup import service
    from alliance.backup.errors import BackupError
    from alliance.backup.keyfile import import_keyring
    from alliance.config import get_settings
    from alliance.security import crypto

    settings = get_settings()
    place = service.Place.from_settings(settings)
    try:
        manifest = service.load_manifest(backup_dir)
        if keys is not None:
            if place.keyring_file is None:
                raise BackupError("the keys come from ALLIANCE_ENCRYPTION_KEYS: put the exported keys there (or "
                                  "unset it to restore with --keys)")
            ring = import_keyring(keys, _passphrase(confirm=False))
            found_in = f"in {keys}"
        else:
            try:
                ring = crypto.load_keyring(settings, create=False)
            except crypto.KeyError_:
                needed = ", ".join(manifest["keys"]["needed"]) or "none"
                raise BackupError(f"this backup needs keys {needed}; found none (no keyring at "
                                  f"{place.keyring_file} and no ALLIANCE_ENCRYPTION_KEYS). Give the key export "
                                  "with --keys FILE") from None
            found_in = "in ALLIANCE_ENCRYPTION_KEYS" if place.keyring_file is None else f"in {place.keyring_file}"
        service.check_keys(manifest, ring, found_in=found_in)
        report = _run(restoring.restore(place, backup_dir, manifest, ring, force=force, install=keys is not None))
    except (BackupError, crypto.KeyError_) as exc:
        _fail(getattr(exc, "detail", None) or str(exc))
        return
    except (OSError, DBAPIError) as exc:
        _fail(_database_problem(exc))
        return
    table = Table(title=f"Restore of {manifest['name']} ({manifest['database']['kind']}, made "
                        f"{manifest['created_at']})")
    for col in ("check", "result", "detail"):
        table.add_column(col)
    for item in report.checks:
        table.add_row(item.name, "[green]ok[/green]" if item.ok else "[red]FAILED[/red]", item.detail)
    out.print(table)
    for note in report.notes:
        out.print(f"- {note}", soft_wrap=True)
    if not report.ok:
        err.print(f"[red]The restore did not verify[/red] ({report.seconds:.1f} s): do not serve this database "
                  "before the failed checks above are understood.", soft_wrap=True)
        raise typer.Exit(1)
    out.print(f"Restored and verified in {report.seconds:.1f} s. Start Alliance and log in as before.")


def register(app: typer.Typer) -> None:
    """Attach `backup` and `restore` to the root CLI."""
    app.command()(backup)
    app.command()(restore)
