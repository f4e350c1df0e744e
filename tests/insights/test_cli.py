"""`alliance insights outcomes` and `backfill` as the real command line, on a throw-away SQLite data dir."""

from __future__ import annotations

import json
import sqlite3
import uuid
from pathlib import Path

from tests.e2e.helpers import cli_env, run_cli


def test_outcomes_json_and_by_group_and_a_clear_error_without_a_practice(tmp_path: Path) -> None:
    env = cli_env(tmp_path / "data")
    assert run_cli("db", "upgrade", env=env).returncode == 0
    empty = run_cli("insights", "outcomes", env=env)
    assert empty.returncode != 0 and "no practice yet" in (empty.stderr + empty.stdout)
    with sqlite3.connect(tmp_path / "data" / "alliance.db", isolation_level=None) as conn:
        conn.execute("INSERT INTO practices (id, name, slug, country, timezone, mfa_required, audio_retention_days, "
                     "record_retention_years, created_at, updated_at) VALUES (?, 'P', 'cli-p', 'GB', 'UTC', 0, 0, 7, "
                     "'2026-01-01 00:00:00.000000', '2026-01-01 00:00:00.000000')", (uuid.uuid4().hex,))
    result = run_cli("insights", "outcomes", "--json", "--by", "language", "--practice", "cli-p", env=env)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["finished_courses"] == 0 and report["by"] == "language"
    assert {r["key"] for r in report["rates"]} == {"recovered", "reliable_improvement", "reliable_recovery",
                                                    "reliable_deterioration"}
    table = run_cli("insights", "outcomes", env=env)
    assert table.returncode == 0 and "Finished courses 0" in table.stdout
    bad = run_cli("insights", "outcomes", "--by", "shoe_size", env=env)
    assert bad.returncode == 1 and "unknown group" in bad.stderr
    assert run_cli("insights", "backfill", env=env).returncode == 0
