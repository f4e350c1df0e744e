"""Plain data shared by the gateway and its providers."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal, TypedDict


class Message(TypedDict):
    """One chat message, as every provider takes it."""

    role: Literal["system", "user", "assistant"]
    content: str


@dataclass(frozen=True)
class Usage:
    """Token counts of one call (completion tokens are counted from the text when a provider gives none)."""

    prompt_tokens: int = 0
    completion_tokens: int = 0

    @property
    def total_tokens(self) -> int:
        """Prompt plus completion tokens."""
        return self.prompt_tokens + self.completion_tokens


@dataclass(frozen=True)
class ProviderReply:
    """What a provider returns for one attempt."""

    text: str
    usage: Usage
    finish_reason: str | None = None


@dataclass(frozen=True)
class Completion:
    """The result of `complete`: the text plus where it came from and what it cost."""

    text: str
    usage: Usage
    latency_ms: float
    provider: str
    model: str
    finish_reason: str | None = None
    call_id: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def latency(self) -> float:
        """Latency in seconds."""
        return self.latency_ms / 1000.0
