"""`alliance llm ...` and `alliance prompts ...` commands."""

from __future__ import annotations

import json

import jsonschema
import pytest
from typer.testing import CliRunner

from alliance.cli import app

runner = CliRunner()


def test_prompts_list_json_names_every_template():
    result = runner.invoke(app, ["prompts", "list", "--json"])
    assert result.exit_code == 0, result.output
    listed = {t["id"]: t for t in json.loads(result.stdout)}
    assert {"note.soap", "companion.reply", "plan.draft"} <= set(listed)
    assert listed["note.soap"]["structured"] is True and listed["companion.reply"]["structured"] is False


def test_prompts_show_renders_the_samples():
    result = runner.invoke(app, ["prompts", "show", "intake.summary"])
    assert result.exit_code == 0 and "PHQ-9: 16 (moderately severe)" in result.stdout


def test_llm_models_lists_providers_with_privacy_and_model_presence(gateway):
    result = runner.invoke(app, ["llm", "models", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    embedded = next(p for p in data["providers"] if p["provider"] == "embedded")
    assert embedded["privacy"] == "local" and embedded["model"] == "smollm2-135m" and embedded["usable"]
    assert {p["provider"]: p["privacy"] for p in data["providers"]}["scripted-external"] == "external"
    assert next(m for m in data["embedded_models"] if m["model"] == "smollm2-135m")["present"] is True


@pytest.mark.llm
def test_llm_ask_with_schema_prints_only_valid_json(gateway, tmp_path):
    schema = {"type": "object", "properties": {"mood": {"type": "string", "enum": ["low", "ok", "good"]},
                                               "reason": {"type": "string", "maxLength": 80}},
              "required": ["mood", "reason"]}
    path = tmp_path / "s.json"
    path.write_text(json.dumps(schema))
    result = runner.invoke(app, ["llm", "ask", "I slept badly and feel flat today.", "--schema", str(path),
                                 "--max-tokens", "60"])
    assert result.exit_code == 0, result.output
    jsonschema.validate(json.loads(result.stdout), schema)


@pytest.mark.llm
def test_llm_ask_prints_the_streamed_reply(gateway):
    result = runner.invoke(app, ["llm", "ask", "Say hello.", "--max-tokens", "12"])
    assert result.exit_code == 0 and result.stdout.strip()


def test_llm_ask_rejects_an_invalid_schema_file(gateway, tmp_path):
    path = tmp_path / "bad.json"
    path.write_text('{"type": "no-such-type"}')
    result = runner.invoke(app, ["llm", "ask", "hi", "--schema", str(path)])
    assert result.exit_code == 2 and "not a valid JSON schema" in result.output


def test_llm_ask_reports_an_unreachable_provider(gateway):
    result = runner.invoke(app, ["llm", "ask", "hi", "--provider", "down"])
    assert result.exit_code == 1 and "cannot be reached" in result.output


def test_llm_ask_exits_non_zero_when_the_model_fails_twice(gateway, tmp_path):
    from .conftest import ScriptedHandler

    ScriptedHandler.script[:] = ["not json", '{"wrong": true}']
    path = tmp_path / "s.json"
    path.write_text(json.dumps({"type": "object", "properties": {"a": {"type": "integer"}}, "required": ["a"]}))
    result = runner.invoke(app, ["llm", "ask", "hi", "--schema", str(path), "--provider", "scripted"])
    assert result.exit_code == 3 and "did not produce valid output" in result.output
