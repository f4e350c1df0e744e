"""The public self-referral page of a practice (/refer/{slug}): no account, in the person's language, protected
from bots and floods (botcheck), and answered at once with crisis lines when the triage says emergency."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response
from sqlalchemy.ext.asyncio import AsyncSession

from alliance.errors import AllianceError
from alliance.intake import botcheck, forms, service
from alliance.practices.models import Practice
from alliance.web import i18n
from alliance.web.deps import DB, client_address
from alliance.web.i18n import gettext
from alliance.web.templates import render

log = logging.getLogger("alliance.intake")
router = APIRouter(include_in_schema=False)


def choose_language(request: Request, asked: str | None) -> str:
    """The language picked on the page, else the browser's (already set by LanguageMiddleware)."""
    lang = i18n.supported(asked) or i18n.current_language.get()
    i18n.use_language(lang)
    return lang


def browser_country(request: Request) -> str | None:
    """The region of the browser's first language tag with one ("fr-FR" -> "FR"), to preselect the country."""
    from alliance.safety.resources import emergency_countries

    for part in request.headers.get("accept-language", "").split(",")[:8]:
        tag = part.split(";")[0].strip().replace("_", "-").split("-")
        if len(tag) >= 2 and len(tag[-1]) == 2 and tag[-1].isalpha() and tag[-1].upper() in emergency_countries():
            return tag[-1].upper()
    return None


def _labels() -> dict[str, str]:
    return {"consent": gettext("Your privacy"), "given_name": gettext("First name"), "email": gettext("E-mail"),
            "phone": gettext("Phone"), "birth_date": gettext("Date of birth"), "text": gettext("In your own words"),
            "accessibility": gettext("Your needs and preferences")}


def form_context(practice: Practice, lang: str, raw: dict[str, str], errors: dict[str, str], *,
                 staff: bool, action: str) -> dict[str, Any]:
    """What the referral form needs: the questionnaires in the language, countries, choices, errors."""
    return {"practice": practice, "lang": lang, "f": raw, "errors": errors,
            "error_fields": forms.error_order(errors), "labels": _labels(), "blocks": forms.blocks(lang),
            "countries": forms.countries(lang), "default_country": practice.country,
            "language_names": forms.LANGUAGE_NAMES, "modalities": forms.MODALITIES, "genders": forms.GENDERS,
            "safety_questions": forms.SAFETY_QUESTIONS, "staff": staff, "action": action}


async def _page(request: Request, session: AsyncSession, practice: Practice, lang: str, raw: dict[str, str],
                errors: dict[str, str], *, status_code: int = 200, first_shown: float | None = None,
                headers: dict[str, str] | None = None) -> Response:
    from alliance.safety.resources import emergency_numbers

    context = form_context(practice, lang, raw, errors, staff=False, action=f"/refer/{practice.slug}")
    country = browser_country(request) or practice.country
    context |= {"form_token": botcheck.issue(str(practice.id), first_shown=first_shown), "default_country": country,
                "emergency": emergency_numbers(raw.get("country") or country)[0]}
    response = render(request, "intake/refer.html", context, status_code=status_code)
    for name, value in (headers or {}).items():
        response.headers[name] = value
    return response


@router.get("/refer/{practice_key}")
async def refer_form(request: Request, practice_key: str, session: DB, lang: str | None = None) -> Response:
    """The self-referral form of a practice, in the language chosen (or the browser's)."""
    practice = await service.practice_for_public(session, practice_key)
    return await _page(request, session, practice, choose_language(request, lang), {}, {})


@router.post("/refer/{practice_key}")
async def refer_submit(request: Request, practice_key: str, session: DB) -> Response:
    """Send a self-referral: bot checks, validation (the form comes back filled), then store and triage; at
    emergency the crisis lines of the person's country are the answer."""
    practice = await service.practice_for_public(session, practice_key)
    form = await request.form()
    raw = {k: v.strip()[: forms.MAX_TEXT + 1] if isinstance(v, str) else "" for k, v in form.items()}
    lang = choose_language(request, raw.get("lang"))
    shown = {k: v for k, v in raw.items() if k not in (botcheck.HONEYPOT, "form_token")}
    first_shown = botcheck.first_shown(raw.get("form_token"))
    try:
        botcheck.limiter.hit(f"{practice.id}|{client_address(request)}")
    except botcheck.TooManyReferrals as exc:
        log.info("referral refused for practice %s: rate limit", practice.id)
        return await _page(request, session, practice, lang, shown, {"form": gettext(exc.detail)}, status_code=429,
                           first_shown=first_shown, headers={"Retry-After": str(exc.retry_after)})
    parsed = forms.read_referral(raw)  # mistakes first: a person who sends too soon sees what to fix
    if not parsed.ok:
        return await _page(request, session, practice, lang, shown, parsed.errors, status_code=400,
                           first_shown=first_shown)
    try:
        botcheck.check(raw, str(practice.id))
    except botcheck.BotSuspected as exc:
        log.info("referral refused for practice %s: %s", practice.id, exc.reason)
        return await _page(request, session, practice, lang, shown, {"form": gettext(exc.detail)}, status_code=400,
                           first_shown=first_shown)
    try:
        submitted = await service.create_referral(session, None, practice.id, parsed.data, source="self")
        crisis = submitted.crisis or await service.crisis_for(session, submitted.referral_id)
    except AllianceError as exc:
        await session.rollback()
        await session.refresh(practice)  # the rollback expired it
        return await _page(request, session, practice, lang, shown, {"form": gettext(exc.detail)},
                           status_code=exc.status_code, first_shown=first_shown)
    log.info("self-referral %s received for practice %s (tier %s)", submitted.referral_id, practice.id,
             submitted.tier)
    return render(request, "intake/referred.html", {"practice": practice, "emergency": submitted.emergency,
                                                    "crisis": crisis})


# --- the monthly check while waiting (a signed link from the e-mail; no account) ----------------------------------

async def _check_page(request: Request, session: AsyncSession, link: Any, referral: Any, lang: str,
                      raw: dict[str, str], errors: dict[str, str], *, status_code: int = 200) -> Response:
    from alliance.intake import waiting

    practice = await session.get(Practice, referral.practice_id)
    return render(request, "intake/check.html", {
        "practice": practice, "lang": lang, "f": raw, "errors": errors, "error_fields": list(errors),
        "blocks": forms.blocks(lang, forms.WAITING_INSTRUMENTS), "token": link.token,
        "crisis": await service.crisis_for(session, referral.id), "library": waiting.reading(lang)},
        status_code=status_code)


async def _checked(session: AsyncSession, token: str, lang: str | None, request: Request) -> tuple[Any, Any, str]:
    from alliance.intake import waiting

    link = waiting.read_link(token[:500])
    referral = await waiting.referral_for(session, link)
    return link, referral, choose_language(request, lang or referral.language)


@router.get("/intake/check/{token}")
async def check_form(request: Request, token: str, session: DB, lang: str | None = None) -> Response:
    """This month's PHQ-9 and GAD-7 for someone on the waitlist, with crisis lines and something to read."""
    link, referral, chosen = await _checked(session, token, lang, request)
    return await _check_page(request, session, link, referral, chosen, {}, {})


@router.post("/intake/check/{token}")
async def check_submit(request: Request, token: str, session: DB) -> Response:
    """Send the month's answers: they re-triage the referral; worse answers tell the team."""
    from alliance.intake import waiting

    form = await request.form()
    raw = {k: v.strip()[: forms.MAX_TEXT] for k, v in form.items() if isinstance(v, str)}
    link, referral, lang = await _checked(session, token, raw.get("lang"), request)
    answers, errors = forms.read_answers(raw, forms.WAITING_INSTRUMENTS, forms.WAITING_INSTRUMENTS)
    if errors:
        return await _check_page(request, session, link, referral, lang, raw, errors, status_code=400)
    try:
        done = await waiting.answer(session, link, answers, raw.get("text"))
    except AllianceError as exc:
        await session.rollback()
        await session.refresh(referral)  # the rollback expired it
        return await _check_page(request, session, link, referral, lang, raw, {"form": gettext(exc.detail)},
                                 status_code=exc.status_code)
    practice = await session.get(Practice, referral.practice_id)
    return render(request, "intake/check_done.html", {
        "practice": practice, "emergency": done.emergency, "raised": done.rose, "token": link.token,
        "crisis": await service.crisis_for(session, referral.id), "library": waiting.reading(lang)})


@router.get("/intake/check/{token}/read/{slug}")
async def check_reading(request: Request, token: str, slug: str, session: DB) -> Response:
    """One library item to read while waiting (read-only; no chat)."""
    from alliance.companion import library
    from alliance.errors import NotFound
    from alliance.intake import waiting

    link, referral, lang = await _checked(session, token, None, request)
    item = library.get(slug[:80]) if slug in waiting.READING else None
    if item is None:
        raise NotFound("No such page.")
    shown = item.language_for(lang)
    return render(request, "intake/read.html", {
        "title": item.title(lang), "body": library.to_html(item.markdown(lang)), "shown_lang": shown,
        "sources": item.sources, "token": link.token})
