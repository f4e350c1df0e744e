"""Shared pieces of the own-risk parts."""

from __future__ import annotations

_W = r"(?:\W{1,3}\w+)"  # one more word, with the punctuation before it


def gap(n: int) -> str:
    """Up to `n` words, then the punctuation or space before the next slot."""
    return _W + "{0,%d}?" % n + r"\W{1,3}"
