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


def schema_instruction(schema: dict[str, Any], *, compact: bool = False) -> str:
    """The instruction appended to the system prompt asking for JSON matching a schema.

    `compact` shows the shape only (keys, nesting, types), for providers whose decoding enforces the schema
    itself: the full schema of a four-section note costs about 330 prompt tokens, its shape about 60."""
    if compact:
        return "Reply with one JSON object only, no prose and no code fences, in this shape:\n" + _shape(schema)
    return (
        "Reply with one JSON object only, no prose and no code fences, that is valid against this JSON schema:\n"
        + json.dumps(schema, separators=(",", ":"))
    )


def _shape(node: Any, depth: int = 0) -> str:
    """A JSON-like sketch of the values a schema admits (`"..."` for text, `0` for numbers)."""
    if not isinstance(node, dict) or depth > 8:
        return "..."
    if "enum" in node:
        return "|".join(json.dumps(v) for v in node["enum"][:8])
    if "const" in node:
        return json.dumps(node["const"])
    for key in ("anyOf", "oneOf"):
        if node.get(key):
            return _shape(node[key][0], depth + 1)
    types = node.get("type")
    kind = types[0] if isinstance(types, list) and types else types
    if kind == "object" or "properties" in node:
        fields = ",".join(f"{json.dumps(k)}:{_shape(v, depth + 1)}" for k, v in node.get("properties", {}).items())
        return "{" + fields + "}"
    if kind == "array":
        return "[" + _shape(node.get("items", {}), depth + 1) + ",...]"
    if kind in ("integer", "number"):
        return "0"
    if kind == "boolean":
        return "true"
    if kind == "null":
        return "null"
    return '"..."'


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


def with_schema_instruction(messages: list[Message], schema: dict[str, Any], *, compact: bool = False
                            ) -> list[Message]:
    """The messages with the JSON-schema instruction added to the system message (or a new one)."""
    instruction = schema_instruction(schema, compact=compact)
    out = [dict(m) for m in messages]
    if out and out[0]["role"] == "system":
        out[0]["content"] = out[0]["content"].rstrip() + "\n\n" + instruction
    else:
        out.insert(0, {"role": "system", "content": instruction})
    return out  # type: ignore[return-value]
