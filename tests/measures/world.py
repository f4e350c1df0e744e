"""A practice with a clinician, a client on their caseload and the client's portal log-in (measures tests)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from alliance.accounts.models import Role
from tests.support.factories import make_client, make_practice, make_user


@dataclass
class World:
    practice: Any
    clinician: Any
    client: Any
    portal: Any


async def make_world(session, *, lang: str = "en", **client_overrides) -> World:  # noqa: ANN001
    """One treating clinician, one client (with a portal log-in)."""
    practice = await make_practice(session)
    clinician = await make_user(session, practice, Role.clinician)
    client = await make_client(session, practice, clinician=clinician, preferred_language=lang, **client_overrides)
    portal = await make_user(session, practice, Role.client, client=client)
    return World(practice, clinician, client, portal)


PHQ9_MODERATE = {"phq9_1": 2, "phq9_2": 2, "phq9_3": 1, "phq9_4": 2, "phq9_5": 1, "phq9_6": 1, "phq9_7": 1,
                 "phq9_8": 1, "phq9_9": 0}  # total 11: moderate (Kroenke 2001 bands)
