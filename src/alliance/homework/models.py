"""Between-session practice: homework the clinician assigns and what the client did, and the clinical tools a client
keeps (mood check-ins, an exposure hierarchy, a sleep diary, an activity and mood log).

Everything a client writes in their own words is sealed with the client's data key and carries the crisis screen's
verdict (the level, the screen's version and the alert it raised), as messages and exercises do.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import JSON, ForeignKey, LargeBinary, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from alliance.db.base import AuthoredMixin, Base, IdMixin, TimestampMixin
from alliance.security.crypto import Encrypted


class ScreenedMixin:
    """The crisis screen's highest level over a row's free text, its version, and the alert it raised (if any)."""

    screen_level: Mapped[str | None] = mapped_column(String(10), default=None)
    screen_version: Mapped[str | None] = mapped_column(String(80), default=None)
    alert_id: Mapped[uuid.UUID | None] = mapped_column(default=None)  # safety's risk_alerts.id (another branch)


class HomeworkAssignment(IdMixin, AuthoredMixin, Base):
    """Something the clinician asked the client to do between sessions: once, daily, weekly or by a date.

    Dates are the client's local calendar days (their time zone, else the practice's).
    """

    __tablename__ = "homework_assignments"

    practice_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("practices.id"), index=True)
    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(40))  # see schemas.KINDS
    schedule: Mapped[str] = mapped_column(String(10))  # once | daily | weekly | by_date
    starts_on: Mapped[date]
    due_on: Mapped[date | None] = mapped_column(default=None)  # by_date: the day it is due
    ends_on: Mapped[date | None] = mapped_column(default=None)  # daily/weekly: the last day (optional)
    status: Mapped[str] = mapped_column(String(10), default="active")  # active | ended
    ended_at: Mapped[datetime | None] = mapped_column(default=None)
    # The clinician's own words: a note to the client, and the questions of a journal or the scenario to practise.
    note_ct: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    prompts_ct: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)

    note = Encrypted("note_ct")
    prompts_json = Encrypted("prompts_ct")  # JSON list of strings


class HomeworkEntry(IdMixin, TimestampMixin, ScreenedMixin, Base):
    """One completion of an assignment, for one period (the day, the week, or the whole of a one-off task).

    The answers live with the record they made: a companion exercise record (thought record, breathing...), a tool's
    row (a sleep diary night, an exposure step...), or here in `data_json` for the forms only homework has (worry
    log, journal, communication practice).
    """

    __tablename__ = "homework_entries"

    practice_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("practices.id"), index=True)
    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    assignment_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("homework_assignments.id", ondelete="CASCADE"),
                                                     index=True)
    kind: Mapped[str] = mapped_column(String(40))
    period_start: Mapped[date]  # the first day of the period this completion counts for
    completed_at: Mapped[datetime]
    exercise_id: Mapped[uuid.UUID | None] = mapped_column(default=None)  # companion_exercises.id (another branch)
    record_id: Mapped[uuid.UUID | None] = mapped_column(default=None)  # the tool's row (sleep night, step, ...)
    data_ct: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)

    data_json = Encrypted("data_ct")


class MoodCheckIn(IdMixin, TimestampMixin, ScreenedMixin, Base):
    """A short check-in: mood 0-10, emotions from a fixed list, an optional note."""

    __tablename__ = "mood_checkins"

    practice_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("practices.id"), index=True)
    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    day: Mapped[date] = mapped_column(index=True)
    mood: Mapped[int]
    emotions: Mapped[list[str]] = mapped_column(JSON, default=list)  # keys of schemas.EMOTIONS (not free text)
    note_ct: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)

    note = Encrypted("note_ct")


class ExposureSituation(IdMixin, TimestampMixin, ScreenedMixin, Base):
    """A rung of the client's exposure hierarchy: a feared situation and how distressing it is (SUDS 0-100)."""

    __tablename__ = "exposure_situations"

    practice_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("practices.id"), index=True)
    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    suds: Mapped[int]  # the expected distress when the hierarchy was built
    archived_at: Mapped[datetime | None] = mapped_column(default=None)
    situation_ct: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)

    situation = Encrypted("situation_ct")


class ExposureStep(IdMixin, TimestampMixin, ScreenedMixin, Base):
    """One attempt at a situation: the day, SUDS before and after (and at the peak), minutes stayed, a note."""

    __tablename__ = "exposure_steps"

    practice_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("practices.id"), index=True)
    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    situation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("exposure_situations.id", ondelete="CASCADE"),
                                                    index=True)
    day: Mapped[date]
    suds_before: Mapped[int]
    suds_peak: Mapped[int | None] = mapped_column(default=None)
    suds_after: Mapped[int]
    minutes: Mapped[int | None] = mapped_column(default=None)
    note_ct: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)

    note = Encrypted("note_ct")


class SleepDiaryEntry(IdMixin, TimestampMixin, ScreenedMixin, Base):
    """One night of the Consensus Sleep Diary's core items (Carney et al., Sleep 2012;35(2):287-302).

    `day` is the morning the diary is filled in; times are local clock times ("HH:MM"). The minutes in bed, asleep
    and the sleep efficiency are computed when the night is saved and stored beside the answers.
    """

    __tablename__ = "sleep_diary"
    __table_args__ = (UniqueConstraint("client_id", "day", name="sleep_diary_one_night"),)

    practice_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("practices.id"), index=True)
    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    day: Mapped[date]
    bed_time: Mapped[str] = mapped_column(String(5))  # 1. what time did you get into bed?
    try_sleep_time: Mapped[str] = mapped_column(String(5))  # 2. what time did you try to go to sleep?
    sleep_latency: Mapped[int]  # 3. how long did it take you to fall asleep (minutes)?
    awakenings: Mapped[int]  # 4. how many times did you wake up, not counting your final awakening?
    wake_minutes: Mapped[int]  # 5. in total, how long did these awakenings last (minutes)?
    final_wake_time: Mapped[str] = mapped_column(String(5))  # 6. what time was your final awakening?
    out_of_bed_time: Mapped[str] = mapped_column(String(5))  # 7. what time did you get out of bed for the day?
    quality: Mapped[int]  # 8. how would you rate the quality of your sleep? 1 very poor .. 5 very good
    time_in_bed: Mapped[int]  # minutes, computed
    total_sleep: Mapped[int]  # minutes, computed
    efficiency: Mapped[float]  # percent, computed: total sleep / time in bed
    comments_ct: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)  # 9. comments

    comments = Encrypted("comments_ct")


class ActivityEntry(IdMixin, TimestampMixin, ScreenedMixin, Base):
    """Behavioural activation's activity and mood log: what the client did, when, and mood, pleasure, mastery."""

    __tablename__ = "activity_log"

    practice_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("practices.id"), index=True)
    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    day: Mapped[date]
    at_time: Mapped[str | None] = mapped_column(String(5), default=None)
    mood: Mapped[int]  # 0 very low .. 10 very good
    pleasure: Mapped[int | None] = mapped_column(default=None)  # 0-10
    mastery: Mapped[int | None] = mapped_column(default=None)  # 0-10 (a sense of achievement)
    activity_ct: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    note_ct: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)

    activity = Encrypted("activity_ct")
    note = Encrypted("note_ct")
