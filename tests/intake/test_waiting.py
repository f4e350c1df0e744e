"""While people wait: the monthly check is e-mailed once (no clinical words, in the person's language), its signed
link opens a page without an account, and worse answers re-triage the referral and reach Today."""

from __future__ import annotations

import email
import email.header
import time
from datetime import timedelta
from types import SimpleNamespace

from sqlalchemy import select

from alliance.accounts.models import Role
from alliance.config import get_settings
from alliance.db.base import utcnow
from alliance.intake import waiting
from alliance.intake.models import TriageResult
from tests.intake.test_pages import LOW, make_referral
from tests.support.factories import make_practice, make_user, token_headers
from tests.support.smtp import smtp_sink


def _settings(port: int):  # noqa: ANN202
    return get_settings().model_copy(update={"smtp_host": "127.0.0.1", "smtp_port": port, "smtp_user": None})


async def test_the_monthly_check_is_sent_once_without_clinical_words(session):
    practice = await make_practice(session, name="Lakeside Therapy")
    old = await make_referral(session, practice, given="Odile", days=35, preferred_language="fr")
    await make_referral(session, practice, given="Fresh", days=3)
    with smtp_sink() as (port, messages):
        assert await waiting.send_due(session, settings=_settings(port)) >= 1
        assert await waiting.send_due(session, settings=_settings(port)) == 0  # the job ran twice: one e-mail
    mine = [m for m in messages if "odile@example.org" in m]
    assert len(mine) == 1 and not [m for m in messages if "fresh@example.org" in m]
    sent = email.message_from_string(mine[0])
    text = str(email.header.make_header(email.header.decode_header(sent["Subject"]))) + "\n" + \
        sent.get_payload(decode=True).decode()
    assert "Lakeside Therapy" in text and "/intake/check/" in text and "liste d'attente" in text
    for word in ("PHQ", "GAD", "depress", "anxi", "Odile", "suicid", "Feeling low"):
        assert word.lower() not in text.lower(), word
    assert str(old.id) not in text  # the link is signed, not a bare id
    assert await waiting.send_due(session, settings=get_settings().model_copy(update={"smtp_host": None})) == 0


async def test_a_failed_send_is_tried_again(session):
    practice = await make_practice(session)
    await make_referral(session, practice, given="Retry", days=40)
    broken = get_settings().model_copy(update={"smtp_host": "127.0.0.1", "smtp_port": 9, "smtp_user": None})
    assert await waiting.send_due(session, settings=broken) == 0
    with smtp_sink() as (port, messages):
        assert await waiting.send_due(session, settings=_settings(port)) >= 1
    assert any("retry@example.org" in m for m in messages)


async def test_worse_answers_retriage_and_reach_today_and_a_link_answers_once(session, http):
    practice = await make_practice(session)
    me = await token_headers(session, await make_user(session, practice, Role.clinician))
    referral = await make_referral(session, practice, given="Waiting", days=32, measures=LOW)
    link = waiting.make_link(referral.id, utcnow() - timedelta(minutes=1))
    path = link.split("testserver", 1)[-1] if "testserver" in link else "/" + link.split("/", 3)[3]
    page = await http.get(path)
    assert page.status_code == 200 and "How are you while you wait?" in page.text
    assert "If you need help now" in page.text and "988" in page.text and "/read/how-therapy-works" in page.text
    assert 'name="phq9_9"' in page.text and 'name="gad7_7"' in page.text and 'name="cssrs_1"' not in page.text
    missing = await http.post(path, data={"phq9_1": "3"})
    assert missing.status_code == 400 and 'href="#f-phq9_2"' in missing.text and 'value="3"\n' not in missing.text
    worse = {f"phq9_{n}": "2" for n in range(1, 9)} | {"phq9_9": "1"} | {f"gad7_{n}": "2" for n in range(1, 8)}
    done = await http.post(path, data=worse)
    assert done.status_code == 200 and "things have become harder" in done.text
    triage = (await session.execute(select(TriageResult).where(TriageResult.referral_id == referral.id)
                                    .order_by(TriageResult.created_at.desc()))).scalars().first()
    assert triage.trigger == waiting.ROSE and triage.by == "retriage"
    await session.refresh(referral)
    assert referral.answers["phq9"]["phq9_9"] == 1
    today = (await http.get("/today", headers=me)).text
    assert "Worse while waiting" in today and "Waiting Tester" in today
    again = await http.post(path, data=worse)
    assert again.status_code == 409 and "already been sent" in again.text
    reading = await http.get(path + "/read/how-therapy-works")
    assert reading.status_code == 200 and "<h" in reading.text
    assert (await http.get(path + "/read/not-listed")).status_code == 404


async def test_an_altered_expired_or_finished_link_is_not_found(session, http, monkeypatch):
    import itsdangerous.timed

    practice = await make_practice(session)
    referral = await make_referral(session, practice, days=40)
    token = waiting.make_link(referral.id, utcnow()).rsplit("/", 1)[-1]
    altered = await http.get(f"/intake/check/{token[:-3]}xyz", headers={"Accept": "text/html"})
    assert altered.status_code == 404 and "This link is not valid" in altered.text
    with monkeypatch.context() as patch:  # a link signed more than LINK_DAYS ago
        old = time.time() - (waiting.LINK_DAYS + 1) * 86400
        patch.setattr(itsdangerous.timed, "time", SimpleNamespace(time=lambda: old))
        expired = waiting.make_link(referral.id, utcnow()).rsplit("/", 1)[-1]
    page = await http.get(f"/intake/check/{expired}", headers={"Accept": "text/html", "Accept-Language": "es"})
    assert page.status_code == 404 and "Este enlace ha caducado" in page.text
    assert (await http.get(f"/intake/check/{token}")).status_code == 200
    referral.status = "closed"
    await session.flush()
    gone = await http.get(f"/intake/check/{token}", headers={"Accept": "text/html"})
    assert gone.status_code == 404 and "no longer needed" in gone.text
