"""The next appointment: a date and time said in the closing turns, resolved against the session date."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime, timedelta

from alliance.notes.extract.common import Fact, _Sent, _is_therapist, _sentences
from alliance.notes.transcripts import Segment


# --- next appointment ----------------------------------------------------------------------------------------

WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
            "lunes": 0, "martes": 1, "miércoles": 2, "miercoles": 2, "jueves": 3, "viernes": 4, "sábado": 5,
            "sabado": 5, "domingo": 6}
MONTHS = {m: i + 1 for i, m in enumerate(("january february march april may june july august september october "
                                          "november december").split())}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS.update({m: i + 1 for i, m in enumerate(("enero febrero marzo abril mayo junio julio agosto septiembre "
                                               "octubre noviembre diciembre").split())})
_ORD = (r"(?:\d{1,2}(?:st|nd|rd|th)?|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
        r"eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|"
        r"twentieth|twenty[- ]first|twenty[- ]second|twenty[- ]third|twenty[- ]fourth|twenty[- ]fifth|"
        r"twenty[- ]sixth|twenty[- ]seventh|twenty[- ]eighth|twenty[- ]ninth|thirtieth|thirty[- ]first)")
_ORDINALS = {w: i + 1 for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split())}
_ORDINALS.update({f"twenty {w}": 20 + i for w, i in (("first", 1), ("second", 2), ("third", 3), ("fourth", 4),
                                                      ("fifth", 5), ("sixth", 6), ("seventh", 7),
                                                      ("eighth", 8), ("ninth", 9))})
_ORDINALS.update({"thirtieth": 30, "thirty first": 31})
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAYS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
         "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "twenty": 20, "twenty-one": 21}
_DAYS_WORDS = "|".join(sorted(_DAYS, key=len, reverse=True))
_WEEKDAY = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_DATE_RE = re.compile(
    rf"\s*(?P<week_on>(?:a|one) (?:week|fortnight) on (?:{_WEEKDAY})|(?:the\s+)?(?:{_WEEKDAY}) after next|"
    rf"(?:{_WEEKDAY}) (?:week|fortnight)\b)"
    rf"|(?P<week_of>(?:the\s+)?(?:first|second|third|fourth|last) week (?:of|in) (?:{_MONTH}))\b"
    rf"|(?P<rel>same time next week|this time next week|the week after next|next week|"
    rf"(?:in|after) (?:a|one|two|three|four|five|six|eight|[1-9]|1[0-2]) weeks?(?:'? time)?|"
    rf"for (?:a|one|two|three|four|five|six|eight|[1-9]|1[0-2]) weeks?'? time|"
    rf"(?:in|after) (?:{_DAYS_WORDS}|[1-9]|1[0-9]|2[0-1]) days?(?:'? time)?|"
    rf"(?:a|one|two|three|four|five|six|[1-6]) weeks? (?:today|tomorrow|from (?:today|now)|on from today)|"
    rf"(?:in )?a fortnight(?:'s time| today| tomorrow| from (?:today|now))?|in two weeks'? time|in a month|"
    rf"next month|a month (?:today|from (?:today|now))|tomorrow|la (?:pr[oó]xima|otra) semana|"
    rf"en (?:dos|2|una|1) semanas?|ma[nñ]ana)"
    rf"|(?P<wd_mod>next|this|coming|on|el|este|el pr[oó]ximo)?\s*(?P<weekday>{_WEEKDAY})s?\b"
    rf"(?:,?\s*(?:the\s+)?(?P<wd_day>{_ORD})(?:\s+(?:of\s+)?(?P<wd_month>{_MONTH}))?)?"
    rf"|(?:on\s+)?(?:the\s+)?(?P<day>{_ORD})\s+(?:of\s+)?(?P<month>{_MONTH})\b"
    rf"|(?:on\s+)?(?P<month2>{_MONTH})\s+(?:the\s+)?(?P<day2>{_ORD})\b"
    # "the 24th", "on the twelfth" (not "the first signs", "the second time": an ordinal before a noun counts)
    # (nor a sequence: "the 5-4-3-2-1 grounding")
    rf"|(?:on\s+)?the\s+(?P<day3>{_ORD})\b(?![-–/]\w|\s+(?:of\s+)?(?:{_MONTH})|\s+(?!at\b|of\b|on\b|in\b|for\b|or\b|and\b|"
    rf"then\b|instead\b|with\b|if\b|is\b|works?\b|suits?\b|please\b|then\b|that\b|again\b)[a-z]+)",
    re.IGNORECASE)
_CLOCK_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_TIME_RE = re.compile(
    # a clock time that needs no "at": "half two", "quarter to four", "four fifteen", "10:30", "3pm"
    rf"\b(?P<bare>(?:half (?:past )?{_CLOCK_WORD}|(?:quarter|five|ten|twenty|twenty[- ]five) (?:past|to) {_CLOCK_WORD}|"
    rf"{_CLOCK_WORD}[- ](?:fifteen|thirty|forty[- ]five|o'clock)|\d{{1,2}} o'clock|\d{{1,2}}[:.]\d{{2}}|\d{{1,2}}\s*(?:am|pm|a\.m\.|p\.m\.)|"
    rf"{_CLOCK_WORD}\s*(?:am|pm|a\.m\.|p\.m\.)|(?:12|twelve) (?:noon|midday)|midday)"
    rf"(?:\s*(?:am|pm|a\.m\.|p\.m\.|in the morning|in the afternoon|in the evening))?)(?![\w:.]\d)"
    r"|\b(?:at\s+|a las\s+)(?P<time>(?:(?:quarter|five|ten|twenty|twenty[- ]five) (?:past|to) \w+|\d{1,2}(?:[:.]\d{2})?|"
    rf"{_CLOCK_WORD}[- ](?:fifteen|thirty|forty[- ]five|o'clock)|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|noon|half past \w+|(?:quarter|five|ten|twenty|twenty[- ]five) (?:past|to) \w+)(?:\s*(?:am|pm|a\.m\.|p\.m\.|o'clock|in the morning|in the "
    r"afternoon|in the evening|noon|midday))?)", re.IGNORECASE)
_APPOINTMENT_CUE = re.compile(
    r"\b(?:see you|see each other|next (?:session|appointment|time|visit|meeting)|our next|meet (?:again|next)|"
    r"book(?:ed)? (?:you|it|in)|same time|come (?:back|in)|schedule[d]?|follow[- ]up|check in|appointment|"
    # a day checked or confirmed by either speaker: "Thursday at two suits you?", "are we still on for the 3rd?",
    # "so I'm back here on the 9th?"
    r"(?:suits?|works? for) (?:you|me|us)|(?:we're|we are|are we)(?: still)? on(?: for)?|"
    r"(?:i'm|i am|am i|we're|we are|are we) back (?:here|in on)|"
    r"pr[oó]xima (?:sesi[oó]n|cita)|nos vemos|la cita)\b", re.IGNORECASE)


def _ordinal(text: str) -> int | None:
    t = re.sub(r"[- ]+", " ", text.lower()).strip()
    m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?", t)
    if m:
        return int(m.group(1))
    return _ORDINALS.get(t)


def _weekday_after(session: date, weekday: int, modifier: str | None) -> date:
    days = (weekday - session.weekday()) % 7 or 7
    when = session + timedelta(days=days)
    if modifier and modifier.lower().strip() in ("next", "el próximo", "el proximo") \
            and when.isocalendar()[1] == session.isocalendar()[1]:
        when += timedelta(days=7)  # "next Thursday" said on a Monday: the Thursday of next week
    return when


def resolve_date(match: re.Match[str], session: date) -> date | None:
    """The calendar date a date expression means, said at a session on `session`."""
    g = match.groupdict()
    if g.get("week_on"):  # "a week on Thursday", "Thursday week": the Thursday after the coming one
        weekday = next(WEEKDAYS[w] for w in g["week_on"].lower().split() if w in WEEKDAYS)
        weeks = 2 if "fortnight" in g["week_on"].lower() else 1  # "Thursday fortnight": a week later still
        return _weekday_after(session, weekday, None) + timedelta(days=7 * weeks)
    if g.get("week_of"):  # "the first week of August": its first day
        words = g["week_of"].lower().split()
        nth = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": 4}[words[-4]]
        start = _next_date(session, MONTHS[words[-1]], 1)
        return start + timedelta(days=7 * (nth - 1)) if start else None
    if g.get("rel"):
        rel = g["rel"].lower()
        extra = 1 if "tomorrow" in rel and rel != "tomorrow" else 0  # "a fortnight tomorrow"
        if rel == "tomorrow" or rel.startswith("ma"):
            return session + timedelta(days=1)
        if "after next" in rel:
            return session + timedelta(days=14)
        if "fortnight" in rel:
            return session + timedelta(days=14 + extra)
        if "month" in rel:
            return session + timedelta(days=28)
        days = re.search(rf"\b({_DAYS_WORDS}|\d+) days?\b", rel)
        if days:  # "in ten days"
            return session + timedelta(days=_DAYS.get(days.group(1), 0) or int(days.group(1)))
        n = re.search(r"\b(a|one|two|three|four|five|six|eight|una|dos|\d+)\b", rel)
        weeks = {"a": 1, "one": 1, "una": 1, "two": 2, "dos": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                 "eight": 8}.get(
            n.group(1) if n else "", int(n.group(1)) if n and n.group(1).isdigit() else 1)
        return session + timedelta(days=7 * weeks + extra)
    if g.get("weekday"):
        weekday = WEEKDAYS[g["weekday"].lower()]
        if g.get("wd_day"):
            day = _ordinal(g["wd_day"])
            month = MONTHS.get((g.get("wd_month") or "").lower()) if g.get("wd_month") else None
            when = _next_date(session, month, day, weekday=None if month else weekday) if day else None
            if when is not None:
                return when
        return _weekday_after(session, weekday, g.get("wd_mod"))
    if g.get("day") or g.get("day2"):
        day = _ordinal(g.get("day") or g.get("day2") or "")
        month = MONTHS.get((g.get("month") or g.get("month2") or "").lower())
        return _next_date(session, month, day) if day else None
    if g.get("day3"):
        day = _ordinal(g["day3"])
        return _next_date(session, None, day) if day else None
    return None


def _next_date(session: date, month: int | None, day: int, *, weekday: int | None = None) -> date | None:
    """The first date after the session with this day (and month, when given; and weekday, when given: "Friday the
    3rd" is the next 3rd that is a Friday)."""
    candidates = []
    for add in range(0, 14):
        y, m = divmod(session.month - 1 + add, 12)
        year, mon = session.year + y, m + 1
        if month is not None and mon != month:
            continue
        try:
            when = date(year, mon, day)
        except ValueError:
            continue
        if when > session:
            candidates.append(when)
            if weekday is None or when.weekday() == weekday:
                return when
    return candidates[0] if candidates else None  # a weekday said wrongly: the day of the month wins


# Cues a clinician uses when booking ("we'll meet in a fortnight", "could we meet Monday the 14th", "Next
# Wednesday, the 25th, I can only do eleven"): taken from the clinician's turns only.
_CLINICIAN_APPOINTMENT_CUE = re.compile(
    r"\b(?:meet|shall we say|let's say|i can (?:only )?do|catch up|move (?:you|it|that|us) to|make it|"
    r"i've got (?:a |an )?(?:slot|space|opening|gap)|"
    r"pencil (?:you |that )?in|slot|next week is|back here|"
    # a day proposed or changed: "could we do Wednesday week instead", "I had you down for Monday"
    r"(?:could|can|shall) we (?:do|say|go for|make it|meet|try)|(?:does|would) that (?:work|suit)|"
    r"let's (?:book|do|go for)|book (?:the|us|you for)|"
    r"i (?:had|have) you (?:down|booked|pencilled) (?:in )?for|you're (?:down|booked) for|"
    r"i've (?:got|put) you (?:down )?for)\b", re.IGNORECASE)
# Someone else's appointment or date: the GP, a blood test, an exam ("your lithium level in three months").
_OTHER_DATE = re.compile(
    r"\b(?:gp|doctor|dentist|psychiatrist|consultant|nurse|dr\.? [A-Z][a-z]+|hospital|scan|blood (?:test|tests|"
    r"work)|bloods|level|review with|court|hearing|interview|exam|deadline|essay|due|birthday|wedding|funeral|"
    r"holiday to|flight)\b", re.IGNORECASE)
_OURS = re.compile(r"\b(?:see you|we'll meet|we meet|meet (?:again|next|on|in|after)|our next|with me|i'll see|"
                   r"here at the (?:clinic|practice|surgery|centre|center|house)|next \w+(?:'s| is) due|"
                   r"come back|back here|next (?:session|appointment)|same time)\b", re.IGNORECASE)
_AFTER_BREAK = re.compile(r"\bafter (?:the )?(?:holidays?|break|bank holiday|half[- ]term|christmas|new year|"
                          r"easter|summer|your (?:holiday|exams?|deadlines?))\s*,?\s*(?:on\s+)?(?:the\s+)?$",
                          re.IGNORECASE)
_SEE_YOU_BEFORE = re.compile(r"\b(?:see you|meet again|next (?:session|appointment)(?: is)?)\s+(?:on\s+)?(?:the\s+)?$",
                             re.IGNORECASE)
_SINCE = re.compile(r"\b(?:since|ever since)\s+(?:the\s+)?$", re.IGNORECASE)
_DATE_JOIN = re.compile(r"^[\s,]*(?:on|is|so|or rather|that's|that is|instead|then)?[\s,]*$", re.IGNORECASE)
_CORRECTION = re.compile(r"\b(?:but|so|instead|actually|move (?:\w+ )?to|change (?:\w+ )?to|make it)\b", re.IGNORECASE)
_SET_ASIDE = re.compile(r"\b(?:rather than|instead of|not)\s+(?:on\s+)?$", re.IGNORECASE)
_TIME_CORRECTION = re.compile(r"\b(?:no|sorry|make it|actually|instead|rather|change (?:it|that) to)\b", re.IGNORECASE)
# A clock time said first, before the date it goes with: "Eleven on Tuesday the 12th it is."
_TIME_FIRST = re.compile(rf"^\W*(?:(?:so|okay|right),?\s+)?(?P<time>(?:(?:half (?:past )?)?{_CLOCK_WORD}|\d{{1,2}}(?:[:.]\d{{2}})?)"
                         r"(?:\s*(?:am|pm|a\.m\.|p\.m\.|o'clock))?)\s+(?:on\s+)?$", re.IGNORECASE)
FALLBACK_SHARE = 0.3
CONFIRM_TURNS = 2  # segments after a booking sentence in which the clinician's date settles it
CONFIRM_WORDS = 16  # with no booking cue, a clinician's dated sentence in the last 30% of the session


def _easter(year: int) -> date:
    """Easter Sunday (Western churches; the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _break_anchor(said: str, session: date) -> date | None:
    """The last day of a break a date is said after, when the calendar fixes it: Easter Sunday, Boxing Day, New
    Year's Day (the next one after the session); school holidays and "the break" are not resolvable."""
    low = said.lower()
    if not low.startswith("after"):
        return None
    for year in (session.year, session.year + 1):
        if "easter" in low:
            day = _easter(year)
        elif "christmas" in low:
            day = date(year, 12, 26)
        elif "new year" in low:
            day = date(year + 1, 1, 1) if session.month == 12 else date(year, 1, 1)
        else:
            return None
        if day >= session:
            return day
    return None


def _specificity(m: re.Match[str]) -> int:
    g = m.groupdict()
    if g.get("day") or g.get("day2") or g.get("day3") or g.get("wd_day"):
        return 3  # a day of the month
    return 2 if g.get("weekday") or g.get("week_on") else 1


def _date_phrase(text: str) -> tuple[re.Match[str], int, int] | None:
    """The date expression a sentence books: the most specific one (a day of the month over a weekday over "next
    week"), with the expressions beside it ("in a fortnight, on the 19th"); (match, start, end)."""
    found = [m for m in _DATE_RE.finditer(text) if m.group(0).strip()
             and m.group(0).strip().lower() not in ("on", "this", "next", "el", "este")
             and not _SINCE.search(text[: m.start()])]  # "since the third of March" is past
    if not found:
        return None
    def corrected(i: int) -> int:
        """1: the date after a correction ("Our next session was Wednesday, but ... can we move you to Friday?",
        "I'm out Monday, so let's say Tuesday"); -1: a date set aside ("rather than Monday"); else 0."""
        between = text[found[i - 1].end() if i else 0: found[i].start()]
        if _SET_ASIDE.search(between):
            return -1
        return 1 if i and _CORRECTION.search(between) and not _DATE_JOIN.match(between) else 0

    def ours(i: int) -> int:
        """1: the date said just after the clinician's own cue ("Next depot is ..., and I'll see you on Monday")."""
        return int(bool(_SEE_YOU_BEFORE.search(text[found[i - 1].end() if i else 0: found[i].start()])))

    best = max(range(len(found)), key=lambda i: (_specificity(found[i]) if corrected(i) >= 0 else 0,
                                                 corrected(i), ours(i), -i))
    lo, hi = best, best
    while lo > 0 and _DATE_JOIN.match(text[found[lo - 1].end(): found[lo].start()]):
        lo -= 1
    while hi + 1 < len(found) and _DATE_JOIN.match(text[found[hi].end(): found[hi + 1].start()]):
        hi += 1
    start = found[lo].start() + len(found[lo].group(0)) - len(found[lo].group(0).lstrip())
    brk = _AFTER_BREAK.search(text[:start])
    if brk:
        start = brk.start()
    return found[best], start, found[hi].end()


def extract_appointment(segments: Sequence[Segment], session_date: date | datetime | None = None
                        ) -> list[Fact]:
    """The next appointment: the last sentence with an appointment cue and a date expression (or, with no cue, a
    clinician's sentence near the end of the session giving a day of the month), its date resolved against the
    session date. A date that belongs to someone else (the GP, a blood test, an exam) is not the appointment."""
    session = session_date.date() if isinstance(session_date, datetime) else session_date
    sents = _sentences(segments)
    where = {seg.id: i for i, seg in enumerate(segments)}
    found: Fact | None = None
    found_also: Fact | None = None
    fallback: Fact | None = None
    last_cued: int | None = None  # the segment index of the last sentence that booked
    for k, s in enumerate(sents):
        cued = bool(_APPOINTMENT_CUE.search(s.text)) or (
            _is_therapist(s.seg) and bool(_CLINICIAN_APPOINTMENT_CUE.search(s.text)))
        if not cued and _is_therapist(s.seg) and last_cued is not None and s.index - last_cued <= CONFIRM_TURNS \
                and len(s.text.split()) <= CONFIRM_WORDS:
            # The clinician settles the day just after the booking ("Can we do Thursday?" "Thursday at four-fifteen,
            # done."): a weekday or a day of the month said then is the appointment.
            picked = _date_phrase(s.text)
            cued = picked is not None and _specificity(picked[0]) >= 2
        if cued:
            last_cued = s.index
        late = _is_therapist(s.seg) and k >= (1 - FALLBACK_SHARE) * len(sents)
        if not (cued or late):
            continue
        if _OTHER_DATE.search(s.text) and not _OURS.search(s.text):
            continue
        picked = _date_phrase(s.text)
        if picked is None:
            continue
        m, start, end = picked
        if not cued and _specificity(m) < 3:
            continue
        said = s.text[start:end].strip(" ,")
        times = [t for t in _TIME_RE.finditer(s.text) if t.start() >= start]
        # "at 6 pm, no, sorry, I'm in clinic late that day, make it 5 pm?": the time after the correction
        fixed = [t for i, t in enumerate(times) if i and _TIME_CORRECTION.search(s.text[times[i - 1].end(): t.start()])]
        t = fixed[-1] if fixed else times[0] if times else None
        time_said = (t.group("time") or t.group("bare")) if t else None
        lead = _TIME_FIRST.match(s.text[:start]) if t is None else None
        if lead:  # "Eleven on Tuesday the 12th it is."
            time_said = lead.group("time")
        evidence = [s.evidence()]
        later = _later_time(sents, k) if time_said else _time_after(sents, k)
        if later is not None:  # "... at 3:15. Wait, no, I have a meeting then. Let's do 4:15."
            time_said = later[0]
            evidence.append(later[1].evidence())
        phrase = said + (f" at {time_said}" if time_said and not re.search(
            rf"\b{re.escape(time_said)}\b", said, re.IGNORECASE) else "")
        same = re.search(r"\bsame (?:time|slot)\b", s.text, re.IGNORECASE)
        if same and same.group(0).lower() not in phrase.lower():
            phrase += f", {same.group(0).lower()}"  # "same slot in a fortnight"
        claim = f"Next appointment: {phrase}."
        when = resolve_date(m, session) if session else None
        anchor = _break_anchor(said, session) if session else None
        if anchor is not None and m.group("weekday") and not m.group("wd_day"):
            # "after Easter, on the Tuesday": the first Tuesday after Easter Sunday
            when = _weekday_after(anchor, WEEKDAYS[m.group("weekday").lower()], None)
        sentence, derived = claim, None
        if when is not None:
            sentence = f"Next appointment: {phrase} ({when.strftime('%A')} {when.day} {when.strftime('%B %Y')})."
            derived = f"date resolved from the session date {session.isoformat()}"
        fact = Fact(kind="appointment", value={"said": phrase, "date": when.isoformat() if when else None,
                                               "time": time_said},
                    claim=claim, sentence=sentence, derived=derived, evidence=evidence)
        readback = _read_back(sents, k, when, time_said, session) if when is not None else None
        if readback is not None:
            fact.evidence.append(readback.evidence())
        proposed = _proposed_before(sents, k, when, session) if when is not None else None
        if proposed is not None:  # "Could we do next Monday at ten?" "Next Monday at ten it is."
            fact.evidence.insert(0, proposed.evidence())
            if _is_therapist(proposed.seg) and not _is_therapist(s.seg):
                _as_proposed(fact, proposed.text, when)  # the client's read-back: the booking as the clinician said it
        if cued and found is not None and fact.value["date"] is not None and fact.value["date"] == found.value["date"] \
                and (found.value["time"] or not time_said) and _is_therapist(s.seg) != any(
                    _is_therapist(x.seg) for x in sents if (x.seg.id, x.start) == (found.evidence[-1].segment,
                                                                                  found.evidence[-1].start)):
            # "Monday May 4th at 5:15?" "5:15 on the fourth works for me.": the other speaker's read-back confirms
            # the booking as first said
            if (s.seg.id, s.start) not in {(e.segment, e.start) for e in found.evidence}:
                found.evidence.append(s.evidence())
            continue
        if cued:
            found = fact
            also = _ALSO_BOOKED.search(s.text, end)
            second = _date_phrase(also.group(0)) if also else None
            if also and second is not None and not _OTHER_DATE.search(also.group("what")):
                # "Thursday at one with me, and skills group on Monday evening as usual": the other fixture
                when2 = resolve_date(second[0], session) if session else None
                said2 = f"{also.group('what').strip()} {also.group(0)[second[1]:second[2]].strip(' ,')}"
                claim2 = f"Also booked: {said2}."
                found_also = Fact(kind="appointment", value={"said": said2, "date": when2.isoformat() if when2
                                                             else None, "time": None, "also": True},
                                  claim=claim2, sentence=claim2 if when2 is None else
                                  f"Also booked: {said2} ({when2.strftime('%A')} {when2.day} "
                                  f"{when2.strftime('%B %Y')}).",
                                  derived=derived, evidence=[s.evidence()])
            else:
                found_also = None
        else:
            fallback = fact
    chosen = found or fallback
    if chosen is None:
        return []
    if found is not None and fallback is not None and fallback.value["time"] and fallback.value["date"] \
            and fallback.value["date"] != found.value["date"] and session is not None \
            and fallback.value["date"] > session.isoformat() \
            and where[fallback.evidence[-1].segment] > where[found.evidence[-1].segment]:
        # A second fixture given a day and a time by the clinician after the booking ("Next depot is due on the
        # 19th, I'll see you at 10." ... "We'll look at it together on Wednesday the 6th at half two."): both kept.
        return [found, fallback]
    extra = found_also if found is not None and found_also is not None \
        and found_also.evidence[0] in found.evidence else None
    return [chosen, extra] if extra else [chosen]


# Another fixture booked in the same sentence: "..., and skills group on Monday evening", "and the family session
# on the 12th".
_ALSO_BOOKED = re.compile(
    r",?\s+and\s+(?:then\s+)?(?P<what>(?:the\s+|your\s+|our\s+)?(?:[\w']+[- ])?(?:group|session|review|clinic|"
    r"meeting|call|appointment|class|workshop|check-in))\s+(?:is\s+)?(?:on|at|next|this)\s+[^.;!?]{2,40}",
    re.IGNORECASE)


# The time changed a sentence or two later in the same turn: "Wait, no, I have a team meeting then. Let's do 4:15.",
# "Oh, hang on, make that 9.45".
_LATER_TIME_CUE = re.compile(r"\b(?:no|sorry|wait|hang on|hold on|actually|instead|rather|make (?:it|that)|"
                             r"let's (?:do|say|go for)|change (?:it|that) to|better make it)\b", re.IGNORECASE)
LATER_TIME_REACH = 2  # sentences after the booking sentence, in the same turn


def _later_time(sents: Sequence[_Sent], k: int) -> tuple[str, _Sent] | None:
    """A time corrected after the booking sentence, in the next sentences of the same turn and with no new date
    (the time said with its correction), else None."""
    here = sents[k]
    for nxt in sents[k + 1: k + 1 + LATER_TIME_REACH]:
        if nxt.seg.id != here.seg.id:
            return None
        if _date_phrase(nxt.text) is not None:
            return None  # a new date: the sentence is a booking of its own
        times = list(_TIME_RE.finditer(nxt.text))
        if len(times) == 1 and _LATER_TIME_CUE.search(nxt.text[: times[0].start()]):
            t = times[0]
            return (t.group("time") or t.group("bare")), nxt
    return None


# The time of a booking given in the next sentence of the same turn: "... due on the 2nd of June. I've put you in
# for 11 o'clock.", "... on Thursday the 9th. Let's say half ten?"
_TIME_NEXT_CUE = re.compile(r"\b(?:put you (?:in|down)|pencil(?:led)? (?:you|it|that)|book(?:ed)? (?:you|it|that)|"
                            r"(?:got|have|had) you (?:in|down)|slot|let's (?:say|do|go for|make it)|make it|"
                            r"(?:shall|could|can) we (?:say|do)|it'?s at|that'?s at|(?:the )?time is)\b", re.IGNORECASE)


def _time_after(sents: Sequence[_Sent], k: int) -> tuple[str, _Sent] | None:
    """The time of a booking said without one, given in the next sentence of the same turn with a booking cue and
    no date of its own, else None."""
    here = sents[k]
    nxt = sents[k + 1] if k + 1 < len(sents) else None
    if nxt is None or nxt.seg.id != here.seg.id or _date_phrase(nxt.text) is not None:
        return None
    times = list(_TIME_RE.finditer(nxt.text))
    if len(times) == 1 and _TIME_NEXT_CUE.search(nxt.text[: times[0].start()]):
        return (times[0].group("time") or times[0].group("bare")), nxt
    return None


def _as_proposed(fact: Fact, text: str, when: date | None) -> None:
    """Write the appointment as the clinician proposed it ("Monday May 4th at 5:15?"), read back by the client in
    other words ("5:15 on the fourth works for me"), when the proposal gives the time or the read-back none."""
    picked = _date_phrase(text)
    if picked is None:
        return
    said = text[picked[1]: picked[2]].strip(" ,")
    times = [t for t in _TIME_RE.finditer(text) if t.start() >= picked[1]]
    time_said = (times[0].group("time") or times[0].group("bare")) if times else None
    if time_said is None and fact.value["time"]:
        return
    phrase = said + (f" at {time_said}" if time_said and not re.search(rf"\b{re.escape(time_said)}\b", said,
                                                                         re.IGNORECASE) else "")
    same = re.search(r"\bsame (?:time|slot)\b", text, re.IGNORECASE)
    if same and same.group(0).lower() not in phrase.lower():
        phrase += f", {same.group(0).lower()}"
    fact.value.update(said=phrase, time=time_said)
    fact.claim = f"Next appointment: {phrase}."
    fact.sentence = fact.claim if when is None else \
        f"Next appointment: {phrase} ({when.strftime('%A')} {when.day} {when.strftime('%B %Y')})."


def _proposed_before(sents: Sequence[_Sent], k: int, when: date, session: date | None) -> _Sent | None:
    """The other speaker's proposal of the same date in the turn just before ("Could we do next Monday at ten?"
    "Next Monday at ten it is."), else None."""
    here = sents[k]
    for prev in reversed(sents[:k]):
        if prev.seg.id == here.seg.id:
            continue
        if prev.index < here.index - 1 or _is_therapist(prev.seg) == _is_therapist(here.seg):
            return None
        picked = _date_phrase(prev.text)
        if picked is not None and session is not None and resolve_date(picked[0], session) == when:
            return prev
    return None


def _read_back(sents: Sequence[_Sent], k: int, when: date, time_said: str | None, session: date | None
               ) -> _Sent | None:
    """The other speaker's read-back of the booking in the next turn ("Tuesday the 4th of August, 9.45. Got it."):
    the same date, and the same time when one is said, else None."""
    here = sents[k]
    for nxt in sents[k + 1:]:
        if nxt.seg.id == here.seg.id:
            continue
        if nxt.index > here.index + 1 or _is_therapist(nxt.seg) == _is_therapist(here.seg):
            return None
        picked = _date_phrase(nxt.text)
        if picked is None or session is None or resolve_date(picked[0], session) != when:
            continue
        times = [(t.group("time") or t.group("bare")).lower() for t in _TIME_RE.finditer(nxt.text)]
        if times and time_said and time_said.lower() not in times:
            return None
        return nxt
    return None
