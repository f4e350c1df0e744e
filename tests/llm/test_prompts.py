"""The prompt catalogue: every shipped template loads, renders with its samples, and reports bad variables."""

from __future__ import annotations

import jsonschema
import pytest

from alliance.errors import NotFound
from alliance.llm.prompts import PromptVariableError, get_template, list_templates, render

ALL = list_templates(all_versions=True)
REQUIRED_IDS = {"note.soap", "note.dap", "note.birp", "note.girp", "note.chunk_summary", "intake.summary",
                "companion.reply", "plan.draft"}


def test_catalogue_has_every_required_template():
    assert REQUIRED_IDS <= {t.id for t in ALL}


@pytest.mark.parametrize("template", ALL, ids=lambda t: t.key)
def test_template_renders_with_its_sample_variables(template):
    messages = render(template, template.sample_variables())
    earlier = ["user", "assistant"] * (len(template.sample_variables().get("history") or []) // 2)
    assert [m["role"] for m in messages] == ["system", *(earlier if template.history_as_messages else []), "user"]
    assert all(m["content"].strip() for m in messages)
    text = "".join(m["content"] for m in messages)
    assert "{{" not in text and "{%" not in text
    for name, var in template.variables.items():  # every scalar sample value reaches the prompt
        if isinstance(var.sample, str | int) and not isinstance(var.sample, bool):
            assert str(var.sample) in text, f"{template.key}: variable {name} is not used"
    assert template.reviewed_by and template.reviewed_at


@pytest.mark.parametrize("template", [t for t in ALL if t.output_schema], ids=lambda t: t.key)
def test_structured_template_schema_is_valid_and_bounded(template):
    from alliance.llm.schema import bound_schema

    jsonschema.Draft202012Validator.check_schema(template.output_schema)
    assert bound_schema(template.output_schema) == bound_schema(bound_schema(template.output_schema))


def test_note_templates_cite_evidence_segment_ids():
    for template_id in ("note.soap", "note.dap", "note.birp", "note.girp"):
        template = get_template(template_id)
        user = render(template, template.sample_variables())[1]["content"]
        assert "[S1] Clinician:" in user
        section = template.output_schema["$defs"]["section"]["items"]
        assert section["required"] == ["text", "evidence"]


def test_companion_prompt_states_the_clinicians_scope_and_limits():
    template = get_template("companion.reply")
    system = render(template, template.sample_variables())[0]["content"]
    assert "thought records" in system
    assert "Never diagnose" in system and "medication" in system


def test_missing_variable_is_named_in_the_error():
    template = get_template("intake.summary")
    variables = template.sample_variables()
    del variables["triage_tier"]
    with pytest.raises(PromptVariableError, match="missing triage_tier"):
        render(template, variables)


def test_unknown_variable_is_rejected():
    template = get_template("plan.draft")
    with pytest.raises(PromptVariableError, match="unknown clinet_goals"):
        render(template, {**template.sample_variables(), "clinet_goals": "typo"})


def test_optional_variables_fall_back_to_defaults():
    template = get_template("note.soap")
    messages = render(template, {"segments": [{"id": "S1", "speaker": "Client", "text": "Fine."}]})
    assert "Therapy approach: not stated" in messages[1]["content"]
    assert "earlier parts" not in messages[1]["content"]


def test_nested_attribute_missing_raises_a_variable_error():
    template = get_template("note.soap")
    with pytest.raises(PromptVariableError):
        render(template, {"segments": [{"id": "S1", "text": "no speaker"}]})


def test_unknown_template_or_version_is_not_found():
    with pytest.raises(NotFound):
        get_template("note.nonexistent")
    with pytest.raises(NotFound):
        get_template("note.soap", version=99)
    assert get_template("note.soap", version=1).version == 1


def test_a_template_with_history_as_messages_renders_each_earlier_client_turn_as_it_was_sent():
    template = get_template("companion.reply")
    assert template.history_as_messages
    variables = template.sample_variables()
    passage = {"title": "Paced breathing", "text": "Breathe in for four, out for six."}
    first = render(template, {**variables, "history": [], "message": "I'm dreading it.", "passages": [passage]})
    later = render(template, {**variables, "message": "It helped.", "history": [
        {"role": "client", "text": "I'm dreading it.", "passages": [passage]},
        {"role": "companion", "text": "That sounds hard."}]})
    assert later[: len(first)] == first  # the earlier prompt, token for token
    assert later[len(first)] == {"role": "assistant", "content": "That sounds hard."}
    assert "It helped." in later[-1]["content"] and "Paced breathing" not in later[-1]["content"]
