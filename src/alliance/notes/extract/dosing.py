"""The grammar of a medication said beside its name: doses (with or without a unit, in words, counted in tablets,
as a part of a tablet), the schedule and as-needed condition said after a dose, and changes (started, stopped,
increased, reduced, switched, missed; planned or made), with the new dose a change gives.

The finding of the drugs and whose they are is `alliance.notes.extract.medication`; the names are
`alliance.notes.extract.drugs`.
"""

from __future__ import annotations

import re

from alliance.notes.extract.common import _HALF, _NEGATED, NUMBER, parse_number
from alliance.notes.extract.drugs import _drug_mentions


_UNIT = (r"mg|mgs|milligrams?|miligramos?|mcg|micrograms?|µg|ug|mls?|mils?|millilit(?:er|re)s?|mililitros?|grams?|"
         r"gramos?|g|units?|unidades|iu")
_DOSE_RE = re.compile(rf"(?P<num>\b(?:{NUMBER})|{_HALF})\s*-?\s*(?P<unit>{_UNIT})\b", re.IGNORECASE)
_FREQ_RE = re.compile(
    r"\b(?:once|twice|three times|una vez|dos veces)(?: a| per| al)? (?:day|daily|night|week|d[ií]a|semana)"
    r"|\bevery (?:other|second|third) (?:day|night|morning|evening|week)\b|\b(?:on )?alternate (?:days|nights)\b"
    r"|\b(?:every|each|at|in the|por la|cada|at bed ?time)\s+(?:morning|evening|night|bedtime|day|ma[nñ]ana|"
    r"noche|d[ií]a)s?\b|\bat bedtime\b|\bdaily\b|\bnightly\b|\bas needed\b|\bwhen needed\b|\bas and when\b|\bprn\b|"
    r"\bal d[ií]a\b|\b(?:one|two|three|four|a|an|\d+)\s+(?:(?:tablets?|capsules?|pills?)\s+)?(?:a|per|each)\s+"
    r"(?:day|night|morning|evening)\b", re.IGNORECASE)
# The schedule said right after the dose, kept verbatim: "25 milligrams when I can't settle", "5 milligrams up to
# three times a day", "50 mg a day", "25 milligrams for the first week"; one clause only, the next one is not taken.
_SCHEDULE_PIECE = re.compile(
    r"\s*,?\s*(?P<piece>(?:(?:up to|at most|no more than)\s+)?(?:once|twice|three times|four times|(?:one|two|three|four|"
    r"\d+) (?:tablets?|capsules?|pills?|puffs?))(?: a| per)? (?:day|night|week|morning|evening)"
    r"|(?:a|per|each) (?:day|night|week)|daily|nightly|(?:every|each|at|in the) (?:morning|evening|night|bedtime|day)s?"
    r"|at bed ?time|as needed|when needed|as required|if needed|prn"
    r"|for the (?:first|next) (?:week|fortnight|few days|two weeks|month)|for (?:a|one|two) (?:week|weeks|fortnight)"
    r"|(?:only )?(?:when|if|whenever) (?:i|you|he|she|they|it|the|my|your)\b[^,.;:?!]{1,40}?)"
    r"(?=\s*(?:[,.;:?!]|$|\b(?:and|but|then|maybe|probably|so|since|until|which)\b))", re.IGNORECASE)
SCHEDULE_PIECES = 3


def _schedule_after(text: str, end: int) -> str | None:
    """The schedule and as-needed condition said right after a dose ending at end, verbatim with what joins it to
    the dose (" when I can't settle", ", up to three times a day"); None if none."""
    pieces, pos = 0, end
    while pieces < SCHEDULE_PIECES:
        m = _SCHEDULE_PIECE.match(text, pos)
        if m is None:
            break
        pieces, pos = pieces + 1, m.end()
    return text[end:pos].rstrip() or None


# (pattern, change); the first that matches near the drug name wins, so specific patterns come first.
_CHANGES: list[tuple[re.Pattern[str], str]] = [(re.compile(p, re.IGNORECASE), c) for p, c in (
    (r"\bswitch(?:ed|ing)?\b|\bswap(?:ped|ping|s)?\b|\breplac(?:e|ed|ing)\b|"
     r"\bchang(?:e|ed|ing) (?:me |you |it )?(?:from|over|to)\b|\bmov(?:e|ed|ing) (?:me |you )?(?:from|over|onto)\b|\bcambi(?:ó|o|ar|amos)\b",
     "switched"),
    (r"\b(?:increas(?:e|ed|ing)|upp(?:ed|ing)|rais(?:ed|ing)|went up|gone up|go up|bump(?:ed|ing)?(?! into)|"
     r"(?:put|take|taking|took|bring|brought|step|move|moving) (?:me |it |my |her |his |the )?"
     r"(?!(?:lift|stairs|escalator|elevator|steps) )(?:[\w-]+ )?up|doubl(?:ed|ing)|titrat(?:ed|ing) up|sub(?:ió|io|ir)|aument(?:ó|o|ar|amos))\b",
     "increased"),
    (r"\b(?:reduc(?:e|ed|ing)|decreas(?:e|ed|ing)|lower(?:ed|ing)?|cut (?:it |them |that |the dose )?(?:back|down)|"
     # the particle after the drug: "cut the tramadol down", "brought my quetiapine down"
     r"(?:cut|brought|bring|take|taking|taken|took|knocked|step|move|drop) (?:the |my |your |it |them )?(?:[\w-]+ )?"
     r"(?:back|down)\b(?! to (?:the )?(?:chemist|pharmacy|shop|clinic|surgery))|step(?:ped|ping)? down|"
     r"cut it |went down|"
     r"gone down|come down|came down|brought (?:it )?down|"
     # "drop the zolpidem to 5 mg", "dropped me down to 50"
     r"dropp?(?:ed|ing)? (?:it |me |the dose )?(?:down |back )?to|"
     r"dropp?(?:ed|ing)? (?:the |my |your |her |his )[\w-]+ (?:down |back )?(?=to\b)|"
     r"halv(?:e|ed|ing)|taper(?:ed|ing)?(?! off)|tapering (?:it |them )?off|wean(?:ed|ing)?(?! off)|"
     r"weaning (?:me |myself |it )?off|(?:only |just )?tak(?:e|es|ing|en) half|baj(?:ó|o|ar|amos)|"
     r"reduj(?:o|imos))\b",
     "reduced"),
    (r"\b(?:stopp?(?:ed|ing)?|came off|come off|coming off|gone off|went off|weaned (?:me |myself )?off|"
     r"tapered (?:me |myself |it |them )?off|t(?:ook|aken?) (?:me |her |him |them )?off|quit|discontinu(?:e|ed|ing)|no longer|given up|gave up|binned|ditch(?:ed|ing)?|"
     r"dej(?:é|e|ó|o|ar)(?: de tomar)?|suspend(?:ió|io|er|imos))\b", "stopped"),
    (r"\b(?:miss(?:ed|ing)?|forg(?:o|e)t(?:ten)?(?! to (?:tell|mention|say|ask|bring|let))|skipp?(?:ed|ing)?|r[au]n(?:ning)? out|haven't been taking|"
     r"hasn't been taking|not been taking|(?:only )?tak(?:e|en|ing) (?:it|them) (?:on and off|now and then|"
     r"sometimes)|olvid(?:é|e|ó|o|ar))\b", "missed"),
    (r"\b(?:(?:re)?start(?:ed|ing)?|began|begun|put (?:me|her|him|them) on|prescrib(?:ed|ing)|new prescription|"
     r"back on|just got|going back on|went back on|empec(?:é|e)|empez(?:ó|o|ar)|recet(?:ó|o|aron))\b",
     "started"),
    (r"\b(?:stay(?:s|ed|ing)? on|keep(?:s|ing)? (?:you )?(?:on|taking)|continu(?:e|ed|ing|es)|"
     r"carry(?:ing)? on (?:with|taking)|remain(?:s|ed|ing)? on)\b", "continued"),
)]
# What the clinician decides in the session is a planned change ("I'd like to bump the mirtazapine up to 30mg",
# "let's reduce it to 100"); what someone else might do, or the client would like, is not a change.
_DECIDED = re.compile(r"\b(?:i'?d like (?:you )?to|i would like (?:you )?to|i want you to|i'?m going to|i am going to|i'?ll|i will|we'?ll|we will|"
                      r"let'?s|let us|we'?re going to|we are going to|i want to|we(?:'ve| have)? agreed to|"
                      r"(?:the )?(?:plan|idea|aim|intention)\b[^.,;]{0,30}?\bis to|i'?m (?:happy|suggesting) (?:for you |with you )?to)\s+(?:\w+\s+)?$",
                      re.IGNORECASE)
PLANNED = {"increased": "increase planned", "reduced": "reduction planned", "stopped": "stop planned",
           "started": "start planned", "switched": "switch planned", "continued": "continued"}
_TAKING = re.compile(r"\b(?:tak(?:e|es|ing)|on|tomo|tomando|toma)\b", re.IGNORECASE)


def _doses(text: str) -> list[re.Match[str]]:
    return [m for m in _DOSE_RE.finditer(text) if parse_number(m.group("num")) is not None]


def _dose_for(text: str, mentions: list[re.Match[str]], j: int) -> re.Match[str] | None:
    """The dose of the sentence nearest mention j (each dose belongs to its nearest drug name; on a tie, the
    name before it: "aripiprazole, 5 milligrams, on top of the lithium")."""
    best = None
    for d in _doses(text):
        def gap(m: re.Match[str]) -> tuple[int, int]:
            after = d.start() >= m.end()
            return (d.start() - m.end() if after else max(m.start() - d.end(), 0), 0 if after else 1)
        owner = min(range(len(mentions)), key=lambda i: gap(mentions[i]))
        # A sentence naming one drug: its dose wherever it is said ("Sertraline is the one we use most ..., so
        # I'll prescribe fifty milligrams once a day").
        reach = len(text) if len(mentions) == 1 else 60
        if owner == j and gap(mentions[j])[0] <= reach and (best is None or gap(mentions[j]) < best[0]):
            best = (gap(mentions[j]), d)
    if best and len(mentions) == 1:
        # a dose corrected as it is said: "one milligram at night - sorry, she is correcting me - two milligrams"
        later = next((d for d in _doses(text) if d.start() > best[1].end()
                      and d.start() - best[1].end() <= CORRECTION_REACH
                      and _DOSE_CORRECTED.search(text[best[1].end(): d.start()])), None)
        if later is not None:
            return later
    return best[1] if best else None


_DOSE_CORRECTED = re.compile(r"\b(?:sorry|no|i mean|she means|he means|correcting|correction|rather|make that|scratch "
                             r"that|wait)\b", re.IGNORECASE)
CORRECTION_REACH = 60  # characters between a dose and its correction


# A change that did not happen: said of what to avoid or what might be ("stopping it suddenly can cause ...",
# "if you miss a dose", "don't stop it").
_HYPOTHETICAL_BEFORE = re.compile(
    r"\b(?:if|unless|without|avoid|never|don't|do not|shouldn't|should not|not to|in case)\s+(?:you\s+|we\s+|i\s+|"
    r"they\s+|she\s+|he\s+)?(?:\w+\s+)?$"
    # a change planned, not made: "the GP wants to increase it", "we might reduce it", "thinking about stopping"
    r"|\b(?:is|was) to\s+$"  # "the plan from the memory clinic is to increase it"
    r"|\b(?:wants?|wanted|going|plans?|planning|hop(?:e|es|ing)|like|need|needs|ought|aim|aiming)\s+"
    r"(?:(?:you|him|her|them)\s+)?to\s+$"
    r"|\b(?:will|'ll|might|may|could|would|should|shall|(?:think|talk)(?:s|ing|ed)? (?:of|about)|consider(?:s|ing)?|"
    r"discuss(?:ed|ing)?)\s+(?:\w+\s+)?$",
    re.IGNORECASE)
_GENERIC_EFFECT = re.compile(r"\b(?:can|could|may|might|will|would|tends? to|often|usually)\s+(?:\w+\s+)?"
                             r"(?:cause|make|lead|give|bring|trigger|leave|mean)\b", re.IGNORECASE)


def _change_event(text: str, start: int, end: int, *, reach: int = 45, planner: bool = False
                  ) -> tuple[str, re.Match[str]] | None:
    """The change verb closest to the drug mention in the same sentence (not negated, not hypothetical; with
    `planner`, the clinician's decision made in the session is a planned change) and its match."""
    best: tuple[int, str, re.Match[str]] | None = None
    for pattern, change in _CHANGES:
        for m in pattern.finditer(text):
            before = text[max(0, m.start() - 25): m.start()]
            if _NEGATED.search(before):
                continue
            if change == "continued" and text.rstrip().endswith("?"):
                continue  # "Are you continuing the sertraline?" asks; the answer says
            planned = False
            if _HYPOTHETICAL_BEFORE.search(before):
                if not (planner and _DECIDED.search(text[max(0, m.start() - 40): m.start()])):
                    continue
                planned = True
            if m.group(0).lower().endswith("ing") and _GENERIC_EFFECT.search(text[m.end():]):
                continue  # "stopping sertraline suddenly can cause dizziness": what a change does, not one made
            dist = start - m.end() if m.end() <= start else m.start() - end
            dist = max(dist, 0)
            # A verb further on whose object points back at the drug: "..., but I've skipped the lunchtime ones".
            back = m.start() >= end and bool(_OBJECT_AFTER.match(text[m.end():])) and dist <= 2 * reach
            if (dist <= reach or back) and (best is None or dist < best[0]):
                best = (dist, PLANNED[change] if planned else change, m)
    return (best[1], best[2]) if best else None


def _change_near(text: str, start: int, end: int, *, reach: int = 45, planner: bool = False) -> str | None:
    """The change closest to the drug mention in the same sentence (see `_change_event`)."""
    event = _change_event(text, start, end, reach=reach, planner=planner)
    return event[0] if event else None


# What follows a change verb and belongs to it: "skipped about five days", "weaned off", "bumped ... up to 30mg".
_CHANGE_TAIL = re.compile(
    rf"^(?:\s+(?:off|up|down|back|over))?(?:\s+(?:me|myself|it|them)(?=\s+(?:off|up|down|back)\b))?"
    rf"(?:\s+(?:off|up|down|back))?(?:(?:\s+(?:about|around|roughly|maybe|nearly|almost|over|at least|a few|"
    rf"a couple of|the odd|some|(?:{NUMBER})|half)\b)+\s+(?:days?|doses?|nights?|weeks?|tablets?|pills?|"
    rf"capsules?|mornings?|evenings?|times?)\b)?", re.IGNORECASE)
_AMOUNT_AFTER = re.compile(
    rf"^[^.;,?!]{{0,30}}?\s((?:(?:like|about|around|roughly|maybe|nearly|almost|for)\s+)?(?:{NUMBER}|a few|a couple of|"
    rf"the odd)\s+(?:days?|doses?|nights?|weeks?|tablets?|pills?|mornings?|evenings?|times)(?:\s+ago)?)\b", re.IGNORECASE)
CHANGE_WORDS = 8  # the most words of a change as said


def _change_said(text: str, verb: re.Match[str], to: re.Match[str] | None = None) -> str:
    """The change as said: the verb with its particle and amount ("weaned off", "skipped about five days"), and
    the new dose of a planned change (" to 30mg"). Words naming the drug or whose it is ("put my sertraline up")
    are left to the rest of the note sentence."""
    end = verb.end() + _CHANGE_TAIL.match(text[verb.end():]).end()
    said = re.sub(r"\s+", " ", text[verb.start(): end]).strip(" ,")
    amount = _AMOUNT_AFTER.match(text[end:]) if end == verb.end() else None
    if amount is not None:  # "skipped the Lexapro like three days": how much, said after the drug
        said = f"{said} {amount.group(1)}"
    if _drug_mentions(said) or re.search(r"\b(?:my|your|his|her|their|our)\b", said, re.IGNORECASE):
        said = ""
    words = said.split()
    said = " ".join(words[:CHANGE_WORDS]) if len(words) > CHANGE_WORDS else said
    if to is not None:
        dose = text[to.start("num"): to.end()].strip()
        said = f"{said} to {dose}".strip()
    return said


def _change_label(change: str, said: str) -> str:
    """"stopped: weaned off" (the canonical change and the words said); "missed two doses" when the words said
    begin with the change's own verb; "stopped" when they are the same."""
    first, _, rest = said.partition(" ")
    if not said:
        return change
    if first.lower() == "to":  # "increase planned to 30mg"
        return f"{change} {said}"
    if first.lower().startswith(change.split()[0][:4].lower()):
        return f"{change} {rest}".strip()
    return f"{change}: {said}"


# Doses said without a unit: "fluoxetine 40", "half a tablet of the 100", "tapered it from 150 to 75".
_BARE_NUMBER = rf"(?:\d+(?:\.\d+)?|(?:{NUMBER}))"
# A dose said as past, then the dose now in the next sentence of the turn.
_WAS_ON = re.compile(r"\b(?:i|she|he|they|we)(?: was| were|'d been| had been| used to be)\s+(?:on|taking)\s+(?:the\s+)?$",
                     re.IGNORECASE)
_NOW_LEAD = re.compile(r"^\W*(?:(?:and|but|so),?\s+)?(?:now|these days|at the moment|currently)\b", re.IGNORECASE)
_NOW_NUMBER = re.compile(rf"(?<![\w-])(?P<num>{_BARE_NUMBER})(?:\s*-?\s*(?P<unit>{_UNIT})\b)?", re.IGNORECASE)
_DOSE_FRACTION = re.compile(
    rf"\b(?P<frac>half|a quarter|quarter|one|two|three|a|an)\s+(?:of\s+)?(?:a\s+)?(?:tablets?|pills?|capsules?|"
    rf"tabs?)\s+of\s+(?:the\s+|my\s+|a\s+)?(?P<num>{_BARE_NUMBER})(?:\s*-?\s*(?P<unit>{_UNIT})\b)?"
    # a part of the strength, no tablet named: "half of the twenty", "a quarter of the hundred"
    rf"|\b(?P<frac2>half|a quarter|quarter)\s+of\s+(?:the|my)\s+(?P<num2>{_BARE_NUMBER})(?:\s*-?\s*(?P<unit2>{_UNIT})\b)?",
    re.IGNORECASE)
_FRACTIONS = {"half": 0.5, "a quarter": 0.25, "quarter": 0.25, "one": 1, "a": 1, "an": 1, "two": 2, "three": 3}
_AFTER_NAME = re.compile(
    rf"^\s*,?\s*(?:(?:yeah|yes|yep|aye|um|uh|still)\s*,\s*)?(?:at\s+|is\s+|now\s+|(?:up\s+|down\s+|back\s+)?to\s+)?"
    rf"(?P<num>{_BARE_NUMBER})\b", re.IGNORECASE)
# The dose as a thing named after the drug, in the clause that follows: "the amitriptyline, the ten at night",
# "lithium, still the nine hundred", "the Abilify Maintena, the four hundred", "the fluoxetine's twenty now"
# (a brand's second word, such as "Maintena" or "XL", may come between).
_THE_DOSE_AFTER = re.compile(
    rf"^(?:\s+(?:[A-Z][\w-]+|XL|XR|SR|ER|CR))?(?:'s\s+|\s*,\s*|\s+(?:is|was)\s+)(?:(?:still|now|just|only|currently|"
    rf"on|at)\s+)?(?:(?:still|now|just|only|currently|on|at)\s+)?(?:the|a|an)?\s*(?P<num>{_BARE_NUMBER})\b(?!\s+(?:of|or)\b)")
# The dose said in the clause before the name, set off by a comma: "I'm on the sixty now, the fluoxetine".
_ON_DOSE_BEFORE = re.compile(
    rf"\b(?:i'm|i am|i've been|she's got me|he's got me|they've got me|got me|has me|have me)\s+(?:on|taking|at)\s+"
    rf"(?:the\s+)?(?P<num>{_BARE_NUMBER})(?:\s+now)?\s*,\s*(?:the\s+|my\s+|that's\s+(?:the\s+)?)?$",
    re.IGNORECASE)
# The dose taken now given in the next sentence of the same turn: "... increased the fluvoxamine. Earlier it was
# one hundred, now one fifty at night."
_NOW_DOSE = re.compile(rf"(?:^|,\s*|\bbut\s+|\band\s+)(?:it's\s+|it is\s+|i'm\s+(?:on\s+)?)?(?:now|currently)\s+"
                       rf"(?:it's\s+|it is\s+|on\s+|at\s+)?(?:the\s+)?(?P<num>{_BARE_NUMBER})\b", re.IGNORECASE)
_BEFORE_NAME = re.compile(rf"(?<!of )\b(?:on|take|takes|taking|taken|had|get|gets|the|still|just)\s+"
                          rf"(?P<num>{_BARE_NUMBER})\s+"
                          rf"(?:of\s+(?:the\s+|my\s+|your\s+)?)?$", re.IGNORECASE)
# "I'm on 20 of citalopram", "still the twenty-five of quetiapine", "the two co-codamol"
# The dose taken now said in a clause after the name: "bumped up the lithium, I'm on eight hundred now".
_ON_DOSE = re.compile(rf"^[^.;?]{{0,40}}?\b(?:i'm|i am|i've been|you're|you are|now|currently|got me|has me|"
                      rf"have me|had me|put me|keeps? me)\s+"
                      rf"(?:on|taking|at)\s+(?:the\s+)?(?P<num>{_BARE_NUMBER})\b", re.IGNORECASE)
# A dose in a sentence of its own after the name: "... forgot my Wellbutrin. The one-fifty."
_DOSE_ALONE = re.compile(rf"^\W*(?:the\s+|on\s+(?:the\s+)?)?(?P<num>{_BARE_NUMBER})(?:\s*-?\s*(?P<unit>{_UNIT})\b)?"
                         rf"(?:\s+ones?)?\W*$", re.IGNORECASE)
_TO_DOSE = re.compile(
    rf"(?:\bfrom\s+(?:{_BARE_NUMBER})\s+|\b(?:up|down|back)\s+|\b(?:increas|reduc|decreas|lower|taper|cut|"
    rf"dropp?|rais|halv|doubl|titrat|bump|upp)\w*\s+(?:it\s+|them\s+|me\s+|that\s+|the dose\s+)?(?:back\s+|down\s+|"
    rf"up\s+)?)to\s+(?:the\s+)?(?P<num>{_BARE_NUMBER})\b", re.IGNORECASE)
_NOT_A_DOSE_AFTER = re.compile(r"^\s*(?:days?|weeks?|months?|years?|hours?|minutes?|times?|sessions?|ago|%|"
                               r"percent|o'clock|am|pm|a\.m\.|p\.m\.|tablets?|pills?|capsules?|people|of (?:them|"
                               r"those)|(?:a|per|each) (?:day|night|week)|out of|or so|in the (?:morning|afternoon|evening))\b", re.IGNORECASE)


# A new dose: "from one milligram to two milligrams", "up to 30mg", "down to 0.5 mg".
_NEW_DOSE = re.compile(
    rf"(?:\bfrom\s+(?P<old>{_BARE_NUMBER})(?:\s*-?\s*(?P<old_unit>{_UNIT})\b)?\s+(?:up\s+|down\s+|back\s+)?|"
    rf"\b(?:up|down|back)\s+)to\s+(?:the\s+)?(?P<num>{_BARE_NUMBER})(?:\s*-?\s*(?P<unit>{_UNIT})\b)?",
    re.IGNORECASE)
# A dose counted in tablets: "two acamprosate tablets", "one capsule of pregabalin", "2 puffs".
_COUNT_DOSE = (rf"(?P<num>{NUMBER}|half(?:\s+a)?)\s+(?:{{name}}\s+)?"
               r"(?P<unit>tablets?|capsules?|pills?|puffs?|sachets?|patch(?:es)?|injections?|drops?|tabs?)\b")


def _count_dose(window: str, name_start: int, name_end: int, name: str) -> re.Match[str] | None:
    """"Two acamprosate tablets": a count of tablets said beside the drug (within a few words)."""
    pattern = re.compile(r"\b" + _COUNT_DOSE.replace("{name}", re.escape(name)), re.IGNORECASE)
    for m in pattern.finditer(window):
        if m.group("num").lower() in ("a", "an"):
            continue
        near = m.end() >= name_start - 25 and m.start() <= name_end + 30
        if near and parse_number(m.group("num")) is not None or m.group("num").lower().startswith("half"):
            return m
    return None


class _Step:
    """A change found beside a drug: the change, its label as said, and the dose after it."""

    def __init__(self, change: str | None = None, label: str | None = None,
                 dose: tuple[str, float | None, str | None] | None = None,
                 planned_span: tuple[int, int] | None = None) -> None:
        self.change, self.label, self.dose = change, label, dose
        self.planned_span = planned_span  # where a planned new dose is said (not the dose taken now)


def _dose_change(text: str, start: int, end: int, *, planner: bool) -> _Step:
    """The change said beside text[start:end] (a drug or its dose) and the new dose it gives: "bumped the prazosin
    from one milligram to two milligrams" is increased to two milligrams; "I'd like to bump the mirtazapine up to
    30mg" is an increase planned, the dose taken stays; "started on 25mg, and it goes up to 50 in two weeks" is
    started at 25 (the step up is not the verb's)."""
    event = _change_event(text, start, end, planner=planner)
    new = next((x for x in _NEW_DOSE.finditer(text)
                if _plausible_dose(x.group("num"), text[x.end("num"):]) is not None), None)
    if new is None and event is not None:  # "increase the sertraline to 100mg": the verb's own "to"
        new = next((x for x in _TO_AFTER_VERB.finditer(text, event[1].end(), min(len(text), event[1].end() + 60))
                    if _plausible_dose(x.group("num"), text[x.end("num"):]) is not None), None)
    fixed = _CORRECTED_DOSE.match(text, new.end()) if new is not None else None
    if fixed is not None and _plausible_dose(fixed.group("num"), text[fixed.end("num"):]) is not None:
        new = fixed  # "go up to two hundred, sorry, one hundred and fifty milligrams": the dose as corrected
    if new is not None and event is not None:
        verb = event[1]
        between = text[verb.end(): new.start()] if verb.end() <= new.start() else text[new.end(): verb.start()]
        if len(between) > 45 or _CLAUSE_END.search(between):
            new = None  # the new dose belongs to another clause
    change = event[0] if event else None
    if change is None and new is not None and new.group("old"):
        old_v, new_v = parse_number(new.group("old")), parse_number(new.group("num"))
        if old_v is not None and new_v is not None and old_v != new_v:
            change = "increased" if new_v > old_v else "reduced"
    if change is None:
        return _Step()
    planned = change.endswith("planned")
    said = _change_said(text, event[1], new if planned else None) if event else ""
    label = _change_label(change, said)
    if new is None or planned:
        return _Step(change, label, planned_span=(new.start("num"), new.end()) if new is not None else None)
    unit = new.group("unit") or new.group("old_unit")
    dose_text = text[new.start("num"): new.end()].strip() if new.group("unit") else new.group("num")
    if unit and not new.group("unit"):
        dose_text = f"{dose_text} {unit}"
    if new.group("old"):
        # "from a hundred to fifty": both doses, as said
        label += f" from {text[new.start('old'): new.end('old_unit') if new.group('old_unit') else new.end('old')]}" \
            f" to {text[new.start('num'): new.end()].strip()}"
    return _Step(change, label, (dose_text, parse_number(new.group("num")), unit))


_TO_AFTER_VERB = re.compile(rf"\bto\s+(?:the\s+)?(?P<num>{_BARE_NUMBER})(?:\s*-?\s*(?P<unit>{_UNIT})\b)?"
                            rf"(?P<old>)?(?P<old_unit>)?", re.IGNORECASE)
# A new dose corrected as it is said: "up to two hundred, sorry, one hundred and fifty milligrams".
_CORRECTED_DOSE = re.compile(rf"\s*,?\s*(?:sorry|no|i mean|or rather|rather|make (?:that|it))\s*,?\s*(?:to\s+)?"
                             rf"(?P<num>{_BARE_NUMBER})(?:\s*-?\s*(?P<unit>{_UNIT})\b)?(?P<old>)?(?P<old_unit>)?",
                             re.IGNORECASE)
_COUNT_UNITS = {"tablet", "capsule", "pill", "puff", "sachet", "patche", "patch", "injection", "drop", "tab"}
_CLAUSE_END = re.compile(r"[;:]|,\s+(?:and|but|so|then)\b|\b(?:but|if|when|once|after|until)\b", re.IGNORECASE)


def _plausible_dose(num_text: str, rest: str) -> float | None:
    """A number said next to a drug as its dose: not a duration, time or count, and in a dose's range."""
    if num_text.lower().strip() in ("a", "an", "one") or _NOT_A_DOSE_AFTER.match(rest):
        return None
    value = parse_number(num_text)
    return value if value is not None and 0 < value <= 3000 else None


def _fraction_dose(window: str) -> tuple[re.Match[str], float] | None:
    """"half a tablet of the 100": the match and the dose it makes (50)."""
    frac = _DOSE_FRACTION.search(window)
    if frac is None:
        return None
    strength = parse_number(frac.group("num") or frac.group("num2"))
    if strength is None or not 0 < strength <= 3000:
        return None
    return frac, _FRACTIONS[(frac.group("frac") or frac.group("frac2")).lower()] * strength


def _unitless_dose(window: str, name_start: int, name_end: int) -> tuple[str, float, str | None] | None:
    """(dose as said, value, unit) for a dose without a unit in the clauses of one mention."""
    frac = _fraction_dose(window)
    if frac:
        return frac[0].group(0), frac[1], frac[0].group("unit") or frac[0].group("unit2")
    before = _BEFORE_NAME.search(window[:name_start])
    if before:
        value = _plausible_dose(before.group("num"), "")
        if value is not None:
            return before.group("num"), value, None
    before = _ON_DOSE_BEFORE.search(window[:name_start])
    if before:
        value = _plausible_dose(before.group("num"), window[before.end("num"):])
        if value is not None:
            return before.group("num"), value, None
    for after in (_AFTER_NAME.match(window[name_end:]), _THE_DOSE_AFTER.match(window[name_end:]),
                  _ON_DOSE.match(window[name_end:])):
        if after:
            end = name_end + after.end("num")
            value = _plausible_dose(after.group("num"), window[end:])
            if value is not None:
                return after.group("num"), value, None
    for m in _TO_DOSE.finditer(window):
        value = _plausible_dose(m.group("num"), window[m.end("num"):])
        if value is not None:
            return m.group("num"), value, None
    return None


_OBJECT_AFTER = re.compile(r"^\s+(?:\w+\s+)?(?:it|them|those|these|that one|the (?:tablets?|pills?|dose|doses|"
                           r"medication|medicine|capsules?|prescription)|the (?:\w+\s+)?(?:ones?|doses?|tablets?|"
                           r"pills?))\b", re.IGNORECASE)


def _spaced_units(text: str) -> str:
    """"100mg" -> "100 mg" (a note writes a space between a dose and its unit)."""
    return re.sub(rf"(?<=\d)(?=(?:{_UNIT})\b)", " ", text, flags=re.IGNORECASE)
