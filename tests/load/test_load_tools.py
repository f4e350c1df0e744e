"""The load-test tools: the locustfile loads (in a process of its own: locust patches the standard library with
gevent), the runner parses its options and summarises a request log."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LOAD = ROOT / "benchmarks" / "load"


def _runner():
    spec = importlib.util.spec_from_file_location("load_run", LOAD / "run.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["load_run"] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def _user_classes(scenario: str) -> list[str]:
    code = ("import importlib.util, sys; from locust.user.users import User;"
            f"spec = importlib.util.spec_from_file_location('lf', {str(LOAD / 'locustfile.py')!r});"
            "m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m);"
            "print(sorted(n for n, v in vars(m).items() if isinstance(v, type) and issubclass(v, User)"
            " and not v.abstract))")
    env = {**os.environ, "LOAD_SCENARIO": scenario}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return eval(done.stdout.strip().splitlines()[-1])  # noqa: S307 - a list of names we printed


def test_locustfile_mix_has_clinicians_clients_and_note_writers():
    assert _user_classes("mix") == ["Client", "Clinician", "NoteWriter"]


def test_locustfile_back_to_back_has_only_clinicians_without_pauses():
    assert _user_classes("back-to-back") == ["BackToBackClinician"]


def test_runner_defaults_run_both_targets_with_the_mix():
    args = _runner().build_parser().parse_args([])
    assert (args.target, args.scenario, args.users, args.run_time) == ("both", "mix", 100, "60s")


def test_runner_parses_a_back_to_back_run_on_the_embedded_server():
    args = _runner().build_parser().parse_args(
        ["--target", "embedded", "--scenario", "back-to-back", "--users", "20", "--run-time", "90s", "--web", "3"])
    assert (args.target, args.scenario, args.users, args.run_time, args.web) == (
        "embedded", "back-to-back", 20, "90s", 3)


def test_runner_summary_counts_server_errors_and_leaves_out_log_ins(tmp_path):
    log = tmp_path / "requests.jsonl"
    rows = [{"t": 1.0, "name": "log-in", "status": 200, "ms": 900.0},
            {"t": 2.0, "name": "caseload", "status": 200, "ms": 10.0},
            {"t": 3.0, "name": "client page", "status": 500, "ms": 30.0},
            {"t": 4.0, "name": "check-in", "status": 201, "ms": 20.0}]
    log.write_text("".join(json.dumps(r) + "\n" for r in rows))
    summary = _runner().summarise(log)
    assert summary["pages"]["requests"] == 2 and summary["pages"]["server_errors"] == 1
    assert summary["api"]["requests"] == 1 and summary["all"]["max_ms"] == 30.0
