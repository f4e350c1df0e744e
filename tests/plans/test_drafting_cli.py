"""`alliance plans draft CLIENT_ID --json` after `alliance demo`: the draft of the demo client in the issue's shape,
objectives only on the measures the demo client has, nine in ten items with evidence, nothing saved."""

from __future__ import annotations

import json
import sqlite3
import uuid
from pathlib import Path

import pytest

from tests.e2e.helpers import cli_env, run_cli


@pytest.mark.slow
def test_the_cli_prints_the_demo_clients_draft_in_the_issues_shape(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    env = cli_env(data_dir)
    assert run_cli("demo", env=env, timeout=300).returncode == 0
    with sqlite3.connect(data_dir / "alliance.db") as db:
        # The demo's main client (Marisol): the one with weeks of homework, notes and questionnaires (several demo
        # clients have as many questionnaires, so those alone do not pick her).
        client_id, = db.execute("SELECT client_id FROM homework_entries GROUP BY client_id "
                                "ORDER BY count(*) DESC LIMIT 1").fetchone()
        measures = {r[0] for r in db.execute("SELECT DISTINCT instrument FROM measure_administrations "
                                             "WHERE client_id = ? AND status = 'completed'", (client_id,))}
        plans_before = db.execute("SELECT count(*) FROM treatment_plans").fetchone()
    client = str(uuid.UUID(client_id))
    result = run_cli("plans", "draft", client, "--json", "--no-model", env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    draft = json.loads(result.stdout)
    assert set(draft) >= {"problems", "goals", "interventions", "model"} and draft["model"] is None
    objectives = [o for g in draft["goals"] for o in g["objectives"]]
    assert objectives and all({"text", "measure", "target", "by", "evidence", "supported"} <= set(o)
                              for o in objectives)
    assert all(o["measure"] in measures | {"checkin_mood", "sleep_efficiency", "activity_count", "exposure_suds"}
               and o["target"] is not None and o["by"] for o in objectives)
    items = draft["problems"] + draft["goals"] + objectives + draft["interventions"]
    assert sum(1 for i in items if i["evidence"] and i["supported"]) / len(items) >= 0.9
    assert all(i["source"] in ("rule", "template") for i in items)  # who wrote each item (no model here)
    assert {i["source"] for i in draft["interventions"]} == {"template"}
    with sqlite3.connect(data_dir / "alliance.db") as db:
        assert db.execute("SELECT count(*) FROM treatment_plans").fetchone() == plans_before
    bad = run_cli("plans", "draft", "not-a-uuid", env=env, timeout=60)
    assert bad.returncode == 2 and "not a client id" in bad.stderr
