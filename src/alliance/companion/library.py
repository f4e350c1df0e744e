"""The between-session library as shipped (package content in ``library/``): items, Markdown to safe HTML, and
offline retrieval (SQLite FTS5 in memory, BM25) for the chat that comes later.

Nothing here touches the database or a client's record; which items a client sees is the plan's business
(``companion.service``).
"""

from __future__ import annotations

import re
import sqlite3
import threading
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from markdown_it import MarkdownIt
from markupsafe import Markup

from alliance.yamlfile import load_yaml

LIBRARY = Path(__file__).resolve().parent / "library"
LANGUAGES: tuple[str, ...] = ("en", "es", "fr", "de", "pt", "it")
FALLBACK = "en"
SLUG = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")


@dataclass(frozen=True)
class Source:
    """Where an item's content comes from."""

    title: str
    publisher: str
    year: int
    url: str | None = None


@dataclass(frozen=True)
class Item:
    """A psychoeducation module or a skill, in every language it is written in."""

    slug: str
    kind: str  # module | skill
    order: int
    minutes: int
    tags: tuple[str, ...]
    sources: tuple[Source, ...]
    texts: dict[str, str] = field(repr=False)  # language -> Markdown

    def language_for(self, lang: str) -> str:
        """The language to show: the one asked for when the item has it, otherwise English."""
        return lang if lang in self.texts else FALLBACK

    def markdown(self, lang: str) -> str:
        return self.texts[self.language_for(lang)]

    def title(self, lang: str) -> str:
        """The item's title (its first line) in the language, or in English when it lacks that language."""
        return self.markdown(lang).splitlines()[0].removeprefix("# ").strip()

    def summary(self, lang: str) -> str:
        """The first paragraph after the title (one or two plain sentences)."""
        for block in self.markdown(lang).split("\n\n")[1:]:
            block = block.strip()
            if block and not block.startswith(("#", "-", "1.")):
                return " ".join(block.split())
        return ""

    def steps(self, lang: str) -> str:
        """A skill's numbered steps as Markdown (the section whose lines are numbered), or an empty string."""
        for _, body in sections(self.markdown(lang)):
            if re.search(r"^\d+\. ", body, re.MULTILINE):
                return body.strip()
        return ""


def _load_item(folder: Path) -> Item:
    meta = load_yaml((folder / "meta.yaml").read_text(encoding="utf-8"))
    texts = {lang: (folder / f"{lang}.md").read_text(encoding="utf-8")
             for lang in LANGUAGES if (folder / f"{lang}.md").is_file()}
    sources = tuple(Source(title=s["title"], publisher=s["publisher"], year=int(s["year"]), url=s.get("url"))
                    for s in meta.get("sources") or [])
    return Item(slug=meta["slug"], kind=meta["kind"], order=int(meta["order"]), minutes=int(meta["minutes"]),
                tags=tuple(meta.get("tags") or ()), sources=sources, texts=texts)


@cache
def items() -> tuple[Item, ...]:
    """Every item of the library, in its order (modules first, then skills)."""
    loaded = [_load_item(folder) for folder in sorted(LIBRARY.iterdir())
              if folder.is_dir() and (folder / "meta.yaml").is_file()]
    return tuple(sorted(loaded, key=lambda item: item.order))


def by_slug() -> dict[str, Item]:
    return {item.slug: item for item in items()}


def get(slug: str) -> Item | None:
    """One item by its slug, or None."""
    return by_slug().get(slug)


def slugs(kind: str | None = None) -> list[str]:
    """Every slug (of one kind when given), in the library's order."""
    return [item.slug for item in items() if kind is None or item.kind == kind]


def sections(markdown: str) -> list[tuple[str, str]]:
    """(heading, body) for the text before the first `##` (heading "") and each `##` section."""
    out: list[tuple[str, str]] = []
    heading, body = "", []
    for line in markdown.splitlines()[1:]:
        if line.startswith("## "):
            out.append((heading, "\n".join(body)))
            heading, body = line[3:].strip(), []
        else:
            body.append(line)
    out.append((heading, "\n".join(body)))
    return [(h, b) for h, b in out if b.strip()]


# --- Markdown to HTML ---------------------------------------------------------------------------------------

# CommonMark with raw HTML off: any tag in the text is shown as text, never passed to the browser. Links keep
# markdown-it's own check (no javascript: or data: addresses).
_MARKDOWN = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False}).disable("image")


def to_html(markdown: str, *, drop_title: bool = False, shift: int = 0) -> Markup:
    """Safe HTML for a library text, without its `# Title` line when the page shows the title itself; `shift`
    moves headings down (1: `##` becomes h3) to fit the page's outline."""
    if drop_title and markdown.startswith("# "):
        markdown = markdown.split("\n", 1)[1] if "\n" in markdown else ""
    html = _MARKDOWN.render(markdown)
    if shift:
        html = re.sub(r"<(/?)h([1-6])>", lambda m: f"<{m.group(1)}h{min(6, int(m.group(2)) + shift)}>", html)
    return Markup(html)  # noqa: S704 - markdown-it escapes the text and refuses raw HTML (html=False)


# --- retrieval ----------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Passage:
    """One section of an item, as retrieval returns it (best first)."""

    slug: str
    kind: str
    lang: str
    title: str
    heading: str
    text: str
    score: float  # BM25 (lower is better, as SQLite reports it)


# Words too common to help ranking, per language (the query is otherwise matched word by word).
STOPWORDS = frozenset("""
the and for you your are was were what when how can cant can't not with that this have has had from about into
will would could should there their they them then than but who why which does did doing just very really
los las del que por para con una uno unos unas como pero más mas muy qué cuando cómo esto esta este estoy tengo
les des une est pas pour que qui avec dans sur vous mais plus très tres quand comment suis j'ai
der die das und ist nicht ich mit ein eine einen sie wie was wenn auch aber sehr habe bin mich mir
os as dos das uma uns umas com por para não nao mais muito quando como estou tenho isso
il lo la gli le dei delle che non per con una uno come quando sono sei molto questo questa ho
""".split())
_WORD = re.compile(r"\w+", re.UNICODE)


def _fold(text: str) -> str:
    """Lower case without accents (the index is built the same way, so "respiración" finds "respiracion")."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _terms(query: str) -> list[str]:
    """FTS5 prefix terms for the query's words: a crude stemmer for six languages (worry, worries, worrying)."""
    terms: list[str] = []
    for word in _WORD.findall(query.lower()):
        if len(word) < 3 or word in STOPWORDS or word.isdigit():
            continue
        folded = _fold(word)
        stem = folded[:max(4, len(folded) - 3)] if len(folded) > 5 else folded
        term = f'"{stem}"*'
        if term not in terms:
            terms.append(term)
    return terms[:32]


class _Index:
    """The library's sections in an in-memory SQLite FTS5 table, built on first use."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._db: sqlite3.Connection | None = None

    def _build(self) -> sqlite3.Connection:
        db = sqlite3.connect(":memory:", check_same_thread=False)
        # remove_diacritics 2: accents are ignored in the index and the query alike.
        db.execute("CREATE VIRTUAL TABLE passages USING fts5(slug UNINDEXED, kind UNINDEXED, lang UNINDEXED, "
                   "title, heading, body, tags, tokenize = 'unicode61 remove_diacritics 2')")
        rows = []
        for item in items():
            tags = " ".join(item.tags)
            for lang, markdown in item.texts.items():
                title = item.title(lang)
                for heading, body in sections(markdown):
                    rows.append((item.slug, item.kind, lang, title, heading, body.strip(), tags))
        db.executemany("INSERT INTO passages VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
        db.commit()
        return db

    def connection(self) -> sqlite3.Connection:
        if self._db is None:
            with self._lock:
                if self._db is None:
                    self._db = self._build()
        return self._db

    def search(self, query: str, lang: str, allowed: list[str] | None, k: int) -> list[Passage]:
        terms = _terms(query)
        if not terms or k <= 0 or (allowed is not None and not allowed):
            return []
        db = self.connection()
        sql = ("SELECT slug, kind, lang, title, heading, body, bm25(passages, 4.0, 2.0, 1.0, 1.5) AS score "
               "FROM passages WHERE passages MATCH ? AND lang = ?")
        params: list[object] = [" OR ".join(terms), lang]
        if allowed is not None:
            sql += f" AND slug IN ({', '.join('?' for _ in allowed)})"
            params += list(allowed)
        sql += " ORDER BY score LIMIT ?"
        params.append(k)
        with self._lock:  # one connection shared by threads: one query at a time
            rows = db.execute(sql, params).fetchall()
        return [Passage(slug=r[0], kind=r[1], lang=r[2], title=r[3], heading=r[4], text=r[5], score=r[6])
                for r in rows]


_index = _Index()


def search(query: str, lang: str, allowed_slugs: list[str] | set[str] | tuple[str, ...] | None = None,
           k: int = 3) -> list[Passage]:
    """The k library sections that best answer the query (BM25), in the language, from the allowed items only.

    `allowed_slugs` None means every item (evaluation); an empty list finds nothing (a plan that offers none).
    A language the library lacks is searched in English, as the pages fall back to English.
    """
    if lang not in LANGUAGES:
        lang = FALLBACK
    allowed = None if allowed_slugs is None else sorted(set(allowed_slugs))
    return _index.search(query, lang, allowed, k)
