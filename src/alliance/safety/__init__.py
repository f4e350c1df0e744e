"""Crisis safety: the deterministic screen (`alliance.safety.screen`), loaded lazily so the CLI stays fast."""

from __future__ import annotations

from typing import Any

__all__ = ["Category", "Evidence", "Level", "Screening", "screen"]


def __getattr__(name: str) -> Any:
    if name in ("screen", "Screening", "Evidence", "VERSION"):
        from alliance.safety import screening

        return getattr(screening, name)
    if name in ("Level", "Category"):
        from alliance.safety import levels

        return getattr(levels, name)
    raise AttributeError(f"module 'alliance.safety' has no attribute {name!r}")
