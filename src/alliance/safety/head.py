"""The semantic layer's trained head: three logistic regressions over the multilingual sentence embedding.

Nearest-prototype matching (`semantic.py`) recognises wording close to one of a few hundred statements. The head
learns from every labelled message the screen has been measured on *after* its first score (the blind sets; never
a set before its first score, never the repo test set, which stays a regression check): for a message, with the
client's last earlier messages in front of it, it gives P(level >= moderate), P(>= high) and P(imminent). Each
probability has a threshold chosen by five-fold cross-validation on the training data, so that on messages the
head did not see while fitting, no more than a fixed share of lower-level messages is raised (`BUDGETS`).

Training is reproducible and needs numpy only (`python -m alliance.safety.head`): L2-regularised logistic
regression fitted by Newton's method, folds by position, no randomness. The result, `data/semantic-head.json`,
holds the weights, the thresholds, the sets it was trained on and the cross-validated figures.

Beside the regressions, a neighbour vote (since round 17, `data/semantic-neighbours.npz`): the embeddings of every
training message (float16) and their levels; a message's score for a level is the similarity-weighted share of its
`NEIGHBOURS` nearest training messages (cosine) at or above that level, with thresholds chosen the same way
(five-fold cross-validation, `NEIGHBOUR_BUDGETS`). The layer takes the more severe of the two. Compared by time
(`benchmarks/safety_learned_layer.py`, docs/safety-learned-layer.md): trained on rounds 1..k-1, tested on round k,
the vote raised the semantic layer's own recall far more than larger regression budgets did.
`python -m alliance.safety.head` (numpy only, deterministic, a few minutes on one core) rewrites both files from
blind rounds after their first score, `data/head-training/*.jsonl` (not `held-back/`) and the prototypes.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np

from alliance.safety.levels import Level

HEAD_FILE = "semantic-head.json"
NEIGHBOURS_FILE = "semantic-neighbours.npz"
LEVELS = (Level.MODERATE, Level.HIGH, Level.IMMINENT)
# Cross-validated share of messages below each level that the head alone may raise to it.
# Small, because the head adds to the lexical layers' own false alarms (chosen on round 5 after its first score:
# 1% / 1.5% / 1% added recall 0.14 there for one more false alarm; 4% added 0.16 for five).
BUDGETS = {Level.MODERATE: 0.01, Level.HIGH: 0.015, Level.IMMINENT: 0.01}
NEIGHBOURS = 7
NEIGHBOUR_BUDGETS = {Level.MODERATE: 0.01, Level.HIGH: 0.01, Level.IMMINENT: 0.01}
L2 = 1.0
CONTEXT_TURNS = 2  # earlier client messages put in front of the message (risk told over several turns)
FOLDS = 5


def head_input(text: str, context: list[str] | None = None) -> str:
    """What the head reads: the last earlier messages, then the message, one per line."""
    return "\n".join([*(context or [])[-CONTEXT_TURNS:], text])


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(z, -40, 40)))


def fit_logistic(x: np.ndarray, y: np.ndarray, l2: float = L2, max_steps: int = 50) -> np.ndarray:
    """Weights (last one the bias) of an L2-regularised logistic regression, by Newton's method."""
    xb = np.hstack([x, np.ones((len(x), 1), dtype=x.dtype)]).astype(np.float64)
    w = np.zeros(xb.shape[1])
    penalty = np.r_[np.full(x.shape[1], l2), 0.0]
    for _ in range(max_steps):
        p = _sigmoid(xb @ w)
        grad = xb.T @ (p - y) + penalty * w
        hess = (xb * (p * (1 - p))[:, None]).T @ xb + np.diag(penalty)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-7:
            break
    return w


def probabilities(weights: np.ndarray, x: np.ndarray) -> np.ndarray:
    """One row per message, one column per level in LEVELS."""
    xb = np.hstack([x, np.ones((len(x), 1), dtype=x.dtype)])
    return _sigmoid(xb @ weights.T)


@dataclass(frozen=True)
class Head:
    """Fitted weights (one row per level in LEVELS) and their thresholds."""

    weights: np.ndarray
    thresholds: np.ndarray

    def levels(self, x: np.ndarray) -> tuple[list[Level], np.ndarray]:
        """The level each row reaches, climbing only while every step holds: imminent needs P(>= moderate) and
        P(>= high) past their thresholds too (NONE when P(>= moderate) does not pass)."""
        p = probabilities(self.weights, x)
        return _climb(p, self.thresholds), p

    @classmethod
    def load(cls, path: Path) -> Head:
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(np.asarray(data["weights"], dtype=np.float32), np.asarray(data["thresholds"], dtype=np.float32))


def _climb(p: np.ndarray, thresholds: np.ndarray) -> list[Level]:
    """Per row, the highest level reached climbing one step at a time (each lower level's threshold passed too)."""
    out = []
    for row in p:
        level = Level.NONE
        for k, lv in enumerate(LEVELS):
            if row[k] < thresholds[k]:
                break
            level = lv
        out.append(level)
    return out


def neighbour_scores(vectors: np.ndarray, levels: np.ndarray, x: np.ndarray, k: int = NEIGHBOURS) -> np.ndarray:
    """Per row of x, per level in LEVELS: the similarity-weighted share of its k nearest vectors at or above it."""
    # one matrix-vector product per row: for a few rows it is several times faster than a skinny matrix product here
    sims = np.stack([vectors @ row for row in x.astype(np.float32)]) if len(x) else np.zeros((0, len(vectors)))
    k = min(k, vectors.shape[0])
    idx = np.argpartition(-sims, k - 1, axis=1)[:, :k]
    weight = np.maximum(np.take_along_axis(sims, idx, 1), 0.0) + 1e-6
    lab = levels[idx]
    return np.stack([(weight * (lab >= lv)).sum(1) / weight.sum(1) for lv in LEVELS], 1)


@dataclass(frozen=True)
class NeighbourVote:
    """Training embeddings (unit length), their levels, and a threshold per level in LEVELS."""

    vectors: np.ndarray
    labels: np.ndarray
    thresholds: np.ndarray
    k: int = NEIGHBOURS

    def levels(self, x: np.ndarray) -> tuple[list[Level], np.ndarray]:
        """The level each row reaches (as Head.levels) and the per-level scores."""
        p = neighbour_scores(self.vectors, self.labels, x, self.k)
        return _climb(p, self.thresholds), p

    @classmethod
    def load(cls, path: Path) -> NeighbourVote:
        with np.load(path, allow_pickle=False) as d:
            return cls(d["vectors"].astype(np.float32), d["levels"].astype(np.int8),
                       d["thresholds"].astype(np.float32), int(d["k"]))


@dataclass(frozen=True)
class Either:
    """The more severe of the regressions' and the neighbour vote's level, row by row."""

    heads: tuple[Any, ...]

    def levels(self, x: np.ndarray) -> tuple[list[Level], np.ndarray]:
        outs = [h.levels(x) for h in self.heads]
        levels = [max(o[0][i] for o in outs) for i in range(len(x))]
        return levels, np.maximum.reduce([o[1] for o in outs])


def load_head(directory: Path) -> Any:
    """The head the semantic layer uses: the regressions, with the neighbour vote beside them when it is there."""
    head: Any = Head.load(directory / HEAD_FILE) if (directory / HEAD_FILE).exists() else None
    if (directory / NEIGHBOURS_FILE).exists():
        vote = NeighbourVote.load(directory / NEIGHBOURS_FILE)
        head = vote if head is None else Either((head, vote))
    return head


def train_neighbours(x: np.ndarray, y: np.ndarray, k: int = NEIGHBOURS,
                     folds: int = FOLDS) -> tuple[NeighbourVote, dict[str, Any]]:
    """The neighbour vote over x (rounded to float16 as it is stored), thresholds from cross-validated scores."""
    x = x.astype(np.float16).astype(np.float32)
    oof = np.zeros((len(x), len(LEVELS)))
    fold = np.arange(len(x)) % folds
    for f in range(folds):
        tr, te = fold != f, fold == f
        oof[te] = neighbour_scores(x[tr], y[tr], x[te], k)
    thresholds = np.array([_threshold(oof[:, i], y < lv, NEIGHBOUR_BUDGETS[lv]) for i, lv in enumerate(LEVELS)])
    return NeighbourVote(x, y.astype(np.int8), thresholds.astype(np.float32), k), _figures(oof, y, thresholds)


def _figures(oof: np.ndarray, y: np.ndarray, thresholds: np.ndarray) -> dict[str, Any]:
    figures = {}
    for k, lv in enumerate(LEVELS):
        hit = oof[:, k] >= thresholds[k]
        figures[lv.name.lower()] = {
            "recall": round(float(hit[y >= lv].mean()), 4) if (y >= lv).any() else None,
            "raised_below": round(float(hit[y < lv].mean()), 4),
        }
    return figures


def _threshold(scores: np.ndarray, below: np.ndarray, budget: float) -> float:
    """The least threshold whose share of `below` rows at or above it stays within the budget."""
    negatives = np.sort(scores[below])[::-1]
    allowed = int(np.floor(budget * len(negatives)))
    if len(negatives) == 0:
        return 0.5
    return float(min(0.995, max(0.5, negatives[allowed] + 1e-6 if allowed < len(negatives) else 0.5)))


def train(x: np.ndarray, y: np.ndarray, l2: float = L2, folds: int = FOLDS) -> tuple[Head, dict[str, Any]]:
    """Fit the three heads, pick thresholds on cross-validated probabilities, report the cross-validated figures."""
    oof = np.zeros((len(x), len(LEVELS)))
    fold = np.arange(len(x)) % folds
    for f in range(folds):
        tr, te = fold != f, fold == f
        w = np.stack([fit_logistic(x[tr], (y[tr] >= lv).astype(float), l2) for lv in LEVELS])
        oof[te] = probabilities(w, x[te])
    thresholds = np.array([_threshold(oof[:, k], y < lv, BUDGETS[lv]) for k, lv in enumerate(LEVELS)])
    weights = np.stack([fit_logistic(x, (y >= lv).astype(float), l2) for lv in LEVELS])
    figures = _figures(oof, y, thresholds)
    return Head(weights.astype(np.float32), thresholds.astype(np.float32)), figures


def training_data(blind_dir: Path, manifest: list[dict[str, Any]], prototypes: Path,
                  exclude: set[str] = frozenset(), extra: Path | None = None) -> tuple[list[str], np.ndarray, list[str]]:
    """Texts (with context) and levels from every blind set that has its first score, the sets written as training
    data (`extra`: `data/head-training/*.jsonl`, never scored as blind sets) and the prototypes."""
    texts, levels, used = [], [], []
    files = [blind_dir / e["file"] for e in manifest if e.get("first_score") and e["file"] not in exclude]
    # (a blind set is evaluation data until its first score is kept)
    if extra is not None and extra.is_dir():
        files += sorted(p for p in extra.glob("*.jsonl") if p.name not in exclude)
    for path in files:
        used.append(path.name)
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                texts.append(head_input(item["text"], item.get("context")))
                levels.append(int(Level.parse(item["level"])))
    for line in prototypes.read_text(encoding="utf-8").splitlines():
        if line.strip():
            item = json.loads(line)
            texts.append(item["text"])
            levels.append(int(Level.parse(item["level"])))
    used.append(prototypes.name)
    return texts, np.asarray(levels), used


def main(argv: list[str] | None = None) -> None:
    from alliance.safety import evaluation as ev
    from alliance.safety.semantic import Encoder, _data

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=_data(HEAD_FILE))
    parser.add_argument("--neighbours-out", type=Path, default=_data(NEIGHBOURS_FILE))
    parser.add_argument("--exclude", action="append", default=[], help="leave out a blind set (a file name)")
    parser.add_argument("--neighbours-only", action="store_true",
                        help="build only the neighbour vote's file (not kept in git: `make install` builds it)")
    args = parser.parse_args(argv)
    texts, y, used = training_data(ev.blind_dir(), ev.load_manifest(), _data("semantic-prototypes.jsonl"),
                                   set(args.exclude), _data("head-training"))
    x = Encoder().embed(texts)
    head, figures = (None, {}) if args.neighbours_only else train(x, y)
    if head is not None:
        args.out.write_text(json.dumps({
            "model": "logistic regression over USE-m3 embeddings, one per level (>= moderate, >= high, imminent)",
            "trained": date.today().isoformat(), "sets": used, "n": len(texts), "l2": L2, "budgets":
            {lv.name.lower(): b for lv, b in BUDGETS.items()}, "cross_validated": figures,
            "thresholds": [round(float(t), 6) for t in head.thresholds],
            "weights": [[round(float(v), 6) for v in row] for row in head.weights],
        }, indent=1) + "\n", encoding="utf-8")
    vote, vote_figures = train_neighbours(x, y)
    with open(args.neighbours_out, "wb") as fh:
        np.savez_compressed(fh, vectors=vote.vectors.astype(np.float16), levels=vote.labels,
                            thresholds=vote.thresholds, k=np.int64(vote.k), sets=np.array(used),
                            budgets=np.array([NEIGHBOUR_BUDGETS[lv] for lv in LEVELS]),
                            cross_validated=np.array(json.dumps(vote_figures)))
    print(json.dumps({"n": len(texts), "sets": used, "thresholds": head.thresholds.tolist() if head else None,
                      "cv": figures,
                      "neighbour_thresholds": vote.thresholds.tolist(), "neighbour_cv": vote_figures}))


if __name__ == "__main__":
    main()
