"""Suggested clinicians for a referral: language, specialism, availability and the person's preferred clinician
gender and way of meeting (modality). A suggestion, never an assignment: the clinician decides, and no one is left
out for not matching."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

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


# A referral's "would you prefer to see" (intake.forms.GENDERS) in words, and the staff gender that matches it.
GENDER_WORDS = {"woman": "a woman clinician", "man": "a man clinician", "non_binary": "a non-binary clinician"}
# A referral's "how you would like to meet" (intake.forms.MODALITIES) in words; staff offer the same keys
# (accounts.models.STAFF_MODALITIES).
MODALITY_WORDS = {"in_person": "sessions in person", "video": "sessions by video", "phone": "sessions by phone"}


@dataclass
class ClinicianMatch:
    """The suggestions for a referral, and what the page says about the stated clinician-gender preference."""

    suggestions: list[ClinicianSuggestion]
    gender_preference: str | None = None  # "woman", "man", "non_binary"; None: no preference stated
    gender_matches: int = 0  # active clinicians and supervisors of the practice who match it (all, not only shown)
    notes: list[str] = field(default_factory=list)  # e.g. that no clinician matches the preference
    modality_preference: str | None = None  # "in_person", "video", "phone"; None: no preference stated
    modality_matches: int = 0  # active clinicians and supervisors of the practice who offer it (all, not only shown)

    @property
    def gender_words(self) -> str | None:
        return GENDER_WORDS.get(self.gender_preference or "")

    @property
    def modality_words(self) -> str | None:
        return MODALITY_WORDS.get(self.modality_preference or "")


def gender_preference(preferences: dict | None) -> str | None:
    """The clinician gender a referral asks for, or None ("no_preference", absent or unknown)."""
    wanted = (preferences or {}).get("clinician_gender")
    return wanted if wanted in GENDER_WORDS else None


def modality_preference(preferences: dict | None) -> str | None:
    """The way of meeting a referral asks for, or None ("no_preference", absent or unknown)."""
    wanted = (preferences or {}).get("modality")
    return wanted if wanted in MODALITY_WORDS else None


async def suggest_clinicians(
    session: AsyncSession, actor: Actor, referral_id: uuid.UUID, *, limit: int = 5
) -> list[ClinicianSuggestion]:
    """The best `limit` suggestions (see `match_clinicians`)."""
    return (await match_clinicians(session, actor, referral_id, limit=limit)).suggestions


async def match_clinicians(
    session: AsyncSession, actor: Actor, referral_id: uuid.UUID, *, limit: int = 5
) -> ClinicianMatch:
    """Clinicians and supervisors of the practice, best match first: speaks the person's language (+3), has a
    specialism the triage asks for (+2 each), takes new people and is not away (+1, else -5), room on the
    caseload (-1 when full). When the referral states a clinician-gender or a modality preference, those who match
    it (+3 each) and are taking new people come first (those who match both before those who match one), saying so
    in words; the others follow in the same order and are never hidden, and the match says when no clinician of the
    practice matches. Staff who have not stated a gender (or prefer not to say) or their modalities match no
    preference."""
    referral = await load(session, actor, referral_id, "intake.manage")
    latest = await latest_triage(session, referral.id)
    needs = set(latest.needs or []) if latest is not None else set()
    language = (referral.preferences or {}).get("language") or referral.language
    wanted = gender_preference(referral.preferences)
    way = modality_preference(referral.preferences)
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
    out, first = [], {}  # user id -> how many stated preferences they match while taking new people
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
        if wanted is not None and user.gender == wanted:
            score += 3
            why.append(f"matches the preference for {GENDER_WORDS[wanted]}")
            if accepting and not user.away:
                first[user.id] = first.get(user.id, 0) + 1
        offers = way is not None and way in (user.modalities or [])
        if offers:
            score += 3
            why.append(f"offers {MODALITY_WORDS[way]}, as preferred")
            if accepting and not user.away:
                first[user.id] = first.get(user.id, 0) + 1
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
                matches_gender=None if wanted is None else user.gender == wanted,
                modalities=list(user.modalities or []),
                offers_modality=None if way is None else offers,
            )
        )
    out.sort(key=lambda s: (-first.get(s.user_id, 0), -s.score, s.caseload, s.display_name or ""))
    matches = sum(1 for s in out if s.matches_gender)
    offering = sum(1 for s in out if s.offers_modality)
    offering_first = any(s.offers_modality and s.accepting and not s.away for s in out)
    notes = []
    if wanted is not None and not matches:
        notes.append(f"No clinician matches the preference for {GENDER_WORDS[wanted]}; the suggestions are by "
                     "language, specialism and availability.")
    elif wanted is not None and not any(s.matches_gender and s.accepting and not s.away for s in out):
        notes.append(f"The clinicians who match the preference for {GENDER_WORDS[wanted]} are away or not taking "
                     "new people.")
    if way is not None and not offering:
        notes.append(f"No clinician offers {MODALITY_WORDS[way]}; the suggestions are by language, specialism and "
                     "availability.")
    elif way is not None and not offering_first:
        notes.append(f"The clinicians who offer {MODALITY_WORDS[way]} are away or not taking new people.")
    await audit.record(
        session,
        actor,
        "intake.suggestions",
        resource_type="intake_referral",
        resource_id=referral.id,
        detail=f"count={len(out)} gender_matches={matches} modality_matches={offering}",
    )
    return ClinicianMatch(out[: max(1, limit)], wanted, matches, notes, way, offering)


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
