"""GBNF grammars for llama.cpp from JSON schemas, with long strings bounded cheaply.

llama-cpp-python turns `maxLength: N` into N nested optional rules; every token then walks a stack N deep, so
generation under a 400-character bound runs about 15 times slower than unbounded. Here a long bound is built
from fixed 16-character chunks plus a short tail (the same language, about N/16 + 16 deep), which keeps schema
decoding near its unbounded speed. Imported only by the embedded provider (it imports llama_cpp).
"""

from __future__ import annotations

import json
from typing import Any

from llama_cpp.llama_grammar import (
    PRIMITIVE_RULES,
    RESERVED_NAMES,
    LlamaGrammar,
    SchemaConverter,
    _build_repetition,
)

CHUNK = 16


class _BoundedStringConverter(SchemaConverter):
    def visit(self, schema: dict[str, Any], name: str) -> str:
        max_len = schema.get("maxLength") if isinstance(schema, dict) else None
        plain = not any(k in schema for k in ("format", "pattern", "enum", "const", "$ref")) if max_len else False
        if schema.get("type") == "string" and plain and isinstance(max_len, int):
            min_len = int(schema.get("minLength", 0))
            if max_len - min_len > 2 * CHUNK:
                rule_name = name + "-" if name in RESERVED_NAMES else name or "root"
                return self._add_rule(rule_name, r'"\"" ' + self._bounded(min_len, max_len) + r' "\"" space')
        return super().visit(schema, name)

    def _bounded(self, min_len: int, max_len: int) -> str:
        char = self._add_primitive("char", PRIMITIVE_RULES["char"])
        chunk = self._add_rule(f"char-chunk{CHUNK}", " ".join([char] * CHUNK))
        full, rest = divmod(max_len - min_len, CHUNK)
        prefix = " ".join([char] * min_len)
        # Either fewer than `full` whole chunks and any short tail, or exactly `full` chunks and a tail <= rest.
        shorter = f"{_build_repetition(chunk, 0, full - 1)} {_build_repetition(char, 0, CHUNK - 1)}"
        longest = " ".join([chunk] * full) + (f" {_build_repetition(char, 0, rest)}" if rest else "")
        return f"{prefix} ( {shorter} | {longest} )".strip()


def grammar_for_schema(schema: dict[str, Any]) -> LlamaGrammar:
    """A llama.cpp grammar accepting exactly the JSON values of the schema (long strings bounded cheaply)."""
    return LlamaGrammar.from_string(gbnf_for_schema(schema), verbose=False)


def gbnf_for_schema(schema: dict[str, Any]) -> str:
    """The GBNF text for a JSON schema."""
    converter = _BoundedStringConverter(prop_order={}, allow_fetch=False, dotall=False, raw_pattern=False)
    resolved = converter.resolve_refs(json.loads(json.dumps(schema)), "input")
    converter.visit(resolved, "")
    return converter.format_grammar()
