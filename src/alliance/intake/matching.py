"""Suggested clinicians for a referral: language, specialism and availability. A suggestion, never an
assignment: the clinician decides."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from alliance.accounts.models import User
from alliance.clients.models import CareTeamMember
from alliance.errors import BadRequest, NotFound
from alliance.intake.access import latest_triage, load
from alliance.intake.models import ClinicianProfile
from alliance.intake.schemas import ClinicianProfileRead, ClinicianProfileUpdate, ClinicianSuggestion
from alliance.security import audit
from alliance.security.audit import Actor
from alliance.security.authz import authorize_intake

LANGUAGE_NAMES = {
    "en": "English",
    "es": "Spanish",
    "fr": "French",
    "de": "German",
    "pt": "Portuguese",
    "it": "Italian",
}


async def suggest_clinicians(
    session: AsyncSession, actor: Actor, referral_id: uuid.UUID, *, limit: int = 5
) -> list[ClinicianSuggestion]:
    """Clinicians and supervisors of the practice, best match first: speaks the person's language (+3), has a
    specialism the triage asks for (+2 each), takes new people and is not away (+1, else -5), room on the
    caseload (-1 when full)."""
    referral = await load(session, actor, referral_id, "intake.manage")
    latest = await latest_triage(session, referral.id)
    needs = set(latest.needs or []) if latest is not None else set()
    language = (referral.preferences or {}).get("language") or referral.language
    staff = (
        (
            await session.execute(
                select(User).where(
                    User.practice_id == referral.practice_id,
                    User.role.in_(("clinician", "supervisor")),
                    User.is_active.is_(True),
                )
            )
        )
        .scalars()
        .all()
    )
    profiles = {
        p.user_id: p
        for p in (
            await session.execute(
                select(ClinicianProfile).where(ClinicianProfile.practice_id == referral.practice_id)
            )
        ).scalars()
    }
    loads = dict(
        (
            await session.execute(
                select(CareTeamMember.clinician_id, func.count())
                .where(CareTeamMember.practice_id == referral.practice_id, CareTeamMember.ended_at.is_(None))
                .group_by(CareTeamMember.clinician_id)
            )
        ).all()
    )
    out = []
    for user in staff:
        profile = profiles.get(user.id)
        langs = list(profile.languages) if profile else []
        specs = list(profile.specialisms) if profile else []
        accepting = profile.accepting if profile else True
        capacity = profile.capacity if profile else None
        caseload = int(loads.get(user.id, 0))
        score, why = 0, []
        if language in langs:
            score += 3
            why.append(f"speaks {LANGUAGE_NAMES.get(language, language)}")
        matched = sorted(needs & set(specs))
        if matched:
            score += 2 * len(matched)
            why.append("works with " + ", ".join(m.replace("_", " ") for m in matched))
        if accepting and not user.away:
            score += 1
            why.append("taking new people")
        else:
            score -= 5
            why.append("away" if user.away else "not taking new people")
        if capacity is not None and caseload >= capacity:
            score -= 1
            why.append(f"caseload full ({caseload} of {capacity})")
        out.append(
            ClinicianSuggestion(
                user_id=user.id,
                display_name=user.display_name,
                score=score,
                languages=langs,
                specialisms=specs,
                accepting=accepting,
                away=user.away,
                caseload=caseload,
                capacity=capacity,
                why=why,
            )
        )
    out.sort(key=lambda s: (-s.score, s.caseload, s.display_name or ""))
    await audit.record(
        session,
        actor,
        "intake.suggestions",
        resource_type="intake_referral",
        resource_id=referral.id,
        detail=f"count={len(out)}",
    )
    return out[: max(1, limit)]


async def _staff(session: AsyncSession, actor: Actor, user_id: uuid.UUID, write: bool) -> User:
    user = await session.get(User, user_id)
    if user is None or user.practice_id != actor.practice_id or user.role not in ("clinician", "supervisor"):
        raise NotFound("No such clinician.")
    if write and actor.user_id != user_id:
        authorize_intake(actor, "intake.settings")
    elif not write:
        authorize_intake(actor, "intake.list")
    return user


def _profile_read(user_id: uuid.UUID, row: ClinicianProfile | None) -> ClinicianProfileRead:
    if row is None:
        return ClinicianProfileRead(user_id=user_id)
    return ClinicianProfileRead(
        user_id=user_id,
        languages=row.languages or [],
        specialisms=row.specialisms or [],
        accepting=row.accepting,
        capacity=row.capacity,
    )


async def get_clinician_profile(
    session: AsyncSession, actor: Actor, user_id: uuid.UUID
) -> ClinicianProfileRead:
    """What intake matches a clinician on (staff)."""
    await _staff(session, actor, user_id, write=False)
    return _profile_read(user_id, await session.get(ClinicianProfile, user_id))


async def set_clinician_profile(
    session: AsyncSession, actor: Actor, user_id: uuid.UUID, data: ClinicianProfileUpdate
) -> ClinicianProfileRead:
    """A clinician sets their own languages, specialisms and availability (or an admin for them)."""
    user = await _staff(session, actor, user_id, write=True)
    if any(len(t) > 40 for t in data.languages + data.specialisms):
        raise BadRequest("Each language or specialism is at most 40 characters.")
    row = await session.get(ClinicianProfile, user.id)
    if row is None:
        row = ClinicianProfile(user_id=user.id, practice_id=user.practice_id)
        session.add(row)
    row.languages, row.specialisms = data.languages, data.specialisms
    row.accepting, row.capacity = data.accepting, data.capacity
    await session.flush()
    await audit.record(
        session, actor, "intake.clinician_profile.update", resource_type="user", resource_id=user.id
    )
    return _profile_read(user.id, row)
