"""Logging set-up: ids only, never PHI (messages are fixed strings with id arguments)."""

from __future__ import annotations

import logging


def configure(level: str = "INFO") -> None:
    """Plain one-line logs to standard error."""
    logging.basicConfig(level=level.upper(), format="%(asctime)s %(levelname)s %(name)s %(message)s")
    # Third-party libraries that may echo text they process are kept at WARNING.
    for name in ("presidio-analyzer", "presidio-anonymizer", "httpx", "openai", "huey"):
        logging.getLogger(name).setLevel(logging.WARNING)
