"""`alliance intake triage FILE [--json]` and `alliance eval intake`: the same screen and rules as the pages.
"""

from __future__ import annotations

import json

from typer.testing import CliRunner

from alliance.cli import app

runner = CliRunner()

LINES = [
    {
        "id": "calm",
        "lang": "en",
        "country": "US",
        "age": 40,
        "text": "Work has been stressful lately.",
        "measures": {"phq9": [1, 1, 1, 1, 0, 0, 0, 0, 0], "gad7": [1, 1, 1, 0, 0, 0, 0]},
    },
    {
        "id": "plan",
        "lang": "fr",
        "country": "FR",
        "age": 30,
        "text": "J'ai décidé de me tuer ce soir, la corde est prête.",
        "measures": {"cssrs_screener": [1, 1, 1, 1, 1, 0, None]},
    },
    {
        "id": "scores",
        "lang": "de",
        "country": "DE",
        "age": 50,
        "text": "",
        "measures": {"phq9": [3, 3, 3, 3, 3, 3, 2, 2, 0]},
    },
    {"id": "bad", "lang": "en", "text": "x", "measures": {"phq9": [1, 2]}},
]


def _file(tmp_path, rows) -> str:
    path = tmp_path / "referrals.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return str(path)


def test_triage_prints_one_json_line_per_input_in_order(tmp_path) -> None:
    result = runner.invoke(app, ["intake", "triage", _file(tmp_path, LINES), "--json", "--no-classifier"])
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert result.exit_code == 1  # the bad line is reported, the others are triaged
    assert [o["id"] for o in out] == ["calm", "plan", "scores", "bad"]
    assert [o.get("tier") for o in out] == ["routine", "emergency", "urgent", None]
    assert (
        set(out[1]) == {"id", "tier", "reasons", "rules", "rules_version"} and out[1]["rules_version"] == "v9"
    )
    assert "cssrs.plan" in out[1]["rules"] and any("corde" in r for r in out[1]["reasons"])
    assert "expected 9 or 10 answers" in out[3]["error"]


def test_triage_refuses_a_missing_file_and_a_rules_file_that_fails_validation(tmp_path) -> None:
    assert runner.invoke(app, ["intake", "triage", str(tmp_path / "none.jsonl")]).exit_code == 2
    rules = tmp_path / "rules.yaml"
    rules.write_text("version: x\nsources: {}\nrules: []\n")
    result = runner.invoke(app, ["intake", "triage", _file(tmp_path, LINES[:1]), "--rules", str(rules)])
    assert result.exit_code == 2 and "invalid" in result.stderr


def test_eval_reports_agreement_kappa_under_triage_and_by_language(tmp_path) -> None:
    labelled = [
        dict(LINES[0], tier="routine"),
        dict(LINES[1], tier="emergency"),
        dict(LINES[2], tier="emergency"),
    ]
    result = runner.invoke(
        app, ["eval", "intake", "--dataset", _file(tmp_path, labelled), "--json", "--no-classifier"]
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    overall = report["overall"]
    assert (
        overall["n"],
        overall["exact_agreement"],
        overall["under_triage"],
        overall["emergency_urgent"],
    ) == (3, round(2 / 3, 4), 1, 2)
    assert overall["emergency_below_urgent"] == 0 and report["confusion"]["emergency"]["urgent"] == 1
    assert (
        set(report["by_language"]) == {"en", "fr", "de"} and report["by_language"]["de"]["under_triage"] == 1
    )
    assert report["disagreements"][0]["id"] == "scores"


def test_weighted_kappa_is_one_for_perfect_agreement_and_lower_for_distant_misses() -> None:
    from alliance.intake.evaluation import weighted_kappa

    tiers = ["emergency", "urgent", "soon", "routine"]
    assert weighted_kappa([(t, t) for t in tiers]) == 1.0
    near = weighted_kappa(
        [("emergency", "urgent"), ("urgent", "urgent"), ("soon", "soon"), ("routine", "routine")]
    )
    far = weighted_kappa(
        [("emergency", "routine"), ("urgent", "urgent"), ("soon", "soon"), ("routine", "routine")]
    )
    assert far < near < 1.0
