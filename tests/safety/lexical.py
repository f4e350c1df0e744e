"""Checks of the lexical layers alone (no semantic layer), shared by the round-family tests."""

from __future__ import annotations

from alliance.safety import Level, screen


def level(text: str, context: list[str] | None = None) -> Level:
    """The level the pattern layers give, without the semantic layer."""
    return screen(text, context=context, use_classifier=False).level


def reaches(text: str, want: Level, context: list[str] | None = None) -> None:
    got = level(text, context)
    assert got >= want, (text, got)


def stays_below_moderate(text: str, context: list[str] | None = None) -> None:
    got = level(text, context)
    assert got < Level.MODERATE, (text, got)
