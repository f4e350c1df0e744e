"""Log set-up: plain lines on a laptop, JSON lines (ALLIANCE_LOG_FORMAT=json) at scale; each with the request id.

Messages are fixed strings with id arguments (never names or free text), so a JSON line carries ids only. The
access line is Alliance's own (`alliance.access`: method, route template, status, milliseconds): uvicorn's
access log is turned off because it prints raw paths and query strings, which can hold a search for a name.
"""

from __future__ import annotations

import contextvars
import logging
import re
import traceback
import uuid
from typing import Any

request_id: contextvars.ContextVar[str | None] = contextvars.ContextVar("alliance_request_id", default=None)
_REQUEST_ID = re.compile(r"^[A-Za-z0-9._:-]{8,128}$")
PLAIN = "%(asctime)s %(levelname)s %(name)s %(message)s"
QUIET = ("presidio-analyzer", "presidio-anonymizer", "httpx", "openai", "huey", "uvicorn.access")
_HANDLER_FLAG = "_alliance_handler"


def accept_request_id(value: str | None) -> str:
    """The caller's X-Request-ID when well-formed (8-128 of letters, digits and . _ : -), else a new one."""
    if value and _REQUEST_ID.match(value):
        return value
    return uuid.uuid4().hex


class RequestIdFilter(logging.Filter):
    """Adds `request_id` (or None outside a request) to every record."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = request_id.get()
        return True


def traceback_without_text(exc_info: Any) -> str:
    """A traceback's frames and the exception's type, without its message (a message may quote PHI: a database
    error quotes its parameters, a parser the text it failed on)."""
    kind, _value, tb = exc_info
    frames = "".join(traceback.format_list(traceback.extract_tb(tb)))
    return f"Traceback (most recent call last):\n{frames}{getattr(kind, '__module__', '')}.{kind.__name__}"


class PlainFormatter(logging.Formatter):
    """The plain line, with tracebacks that name the error's type only."""

    def formatException(self, ei: Any) -> str:  # noqa: N802 - logging's API
        return traceback_without_text(ei)


def json_formatter() -> logging.Formatter:
    """One JSON object per line: time, level, logger, message, request id (and the error's type, not its text)."""
    from pythonjsonlogger.json import JsonFormatter

    class Formatter(JsonFormatter):
        def formatException(self, ei: Any) -> str:  # noqa: N802 - logging's API
            return traceback_without_text(ei)

    return Formatter("%(asctime)s %(levelname)s %(name)s %(message)s %(request_id)s",
                     rename_fields={"asctime": "time", "levelname": "level", "name": "logger"},
                     timestamp=False)


def configure(level: str = "INFO", fmt: str | None = None, *, stream: Any = None) -> None:
    """Logs to standard error (or `stream`), plain or JSON; replaces what an earlier call installed."""
    from alliance.config import get_settings

    fmt = (fmt or getattr(get_settings(), "log_format", "plain")).lower()
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, _HANDLER_FLAG, False)]:
        root.removeHandler(handler)
    handler = logging.StreamHandler(stream)
    setattr(handler, _HANDLER_FLAG, True)
    handler.addFilter(RequestIdFilter())
    handler.setFormatter(json_formatter() if fmt == "json" else PlainFormatter(PLAIN))
    root.addHandler(handler)
    root.setLevel(level.upper())
    # Third-party libraries that may echo text they process are kept at WARNING.
    for name in QUIET:
        logging.getLogger(name).setLevel(logging.WARNING)
    # uvicorn's own loggers go through the root handler (one format for every line).
    for name in ("uvicorn", "uvicorn.error"):
        logging.getLogger(name).handlers.clear()
        logging.getLogger(name).propagate = True
