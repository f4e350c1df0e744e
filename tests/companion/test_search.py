"""The library service: items as loaded, Markdown rendered to safe HTML, and offline retrieval (SQLite FTS5, BM25)
restricted to a language and to the items a plan allows. No database."""

from __future__ import annotations

from alliance.companion import library


def test_every_item_loads_with_its_sources_and_six_languages():
    items = library.items()
    assert len(items) == 19 and [i.order for i in items] == sorted(i.order for i in items)
    for item in items:
        assert set(item.texts) == set(library.LANGUAGES)
        assert item.sources and all(s.title and s.publisher for s in item.sources)
    assert library.get("paced-breathing").title("es") == "Respiración pausada"
    assert library.get("nonsense") is None


def test_a_missing_language_falls_back_to_english():
    item = library.get("anxiety")
    assert item.language_for("ja") == "en" and item.title("ja") == "Understanding anxiety"
    assert item.language_for("de") == "de"


def test_skill_steps_are_the_numbered_section():
    steps = library.get("grounding-54321").steps("fr")
    assert steps.startswith("1. ") and "7. " in steps


def test_markdown_becomes_safe_html_with_raw_html_escaped():
    html = library.to_html("# Title\n\nSome **bold** text <script>alert(1)</script>\n\n## Part\n\n"
                           "[x](javascript:alert(1)) ![i](https://example.org/i.png)", drop_title=True)
    assert "<strong>bold</strong>" in html and "<h2>Part</h2>" in html and "Title" not in html
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert 'href="javascript' not in html and "<img" not in html
    assert "<h3>Part</h3>" in library.to_html("## Part", shift=1)


def test_search_in_english_finds_the_sleep_module():
    found = library.search("I lie awake at night and cannot sleep", "en", None, k=3)
    assert found and found[0].slug == "sleep" and found[0].lang == "en"
    assert all(p.score <= q.score for p, q in zip(found, found[1:]))  # best (lowest BM25) first


def test_search_in_spanish_ignores_accents_and_stays_in_spanish():
    found = library.search("ataque de pánico, el corazón late muy rápido", "es", None, k=3)
    assert found[0].slug == "panic" and {p.lang for p in found} == {"es"}
    breathing = library.search("respiracion", "es", None, k=1)
    assert breathing[0].slug == "paced-breathing" and breathing[0].title == "Respiración pausada"


def test_search_returns_only_allowed_items():
    found = library.search("sleep", "en", ["anxiety", "panic"], k=5)
    assert found and {p.slug for p in found} <= {"anxiety", "panic"}
    assert library.search("sleep", "en", [], k=5) == []


def test_search_takes_any_text_as_words_never_as_query_syntax():
    assert isinstance(library.search('"; DROP TABLE passages; -- NEAR(a b) * OR', "en", None, k=3), list)
    assert library.search("", "en", None, k=3) == [] and library.search("a an", "en", None, k=3) == []
    assert library.search("sleep", "ja", None, k=1)[0].lang == "en"  # a language the library lacks
