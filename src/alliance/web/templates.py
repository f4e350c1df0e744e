"""Jinja2 templates and the one helper pages render through (adds the user and the CSRF token)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from markupsafe import Markup, escape

from alliance.web import i18n
from alliance.web.timefmt import local_filter

templates = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))
templates.env.filters["local"] = local_filter


def icon(name: str, label: str | None = None) -> Markup:
    """An icon from the vendored sprite (static/icons.svg); decorative unless it is given a label."""
    aria = f'role="img" aria-label="{escape(label)}"' if label else 'aria-hidden="true" focusable="false"'
    return Markup(f'<svg class="icon" {aria}><use href="/static/icons.svg#{escape(name)}"></use></svg>')


def link(href: str, text: str) -> Markup:
    """A link to put inside a translated sentence: `_("See %(link)s.", link=link("/x", _("the plan")))`."""
    return Markup('<a href="{}">{}</a>').format(href, text)


def strong(text: object) -> Markup:
    """Bold words inside a translated sentence."""
    return Markup("<strong>{}</strong>").format(text)


templates.env.globals["icon"] = icon
templates.env.globals["link"] = link
templates.env.globals["strong"] = strong
templates.env.globals["_"] = i18n.gettext
templates.env.globals["ngettext"] = i18n.ngettext
templates.env.globals["current_language"] = i18n.current_language.get  # <html lang>: the language shown


def render(request: Request, name: str, context: dict[str, Any] | None = None, status_code: int = 200) -> HTMLResponse:
    """Render a page with the logged-in user and CSRF token available to the template."""
    auth = getattr(request.state, "auth", None)
    who = getattr(request.state, "who", None)
    ctx: dict[str, Any] = {
        "user": auth.user if auth else None,
        "csrf_token": auth.auth_session.csrf_token if auth and auth.auth_session else "",
        "viewer_zone": getattr(who, "zone", None) or "UTC",
    }
    ctx.update(context or {})
    return templates.TemplateResponse(request, name, ctx, status_code=status_code)
