"""Layer 3 of the crisis screen: a small logistic-regression head over MiniLM sentence embeddings.

It scores indirect language ("everyone would be better off without me") that patterns miss. The head is
trained by `python -m alliance.safety.training` and shipped as `data/classifier-minilm-v1.npz`; see
docs/safety-classifier.md for the data, metrics and limits. Long texts are cut into sentence windows and the
highest window probability is the text's probability.
"""

from __future__ import annotations

import importlib.resources
import logging
import re
import threading
from pathlib import Path

import numpy as np

log = logging.getLogger(__name__)

NAME = "classifier:minilm-v1"
WEIGHTS_FILE = "classifier-minilm-v1.npz"
CHUNK_WORDS = 60  # a window of whole sentences up to about this many words (a long chat message)

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


def default_weights_path() -> Path:
    """Where the shipped weights live inside the package."""
    resource = importlib.resources.files("alliance") / "safety" / "data" / WEIGHTS_FILE
    with importlib.resources.as_file(resource) as path:
        return Path(path)


class EmbeddingClassifier:
    """Logistic regression over unit-length sentence embeddings; scores are P(risk >= moderate)."""

    name = NAME

    def __init__(self, embedder, weights: np.ndarray, bias: float, threshold: float, *,
                 chunk_words: int = CHUNK_WORDS) -> None:
        self.embedder = embedder
        self.weights = np.asarray(weights, dtype=np.float32)
        self.bias = float(bias)
        self.threshold = float(threshold)
        self.chunk_words = chunk_words

    def probabilities(self, vectors: np.ndarray) -> np.ndarray:
        """P(risk) for each row of an (n, 384) embedding array."""
        logits = vectors @ self.weights + self.bias
        return 1.0 / (1.0 + np.exp(-logits.astype(np.float64)))

    def predict(self, text: str) -> float:
        """Probability that a text shows risk at moderate or above (max over its sentence windows)."""
        return self.predict_many([text])[0]

    def predict_many(self, texts: list[str]) -> list[float]:
        """Probabilities for several texts, embedding all their windows in one batched call."""
        texts = list(texts)
        owners: list[int] = []
        chunks: list[str] = []
        for i, text in enumerate(texts):
            if not text or not text.strip():
                continue
            for chunk in split_chunks(text, self.chunk_words):
                chunks.append(chunk)
                owners.append(i)
        scores = [0.0] * len(texts)
        if chunks:
            probs = self.probabilities(self.embedder.embed(chunks))
            for owner, p in zip(owners, probs):
                scores[owner] = max(scores[owner], float(p))
        return scores


def load_classifier(path: Path, embedder) -> EmbeddingClassifier:
    """Build a classifier from a weights file; ValueError if it was trained on another embedding model."""
    with np.load(path, allow_pickle=False) as data:
        expected = str(data["embedding_model_hash"])
        if expected != embedder.model_hash:
            raise ValueError(f"classifier weights were trained on embedding model {expected[:16]}, "
                             f"installed model is {embedder.model_hash[:16]}")
        return EmbeddingClassifier(embedder, data["weights"], float(data["bias"]), float(data["threshold"]),
                                   chunk_words=int(data["chunk_words"]))


_classifier: EmbeddingClassifier | None = None
_loaded = False
_lock = threading.Lock()


def get_classifier() -> EmbeddingClassifier | None:
    """The process-wide classifier, or None (warned once) if its weights or embedding model are missing."""
    global _classifier, _loaded
    if _loaded:
        return _classifier
    with _lock:
        if _loaded:
            return _classifier
        try:
            from alliance.llm.embeddings import get_embedder

            path = default_weights_path()
            if not path.is_file():
                raise FileNotFoundError(WEIGHTS_FILE)
            _classifier = load_classifier(path, get_embedder())
        except Exception as exc:  # the screen must keep working on patterns alone
            log.warning("safety classifier unavailable (%s): %s", NAME, type(exc).__name__)
            _classifier = None
        _loaded = True
    return _classifier
