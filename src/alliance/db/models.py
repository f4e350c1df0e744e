"""Imports every table so the metadata is complete (migrations, export and erasure walk it)."""

from alliance.accounts.models import ApiToken, AuthSession, LoginAttempt, User  # noqa: F401
from alliance.appointments.models import Appointment, CalendarFeed, SchedulingSettings  # noqa: F401
from alliance.clients.models import CareTeamMember, Client, ClientDemographics, ClientKey, Supervision  # noqa: F401
from alliance.consent.models import ConsentDocument, ConsentRecord  # noqa: F401
from alliance.measures.models import MeasureAdministration, MeasureAssignment  # noqa: F401
from alliance.notes.models import Note, NoteAmendment, NoteFormatTemplate, ProcessNote  # noqa: F401
from alliance.practices.models import Practice  # noqa: F401
from alliance.security.models import AuditAnchor, AuditEvent  # noqa: F401
from alliance.safety.models import AiPause, PracticeCrisisService, RiskAlert, SafetyPlan, SafetySettings  # noqa: F401
from alliance.llm.models import LlmCall, PracticePrompt, PurposeProvider  # noqa: F401
from alliance.messaging.models import Message, MessageRead, MessageThread, MessagingSettings  # noqa: F401
from alliance.companion.models import CompanionPlan, CompanionSettings, CompanionSummary, CompanionTurn, ExerciseRecord  # noqa: F401
from alliance.companion.models import CompanionFlow, CompanionScenario  # noqa: F401
from alliance.homework.models import (  # noqa: F401
    ActivityEntry, ExposureSituation, ExposureStep, HomeworkAssignment, HomeworkEntry, MoodCheckIn, SleepDiaryEntry)
from alliance.homework.reminder_models import ReminderFeed, ReminderPreference, SentReminder  # noqa: F401
from alliance.intake.models import (  # noqa: F401
    ClinicianProfile, IntakeAlert, IntakeSettings, Referral, TierChange, TriageResult)
from alliance.intake.summary_models import ReferralSummary  # noqa: F401
from alliance.plans.models import PlanDraftJob, PracticePlanTemplate, TreatmentPlan, TreatmentPlanRevision  # noqa: F401
from alliance.insights.models import ClientGroupMember, PracticeGroup  # noqa: F401
from alliance.insights.fairness_models import FairnessRun  # noqa: F401
