"""The lexicons' compiled expressions, kept between processes so that the crisis screen starts in about a second.

The screen's six lexicons hold about 8,700 regular expressions (one per alternative of each part, `lexicon/`).
Python parses and compiles each one when the screen is first imported, and derives its literal triggers
(`patterns/triggers.py`) from a second parse: 5 to 15 s of CPU on a 2-core machine, paid by every server, worker,
command and test process that screens a message. Here each expression is parsed once, and the result of the
parse and the compile (the expression's byte code, its groups and its triggers) can be written to a file at
install time (`make install` runs `python -m alliance.safety.regex_cache`) and read back by later processes, which
then hand the byte code straight to the regular-expression engine.

What keeps this safe:
- the table is keyed by the expression's exact text, so an expression that changed since the file was written is
  simply not found and is compiled as usual: the file can be stale, never wrong;
- the file carries the Python version and the engine's magic number, and is ignored when either differs (the byte
  code format belongs to one engine version);
- the engine validates byte code it is given, and any failure to read or use the file falls back to compiling,
  with a warning (tests/safety/test_regex_cache.py checks that cached and fresh expressions are the same).

This uses the `re` module's internal parser and compiler (as `patterns/triggers.py` already does); it reproduces
`re._compiler.compile` for a string pattern and adds nothing to what the engine runs.
"""

from __future__ import annotations

import logging
import marshal
import os
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from re import _compiler, _constants, _parser  # type: ignore[attr-defined]
from typing import Any

import _sre  # type: ignore[import-not-found]

log = logging.getLogger(__name__)

CACHE_FILE = Path(__file__).with_name("data") / "regex-cache.marshal"
# Where the file is read from; ALLIANCE_REGEX_CACHE names another file, or "off" to always compile.
_ENV = "ALLIANCE_REGEX_CACHE"
STAMP = (sys.version, _constants.MAGIC, _sre.CODESIZE, sys.maxunicode)

# (flags, byte code, groups - 1, group index, index group, triggers)
Entry = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...], tuple[str, ...] | None]


def _entry(pattern: str) -> Entry:
    """Parse and compile one expression as `re.compile(pattern)` does, with its literal triggers."""
    from alliance.safety.patterns.triggers import requirement  # here: the pattern packs are built with this module

    parsed = _parser.parse(pattern, 0)
    needs = requirement(parsed)
    code = [int(op) for op in _compiler._code(parsed, 0)]  # opcodes are int subclasses; keep plain ints
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return int(parsed.state.flags), code, parsed.state.groups - 1, groupindex, tuple(indexgroup), needs


class CompiledExpressions:
    """A table of compiled expressions: hits come from the file, misses are compiled (and kept for a rebuild)."""

    def __init__(self, table: dict[str, Entry] | None = None) -> None:
        self.table: dict[str, Entry] = table or {}
        self.hits = 0
        self.misses = 0

    def compile(self, pattern: str) -> tuple[re.Pattern[str], tuple[str, ...] | None]:
        """The compiled expression and its literal triggers (None: no safe trigger, always run it)."""
        entry = self.table.get(pattern)
        if entry is not None:
            try:
                flags, code, groups, groupindex, indexgroup, needs = entry
                compiled = _sre.compile(pattern, flags, code, groups, groupindex, indexgroup)
                self.hits += 1
                return compiled, needs
            except Exception:  # noqa: BLE001 - a bad entry is compiled afresh, never trusted
                log.warning("regex cache: an entry could not be used; compiling it")
        entry = _entry(pattern)
        self.table[pattern] = entry
        self.misses += 1
        flags, code, groups, groupindex, indexgroup, needs = entry
        return _sre.compile(pattern, flags, code, groups, groupindex, indexgroup), needs

    def dump(self, path: Path) -> None:
        """Write the table (atomically) for later processes."""
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_bytes(marshal.dumps((STAMP, self.table)))
        os.replace(tmp, path)


def cache_path() -> Path | None:
    """The file to read, or None when the cache is switched off."""
    setting = os.environ.get(_ENV, "").strip()
    if setting.lower() == "off":
        return None
    return Path(setting) if setting else CACHE_FILE


def load(path: Path | None = None) -> CompiledExpressions:
    """The table from the file (empty when the file is missing, from another Python, or unreadable)."""
    path = path if path is not None else cache_path()
    if path is None or not path.is_file():
        return CompiledExpressions()
    try:
        stamp, table = marshal.loads(path.read_bytes())
    except Exception:  # noqa: BLE001 - an unreadable file only costs the compile time
        log.warning("regex cache: %s could not be read; compiling the lexicons", path.name)
        return CompiledExpressions()
    if tuple(stamp) != STAMP or not isinstance(table, dict):
        log.info("regex cache: %s was written by another Python; compiling the lexicons", path.name)
        return CompiledExpressions()
    return CompiledExpressions(table)


_current: CompiledExpressions | None = None  # the table while lexicons or pattern packs are being built
_depth = 0
_keep: CompiledExpressions | None = None  # set by build(): every expression compiled in this process


@contextmanager
def building() -> Iterator[CompiledExpressions]:
    """While the lexicons or pattern packs are built: the table, read from the file once and dropped at the end
    (it takes about 50 MB and is not needed to screen)."""
    global _current, _depth
    if _current is None:
        _current = _keep if _keep is not None else load()
    _depth += 1
    try:
        yield _current
    finally:
        _depth -= 1
        if _depth == 0:
            done, _current = _current, None
            if done.misses and _keep is None:
                log.info("regex cache: %d expressions compiled, %d read from the cache", done.misses, done.hits)


def current() -> CompiledExpressions:
    """The table being built with, or an empty one (plain compiling) outside `building()`."""
    return _current if _current is not None else CompiledExpressions()


def build(path: Path | None = None) -> dict[str, Any]:
    """Compile every lexicon and pattern expression afresh in this process and write the file (by default where
    `cache_path()` reads it: ALLIANCE_REGEX_CACHE, else the package's data folder)."""
    global _keep
    path = path or cache_path() or CACHE_FILE
    if {"alliance.safety.lexicon", "alliance.safety.patterns"} & set(sys.modules):
        raise RuntimeError("build the regex cache in a fresh process (the lexicons are already built here)")
    _keep = CompiledExpressions()
    import alliance.safety.lexicon  # noqa: F401 - building the lexicons and packs fills the table
    import alliance.safety.patterns  # noqa: F401

    _keep.dump(path)
    return {"expressions": len(_keep.table), "file": str(path), "bytes": path.stat().st_size}


if __name__ == "__main__":
    import json

    from alliance.safety import regex_cache  # the module the lexicons use, not this __main__ copy

    print(json.dumps(regex_cache.build()))
