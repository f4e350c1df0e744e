"""`alliance safety screen` and `alliance eval safety`."""

import json

from typer.testing import CliRunner

from alliance.cli import app

runner = CliRunner()


def test_screen_text_prints_one_json_object():
    result = runner.invoke(app, ["safety", "screen", "--text", "I want to kill myself", "--no-classifier"])
    assert result.exit_code == 0
    out = json.loads(result.stdout)
    assert out["level"] == "high"
    assert "en.si.kill_myself" in out["rules"]
    assert "kill myself" in [e["text"] for e in out["evidence"]]


def test_screen_stdin_keeps_order_and_reports_bad_lines_without_traceback():
    lines = [
        json.dumps({"id": "a", "text": "me quiero morir"}),
        "this is not json",
        json.dumps({"id": "b", "text": 5}),
        json.dumps({"id": "c", "text": "my boss will kill me if I'm late", "lang": "en"}),
    ]
    result = runner.invoke(app, ["safety", "screen", "--no-classifier"], input="\n".join(lines) + "\n")
    assert result.exit_code == 1
    out = [json.loads(x) for x in result.stdout.splitlines()]
    assert [o.get("id") for o in out] == ["a", None, "b", "c"]
    assert out[0]["level"] == "high" and out[3]["level"] == "none"
    assert out[1]["line"] == 2 and out[1]["error"] == "BadRequest"
    assert out[2]["error"] == "BadRequest"
    assert "Traceback" not in result.output


def test_screen_stdin_exits_zero_when_every_line_is_valid():
    result = runner.invoke(app, ["safety", "screen", "--no-classifier"], input='{"id": 1, "text": "hello"}\n')
    assert result.exit_code == 0
    assert json.loads(result.stdout) == {"id": 1, "level": "none", "categories": [], "evidence": [], "rules": []}


def test_eval_safety_json_on_a_few_test_set_items():
    result = runner.invoke(app, ["eval", "safety", "--dataset", "testset", "--limit", "20", "--json", "--no-classifier"])
    assert result.exit_code == 0
    data = json.loads(result.stdout.strip().splitlines()[-1])
    assert data["testset"]["overall"]["n"] == 20
