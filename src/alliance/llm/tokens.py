"""Counting answer tokens as a model writes them, for progress reports (`alliance.notes.drafting`).

`on_tokens(callback)` is a context manager: gateway calls made inside it (in the same task, or tasks created
inside it) call `callback(text)` with each piece of text the model writes, as it writes it, from the model's
worker thread. Only providers that generate in this process report (the embedded model); a server's answer
arrives whole and reports nothing until then.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

TokenSink = Callable[[str], None]
_sink: ContextVar[TokenSink | None] = ContextVar("alliance_llm_token_sink", default=None)


@contextmanager
def on_tokens(callback: TokenSink) -> Iterator[None]:
    """Report each generated piece of text to `callback` during the calls made inside the block."""
    token = _sink.set(callback)
    try:
        yield
    finally:
        _sink.reset(token)


def current_sink() -> TokenSink | None:
    """The callback of the innermost `on_tokens` block, or None."""
    return _sink.get()
