"""The public self-referral page: in the person's language, refusing bots (honeypot, too fast, bad or replayed
token) and floods (per address) with clear messages and the answers kept, and answering an emergency with the
crisis lines of the person's country while the on-call clinician is alerted."""

from __future__ import annotations

import re
import time

import pytest
from sqlalchemy import select

from alliance.accounts.models import Role
from alliance.intake import botcheck
from alliance.intake.models import IntakeAlert, Referral
from alliance.safety import service as safety
from tests.support.factories import actor, make_practice, make_user

ROUTINE_PHQ9 = [1, 1, 1, 0, 1, 0, 0, 0, 0]
ROUTINE_GAD7 = [1, 0, 1, 0, 0, 1, 0]


@pytest.fixture(autouse=True)
def _fresh_limits():
    """The per-address limit and the used-token memory live in the process: each test starts clean."""
    botcheck.limiter.clear()
    botcheck.used.clear()
    yield
    botcheck.limiter.clear()


def referral_form(practice, *, shown_ago: float = 60, **overrides) -> dict[str, str]:  # noqa: ANN001
    """A complete, valid self-referral as the browser posts it (its form token shown a minute ago)."""
    form = {
        "form_token": botcheck.issue(str(practice.id), first_shown=time.time() - shown_ago), "website": "",
        "lang": "en", "consent": "yes", "given_name": "Robin", "family_name": "Ashdown",
        "email": "robin@example.org", "phone": "", "birth_date": "1991-03-04", "country": "US", "language": "en",
        "contact_times": "mornings", "text": "I have been feeling flat and tired since the winter.",
        "harm_others_thoughts": "no", "child_at_risk": "no", "unsafe_at_home": "no", "trauma_disrupts_life": "no",
        "modality": "video", "clinician_gender": "", "clinician_language": "",
    }
    form |= {f"phq9_{n}": str(v) for n, v in enumerate(ROUTINE_PHQ9, start=1)}
    form |= {f"gad7_{n}": str(v) for n, v in enumerate(ROUTINE_GAD7, start=1)}
    form |= {"cssrs_1": "0", "cssrs_2": "0", "cssrs_6": "0"}
    return form | overrides


async def test_the_form_follows_the_browser_and_the_language_picker(session, http):
    practice = await make_practice(session, name="Harbour Psychology")
    page = await http.get(f"/refer/{practice.slug}", headers={"Accept-Language": "fr-FR,fr;q=0.9"})
    assert page.status_code == 200
    html = page.text
    assert '<html lang="fr">' in html and "Harbour Psychology" in html
    assert "Votre vie privée" in html and 'name="consent"' in html and 'name="form_token"' in html
    # PHQ-9 ships English and Spanish wording only: in French it says so, and the items keep lang="en".
    assert "Ce questionnaire est en anglais" in html and 'aria-labelledby="q-phq9-h" lang="en"' in html
    assert "Répondez aux questions 3, 4 et 5 uniquement si" in html  # C-SSRS skip logic without JavaScript
    assert '<option value="FR" selected>France</option>' in html  # the country from the browser's fr-FR
    spanish = (await http.get(f"/refer/{practice.slug}?lang=es", headers={"Accept-Language": "fr"})).text
    assert '<html lang="es">' in spanish and 'aria-labelledby="q-phq9-h" lang="es"' in spanish
    assert "Poco interés o placer en hacer cosas" in spanish
    by_id = await http.get(f"/refer/{practice.id}")
    assert by_id.status_code == 200 and '<html lang="en">' in by_id.text
    assert (await http.get("/refer/no-such-practice", headers={"Accept": "text/html"})).status_code == 404


async def test_a_routine_referral_is_stored_triaged_and_thanked(session, http):
    practice = await make_practice(session)
    page = await http.post(f"/refer/{practice.slug}", data=referral_form(practice))
    assert page.status_code == 200, page.text[-2000:]
    assert "your referral has been sent" in page.text and "If things get worse while you wait" in page.text
    assert "988" in page.text  # the US crisis line, in case things get worse
    referral = (await session.execute(select(Referral).where(Referral.practice_id == practice.id))).scalar_one()
    assert referral.source == "self" and referral.tier == "routine" and referral.status == "waiting"
    assert referral.given_name == "Robin" and b"Robin" not in referral.given_name_ct  # stored encrypted
    assert referral.answers["phq9"]["phq9_1"] == 1 and referral.preferences["modality"] == "video"


async def test_the_honeypot_refuses_with_the_answers_kept(session, http):
    practice = await make_practice(session)
    page = await http.post(f"/refer/{practice.slug}", data=referral_form(practice, website="http://spam.example"))
    assert page.status_code == 400
    assert "a field meant to stay empty was filled in" in page.text
    assert "flat and tired since the winter" in page.text and 'value="Robin"' in page.text
    assert 'name="phq9_1" value="1" id="f-phq9_1" checked' not in page.text  # (value 0 is the first option)
    assert re.search(r'name="phq9_1" value="1"\s*checked', page.text)
    assert (await session.execute(select(Referral).where(Referral.practice_id == practice.id))).first() is None


async def test_a_form_sent_too_fast_is_refused_and_the_clock_keeps_running(session, http):
    practice = await make_practice(session)
    page = await http.post(f"/refer/{practice.slug}", data=referral_form(practice, shown_ago=0.5))
    assert page.status_code == 400 and "sent too quickly to have been read" in page.text
    assert 'value="robin@example.org"' in page.text
    # The form comes back with a new token that keeps the first showing's time: resent later, it goes through.
    token = re.search(r'name="form_token" value="([^"]+)"', page.text).group(1)
    assert botcheck.first_shown(token) is not None and botcheck.first_shown(token) < time.time() - 0.4


async def test_a_missing_forged_or_replayed_token_is_refused(session, http):
    practice = await make_practice(session)
    other = await make_practice(session)
    missing = await http.post(f"/refer/{practice.slug}", data=referral_form(practice, form_token=""))
    assert missing.status_code == 400 and "missing its security token" in missing.text
    forged = await http.post(f"/refer/{practice.slug}", data=referral_form(practice, form_token="abc.def.ghi"))
    assert forged.status_code == 400 and "security token is not valid" in forged.text
    foreign = await http.post(f"/refer/{practice.slug}", data=referral_form(other))
    assert foreign.status_code == 400 and "belongs to another page" in foreign.text
    form = referral_form(practice)
    assert (await http.post(f"/refer/{practice.slug}", data=form)).status_code == 200
    again = await http.post(f"/refer/{practice.slug}", data=form)
    assert again.status_code == 400 and "already been sent" in again.text


async def test_too_many_referrals_from_one_address_are_refused(session, http):
    practice = await make_practice(session)
    for _ in range(botcheck.SUBMISSIONS_PER_HOUR):
        await http.post(f"/refer/{practice.slug}", data=referral_form(practice, website="bot"))
    page = await http.post(f"/refer/{practice.slug}", data=referral_form(practice))
    assert page.status_code == 429 and int(page.headers["Retry-After"]) > 0
    assert "Too many referrals have been sent from this connection" in page.text and 'value="Robin"' in page.text
    # Another practice's page counts separately.
    other = await make_practice(session)
    assert (await http.post(f"/refer/{other.slug}", data=referral_form(other))).status_code == 200


async def test_missing_answers_come_back_tied_to_their_fields(session, http):
    practice = await make_practice(session)
    form = referral_form(practice, email="not-an-address", consent="", lang="de")
    del form["phq9_3"], form["harm_others_thoughts"]
    form["cssrs_2"] = "1"  # yes to 2: questions 3 to 5 must be answered
    page = await http.post(f"/refer/{practice.slug}", data=form, headers={"Accept-Language": "fr"})
    assert page.status_code == 400
    html = page.text
    assert 'id="error-summary"' in html and '<a href="#f-phq9_3">' in html
    assert 'id="err-phq9_3"' in html and 'aria-describedby="err-phq9_3"' in html
    assert 'id="err-email"' in html and 'aria-invalid="true"' in html
    for name in ("consent", "harm_others_thoughts", "cssrs_3", "cssrs_4", "cssrs_5"):
        assert f'id="err-{name}"' in html, name
    assert "cssrs_6_recent" not in re.findall(r'id="err-([a-z0-9_]+)"', html)
    assert "Bitte beantworten Sie diese Frage." in html  # in the language of the page that was sent
    assert "flat and tired since the winter" in html


async def test_an_emergency_shows_the_countrys_crisis_lines_and_alerts_the_on_call_clinician(session, http):
    practice = await make_practice(session, country="US")
    admin = await make_user(session, practice, Role.admin)
    on_call = await make_user(session, practice, Role.clinician)
    await make_user(session, practice, Role.clinician)
    await safety.set_on_call(session, actor(admin), on_call.id)
    form = referral_form(practice, lang="fr", language="fr", country="FR",
                         text="J'ai un plan : ce soir je vais prendre tous mes médicaments pour en finir.")
    page = await http.post(f"/refer/{practice.slug}", data=form)
    assert page.status_code == 200, page.text[-2000:]
    html = page.text
    assert '<html lang="fr">' in html and "Demandez de l&#39;aide maintenant" in html
    assert "France" in html and "3114" in html and 'href="tel:112"' in html  # the French line, the emergency number
    referral = (await session.execute(select(Referral).where(Referral.practice_id == practice.id))).scalar_one()
    assert referral.tier == "emergency"
    alert = (await session.execute(select(IntakeAlert).where(IntakeAlert.referral_id == referral.id))).scalar_one()
    assert alert.assigned_to == on_call.id and alert.on_call and alert.status == "open"
