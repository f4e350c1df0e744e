"""Times as people live them: stored in UTC, shown in the viewer's time zone.

The viewer's zone is their own (staff may set one), else the client's (in the portal), else the practice's. Pages
format every time with the ``local`` filter, which names the zone so that a time is never ambiguous.
"""

from __future__ import annotations

from datetime import date, datetime, timezone
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from jinja2 import pass_context

from alliance.errors import BadRequest

DEFAULT_FORMAT = "%Y-%m-%d %H:%M"


@lru_cache(maxsize=512)
def zone(name: str | None) -> ZoneInfo:
    """The zone for an IANA name; UTC for none or an unknown name (a stored zone never breaks a page)."""
    try:
        return ZoneInfo(name) if name else ZoneInfo("UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


@lru_cache(maxsize=1)
def all_zones() -> list[str]:
    """Every IANA zone name, sorted, for pickers."""
    return sorted(z for z in available_timezones() if "/" in z and not z.startswith(("Etc/", "SystemV/")))


def check_zone(name: str | None) -> str | None:
    """A valid IANA zone name, None for empty, or a clear error."""
    name = (name or "").strip()
    if not name:
        return None
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise BadRequest(f"Unknown time zone {name[:64]!r}: use a name such as Europe/Madrid or America/New_York.") from None
    return name


def to_local(value: datetime, zone_name: str | None) -> datetime:
    """An aware local datetime (naive values are taken as UTC, as the database stores them)."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value.astimezone(zone(zone_name))


def local_text(value: datetime | date | None, zone_name: str | None, fmt: str = DEFAULT_FORMAT, *,
               with_zone: bool = True) -> str:
    """'2026-12-06 14:00 PST' in the given zone; dates stay dates; None is a dash."""
    if value is None:
        return "—"
    if not isinstance(value, datetime):
        return value.isoformat()
    here = to_local(value, zone_name)
    text = here.strftime(_named(fmt, here))
    return f"{text} {here.strftime('%Z')}" if with_zone else text


def _named(fmt: str, when: datetime) -> str:
    """`fmt` with day and month names (%A %a %B %b) written in the page's language (web/i18n.py)."""
    from alliance.web.i18n import DEFAULT, current_language

    lang = current_language.get()
    if lang == DEFAULT or not any(code in fmt for code in ("%A", "%a", "%B", "%b")):
        return fmt
    from babel.dates import get_day_names, get_month_names

    names = {"%A": get_day_names("wide", locale=lang)[when.weekday()],
             "%a": get_day_names("abbreviated", locale=lang)[when.weekday()],
             "%B": get_month_names("wide", locale=lang)[when.month],
             "%b": get_month_names("abbreviated", locale=lang)[when.month]}
    for code, name in names.items():
        fmt = fmt.replace(code, name.replace("%", "%%"))
    return fmt


@pass_context
def local_filter(ctx: dict, value: datetime | date | None, fmt: str = DEFAULT_FORMAT, with_zone: bool = True) -> str:
    """Jinja filter: ``{{ when|local }}`` or ``{{ when|local('%H:%M', false) }}``, in the viewer's zone."""
    return local_text(value, ctx.get("viewer_zone"), fmt, with_zone=with_zone)
