"""`alliance companion replay FILE --json` as a subprocess, after `alliance demo`, with SmolLM2 (the small test model):
one JSON line per turn, a crisis turn escalated with the crisis lines of the conversation's country, a bad line
reported without stopping the rest."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from tests.e2e.helpers import cli_env, run_cli

KEYS = {"id", "turn", "level", "escalated", "reply", "resources", "blocked", "ms"}


def test_replay_plays_each_conversation_as_a_new_demo_client(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    env = cli_env(data_dir, ALLIANCE_LLM_MODEL="smollm2-135m", ALLIANCE_LLM_MAX_TOKENS="24",
                  ALLIANCE_LLM_N_CTX="2048", ALLIANCE_LLM_N_THREADS="1")
    assert run_cli("demo", env=env, timeout=300).returncode == 0
    with sqlite3.connect(data_dir / "alliance.db") as db:
        before = db.execute("SELECT count(*) FROM companion_turns").fetchone()[0]  # the demo's own conversations
    script = tmp_path / "conversations.jsonl"
    script.write_text("\n".join([
        json.dumps({"id": "es-1", "lang": "es", "country": "ES",
                    "turns": ["Hoy estoy nerviosa por el trabajo.", "Quiero matarme esta noche, ya tengo las pastillas."]},
                   ensure_ascii=False),
        "not json",
        json.dumps({"id": "us-1", "lang": "en", "country": "US", "turns": ["I feel a bit anxious today."]}),
    ]) + "\n", encoding="utf-8")
    result = run_cli("companion", "replay", str(script), "--json", env=env, timeout=600)
    assert result.returncode == 1, result.stderr  # the bad line
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    turns = [r for r in rows if "error" not in r]
    assert [(r["id"], r["turn"]) for r in turns] == [("es-1", 0), ("es-1", 1), ("us-1", 0)]
    assert all(set(r) == KEYS and isinstance(r["ms"], int) for r in turns)
    calm, crisis, english = turns
    assert (calm["level"], calm["escalated"], calm["resources"]) == ("none", False, []) and calm["reply"]
    assert crisis["escalated"] and crisis["level"] == "imminent" and not crisis["blocked"]
    assert {"name": "Emergencias", "phone": "112"} in crisis["resources"]
    assert any(r["phone"] == "024" for r in crisis["resources"])
    assert not english["escalated"] and english["reply"]
    assert [r for r in rows if "error" in r] == [{"id": None, "line": 2, "error": "BadRequest",
                                                 "detail": "not JSON (Expecting value)"}]
    # Two new clients of the demo clinician, their turns stored (encrypted) like the portal's.
    with sqlite3.connect(data_dir / "alliance.db") as db:
        assert db.execute("SELECT count(*) FROM companion_turns").fetchone()[0] - before == 6
        assert db.execute("SELECT count(*) FROM companion_plans WHERE enabled").fetchone()[0] >= 2
