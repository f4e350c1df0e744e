"""`alliance insights ai` and `alliance eval fairness` as real subprocesses on a throw-away data dir."""

from __future__ import annotations

import json
from pathlib import Path

from tests.e2e.helpers import cli_env, run_cli
from tests.insights.test_fairness_eval import write_dataset


def test_insights_ai_prints_the_practice_figures_as_json(tmp_path: Path) -> None:
    env = cli_env(tmp_path / "data")
    assert run_cli("db", "upgrade", env=env).returncode == 0
    made = run_cli("users", "create", "--email", "admin@cli.example.org", "--role", "admin", "--name", "Admin",
                   "--practice", "cli", "--practice-name", "CLI Practice", "--password", "cli-test-password-1",
                   env=env)
    assert made.returncode == 0, made.stderr
    result = run_cli("insights", "ai", "--by", "language", "--json", env=env)
    assert result.returncode == 0, result.stderr
    body = json.loads(result.stdout)
    assert body["notes"]["signed_with_draft"] == 0 and body["alerts"]["total"] == 0 and body["by"] == "language"
    assert body["alerts"]["precision"] == {"k": 0, "n": 0, "rate": None, "ci_low": None, "ci_high": None}
    text = run_cli("insights", "ai", env=env)
    assert text.returncode == 0 and "precision (confirmed / judged)" in text.stdout
    bad = run_cli("insights", "ai", "--by", "star_sign", env=env)
    assert bad.returncode == 2 and "Unknown group" in bad.stderr


def test_eval_fairness_names_a_missing_dataset(tmp_path: Path) -> None:
    env = cli_env(tmp_path / "data")
    result = run_cli("eval", "fairness", "--dataset-dir", str(tmp_path / "nowhere"), "--limit", "1", env=env)
    assert result.returncode == 2 and "nowhere" in result.stderr


def test_eval_fairness_refuses_an_unknown_purpose(tmp_path: Path) -> None:
    folder = tmp_path / "set"
    folder.mkdir()
    env = cli_env(tmp_path / "data")
    result = run_cli("eval", "fairness", "--dataset-dir", str(write_dataset(folder)), "--purpose", "astrology",
                     env=env)
    assert result.returncode == 2 and "Unknown purpose" in result.stderr
