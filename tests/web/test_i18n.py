"""Translations of the client-facing pages: every message extracted from the sources is translated in every
language's catalogue, and the pages follow the viewer (the client's preferred language in the portal, the browser's
Accept-Language before log-in, English for staff)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.pofile import read_po

from alliance.accounts.models import Role
from alliance.web import i18n
from tests.support.factories import make_client, make_practice, make_user, token_headers

ROOT = Path(__file__).resolve().parents[2]
TRANSLATED = [lang for lang in i18n.LANGUAGES if lang != i18n.DEFAULT]
KEYWORDS = {"_": None, "gettext": None, "ngettext": (1, 2), "N_": None}
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]")


def _extracted() -> dict[str | tuple[str, str], list[str]]:
    """Every message the pages can show, as `make i18n` extracts it (babel.cfg), with where it comes from."""
    with (ROOT / "babel.cfg").open() as handle:
        method_map, options_map = parse_mapping_cfg(handle)
    found: dict[str | tuple[str, str], list[str]] = {}
    for filename, lineno, message, _comments, _context in extract_from_dir(
            str(ROOT), method_map, options_map, keywords=KEYWORDS):
        key = message if isinstance(message, str) else tuple(message)
        found.setdefault(key, []).append(f"{filename}:{lineno}")
    return found


@pytest.fixture(scope="module")
def extracted() -> dict:
    return _extracted()


def _catalogue(lang: str):
    with i18n.catalogue_path(lang).open("rb") as handle:
        return read_po(handle, locale=lang)


def test_extraction_finds_the_portal_messages(extracted):
    assert "Hello, %(name)s" in extracted and "Log in" in extracted
    assert ("%(num)d working day", "%(num)d working days") in extracted


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_client_facing_message_is_translated(lang, extracted):
    catalogue = _catalogue(lang)
    problems = []
    for key, where in sorted(extracted.items(), key=lambda kv: str(kv[0])):
        msgid = key[0] if isinstance(key, tuple) else key
        entry = catalogue.get(msgid)
        english = list(key) if isinstance(key, tuple) else [key]
        if entry is None:
            problems.append(f"missing: {msgid!r} ({where[0]})")
            continue
        forms = list(entry.string) if isinstance(entry.string, (list, tuple)) else [entry.string]
        if entry.fuzzy:
            problems.append(f"fuzzy: {msgid!r}")
        if not all(form.strip() for form in forms):
            problems.append(f"empty: {msgid!r} ({where[0]})")
            continue
        if isinstance(key, tuple) != isinstance(entry.id, (list, tuple)):
            problems.append(f"plural forms differ from the source: {msgid!r}")
            continue
        for n, form in enumerate(forms):
            source = english[min(n, len(english) - 1)]
            if sorted(PLACEHOLDER.findall(form)) != sorted(PLACEHOLDER.findall(source)):
                problems.append(f"placeholders differ: {msgid!r} -> {form!r}")
            if "<" in form and "<" not in source:
                problems.append(f"markup added: {msgid!r} -> {form!r}")
    assert not problems, f"{lang}: {len(problems)} problems; run `make i18n` and translate:\n" + "\n".join(problems)


@pytest.mark.parametrize("lang", TRANSLATED)
def test_the_catalogue_loads_and_translates(lang):
    token = i18n.current_language.set(lang)
    try:
        assert i18n.gettext("Log in") != "Log in"
        assert i18n.gettext("Hello, %(name)s", name="Rosa").endswith("Rosa")
        assert "3" in i18n.ngettext("%(num)d working day", "%(num)d working days", 3)
    finally:
        i18n.current_language.reset(token)


def test_texts_shown_through_a_lookup_are_marked_for_the_catalogues(extracted):
    """The portal translates some English texts kept elsewhere (safety plan sections, crisis messages, consent
    features, exercise names) by looking them up; each must be a marked message, so a change there fails here."""
    from alliance.clients.pages import FEATURE_LABELS
    from alliance.companion.schemas import EXERCISE_KINDS
    from alliance.safety.schemas import SECTIONS
    from alliance.safety.service import MESSAGES
    from alliance.web.panels import portal_areas

    import alliance.web.app  # noqa: F401  (every domain's pages registered)

    shown = [*MESSAGES.values(), *(t for _, title, hint in SECTIONS for t in (title, hint) if t),
             *FEATURE_LABELS.values(), *EXERCISE_KINDS.values(), *(a.label for a in portal_areas())]
    assert [text for text in shown if text not in extracted] == []


def test_accept_language_picks_the_best_of_our_languages():
    assert i18n.negotiate("fr-CA,fr;q=0.9,en;q=0.8") == "fr"
    assert i18n.negotiate("zh-CN, de;q=0.5") == "de"
    assert i18n.negotiate("en;q=0.1, it;q=0.9") == "it"
    assert i18n.negotiate("pt-BR;q=0, es") == "es"
    assert i18n.negotiate("") == "en" and i18n.negotiate(None) == "en" and i18n.negotiate("*") == "en"
    assert i18n.supported("es-MX") == "es" and i18n.supported("zh") is None


async def _portal_client(session, language: str):  # noqa: ANN001, ANN202
    practice = await make_practice(session)
    clinician = await make_user(session, practice, Role.clinician)
    client = await make_client(session, practice, clinician=clinician, given_name="Rosa",
                               preferred_language=language)
    return await token_headers(session, await make_user(session, practice, Role.client, client=client))


async def test_the_portal_is_in_spanish_for_a_spanish_speaking_client(session, http):
    me = await _portal_client(session, "es")
    home = await http.get("/portal", headers=me | {"Accept-Language": "en"})  # the profile wins over the browser
    assert home.status_code == 200
    html = home.text
    assert '<html lang="es">' in html and "Hola, Rosa" in html
    assert "Cerrar sesión" in html and "Mi cuenta" in html and ">Citas<" in html and ">Mensajes<" in html
    assert "Si necesitas ayuda ahora" in html and "Log out" not in html
    account = (await http.get("/portal?area=account", headers=me)).text
    assert "Tus decisiones" in account and "Guardar mis preferencias" in account and "Contraseña actual" in account
    messages = (await http.get("/portal?area=messages", headers=me)).text
    assert "Mensajes con tu equipo de atención" in messages and "Los mensajes no son para emergencias." in messages


async def test_an_english_speaking_client_keeps_the_english_portal(session, http):
    me = await _portal_client(session, "en")
    html = (await http.get("/portal", headers=me | {"Accept-Language": "fr"})).text
    assert '<html lang="en">' in html and "Hello, Rosa" in html and "Log out" in html


async def test_the_login_page_follows_the_browser_language(session, http):
    page = await http.get("/login", headers={"Accept-Language": "fr-CA,fr;q=0.9,en;q=0.5"})
    assert page.status_code == 200
    assert '<html lang="fr">' in page.text and "Se connecter" in page.text and "Mot de passe" in page.text
    wrong = await http.post("/login", data={"email": "nobody@example.org", "password": "not the password"},
                            headers={"Accept-Language": "fr"})
    assert wrong.status_code == 401 and "Adresse e-mail ou mot de passe incorrect." in wrong.text
    english = await http.get("/login")
    assert '<html lang="en">' in english.text and "Log in" in english.text


async def test_error_pages_follow_the_browser_language(http):
    page = await http.get("/no-such-page", headers={"Accept": "text/html", "Accept-Language": "de"})
    assert page.status_code == 404 and '<html lang="de">' in page.text and "Nicht gefunden." in page.text


async def test_staff_pages_stay_in_english(session, http):
    practice = await make_practice(session)
    clinician = await make_user(session, practice, Role.clinician)
    page = await http.get("/caseload", headers=await token_headers(session, clinician) | {"Accept-Language": "es"})
    assert page.status_code == 200 and '<html lang="en">' in page.text and "Log out" in page.text
