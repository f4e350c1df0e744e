"""Schema bounding and JSON extraction."""

from __future__ import annotations

from typing import Literal

import jsonschema
import pytest
from pydantic import BaseModel

from alliance.llm.schema import bound_schema, extract_json


class Sentence(BaseModel):
    text: str
    evidence: list[str]
    kind: Literal["fact", "plan"]


class Note(BaseModel):
    title: str
    sentences: list[Sentence]
    summary: str | None = None


def test_bound_schema_adds_string_and_array_bounds_everywhere():
    bounded = bound_schema(Note.model_json_schema(), max_length=300, max_items=7)
    sentence = bounded["$defs"]["Sentence"]
    assert bounded["properties"]["title"]["maxLength"] == 300
    assert bounded["properties"]["sentences"]["maxItems"] == 7
    assert sentence["properties"]["text"]["maxLength"] == 300
    assert sentence["properties"]["evidence"]["maxItems"] == 7
    assert sentence["properties"]["evidence"]["items"]["maxLength"] == 300
    string_branch = [b for b in bounded["properties"]["summary"]["anyOf"] if b.get("type") == "string"][0]
    assert string_branch["maxLength"] == 300
    assert "maxLength" not in sentence["properties"]["kind"]  # enums are bounded already
    assert bounded["additionalProperties"] is False and sentence["additionalProperties"] is False


def test_bound_schema_keeps_existing_bounds_and_does_not_modify_the_input():
    schema = {"type": "object", "properties": {"a": {"type": "string", "maxLength": 5},
                                               "b": {"type": "array", "maxItems": 2, "items": {"type": "integer"}}}}
    bounded = bound_schema(schema, max_length=100, max_items=9)
    assert bounded["properties"]["a"]["maxLength"] == 5 and bounded["properties"]["b"]["maxItems"] == 2
    assert "additionalProperties" not in schema  # the caller's schema is untouched
    jsonschema.Draft202012Validator.check_schema(bounded)


def test_bounded_schema_rejects_runaway_repetition():
    bounded = bound_schema({"type": "object", "properties": {"a": {"type": "string"}}}, max_length=50)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"a": "ha" * 200}, bounded)


@pytest.mark.parametrize("reply", [
    '{"a": 1}',
    '```json\n{"a": 1}\n```',
    'Here is the JSON: {"a": 1} Hope it helps.',
])
def test_extract_json_tolerates_fences_and_prose(reply):
    assert extract_json(reply) == {"a": 1}


def test_extract_json_raises_when_there_is_no_object():
    with pytest.raises(ValueError):
        extract_json("I cannot help with that.")



def test_compact_instruction_shows_the_shape_and_is_far_shorter_than_the_schema():
    from alliance.llm.schema import schema_instruction
    from alliance.notes.formats import SOAP, output_schema

    schema = bound_schema(output_schema(SOAP))
    compact = schema_instruction(schema, compact=True)
    assert compact.endswith('{"subjective":[{"text":"...","evidence":["...",...]},...],"objective":[{"text":"...",'
                            '"evidence":["...",...]},...],"assessment":[{"text":"...","evidence":["...",...]},...],'
                            '"plan":[{"text":"...","evidence":["...",...]},...]}')
    assert len(compact) * 3 < len(schema_instruction(schema))


def test_compact_shape_of_enums_numbers_and_alternatives():
    from alliance.llm.schema import schema_instruction

    shape = schema_instruction({"type": "object", "properties": {
        "feeling": {"type": "string", "enum": ["sad", "happy"]}, "intensity": {"type": "integer"},
        "urgent": {"type": "boolean"}, "note": {"anyOf": [{"type": "string"}, {"type": "null"}]}}}, compact=True)
    assert shape.endswith('{"feeling":"sad"|"happy","intensity":0,"urgent":true,"note":"..."}')
