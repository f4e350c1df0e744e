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


# --- `alliance safety resources` (issue 10) -----------------------------------------------------------------------

def test_resources_prints_emergency_numbers_first_then_lines_with_hours():
    result = runner.invoke(app, ["safety", "resources", "--country", "JP"])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.startswith("Japan (JP)")
    emergency, lines = out.index("Emergency:"), out.index("Crisis lines:")
    assert emergency < lines
    assert "119  Ambulance, fire" in out[emergency:lines] and "110  Police" in out[emergency:lines]
    assert "0120-279-338 (24/7)" in out[lines:]
    assert "112" not in out[emergency:lines]


def test_resources_json_is_one_object_with_the_same_content():
    result = runner.invoke(app, ["safety", "resources", "--country", "pt", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["country"] == "PT" and data["country_name"] == "Portugal"
    assert [n["tel"] for n in data["emergency"]] == ["112"]
    assert data["services"][0]["tel"] == "1411" and data["services"][0]["hours"] == "24/7"
    assert data["emergency_for_country"] is True and data["is_fallback"] is False


def test_resources_lang_puts_the_clients_language_first_and_uk_is_accepted():
    data = json.loads(runner.invoke(app, ["safety", "resources", "--country", "CA", "--lang", "fr", "--json"]).stdout)
    assert "fr" in data["services"][0]["languages"]
    data = json.loads(runner.invoke(app, ["safety", "resources", "--country", "UK", "--json"]).stdout)
    assert data["country"] == "GB" and data["emergency"][0]["tel"] == "999"


def test_resources_for_a_country_without_a_national_line_says_so():
    result = runner.invoke(app, ["safety", "resources", "--country", "NG"])
    assert result.exit_code == 0
    assert "No national crisis line" in result.stdout and "112" in result.stdout
    assert "https://findahelpline.com/" in result.stdout


def test_resources_for_a_country_with_only_emergency_numbers():
    result = runner.invoke(app, ["safety", "resources", "--country", "MN", "--json"])
    data = json.loads(result.stdout)
    assert data["country"] == "MN" and {n["tel"] for n in data["emergency"]} == {"101", "102", "103"}
    assert data["is_fallback"] is True and data["emergency_for_country"] is True


def test_resources_unknown_country_is_an_error_with_exit_code_2():
    result = runner.invoke(app, ["safety", "resources", "--country", "ZZ"])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "Unknown country code 'ZZ'" in result.stderr
    assert "Traceback" not in result.output


def test_resources_requires_a_country():
    result = runner.invoke(app, ["safety", "resources"])
    assert result.exit_code == 2
