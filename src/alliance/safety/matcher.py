"""Run one language's rules over a normalised message and apply the modifiers (negation, idiom, subject, history)."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from alliance.safety.levels import Category, Level
from alliance.safety.patterns import Pack, Rule
from alliance.safety.lexicon.families import EVENT_TIME as _EVENT_TIME_PATTERN

# Clause and sentence boundaries, shared by every language.
_CLAUSE = re.compile(
    r"[.!?;:\n()\"]+|,| - |\b(?:but|though|however|although|pero|aunque|mais|aber|jedoch|obwohl|mas|porem|ma|pero"
    r"|pourtant|sin embargo|anyway|and|und|et)\b"
)
_SENTENCE = re.compile(r"[.!?\n]+")
_WORD = re.compile(r"\w+")
# Subject pronouns: the negation window stops at the last one ("I dont know why I want to die" is not negated).
_SUBJECT = {
    lang: re.compile(p) for lang, p in {
        "en": r"\b(?:i|im|ive|id|ill)\b", "es": r"\byo\b", "fr": r"\b(?:je|j)\b", "de": r"\bich\b", "pt": r"\beu\b",
        "it": r"\bio\b",
    }.items()
}
# Categories whose risk becomes imminent when the message also names a time or a means (C-SSRS: plan, intent,
# preparatory behaviour; Posner et al. 2011).
# A child at risk is a safeguarding duty whoever reports it (Working Together to Safeguard Children, 2023).
_CHILD = re.compile(
    r"\b(?:son|daughter|kid|kids|child|children|\d+ ?(?:year|yr) ?old|teen|teenager|stepson|stepdaughter|little "
    r"(?:brother|sister)|hij[oa]s?|nin[oa]s?|fils|filles?|enfants?|petits?|sohn|sohne|tochter|kind|kinder|filh[oa]s?|"
    r"criancas?|menin[oa]s?|figli[oa]?|figlie|bambin[oaie])\b"
)
_IMMINENT_WITH_TIMING = frozenset(
    {Category.SUICIDAL_IDEATION, Category.SUICIDE_PLAN_INTENT, Category.PSYCHOSIS_COMMAND, Category.HARM_TO_OTHERS,
     Category.OVERDOSE_MEDICAL}
)


_NEAR = 200  # characters either side of a match in which a rule's required context must occur


@dataclass(slots=True)
class Hit:
    """A rule that fired, with its level after the modifiers."""

    rule_id: str
    category: Category | None
    level: Level
    start: int
    end: int
    lang: str
    subject: str = "self"
    notes: list[str] = field(default_factory=list)
    tags: frozenset[str] = frozenset()


@dataclass(slots=True)
class Segments:
    """Clause and sentence starts of one normalised message (shared by the language packs)."""

    clause_starts: list[int]
    sentence_starts: list[int]
    sentence_ends: list[int]

    @classmethod
    def of(cls, text: str) -> Segments:
        """Find the clause and sentence boundaries of a text."""
        clauses = [0] + [m.end() for m in _CLAUSE.finditer(text)]
        sent_ends = [m.start() for m in _SENTENCE.finditer(text)]
        sentences = [0] + [m.end() for m in _SENTENCE.finditer(text)]
        return cls(clauses, sentences, sent_ends + [len(text)])

    def clause_start(self, pos: int) -> int:
        """Start of the clause holding position pos."""
        return self.clause_starts[bisect.bisect_right(self.clause_starts, pos) - 1]

    def sentence(self, pos: int) -> tuple[int, int]:
        """Start and end of the sentence holding position pos."""
        i = bisect.bisect_right(self.sentence_starts, pos) - 1
        start = self.sentence_starts[i]
        j = min(bisect.bisect_left(self.sentence_ends, pos), len(self.sentence_ends) - 1)
        return start, max(self.sentence_ends[j], pos)


# "if", "si", "se", "wenn", "falls", "unless": a negation after one of them states a condition, not a denial ("a voz
# diz que se eu não me cortar agora ...", "wenn ich mich nicht ritze, ..."): the words after it are not denied.
_CONDITIONAL = re.compile(r"^(?:if|unless|si|se|wenn|falls)$")


def conditional_negation(words: list[str], negation: re.Pattern[str]) -> bool:
    """The negation among the words comes within three words after a conditional conjunction."""
    for i, word in enumerate(words):
        if negation.search(word) and any(_CONDITIONAL.match(w.lower()) for w in words[max(0, i - 3):i]):
            return True
    return False


def _negated(pack: Pack, text: str, clause_start: int, start: int) -> bool:
    window = text[clause_start:start]
    last_subject = None
    for last_subject in _SUBJECT[pack.lang].finditer(window):
        pass
    if last_subject is not None:
        window = window[last_subject.end():]
    words = _WORD.findall(window)[-4:]
    if conditional_negation(words, pack.negation):
        return False
    return bool(words) and pack.negation.search(" ".join(words)) is not None


def _subject(pack: Pack, prefix: str) -> str:
    """Who the sentence is about, from the last subject cue before the match: "first", "third" or "default"."""
    first = third = -1
    for m in pack.first_person.finditer(prefix):
        first = m.end()
    for m in pack.third_party.finditer(prefix):
        third = m.end()
    if first < 0 and third < 0:
        return "default"
    return "third" if third > first else "first"


def _idiom_spans(pack: Pack, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pack.idioms.finditer(text)]


def _apply(rule: Rule, m: re.Match[str], pack: Pack, text: str, seg: Segments, ctx: dict) -> Hit | None:
    start, end = m.span()
    if rule.requires is not None:
        # The required context must be near the match (or in the earlier messages), not anywhere in a long text.
        near = text[max(0, start - _NEAR):end + _NEAR]
        if rule.requires.search(near) is None and (
                not ctx["context_text"] or rule.requires.search(ctx["context_text"][-4 * _NEAR:]) is None):
            return None
    if any(s < end and start < e for s, e in ctx["idioms"]):
        ctx["discounted"].append(rule.id)
        return None
    if rule.subject != "any" and _negated(pack, text, seg.clause_start(start), start):
        ctx["discounted"].append(rule.id)
        return None
    s_start, s_end = seg.sentence(start)
    # A sentence is read at most _NEAR characters either side of the match, so a long text without punctuation
    # costs linear, not quadratic, time.
    s_start, s_end = max(s_start, start - _NEAR), min(s_end, end + _NEAR)
    sentence = text[s_start:max(s_end, end)]
    hit = Hit(rule.id, rule.category, rule.level, start, end, pack.lang, tags=rule.tags)
    if rule.subject in ("self", "other"):
        who = "third" if rule.subject == "other" else _subject(pack, text[s_start:start])
        if who != "first" and ctx["fiction"]:
            ctx["discounted"].append(rule.id)
            return None
        if who == "third":
            # Someone else at risk: the clinician should know (moderate), but it is not the client's own risk;
            # a child at risk is high and a safeguarding matter.
            hit.subject = "third_party"
            hit.notes.append("third_party")
            if _CHILD.search(text[s_start:end]):
                hit.level = Level.HIGH
                hit.notes.append("child")
            else:
                hit.level = min(hit.level, Level.MODERATE)
    elif rule.subject == "me" and ctx["fiction"] and not pack.first_person.search(text[s_start:start]):
        ctx["discounted"].append(rule.id)
        return None
    if rule.subject != "other" and pack.history.search(sentence) and not ctx["recent"]:
        # C-SSRS separates lifetime from recent (past 3 months) behaviour; history alone is a risk factor (low).
        hit.level = min(hit.level, Level.LOW)
        hit.notes.append("historical")
    elif "recent+" in rule.tags and pack.recency.search(sentence):
        hit.level = min(Level(hit.level + 1), Level.HIGH)
        hit.notes.append("recent")
    return hit


def match_pack(
    pack: Pack, text: str, seg: Segments, context_text: str = "", discounted: list[str] | None = None
) -> list[Hit]:
    """Every rule of one language that fires on the normalised text, after the modifiers.

    Rules that matched but were discounted (negation, idiom, fiction) are appended to `discounted`.
    """
    ctx: dict = {
        "discounted": discounted if discounted is not None else [],
        "context_text": context_text,
        "idioms": _idiom_spans(pack, text),
        "fiction": pack.fiction.search(text) is not None,
        "recent": pack.recency.search(text) is not None,
    }
    hits: list[Hit] = []
    for rule in pack.rules:
        if rule.triggers is not None:
            for t in rule.triggers:
                if t in text:
                    break
            else:
                continue  # none of the literals any match needs is present
        for m in rule.regex.finditer(text):
            hit = _apply(rule, m, pack, text, seg, ctx)
            if hit is not None:
                hits.append(hit)
    if hits:
        for h in list(hits):
            if "child" in h.notes:
                hits.append(Hit(h.rule_id + ".child", Category.ABUSE_SAFEGUARDING, Level.HIGH, h.start, h.end,
                                pack.lang, subject="third_party", notes=["child"]))
        _raise_for_timing_and_means(pack, text, hits)
        _raise_for_substance(hits)
    return hits


_EVENT_TIME = re.compile(_EVENT_TIME_PATTERN)


def _raise_for_timing_and_means(pack: Pack, text: str, hits: list[Hit]) -> None:
    """Timing ("tonight") or means ("pills saved up") next to self-risk raise it to imminent."""
    own = [h for h in hits if h.subject == "self" and h.level >= Level.MODERATE and "historical" not in h.notes]
    if not own:
        return
    # A time that belongs to an exam or a race ("stats exam at 9am") is the event's, not a plan's.
    events = [m.span() for m in _EVENT_TIME.finditer(text)]
    cues = [("timing", m) for m in pack.timing.finditer(text)
            if not any(s <= m.start() and m.end() <= e for s, e in events)]
    if any("means" not in h.tags for h in own):
        cues += [("means", m) for m in pack.means.finditer(text)
                 if not any(h.start < m.end() and m.start() < h.end for h in hits)]
    if not cues:
        return
    top = max(own, key=lambda h: h.level)
    if any(h.category in _IMMINENT_WITH_TIMING for h in own):
        target, cat = Level.IMMINENT, (
            Category.HARM_TO_OTHERS if top.category == Category.HARM_TO_OTHERS else Category.SUICIDE_PLAN_INTENT
        )
    else:
        # Self-harm urges with a time are high, not imminent: the act is not lethal by intent.
        target, cat = Level.HIGH, top.category
    if top.level >= target:
        return
    kind, m = cues[0]
    hits.append(Hit(f"{pack.lang}.modifier.{kind}", cat, target, m.start(), m.end(), pack.lang, notes=["raised"]))


def _raise_for_substance(hits: list[Hit]) -> None:
    """Intoxication lowers inhibition: ideation next to substance use goes one level up (at most high)."""
    if not any(h.category == Category.SUBSTANCE_RISK or "substance" in h.tags for h in hits):
        return
    for h in hits:
        if h.category == Category.SUICIDAL_IDEATION and h.subject == "self" and Level.MODERATE <= h.level < Level.HIGH:
            h.level = Level.HIGH
            h.notes.append("substance")
