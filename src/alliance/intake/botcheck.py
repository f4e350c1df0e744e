"""Bot protection for the public referral form, without a third-party service.

Three checks, all local: a honeypot field a person never sees (a bot that fills every field gives itself away), a
signed form token (itsdangerous, keyed with ALLIANCE_SECRET_KEY) that names the practice and when the form was
shown, so a post that was never shown a form, or was sent seconds after it, is refused; and a limit on
submissions per address and practice (a sliding window: in Redis, shared by every web process, when
ALLIANCE_REDIS_URL is set; else in this process).
"""

from __future__ import annotations

import math
import secrets
import threading
import time
from collections import OrderedDict, deque

from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer

from alliance import sharedstate
from alliance.config import get_settings
from alliance.errors import BadRequest, TooManyRequests
from alliance.web.i18n import N_

HONEYPOT = "website"  # the field's name: plausible to a bot, hidden from people
MIN_FILL_SECONDS = 4  # a person cannot read the notice and answer the questions faster than this
MAX_AGE_SECONDS = 24 * 3600  # a form left open overnight still sends; the page re-signs it on every render
SUBMISSIONS_PER_HOUR = 10  # per address and practice: a shared family or clinic computer stays well under it
_SALT = "alliance.intake.referral-form"


class BotSuspected(BadRequest):
    """The form failed a bot check (honeypot filled, sent too fast, token missing, forged or expired)."""

    def __init__(self, detail: str, *, reason: str) -> None:
        super().__init__(detail)
        self.reason = reason


class TooManyReferrals(TooManyRequests):
    """Too many referrals from one address."""

    def __init__(self, retry_after: int) -> None:
        super().__init__(N_("Too many referrals have been sent from this connection. Please wait and try again, "
                            "or telephone the practice."))
        self.retry_after = retry_after


def _serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(get_settings().secret_key.get_secret_value(), salt=_SALT)


def issue(practice_key: str, *, first_shown: float | None = None) -> str:
    """A form token for this practice, stamped with when the form was first shown (kept when the form comes back
    with errors, so correcting one answer is not "too fast")."""
    shown = time.time() if first_shown is None else first_shown
    return _serializer().dumps({"p": practice_key, "n": secrets.token_urlsafe(8), "t": int(shown)})


def first_shown(token: str | None) -> float | None:
    """When the form behind a token was first shown, if the token is genuine (else None: the clock starts again)."""
    try:
        data = _serializer().loads(token or "", max_age=MAX_AGE_SECONDS)
    except BadSignature:
        return None
    shown = data.get("t") if isinstance(data, dict) else None
    return float(shown) if isinstance(shown, int) else None


class _Used:
    """Form tokens already accepted (the newest few thousand), so one signed form sends once."""

    def __init__(self, size: int = 5000) -> None:
        self.size = size
        self._seen: OrderedDict[str, None] = OrderedDict()
        self._lock = threading.Lock()

    def claim(self, nonce: str) -> bool:
        """True the first time a nonce is seen (by any web process when Redis is configured)."""
        if sharedstate.redis_client() is not None:
            return sharedstate.claim_once("intake.form-token", nonce, MAX_AGE_SECONDS)
        with self._lock:
            if nonce in self._seen:
                return False
            self._seen[nonce] = None
            while len(self._seen) > self.size:
                self._seen.popitem(last=False)
            return True

    def clear(self) -> None:
        sharedstate.clear("intake.form-token")
        with self._lock:
            self._seen.clear()


used = _Used()


def check(form: dict[str, str], practice_key: str, *, now: float | None = None,
          min_seconds: float = MIN_FILL_SECONDS) -> None:
    """Refuse a submission that fails the honeypot or the form token; returns quietly for a person."""
    if (form.get(HONEYPOT) or "").strip():
        raise BotSuspected(N_("The form could not be sent: a field meant to stay empty was filled in. If you use a "
                           "form-filling tool, turn it off for this page and send again."), reason="honeypot")
    token = (form.get("form_token") or "").strip()
    if not token:
        raise BotSuspected(N_("The form could not be sent: it is missing its security token. Reload the page and "
                           "send again (your answers are kept below)."), reason="no_token")
    try:
        data, signed_at = _serializer().loads(token, max_age=MAX_AGE_SECONDS, return_timestamp=True)
    except SignatureExpired:
        raise BotSuspected(N_("The form was open for too long and has expired. Check your answers below and send "
                           "again."), reason="expired") from None
    except BadSignature:
        raise BotSuspected(N_("The form could not be sent: its security token is not valid. Check your answers "
                           "below and send again."), reason="bad_token") from None
    if not isinstance(data, dict) or data.get("p") != practice_key:
        raise BotSuspected(N_("The form could not be sent: it belongs to another page. Check your answers below "
                           "and send again."), reason="wrong_practice")
    shown = data.get("t") if isinstance(data.get("t"), int) else signed_at.timestamp()
    elapsed = (time.time() if now is None else now) - shown
    if elapsed < min_seconds:
        raise BotSuspected(N_("The form was sent too quickly to have been read. Please check your answers and send "
                           "again."), reason="too_fast")
    if not used.claim(str(data.get("n"))):
        raise BotSuspected(N_("This form has already been sent. If you want to send another referral, check the "
                           "answers below and send again."), reason="replayed")


class Window:
    """At most `limit` hits per key within `seconds`, in this process (a sliding window)."""

    def __init__(self, limit: int, seconds: int, *, max_keys: int = 10_000) -> None:
        self.limit = limit
        self.seconds = seconds
        self.max_keys = max_keys
        self._hits: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def hit(self, key: str, now: float | None = None) -> None:
        """Count a hit, or raise TooManyReferrals with the seconds to wait (shared by every process with Redis)."""
        if sharedstate.redis_client() is not None:
            wait = sharedstate.window_hit(f"intake.window.{self.limit}.{self.seconds}", key, self.limit, self.seconds)
            if wait is not None:
                raise TooManyReferrals(wait)
            return
        now = time.monotonic() if now is None else now
        with self._lock:
            if len(self._hits) >= self.max_keys:
                for stale in [k for k, q in self._hits.items() if not q or q[-1] <= now - self.seconds]:
                    del self._hits[stale]
            hits = self._hits.setdefault(key, deque())
            while hits and hits[0] <= now - self.seconds:
                hits.popleft()
            if len(hits) >= self.limit:
                raise TooManyReferrals(max(1, math.ceil(hits[0] + self.seconds - now)))
            hits.append(now)

    def clear(self) -> None:
        sharedstate.clear(f"intake.window.{self.limit}.{self.seconds}")
        with self._lock:
            self._hits.clear()


limiter = Window(SUBMISSIONS_PER_HOUR, 3600)
