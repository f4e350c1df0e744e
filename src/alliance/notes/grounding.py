"""Grounding: does the transcript support a draft sentence? Lexical and embedding similarity, all local.

Each sentence is scored against the segments it cites: lexical support (share of the sentence's content
words found in the cited text, a ROUGE-1 recall with light stemming) and the cosine similarity of MiniLM
embeddings (best cited segment). support_score = LEX_WEIGHT * lexical + (1 - LEX_WEIGHT) * cosine. If the
citations do not reach SUPPORT_THRESHOLD, the whole transcript is searched for the best-supporting segments
(up to MAX_EVIDENCE), attached when they clear it; otherwise the sentence is marked unsupported. The weight
and threshold were chosen on MTS-Dialog (docs/notes.md, "Grounding"; `alliance.notes.evaluation.calibrate`).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from alliance.notes.facts import missing
from alliance.notes.transcripts import Segment, split_sentences

log = logging.getLogger(__name__)

LEX_WEIGHT = 0.25
SUPPORT_THRESHOLD = 0.34  # balanced accuracy 0.934 on 100 MTS-Dialog validation pairs; see docs/notes.md
MAX_EVIDENCE = 3
MIN_GAIN = 0.02  # a further segment joins the evidence only if it raises the score this much

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
# Function words, plus note-writing words that a transcript never needs to contain ("the client reported").
STOPWORDS = frozenset("""
a about above after again against all also am an and any are as at be because been before being below
between both but by can could did do does doing down during each few for from further had has have having
he her here hers herself him himself his how i if in into is it its itself just let me more most my
myself no nor not now of off on once only or other our ours ourselves out over own same she should so
some such than that the their theirs them themselves then there these they this those through to too
under until up very was we were what when where which while who whom why will with would you your yours
yourself yourselves yes yeah okay ok um uh mm hmm like really well oh s t d ll re ve m don didn doesn isn
wasn aren weren couldn wouldn shouldn won can't don't i'm it's that's client clients patient patients
therapist clinician counselor counsellor session sessions reported reports report reporting stated states
state discussed discuss discussing expressed express described describe describes noted note mentioned
mention explored explore shared share indicated indicate said says talked talk today during
""".split())


def stem(word: str) -> str:
    """A light suffix stripper (sleeping, sleeps, slept stay apart; good enough for overlap)."""
    for suffix, min_len in (("ingly", 6), ("edly", 6), ("ies", 5), ("ing", 5), ("ed", 4), ("ly", 5),
                            ("es", 5), ("s", 4)):
        if word.endswith(suffix) and len(word) >= min_len:
            return word[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return word


def content_words(text: str) -> list[str]:
    """Stemmed content words of a text, in order (lower case, stop words and note-writing words removed)."""
    return [stem(w) for w in _WORD.findall(text.lower()) if w not in STOPWORDS and len(w) > 1]


def lexical_support(sentence: str, evidence: str | Sequence[str]) -> float:
    """Share of the sentence's distinct content words that occur in the evidence (0..1; 0 if it has none)."""
    words = set(content_words(sentence))
    if not words:
        return 0.0
    text = evidence if isinstance(evidence, str) else " ".join(evidence)
    return len(words & set(content_words(text))) / len(words)


@dataclass
class Grounded:
    """The grounding verdict for one sentence."""

    evidence: list[Any]
    supported: bool
    support_score: float
    lexical: float
    cosine: float
    searched: bool = False
    detail: dict[str, Any] = field(default_factory=dict)


class Grounder:
    """Scores sentences against one transcript; segment embeddings are computed once."""

    def __init__(self, segments: Sequence[Segment], *, embedder: Any = None, use_embeddings: bool = True,
                 threshold: float = SUPPORT_THRESHOLD) -> None:
        self.segments = list(segments)
        self.by_id = {s.id: i for i, s in enumerate(self.segments)}
        self.threshold = threshold
        self._words = [set(content_words(s.text)) for s in self.segments]
        self.embedder = None
        self.vectors: np.ndarray | None = None
        if use_embeddings:
            try:
                if embedder is None:
                    from alliance.llm.embeddings import get_embedder

                    embedder = get_embedder()
                self.embedder = embedder
                self.vectors = embedder.embed([s.text for s in self.segments])
            except Exception as exc:  # grounding degrades to lexical only; the draft says so
                log.warning("notes.grounding: embeddings unavailable (%s); lexical only", type(exc).__name__)
                self.embedder, self.vectors = None, None

    @property
    def mode(self) -> str:
        """"lexical+embedding" or "lexical"."""
        return "lexical+embedding" if self.vectors is not None else "lexical"

    def _score(self, words: set[str], vector: np.ndarray | None, idx: Sequence[int]
               ) -> tuple[float, float, float]:
        if not idx:
            return 0.0, 0.0, 0.0
        lex = len(words & set().union(*(self._words[i] for i in idx))) / len(words) if words else 0.0
        if vector is None or self.vectors is None:
            return lex, lex, 0.0
        cos = float(max(0.0, max(float(self.vectors[i] @ vector) for i in idx)))
        return LEX_WEIGHT * lex + (1 - LEX_WEIGHT) * cos, lex, cos

    def _search(self, words: set[str], vector: np.ndarray | None
                ) -> tuple[list[int], tuple[float, float, float]]:
        """The best-supporting segments of the whole transcript (greedy, up to MAX_EVIDENCE)."""
        n = len(self.segments)
        single = np.array([self._score(words, vector, [i])[0] for i in range(n)]) if n else np.zeros(0)
        if not n or single.max() <= 0:
            return [], (0.0, 0.0, 0.0)
        order = list(np.argsort(-single, kind="stable")[: MAX_EVIDENCE * 4])
        chosen = [int(order[0])]
        best = self._score(words, vector, chosen)
        for i in order[1:]:
            if len(chosen) >= MAX_EVIDENCE:
                break
            trial = self._score(words, vector, [*chosen, int(i)])
            if trial[0] >= best[0] + MIN_GAIN:
                chosen.append(int(i))
                best = trial
        return sorted(chosen), best

    def _cite(self, idx: Sequence[int], words: set[str]) -> list[Any]:
        """Evidence: segment ids, or a character span where one sentence of a long segment carries it."""
        out: list[Any] = []
        for i in idx:
            seg = self.segments[i]
            spans = split_sentences(seg.text)
            if len(spans) >= 3 and words:
                scored = [(len(words & set(content_words(seg.text[a:b]))), a, b) for a, b in spans]
                hits, a, b = max(scored, key=lambda t: (t[0], -t[1]))
                if hits:
                    out.append({"segment": seg.id, "start": a, "end": b})
                    continue
            out.append(seg.id)
        return out

    def ground_many(self, items: Sequence[tuple[str, Sequence[str]]]) -> list[Grounded]:
        """Ground (sentence, cited segment ids) pairs; unknown ids are ignored."""
        vectors = None
        if self.embedder is not None and items:
            vectors = self.embedder.embed([t for t, _ in items])
        out = []
        for k, (text, cited) in enumerate(items):
            words = set(content_words(text))
            vector = vectors[k] if vectors is not None else None
            idx = sorted({self.by_id[c] for c in cited if c in self.by_id})
            score, lex, cos = self._score(words, vector, idx)
            if idx and score >= self.threshold and not self._invented(text, idx):
                out.append(Grounded(self._cite(idx, words), True, score, lex, cos))
                continue
            found, (s_score, s_lex, s_cos) = self._search(words, vector)
            if found and s_score >= self.threshold and not self._invented(text, found):
                out.append(Grounded(self._cite(found, words), True, s_score, s_lex, s_cos, searched=True))
            else:
                # Unsupported: keep what the model cited so the clinician sees what it pointed at, and name any
                # diagnosis, number, medication, dose, duration or risk that no evidence contains.
                best = max((score, lex, cos), (s_score, s_lex, s_cos))
                absent = self._invented(text, idx or found)
                out.append(Grounded([self.segments[i].id for i in idx], False, *best, searched=True,
                                    detail={"missing": absent} if absent else {}))
        return out

    def _invented(self, text: str, idx: Sequence[int]) -> dict[str, str]:
        """Facts the sentence names that the segments do not contain (a diagnosis, a number, a medication...)."""
        return missing(text, " ".join(self.segments[i].text for i in idx))

    def ground(self, text: str, cited: Sequence[str] = ()) -> Grounded:
        """Ground one sentence."""
        return self.ground_many([(text, cited)])[0]
