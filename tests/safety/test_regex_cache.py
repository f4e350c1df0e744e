"""The lexicons' compiled-expression cache: what it hands the engine is what `re.compile` would have built."""

from __future__ import annotations

import logging
import marshal
import re
from pathlib import Path

import pytest

from alliance.safety import regex_cache
from alliance.safety.lexicon import LEXICONS
from alliance.safety.patterns.triggers import triggers

SAMPLES = [
    "i have the pills lined up on the table for tonight",
    "ho preparato le lettere e domani vado al ponte",
    "he grabbed me by the throat again last night",
    "je vais bien, merci, juste fatigue",
    "ich habe mich heute wieder geschnitten",
    "nao aguento mais, quero sumir de vez",
]


def _expressions() -> list[str]:
    """Real lexicon expressions: the always-run ones and some indexed ones of two languages."""
    out: list[str] = []
    for lang in ("en", "it"):
        lexicon = LEXICONS[lang]
        out += [rx.pattern for _, rx in lexicon.always]
        out += [rx.pattern for entries in list(lexicon.index.values())[:60] for _, rx in entries]
    assert len(out) > 100
    return out


def _same(cached: re.Pattern[str], fresh: re.Pattern[str]) -> None:
    assert (cached.pattern, cached.flags, cached.groups, cached.groupindex) == (
        fresh.pattern, fresh.flags, fresh.groups, fresh.groupindex)
    for text in SAMPLES:
        assert [m.span() for m in cached.finditer(text)] == [m.span() for m in fresh.finditer(text)]


def test_a_written_table_gives_back_the_same_expressions_and_triggers(tmp_path: Path) -> None:
    path = tmp_path / "cache.marshal"
    building = regex_cache.CompiledExpressions()
    expressions = _expressions()
    for pattern in expressions:
        building.compile(pattern)
    assert building.misses == len(set(expressions))
    building.dump(path)

    loaded = regex_cache.load(path)
    for pattern in expressions:
        cached, needs = loaded.compile(pattern)
        _same(cached, re.compile(pattern))
        assert needs == triggers(pattern)
    assert loaded.misses == 0 and loaded.hits == len(expressions)


def test_an_expression_not_in_the_table_is_compiled_as_usual(tmp_path: Path) -> None:
    path = tmp_path / "cache.marshal"
    regex_cache.CompiledExpressions().dump(path)
    table = regex_cache.load(path)
    cached, needs = table.compile(r"\b(?:pills?\s+(?:for\s+)?tonight)\b")
    _same(cached, re.compile(r"\b(?:pills?\s+(?:for\s+)?tonight)\b"))
    assert needs == triggers(r"\b(?:pills?\s+(?:for\s+)?tonight)\b")
    assert table.misses == 1


def test_a_file_from_another_python_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "cache.marshal"
    pattern = r"\b(?:rope)\b"
    other_stamp = ("2.7.18", 0, 4, 65535)
    path.write_bytes(marshal.dumps((other_stamp, {pattern: (32, [0], 0, {}, (None,), None)})))
    table = regex_cache.load(path)
    assert table.table == {}
    cached, _ = table.compile(pattern)
    _same(cached, re.compile(pattern))


def test_an_unreadable_file_falls_back_with_a_warning(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "cache.marshal"
    path.write_bytes(b"\x00not marshal at all")
    with caplog.at_level(logging.WARNING, logger="alliance.safety.regex_cache"):
        table = regex_cache.load(path)
    assert table.table == {} and "could not be read" in caplog.text


def test_a_corrupt_entry_is_never_trusted(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    pattern = r"\b(?:bridge\s+tonight)\b"
    flags, code, groups, groupindex, indexgroup, needs = regex_cache._entry(pattern)
    broken = regex_cache.CompiledExpressions({pattern: (flags, code[:5], groups, groupindex, indexgroup, needs)})
    with caplog.at_level(logging.WARNING, logger="alliance.safety.regex_cache"):
        cached, _ = broken.compile(pattern)
    _same(cached, re.compile(pattern))
    assert broken.misses == 1 and "could not be used" in caplog.text


def test_the_cache_can_be_switched_off_or_pointed_elsewhere(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("ALLIANCE_REGEX_CACHE", "off")
    assert regex_cache.cache_path() is None
    assert regex_cache.load().table == {}
    monkeypatch.setenv("ALLIANCE_REGEX_CACHE", str(tmp_path / "elsewhere.marshal"))
    assert regex_cache.cache_path() == tmp_path / "elsewhere.marshal"
    monkeypatch.delenv("ALLIANCE_REGEX_CACHE")
    assert regex_cache.cache_path() == regex_cache.CACHE_FILE


def test_building_refuses_a_process_whose_lexicons_are_built() -> None:
    with pytest.raises(RuntimeError, match="fresh process"):
        regex_cache.build(Path("/nonexistent/never-written.marshal"))


def test_the_installed_file_holds_what_the_compiler_builds_today() -> None:
    """The file `make install` writes: a sample of its entries against a fresh parse and compile."""
    if not regex_cache.CACHE_FILE.is_file():
        pytest.skip("no regex cache built here (make install builds it)")
    table = regex_cache.load(regex_cache.CACHE_FILE).table
    assert len(table) > 1000, "the installed cache was written by another Python or is empty"
    for pattern in sorted(table)[::max(1, len(table) // 300)]:
        assert table[pattern] == regex_cache._entry(pattern)
