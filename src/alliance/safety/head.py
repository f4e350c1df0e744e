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
LEVELS = (Level.MODERATE, Level.HIGH, Level.IMMINENT)
# Cross-validated share of messages below each level that the head alone may raise to it.
# Small, because the head adds to the lexical layers' own false alarms (chosen on round 5 after its first score:
# 1% / 1.5% / 1% added recall 0.14 there for one more false alarm; 4% added 0.16 for five).
BUDGETS = {Level.MODERATE: 0.01, Level.HIGH: 0.015, Level.IMMINENT: 0.01}
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
        out = []
        for row in p:
            level = Level.NONE
            for k, lv in enumerate(LEVELS):
                if row[k] < self.thresholds[k]:
                    break
                level = lv
            out.append(level)
        return out, p

    @classmethod
    def load(cls, path: Path) -> Head:
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(np.asarray(data["weights"], dtype=np.float32), np.asarray(data["thresholds"], dtype=np.float32))


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
    figures = {}
    for k, lv in enumerate(LEVELS):
        hit = oof[:, k] >= thresholds[k]
        figures[lv.name.lower()] = {
            "recall": round(float(hit[y >= lv].mean()), 4) if (y >= lv).any() else None,
            "raised_below": round(float(hit[y < lv].mean()), 4),
        }
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
    parser.add_argument("--exclude", action="append", default=[], help="leave out a blind set (a file name)")
    args = parser.parse_args(argv)
    texts, y, used = training_data(ev.blind_dir(), ev.load_manifest(), _data("semantic-prototypes.jsonl"),
                                   set(args.exclude), _data("head-training"))
    x = Encoder().embed(texts)
    head, figures = train(x, y)
    args.out.write_text(json.dumps({
        "model": "logistic regression over USE-m3 embeddings, one per level (>= moderate, >= high, imminent)",
        "trained": date.today().isoformat(), "sets": used, "n": len(texts), "l2": L2, "budgets":
        {lv.name.lower(): b for lv, b in BUDGETS.items()}, "cross_validated": figures,
        "thresholds": [round(float(t), 6) for t in head.thresholds],
        "weights": [[round(float(v), 6) for v in row] for row in head.weights],
    }, indent=1) + "\n", encoding="utf-8")
    print(json.dumps({"n": len(texts), "sets": used, "thresholds": head.thresholds.tolist(), "cv": figures}))


if __name__ == "__main__":
    main()
