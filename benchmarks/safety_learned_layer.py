"""Learned semantic layer, compared by time: for round k, train on blind rounds 1..k-1 (+ data/head-training/*.jsonl,
+ the prototypes), screen round k (all layers, the semantic layer carrying the candidate head), report recall
(>= moderate), imminent scored >= high and false alarms on none/low.

Run: `.venv/bin/python benchmarks/safety_learned_layer.py [--rounds 14 15 16 17] [--only cur,a3,cur+knn7b1] [--json]`.
The char n-gram candidates (char1, cur+char1, mix1, char2, ...) need scikit-learn==1.9.1 and run only when named.
Embeddings are cached in /tmp/alliance-learned-layer-cache.npz (deterministic: the encoder is).
The lexical layers are the current ones (tuned on every round after its first score), so the absolute figures are
optimistic; the differences between heads are the honest part.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = "1"

import argparse  # noqa: E402
import json  # noqa: E402
import re  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import numpy as np  # noqa: E402

from alliance.safety import evaluation as ev  # noqa: E402
from alliance.safety import head as H  # noqa: E402
from alliance.safety import screening  # noqa: E402
from alliance.safety import semantic as S  # noqa: E402
from alliance.safety.levels import Level  # noqa: E402

CACHE = Path("/tmp/alliance-learned-layer-cache.npz")


class CachedEncoder(S.Encoder):
    """The encoder with a text -> vector memo kept on disk between runs."""

    def __init__(self) -> None:
        super().__init__()
        self.memo: dict[str, np.ndarray] = {}
        if CACHE.exists():
            d = np.load(CACHE, allow_pickle=False)
            self.memo = dict(zip(d["texts"].tolist(), d["vectors"]))
        self.dirty = False

    def embed(self, texts: list[str]) -> np.ndarray:
        missing = list(dict.fromkeys(t for t in texts if t not in self.memo))
        if missing:
            for i in range(0, len(missing), 64):
                part = missing[i:i + 64]
                for t, v in zip(part, super().embed(part)):
                    self.memo[t] = v
            self.dirty = True
        return np.stack([self.memo[t] for t in texts]) if texts else np.zeros((0, 512), np.float32)

    def save(self) -> None:
        if self.dirty:
            texts = list(self.memo)
            np.savez(CACHE, texts=np.array(texts), vectors=np.stack([self.memo[t] for t in texts]))
            self.dirty = False


class Recorder:
    """Stands in for the semantic layer during one screen: notes the judge() calls and judges nothing."""

    name = "recorder"

    def __init__(self) -> None:
        self.calls: list[tuple[str, list[str]]] = []

    def judge(self, text: str, context: list[str] | None = None) -> Any:
        self.calls.append((text, list(context or [])))
        return S.Judgement(Level.NONE, None, "", 0.0, 0.0, text)


def record(items: list[dict[str, Any]]) -> list[tuple[Level, Level, list]]:
    """Per item: its label, the lexical layers' level, and the semantic layer's calls the screen would make."""
    out = []
    rec = Recorder()
    screening._semantic_state.update(loaded=True, layer=rec)
    for item in items:
        rec.calls = []
        s = screening.screen(item["text"], context=item.get("context"))
        earlier = [c for c in (item.get("context") or []) if isinstance(c, str) and c.strip()]
        out.append((Level.parse(item["level"]), s.level, list(rec.calls), (item["text"], earlier)))
    screening._semantic_state.update(loaded=False, layer=None)
    return out


def final_level(layer: S.SemanticLayer, lexical: Level, calls: list) -> Level:
    """What screen() would say with this layer (the same rules as screening.screen)."""
    if not calls:
        return lexical
    judged = layer.judge(*calls[0])
    if judged is not None and len(calls) > 1:
        before = layer.judge(*calls[1])
        if before is None or before.level < Level.MODERATE:
            judged = None
    return judged.level if judged is not None and judged.level > lexical else lexical


def load_items(path: Path) -> list[dict[str, Any]]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def round_no(name: str) -> int | None:
    m = re.search(r"round(\d+)\.jsonl$", name)
    return int(m.group(1)) if m else None


def training_items(k: int, prototypes: bool = True) -> list[dict[str, Any]]:
    """Blind rounds 1..k-1, head-training/*.jsonl (not held-back), the prototypes (written over all rounds, so
    `--no-prototypes` leaves them out of training to check that no later round leaks in through them)."""
    items = []
    for p in sorted(ev.blind_dir().glob("*.jsonl")):
        r = round_no(p.name)
        if r is not None and r < k:
            items += load_items(p)
    for p in sorted(S._data("head-training").glob("*.jsonl")):
        items += load_items(p)
    if prototypes:
        items += load_items(S._data("semantic-prototypes.jsonl"))
    return items


def metrics(rows: list[tuple[Level, Level]]) -> dict[str, Any]:
    pos = [g for y, g in rows if y >= Level.MODERATE]
    neg = [g for y, g in rows if y <= Level.LOW]
    imm = [g for y, g in rows if y == Level.IMMINENT]
    return {"recall": float(np.mean([g >= Level.MODERATE for g in pos])),
            "imminent_high": float(np.mean([g >= Level.HIGH for g in imm])),
            "fpr": float(np.mean([g >= Level.MODERATE for g in neg])),
            "fp": int(sum(g >= Level.MODERATE for g in neg)), "neg": len(neg)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, nargs="+", default=[14, 15, 16, 17])
    parser.add_argument("--only", default="", help="comma-separated candidate names")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--no-prototypes", action="store_true", help="train without the prototype statements")
    args = parser.parse_args()
    enc = CachedEncoder()
    base = S.get_layer()
    assert base is not None
    layer = Layer(enc, base.prototypes, base.thresholds, None)
    results: dict[str, dict[int, Any]] = {}
    try:
        for k in args.rounds:
            test_path = next(p for p in ev.blind_dir().glob("*.jsonl") if round_no(p.name) == k)
            test = load_items(test_path)
            recorded = record(test)
            train = training_items(k, not args.no_prototypes)
            y = np.array([int(Level.parse(t["level"])) for t in train])
            x_ctx = enc.embed([H.head_input(t["text"], t.get("context")) for t in train])
            x_alone = enc.embed([t["text"] for t in train])
            enc.save()
            results.setdefault("lexical", {})[k] = metrics([(yy, lex) for yy, lex, _, _ in recorded])
            for name, head in candidates(x_ctx, x_alone, y, texts=[H.head_input(t['text'], t.get('context')) for t in train], only=set(filter(None, args.only.split(",")))):
                layer.head = head
                rows = [(yy, final_level(layer, lex, calls)) for yy, lex, calls, _ in recorded]
                results.setdefault(name, {})[k] = metrics(rows)
                alone = [(yy, getattr(layer.judge(*call), "level", Level.NONE)) for yy, _, _, call in recorded]
                results[name][k]["layer_alone"] = metrics(alone)
                print(k, name, json.dumps(results[name][k]), file=sys.stderr, flush=True)
            enc.save()
    finally:
        enc.save()
    table = {}
    for name, per in results.items():
        table[name] = {str(k): v for k, v in per.items()}
        table[name]["mean"] = {m: round(float(np.mean([v[m] for v in per.values()])), 4)
                               for m in ("recall", "imminent_high", "fpr")}
        if all("layer_alone" in v for v in per.values()):
            table[name]["mean"]["layer_alone"] = {m: round(float(np.mean([v["layer_alone"][m] for v in per.values()])), 4)
                                                  for m in ("recall", "imminent_high", "fpr")}
    if args.json:
        print(json.dumps(table, indent=1))
        return
    print("| method | " + " | ".join(f"r{k} recall / imm>=high / FPR" for k in args.rounds) + " | mean recall | mean imm>=high | mean FPR |")
    print("|---" * (len(args.rounds) + 4) + "|")
    for name, per in table.items():
        cells = [f"{per[str(k)]['recall']:.3f} / {per[str(k)]['imminent_high']:.3f} / {per[str(k)]['fpr']:.3f}"
                 for k in args.rounds if str(k) in per]
        m = per["mean"]
        print(f"| {name} | " + " | ".join(cells) + f" | {m['recall']:.3f} | {m['imminent_high']:.3f} | {m['fpr']:.3f} |")
    print()
    print("semantic layer alone (no lexical layers), the same heads:")
    print("| method | " + " | ".join(f"r{k} recall / imm>=high / FPR" for k in args.rounds) + " | mean recall | mean imm>=high | mean FPR |")
    print("|---" * (len(args.rounds) + 4) + "|")
    for name, per in table.items():
        if "layer_alone" not in per["mean"]:
            continue
        cells = [f"{per[str(k)]['layer_alone']['recall']:.3f} / {per[str(k)]['layer_alone']['imminent_high']:.3f} / "
                 f"{per[str(k)]['layer_alone']['fpr']:.3f}" for k in args.rounds if str(k) in per]
        m = per["mean"]["layer_alone"]
        print(f"| {name} | " + " | ".join(cells) + f" | {m['recall']:.3f} | {m['imminent_high']:.3f} | {m['fpr']:.3f} |")



# ---- candidates -------------------------------------------------------------------------------------------------

FOLDS = H.FOLDS


def _oof(fit, score, x, y, folds=FOLDS):
    oof = np.zeros((len(x), len(H.LEVELS)))
    fold = np.arange(len(x)) % folds
    for f in range(folds):
        tr, te = fold != f, fold == f
        oof[te] = score(fit(x[tr], y[tr]), x[te])
    return oof


def _thresholds(oof, y, budgets):
    return np.array([H._threshold(oof[:, i], y < lv, budgets[i]) for i, lv in enumerate(H.LEVELS)])


class Scored:
    """A scorer (fitted state + score function) with per-level thresholds; levels climb one step at a time."""

    def __init__(self, state, score, thresholds, feats=lambda v, a: v):
        self.state, self.score, self.thresholds, self.feats = state, score, thresholds, feats

    def probs(self, x, alone=None, texts=None):
        if self.feats == "text":
            return self.score(self.state, texts)
        return self.score(self.state, self.feats(x, x if alone is None else alone))

    def levels(self, x, alone=None, texts=None):
        p = self.probs(x, alone, texts)
        out = []
        for row in p:
            level = Level.NONE
            for i, lv in enumerate(H.LEVELS):
                if row[i] < self.thresholds[i]:
                    break
                level = lv
            out.append(level)
        return out, p


class Either:
    """The more severe of several heads."""

    def __init__(self, *heads):
        self.heads = heads

    def levels(self, x, alone=None, texts=None):
        outs = [h.levels(x, alone, texts) for h in self.heads]
        lv = [max(o[0][i] for o in outs) for i in range(len(x))]
        return lv, np.maximum.reduce([o[1] for o in outs])


def logistic_fit(x, y, l2=H.L2):
    return np.stack([H.fit_logistic(x, (y >= lv).astype(float), l2) for lv in H.LEVELS])


def logistic_score(w, x):
    return H.probabilities(w, x)


def knn_fit_k(k):
    def fit(x, y):
        return (x.astype(np.float32), y, k)
    return fit


def knn_score(state, x):
    xt, yt, k = state
    sims = x.astype(np.float32) @ xt.T
    idx = np.argpartition(-sims, k, axis=1)[:, :k]
    s = np.take_along_axis(sims, idx, 1)
    w = np.maximum(s, 0) + 1e-6
    lab = yt[idx]
    return np.stack([(w * (lab >= lv)).sum(1) / w.sum(1) for lv in H.LEVELS], 1)


def make(name, fit, score, x, y, budgets, feats=lambda v, a: v):
    oof = _oof(fit, score, x, y)
    return Scored(fit(x, y), score, _thresholds(oof, y, budgets), feats)


def char_vectorizer():
    from sklearn.feature_extraction.text import HashingVectorizer

    return HashingVectorizer(analyzer="char_wb", ngram_range=(2, 5), n_features=2 ** 18, alternate_sign=False,
                             lowercase=True)


def char_fit_c(c):
    def fit(texts, y):
        from sklearn.linear_model import LogisticRegression

        xs = char_vectorizer().transform(list(texts))
        models = []
        for lv in H.LEVELS:
            m = LogisticRegression(C=c, max_iter=1000)
            m.fit(xs, (y >= lv).astype(int))
            models.append((m.coef_[0].astype(np.float32), float(m.intercept_[0])))
        return models
    return fit


def char_score(models, texts):
    xs = char_vectorizer().transform(list(texts))
    return np.stack([1 / (1 + np.exp(-(xs @ w + b))) for w, b in models], 1)


def candidates(x_ctx, x_alone, y, only=frozenset(), texts=None):
    def want(n):
        return not only or n in only

    if want("protos"):
        yield "protos", None  # the nearest-prototype layer without a head
    cur = (H.BUDGETS[Level.MODERATE], H.BUDGETS[Level.HIGH], H.BUDGETS[Level.IMMINENT])
    heads = {}
    if want("cur") or any(n.startswith("cur+") for n in only) or not only:
        heads["cur"] = make("cur", logistic_fit, logistic_score, x_ctx, y, cur)
        yield "cur", heads["cur"]
    for b in (0.02, 0.03, 0.05):
        n = f"a{int(b * 100)}"
        if want(n):
            heads[n] = make(n, logistic_fit, logistic_score, x_ctx, y, (b, b, b))
            yield n, heads[n]
    for kk in (3, 7):
        for b in (0.01, 0.02):
            n = f"knn{kk}b{int(b * 100)}"
            if want(n) or want("cur+" + n):
                h = make(n, knn_fit_k(kk), knn_score, x_ctx, y, (b, b, b))
                if want(n):
                    yield n, h
                if "cur" in heads and want("cur+" + n):
                    yield "cur+" + n, Either(heads["cur"], h)
    cat = lambda v, a: np.hstack([a, v])  # noqa: E731
    xc = np.hstack([x_alone, x_ctx])
    for b in (0.01, 0.02, 0.03):
        n = f"cat{int(b * 100)}"
        if want(n):
            yield n, make(n, logistic_fit, logistic_score, xc, y, (b, b, b), feats=cat)
    tx = np.array(texts, dtype=object)
    for c in (10.0,):
        for b in (0.01, 0.02):
            n = f"char{int(b * 100)}"
            # opt-in (needs scikit-learn, which the shipped screen does not): --only char1,cur+char1
            if not only or not ({n, "cur+" + n, "mix" + str(int(b * 100))} & set(only)):
                continue
            fit = char_fit_c(c)
            oof_c = _oof(fit, char_score, tx, y)
            ch = Scored(fit(tx, y), char_score, _thresholds(oof_c, y, (b, b, b)), "text")
            if want(n):
                yield n, ch
            if "cur" in heads and want("cur+" + n):
                yield "cur+" + n, Either(heads["cur"], ch)
            if want("mix" + str(int(b * 100))):
                oof_l = _oof(logistic_fit, logistic_score, x_ctx, y)
                th = _thresholds((oof_l + oof_c) / 2, y, (b, b, b))
                lw, cm = logistic_fit(x_ctx, y), ch.state
                mix = Scored((lw, cm), lambda st, xt: None, th)
                mix.probs = (lambda lw, cm: lambda x, alone=None, texts=None:
                             (logistic_score(lw, x) + char_score(cm, texts)) / 2)(lw, cm)
                yield "mix" + str(int(b * 100)), mix


class Layer(S.SemanticLayer):
    """The semantic layer, its head also given each row's embedding without the earlier messages."""

    def judge(self, text, context=None):
        if not text or not text.strip():
            return None
        chunks = S.split_chunks(text)
        whole = H.head_input(text, context)
        rows = [*chunks, whole] if (len(chunks) > 1 or context) else chunks
        vectors = self.encoder.embed(rows)
        sims = vectors @ self.matrix.T
        best = self.judge_rows(sims[:len(chunks)], chunks)
        if self.head is None:
            return best
        alone = vectors.copy()
        if len(rows) > len(chunks):
            alone[-1] = self.encoder.embed([text])[0]
        levels, probs = self.head.levels(vectors, alone, rows)
        for i, level in enumerate(levels):
            if level < Level.MODERATE or (best is not None and level <= best.level):
                continue
            row = sims[i]
            nearest = int(np.argmax(np.where(self.risk, row, -np.inf)))
            proto = self.prototypes[nearest]
            best = S.Judgement(level, proto.category, proto.text, float(probs[i].max()), 0.0,
                               rows[i] if i < len(chunks) else text)
        return best


if __name__ == "__main__":
    main()
