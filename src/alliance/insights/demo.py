"""A demo practice large enough for the insights dashboards: 240 fictional clients of four more clinicians in the
demo supervisor's team, with a year of PHQ-9 and GAD-7 courses, notes with AI drafts and signed edits, alerts with
the clinician's judgement, check-ins, homework, companion turns, intake referrals and model calls.

Everything is planned first by `plan_cohort(today)`, a pure function of the date (fixed seeds, Faker included), so
tests can check the plan and the demo shows the same practice on every fresh install. `seed_cohort` then writes the
plan in bulk: one new data key per client, rows added straight to the session (PHI still through the `Encrypted`
columns), no per-row audit events (one summary event). Outcome quotas are exact: most courses end in recovery, a few
in reliable deterioration, and clients of the practice group "Long-term conditions" recover visibly less often, so
the group breakdown shows a flagged gap. All people are fictional; any resemblance to real people is coincidental.
"""

from __future__ import annotations

import json
import math
import random
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from alliance.insights.groups import PREFER_NOT

DOMAIN = "riverside.example.org"
SEED = "alliance-insights-demo-v1"
# New demo clinicians (password: the demo's), all supervised by the demo supervisor; (e-mail, name, credentials,
# languages they work in).
CLINICIANS = [
    (f"clinician3@{DOMAIN}", "Dr. Kwame Asante-Boateng", "PhD, Counselling Psychologist", ("en", "fr")),
    (f"clinician4@{DOMAIN}", "Inés Carvalho Ruiz", "LMFT, bilingual Spanish/Portuguese", ("es", "pt", "en")),
    (f"clinician5@{DOMAIN}", "Henrike Vogelsang", "LCSW, Clinical Social Worker", ("de", "en")),
    (f"clinician6@{DOMAIN}", "Dr. Paolo Ferracuti", "PsyD, Licensed Psychologist", ("it", "en", "fr")),
]
LOWER_RECOVERY_GROUP = "Long-term conditions"
STUDENT_GROUP = "Student counselling"
PRACTICE_GROUPS = (LOWER_RECOVERY_GROUP, STUDENT_GROUP)
# (language, country, Faker locale, how many clients)
PLACES = [
    ("en", "US", "en_US", 58), ("en", "GB", "en_GB", 18), ("en", "IE", "en_IE", 8), ("en", "CA", "en_CA", 12),
    ("es", "MX", "es_MX", 20), ("es", "ES", "es_ES", 14), ("es", "US", "es_MX", 14),
    ("fr", "FR", "fr_FR", 16), ("fr", "CA", "fr_CA", 14),
    ("de", "DE", "de_DE", 14), ("de", "AT", "de_AT", 10),
    ("it", "IT", "it_IT", 20),
    ("pt", "PT", "pt_PT", 10), ("pt", "BR", "pt_BR", 12),
]
COHORT_SIZE = sum(n for *_, n in PLACES)  # 240
# Names the original demo already uses stay unique to it (tests find those people by name).
RESERVED_NAMES = {"marisol", "tomás", "tomas", "aoife", "jordan", "élodie", "elodie", "maya", "sam", "ruth", "priya",
                  "daniel", "lucía", "lucia", "tomasz", "owen", "annette", "deshawn", "pike", "ibarra", "brennan",
                  "marchand", "okafor", "lindqvist", "abernathy", "raman", "ward"}
# Demographic answers as stored, in the words of the insights questions (alliance.insights.pages
# DEMOGRAPHIC_QUESTIONS); `prefer_not_to_say` is an answer, None means the question was not answered.
GENDERS = [("woman", 50), ("man", 38), ("non-binary", 4), ("another gender", 1), (PREFER_NOT, 4), (None, 4)]
ETHNICITIES = [("white", 50), ("black", 12), ("asian", 12), ("mixed", 9), ("another ethnic group", 8),
               (PREFER_NOT, 5), (None, 4)]
ORIENTATIONS = [("heterosexual", 55), ("gay or lesbian", 6), ("bisexual", 7), ("another orientation", 2),
                (PREFER_NOT, 8), (None, 24)]
AGES = [(18, 25, 20), (26, 35, 28), (36, 50, 30), (51, 64, 15), (65, 80, 7)]
FINISHED_SHARE = 2 / 3
# Outcome quotas of finished courses (exact shares, largest remainder): the practice overall, and the lower group.
OUTCOMES = ("recovered", "improved", "unchanged", "deteriorated")
QUOTA = {"default": (0.58, 0.17, 0.18, 0.07), LOWER_RECOVERY_GROUP: (0.22, 0.24, 0.36, 0.18)}
NOT_A_CASE_SHARE = 0.04  # courses starting below caseness: excluded from recovery as the manual says
OFF_TRACK_SHARE = 0.3  # clients in treatment whose scores do not fall as expected (some reliably worse)
JUDGEMENTS = [("risk_confirmed", 55), ("not_risk", 35), ("unsure", 10)]
TIERS = [("urgent", 10, (2, 10)), ("soon", 30, (7, 35)), ("routine", 60, (20, 110))]
FORMATS = [("soap", 50), ("dap", 20), ("birp", 20), ("girp", 10)]


@dataclass(frozen=True)
class PlannedClient:
    """One fictional client and their course, as the demo will write them."""

    index: int
    given_name: str
    family_name: str
    date_of_birth: date
    pronouns: str | None
    language: str
    country: str
    clinician: int  # index into CLINICIANS
    gender: str | None
    ethnicity: str | None
    sexual_orientation: str | None
    groups: tuple[str, ...]
    quality_consent: bool
    finished: bool
    outcome: str  # recovered | improved | unchanged | deteriorated | not_a_case | on_track | off_track
    phq9: tuple[tuple[date, int], ...]
    gad7: tuple[tuple[date, int], ...]

    @property
    def start(self) -> date:
        """The first score (the course's start)."""
        return self.phq9[0][0]

    @property
    def end(self) -> date:
        """The latest score."""
        return self.phq9[-1][0]


@dataclass
class CohortInfo:
    """What seed_cohort wrote (or found)."""

    created: bool
    clients: int = 0
    rows: int = 0
    logins: list[tuple[str, str, str]] = field(default_factory=list)


def _pick(rng: random.Random, weighted: Sequence[tuple[Any, ...]]) -> Any:
    return rng.choices([w[0] for w in weighted], weights=[w[-1] for w in weighted])[0]


def _quota(n: int, shares: Sequence[float], names: Sequence[str]) -> list[str]:
    """Exactly n labels in the given shares (largest remainder), unshuffled."""
    raw = [n * s / sum(shares) for s in shares]
    counts = [math.floor(r) for r in raw]
    for i in sorted(range(len(raw)), key=lambda i: raw[i] - counts[i], reverse=True)[: n - sum(counts)]:
        counts[i] += 1
    return [name for name, c in zip(names, counts, strict=True) for _ in range(c)]


def _deal(ids: Sequence[int], labels: Sequence[str], traits: Any) -> dict[int, str]:
    """Give each id one of the labels (exactly as many of each as given): each id gets the label its groups are
    furthest behind on, so every group ends up with about the overall mix."""
    left = {label: labels.count(label) for label in dict.fromkeys(labels)}
    share = {label: n / len(labels) for label, n in left.items()}
    seen: dict[Any, dict[str, int]] = {}
    size: dict[Any, int] = {}
    out: dict[int, str] = {}
    for i in ids:
        keys = traits(i)
        pick = min((label for label, n in left.items() if n), key=lambda label: (sum(
            seen.get(k, {}).get(label, 0) - share[label] * (size.get(k, 0) + 1) for k in keys), -left[label]))
        for k in keys:
            seen.setdefault(k, {})[pick] = seen.get(k, {}).get(pick, 0) + 1
            size[k] = size.get(k, 0) + 1
        left[pick] -= 1
        out[i] = pick
    return out


def _curve(first: int, last: int, n: int, rng: random.Random, top: int, tau: float = 4.0) -> list[int]:
    """n weekly totals from first to last, most change early (a log-linear dose-response shape), small noise
    between the two ends, which are exact."""
    out = []
    span = 1 - math.exp(-(n - 1) / tau) if n > 1 else 1.0
    for w in range(n):
        value = first + (last - first) * (1 - math.exp(-w / tau)) / span
        if 0 < w < n - 1:
            value += rng.choice((-1, 0, 0, 1))
        out.append(max(0, min(top, round(value))))
    out[-1] = last
    return out


def _targets(outcome: str, rng: random.Random) -> tuple[int, int, int, int]:
    """(PHQ-9 first, last, GAD-7 first, last) giving this NHS Talking Therapies outcome (caseness PHQ-9 >= 10,
    GAD-7 >= 8; reliable change 6 and 4 points; measures/change.py)."""
    if outcome == "not_a_case":
        p, g = rng.randint(5, 9), rng.randint(3, 7)
        return p, max(0, p - rng.randint(0, 3)), g, max(0, g - rng.randint(0, 2))
    if outcome == "recovered":
        if rng.random() < 0.15:  # below caseness at the end without a reliable change (recovered, not reliably)
            p, g = rng.randint(10, 12), rng.randint(8, 10)
            return p, rng.randint(max(7, p - 5), 9), g, rng.randint(g - 3, 7)
        p, g = rng.randint(12, 24), rng.randint(9, 18)
        return p, rng.randint(2, min(9, p - 6)), g, rng.randint(1, 7)
    if outcome == "improved":
        p, g = rng.randint(16, 25), rng.randint(10, 18)
        return p, p - rng.randint(6, min(8, p - 10)), g, max(8, g - rng.randint(0, 3))
    if outcome == "unchanged":
        p, g = rng.randint(13, 22), rng.randint(9, 17)
        return p, max(10, p + rng.randint(-3, 3)), g, max(8, min(21, g + rng.randint(-2, 2)))
    if outcome == "deteriorated":
        p, g = rng.randint(10, 19), rng.randint(8, 15)
        return p, min(27, p + rng.randint(6, 8)), g, min(21, g + rng.randint(1, 5))
    if outcome == "on_track":
        p, g = rng.randint(12, 22), rng.randint(9, 17)
        return p, p, g, g  # shaped by the weeks so far in _in_treatment
    p, g = rng.randint(11, 19), rng.randint(8, 15)  # off_track: flat or reliably worse
    worse = rng.random() < 0.45
    return p, min(27, p + (rng.randint(6, 8) if worse else rng.randint(-1, 2))), g, min(21, g + rng.randint(0, 3))


def _dates(last: date, n: int, rng: random.Random) -> list[date]:
    """n roughly weekly days ending on `last`."""
    days, day = [last], last
    for _ in range(n - 1):
        day -= timedelta(days=7 + rng.choice((-1, 0, 0, 0, 1)))
        days.append(day)
    return days[::-1]


def _names(today: date) -> list[tuple[str, str, str, str, str, str]]:
    """(given, family, language, country, sex for Faker, locale) per client, in a fixed order."""
    from faker import Faker

    rng = random.Random(SEED + ":names")
    out: list[tuple[str, str, str, str, str, str]] = []
    seen: set[str] = set()
    for n, (lang, country, locale, count) in enumerate(PLACES):
        fake = Faker(locale, providers=["faker.providers.person"])  # names only: much quicker to build
        fake.seed_instance(f"{SEED}:{n}")
        made = 0
        while made < count:
            sex = "f" if rng.random() < 0.55 else "m"
            given = fake.first_name_female() if sex == "f" else fake.first_name_male()
            family = fake.last_name()
            key = f"{given} {family}".casefold()
            if key in seen or given.casefold() in RESERVED_NAMES or family.casefold() in RESERVED_NAMES:
                continue
            seen.add(key)
            out.append((given, family, lang, country, sex, locale))
            made += 1
    return out


def plan_cohort(today: date) -> list[PlannedClient]:
    """The whole cohort for a given day: deterministic (fixed seeds), COHORT_SIZE clients."""
    rng = random.Random(SEED)
    people = _names(today)
    order = list(range(len(people)))
    rng.shuffle(order)
    finished_ids = set(order[: round(len(order) * FINISHED_SHARE)])
    profiles = []
    for i, (given, family, lang, country, sex, _) in enumerate(people):
        lo, hi, _w = rng.choices(AGES, weights=[w for *_, w in AGES])[0]
        age = rng.randint(lo, hi)
        gender = _pick(rng, GENDERS)
        if gender in ("woman", "man") and (gender == "woman") != (sex == "f"):
            gender = "woman" if sex == "f" else "man"
        groups: list[str] = []
        if age >= 40 and rng.random() < 0.42:
            groups.append(LOWER_RECOVERY_GROUP)
        if age <= 25 and rng.random() < 0.7:
            groups.append(STUDENT_GROUP)
        profiles.append(dict(age=age, gender=gender, ethnicity=_pick(rng, ETHNICITIES),
                             orientation=_pick(rng, ORIENTATIONS), groups=tuple(groups),
                             consent=rng.random() < 0.93))
    # Exact outcome quotas per kind of course, dealt so that every language, country, age band, gender, ethnicity
    # and orientation gets about the same mix: the one gap built in is the practice group's.
    outcome: dict[int, str] = {}
    for key in ("default", LOWER_RECOVERY_GROUP):
        lower = key == LOWER_RECOVERY_GROUP
        ids = [i for i in order if i in finished_ids and (LOWER_RECOVERY_GROUP in profiles[i]["groups"]) == lower]
        not_case = round(len(ids) * NOT_A_CASE_SHARE) if key == "default" else 0
        labels = ["not_a_case"] * not_case + _quota(len(ids) - not_case, QUOTA[key], OUTCOMES)
        outcome.update(_deal(ids, labels, lambda i: [
            ("language", people[i][2]), ("country", people[i][3]), ("age", profiles[i]["age"] // 10),
            ("gender", profiles[i]["gender"]), ("ethnicity", profiles[i]["ethnicity"]),
            ("orientation", profiles[i]["orientation"]), ("groups", profiles[i]["groups"])]))
    active = [i for i in order if i not in finished_ids]
    off = set(active[: round(len(active) * OFF_TRACK_SHARE)])
    outcome.update({i: "off_track" if i in off else "on_track" for i in active})

    planned: list[PlannedClient] = []
    clinicians = _assign_clinicians([person[2] for person in people])
    for i, (given, family, lang, country, sex, _) in enumerate(people):
        crng = random.Random(f"{SEED}:client:{i}")
        prof = profiles[i]
        kind = outcome[i]
        p0, p1, g0, g1 = _targets(kind, crng)
        if i in finished_ids:
            n = crng.randint(6, 14)
            last = today - timedelta(days=crng.randint(45, 365 - 7 * n - 14))
            days = _dates(last, n, crng)
            phq, gad = _curve(p0, p1, n, crng, 27), _curve(g0, g1, n, crng, 21)
        else:  # off track only shows after a few scores (the expected curve halves the score by the 8th)
            n = crng.randint(7, 12) if kind == "off_track" else crng.randint(3, 12)
            last = today - timedelta(days=crng.randint(0, 6))
            days = _dates(last, n, crng)
            if kind == "on_track":  # about as expected: roughly half the distance to 5 points by twelve weeks
                p1 = round(p0 - (p0 - 5) * 0.55 * (1 - math.exp(-(n - 1) / 5)))
                g1 = round(g0 - (g0 - 4) * 0.55 * (1 - math.exp(-(n - 1) / 5)))
            phq, gad = _curve(p0, p1, n, crng, 27), _curve(g0, g1, n, crng, 21)
        born = today - timedelta(days=365 * prof["age"] + crng.randint(0, 364))
        pronouns = {"woman": "she/her", "man": "he/him", "non-binary": "they/them"}.get(prof["gender"] or "") \
            if lang == "en" else None
        clinician = clinicians[i]
        planned.append(PlannedClient(
            index=i, given_name=given, family_name=family, date_of_birth=born, pronouns=pronouns, language=lang,
            country=country, clinician=clinician, gender=prof["gender"] if prof["consent"] else None,
            ethnicity=prof["ethnicity"] if prof["consent"] else None,
            sexual_orientation=prof["orientation"] if prof["consent"] else None, groups=prof["groups"],
            quality_consent=prof["consent"], finished=i in finished_ids, outcome=kind,
            phq9=tuple(zip(days, phq, strict=True)), gad7=tuple(zip(days, gad, strict=True))))
    return planned


def _assign_clinicians(langs: Sequence[str]) -> list[int]:
    """For each client, the least busy clinician working in their language (English clients placed last, so
    they even out the caseloads)."""
    load, out = [0] * len(CLINICIANS), [0] * len(langs)
    for i in sorted(range(len(langs)), key=lambda i: (langs[i] == "en", i)):
        able = [n for n, (*_, spoken) in enumerate(CLINICIANS) if langs[i] in spoken]
        out[i] = min(able, key=lambda n: (load[n], n))
        load[out[i]] += 1
    return out


# --- writing the plan -------------------------------------------------------------------------------------------

CLIENT_LINES = {
    "en": ["I managed the walk three times this week.", "Work was hard again and I stayed in bed on Sunday.",
           "What can I do when the worry starts at night?", "The breathing helped before the meeting."],
    "es": ["Esta semana salí a caminar tres veces.", "El trabajo fue difícil y el domingo no me levanté.",
           "¿Qué puedo hacer cuando la preocupación empieza por la noche?",
           "La respiración me ayudó antes de la reunión."],
}
COMPANION_LINES = {
    "en": ["That is real progress. What made the walks possible this week?",
           "That sounds like a heavy week. Would a small plan for next Sunday help?",
           "Many people find worry time helps: note the worry and come back to it at a set time tomorrow.",
           "Well done for trying it when it mattered. You could note how anxious you felt before and after."],
    "es": ["Es un avance real. ¿Qué hizo posible salir a caminar esta semana?",
           "Parece una semana pesada. ¿Te ayudaría un pequeño plan para el próximo domingo?",
           "A muchas personas les ayuda el tiempo de preocupación: anota la preocupación y vuelve a ella mañana.",
           "Bien hecho por probarlo cuando importaba. Puedes anotar tu ansiedad antes y después."],
}
# Draft sentences per section (generic, fictional); the signed text rewords some of them.
DRAFT_BANK = {
    "subjective": ["Client reports sleeping better on most nights this week.", "Client describes worry about work "
                   "deadlines, worst on Sunday evenings.", "Client reports low mood after a family argument."],
    "data": ["Client reports fewer panic episodes since the last session.", "Client completed two of three planned "
             "activities.", "Client reports poor sleep and early waking."],
    "behavior": ["Client arrived on time, engaged and talkative.", "Client appeared tired and spoke quietly.",
                 "Client reports avoiding the supermarket this week."],
    "goals": ["Reduce avoidance of social situations.", "Improve sleep routine to seven hours a night.",
              "Manage worry with scheduled worry time."],
    "objective": ["Client was calm and engaged; PHQ-9 was reviewed in session.", "Client practised paced "
                  "breathing and reported feeling calmer.", "Affect congruent; speech normal rate."],
    "intervention": ["Clinician reviewed the thought record and introduced evidence for and against.",
                     "Clinician guided a graded exposure plan.", "Clinician provided psychoeducation on sleep."],
    "response": ["Client identified an alternative thought and rated belief lower.", "Client agreed to try the "
                 "first step of the plan.", "Client said the explanation made sense."],
    "assessment": ["Mood is improving with behavioural activation.", "Anxiety remains high but the client is "
                   "using the skills.", "Progress is slower than expected this month."],
    "plan": ["Continue weekly sessions and the activity schedule.", "Practise worry time daily and review next "
             "session.", "Complete the PHQ-9 and GAD-7 before the next session."],
}
EDITS = [" (discussed in detail).", " Client agreed.", "", " Reviewed with the client and agreed as the focus."]
MODEL = "qwen2.5-coder-1.5b-instruct"
# Insert order: clients and groups first, then rows pointing at them, then rows pointing at those.
STAGE = {"PracticeGroup": 0, "Client": 0, "ClientKey": 0, "MeasureAdministration": 2, "Note": 2, "TriageResult": 2,
         "HomeworkEntry": 2}


async def _existing(session: AsyncSession) -> bool:
    from alliance.accounts.service import find_user_by_email

    return await find_user_by_email(session, CLINICIANS[0][0]) is not None


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=timezone.utc)


async def seed_cohort(session: AsyncSession, practice: Any, admin: Any, supervisor: Any, *, password: str,
                      today: date | None = None) -> CohortInfo:
    """Write the cohort into the demo practice once (later calls find the first new clinician and do nothing)."""
    from alliance.accounts import service as accounts
    from alliance.accounts.models import Role
    from alliance.accounts.schemas import UserCreate
    from alliance.clients import service as clients
    from alliance.clients.schemas import SupervisionCreate
    from alliance.db.base import utcnow
    from alliance.insights.service import renumber_all
    from alliance.security import audit, passwords
    from alliance.security.audit import Actor

    logins = [("clinician", name, email) for email, name, *_ in CLINICIANS]
    if await _existing(session):
        return CohortInfo(False, logins=logins)
    today = today or utcnow().date()
    system = Actor.system(practice.id)
    boss = Actor(user_id=admin.id, role="admin", practice_id=practice.id)
    staff = []
    hashed = passwords.hash_password(password)  # one argon2 hash for the four demo logins sharing the password
    for email, name, credentials, _ in CLINICIANS:
        staff.append(await accounts.create_user(session, system, UserCreate(
            email=email, role=Role.clinician, display_name=name, credentials=credentials), practice_id=practice.id))
        staff[-1].password_hash = hashed
        await clients.add_supervision(session, boss, SupervisionCreate(supervisor_id=supervisor.id,
                                                                       supervisee_id=staff[-1].id))
    writer = _Writer(session, practice, staff)
    plan = plan_cohort(today)
    await writer.prepare()
    for planned in plan:
        writer.client(planned)
    rows = await writer.flush()
    await renumber_all(session)  # the series columns the outcome figures read (first, latest, place in series)
    # One summary event instead of one per generated row: the history is fictional and written by the system.
    await audit.record(session, system, "demo.cohort.create", resource_type="practice", resource_id=practice.id,
                       detail=f"clients={len(plan)} rows={rows}")
    return CohortInfo(True, len(plan), rows, logins)


class _Writer:
    """Builds the rows of each planned client and adds them to the session in one go."""

    def __init__(self, session: AsyncSession, practice: Any, staff: list[Any]) -> None:
        self.session, self.practice, self.staff = session, practice, staff
        self.rows: list[Any] = []  # ORM objects (the few hundred with relationships or many encrypted fields)
        self.bulk: dict[type, list[dict[str, Any]]] = {}  # plain rows for the big tables, inserted in bulk
        self.scores: dict[tuple[str, int, int], tuple[str, str]] = {}
        self.documents: dict[str, uuid.UUID] = {}
        self.groups: dict[str, uuid.UUID] = {}
        self.judge_rng = random.Random(f"{SEED}:alerts")
        self.companion_alerts: dict[uuid.UUID, tuple[uuid.UUID, str]] = {}  # a message to the companion raised these

    async def prepare(self) -> None:
        """Look up the consent documents, create the practice groups, build the shared note parts."""
        from alliance.consent.models import ConsentDocument
        from alliance.insights.models import PracticeGroup
        from alliance.notes.drafting import RiskFinding
        from alliance.notes.transcripts import parse_transcript
        from alliance.safety.screening import VERSION

        docs = await self.session.execute(select(ConsentDocument.feature, ConsentDocument.id).where(
            ConsentDocument.practice_id == self.practice.id).order_by(ConsentDocument.version))
        self.documents = {feature: doc_id for feature, doc_id in docs}
        for name in PRACTICE_GROUPS:
            group = PracticeGroup(practice_id=self.practice.id, name=name, created_by=self.staff[0].id)
            self.groups[name] = group.id
            self.add(group)
        self.screen_version = VERSION
        self.risk = RiskFinding(level="none", statement=(
            "The safety screen found no risk language in the client's statements. The clinician assesses and "
            "documents risk."), screen_version=VERSION).model_dump(mode="json")
        self.segments = [s.model_dump() for s in parse_transcript(
            "Therapist: How has the week been?\nClient: Some good days and some hard ones.\n"
            "Therapist: Let's look at the plan from last time.\nClient: I did most of it.\n"
            "Therapist: What got in the way of the rest?\nClient: Work, mostly, and being tired.")]

    def add(self, row: Any) -> Any:
        self.rows.append(row)
        return row

    def insert(self, mapped: type, /, **values: Any) -> uuid.UUID:
        """Queue a row for a bulk insert (an ORM bulk INSERT: column defaults apply); returns its id."""
        values.setdefault("id", uuid.uuid4())
        self.bulk.setdefault(mapped, []).append(values)
        return values["id"]

    @staticmethod
    def seal(model: type, attr: str, row_id: uuid.UUID, client_id: uuid.UUID, value: str) -> bytes:
        """The ciphertext the model's `Encrypted` attribute would store for this row (same key, same binding)."""
        from types import SimpleNamespace

        from alliance.security import crypto

        enc = getattr(model, attr)
        row = SimpleNamespace(__tablename__=model.__tablename__, id=row_id)
        return crypto.seal(value.encode(), crypto.client_key(client_id), crypto.CLIENT_KID, enc.aad(row))

    async def flush(self) -> int:
        """Insert everything, parents first (most of these tables have no ORM relationships to order them by)."""
        from sqlalchemy import insert

        stages: list[list[Any]] = [[], [], []]
        for row in self.rows:
            stages[STAGE.get(type(row).__name__, 1)].append(row)
        for n, rows in enumerate(stages):
            self.session.add_all(rows)
            await self.session.flush()
            for model, values in self.bulk.items():
                if STAGE.get(model.__name__, 1) == n:
                    await self.session.execute(insert(model), values)
        return len(self.rows) + sum(len(v) for v in self.bulk.values())

    def _score(self, inst_id: str, total: int, variant: int, item9: int = 0) -> tuple[str, str]:
        """Answers and the scored result (JSON, as the model stores them) for a total: a few answer patterns per
        total, each scored once by alliance.measures.scoring."""
        from alliance.measures.demo import answers_for
        from alliance.measures.scoring import score

        key = (inst_id, total, variant * 10 + item9)
        if key not in self.scores:
            answers = answers_for(inst_id, total, random.Random(f"{SEED}:{key}"), item9)
            result = score(inst_id, answers, lang="en")
            self.scores[key] = (json.dumps({k: v for k, v in result.answers.items() if v is not None},
                                           sort_keys=True),
                                json.dumps(result.model_dump(mode="json"), sort_keys=True, default=str))
        return self.scores[key]

    def client(self, p: PlannedClient) -> None:
        """Every row of one planned client."""
        from alliance.clients.models import CareTeamMember, Client, ClientDemographics, ClientKey
        from alliance.clients.service import identity_index
        from alliance.insights.models import ClientGroupMember
        from alliance.security import crypto

        clinician = self.staff[p.clinician]
        rng = random.Random(f"{SEED}:rows:{p.index}")
        created = _at(p.start - timedelta(days=7), 10)
        client = Client(practice_id=self.practice.id, identity_bidx=identity_index(p.given_name, p.family_name,
                        p.date_of_birth), preferred_language=p.language, country=p.country,
                        status="discharged" if p.finished else "active", created_by=clinician.id,
                        updated_by=clinician.id, created_at=created, updated_at=created)
        if p.finished:
            client.discharged_at = _at(p.end + timedelta(days=rng.randint(3, 14)), 15)
        dek = crypto.new_data_key()  # one key per client, wrapped once
        kek_id, wrapped = crypto.wrap_data_key(client.id, dek)
        crypto.remember_client_key(client.id, dek)
        client.key = ClientKey(client_id=client.id, kek_id=kek_id, wrapped=wrapped)
        client.given_name, client.family_name, client.date_of_birth = p.given_name, p.family_name, p.date_of_birth
        client.pronouns = p.pronouns
        self.add(client)
        self.insert(CareTeamMember, practice_id=self.practice.id, client_id=client.id, clinician_id=clinician.id,
                    is_primary=True, created_at=created, updated_at=created)
        self._consents(p, client.id, clinician.id, created)
        if p.quality_consent and any((p.gender, p.ethnicity, p.sexual_orientation)):
            demo = self.add(ClientDemographics(client_id=client.id, created_at=created, updated_at=created))
            demo.gender_identity, demo.ethnicity = p.gender, p.ethnicity
            demo.sexual_orientation = p.sexual_orientation
        for name in p.groups:
            self.add(ClientGroupMember(practice_id=self.practice.id, client_id=client.id,
                                       group_id=self.groups[name], created_by=clinician.id))
        item9_at = self._alerts(p, client.id, clinician.id, rng)
        appointments = self._sessions(p, client.id, clinician.id, rng)
        self._measures(p, client.id, clinician.id, rng, item9_at)
        self._referral(p, client.id, rng)
        if rng.random() < 0.45:
            self._notes(p, client.id, clinician, appointments, rng)
        if rng.random() < 0.5:
            self._checkins(p, client.id, rng)
        if rng.random() < 0.35:
            self._homework(p, client.id, clinician.id, rng)
        if p.language in CLIENT_LINES and rng.random() < 0.3:
            self._companion(p, client.id, clinician.id, rng)

    def _consents(self, p: PlannedClient, client_id: uuid.UUID, by: uuid.UUID, when: datetime) -> None:
        from alliance.consent.models import ConsentRecord

        decisions = {"quality_monitoring": "given" if p.quality_consent else "declined", "ai_documentation": "given",
                     "ai_companion": "given" if p.language in CLIENT_LINES else "declined"}
        for feature, decision in decisions.items():
            if feature in self.documents:
                self.insert(ConsentRecord, practice_id=self.practice.id, client_id=client_id, feature=feature,
                            decision=decision, document_id=self.documents[feature], recorded_by=by, recorded_at=when)

    def _sessions(self, p: PlannedClient, client_id: uuid.UUID, by: uuid.UUID,
                  rng: random.Random) -> list[tuple[uuid.UUID, datetime]]:
        """A completed appointment on each scored week (the first an intake)."""
        from alliance.appointments.models import Appointment

        out = []
        for n, (day, _) in enumerate(p.phq9):
            starts = _at(day, 9 + rng.randint(0, 8))
            appt = self.insert(Appointment, practice_id=self.practice.id, client_id=client_id, clinician_id=by,
                               starts_at=starts, kind="intake" if n == 0 else "therapy",
                               modality="video" if rng.random() < 0.6 else "in_person", status="completed",
                               created_by=by, created_at=starts - timedelta(days=7),
                               updated_at=starts - timedelta(days=7))
            out.append((appt, starts))
        return out

    def _measures(self, p: PlannedClient, client_id: uuid.UUID, by: uuid.UUID, rng: random.Random,
                  item9_at: int | None) -> None:
        """The planned PHQ-9 and GAD-7 results, each completed the evening before its session."""
        from alliance.measures import service
        from alliance.measures.instruments import get_instrument
        from alliance.measures.models import MeasureAdministration, MeasureAssignment

        for inst_id, points in (("phq9", p.phq9), ("gad7", p.gad7)):
            inst = get_instrument(inst_id)
            lang = service.language_for(inst, p.language)
            started = _at(p.start - timedelta(days=1), 9)
            assignment = self.insert(
                MeasureAssignment, practice_id=self.practice.id, client_id=client_id, instrument=inst_id,
                schedule="weekly", start_date=p.start - timedelta(days=1), active=not p.finished, assigned_by=by,
                created_by=by, updated_by=by, created_at=started, updated_at=started,
                ended_at=_at(p.end + timedelta(days=7), 12) if p.finished else None)
            for n, (day, total) in enumerate(points):
                item9 = 1 if inst_id == "phq9" and n == item9_at and total >= 1 else 0
                answers, result = self._score(inst_id, total, rng.randint(0, 2), item9)
                due = day - timedelta(days=1)
                done = _at(due, 18, rng.randint(0, 59))
                row_id = uuid.uuid4()
                self.insert(
                    MeasureAdministration, id=row_id, practice_id=self.practice.id, client_id=client_id,
                    assignment_id=assignment, instrument=inst_id, due_on=due, due_at=service.due_at(due),
                    status="completed", source="portal", language=lang, completed_at=done, created_at=done,
                    updated_at=done, score_total=total,
                    answers_ct=self.seal(MeasureAdministration, "answers_json", row_id, client_id, answers),
                    result_ct=self.seal(MeasureAdministration, "result_json", row_id, client_id, result))

    def _alerts(self, p: PlannedClient, client_id: uuid.UUID, by: uuid.UUID, rng: random.Random) -> int | None:
        """Some clients had a risk alert during the course, each reviewed with a judgement; returns the week of a
        PHQ-9 item 9 answer that raised one, if any."""
        from alliance.safety.models import RiskAlert

        if rng.random() >= 0.17 or len(p.phq9) < 3:
            return None
        week = rng.randint(1, len(p.phq9) - 1)
        source = _pick(rng, [("measure", 50), ("portal_message", 30), ("companion", 20)])
        level = _pick(rng, [("moderate", 70), ("high", 30)])
        raised = _at(p.phq9[week][0] - timedelta(days=1), 19, rng.randint(0, 59))
        judgement = _pick(self.judge_rng, JUDGEMENTS)
        alert = self.add(RiskAlert(
            practice_id=self.practice.id, client_id=client_id, assigned_to=by, source=source, level=level,
            categories=["suicidal_ideation"], rules=["phq9_item9"] if source == "measure" else ["passive_ideation"],
            screen_version=self.screen_version, status="acknowledged", acknowledged_by=by,
            acknowledged_at=raised + timedelta(hours=rng.randint(1, 40)), judgement=judgement,
            created_at=raised, updated_at=raised))
        alert.reasons_json = json.dumps(["PHQ-9 question 9 answered above 0"] if source == "measure"
                                        else ["Passive thoughts of not being here"])
        alert.note = {"risk_confirmed": "Passive ideation confirmed at review; safety plan updated.",
                      "not_risk": "Reviewed by phone: a figure of speech about work, no risk.",
                      "unsure": "Could not reach the client the same day; reviewed at the next session."}[judgement]
        if source == "companion":
            self.companion_alerts[client_id] = (alert.id, level)
        return week if source == "measure" else None

    def _referral(self, p: PlannedClient, client_id: uuid.UUID, rng: random.Random) -> None:
        """Most clients came through intake: a converted referral with its tier and how long they waited."""
        from alliance.intake.models import RANK, Referral, TriageResult

        if rng.random() >= 0.65:
            return
        tier, _w, (lo, hi) = rng.choices(TIERS, weights=[t[1] for t in TIERS])[0]
        start = _at(p.start, 9) - timedelta(days=7)
        since = start - timedelta(days=rng.randint(lo, hi), hours=rng.randint(0, 8))
        ref = self.add(Referral(
            practice_id=self.practice.id, source=_pick(rng, [("self", 60), ("staff", 30), ("fhir", 10)]),
            status="converted", tier=tier, tier_rank=RANK[tier], waiting_since=since, language=p.language,
            country=p.country, instruments=["phq9", "gad7"], consent_processing_at=since, converted_at=start,
            converted_by=self.staff[p.clinician].id, client_id=client_id, created_at=since, updated_at=start))
        ref.given_name, ref.family_name = p.given_name, p.family_name
        self.add(TriageResult(practice_id=self.practice.id, referral_id=ref.id, tier=tier, rules=[],
                              rules_version="v1", screen_level="none", created_at=since))

    def _notes(self, p: PlannedClient, client_id: uuid.UUID, clinician: Any,
               appointments: list[tuple[uuid.UUID, datetime]], rng: random.Random) -> None:
        """The latest one or two sessions have a signed note drafted by the model and edited by the clinician."""
        from alliance.llm.models import LlmCall
        from alliance.notes.formats import get_format
        from alliance.notes.models import SEEDED_DEMO_DRAFT, Note
        from alliance.notes.service import draft_sections, edit_distances, format_snapshot

        for appt_id, when in appointments[-rng.randint(1, 2):]:
            fmt = get_format(_pick(rng, FORMATS))
            sections = []
            for spec in fmt.sections:
                picks = rng.sample(DRAFT_BANK[spec.name], k=rng.randint(1, 2))
                sections.append({"name": spec.name, "title": spec.heading, "sentences": [
                    {"text": t, "evidence": [f"S{rng.randint(1, 6)}"] if supported else [], "supported": supported,
                     "support_score": 0.8 if supported else 0.2, "evidence_source": "model" if supported else "none"}
                    for t in picks for supported in [rng.random() > 0.08]]})
            draft = {"format": fmt.name, "title": fmt.title, "sections": sections, "risk": self.risk,
                     "model": SEEDED_DEMO_DRAFT, "provider": "demo", "grounding": "lexical", "parts": 1,
                     "segments_total": len(self.segments), "segments_read": len(self.segments)}
            rewrite = 0.35 if fmt.name == "birp" else 0.15  # BIRP drafts were edited more, in this story
            signed_text = draft_sections(draft, self.risk)  # the editor starts from the draft (risk section too)
            for s in sections:
                text = " ".join(x["text"] for x in s["sentences"])
                if rng.random() < rewrite:
                    text = rng.choice(DRAFT_BANK[s["name"]]) + " Clinician's own summary of the session."
                signed_text[s["name"]] = text + rng.choice(EDITS)
            drafted = when + timedelta(minutes=rng.randint(60, 120))
            signed = drafted + timedelta(hours=rng.choice((1, 2, 5, 20, 30, 70)))
            note = self.add(Note(
                practice_id=self.practice.id, client_id=client_id, appointment_id=appt_id, author_id=clinician.id,
                session_date=when, source="paste", status="signed", use_ai=True, format=fmt.name,
                format_json=format_snapshot(fmt), risk_level="none", draft_origin=SEEDED_DEMO_DRAFT,
                draft_model=SEEDED_DEMO_DRAFT, signed_by=clinician.id, signed_name=clinician.display_name,
                signed_credentials=clinician.credentials, signed_at=signed, created_by=clinician.id,
                updated_by=clinician.id, created_at=when + timedelta(minutes=55), updated_at=signed, progress=100))
            note.transcript = {"language": None, "duration": None, "model": None, "segments": self.segments}
            note.draft, note.risk, note.sections = draft, self.risk, signed_text
            distances = edit_distances(draft_sections(draft, self.risk), signed_text)
            note.edit_distance = distances
            note.edit_distance_mean = round(sum(distances.values()) / len(distances), 4)
            outcome = _pick(rng, [("ok", 94), ("timeout", 4), ("invalid_output", 2)])
            self.insert(LlmCall, call_id=uuid.uuid4().hex, started_at=drafted - timedelta(minutes=2),
                        practice_id=self.practice.id, client_id=client_id, purpose="notes", kind="structured",
                        provider="embedded", model=MODEL, privacy="local", template_id="note.draft",
                        template_version=3, prompt_tokens=rng.randint(1500, 4000),
                        completion_tokens=rng.randint(200, 600), latency_ms=float(rng.randint(25_000, 95_000)),
                        outcome=outcome, attempts=1 if outcome == "ok" else 2, redaction_applied=False,
                        error=None if outcome == "ok" else {"timeout": "TimeoutError",
                                                            "invalid_output": "ValidationError"}[outcome])

    def _checkins(self, p: PlannedClient, client_id: uuid.UUID, rng: random.Random) -> None:
        """Mood check-ins between sessions, roughly following the PHQ-9."""
        from alliance.homework.models import MoodCheckIn

        for day, total in p.phq9:
            for _ in range(rng.randint(0, 2)):
                when = day - timedelta(days=rng.randint(1, 6))
                mood = max(0, min(10, round(10 - total / 2.7 + rng.choice((-1, 0, 1)))))
                self.insert(MoodCheckIn, practice_id=self.practice.id, client_id=client_id, day=when, mood=mood,
                            emotions=rng.sample(["calm", "anxious", "tired", "hopeful", "sad"], k=2),
                            screen_level="none", screen_version=self.screen_version, created_at=_at(when, 20),
                            updated_at=_at(when, 20))

    def _homework(self, p: PlannedClient, client_id: uuid.UUID, by: uuid.UUID, rng: random.Random) -> None:
        """A weekly worry log, done most weeks."""
        from alliance.homework.models import HomeworkAssignment, HomeworkEntry

        start = p.phq9[min(1, len(p.phq9) - 1)][0]
        row = self.add(HomeworkAssignment(
            practice_id=self.practice.id, client_id=client_id, kind="worry-log", schedule="weekly", starts_on=start,
            ends_on=p.end if p.finished else None, status="ended" if p.finished else "active",
            created_by=by, updated_by=by, created_at=_at(start, 12), updated_at=_at(start, 12)))
        row.note = "Write the worry down when it comes, then look at it at worry time (6 pm)."
        for day, _ in p.phq9[1:]:
            if rng.random() < 0.7:
                done = _at(day - timedelta(days=2), 18)
                entry = self.add(HomeworkEntry(
                    practice_id=self.practice.id, client_id=client_id, assignment_id=row.id, kind="worry-log",
                    period_start=day - timedelta(days=7), completed_at=done, screen_level="none",
                    screen_version=self.screen_version, created_at=done, updated_at=done))
                entry.data_json = json.dumps({"worry": "Falling behind at work", "distress": rng.randint(2, 8),
                                              "still_relevant": rng.random() < 0.5, "action": "Make a list"})

    def _companion(self, p: PlannedClient, client_id: uuid.UUID, by: uuid.UUID, rng: random.Random) -> None:
        """A few exchanges with the companion: ratings, now and then a blocked reply, some annotations."""
        from alliance.companion.models import CompanionTurn
        from alliance.llm.models import LlmCall

        seq = 0
        for day, _ in p.phq9[1 : 1 + rng.randint(2, 4)]:
            k = rng.randrange(len(CLIENT_LINES[p.language]))
            when = _at(day - timedelta(days=3), 21)
            asked = self.add(CompanionTurn(practice_id=self.practice.id, client_id=client_id, seq=seq + 1,
                                           role="client", kind="message", lang=p.language, screen_level="none",
                                           screen_version=self.screen_version, created_at=when, updated_at=when))
            asked.text = CLIENT_LINES[p.language][k]
            if seq == 0 and client_id in self.companion_alerts:
                asked.alert_id, asked.screen_level = self.companion_alerts[client_id]
            blocked = rng.random() < 0.06
            latency = rng.randint(2500, 14000)
            outcome = "ok" if rng.random() > 0.03 else "timeout"
            answered = when + timedelta(milliseconds=latency)
            reply = self.add(CompanionTurn(
                practice_id=self.practice.id, client_id=client_id, seq=seq + 2, role="companion",
                kind="fallback" if blocked or outcome != "ok" else "reply", reply_to=asked.id, lang=p.language,
                screen_level="none", screen_version=self.screen_version, blocked=blocked,
                blocked_category="diagnosis" if blocked else None,
                fallback="diagnosis" if blocked else ("retry" if outcome != "ok" else None), provider="embedded",
                model=MODEL, latency_ms=latency, created_at=answered, updated_at=answered))
            seq += 2
            if blocked or outcome != "ok":
                from alliance.companion.fallbacks import TEXTS

                reply.text = TEXTS["diagnosis" if blocked else "retry"][p.language]
            else:
                reply.text = COMPANION_LINES[p.language][k]
            if blocked:
                reply.blocked_text = "It sounds like you might have generalised anxiety disorder."
            if rng.random() < 0.4:
                reply.rating = "helpful" if rng.random() < 0.78 else "not_helpful"
                reply.rated_at = answered + timedelta(minutes=2)
            if rng.random() < 0.25:
                reply.annotation = "problem" if blocked or rng.random() < 0.15 else "good"
                reply.annotated_by, reply.annotated_at = by, answered + timedelta(days=2)
            self.insert(LlmCall, call_id=uuid.uuid4().hex, started_at=when, practice_id=self.practice.id,
                        client_id=client_id, purpose="companion", kind="stream", provider="embedded", model=MODEL,
                        privacy="local", template_id="companion.reply", template_version=2,
                        prompt_tokens=rng.randint(600, 1400), completion_tokens=rng.randint(40, 120),
                        latency_ms=float(latency), outcome=outcome, attempts=1, redaction_applied=False,
                        error=None if outcome == "ok" else "TimeoutError")
