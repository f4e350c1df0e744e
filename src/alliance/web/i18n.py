"""Translations of the client-facing pages (gettext catalogues under `web/locale`).

Pages call `_("...")` in templates (and `gettext` in Python); the language comes from the viewer through a context
variable set once per request (`LanguageMiddleware` from the browser's Accept-Language, then `use_viewer_language`
when the viewer is known: a client's preferred language in the portal, English for staff), so one template serves
all six languages. A message without a translation falls back to English.

The catalogues are the `.po` files themselves, read with Babel when a language is first used, so a fresh clone or
`pip install -e` needs no compile step. `make i18n` extracts the messages and updates the catalogues
(docs/translations.md).
"""

from __future__ import annotations

import gettext as _gettext
import io
from contextvars import ContextVar
from functools import cache
from pathlib import Path
from typing import Any

from markupsafe import Markup, escape

LANGUAGES = ("en", "es", "fr", "de", "pt", "it")
DEFAULT = "en"
DOMAIN = "alliance"
LOCALE_DIR = Path(__file__).parent / "locale"

current_language: ContextVar[str] = ContextVar("current_language", default=DEFAULT)


def catalogue_path(lang: str) -> Path:
    """Where the catalogue of `lang` lives."""
    return LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


@cache
def translations(lang: str) -> _gettext.NullTranslations:
    """The catalogue for `lang` (an identity translation for English or a missing catalogue).

    Fuzzy and empty entries are left out, so an unfinished translation shows the English text, never a guess.
    """
    path = catalogue_path(lang)
    if lang == DEFAULT or not path.is_file():
        return _gettext.NullTranslations()
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with path.open("rb") as handle:
        catalog = read_po(handle, locale=lang, domain=DOMAIN)
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    buffer.seek(0)
    return _gettext.GNUTranslations(buffer)


def N_(message: str) -> str:  # noqa: N802 - the usual gettext marker name
    """Mark a message for extraction without translating it (it is translated where it is shown)."""
    return message


def _fill(text: str, params: dict[str, object]) -> str:
    """`text % params`; when a parameter is markup (a link, bold words) the result is markup, the rest escaped."""
    if any(isinstance(v, Markup) for v in params.values()):
        return escape(text) % params
    return text % params


def gettext(message: str, **params: object) -> str:
    """`message` in the current language, with `%(name)s` parameters filled in when given."""
    if not message:
        return message  # gettext("") would be the catalogue's header
    text = translations(current_language.get()).gettext(message)
    return _fill(text, params) if params else text


def ngettext(singular: str, plural: str, n: int, **params: object) -> str:
    """The singular or plural form for `n` in the current language; `%(num)d` is `n`."""
    text = translations(current_language.get()).ngettext(singular, plural, n)
    return _fill(text, {"num": n, **params})


# --- choosing the language -------------------------------------------------------------------------------------


def supported(lang: str | None) -> str | None:
    """`lang` (or its primary subtag: 'es-MX' -> 'es') when the portal is translated into it, else None."""
    if not lang:
        return None
    primary = lang.strip().replace("_", "-").split("-")[0].lower()
    return primary if primary in LANGUAGES else None


def negotiate(accept_language: str | None) -> str:
    """The best of our languages for an Accept-Language header (RFC 9110 quality values); English by default."""
    best, best_q = DEFAULT, 0.0
    for part in (accept_language or "").split(",")[:20]:
        tag, _, params = part.strip().partition(";")
        q = 1.0
        for param in params.split(";"):
            name, _, value = param.strip().partition("=")
            if name.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        lang = supported(tag) if tag.strip() != "*" else None
        # Equal weights keep the browser's order (the earlier tag wins).
        if lang is not None and q > best_q and q > 0:
            best, best_q = lang, q
    return best


def use_language(lang: str) -> None:
    """Show the rest of this request in `lang` (one of LANGUAGES)."""
    current_language.set(lang if lang in LANGUAGES else DEFAULT)


async def use_viewer_language(session: Any, user: Any) -> None:
    """Once the viewer is known: a client sees the portal in their preferred language (English when it is not one
    of ours); staff pages stay in English."""
    if user.role != "client" or user.client_id is None:
        use_language(DEFAULT)
        return
    from sqlalchemy import select

    from alliance.clients.models import Client

    preferred = (await session.execute(select(Client.preferred_language).where(Client.id == user.client_id))
                 ).scalar_one_or_none()
    use_language(supported(preferred) or DEFAULT)


class LanguageMiddleware:
    """Before anyone is known (log-in, MFA, password pages, error pages), the browser's Accept-Language chooses."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        header = next((v.decode("latin-1") for k, v in scope.get("headers", ()) if k == b"accept-language"), None)
        token = current_language.set(negotiate(header))
        try:
            await self.app(scope, receive, send)
        finally:
            current_language.reset(token)
