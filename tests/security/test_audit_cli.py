"""`alliance audit verify` as a subprocess: real commits write signed checkpoints beside the keys, and a forgery
made with nothing but write access to the database is named."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest

from tests.e2e.helpers import cli_env, run_cli

PASSWORD = "cli-test-password-1"


def _make_entries(data_dir: Path) -> None:
    env = cli_env(data_dir)
    assert run_cli("db", "upgrade", env=env).returncode == 0
    for n in (1, 2):  # two processes, so two commits that each checkpoint the head
        made = run_cli("users", "create", "--email", f"staff{n}@example.org", "--role", "admin", "--name", f"S{n}",
                       "--practice", "pr", "--practice-name", "Practice", "--password", PASSWORD, env=env)
        assert made.returncode == 0, made.stderr


@pytest.mark.parametrize(("attack", "named"), [("truncate", "truncated:"), ("wipe", "wiped:")])
def test_verify_names_a_forgery_that_rewrote_the_head(tmp_path: Path, attack: str, named: str) -> None:
    data_dir = tmp_path / "data"
    _make_entries(data_dir)
    checkpoints = data_dir / "keys" / "audit-checkpoints.jsonl"
    assert stat.S_IMODE(checkpoints.stat().st_mode) == 0o600 and len(checkpoints.read_text().splitlines()) >= 2
    assert run_cli("audit", "verify", env=cli_env(data_dir)).returncode == 0

    with sqlite3.connect(data_dir / "alliance.db", isolation_level=None) as conn:
        conn.execute("DROP TRIGGER audit_events_no_delete")
        (last,) = conn.execute("SELECT max(seq) FROM audit_events").fetchone()
        keep = 1 if attack == "truncate" else 0
        conn.execute("DELETE FROM audit_events WHERE seq > ?", (keep,))
        head = conn.execute("SELECT hash FROM audit_events WHERE seq = ?", (keep,)).fetchone()
        conn.execute("UPDATE audit_anchor SET last_seq = ?, last_hash = ?", (keep, head[0] if head else "0" * 64))
    result = run_cli("audit", "verify", env=cli_env(data_dir))
    message = " ".join(result.stderr.split())
    assert result.returncode == 1 and named in message, message
    assert f"at entry {keep + 1}:" in message and "Traceback" not in message
