"""Platform commands: serve, worker, demo, db, users, audit, client, keys."""

from __future__ import annotations

import asyncio
import logging
import os
import uuid
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.table import Table

err = Console(stderr=True)
out = Console()

db_app = typer.Typer(help="Database schema.", no_args_is_help=True)
users_app = typer.Typer(help="User accounts.", no_args_is_help=True)
audit_app = typer.Typer(help="The audit log.", no_args_is_help=True)
client_app = typer.Typer(help="A client's records: export and erasure.", no_args_is_help=True)
keys_app = typer.Typer(help="Encryption keys.", no_args_is_help=True)


def _data_dir(data_dir: Optional[Path]) -> None:
    """Apply --data-dir before settings are first read."""
    if data_dir is not None:
        import os

        from alliance.config import get_settings

        os.environ["ALLIANCE_DATA_DIR"] = str(data_dir)
        get_settings.cache_clear()


def _run(coro):  # noqa: ANN001, ANN202
    import alliance.db.models  # noqa: F401  (every table: export, erasure and key rotation walk them all)

    async def _main():  # noqa: ANN202
        from alliance.db.session import dispose_engines

        try:
            return await coro
        finally:
            await dispose_engines()

    return asyncio.run(_main())


def _fail(message: str, code: int = 1) -> None:
    err.print(f"[red]Error:[/red] {message}")
    raise typer.Exit(code)


def serve(host: Optional[str] = typer.Option(None, help="Address to bind (default from ALLIANCE_HOST)"),
          port: Optional[int] = typer.Option(None, help="Port (default from ALLIANCE_PORT)"),
          workers: int = typer.Option(1, min=1, help="uvicorn worker processes (needs ALLIANCE_REDIS_URL if > 1)")) -> None:
    """Serve the web app and API (with an embedded job worker unless Redis is configured)."""
    import uvicorn

    from alliance.config import get_settings
    from alliance.logging import configure

    settings = get_settings()
    configure(settings.log_level)
    if workers > 1 and not settings.redis_url:
        _fail("several workers need ALLIANCE_REDIS_URL for the job queue (and a separate `alliance worker`).")
    if workers > 1 and not os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        err.print("[yellow]Note:[/yellow] set PROMETHEUS_MULTIPROC_DIR to an empty folder so that /metrics adds up "
                  "every worker process (docs/operations.md, Health and metrics).")
    err.print(f"Alliance on http://{host or settings.host}:{port or settings.port}  (data: {settings.data_dir})")
    uvicorn.run("alliance.web.app:serve_app", factory=True, host=host or settings.host, port=port or settings.port,
                # uvicorn's proxy headers would believe X-Forwarded-For from any local client; Alliance reads it
                # itself, only from ALLIANCE_TRUSTED_PROXIES (alliance.web.proxies).
                workers=workers, log_level=settings.log_level.lower(), proxy_headers=False,
                # Alliance writes its own access line (route template, never the raw path or query: a search may
                # hold a name) and every line in one format, plain or JSON (observability/logs.py).
                log_config=None, access_log=False)


def worker(workers: int = typer.Option(2, min=1, help="Worker threads")) -> None:
    """Run job workers (use with ALLIANCE_REDIS_URL at scale)."""
    from huey.consumer import Consumer

    from alliance.config import get_settings
    from alliance.jobs.registry import import_all_tasks
    from alliance.jobs.queue import huey
    from alliance.logging import configure

    configure(get_settings().log_level)
    import_all_tasks()
    from alliance.llm.service import install_call_log

    install_call_log()
    from alliance.observability.metrics import install_model_metrics

    install_model_metrics()
    Consumer(huey, workers=workers, worker_type="thread", periodic=True).run()


def demo(data_dir: Optional[Path] = typer.Option(None, "--data-dir", help="Data directory (default ALLIANCE_DATA_DIR)")) -> None:
    """Create the fictional demo practice (idempotent), print its logins and exit."""
    _data_dir(data_dir)
    from alliance import demo as demo_module
    from alliance.db.migrate import upgrade
    from alliance.db.session import session_scope

    upgrade()

    async def _seed():  # noqa: ANN202
        async with session_scope() as session:
            return await demo_module.seed(session)

    # The demo's own fictional alerts are part of the story it tells, not events for the operator's console.
    quiet = logging.getLogger("alliance.safety")
    level, quiet.level = quiet.level, logging.ERROR
    try:
        info = _run(_seed())
    finally:
        quiet.setLevel(level)
    table = Table(title=f"{info.practice_name}: {'created' if info.created else 'already there'}")
    for col in ("role", "name", "e-mail"):
        table.add_column(col)
    for row in info.logins:
        table.add_row(*row)
    out.print(table)
    out.print(f"Password for every demo login: [bold]{demo_module.PASSWORD}[/bold]")
    out.print("MFA is off in the demo practice (Admin → Practice to turn it on). All people are fictional.")


@db_app.command("upgrade")
def db_upgrade() -> None:
    """Create or update the database schema (and the development keyring)."""
    from alliance.config import get_settings
    from alliance.db.migrate import upgrade
    from alliance.security.crypto import get_keyring

    upgrade()
    get_keyring()
    _backfill_score_totals()
    err.print(f"Database is up to date ({get_settings().resolved_database_url.split('://')[0]}).")


def _backfill_score_totals() -> None:
    """Questionnaires scored before migration 0021 get their plain total (needs the keyring; see insights)."""
    from alliance.db.session import session_scope
    from alliance.insights.service import backfill_totals

    async def _go() -> int:
        async with session_scope() as session:
            return await backfill_totals(session)

    filled = _run(_go())
    if filled:
        err.print(f"{filled} questionnaire totals copied for the insights figures.")


@users_app.command("create")
def users_create(email: str = typer.Option(...), role: str = typer.Option(..., help="admin | clinician | supervisor"),
                 name: str = typer.Option(..., help="Display name"),
                 practice: str = typer.Option("demo", help="Practice slug (created if missing with --practice-name)"),
                 practice_name: Optional[str] = typer.Option(None, help="Create the practice with this name"),
                 credentials: Optional[str] = typer.Option(None),
                 password: str = typer.Option(..., prompt=True, hide_input=True, confirmation_prompt=True)) -> None:
    """Create a staff user (and the practice when --practice-name is given)."""
    from alliance.accounts import service as accounts
    from alliance.accounts.models import Role
    from pydantic import ValidationError

    from alliance.accounts.schemas import UserCreate
    from alliance.db.session import session_scope
    from alliance.errors import AllianceError
    from alliance.practices import service as practices
    from alliance.practices.schemas import PracticeCreate
    from alliance.security.audit import Actor

    if role not in ("admin", "clinician", "supervisor"):
        _fail("role must be admin, clinician or supervisor (client accounts are made from the client's page).")

    async def _create():  # noqa: ANN202
        async with session_scope() as session:
            p = await practices.by_slug(session, practice)
            if p is None:
                if not practice_name:
                    raise AllianceError(f"no practice {practice!r}; give --practice-name to create it")
                p = await practices.create_practice(session, PracticeCreate(name=practice_name, slug=practice))
            user = await accounts.create_user(session, Actor.system(p.id), UserCreate(
                email=email, role=Role(role), display_name=name, credentials=credentials, password=password),
                practice_id=p.id)
            return user.id

    try:
        user_id = _run(_create())
    except AllianceError as exc:
        _fail(exc.detail)
    except ValidationError as exc:
        _fail("; ".join(f"{'.'.join(map(str, e['loc'])) or 'input'}: {e['msg']}" for e in exc.errors()))
    except ValueError as exc:
        _fail(str(exc).splitlines()[0])
    out.print(f"Created {role} {user_id}")


@audit_app.command("verify")
def audit_verify() -> None:
    """Check the keyed audit chain, its head and its signed checkpoints; exit 1 naming the first problem.

    Problems are named: edited, recomputed/forged, missing entry, truncated, wiped. When the chain is intact a
    signed checkpoint of its head is appended to the checkpoint file.
    """
    from alliance.db.session import session_scope
    from alliance.security import audit

    async def _verify():  # noqa: ANN202
        async with session_scope() as session:
            return await audit.verify(session, write_checkpoint_if_intact=True)

    try:
        result = _run(_verify())
    except audit.CheckpointUnwritable as exc:
        _fail(f"the chain is intact but its checkpoint could not be written: {exc}")
    path = audit.checkpoint_path()
    if result.ok:
        out.print(f"Audit log intact: {result.checked} entries checked.")
        out.print(f"Compared with {result.checkpoints} signed checkpoint(s) in {path}; the head is checkpointed there.")
        return
    where = f" at entry {result.first_bad_seq}" if result.first_bad_seq is not None else ""
    err.print(f"[red]Audit log broken[/red]{where}: {result.reason} "
              f"({result.checked} entries before it are intact; {result.checkpoints} signed checkpoint(s) "
              f"compared).")
    raise typer.Exit(1)


def _client_id(value: str) -> uuid.UUID:
    try:
        return uuid.UUID(value)
    except ValueError:
        _fail(f"{value!r} is not a client id (a UUID).")
        raise


@client_app.command("export")
def client_export(client_id: str, out_path: Optional[Path] = typer.Option(None, "--out", help="ZIP file to write")) -> None:
    """Write a ZIP of everything held about a client (JSON and readable HTML)."""
    from alliance.clients import export
    from alliance.db.session import session_scope
    from alliance.errors import AllianceError
    from alliance.security.audit import Actor

    cid = _client_id(client_id)

    async def _export():  # noqa: ANN202
        async with session_scope() as session:
            return await export.export_client(session, Actor.system(), cid)

    try:
        filename, data = _run(_export())
    except AllianceError as exc:
        _fail(exc.detail)
    target = out_path or Path(filename)
    target.write_bytes(data)
    out.print(f"Wrote {target} ({len(data)} bytes)")


@client_app.command("erase")
def client_erase(client_id: str, reason: str = typer.Option(..., help="Why (kept out of the audit log)"),
                 override_retention: bool = typer.Option(False, help="Erase before the retention period ends"),
                 yes: bool = typer.Option(False, "--yes", help="Do not ask for confirmation")) -> None:
    """Erase a client (crypto-shredding), following the practice's retention rule."""
    from alliance.clients import export
    from alliance.clients.schemas import ErasureRequest
    from alliance.db.session import session_scope
    from alliance.errors import AllianceError
    from alliance.security.audit import Actor

    cid = _client_id(client_id)
    if not yes and not typer.confirm(f"Erase client {cid} permanently?"):
        raise typer.Exit(1)

    async def _erase():  # noqa: ANN202
        async with session_scope() as session:
            return await export.erase_client(session, Actor.system(), cid,
                                             ErasureRequest(reason=reason, override_retention=override_retention))

    try:
        result = _run(_erase())
    except AllianceError as exc:
        _fail(exc.detail)
    out.print(f"Erased client {result.client_id}: {result.rows_deleted} rows deleted, data key destroyed.")


@keys_app.command("rotate")
def keys_rotate(new_key: bool = typer.Option(True, help="Generate a new key first (file keyring only)"),
                retire: bool = typer.Option(False, help="Remove keys no longer in use from the keyring file")) -> None:
    """Make a new key active and re-encrypt every data key and key-sealed field under it."""
    from alliance.config import get_settings
    from alliance.db.session import session_scope
    from alliance.security import crypto, keys

    settings = get_settings()
    ring = crypto.load_keyring(settings, create=True)
    if new_key:
        if ring.path is None:
            _fail("keys come from ALLIANCE_ENCRYPTION_KEYS: add the new key there, set ALLIANCE_ACTIVE_KEY_ID, "
                  "then run `alliance keys rotate --no-new-key`.")
        ring.add_key()
        ring.save()
    crypto.reset_keyring()

    async def _rotate():  # noqa: ANN202
        async with session_scope() as session:
            return await keys.rotate(session)

    report = _run(_rotate())
    if retire and ring.path is not None:
        ring = crypto.load_keyring(settings)
        ring.keys = {k: v for k, v in ring.keys.items() if k in report.keys_in_use}
        ring.save()
    out.print(f"Active key {report.active_key_id}: {report.data_keys_rewrapped} client keys re-wrapped, "
              f"{report.fields_resealed} fields re-encrypted.")


def register(app: typer.Typer) -> None:
    """Attach the platform commands to the root CLI."""
    app.command()(serve)
    app.command()(worker)
    from alliance.stack import stack

    app.command()(stack)
    app.command()(demo)
    app.add_typer(db_app, name="db")
    app.add_typer(users_app, name="users")
    app.add_typer(audit_app, name="audit")
    app.add_typer(client_app, name="client")
    app.add_typer(keys_app, name="keys")


