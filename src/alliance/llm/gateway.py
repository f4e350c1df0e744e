"""The gateway: `complete`, `stream` and `structured` with timeouts, retries, redaction and call records."""

from __future__ import annotations

import asyncio
import logging
import time
import uuid
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime
from typing import Any, TypeVar, overload

from pydantic import BaseModel, ValidationError

from alliance.llm import privacy
from alliance.llm.errors import (
    InvalidOutput,
    ModelTimeout,
    ModelUnavailable,
    ProviderNotAllowed,
    RedactionUnavailable,
)
from alliance.llm.providers import Provider, get_provider, settings
from alliance.llm.records import CallRecord, Outcome, emit
from alliance.llm.schema import bound_schema, extract_json
from alliance.llm.types import Completion, Message, ProviderReply, Usage

log = logging.getLogger(__name__)
M = TypeVar("M", bound=BaseModel)
Prompt = str | list[Message]


def _messages(prompt: Prompt) -> list[Message]:
    if isinstance(prompt, str):
        return [{"role": "user", "content": prompt}]
    return [{"role": m["role"], "content": m["content"]} for m in prompt]  # type: ignore[misc]


class _Call:
    """Tracks one gateway call and emits its record when it ends."""

    def __init__(self, kind: str, purpose: str, prov: Provider, template: Any, client_id: str | None) -> None:
        self.kind, self.purpose, self.provider, self.client_id = kind, purpose, prov, client_id
        self.template_id = getattr(template, "id", None) if template is not None else None
        self.template_version = getattr(template, "version", None) if template is not None else None
        if isinstance(template, tuple):
            self.template_id, self.template_version = template
        self.call_id = uuid.uuid4().hex
        self.started_at = datetime.now(UTC)
        self.t0 = time.perf_counter()
        self.attempts = 0
        self.prompt_tokens = 0
        self.completion_tokens = 0
        self.redaction_applied = False

    def add(self, usage: Usage) -> None:
        self.prompt_tokens += usage.prompt_tokens
        self.completion_tokens += usage.completion_tokens

    @property
    def latency_ms(self) -> float:
        return (time.perf_counter() - self.t0) * 1000.0

    async def finish(self, exc: BaseException | None) -> None:
        outcome: Outcome
        if exc is None:
            outcome = "ok"
        elif isinstance(exc, (asyncio.CancelledError, GeneratorExit)):
            outcome = "cancelled"
        elif isinstance(exc, ModelTimeout):
            outcome = "timeout"
        elif isinstance(exc, (RedactionUnavailable, ProviderNotAllowed)):
            outcome = "refused"
        elif isinstance(exc, ModelUnavailable):
            outcome = "unavailable"
        elif isinstance(exc, InvalidOutput):
            outcome = "invalid_output"
        else:
            outcome = "error"
        await emit(
            CallRecord(
                call_id=self.call_id, started_at=self.started_at, purpose=self.purpose, kind=self.kind,  # type: ignore[arg-type]
                provider=self.provider.name, model=self.provider.model, privacy=self.provider.privacy,
                template_id=self.template_id, template_version=self.template_version,
                prompt_tokens=self.prompt_tokens, completion_tokens=self.completion_tokens,
                latency_ms=round(self.latency_ms, 1), outcome=outcome, attempts=self.attempts,
                redaction_applied=self.redaction_applied, client_id=self.client_id,
                error=type(exc).__name__ if exc is not None else None,
            )
        )


async def _prepare(
    messages: list[Message], prov: Provider, call: _Call, allow_external: bool
) -> tuple[list[Message], Any]:
    """Redact for external providers; returns the messages to send and the restore mapping (or None)."""
    if prov.privacy != "external":
        return messages, None
    if not allow_external:
        raise ProviderNotAllowed(
            f"provider {prov.name} is external and this call does not allow external providers "
            "(pass allow_external=True only when the client's consent allows it)"
        )
    redacted, mapping = await privacy.redact_messages(messages)
    call.redaction_applied = True
    return redacted, mapping


async def _with_retries(call: _Call, prov: Provider, attempt: Callable[[], Any]) -> ProviderReply:
    """Run one provider call, retrying transient failures with exponential backoff."""
    tries = 0
    while True:
        tries += 1
        call.attempts += 1
        try:
            return await attempt()
        except ModelUnavailable as exc:
            if not exc.transient or tries > prov.max_retries:
                raise
            delay = settings().retry_backoff * 2 ** (tries - 1)
            log.info("llm.retry call=%s provider=%s error=%s delay=%.2f", call.call_id, prov.name,
                     type(exc).__name__, delay)
            await asyncio.sleep(delay)


async def complete(
    prompt: Prompt, *, purpose: str, provider: str | None = None, model: str | None = None,
    max_tokens: int | None = None, temperature: float = 0.2, timeout: float | None = None,
    client_id: str | None = None, template: Any = None, allow_external: bool = False,
) -> Completion:
    """One completion from the purpose's provider (or `provider`), with retries and a call record."""
    prov = get_provider(provider, model=model, purpose=purpose)
    call = _Call("complete", purpose, prov, template, client_id)
    failure: BaseException | None = None
    try:
        messages, mapping = await _prepare(_messages(prompt), prov, call, allow_external)
        reply = await _with_retries(call, prov, lambda: prov.complete(
            messages, max_tokens=max_tokens or settings().max_tokens, temperature=temperature,
            timeout=timeout or prov.timeout,
        ))
        call.add(reply.usage)
        text = privacy.restore(reply.text, mapping) if mapping is not None else reply.text
        return Completion(
            text=text, usage=reply.usage, latency_ms=call.latency_ms, provider=prov.name, model=prov.model,
            finish_reason=reply.finish_reason, call_id=call.call_id,
        )
    except BaseException as exc:
        failure = exc
        raise
    finally:
        await call.finish(failure)


async def stream(
    prompt: Prompt, *, purpose: str, provider: str | None = None, model: str | None = None,
    max_tokens: int | None = None, temperature: float = 0.2, timeout: float | None = None,
    client_id: str | None = None, template: Any = None, allow_external: bool = False,
    conversation: str | None = None,
) -> AsyncIterator[str]:
    """Text chunks as they are generated; closing the iterator (or cancelling) stops generation.

    `conversation` names the conversation the call continues; a provider that keeps conversations' states (the
    embedded one) reads only what is new in its next call (alliance.llm.providers.embedded.ConversationCache).
    """
    prov = get_provider(provider, model=model, purpose=purpose)
    call = _Call("stream", purpose, prov, template, client_id)
    failure: BaseException | None = None
    try:
        messages, mapping = await _prepare(_messages(prompt), prov, call, allow_external)
        restorer = privacy.StreamRestorer(mapping) if mapping is not None else None
        tries = 0
        while True:
            tries += 1
            call.attempts += 1
            started = False
            keeps = conversation and getattr(prov, "keeps_conversations", False)
            keep = {"conversation": conversation} if keeps else {}
            chunks = prov.stream(
                messages, max_tokens=max_tokens or settings().max_tokens, temperature=temperature,
                timeout=timeout or prov.timeout, **keep,
            )
            try:
                async for item in chunks:
                    if isinstance(item, Usage):
                        call.add(item)
                        continue
                    started = True
                    text = restorer.feed(item) if restorer else item
                    if text:
                        yield text
                if restorer and (rest := restorer.flush()):
                    yield rest
                break
            except ModelUnavailable as exc:
                # Only a stream that has not started can be retried without repeating text to the caller.
                if started or not exc.transient or tries > prov.max_retries:
                    raise
                await asyncio.sleep(settings().retry_backoff * 2 ** (tries - 1))
            finally:
                await chunks.aclose()  # type: ignore[attr-defined]
    except BaseException as exc:
        failure = exc
        raise
    finally:
        await call.finish(failure)


def _validator(schema: type[BaseModel] | dict[str, Any]) -> tuple[dict[str, Any], Callable[[Any], Any]]:
    """The JSON schema to send, and a function validating a parsed value (raising _Invalid)."""
    if isinstance(schema, type) and issubclass(schema, BaseModel):
        model = schema

        def check_model(value: Any) -> Any:
            try:
                return model.model_validate(value)
            except ValidationError as exc:
                raise _Invalid("; ".join(
                    f"{'.'.join(str(p) for p in e['loc']) or 'root'}: {e['msg']}" for e in exc.errors()[:5]
                )) from exc

        return model.model_json_schema(), check_model
    import jsonschema

    validator = jsonschema.Draft202012Validator(schema)

    def check_dict(value: Any) -> Any:
        errors = sorted(validator.iter_errors(value), key=lambda e: list(e.path))[:5]
        if errors:
            raise _Invalid("; ".join(
                f"{'.'.join(str(p) for p in e.path) or 'root'}: fails '{e.validator}' ({e.validator_value!r})"
                for e in errors
            ))
        return value

    return schema, check_dict


class _Invalid(Exception):
    """A reply that does not parse or validate; its message names fields and rules, never values."""


def _parse(reply: ProviderReply, check: Callable[[Any], Any], mapping: Any) -> Any:
    try:
        value = extract_json(reply.text)
    except ValueError as exc:
        cut = " (cut off at the token limit)" if reply.finish_reason == "length" else ""
        raise _Invalid(f"the reply is not a JSON object{cut}") from exc
    if mapping is not None:
        value = privacy.restore_value(value, mapping)
    return check(value)


@overload
async def structured(prompt: Prompt, *, schema: type[M], **kwargs: Any) -> M: ...
@overload
async def structured(prompt: Prompt, *, schema: dict[str, Any], **kwargs: Any) -> Any: ...


async def structured(
    prompt: Prompt, *, schema: type[BaseModel] | dict[str, Any], purpose: str, provider: str | None = None,
    model: str | None = None, max_tokens: int | None = None, temperature: float = 0.0,
    timeout: float | None = None, client_id: str | None = None, template: Any = None,
    allow_external: bool = False,
) -> Any:
    """A reply valid against `schema` (a pydantic model -> an instance; a JSON schema dict -> the value).

    Constrained decoding where the provider supports it; otherwise, and as a safety net, validation with
    one repair attempt that sends the validation errors back. InvalidOutput if both fail.
    """
    prov = get_provider(provider, model=model, purpose=purpose)
    call = _Call("structured", purpose, prov, template, client_id)
    failure: BaseException | None = None
    json_schema, check = _validator(schema)
    current = settings()
    bounded = bound_schema(json_schema, max_length=current.schema_max_length, max_items=current.schema_max_items)
    limit = max_tokens or current.max_tokens
    try:
        messages, mapping = await _prepare(_messages(prompt), prov, call, allow_external)

        async def ask(msgs: list[Message]) -> ProviderReply:
            reply = await _with_retries(call, prov, lambda: prov.structured(
                msgs, bounded, max_tokens=limit, temperature=temperature, timeout=timeout or prov.timeout,
            ))
            call.add(reply.usage)
            return reply

        reply = await ask(messages)
        try:
            return _parse(reply, check, mapping)
        except _Invalid as first:
            log.info("llm.repair call=%s provider=%s", call.call_id, prov.name)
            repair: list[Message] = [
                *messages,
                {"role": "assistant", "content": reply.text[:4000]},
                {"role": "user", "content": f"That reply is not valid: {first}. Reply again with only the "
                                            "corrected JSON object, valid against the schema."},
            ]
            second = await ask(repair)
            try:
                return _parse(second, check, mapping)
            except _Invalid as exc:
                raise InvalidOutput(
                    f"provider {prov.name} gave no valid output after one repair attempt: {exc}"
                ) from None
    except BaseException as exc:
        failure = exc
        raise
    finally:
        await call.finish(failure)
