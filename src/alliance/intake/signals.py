"""Intake signals: what the triage rules read in the applicant's own words beside the crisis screen's verdict.

The crisis screen (`alliance.safety`) is made for crisis; issue 15's intake defaults also ask for new
psychotic symptoms, domestic abuse, recent self-harm, trauma that disrupts daily life, and severe impairment or
symptoms told in words. This module reads those, in six languages, the way the screen composes parts: a signal is a
combination of parts (a concept with its phrasings per language) found in one stretch of the text, with
negation, everyday-use, resolved-history, joke and third-party guards. From signals-v4 a file may name an
`on_behalf` signal: when the text opens as a referral written for the person who needs care ("I'm writing
for my father"), that person's state is read, the third-party guard lifted. The definitions are versioned data
(`data/signals-<version>.yaml`); a rules file names the version it reads, so the rules version a triage
records fixes the signals too.

Pure and fast: regular expressions over a normalised copy of the text, no model, no database.
"""

from __future__ import annotations

import functools
import importlib.resources
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

import yaml

from alliance.yamlfile import load_yaml

LANGS = ("en", "es", "fr", "de", "pt", "it")
GUARDS = ("history", "joke", "third_party")
DEFAULT_VERSION = "signals-v8"
WINDOW = 2  # sentences either side of the anchor's that one combination may draw on
QUOTE_LIMIT = 220
_APOSTROPHES = frozenset("'’‘ʼ´`")
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
_CLAUSE_BREAK = re.compile(
    r"[,;:()]|\b(?:but|and|because|pero|porque|mais|parce que|aber|und|weil|mas|porque|ma|perche)\b"
)
NEGATION_REACH = 30  # characters before a part that a negation cue may govern


class SignalsInvalid(ValueError):
    """A signal definitions file that fails validation."""


def normalise(text: str) -> str:
    """Lower case, accents stripped, apostrophes as spaces; one character for one, so offsets are shared."""
    out = []
    for ch in text:
        if ch in _APOSTROPHES:
            out.append(" ")
            continue
        base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c)).lower()
        out.append(base if len(base) == 1 else ch.lower() if len(ch.lower()) == 1 else ch)
    return "".join(out)


@dataclass(frozen=True, slots=True)
class Part:
    """One concept: its phrasings per language, whether a negation cue drops it, and its everyday uses (in the
    same clause, or, from signals-v3, `except_sentence`: anywhere in the same sentence)."""

    name: str
    patterns: dict[str, re.Pattern[str]]
    negatable: bool
    except_: re.Pattern[str] | None
    except_sentence: re.Pattern[str] | None = None


@dataclass(frozen=True, slots=True)
class Signal:
    """A signal: the combinations of parts that make it (each one's first part is the anchor), its guards."""

    name: str
    label: str
    combos: tuple[tuple[tuple[str, ...], ...], ...]
    guards: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Evidence:
    """A signal found: its name, the anchor part and the applicant's words it rests on."""

    signal: str
    part: str
    text: str

    def to_dict(self) -> dict[str, str]:
        """JSON-ready form."""
        return {"signal": self.signal, "part": self.part, "text": self.text}


@dataclass(frozen=True)
class Lexicon:
    """A validated signal definitions file."""

    version: str
    cues: dict[str, dict[str, re.Pattern[str]]]
    parts: dict[str, Part]
    signals: dict[str, Signal]
    on_behalf: str | None = None  # the signal marking a referral written for the person who needs care (v4)

    def read(self, text: str | None, lang: str | None = None) -> list[Evidence]:
        """Every signal in the text, one evidence per signal (its first anchor), in the file's order."""
        if not text or not text.strip():
            return []
        langs = (lang, "en") if lang in LANGS and lang != "en" else ("en",) if lang == "en" else LANGS
        doc = _Doc(text, normalise(text))
        found: list[Evidence] = []
        hits_by_lang = {lg: self._hits(doc, lg) for lg in langs}
        # A referral written for the person who needs care: the person referred is the subject of the text.
        behalf = self.on_behalf is not None and any(
            self._signal(doc, self.signals[self.on_behalf], lg, hits_by_lang[lg]) is not None for lg in langs
        )
        for sig in self.signals.values():
            for lg in langs:
                ev = self._signal(doc, sig, lg, hits_by_lang[lg], behalf)
                if ev is not None:
                    found.append(ev)
                    break
        return found

    def _hits(self, doc: _Doc, lang: str) -> dict[str, list[tuple[int, int, int]]]:
        """Per part: (sentence index, start, end) of every match that survives negation and everyday use."""
        out: dict[str, list[tuple[int, int, int]]] = {}
        neg = self.cues["negation"].get(lang)
        for part in self.parts.values():
            rx = part.patterns.get(lang)
            if rx is None:
                continue
            for m in rx.finditer(doc.norm):
                start, end = m.span()
                clause = doc.clause_at(start)
                if part.except_ is not None and part.except_.search(doc.norm, clause[0], clause[1]):
                    continue
                if part.except_sentence is not None:
                    s_lo, s_hi = doc.sentences[doc.sentence_of(start)]
                    if part.except_sentence.search(doc.norm, s_lo, s_hi):
                        continue
                if part.negatable and neg is not None:
                    lead = max(clause[0], start - NEGATION_REACH)
                    if neg.search(doc.norm, lead, end):
                        continue
                out.setdefault(part.name, []).append((doc.sentence_of(start), start, end))
        return out

    def _signal(self, doc: _Doc, sig: Signal, lang: str, hits: dict, behalf: bool = False) -> Evidence | None:
        for combo in sig.combos:
            for sent, start, end in _alternatives(hits, combo[0]):
                lo, hi = sent - WINDOW, sent + WINDOW
                used = [sent]
                for slot in combo[1:]:
                    near = [h for h in _alternatives(hits, slot) if lo <= h[0] <= hi]
                    if not near:
                        break
                    used.append(min(near, key=lambda h: abs(h[0] - sent))[0])
                else:
                    if not self._guarded(doc, sig, lang, sent, start, behalf):
                        names = combo[0].split("|")
                        anchor = next(n for n in names if any(h[1] == start for h in hits.get(n, ())))
                        return Evidence(sig.name, anchor, doc.quote(sorted(set(used))))
        return None

    def _guarded(
        self, doc: _Doc, sig: Signal, lang: str, sent: int, start: int, behalf: bool = False
    ) -> bool:
        s_lo, s_hi = doc.sentences[sent]
        if "joke" in sig.guards and self.cues["joke"]["*"].search(doc.norm, s_lo, s_hi):
            return True
        if "history" in sig.guards:
            nxt_hi = doc.sentences[min(sent + 1, len(doc.sentences) - 1)][1]
            ceased = self.cues["cessation"].get(lang)
            distant, recent = self.cues["distance"].get(lang), self.cues["recency"].get(lang)
            if ceased is not None and ceased.search(doc.norm, s_lo, nxt_hi):
                return True
            if (
                distant is not None
                and distant.search(doc.norm, s_lo, s_hi)
                and not (recent is not None and recent.search(doc.norm, s_lo, s_hi))
            ):
                return True
        if "third_party" in sig.guards and not behalf:
            c_lo = doc.clause_at(start)[0]
            before = doc.norm[c_lo:start]
            other, writer = self.cues["third_party"]["*"], self.cues["first_person"]["*"]
            if other.search(before) and not writer.search(before):
                return True
        return False


def _alternatives(hits: dict, slot: str) -> list[tuple[int, int, int]]:
    return sorted(h for name in slot.split("|") for h in hits.get(name, ()))


class _Doc:
    """The text, its normalised copy, and its sentences and clauses (offsets shared by both)."""

    def __init__(self, original: str, norm: str) -> None:
        self.original, self.norm = original, norm
        self.sentences = [m.span() for m in _SENTENCE.finditer(norm) if m.group().strip()] or [(0, len(norm))]
        self._breaks = [m.start() for m in _CLAUSE_BREAK.finditer(norm)]

    def sentence_of(self, pos: int) -> int:
        for i, (lo, hi) in enumerate(self.sentences):
            if lo <= pos < hi:
                return i
        return len(self.sentences) - 1

    def clause_at(self, pos: int) -> tuple[int, int]:
        lo, hi = self.sentences[self.sentence_of(pos)]
        before = [b for b in self._breaks if lo <= b < pos]
        after = [b for b in self._breaks if pos < b < hi]
        return (before[-1] + 1 if before else lo), (after[0] if after else hi)

    def quote(self, sentences: list[int]) -> str:
        text = " ".join(self.original[slice(*self.sentences[i])].strip() for i in sentences)
        text = " ".join(text.split())
        return text if len(text) <= QUOTE_LIMIT else text[: QUOTE_LIMIT - 1].rstrip() + "…"


def _compile(pattern: str | list[str], where: str) -> re.Pattern[str]:
    joined = "|".join(f"(?:{p})" for p in ([pattern] if isinstance(pattern, str) else pattern))
    try:
        return re.compile(joined)
    except re.error as exc:
        raise SignalsInvalid(f"{where}: not a regular expression ({exc})") from None


def from_yaml(text: str) -> Lexicon:
    """Parse and validate a signals file (a bad pattern, language, part or guard refuses it whole)."""
    try:
        data = load_yaml(text)
    except yaml.YAMLError as exc:
        raise SignalsInvalid(f"not valid YAML: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("version"), str):
        raise SignalsInvalid("a signals file needs a version, cues, parts and signals")
    cues: dict[str, dict[str, re.Pattern[str]]] = {}
    for name, spec in (data.get("cues") or {}).items():
        if isinstance(spec, str):
            cues[name] = {"*": _compile(spec, f"cues.{name}")}
        else:
            _check_langs(spec, f"cues.{name}")
            cues[name] = {lg: _compile(p, f"cues.{name}.{lg}") for lg, p in spec.items()}
    for needed in ("negation", "distance", "cessation", "recency", "joke", "third_party", "first_person"):
        if needed not in cues:
            raise SignalsInvalid(f"cues.{needed} is missing")
    parts: dict[str, Part] = {}
    for name, spec in (data.get("parts") or {}).items():
        langs = {k: v for k, v in spec.items() if k not in ("negatable", "except", "except_sentence")}
        _check_langs(langs, f"parts.{name}")
        parts[name] = Part(
            name,
            {lg: _compile(p, f"parts.{name}.{lg}") for lg, p in langs.items()},
            bool(spec.get("negatable", True)),
            _compile(spec["except"], f"parts.{name}.except") if spec.get("except") else None,
            _compile(spec["except_sentence"], f"parts.{name}.except_sentence")
            if spec.get("except_sentence")
            else None,
        )
    signals: dict[str, Signal] = {}
    for name, spec in (data.get("signals") or {}).items():
        combos = tuple(tuple(str(slot) for slot in combo) for combo in spec.get("any") or ())
        if not combos:
            raise SignalsInvalid(f"signals.{name} has no combination")
        for slot in (s for combo in combos for s in combo):
            for part in slot.split("|"):
                if part not in parts:
                    raise SignalsInvalid(f"signals.{name}: unknown part {part!r}")
        guards = tuple(spec.get("guards") or ())
        if set(guards) - set(GUARDS):
            raise SignalsInvalid(f"signals.{name}: unknown guard {sorted(set(guards) - set(GUARDS))[0]!r}")
        signals[name] = Signal(name, str(spec.get("label") or name), combos, guards)
    if not signals:
        raise SignalsInvalid("no signal is defined")
    on_behalf = data.get("on_behalf")
    if on_behalf is not None and on_behalf not in signals:
        raise SignalsInvalid(f"on_behalf: unknown signal {on_behalf!r}")
    return Lexicon(data["version"], cues, parts, signals, on_behalf)


def _check_langs(spec: Any, where: str) -> None:
    if not isinstance(spec, dict) or set(spec) - set(LANGS):
        raise SignalsInvalid(f"{where}: patterns by language ({', '.join(LANGS)})")


@functools.lru_cache(maxsize=4)
def shipped(version: str = DEFAULT_VERSION) -> Lexicon:
    """A signals version shipped in the package (validated once per process)."""
    if not re.fullmatch(r"signals-v\d+", version):
        raise SignalsInvalid(f"unknown signals version {version!r}")
    try:
        text = (importlib.resources.files("alliance.intake") / "data" / f"{version}.yaml").read_text("utf-8")
    except FileNotFoundError:
        raise SignalsInvalid(f"unknown signals version {version!r}") from None
    lexicon = from_yaml(text)
    if lexicon.version != version:
        raise SignalsInvalid(f"{version}.yaml declares version {lexicon.version!r}")
    return lexicon


def read(text: str | None, lang: str | None = None, version: str = DEFAULT_VERSION) -> list[Evidence]:
    """The intake signals in an applicant's words (see `Lexicon.read`)."""
    return shipped(version).read(text, lang)
