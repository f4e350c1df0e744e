"""`alliance measures ...`: list, score (JSON out; one-line errors on stderr, non-zero exit), change, FHIR."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from alliance.cli import app

runner = CliRunner()


def test_measures_list_shows_every_instrument_with_languages_and_licence() -> None:
    result = runner.invoke(app, ["measures", "list", "--json"])
    assert result.exit_code == 0
    rows = {r["id"]: r for r in json.loads(result.stdout)}
    assert set(rows) == {
        "phq9",
        "phq2",
        "gad7",
        "gad2",
        "pcl5",
        "cssrs_screener",
        "who5",
        "audit",
        "auditc",
        "k10",
        "wsas",
    }
    assert rows["phq9"]["items"] == 9 and rows["phq9"]["languages"] == ["en", "es"]
    assert "Pfizer" in rows["phq9"]["licence"] and "Public domain" in rows["pcl5"]["licence"]


def test_measures_list_table() -> None:
    result = runner.invoke(app, ["measures", "list"])
    assert result.exit_code == 0
    assert "phq9" in result.stdout and "licence" in result.stdout


def test_score_prints_manual_band_name_and_flags() -> None:
    # Kroenke 2001: 15-19 "moderately severe"; item 9 > 0 flag (PHQ instruction manual).
    result = runner.invoke(app, ["measures", "score", "PHQ-9", "--answers", "2,2,2,2,2,2,2,0,1"])
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["instrument"] == "phq9"
    assert data["total"] == 15
    assert data["severity"] == "moderately severe"
    assert data["flags"] == ["item9"]


def test_score_blank_entries_are_missing_and_prorated() -> None:
    # Kroenke 2010: 1-2 missing PHQ-9 items are prorated.
    result = runner.invoke(app, ["measures", "score", "phq9", "--answers", "1,,1,1,1,1,1,1,1"])
    data = json.loads(result.stdout)
    assert data["prorated"] is True and data["total"] == 9 and data["missing_items"] == ["phq9_2"]


def test_score_with_sex_uses_that_cutoff() -> None:
    # Bradley 2007: AUDIT-C 3 is negative for men, positive for women.
    male = json.loads(
        runner.invoke(app, ["measures", "score", "auditc", "--answers", "1,1,1", "--sex", "male"]).stdout
    )
    female = json.loads(
        runner.invoke(app, ["measures", "score", "auditc", "--answers", "1,1,1", "--sex", "female"]).stdout
    )
    assert (male["severity"], female["severity"]) == ("negative", "positive")


def _assert_one_line_error(result, fragment: str) -> None:
    assert result.exit_code != 0
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ")
    assert fragment in lines[0]
    assert "Traceback" not in result.stderr


def test_score_out_of_range_exits_non_zero_with_one_line() -> None:
    result = runner.invoke(app, ["measures", "score", "phq9", "--answers", "1,2,0,0,0,0,0,0,5"])
    _assert_one_line_error(result, "phq9_9: 5 is not a valid answer")


def test_score_wrong_count_exits_non_zero() -> None:
    _assert_one_line_error(
        runner.invoke(app, ["measures", "score", "gad7", "--answers", "1,2"]), "expected 7 or 8"
    )


def test_score_non_integer_exits_non_zero() -> None:
    result = runner.invoke(app, ["measures", "score", "phq2", "--answers", "1,x"])
    _assert_one_line_error(result, "phq2_2: answer 'x' is not an integer")


def test_score_unknown_instrument_exits_non_zero() -> None:
    _assert_one_line_error(
        runner.invoke(app, ["measures", "score", "bdi", "--answers", "1"]), "unknown instrument"
    )


def test_change_command_prints_classification() -> None:
    result = runner.invoke(app, ["measures", "change", "phq9", "16", "9"])
    data = json.loads(result.stdout)
    assert data["category"] == "reliable_improvement" and data["reliably_recovered"] is True


def test_questionnaire_then_import_round_trip_via_cli(tmp_path) -> None:
    from alliance.measures.fhir import questionnaire_response

    q = json.loads(runner.invoke(app, ["measures", "questionnaire", "gad7", "--lang", "es"]).stdout)
    assert q["resourceType"] == "Questionnaire" and q["language"] == "es"
    path = tmp_path / "qr.json"
    path.write_text(
        questionnaire_response("gad7", [3, 3, 3, 3, 3, 0, 0], "2026-03-01", "Patient/p").model_dump_json()
    )
    data = json.loads(runner.invoke(app, ["measures", "import", str(path)]).stdout)
    assert (data["instrument"], data["total"], data["severity"]) == ("gad7", 15, "severe")
