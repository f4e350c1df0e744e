"""Demo session notes for Marisol (fictional): one signed note and one draft, from short pasted transcripts.

Drafting with the real model at seed time would be slow, so the Draft object is built here from the transcript
(sentences citing segment ids, grounded by the local grounding check) and the record says "seeded demo draft".
The risk section still comes from the real safety screen. Marisol's AI documentation consent is recorded as
given (she agreed at her second session, in this story), since the demo shows AI-drafted notes for her.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from alliance.appointments.models import Appointment
from alliance.consent import service as consent
from alliance.consent.models import Decision, Feature
from alliance.consent.schemas import DecisionCreate
from alliance.notes import pipeline, service
from alliance.notes.models import SEEDED_DEMO_DRAFT
from alliance.notes.schemas import NoteCreate
from alliance.security.audit import Actor

# Fictional sessions; any resemblance to real people is coincidental.
SESSIONS = [
    (
        """Therapist: How did the week go with the sleep plan?
Client: Better. I went to bed at eleven most nights and only woke up early twice.
Therapist: That is real progress. What about the worry at work?
Client: The Monday meeting still makes me anxious, my heart races before it starts.
Therapist: Let's practise the paced breathing now, four seconds in and six out.
Client: That helped, I feel calmer than when I came in.
Therapist: This week, try the breathing before the Monday meeting and note your anxiety from zero to ten.
Client: I can do that, and I will bring the notes next time.""",
        [
            (
                "subjective",
                "Client reports going to bed at eleven most nights and waking early only twice.",
                ["S2"],
            ),
            ("subjective", "Client reports anxiety with a racing heart before the Monday meeting.", ["S4"]),
            (
                "objective",
                "Client practised paced breathing in session and reported feeling calmer.",
                ["S5", "S6"],
            ),
            (
                "assessment",
                "Sleep is improving with the sleep plan; work-related anxiety persists.",
                ["S2", "S4"],
            ),
            (
                "plan",
                "Use paced breathing before the Monday meeting and rate anxiety from zero to ten.",
                ["S7", "S8"],
            ),
        ],
        {
            "subjective": "Marisol reports going to bed at 11 pm most nights and waking early only twice "
            "this week. "
            "She still feels anxious before the Monday team meeting, with a racing heart.",
            "objective": "Practised paced breathing (4 s in, 6 s out) in session; she reported feeling "
            "calmer afterwards.",
            "assessment": "Sleep is improving with the sleep plan; work-related anticipatory anxiety "
            "persists.",
            "plan": "Paced breathing before the Monday meeting; rate anxiety 0-10 and bring the ratings "
            "next session.",
        },
    ),
    (
        """Therapist: What would you like to focus on today?
Client: My sister is visiting and I keep snapping at her, then I feel guilty all evening.
Therapist: What goes through your mind just before you snap?
Client: That she thinks I am failing, the same thing my mother used to say.
Therapist: Let's write that thought down and look at the evidence for and against it.
Client: When I look at it, she actually said she was proud of my new job.
Therapist: Could you keep a thought record for the rest of her visit?""",
        [
            (
                "subjective",
                "Client reports snapping at her visiting sister and feeling guilty afterwards.",
                ["S2"],
            ),
            (
                "subjective",
                "Client links the reaction to the thought that her sister thinks she is failing.",
                ["S4"],
            ),
            (
                "objective",
                "Client completed a thought record in session and noted evidence against the thought.",
                ["S5", "S6"],
            ),
            ("assessment", "The client is making good use of cognitive restructuring.", []),
            ("plan", "Client will keep a thought record for the rest of her sister's visit.", ["S7"]),
        ],
        None,
    ),
]


def _draft(segments: list, sentences: list[tuple[str, str, list[str]]]) -> dict:
    from alliance.notes.drafting import Draft, Section, Sentence, screen_risk
    from alliance.notes.formats import SOAP
    from alliance.notes.grounding import Grounder

    grounder = Grounder(segments)
    verdicts = grounder.ground_many([(text, ids) for _, text, ids in sentences])
    sections = {s.name: Section(name=s.name, title=s.heading) for s in SOAP.sections}
    for (name, text, _), verdict in zip(sentences, verdicts, strict=True):
        sections[name].sentences.append(
            Sentence(
                text=text,
                evidence=list(verdict.evidence),
                supported=verdict.supported,
                support_score=round(verdict.support_score, 3),
                evidence_source="none"
                if not verdict.supported
                else ("search" if verdict.searched else "model"),
            )
        )
    return Draft(
        format="soap",
        title=SOAP.title,
        sections=list(sections.values()),
        risk=screen_risk(segments),
        model=SEEDED_DEMO_DRAFT,
        provider="demo",
        grounding=grounder.mode,
        parts=1,
        segments_total=len(segments),
        segments_read=len(segments),
    ).model_dump(mode="json")


async def seed_notes(session: AsyncSession, practice, staff) -> None:  # noqa: ANN001
    """Marisol's last two completed sessions: the older one signed, the latest one a draft to review."""
    from alliance.accounts.service import find_user_by_email

    clinician, admin = staff[1], staff[0]
    marisol = (await find_user_by_email(session, "marisol@riverside.example.org")).client_id
    await consent.record_decision(
        session,
        Actor(admin.id, "admin", practice.id),
        marisol,
        DecisionCreate(feature=Feature.ai_documentation, decision=Decision.given),
    )
    sessions = (
        (
            await session.execute(
                select(Appointment)
                .where(Appointment.client_id == marisol, Appointment.status == "completed")
                .order_by(Appointment.starts_at.desc())
                .limit(2)
            )
        )
        .scalars()
        .all()
    )
    me = Actor(clinician.id, "clinician", practice.id)
    for (text, sentences, signed_text), appt in zip(SESSIONS, reversed(sessions), strict=True):
        note = await pipeline.create_from_text(
            session, me, marisol, NoteCreate(text=text, format="soap", use_ai=False, appointment_id=appt.id)
        )
        note.use_ai = True
        await pipeline.finish_drafting(
            session, note.id, _draft(pipeline.segments_of(note), sentences), origin=SEEDED_DEMO_DRAFT
        )
        if signed_text:
            await service.update_sections(session, me, note.id, signed_text)
            await service.sign(session, me, note.id)


TRAINEE_NOTE = {
    "subjective": "Client reports sleeping about six hours a night and fewer arguments at home this week.",
    "objective": "Calm, engaged, good eye contact; GAD-7 today 9 (mild).",
    "assessment": "Worry is easing with the daily worry-time practice; no risk indicators today.",
    "plan": "Continue worry time daily; review the sleep diary next session.",
}


async def seed_trainee_note(session: AsyncSession, practice, staff, clients) -> None:  # noqa: ANN001
    """Sam Lindqvist (a trainee) signs a note for one of his clients: it waits for Dr. Abernathy's co-signature."""
    from alliance.notes.models import Note

    trainee = staff[2]
    theirs = [client_id for client_id, who in clients if who == 2]
    if not theirs or await session.scalar(select(Note.id).where(Note.author_id == trainee.id).limit(1)):
        return
    appt = (await session.execute(select(Appointment).where(
        Appointment.client_id == theirs[0], Appointment.status == "completed")
        .order_by(Appointment.starts_at.desc()).limit(1))).scalar_one_or_none()
    me = Actor(trainee.id, "clinician", practice.id)
    note = await pipeline.create_from_text(session, me, theirs[0], NoteCreate(
        text="Session summary dictated by the clinician after a weekly CBT session for worry.", source="dictation",
        format="soap", use_ai=False, appointment_id=appt.id if appt else None))
    await service.update_sections(session, me, note.id, TRAINEE_NOTE)
    await service.sign(session, me, note.id)
