"""The Provider protocol every backend implements."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any, Protocol, runtime_checkable

from alliance.llm.types import Message, ProviderReply, Usage


@runtime_checkable
class Provider(Protocol):
    """A configured model backend. Streams yield text chunks, then one final Usage."""

    name: str
    kind: str
    model: str
    privacy: str  # local | covered | external
    supports_json_schema: bool  # constrained decoding to a JSON schema (else prompt + validation)
    timeout: float
    max_retries: int

    async def complete(
        self, messages: list[Message], *, max_tokens: int, temperature: float, timeout: float
    ) -> ProviderReply: ...

    def stream(
        self, messages: list[Message], *, max_tokens: int, temperature: float, timeout: float
    ) -> AsyncIterator[str | Usage]: ...

    async def structured(
        self, messages: list[Message], schema: dict[str, Any], *, max_tokens: int, temperature: float,
        timeout: float,
    ) -> ProviderReply: ...

    def status(self) -> tuple[bool, str]:
        """Whether the model can be used now, and a short human-readable note."""
        ...
