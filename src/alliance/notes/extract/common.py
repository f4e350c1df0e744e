"""What every kind of fact shares: the fact model, sentences, numbers in digits and words, negation."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, Literal

from pydantic import BaseModel, Field

from alliance.notes.transcripts import Segment, split_sentences


# "risk" is the clinician's risk enquiry (`extract_risk_enquiry`); the risk finding itself is the safety screen's.
Kind = Literal["medication", "score", "intervention", "homework", "appointment", "risk"]
KINDS: tuple[Kind, ...] = ("medication", "score", "intervention", "homework", "appointment")

# --- numbers -------------------------------------------------------------------------------------------------

_UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
    "nueve": 9, "diez": 10, "once": 11, "doce": 12, "quince": 15, "veinte": 20, "treinta": 30, "cuarenta": 40,
    "cincuenta": 50, "cien": 100, "ciento": 100, "doscientos": 200, "trescientos": 300,
}
_ATOM = (r"\d+(?:[.,]\d+)?|" + "|".join(sorted((w for w in _UNITS_WORDS if w not in {"once"}), key=len,
                                              reverse=True)) + r"|hundred|thousand")
# "a hundred and fifty", "twenty-five", "two point five", "12.5", "half a"
NUMBER = (rf"(?:(?:a|an)\s+)?(?:{_ATOM})(?:(?:\s+and\s+|\s+point\s+|\s+y\s+|[\s-]+)(?:{_ATOM}))*"
          r"(?:\s+and\s+a\s+half)?")
_NUMBER_RE = re.compile(rf"\b(?:{NUMBER})\b", re.IGNORECASE)
_HALF = r"half(?:\s+(?:a|of\s+a))?"


def parse_number(text: str) -> float | None:
    """A number from digits or English/Spanish number words ("a hundred and fifty" -> 150, "two point five" -> 2.5)."""
    t = text.strip().lower().replace(",", ".") if re.fullmatch(r"\d+,\d+", text.strip()) else text.strip().lower()
    if re.fullmatch(r"\d+(?:\.\d+)?", t):
        return float(t)
    if re.fullmatch(_HALF, t):
        return 0.5
    and_a_half = re.fullmatch(r"(.+?)\s+and\s+a\s+half", t)  # "two and a half" -> 2.5
    if and_a_half:
        whole = parse_number(and_a_half.group(1))
        return whole + 0.5 if whole is not None else None
    words = re.findall(r"[a-záéíóúñ]+|\d+(?:\.\d+)?", t)
    spoken = re.fullmatch(r"(one|two|three|four|five|six|seven|eight|nine)[- ](\w+(?:[- ]\w+)?)", t)
    if spoken and not re.search(r"\b(?:hundred|thousand|point|and)\b", t):  # "one-fifty": 150, "two-twenty-five"
        rest = parse_number(spoken.group(2))
        if rest is not None and 10 <= rest <= 99:
            return _UNITS_WORDS[spoken.group(1)] * 100 + rest
    total, current, decimals, seen = 0.0, 0.0, None, False
    for i, w in enumerate(words):
        if w in ("a", "an", "and", "y"):
            # "a hundred" is 100, but "a 3" ("I got a 3") is 3
            if w in ("a", "an") and words[i + 1: i + 2] in (["hundred"], ["thousand"]):
                current = current or 1
            continue
        if w == "point":
            decimals = ""
            continue
        if decimals is not None:
            value = _UNITS_WORDS.get(w) if not w.isdigit() else int(w)
            if value is None or value > 9:
                return None
            decimals += str(value)
            continue
        if re.fullmatch(r"\d+(?:\.\d+)?", w):
            current += float(w)
            seen = True
        elif w in _UNITS_WORDS:
            current += _UNITS_WORDS[w]
            seen = True
        elif w == "hundred":
            current = (current or 1) * 100
            seen = True
        elif w == "thousand":
            total += (current or 1) * 1000
            current = 0
            seen = True
        else:
            return None
    if not seen:
        return None
    value = total + current
    if decimals:
        value += float("0." + decimals)
    return value


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text[:1].isupper() and not text[1:2].isupper() else text


def _fmt_number(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"


# --- the model of a fact -------------------------------------------------------------------------------------


_LABEL = re.compile(r"^(?:Medication|Score|Intervention|Homework|Next appointment|Also booked):\s*")


class FactEvidence(BaseModel):
    """The sentence of a segment a fact rests on (character span within the segment's text)."""

    segment: str
    start: int
    end: int
    text: str


class Fact(BaseModel):
    """One extracted fact: its kind, structured value, the note sentence and its evidence."""

    kind: Kind
    value: dict[str, Any] = Field(default_factory=dict)
    claim: str  # the note sentence in the transcript's own words (what grounding checks)
    sentence: str  # the claim plus anything derived (a resolved date), as written into the note
    derived: str | None = None  # how a derived part was computed ("resolved from the session date 2026-03-10")
    evidence: list[FactEvidence] = Field(default_factory=list)

    @property
    def grounding_text(self) -> str:
        """The claim without its label ("Intervention: ", "Next appointment: "): the words the transcript said, which
        is what grounding compares with the evidence (a label the transcript never says only dilutes a short claim)."""
        return _LABEL.sub("", self.claim, count=1) or self.claim

    @property
    def segment_ids(self) -> list[str]:
        """The evidence segment ids, in order, once each."""
        return list(dict.fromkeys(e.segment for e in self.evidence))


class _Sent:
    """One sentence of one segment."""

    def __init__(self, seg: Segment, index: int, start: int, end: int) -> None:
        self.seg, self.index, self.start, self.end = seg, index, start, end
        self.text = seg.text[start:end]

    def evidence(self) -> FactEvidence:
        return FactEvidence(segment=self.seg.id, start=self.start, end=self.end, text=self.text)


# A full stop that ends no sentence: in a decimal ("7.5mg", "0.7", "9.30") or after a title ("Dr. Patel").
_TITLE_END = re.compile(r"\b(?:Dr|Mr|Mrs|Ms|Mx|Prof|St|vs|approx|e\.g|i\.e)\.$", re.IGNORECASE)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """The transcript's sentence spans, with the pieces of a decimal number or a title joined again."""
    spans: list[tuple[int, int]] = []
    for a, b in split_sentences(text) or [(0, len(text))]:
        if spans:
            pa, pb = spans[-1]
            decimal = text[pb - 1: pb] == "." and text[pb - 2: pb - 1].isdigit() and a == pb \
                and text[a: a + 1].isdigit()
            # A clock time's "a.m."/"p.m." is one word: "at 1 p.m. Does that work?", "at 7 a.m., before work".
            meridiem = bool(re.search(r"\b[ap]\.$", text[pa:pb]) and text[a: a + 2].lower() == "m.") or bool(
                re.search(r"\b[ap]\.m\.$", text[pa:pb], re.IGNORECASE) and not text[a: a + 1].isupper())
            if decimal or meridiem or _TITLE_END.search(text[pa:pb]):
                spans[-1] = (pa, b)
                continue
        spans.append((a, b))
    return spans


def _sentences(segments: Sequence[Segment]) -> list[_Sent]:
    out = []
    for i, seg in enumerate(segments):
        for a, b in sentence_spans(seg.text):
            out.append(_Sent(seg, i, a, b))
    return out


def _is_therapist(seg: Segment) -> bool:
    return seg.speaker in ("therapist", "unknown")


# A role-play set up in the clinician's turn: the client's next turn speaks in character ("Let's role-play: I'm your
# mum, asking for the pills." "Mum, I don't have lorazepam. I'll call you tomorrow."), not of their own life.
_ROLE_PLAY_SETUP = re.compile(r"\b(?:let'?s (?:role[- ]?play|act (?:it|this|that) out|practi[cs]e (?:it|this|that) "
                              r"out loud)|role[- ]?play (?:it|this|that)|i'?ll (?:be|play) (?:your|the|him|her)\b|"
                              r"pretend (?:i'?m|i am)\b|i'?m (?:your|the) \w+ (?:now|here)?\s*[,.]?\s*(?:asking|saying|"
                              r"telling|and)\b)", re.IGNORECASE)


def _in_character(segments: Sequence[Segment], i: int) -> bool:
    """Whether segment i is the client's turn speaking in a role-play the clinician set up in the turn before."""
    return 0 < i < len(segments) and not _is_therapist(segments[i]) and _is_therapist(segments[i - 1]) \
        and bool(_ROLE_PLAY_SETUP.search(segments[i - 1].text))


_NEGATED = re.compile(r"\b(?:not|n't|never|no|haven't|hasn't|didn't|don't|nunca|no he|sin)\b[\w' ]{0,20}$",
                      re.IGNORECASE)

# --- medications ---------------------------------------------------------------------------------------------
