"""The clinician's calendar feed (iCalendar, RFC 5545) and the rate limit on its public address.

The feed carries no PHI: each event is titled "Session" (with the client's initials when the clinician chose them),
with its times in UTC and its status; no name, no reason, no notes. UIDs are stable per appointment, so calendar
apps update an event in place when it moves or is cancelled (STATUS:CANCELLED).
"""

from __future__ import annotations

import math
import sys
import threading
import time
from collections import deque
from collections.abc import Sequence

from icalendar import Calendar, Event

from alliance.appointments.models import Appointment
from alliance.errors import TooManyRequests

PRODID = "-//Alliance//Scheduling//EN"
REQUESTS_PER_MINUTE = 30  # per caller address: calendar apps poll every few minutes at most


def uid(appt: Appointment) -> str:
    """The event's UID: the same for an appointment whatever changes."""
    return f"{appt.id}@alliance"


def title(initials: str | None) -> str:
    """'Session' or 'Session M.Q.'."""
    return f"Session {initials}" if initials else "Session"


def build(entries: Sequence[tuple[Appointment, str | None]], *, name: str = "Alliance sessions") -> bytes:
    """The iCalendar text for (appointment, initials or None) pairs."""
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    for appt, initials in entries:
        event = Event()
        event.add("uid", uid(appt))
        event.add("dtstamp", appt.updated_at)
        event.add("last-modified", appt.updated_at)
        event.add("dtstart", appt.starts_at)
        event.add("dtend", appt.ends_at)
        event.add("summary", title(initials))
        cancelled = appt.status == "cancelled"
        event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
        event.add("transp", "TRANSPARENT" if cancelled else "OPAQUE")
        # Grows with every change, so calendar apps take the newest version of the event.
        event.add("sequence", max(0, int((appt.updated_at - appt.created_at).total_seconds())))
        cal.add_component(event)
    return cal.to_ical()


class FeedThrottled(TooManyRequests):
    """Too many feed requests from one address."""

    def __init__(self, retry_after: int) -> None:
        super().__init__("Too many calendar requests. Wait a little and try again.")
        self.retry_after = retry_after


class RateLimit:
    """At most `per_minute` requests a minute per key, in this process (a sliding window)."""

    def __init__(self, per_minute: int, *, max_keys: int = 10_000, name: str | None = None) -> None:
        self.per_minute = per_minute
        # Each feed counts apart in Redis too: named after the module that made the limiter unless named.
        self.name = name or sys._getframe(1).f_globals.get("__name__", "feed")
        self.max_keys = max_keys
        self._hits: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def check(self, key: str, now: float | None = None) -> None:
        """Count a request, or raise FeedThrottled with the seconds to wait (shared by every process with Redis)."""
        from alliance import sharedstate

        if sharedstate.redis_client() is not None:
            wait = sharedstate.window_hit(f"feed.{self.name}.{self.per_minute}", key, self.per_minute, 60)
            if wait is not None:
                raise FeedThrottled(wait)
            return
        now = time.monotonic() if now is None else now
        with self._lock:
            if len(self._hits) >= self.max_keys:  # forget callers idle for a minute
                for stale in [k for k, q in self._hits.items() if not q or q[-1] <= now - 60]:
                    del self._hits[stale]
            hits = self._hits.setdefault(key, deque())
            while hits and hits[0] <= now - 60:
                hits.popleft()
            if len(hits) >= self.per_minute:
                raise FeedThrottled(max(1, math.ceil(hits[0] + 60 - now)))
            hits.append(now)


limiter = RateLimit(REQUESTS_PER_MINUTE)
