"""Extension points for pages: domains add panels to the client page and portal, and columns to the caseload.

A domain registers in its pages.py (imported when the app starts), so the clients domain never imports
measures, safety or notes to show their summaries.
"""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from alliance.security.audit import Actor


@dataclass(frozen=True)
class Panel:
    """A template fragment and its context."""

    template: str
    context: dict[str, Any]


# (session, actor, client, allowed action names) -> a panel, or None to show nothing
ClientPanel = Callable[[AsyncSession, Actor, Any, set[str]], Awaitable[Panel | None]]
# (session, actor, clients) -> {client id: short text or markup-safe string}
CaseloadColumn = Callable[[AsyncSession, Actor, Sequence[Any]], Awaitable[dict[uuid.UUID, Any]]]

_client_panels: list[tuple[int, ClientPanel]] = []
_portal_panels: list[tuple[int, ClientPanel]] = []
_caseload_columns: list[tuple[int, str, CaseloadColumn]] = []


def client_panel(order: int) -> Callable[[ClientPanel], ClientPanel]:
    """Register a panel on the clinician's client page (lower order shows first)."""
    def register(fn: ClientPanel) -> ClientPanel:
        if fn not in [f for _, f in _client_panels]:
            _client_panels.append((order, fn))
        return fn
    return register


def portal_panel(order: int) -> Callable[[ClientPanel], ClientPanel]:
    """Register a panel on the client's portal home."""
    def register(fn: ClientPanel) -> ClientPanel:
        if fn not in [f for _, f in _portal_panels]:
            _portal_panels.append((order, fn))
        return fn
    return register


def caseload_column(order: int, title: str) -> Callable[[CaseloadColumn], CaseloadColumn]:
    """Register a column of the caseload table."""
    def register(fn: CaseloadColumn) -> CaseloadColumn:
        if fn not in [f for _, _, f in _caseload_columns]:
            _caseload_columns.append((order, title, fn))
        return fn
    return register


async def client_panels(session: AsyncSession, actor: Actor, client: Any, actions: set[str]) -> list[Panel]:
    """The panels to show on a client's page, in order."""
    panels = [await fn(session, actor, client, actions) for _, fn in sorted(_client_panels, key=lambda p: p[0])]
    return [p for p in panels if p is not None]


async def portal_panels(session: AsyncSession, actor: Actor, client: Any) -> list[Panel]:
    """The panels to show on the portal home, in order."""
    panels = [await fn(session, actor, client, set()) for _, fn in sorted(_portal_panels, key=lambda p: p[0])]
    return [p for p in panels if p is not None]


async def caseload_columns(session: AsyncSession, actor: Actor, clients: Sequence[Any]) -> list[tuple[str, dict]]:
    """(title, values by client id) for each extra caseload column."""
    ordered = sorted(_caseload_columns, key=lambda c: c[0])
    return [(title, await fn(session, actor, clients)) for _, title, fn in ordered]
