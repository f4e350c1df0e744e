"""`alliance backup` and `alliance restore` as an operator runs them: the demo practice backed up (keys apart),
restored into an empty SQLite file or PostgreSQL database, every row compared and the audit chain verified."""

from __future__ import annotations

import json
import base64
import os
import shutil
import sqlite3
import stat
import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from tests.e2e.helpers import (ALLIANCE, CLINICIAN, LiveServer, _in_thread, _pg_connect_args, cli_env,
                               create_pg_database, drop_pg_database, free_port, run_cli)

PASSPHRASE = "a long test passphrase 2026"


@dataclass
class Made:
    """A demo practice and one backup of it."""

    backend: str
    data_dir: Path
    database_url: str | None
    env: dict[str, str]
    backups: Path
    folder: Path
    keys_file: Path
    manifest: dict


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def made(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    """Seed the demo, back it up with a key export, and hand both to the tests of one backend."""
    root = tmp_path_factory.mktemp(f"source-{request.param}")
    url = create_pg_database() if request.param == "postgresql" else None
    try:
        env = cli_env(root / "data", url, ALLIANCE_BACKUP_PASSPHRASE=PASSPHRASE)
        seeded = run_cli("demo", env=env)
        assert seeded.returncode == 0, seeded.stderr[-3000:]
        done = run_cli("backup", "--to", str(root / "backups"), "--keys-to", str(root / "keys"), env=env)
        assert done.returncode == 0, done.stderr[-3000:]
        (folder,) = (root / "backups").iterdir()
        (keys_file,) = (root / "keys").iterdir()
        manifest = json.loads((folder / "manifest.json").read_text())
        yield Made(request.param, root / "data", url, env, root / "backups", folder, keys_file, manifest)
    finally:
        if url:
            drop_pg_database(url)


@pytest.fixture
def target(made: Made, tmp_path: Path):
    """An empty place of the same backend to restore into: a new data dir, and a new PostgreSQL database."""
    url = create_pg_database() if made.backend == "postgresql" else None
    try:
        yield cli_env(tmp_path / "restored", url, ALLIANCE_BACKUP_PASSPHRASE=PASSPHRASE)
    finally:
        if url:
            drop_pg_database(url)


# --- reading every row, whatever the backend -----------------------------------------------------------
# The rows the backup holds: the restore itself appends one audit entry ("backup.restore") and moves the head, so
# audit entries are compared up to the backup's head and the head row is left to `alliance audit verify`.

def _query(name: str, head: int) -> str:
    if name == "audit_events":
        return f"SELECT * FROM audit_events WHERE seq <= {int(head)}"
    return f'SELECT * FROM "{name}"'


def _rows_sqlite(path: Path, head: int) -> dict[str, list[str]]:
    conn = sqlite3.connect(path)
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                            "AND name NOT LIKE 'sqlite_%' AND name != 'audit_anchor'")]
        return {n: sorted(map(repr, conn.execute(_query(n, head)))) for n in names}
    finally:
        conn.close()


def _rows_postgres(url: str, head: int) -> dict[str, list[str]]:
    import asyncpg

    async def _read() -> dict[str, list[str]]:
        conn = await asyncpg.connect(**_pg_connect_args(url))
        try:
            names = [r[0] for r in await conn.fetch(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename != 'audit_anchor'")]
            return {n: sorted(repr(tuple(r)) for r in await conn.fetch(_query(n, head))) for n in names}
        finally:
            await conn.close()

    return _in_thread(_read)


def rows(env: dict[str, str], head: int) -> dict[str, list[str]]:
    """Every row of every table of the place `env` points at, as of the backup's audit head."""
    url = env.get("ALLIANCE_DATABASE_URL")
    return _rows_postgres(url, head) if url else _rows_sqlite(Path(env["ALLIANCE_DATA_DIR"]) / "alliance.db", head)


def restore(env: dict[str, str], made: Made, *args: str):
    """Run `alliance restore` of the module's backup with its key export."""
    return run_cli("restore", str(made.folder), "--keys", str(made.keys_file), *args, env=env)


# --- round trip -----------------------------------------------------------------------------------------

def test_restore_into_an_empty_database_brings_back_every_row_and_the_chain(made: Made,
                                                                           target: dict[str, str]) -> None:
    restored = restore(target, made)
    assert restored.returncode == 0, restored.stdout[-3000:] + restored.stderr[-3000:]
    assert "Restored and verified" in restored.stdout and "FAILED" not in restored.stdout

    head = made.manifest["audit"]["head_seq"]
    before, after = rows(made.env, head), rows(target, head)
    assert sum(map(len, before.values())) > 500  # the demo: clients, notes, scores, messages, audit entries ...
    assert after == before
    verified = run_cli("audit", "verify", env=target)
    assert verified.returncode == 0 and "Audit log intact" in verified.stdout, verified.stderr


def _serve(env: dict[str, str], log: Path) -> LiveServer:
    """`alliance serve` on the restored place as it is (no demo seeding), ready to answer."""
    server = LiveServer("restored", Path(env["ALLIANCE_DATA_DIR"]), log, env=env)
    server.base_url = f"http://127.0.0.1:{free_port()}"
    with log.open("ab") as out:
        server.process = subprocess.Popen([ALLIANCE, "serve", "--host", "127.0.0.1", "--port",
                                           server.base_url.rsplit(":", 1)[1]], env=env, stdout=out,
                                          stderr=subprocess.STDOUT, cwd=log.parent)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and server.process.poll() is None:
        try:
            if httpx.get(f"{server.base_url}/readyz", timeout=2).status_code == 200:
                return server
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    server.stop()
    raise AssertionError(f"alliance serve did not start:\n{server.log_text()[-3000:]}")


@pytest.mark.slow
def test_restored_practice_serves_the_same_clients_and_backs_up_while_it_writes(made: Made, target: dict[str, str],
                                                                                 tmp_path: Path) -> None:
    assert restore(target, made).returncode == 0
    server = _serve({**target, "ALLIANCE_LOGIN_IP_ATTEMPTS_PER_MINUTE": "10000"}, tmp_path / "server.log")
    stop, pages = threading.Event(), []
    try:
        client = server.login(CLINICIAN)  # the demo's password and the same caseload, names decrypted
        assert "Quintanilla-Ward" in client.get("/api/v1/clients").text

        def browse() -> None:  # every page read writes an audit entry: the backup runs among commits
            while not stop.is_set():
                pages.append(client.get("/caseload", headers={"accept": "text/html"}).status_code)

        reader = threading.Thread(target=browse)
        reader.start()
        try:
            taken = run_cli("backup", "--to", str(tmp_path / "live"), env=server.env)
        finally:
            stop.set()
            reader.join()
    finally:
        server.stop()
    assert taken.returncode == 0, taken.stderr[-2000:]
    assert pages and set(pages) == {200}
    (folder,) = (tmp_path / "live").iterdir()
    again_url = create_pg_database() if made.backend == "postgresql" else None
    try:
        again = cli_env(tmp_path / "again", again_url, ALLIANCE_BACKUP_PASSPHRASE=PASSPHRASE)
        restored = run_cli("restore", str(folder), "--keys", str(made.keys_file), env=again)
        assert restored.returncode == 0, restored.stdout[-3000:] + restored.stderr[-2000:]
        assert "Restored and verified" in restored.stdout
    finally:
        if again_url:
            drop_pg_database(again_url)


# --- keys from the environment ----------------------------------------------------------------------------

def _small_practice(data_dir: Path, **extra: str) -> dict[str, str]:
    env = cli_env(data_dir, None, **extra)
    assert run_cli("db", "upgrade", env=env).returncode == 0
    made = run_cli("users", "create", "--email", "admin@example.org", "--role", "admin", "--name", "A",
                   "--practice", "pr", "--practice-name", "Practice", "--password", "a-long-password-1", env=env)
    assert made.returncode == 0, made.stderr
    return env


def _env_keys(key_id: str) -> dict[str, str]:
    return {"ALLIANCE_ENCRYPTION_KEYS": json.dumps({key_id: base64.b64encode(os.urandom(32)).decode()}),
            "ALLIANCE_BLIND_INDEX_KEY": base64.b64encode(os.urandom(32)).decode()}


def test_keys_from_the_environment_are_not_exported_and_restore_with_them(tmp_path: Path) -> None:
    keys = _env_keys("2026-11")
    env = _small_practice(tmp_path / "data", **keys)
    taken = run_cli("backup", "--to", str(tmp_path / "backups"), "--keys-to", str(tmp_path / "keys"), env=env)
    assert taken.returncode == 0, taken.stderr
    assert "ALLIANCE_ENCRYPTION_KEYS" in " ".join(taken.stdout.split()) and not (tmp_path / "keys").exists()
    (folder,) = (tmp_path / "backups").iterdir()

    other = run_cli("restore", str(folder), env=cli_env(tmp_path / "other", None, **_env_keys("2027-01")))
    assert other.returncode == 1 and "needs keys 2026-11; found 2027-01" in " ".join(other.stderr.split())
    restored = run_cli("restore", str(folder), env=cli_env(tmp_path / "restored", None, **keys))
    assert restored.returncode == 0, restored.stdout[-3000:] + restored.stderr[-2000:]


def test_restoring_an_older_backup_in_place_needs_force_and_keeps_the_checkpoints(tmp_path: Path) -> None:
    env = _small_practice(tmp_path / "data")
    assert run_cli("backup", "--to", str(tmp_path / "backups"), env=env).returncode == 0
    (folder,) = (tmp_path / "backups").iterdir()
    later = run_cli("users", "create", "--email", "later@example.org", "--role", "clinician", "--name", "Later",
                    "--practice", "pr", "--password", "a-long-password-2", env=env)
    assert later.returncode == 0, later.stderr
    for path in (tmp_path / "data").glob("alliance.db*"):  # the database is lost; the keys folder is not
        path.unlink()

    refused = run_cli("restore", str(folder), env=env)
    assert refused.returncode == 1 and "would be lost" in " ".join(refused.stderr.split())
    forced = run_cli("restore", str(folder), "--force", env=env)
    assert forced.returncode == 0, forced.stdout[-3000:] + forced.stderr[-2000:]
    assert run_cli("audit", "verify", env=env).returncode == 0
    assert list((tmp_path / "data" / "keys").glob("audit-checkpoints.jsonl.before-restore-*"))


def test_keep_deletes_all_but_the_newest_backups(tmp_path: Path) -> None:
    env = cli_env(tmp_path / "data", None)
    assert run_cli("db", "upgrade", env=env).returncode == 0
    backups = tmp_path / "backups"
    (backups / "notes-of-the-operator").mkdir(parents=True)  # not a backup: never touched
    for _ in range(3):
        taken = run_cli("backup", "--to", str(backups), "--keep", "2", env=env)
        assert taken.returncode == 0, taken.stderr
        time.sleep(1.05)  # backups are named by the second
    names = sorted(p.name for p in backups.iterdir())
    assert len(names) == 3 and names[-1] == "notes-of-the-operator"
    assert all(n.startswith("alliance-backup-") for n in names[:2])


# --- what a backup holds ---------------------------------------------------------------------------------

def test_backup_is_owner_only_and_holds_no_keys(made: Made) -> None:
    assert stat.S_IMODE(made.folder.stat().st_mode) == 0o700
    for path in made.folder.rglob("*"):
        assert stat.S_IMODE(path.stat().st_mode) == (0o700 if path.is_dir() else 0o600), path
    assert stat.S_IMODE(made.keys_file.stat().st_mode) == 0o600
    ring = json.loads((made.data_dir / "keys" / "keyring.json").read_text())
    secrets = [*ring["keys"].values(), ring["blind_index_key"]]
    for path in [*made.folder.rglob("*.json*"), made.keys_file]:
        text = path.read_text()
        assert not any(secret in text for secret in secrets), path
    assert not list(made.folder.rglob("keyring*"))
    assert made.manifest["keys"]["needed"] == sorted(ring["keys"])


def test_manifest_records_counts_revisions_and_the_audit_head(made: Made) -> None:
    manifest = made.manifest
    assert manifest["database"]["kind"] == made.backend
    assert manifest["alembic_revisions"]
    assert manifest["tables"]["clients"]["rows"] >= 3 and manifest["tables"]["notes"]["rows"] >= 1
    assert manifest["audit"]["head_seq"] == manifest["tables"]["audit_events"]["rows"]
    assert set(manifest["files"]) >= {manifest["database"]["file"], "audit-checkpoints.jsonl"}


# --- refusals -------------------------------------------------------------------------------------------

def test_restore_refuses_a_database_that_is_not_empty(made: Made) -> None:
    refused = restore(made.env, made)
    assert refused.returncode == 1
    assert "not empty" in " ".join(refused.stderr.split()) and "--force" in refused.stderr


def test_restore_without_keys_names_the_keys_it_needs(made: Made, target: dict[str, str]) -> None:
    refused = run_cli("restore", str(made.folder), env=target)
    message = " ".join(refused.stderr.split())
    assert refused.returncode == 1, refused.stdout
    assert f"needs keys {', '.join(made.manifest['keys']['needed'])}" in message and "--keys" in message
    assert "Traceback" not in refused.stderr


def test_restore_with_a_wrong_passphrase_is_refused(made: Made, target: dict[str, str]) -> None:
    target = {**target, "ALLIANCE_BACKUP_PASSPHRASE": "not the passphrase at all"}
    refused = restore(target, made)
    assert refused.returncode == 1 and "passphrase does not open" in " ".join(refused.stderr.split())


def test_a_tampered_backup_is_refused_before_anything_is_written(made: Made, target: dict[str, str],
                                                                 tmp_path: Path) -> None:
    copy = tmp_path / "tampered"
    shutil.copytree(made.folder, copy)
    database = copy / made.manifest["database"]["file"]
    data = bytearray(database.read_bytes())
    data[len(data) // 2] ^= 0x01
    database.write_bytes(bytes(data))
    refused = run_cli("restore", str(copy), "--keys", str(made.keys_file), env=target)
    message = " ".join(refused.stderr.split())
    assert refused.returncode == 1 and "changed or damaged" in message and "SHA-256" in message
    assert not (Path(target["ALLIANCE_DATA_DIR"]) / "alliance.db").exists()


def test_an_edited_manifest_is_refused(made: Made, target: dict[str, str], tmp_path: Path) -> None:
    copy = tmp_path / "edited"
    shutil.copytree(made.folder, copy)
    manifest = json.loads((copy / "manifest.json").read_text())
    manifest["tables"]["clients"]["rows"] += 1  # hide a client from the count, say
    (copy / "manifest.json").write_text(json.dumps(manifest))
    refused = run_cli("restore", str(copy), "--keys", str(made.keys_file), env=target)
    assert refused.returncode == 1 and "manifest does not verify" in " ".join(refused.stderr.split())


def test_keys_are_not_exported_inside_the_backup_directory(made: Made) -> None:
    if made.backend != "sqlite":
        pytest.skip("the check is on paths only")
    refused = run_cli("backup", "--to", str(made.backups), "--keys-to", str(made.backups / "keys"), env=made.env)
    assert refused.returncode == 1 and "inside the backup directory" in " ".join(refused.stderr.split())
    assert sorted(made.backups.iterdir()) == [made.folder]
