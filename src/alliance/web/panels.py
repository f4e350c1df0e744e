"""Extension points for pages: domains add panels to the client workspace and portal, and columns to the caseload.

The client page and the portal are workspaces with one tab per area (overview, sessions and notes, measures,
safety, ...). A domain registers its areas and panels in its pages.py (imported when the app starts), so the clients
domain never imports measures, safety or notes to show them, and a new domain adds a tab without touching the page.
"""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from alliance.security.audit import Actor
from alliance.web.i18n import N_


@dataclass(frozen=True)
class Panel:
    """A template fragment and its context."""

    template: str
    context: dict[str, Any]


@dataclass(frozen=True)
class Area:
    """One tab of a workspace: its key in the address (``?area=key``), its label, and its place."""

    key: str
    label: str
    order: int


OVERVIEW = "overview"
_client_areas: dict[str, Area] = {OVERVIEW: Area(OVERVIEW, "Overview", 0)}
_portal_areas: dict[str, Area] = {OVERVIEW: Area(OVERVIEW, N_("Home"), 0)}  # labels are shown through _()


def client_area(key: str, label: str, order: int) -> None:
    """Declare a tab of the clinician's client workspace."""
    _client_areas[key] = Area(key, label, order)


def portal_area(key: str, label: str, order: int) -> None:
    """Declare a tab of the client's portal."""
    _portal_areas[key] = Area(key, label, order)


def client_areas() -> list[Area]:
    return sorted(_client_areas.values(), key=lambda a: a.order)


def portal_areas() -> list[Area]:
    return sorted(_portal_areas.values(), key=lambda a: a.order)


def pick_area(requested: str | None, areas: list[Area]) -> Area:
    """The area asked for, or the overview for an unknown or empty one (a stale link never errors)."""
    return next((a for a in areas if a.key == requested), areas[0])


# (session, actor, client, allowed action names) -> a panel, or None to show nothing
ClientPanel = Callable[[AsyncSession, Actor, Any, set[str]], Awaitable[Panel | None]]
# (session, actor, clients) -> {client id: short text or markup-safe string}
CaseloadColumn = Callable[[AsyncSession, Actor, Sequence[Any]], Awaitable[dict[uuid.UUID, Any]]]

# (session, actor) -> a section of the clinician's Today page, or None to show nothing
TodaySection = Callable[[AsyncSession, Actor], Awaitable[Panel | None]]

_today_sections: list[tuple[int, TodaySection]] = []
_client_banners: list[tuple[int, ClientPanel]] = []
_client_panels: list[tuple[int, str, ClientPanel]] = []
_portal_panels: list[tuple[int, str, ClientPanel]] = []
_caseload_columns: list[tuple[int, str, CaseloadColumn]] = []


def today_section(order: int) -> Callable[[TodaySection], TodaySection]:
    """Register a section of the Today page (today's sessions, notes to sign, alerts, overdue questionnaires...)."""
    def register(fn: TodaySection) -> TodaySection:
        if fn not in [f for _, f in _today_sections]:
            _today_sections.append((order, fn))
        return fn
    return register


async def today_sections(session: AsyncSession, actor: Actor) -> list[Panel]:
    """The sections of the Today page, in order."""
    panels = [await fn(session, actor) for _, fn in sorted(_today_sections, key=lambda p: p[0])]
    return [p for p in panels if p is not None]


def client_banner(order: int) -> Callable[[ClientPanel], ClientPanel]:
    """Register a panel shown above the tabs in every area of the client workspace (risk that must not be missed)."""
    def register(fn: ClientPanel) -> ClientPanel:
        if fn not in [f for _, f in _client_banners]:
            _client_banners.append((order, fn))
        return fn
    return register


def client_panel(order: int, area: str = OVERVIEW) -> Callable[[ClientPanel], ClientPanel]:
    """Register a panel in one area of the clinician's client workspace (lower order shows first)."""
    def register(fn: ClientPanel) -> ClientPanel:
        if fn not in [f for _, _, f in _client_panels]:
            _client_panels.append((order, area, fn))
        return fn
    return register


def portal_panel(order: int, area: str = OVERVIEW) -> Callable[[ClientPanel], ClientPanel]:
    """Register a panel in one area of the client's portal."""
    def register(fn: ClientPanel) -> ClientPanel:
        if fn not in [f for _, _, f in _portal_panels]:
            _portal_panels.append((order, area, fn))
        return fn
    return register


def caseload_column(order: int, title: str) -> Callable[[CaseloadColumn], CaseloadColumn]:
    """Register a column of the caseload table."""
    def register(fn: CaseloadColumn) -> CaseloadColumn:
        if fn not in [f for _, _, f in _caseload_columns]:
            _caseload_columns.append((order, title, fn))
        return fn
    return register


async def client_banners(session: AsyncSession, actor: Actor, client: Any, actions: set[str]) -> list[Panel]:
    """The banners to show above every area of a client's workspace, in order."""
    panels = [await fn(session, actor, client, actions) for _, fn in sorted(_client_banners, key=lambda p: p[0])]
    return [p for p in panels if p is not None]


async def client_panels(session: AsyncSession, actor: Actor, client: Any, actions: set[str],
                        area: str = OVERVIEW) -> list[Panel]:
    """The panels to show in one area of a client's workspace, in order."""
    chosen = sorted((p for p in _client_panels if p[1] == area), key=lambda p: p[0])
    panels = [await fn(session, actor, client, actions) for _, _, fn in chosen]
    return [p for p in panels if p is not None]


async def portal_panels(session: AsyncSession, actor: Actor, client: Any, area: str = OVERVIEW) -> list[Panel]:
    """The panels to show in one area of the portal, in order."""
    chosen = sorted((p for p in _portal_panels if p[1] == area), key=lambda p: p[0])
    panels = [await fn(session, actor, client, set()) for _, _, fn in chosen]
    return [p for p in panels if p is not None]


async def caseload_columns(session: AsyncSession, actor: Actor, clients: Sequence[Any]) -> list[tuple[str, dict]]:
    """(title, values by client id) for each extra caseload column."""
    ordered = sorted(_caseload_columns, key=lambda c: c[0])
    return [(title, await fn(session, actor, clients)) for _, title, fn in ordered]
