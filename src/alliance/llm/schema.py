"""JSON schema helpers for structured output: bounding strings and arrays, extracting JSON from replies."""

from __future__ import annotations

import copy
import json
import re
from typing import Any

from alliance.llm.types import Message

_FENCE = re.compile(r"^\s*```(?:json)?\s*(.*?)\s*```\s*$", re.DOTALL)
_STRING_FORMATS_WITH_BOUNDS = {"date", "date-time", "time", "uuid", "email"}


def bound_schema(schema: dict[str, Any], *, max_length: int = 600, max_items: int = 12) -> dict[str, Any]:
    """A copy of a JSON schema where every string has a maxLength and every array a maxItems.

    Small models repeat themselves until the token limit otherwise. Objects without an explicit
    `additionalProperties` get `false` so constrained decoding cannot wander into invented keys.
    """
    bounded = copy.deepcopy(schema)
    _walk(bounded, max_length, max_items)
    return bounded


def _walk(node: Any, max_length: int, max_items: int) -> None:
    if isinstance(node, list):
        for item in node:
            _walk(item, max_length, max_items)
        return
    if not isinstance(node, dict):
        return
    types = node.get("type")
    types = set(types) if isinstance(types, list) else {types}
    if "string" in types and "enum" not in node and "const" not in node and "maxLength" not in node:
        if node.get("format") not in _STRING_FORMATS_WITH_BOUNDS and "pattern" not in node:
            node["maxLength"] = max_length
    if "array" in types and "maxItems" not in node:
        node["maxItems"] = max_items
    if "object" in types and "properties" in node and "additionalProperties" not in node:
        node["additionalProperties"] = False
    for key, value in node.items():
        if key in ("properties", "$defs", "definitions", "patternProperties"):
            if isinstance(value, dict):
                for sub in value.values():
                    _walk(sub, max_length, max_items)
        elif key in ("items", "additionalProperties", "not", "contains", "prefixItems", "anyOf", "oneOf", "allOf"):
            _walk(value, max_length, max_items)


def schema_instruction(schema: dict[str, Any]) -> str:
    """The instruction appended to the system prompt asking for JSON matching a schema."""
    return (
        "Reply with one JSON object only, no prose and no code fences, that is valid against this JSON schema:\n"
        + json.dumps(schema, separators=(",", ":"))
    )


def extract_json(text: str) -> Any:
    """Parse the JSON value in a reply, tolerating code fences and prose around one object; ValueError if none."""
    candidate = text.strip()
    fenced = _FENCE.match(candidate)
    if fenced:
        candidate = fenced.group(1)
    try:
        return json.loads(candidate)
    except ValueError:
        pass
    start, end = candidate.find("{"), candidate.rfind("}")
    if start != -1 and end > start:
        return json.loads(candidate[start : end + 1])
    raise ValueError("no JSON object in the reply")


def with_schema_instruction(messages: list[Message], schema: dict[str, Any]) -> list[Message]:
    """The messages with the JSON-schema instruction added to the system message (or a new one)."""
    instruction = schema_instruction(schema)
    out = [dict(m) for m in messages]
    if out and out[0]["role"] == "system":
        out[0]["content"] = out[0]["content"].rstrip() + "\n\n" + instruction
    else:
        out.insert(0, {"role": "system", "content": instruction})
    return out  # type: ignore[return-value]
