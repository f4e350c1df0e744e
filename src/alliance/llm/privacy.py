"""The redaction hook for `external` providers: PHI is replaced before a call and restored in the reply.

The redaction module (alliance.llm.redaction) is imported lazily; without it, external calls are refused.
"""

from __future__ import annotations

import asyncio
import importlib
from typing import Any

from alliance.llm.errors import RedactionUnavailable
from alliance.llm.types import Message

_SEP = "\n\n\u2063\u241e\u2063\n\n"  # joins messages so placeholders are numbered consistently across them


def _module() -> Any:
    try:
        redaction = importlib.import_module("alliance.llm.redaction")
    except ImportError as exc:
        raise RedactionUnavailable(
            "PHI redaction is not installed, so calls to an external provider are refused; "
            "configure a local or covered provider, or install the redaction components"
        ) from exc
    return redaction


async def redact_messages(messages: list[Message]) -> tuple[list[Message], Any]:
    """The messages with PHI replaced, and the mapping to restore it."""
    redaction = _module()
    joined = _SEP.join(m["content"] for m in messages)
    redacted, mapping = await asyncio.to_thread(redaction.redact, joined)
    pieces = redacted.split(_SEP)
    if len(pieces) != len(messages):
        raise RedactionUnavailable("redaction altered the message boundaries; nothing was sent")
    return [{"role": m["role"], "content": p} for m, p in zip(messages, pieces)], mapping  # type: ignore[misc]


def restore(text: str, mapping: Any) -> str:
    """Put the original values back into a reply."""
    return _module().restore(text, mapping)


def restore_value(value: Any, mapping: Any) -> Any:
    """Restore every string inside a parsed JSON value."""
    if isinstance(value, str):
        return restore(value, mapping)
    if isinstance(value, list):
        return [restore_value(v, mapping) for v in value]
    if isinstance(value, dict):
        return {k: restore_value(v, mapping) for k, v in value.items()}
    return value


class StreamRestorer:
    """Restores a streamed reply chunk by chunk, holding back text that could start a split placeholder."""

    def __init__(self, mapping: Any) -> None:
        self.mapping = mapping
        self.opaque = not isinstance(mapping, dict)
        self.keys = [] if self.opaque else [k for k in mapping if isinstance(k, str) and k]
        self.hold = max((len(k) for k in self.keys), default=1) - 1
        self.pending = ""

    def feed(self, chunk: str) -> str:
        """The restored text that is safe to emit now."""
        self.pending += chunk
        if self.opaque:
            return ""  # a mapping we cannot inspect: restore once at the end
        if not self.keys:
            out, self.pending = self.pending, ""
            return out
        cut = _safe_cut(self.pending, len(self.pending) - self.hold, self.keys)
        # Cut at a word boundary too: the model may alter a placeholder's form ("PERSON_1"), which restore accepts.
        while cut > 0 and not self.pending[cut - 1].isspace():
            cut -= 1
        if cut <= 0:
            return ""
        out, self.pending = self.pending[:cut], self.pending[cut:]
        return restore(out, self.mapping)

    def flush(self) -> str:
        """Whatever is left, restored."""
        out, self.pending = self.pending, ""
        return restore(out, self.mapping) if out else ""


def _safe_cut(text: str, cut: int, keys: list[str]) -> int:
    """Move a cut position back until it splits no placeholder occurrence."""
    moved = True
    while moved and cut > 0:
        moved = False
        for key in keys:
            start = text.find(key)
            while start != -1 and start < cut:
                if cut < start + len(key):
                    cut, moved = start, True
                start = text.find(key, start + 1)
    return cut
