"""Blind sets: each kept with the date it was written and the figures of its first score, never overwritten."""

from __future__ import annotations

import json

from alliance.safety import evaluation as ev
from alliance.safety.levels import LANGUAGES, Category, Level


def test_every_blind_set_is_valid_and_has_its_first_score_recorded():
    records = {r["file"]: r for r in ev.load_manifest()}
    sets = ev.blind_sets()
    assert sets, "at least one blind set is kept"
    for path in sets:
        entry = records[path.name]
        assert entry["written"] == path.name[:10]
        first = entry["first_score"]
        assert first["screen_version"].startswith("screen-") and first["n"] > 0
        items = ev.load_testset(path)
        assert len({i["id"] for i in items}) == len(items) == first["n"]
        for item in items:
            assert item["lang"] in LANGUAGES
            level = Level.parse(item["level"])
            assert bool(item["categories"]) == (level >= Level.MODERATE), item["id"]
            assert all(Category(c) for c in item["categories"])


def test_a_first_score_is_never_overwritten(tmp_path, monkeypatch):
    monkeypatch.setattr(ev, "blind_dir", lambda: tmp_path)
    set_file = tmp_path / "2030-01-01-roundx.jsonl"
    set_file.write_text(json.dumps({"id": "x-1", "text": "I want to die", "lang": "en", "level": "moderate",
                                    "categories": ["suicidal_ideation"], "kind": "direct"}) + "\n")
    first = ev.score_testset(ev.load_testset(set_file), use_classifier=False)
    assert ev.record_first_score(set_file, first, version="screen-test", use_semantic=True)
    assert not ev.record_first_score(set_file, first, version="screen-later", use_semantic=True)
    assert ev.load_manifest()[0]["first_score"]["screen_version"] == "screen-test"
