"""The real `alliance` command line as subprocesses, on throw-away data dirs (and PostgreSQL when set)."""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
import uuid
import zipfile
from pathlib import Path

import pytest

from tests.e2e.helpers import cli_env, create_pg_database, drop_pg_database, run_cli

PASSWORD = "cli-test-password-1"


def demo_logins(output: str) -> list[str]:
    """The e-mail addresses in the logins table `alliance demo` prints."""
    return re.findall(r"[\w.+-]+@riverside\.example\.org", output)


def db(data_dir: Path) -> sqlite3.Connection:
    """A raw connection to the data dir's SQLite database (autocommit)."""
    return sqlite3.connect(data_dir / "alliance.db", isolation_level=None)


def marisol_id(data_dir: Path) -> str:
    """The demo client with a portal log-in (Marisol), read straight from the users table."""
    with db(data_dir) as conn:
        (raw,) = conn.execute("SELECT client_id FROM users WHERE role = 'client'").fetchone()
    return str(uuid.UUID(raw))


@pytest.fixture(scope="module")
def pristine_demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A demo data dir made once (by `demo --data-dir`), and the output of that first run."""
    root = tmp_path_factory.mktemp("cli-demo")
    data_dir = root / "data"
    # ALLIANCE_DATA_DIR points elsewhere: --data-dir must win.
    env = cli_env(root / "elsewhere")
    result = run_cli("demo", "--data-dir", str(data_dir), env=env)
    assert result.returncode == 0, result.stderr
    return data_dir, result.stdout


@pytest.fixture
def demo_dir(pristine_demo: tuple[Path, str], tmp_path: Path) -> Path:
    """A private copy of the demo data dir for a test that changes it."""
    target = tmp_path / "data"
    shutil.copytree(pristine_demo[0], target)
    return target


def test_demo_honours_data_dir_and_prints_the_logins(pristine_demo: tuple[Path, str]) -> None:
    data_dir, output = pristine_demo
    assert (data_dir / "alliance.db").exists() and (data_dir / "keys" / "keyring.json").exists()
    assert not (data_dir.parent / "elsewhere").exists()
    assert "created" in output
    assert demo_logins(output) == [
        "admin@riverside.example.org",
        "clinician@riverside.example.org",
        "clinician2@riverside.example.org",
        "supervisor@riverside.example.org",
        "marisol@riverside.example.org",
    ]
    assert "demo-password-2026" in output


def test_demo_twice_changes_nothing(demo_dir: Path, pristine_demo: tuple[Path, str]) -> None:
    counts = (
        "SELECT (SELECT count(*) FROM users), (SELECT count(*) FROM clients),"
        " (SELECT count(*) FROM audit_events)"
    )
    with db(demo_dir) as conn:
        before = conn.execute(counts).fetchone()
    # This time through ALLIANCE_DATA_DIR alone.
    again = run_cli("demo", env=cli_env(demo_dir))
    assert again.returncode == 0, again.stderr
    assert "already there" in again.stdout
    assert demo_logins(again.stdout) == demo_logins(pristine_demo[1])
    with db(demo_dir) as conn:
        assert conn.execute(counts).fetchone() == before


def test_db_upgrade_builds_schema_and_keyring_and_can_run_again(tmp_path: Path) -> None:
    env = cli_env(tmp_path / "data")
    first = run_cli("db", "upgrade", env=env)
    assert first.returncode == 0, first.stderr
    assert "up to date (sqlite+aiosqlite)" in first.stderr
    assert (tmp_path / "data" / "keys" / "keyring.json").exists()
    with db(tmp_path / "data") as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        (version,) = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    assert {"practices", "users", "clients", "audit_events", "consent_records", "appointments"} <= tables
    assert version
    assert run_cli("db", "upgrade", env=env).returncode == 0


def test_users_create_takes_the_password_as_an_option(demo_dir: Path) -> None:
    env = cli_env(demo_dir)
    created = run_cli(
        "users",
        "create",
        "--email",
        "new.staff@riverside.example.org",
        "--role",
        "supervisor",
        "--name",
        "New Staff",
        "--password",
        PASSWORD,
        env=env,
    )
    assert created.returncode == 0, created.stderr
    user_id = re.search(r"Created supervisor ([0-9a-f-]{36})", created.stdout).group(1)
    with db(demo_dir) as conn:
        row = conn.execute(
            "SELECT role, display_name, password_hash FROM users WHERE id = ?", (uuid.UUID(user_id).hex,)
        ).fetchone()
    assert row[0] == "supervisor" and row[1] == "New Staff" and row[2].startswith("$argon2")

    again = run_cli(
        "users",
        "create",
        "--email",
        "new.staff@riverside.example.org",
        "--role",
        "clinician",
        "--name",
        "Twin",
        "--password",
        PASSWORD,
        env=env,
    )
    assert again.returncode == 1 and "already exists" in again.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--role", "client"], "role must be admin, clinician or supervisor"),
        (["--role", "clinician", "--practice", "nowhere"], "no practice 'nowhere'"),
        (["--role", "clinician", "--password", "short"], "at least 12 characters"),
    ],
)
def test_users_create_refuses_bad_input_with_a_clear_message(
    demo_dir: Path, args: list[str], message: str
) -> None:
    base = ["users", "create", "--email", "x.staff@riverside.example.org", "--name", "X"]
    if "--password" not in args:
        args = [*args, "--password", PASSWORD]
    result = run_cli(*base, *args, env=cli_env(demo_dir))
    assert result.returncode == 1
    assert message in " ".join(result.stderr.split()), result.stderr
    assert "Traceback" not in result.stderr


def test_audit_verify_passes_on_a_fresh_demo(demo_dir: Path) -> None:
    result = run_cli("audit", "verify", env=cli_env(demo_dir))
    assert result.returncode == 0, result.stderr
    with db(demo_dir) as conn:
        (count,) = conn.execute("SELECT count(*) FROM audit_events").fetchone()
    assert f"Audit log intact: {count} entries checked." in " ".join(result.stdout.split())


def test_audit_verify_names_an_entry_edited_by_hand(demo_dir: Path) -> None:
    with db(demo_dir) as conn:
        conn.execute("DROP TRIGGER audit_events_no_update")
        (count,) = conn.execute("SELECT count(*) FROM audit_events").fetchone()
        bad = count // 2
        conn.execute("UPDATE audit_events SET action = 'client.read' WHERE seq = ?", (bad,))
    result = run_cli("audit", "verify", env=cli_env(demo_dir))
    assert result.returncode == 1
    assert f"at entry {bad}:" in " ".join(result.stderr.split()), result.stderr
    assert "changed" in result.stderr


def test_audit_verify_detects_deleted_newest_entries(demo_dir: Path) -> None:
    with db(demo_dir) as conn:
        conn.execute("DROP TRIGGER audit_events_no_delete")
        (last,) = conn.execute("SELECT max(seq) FROM audit_events").fetchone()
        conn.execute("DELETE FROM audit_events WHERE seq > ?", (last - 2,))
    result = run_cli("audit", "verify", env=cli_env(demo_dir))
    assert result.returncode == 1
    assert f"at entry {last - 1}:" in " ".join(result.stderr.split()), result.stderr
    assert "deleted" in result.stderr


def test_audit_triggers_refuse_hand_edits(demo_dir: Path) -> None:
    with db(demo_dir) as conn:
        with pytest.raises(sqlite3.DatabaseError):
            conn.execute("UPDATE audit_events SET action = 'x' WHERE seq = 1")
        with pytest.raises(sqlite3.DatabaseError):
            conn.execute("DELETE FROM audit_events WHERE seq = 1")


def read_export(path: Path) -> tuple[dict, str]:
    """records.json (parsed) and records.html of an export ZIP."""
    with zipfile.ZipFile(path) as archive:
        assert sorted(archive.namelist()) == ["records.html", "records.json"]
        return json.loads(archive.read("records.json")), archive.read("records.html").decode()


def test_client_export_writes_a_zip_with_json_and_html(demo_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "f.zip"
    result = run_cli("client", "export", marisol_id(demo_dir), "--out", str(out), env=cli_env(demo_dir))
    assert result.returncode == 0, result.stderr
    records, html = read_export(out)
    assert records["profile"]["given_name"] == "Marisol"
    assert records["profile"]["family_name"] == "Quintanilla-Ward"
    assert records["profile"]["date_of_birth"] == "1987-03-14"
    assert "Quintanilla-Ward" in html and "1987-03-14" in html




def test_client_export_includes_appointments_and_consent_records(demo_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "f.zip"
    result = run_cli("client", "export", marisol_id(demo_dir), "--out", str(out), env=cli_env(demo_dir))
    assert result.returncode == 0, result.stderr
    records, _ = read_export(out)
    with db(demo_dir) as conn:
        (held,) = conn.execute(
            "SELECT count(*) FROM appointments WHERE client_id = ?", (uuid.UUID(marisol_id(demo_dir)).hex,)
        ).fetchone()
    assert held > 0 and len(records.get("appointments", [])) == held
    assert {r["feature"] for r in records.get("consent_records", [])} >= {"ai_documentation", "ai_companion"}


@pytest.mark.parametrize(
    ("client_id", "message"), [("not-a-uuid", "is not a client id"), (str(uuid.UUID(int=7)), "")]
)
def test_client_export_of_an_unknown_client_fails_cleanly(
    demo_dir: Path, tmp_path: Path, client_id: str, message: str
) -> None:
    result = run_cli("client", "export", client_id, "--out", str(tmp_path / "x.zip"), env=cli_env(demo_dir))
    assert result.returncode == 1
    assert "Error:" in result.stderr and message in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "x.zip").exists()


def test_client_erase_needs_override_for_an_active_client_then_shreds_it(
    demo_dir: Path, tmp_path: Path
) -> None:
    env = cli_env(demo_dir)
    client_id = marisol_id(demo_dir)
    refused = run_cli("client", "erase", client_id, "--reason", "client asked", "--yes", env=env)
    assert refused.returncode == 1
    assert "Discharge the client first" in refused.stderr and "Traceback" not in refused.stderr
    with db(demo_dir) as conn:
        assert conn.execute(
            "SELECT count(*) FROM client_keys WHERE client_id = ?", (uuid.UUID(client_id).hex,)
        ).fetchone() == (1,)

    erased = run_cli(
        "client", "erase", client_id, "--reason", "client asked", "--override-retention", "--yes", env=env
    )
    assert erased.returncode == 0, erased.stderr
    assert f"Erased client {client_id}" in erased.stdout
    with db(demo_dir) as conn:
        uid = uuid.UUID(client_id).hex
        assert conn.execute("SELECT count(*) FROM client_keys WHERE client_id = ?", (uid,)).fetchone() == (0,)
        assert conn.execute(
            "SELECT status, given_name_ct, family_name_ct, date_of_birth_ct FROM clients WHERE id = ?", (uid,)
        ).fetchone() == ("erased", None, None, None)
        assert conn.execute("SELECT count(*) FROM users WHERE client_id = ?", (uid,)).fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM audit_events WHERE action = 'client.erase'").fetchone() == (
            1,
        )

    out = tmp_path / "after.zip"
    export = run_cli("client", "export", client_id, "--out", str(out), env=env)
    if export.returncode == 0:
        records, html = read_export(out)
        assert "Quintanilla" not in json.dumps(records) and "Quintanilla" not in html
        assert "1987-03-14" not in json.dumps(records)
    else:
        assert "Traceback" not in export.stderr
    verify = run_cli("audit", "verify", env=env)
    assert verify.returncode == 0, verify.stderr


def test_client_erase_asks_first_and_keeps_the_client_on_no(demo_dir: Path) -> None:
    client_id = marisol_id(demo_dir)
    answer = run_cli(
        "client",
        "erase",
        client_id,
        "--reason",
        "asked",
        "--override-retention",
        input="n\n",
        env=cli_env(demo_dir),
    )
    assert answer.returncode == 1
    assert "Erase client" in answer.stdout
    with db(demo_dir) as conn:
        row = conn.execute("SELECT status FROM clients WHERE id = ?", (uuid.UUID(client_id).hex,)).fetchone()
    assert row == ("active",)


def test_client_erase_deletes_appointments_and_consent_records(demo_dir: Path) -> None:
    client_id = marisol_id(demo_dir)
    erased = run_cli(
        "client",
        "erase",
        client_id,
        "--reason",
        "client asked",
        "--override-retention",
        "--yes",
        env=cli_env(demo_dir),
    )
    assert erased.returncode == 0, erased.stderr
    with db(demo_dir) as conn:
        uid = uuid.UUID(client_id).hex
        assert conn.execute("SELECT count(*) FROM appointments WHERE client_id = ?", (uid,)).fetchone() == (
            0,
        )
        assert conn.execute(
            "SELECT count(*) FROM consent_records WHERE client_id = ?", (uid,)
        ).fetchone() == (0,)


@pytest.mark.slow
def test_keys_rotate_twice_keeps_data_readable(demo_dir: Path, tmp_path: Path) -> None:
    env = cli_env(demo_dir)
    keyring = demo_dir / "keys" / "keyring.json"
    first_key = json.loads(keyring.read_text())["active"]
    with db(demo_dir) as conn:
        clients = conn.execute("SELECT count(*) FROM client_keys").fetchone()[0]
    assert clients >= 5
    active = []
    for _ in range(2):
        result = run_cli("keys", "rotate", env=env)
        assert result.returncode == 0, result.stderr
        active.append(re.search(r"Active key (\S+):", result.stdout).group(1))
        assert json.loads(keyring.read_text())["active"] == active[-1]
        # every client's key: the five demo clients and the insights cohort
        assert int(re.search(r"(\d+) client keys re-wrapped", result.stdout).group(1)) == clients
    assert len({first_key, *active}) == 3
    assert set(json.loads(keyring.read_text())["keys"]) == {first_key, *active}
    with db(demo_dir) as conn:
        assert {r[0] for r in conn.execute("SELECT DISTINCT kek_id FROM client_keys")} == {active[-1]}

    out = tmp_path / "rotated.zip"
    assert run_cli("client", "export", marisol_id(demo_dir), "--out", str(out), env=env).returncode == 0
    assert read_export(out)[0]["profile"]["family_name"] == "Quintanilla-Ward"
    assert run_cli("audit", "verify", env=env).returncode == 0


@pytest.mark.slow
def test_keys_rotate_retire_leaves_only_the_active_key_and_data_readable(
    demo_dir: Path, tmp_path: Path
) -> None:
    env = cli_env(demo_dir)
    keyring = demo_dir / "keys" / "keyring.json"
    retired = run_cli("keys", "rotate", "--retire", env=env)
    assert retired.returncode == 0, retired.stderr
    out = tmp_path / "retired.zip"
    ring = json.loads(keyring.read_text())
    assert list(ring["keys"]) == [ring["active"]]
    assert run_cli("client", "export", marisol_id(demo_dir), "--out", str(out), env=env).returncode == 0
    assert read_export(out)[0]["profile"]["family_name"] == "Quintanilla-Ward"
    assert run_cli("audit", "verify", env=env).returncode == 0


@pytest.mark.postgres
@pytest.mark.slow
def test_commands_honour_alliance_database_url(tmp_path: Path) -> None:
    url = create_pg_database()
    try:
        env = cli_env(tmp_path / "data", url)
        upgrade = run_cli("db", "upgrade", env=env)
        assert upgrade.returncode == 0, upgrade.stderr
        assert "up to date (postgresql+asyncpg)" in upgrade.stderr
        demo = run_cli("demo", env=env)
        assert demo.returncode == 0, demo.stderr
        assert "created" in demo.stdout and len(demo_logins(demo.stdout)) == 5
        assert "already there" in run_cli("demo", env=env).stdout
        assert not (tmp_path / "data" / "alliance.db").exists(), "nothing was written to SQLite"
        verify = run_cli("audit", "verify", env=env)
        assert verify.returncode == 0, verify.stderr
        assert "Audit log intact" in verify.stdout
    finally:
        drop_pg_database(url)
