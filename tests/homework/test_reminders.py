"""Between-session reminders: when they fall (the client's zone across clock changes, quiet hours wrapping
midnight), which days each schedule reminds, one PHI-free e-mail a day in the client's language, and the
settings page."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from email import message_from_string
from email.policy import default
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from alliance.config import get_settings
from alliance.homework import reminders, tools
from alliance.homework.models import HomeworkAssignment
from alliance.homework.reminder_models import ReminderPreference, SentReminder
from alliance.homework.schemas import CheckInCreate
from alliance.security.models import AuditEvent
from tests.homework.world import assign, world
from tests.support.factories import actor, token_headers
from tests.support.smtp import smtp_sink

UTC = timezone.utc
MADRID = ZoneInfo("Europe/Madrid")


def prefs(zone: str = "Europe/Madrid", at: str = "18:00", quiet: tuple[str, str] = ("21:00", "08:00"),
          ) -> reminders.Prefs:
    return reminders.Prefs(zone=zone, own_zone=None, quiet_start=time.fromisoformat(quiet[0]),
                           quiet_end=time.fromisoformat(quiet[1]), remind_at=time.fromisoformat(at),
                           by_email=True)


def homework(schedule: str, starts: date, **extra) -> HomeworkAssignment:
    return HomeworkAssignment(kind="check-in", schedule=schedule, starts_on=starts, status="active", **extra)


def _settings(port: int):  # noqa: ANN202
    return get_settings().model_copy(update={"smtp_host": "127.0.0.1", "smtp_port": port,
                                             "base_url": "https://alliance.example.org"})


# --- when ---------------------------------------------------------------------------------------------------

def test_the_reminder_keeps_its_local_time_across_a_clock_change():
    p = prefs()
    # Spain moves to summer time on 28 March 2027: 18:00 is 17:00 UTC the day before and 16:00 UTC that day.
    before = reminders.reminder_moment(date(2027, 3, 27), p)
    after = reminders.reminder_moment(date(2027, 3, 28), p)
    assert (before.hour, after.hour) == (18, 18)
    assert before.astimezone(UTC).hour == 17 and after.astimezone(UTC).hour == 16
    autumn = reminders.reminder_moment(date(2027, 11, 7), prefs("America/New_York"))  # back to EST that day
    assert autumn.astimezone(UTC) == datetime(2027, 11, 7, 23, 0, tzinfo=UTC)
    # A clock time the change skips (02:30 does not exist that night) comes an hour later.
    skipped = reminders.reminder_moment(date(2027, 3, 28), prefs(at="02:30", quiet=("12:00", "13:00")))
    assert skipped.astimezone(MADRID).strftime("%H:%M") == "03:30"


def test_quiet_hours_wrapping_midnight_defer_the_reminder_to_their_end():
    assert reminders.in_quiet(time(21, 0), time(21, 0), time(8, 0))
    assert reminders.in_quiet(time(2, 0), time(21, 0), time(8, 0))
    assert not reminders.in_quiet(time(8, 0), time(21, 0), time(8, 0))
    assert not reminders.in_quiet(time(20, 59), time(21, 0), time(8, 0))
    late = reminders.reminder_moment(date(2027, 3, 27), prefs(at="22:30", quiet=("21:00", "07:00")))
    assert late == datetime(2027, 3, 28, 7, 0, tzinfo=MADRID)  # the next morning, in summer time
    assert late.astimezone(UTC) == datetime(2027, 3, 28, 5, 0, tzinfo=UTC)
    early = reminders.reminder_moment(date(2027, 6, 1), prefs(at="06:00", quiet=("21:00", "07:00")))
    assert early == datetime(2027, 6, 1, 7, 0, tzinfo=MADRID)
    lunch = reminders.reminder_moment(date(2027, 6, 1), prefs(at="14:00", quiet=("13:00", "15:00")))
    assert lunch == datetime(2027, 6, 1, 15, 0, tzinfo=MADRID)
    assert reminders.reminder_moment(date(2027, 6, 1), prefs()) == datetime(2027, 6, 1, 18, 0, tzinfo=MADRID)


def test_the_job_waits_out_the_quiet_hours_and_never_sends_a_stale_reminder():
    p = prefs(at="22:30", quiet=("21:00", "07:00"))
    assert reminders.pending_day(p, datetime(2027, 6, 1, 22, 31, tzinfo=MADRID)) is None  # quiet: wait
    assert reminders.pending_day(p, datetime(2027, 6, 2, 7, 1, tzinfo=MADRID)) == date(2027, 6, 1)
    assert reminders.pending_day(p, datetime(2027, 6, 2, 14, 0, tzinfo=MADRID)) is None  # seven hours late
    q = prefs()
    assert reminders.pending_day(q, datetime(2027, 6, 1, 17, 59, tzinfo=MADRID)) is None
    assert reminders.pending_day(q, datetime(2027, 6, 1, 18, 0, tzinfo=MADRID)) == date(2027, 6, 1)


def test_each_schedule_reminds_on_its_days_until_done():
    start = date(2027, 6, 7)
    days = [start + timedelta(days=n) for n in range(15)]

    def on(a: HomeworkAssignment) -> list[int]:
        return [n for n, d in enumerate(days) if reminders.reminds_on(a, d)]

    assert on(homework("daily", start, ends_on=start + timedelta(days=3))) == [0, 1, 2, 3]
    assert on(homework("weekly", start)) == [0, 6, 7, 13, 14]  # the first and last day of each week
    assert on(homework("once", start)) == [0, 7, 14]
    assert on(homework("by_date", start, due_on=start + timedelta(days=5))) == [0, 4, 5]
    ended = homework("daily", start)
    ended.status = "ended"
    assert on(ended) == []
    weekly = homework("weekly", start)
    weekly.id = "w"
    assert reminders.due_on([weekly], {"w": {start}}, start + timedelta(days=6)) == []  # this week's is done
    assert reminders.due_on([weekly], {"w": {start}}, start + timedelta(days=7)) == [weekly]


def test_the_email_says_nothing_about_the_care_in_the_clients_language():
    settings = _settings(25)
    english = reminders.reminder_message(settings, "rosa@example.org", "en")
    spanish = reminders.reminder_message(settings, "rosa@example.org", "es")
    assert english["Subject"] == "A reminder from your portal"
    assert "Hello, you have something to do in your portal today:" in english.get_content()
    assert spanish["Subject"] != english["Subject"] and "portal" in spanish.get_content()
    assert "https://alliance.example.org/portal" in spanish.get_content()
    assert reminders.reminder_message(settings, "x@example.org", "zz")["Subject"] == english["Subject"]


# --- the e-mail job -----------------------------------------------------------------------------------------

async def test_one_email_a_day_at_the_reminder_time_even_when_the_job_runs_twice(session):
    practice, clinician, client, portal = await world(session, preferred_language="es",
                                                      email="rosa@example.org")
    client.timezone = "America/New_York"
    await session.flush()
    await assign(session, clinician, client, "check-in", "daily", note="Notice the panic before the meeting")
    await assign(session, clinician, client, "thought-record", "weekly")
    p = await reminders.preferences(session, client)
    today = datetime.now(ZoneInfo("America/New_York")).date()
    moment = reminders.reminder_moment(today, p)
    assert (moment.hour, moment.minute) == (18, 0)
    with smtp_sink() as (port, messages):
        settings = _settings(port)
        assert await reminders.send_due(session, settings=settings, now=moment - timedelta(minutes=1)) == 0
        assert await reminders.send_due(session, settings=settings, now=moment + timedelta(minutes=1)) == 1
        assert await reminders.send_due(session, settings=settings, now=moment + timedelta(minutes=2)) == 0
        assert await reminders.send_due(session, settings=settings, now=moment + timedelta(hours=2)) == 0
        tomorrow = reminders.reminder_moment(today + timedelta(days=1), p)
        assert await reminders.send_due(session, settings=settings, now=tomorrow + timedelta(minutes=5)) == 1
        assert len(messages) == 2
    mail = message_from_string(messages[0], policy=default)
    assert mail["To"] == "rosa@example.org" and mail["Subject"] == "Un recordatorio de tu portal"
    text = messages[0] + mail.get_body().get_content()
    assert "https://alliance.example.org/portal" in text
    for clinical in ("panic", "Notice", "check-in", "Check-in", "thought", "Registro", "estado de", "Rosa",
                     "Reyes", "Test Practice", "homework"):
        assert clinical not in text, clinical
    sent = (await session.execute(select(SentReminder.day, SentReminder.sent_at)
                                  .order_by(SentReminder.day))).all()
    assert [d for d, _ in sent] == [today, today + timedelta(days=1)] and all(at for _, at in sent)
    events = (await session.execute(select(AuditEvent.client_id)
                                    .where(AuditEvent.action == "homework.remind"))).all()
    assert events == [(client.id,), (client.id,)]


async def test_no_email_when_off_without_smtp_when_done_or_when_the_server_is_down(session):
    _, clinician, client, portal = await world(session)
    await assign(session, clinician, client, "check-in", "daily")
    p = await reminders.preferences(session, client)
    now = reminders.reminder_moment(datetime.now(ZoneInfo(p.zone)).date(), p) + timedelta(minutes=1)
    assert await reminders.send_due(session, settings=get_settings().model_copy(update={"smtp_host": None}),
                                    now=now) == 0
    with smtp_sink() as (port, _):
        closed = port
    assert await reminders.send_due(session, settings=_settings(closed), now=now) == 0  # nobody listens
    assert await session.scalar(select(func.count()).select_from(SentReminder)) == 0
    with smtp_sink() as (port, messages):
        client.reminders_by_email = False
        await session.flush()
        assert await reminders.send_due(session, settings=_settings(port), now=now) == 0
        client.reminders_by_email = True
        await tools.check_in(session, actor(portal), CheckInCreate(mood=6))  # today's check-in is done
        await session.flush()
        assert await reminders.send_due(session, settings=_settings(port), now=now) == 0
        assert messages == []


# --- the settings page --------------------------------------------------------------------------------------

async def test_the_settings_form_validates_and_a_mistake_loses_nothing(session, http):
    _, _, client, portal = await world(session)
    me = await token_headers(session, portal)
    page = await http.get("/portal/reminders", headers=me)
    assert page.status_code == 200
    assert 'value="18:00"' in page.text and 'value="21:00"' in page.text and 'value="08:00"' in page.text
    typed = {"timezone": "Mars/Olympus_Mons", "remind_at": "07:15", "quiet_start": "22:00",
             "quiet_end": "06:30"}
    bad = await http.post("/portal/reminders", headers=me, data=typed)
    assert bad.status_code == 400
    assert "Time zone for reminders: Mars/Olympus_Mons is not a time zone we know" in bad.text
    for kept in ('value="07:15"', 'value="Mars/Olympus_Mons"', 'value="06:30"'):
        assert kept in bad.text
    same = await http.post("/portal/reminders", headers=me,
                           data=typed | {"timezone": "", "quiet_end": "22:00"})
    assert same.status_code == 400 and "start and end at the same time" in same.text
    late = await http.post("/portal/reminders", headers=me,
                           data=typed | {"timezone": "", "remind_at": "25:00"})
    assert late.status_code == 400 and "Reminder time: write a time as HH:MM" in late.text
    assert await session.scalar(select(func.count()).select_from(ReminderPreference)) == 0
    await session.refresh(client)
    assert client.reminders_by_email is True  # the unticked box was not saved either

    good = await http.post("/portal/reminders", headers=me, data=typed | {"timezone": "Asia/Tokyo"})
    assert good.status_code == 303 and good.headers["location"] == "/portal/reminders?saved=1"
    saved = await session.get(ReminderPreference, client.id)
    await session.refresh(saved)
    await session.refresh(client)
    assert (saved.timezone, saved.remind_at, saved.quiet_start, saved.quiet_end) == (
        "Asia/Tokyo", "07:15", "22:00", "06:30")
    assert client.reminders_by_email is False
    p = await reminders.preferences(session, client)
    assert p.zone == "Asia/Tokyo" and not p.by_email
    after = (await http.get("/portal/reminders?saved=1", headers=me)).text
    assert "Your reminder choices are saved." in after and 'value="Asia/Tokyo"' in after
    assert "reminders.preferences" in (await session.execute(select(AuditEvent.action).where(
        AuditEvent.client_id == client.id))).scalars().all()


async def test_the_portal_lists_what_is_due_today_and_how_reminders_come(session, http):
    _, clinician, client, portal = await world(session, preferred_language="es")
    await assign(session, clinician, client, "journal", "daily", prompts=["What went well?"])
    me = await token_headers(session, portal)
    home = (await http.get("/portal", headers=me)).text
    assert 'id="due-today"' in home and "Para hoy" in home and "/portal/reminders" in home
    practice = (await http.get("/portal?area=practice", headers=me)).text
    assert 'id="reminders"' in practice and "18:00" in practice
    assert (await http.get("/portal/reminders", headers=me)).text.count("<h1>") == 1
    staff = await token_headers(session, clinician)
    assert (await http.get("/portal/reminders", headers=staff)).status_code == 403
