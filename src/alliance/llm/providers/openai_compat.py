"""The `openai` provider: any OpenAI-compatible server (vLLM, Ollama, llama.cpp server, a cloud provider).

The only module that calls the `openai` client. Errors map to the gateway's typed errors; the client's own
retries are off (the gateway retries transient failures itself).
"""

from __future__ import annotations

import asyncio
import os
import time
import weakref
from collections.abc import AsyncIterator
from typing import Any

import openai

from alliance.llm.config import LLMSettings, ProviderConfig
from alliance.llm.errors import InvalidOutput, ModelTimeout, ModelUnavailable
from alliance.llm.schema import with_schema_instruction
from alliance.llm.types import Message, ProviderReply, Usage


def _translate(exc: Exception, name: str) -> Exception:
    """Map an openai client error to a typed gateway error (never including the server's body: it may echo PHI)."""
    if isinstance(exc, openai.APITimeoutError):
        return ModelTimeout(f"provider {name} did not answer in time")
    if isinstance(exc, openai.APIConnectionError):
        return ModelUnavailable(f"provider {name} cannot be reached", transient=True)
    if isinstance(exc, openai.APIStatusError):
        status = exc.status_code
        transient = status >= 500 or status in (408, 409, 429)
        return ModelUnavailable(f"provider {name} answered HTTP {status}", transient=transient)
    if isinstance(exc, (openai.APIResponseValidationError, ValueError)):
        return InvalidOutput(f"provider {name} sent a malformed response")
    return exc


class OpenAIProvider:
    """Chat completions over HTTP through the `openai` client."""

    kind = "openai"

    def __init__(self, config: ProviderConfig, settings: LLMSettings) -> None:
        self.name = config.name
        self.model = config.model
        self.privacy = config.privacy or "external"
        self.structured_mode = config.structured_mode or "json_schema"
        self.supports_json_schema = self.structured_mode != "prompt"
        self.timeout = config.timeout or settings.timeout
        self.max_retries = config.max_retries if config.max_retries is not None else settings.max_retries
        self.base_url = config.base_url
        self.api_key_env = config.api_key_env
        # One client per event loop: pooled connections cannot move between loops (CLI runs, tests, workers).
        self._clients: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, openai.AsyncOpenAI] = (
            weakref.WeakKeyDictionary()
        )

    @property
    def _client(self) -> openai.AsyncOpenAI:
        loop = asyncio.get_running_loop()
        client = self._clients.get(loop)
        if client is None:
            api_key = os.environ.get(self.api_key_env, "") if self.api_key_env else ""
            # Local servers accept any key; the client insists on a non-empty one.
            client = openai.AsyncOpenAI(
                base_url=self.base_url, api_key=api_key or "no-key", max_retries=0, timeout=self.timeout
            )
            self._clients[loop] = client
        return client

    def status(self) -> tuple[bool, str]:
        """Configuration check only (no network call): the key variable is set when one is named."""
        if self.api_key_env and not os.environ.get(self.api_key_env):
            return False, f"environment variable {self.api_key_env} is not set"
        return True, f"server {self.base_url}"

    async def _create(self, messages: list[Message], timeout: float, **kwargs: Any) -> ProviderReply:
        try:
            response = await self._client.chat.completions.create(
                model=self.model, messages=messages, timeout=timeout, **kwargs  # type: ignore[arg-type]
            )
        except Exception as exc:
            raise _translate(exc, self.name) from exc
        try:
            choice = response.choices[0]
            text = choice.message.content
            if not isinstance(text, str):
                raise TypeError("no text content")
            usage = response.usage
            counts = Usage(usage.prompt_tokens or 0, usage.completion_tokens or 0) if usage else Usage()
        except (AttributeError, IndexError, KeyError, TypeError) as exc:
            raise InvalidOutput(f"provider {self.name} sent a response without a completion") from exc
        return ProviderReply(text=text, usage=counts, finish_reason=choice.finish_reason)

    async def complete(
        self, messages: list[Message], *, max_tokens: int, temperature: float, timeout: float
    ) -> ProviderReply:
        """One chat completion."""
        return await self._create(messages, timeout, max_tokens=max_tokens, temperature=temperature)

    async def structured(
        self, messages: list[Message], schema: dict[str, Any], *, max_tokens: int, temperature: float,
        timeout: float,
    ) -> ProviderReply:
        """A completion constrained to the schema, in this server's dialect (see `structured_mode`)."""
        messages = with_schema_instruction(messages, schema)
        kwargs: dict[str, Any] = {"max_tokens": max_tokens, "temperature": temperature}
        if self.structured_mode == "json_schema":
            kwargs["response_format"] = {
                "type": "json_schema", "json_schema": {"name": "reply", "schema": schema, "strict": False},
            }
        elif self.structured_mode == "json_object_schema":
            # llama.cpp's server answers 500 to `json_schema` but constrains decoding with this form.
            kwargs["response_format"] = {"type": "json_object", "schema": schema}
        return await self._create(messages, timeout, **kwargs)

    async def stream(
        self, messages: list[Message], *, max_tokens: int, temperature: float, timeout: float
    ) -> AsyncIterator[str | Usage]:
        """Text chunks as the server sends them, then the Usage; closing the iterator closes the connection."""
        deadline = time.monotonic() + timeout
        try:
            response = await self._client.chat.completions.create(
                model=self.model, messages=messages, max_tokens=max_tokens,  # type: ignore[arg-type]
                temperature=temperature, stream=True, timeout=timeout,
            )
        except Exception as exc:
            raise _translate(exc, self.name) from exc
        chunks = 0
        usage: Usage | None = None
        iterator = response.__aiter__()
        try:
            while True:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise ModelTimeout(f"provider {self.name} took longer than {timeout:.1f}s")
                try:
                    async with asyncio.timeout(remaining):
                        event = await iterator.__anext__()
                except StopAsyncIteration:
                    break
                except TimeoutError as exc:
                    raise ModelTimeout(f"provider {self.name} took longer than {timeout:.1f}s") from exc
                except Exception as exc:
                    raise _translate(exc, self.name) from exc
                try:
                    if getattr(event, "usage", None):
                        usage = Usage(event.usage.prompt_tokens or 0, event.usage.completion_tokens or 0)
                    if not event.choices:
                        continue
                    delta = event.choices[0].delta.content
                except (AttributeError, IndexError, TypeError) as exc:
                    raise InvalidOutput(f"provider {self.name} sent a malformed stream chunk") from exc
                if delta:
                    chunks += 1
                    yield delta
        finally:
            await response.close()
        # Servers that send no usage in streams: count chunks (about one token each).
        yield usage or Usage(0, chunks)
