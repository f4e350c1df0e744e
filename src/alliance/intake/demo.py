"""Demo referrals waiting at the demo practice, so a new user sees a waitlist in order with its reasons.

All people here are fictional. Each referral goes through the same service and rules as the public page; only the
date it arrived is moved back, so that some have waited past their tier's target.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from alliance.db.base import utcnow
from alliance.intake import service
from alliance.intake.models import Referral
from alliance.intake.schemas import ReferralCreate
from alliance.security.audit import Actor

# (days waiting, the referral); answers are the PHQ-9, GAD-7 and C-SSRS screener in item order.
REFERRALS: list[tuple[int, dict[str, Any]]] = [
    (9, dict(given_name="Tomasz", family_name="Wierzbicki", date_of_birth=date(1979, 6, 2), phone="+1 503 555 0191",
             preferred_language="en", country="US", contact_times="after 5pm",
             text="Since my divorce I can't get out of bed most days. I've thought it would be easier not to be "
                  "here, but I wouldn't do anything.",
             measures={"phq9": [3, 3, 2, 3, 2, 3, 2, 1, 2], "gad7": [2, 2, 2, 1, 1, 2, 1],
                       "cssrs_screener": [1, 0, None, None, None, 0, None]})),
    (40, dict(given_name="Lucía", family_name="Benavides Ortega", date_of_birth=date(1995, 11, 20),
              email="lucia.b@example.org", preferred_language="es", country="US",
              text="Tengo ataques de pánico en el trabajo y ya casi no salgo de casa.",
              preferences={"clinician_gender": "woman", "language": "es"},
              measures={"phq9": [1, 1, 2, 2, 1, 1, 1, 0, 0], "gad7": [3, 3, 2, 3, 2, 2, 3],
                        "cssrs_screener": [0, 0, None, None, None, 0, None]})),
    (65, dict(given_name="Owen", family_name="Castellanos", date_of_birth=date(2001, 2, 8),
              email="owen.c@example.org", preferred_language="en", country="US", contact_times="weekday mornings",
              text="Stressed about exams and sleeping badly. My GP suggested talking to someone.",
              measures={"phq9": [1, 1, 2, 1, 1, 1, 1, 0, 0], "gad7": [1, 2, 1, 1, 0, 1, 1],
                        "cssrs_screener": [0, 0, None, None, None, 0, None]})),
    (120, dict(given_name="Annette", family_name="Moreau-Diallo", date_of_birth=date(1968, 9, 30),
               email="annette.md@example.org", preferred_language="fr", country="US",
               text="Depuis le décès de ma mère, je pleure souvent et j'ai du mal à me concentrer au travail.",
               preferences={"modality": "phone"},  # only Sam Lindqvist offers phone sessions: first, in words
               measures={"phq9": [2, 2, 1, 2, 1, 1, 2, 0, 0], "gad7": [1, 1, 1, 1, 0, 1, 1],
                         "cssrs_screener": [0, 0, None, None, None, 0, None]})),
    (3, dict(given_name="Deshawn", family_name="Pike", date_of_birth=date(1990, 1, 17), phone="+1 503 555 0177",
             preferred_language="en", country="US",
             text="My partner checks my phone and says I can't see my friends. I feel on edge all the time.",
             measures={"phq9": [2, 2, 2, 2, 1, 2, 1, 1, 0], "gad7": [2, 3, 2, 2, 2, 2, 2],
                       "cssrs_screener": [0, 0, None, None, None, 0, None]},
             preferences={"clinician_gender": "man"},  # no demo clinician is a man: the page says so
             risk={"unsafe_at_home": True})),
]


# The demo staff's genders as they wish them shown to clients (demo.STAFF order: admin, two clinicians, supervisor).
STAFF_GENDERS = ["prefer_not_to_say", "woman", "non_binary", "woman"]
# The ways the demo staff see people (same order; the admin sees no one).
STAFF_MODALITIES = [None, ["in_person", "video"], ["video", "phone"], ["in_person"]]


async def seed_intake(session: AsyncSession, practice: Any, staff: list[Any]) -> int:
    """Add the demo's waiting referrals (the demo runs once per practice); returns how many."""
    admin = Actor(user_id=staff[0].id, role="admin", practice_id=practice.id)
    for user, gender, modalities in zip(staff, STAFF_GENDERS, STAFF_MODALITIES):
        user.gender, user.modalities = gender, modalities
    now = utcnow()
    for days, data in REFERRALS:
        risk = dict.fromkeys(("harm_others_thoughts", "child_at_risk", "unsafe_at_home", "trauma_disrupts_life"),
                             False) | data.get("risk", {})
        fields = {k: v for k, v in data.items() if k != "risk"}
        submitted = await service.create_referral(
            session, admin, practice.id,
            ReferralCreate(**fields, risk=risk, consent_to_processing=True, referrer="Demo data (fictional)"),
            source="staff")
        referral = await session.get(Referral, submitted.referral_id)
        referral.waiting_since = referral.created_at = referral.consent_processing_at = now - timedelta(days=days)
    await session.flush()
    return len(REFERRALS)
