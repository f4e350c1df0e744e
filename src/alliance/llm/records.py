"""Call records: what every call did (ids and counts, never text), passed to pluggable sinks."""

from __future__ import annotations

import inspect
import logging
from collections.abc import Awaitable, Callable
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any, Literal

log = logging.getLogger("alliance.llm.calls")

Outcome = Literal["ok", "timeout", "unavailable", "invalid_output", "cancelled", "refused", "error"]
CallSink = Callable[["CallRecord"], Awaitable[None] | None]


@dataclass(frozen=True)
class CallRecord:
    """One gateway call. Holds no prompt or completion text by design."""

    call_id: str
    started_at: datetime
    purpose: str
    kind: Literal["complete", "stream", "structured"]
    provider: str
    model: str
    privacy: str
    template_id: str | None
    template_version: int | None
    prompt_tokens: int
    completion_tokens: int
    latency_ms: float
    outcome: Outcome
    attempts: int
    redaction_applied: bool
    client_id: str | None
    error: str | None = None  # the error class name, never its message

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (for a database sink)."""
        data = asdict(self)
        data["started_at"] = self.started_at.isoformat()
        return data


def _log_sink(record: CallRecord) -> None:
    log.info(
        "llm.call id=%s purpose=%s provider=%s model=%s template=%s@%s outcome=%s attempts=%d "
        "prompt_tokens=%d completion_tokens=%d latency_ms=%.0f redacted=%s client=%s",
        record.call_id, record.purpose, record.provider, record.model, record.template_id,
        record.template_version, record.outcome, record.attempts, record.prompt_tokens,
        record.completion_tokens, record.latency_ms, record.redaction_applied, record.client_id,
    )


_sinks: list[CallSink] = [_log_sink]


def add_call_sink(sink: CallSink) -> None:
    """Register a sink (sync or async callable taking a CallRecord) that every call record is passed to."""
    if sink not in _sinks:
        _sinks.append(sink)


def remove_call_sink(sink: CallSink) -> None:
    """Unregister a sink added with add_call_sink."""
    if sink in _sinks:
        _sinks.remove(sink)


async def emit(record: CallRecord) -> None:
    """Pass a record to every sink; a failing sink is logged and never fails the call."""
    for sink in list(_sinks):
        try:
            result = sink(record)
            if inspect.isawaitable(result):
                await result
        except Exception as exc:  # noqa: BLE001 - a sink must not break a model call
            log.warning("llm.call_sink_failed sink=%s error=%s", getattr(sink, "__name__", sink), type(exc).__name__)
