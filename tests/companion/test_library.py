"""The between-session library as shipped: folder format, word counts, safety lines and skill references.

Plain checks on the files under src/alliance/companion/library/; no database, no application code.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

LIBRARY = Path(__file__).resolve().parents[2] / "src" / "alliance" / "companion" / "library"
LANGUAGES = ("en", "es", "fr", "de", "pt", "it")
KINDS = {"module", "skill"}

# The closing line of every item, word for word, per language (no phone numbers: the app shows the right ones).
SAFETY_LINES = {
    "en": "If you are in danger or thinking about ending your life, use the crisis lines in this app now or call "
    "your local emergency number.",
    "es": "Si estás en peligro o piensas en quitarte la vida, usa ahora las líneas de crisis de esta app o llama al "
    "número de emergencias de tu zona.",
    "fr": "Si vous êtes en danger ou si vous pensez à mettre fin à vos jours, utilisez tout de suite les lignes de "
    "crise de cette application ou appelez le numéro d'urgence local.",
    "de": "Wenn Sie in Gefahr sind oder daran denken, sich das Leben zu nehmen, nutzen Sie jetzt die Krisentelefone "
    "in dieser App oder rufen Sie die örtliche Notrufnummer an.",
    "pt": "Se você estiver em perigo ou tiver pensamentos de pôr fim à sua vida, use agora as linhas de crise "
    "disponíveis no app ou ligue para o número de emergência local.",
    "it": "Se sei in pericolo o pensi di toglierti la vita, usa subito le linee di crisi di questa app o chiama il "
    "numero di emergenza locale.",
}

# The "Try this" heading of a module, per language.
TRY_THIS = {
    "en": "Try this",
    "es": "Prueba esto",
    "fr": "Essayez ceci",
    "de": "Probieren Sie das aus",
    "pt": "Experimente",
    "it": "Prova questo",
}

REQUIRED_MODULES = {
    "anxiety", "panic", "depression-and-activity", "sleep", "worry", "stress", "grief", "anger", "self-compassion",
    "relapse-prevention", "how-therapy-works", "in-a-crisis",
}
REQUIRED_SKILLS = {
    "paced-breathing", "grounding-54321", "progressive-muscle-relaxation", "behavioural-activation", "worry-time",
    "thought-record", "communication-practice",
}

# Common psychiatric and over-the-counter drug names; the library never names a medication, in any language
# (word stems, so "litio", "Lithium", "fluoxetina", "Ibuprofen" are all caught).
MEDICATIONS = (
    "sertralin", "fluoxetin", "citalopram", "escitalopram", "venlafaxin", "mirtazapin", "quetiapin", "lithium",
    "litio", "lítio", "diazepam", "lorazepam", "alprazolam", "zopiclon", "zolpidem", "paracetamol", "ibuprofen",
)

WORDS = {"crisis": (150, 300), "default": (250, 550)}
PHONE_LIKE = re.compile(r"\d{3,}")
HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(\s[^<>]*)?/?>")
BOLD = re.compile(r"\*\*(.+?)\*\*")


def _folders() -> list[Path]:
    return sorted(p for p in LIBRARY.iterdir() if p.is_dir())


def _meta(folder: Path) -> dict:
    return yaml.safe_load((folder / "meta.yaml").read_text(encoding="utf-8"))


def _text(folder: Path, lang: str) -> str:
    return (folder / f"{lang}.md").read_text(encoding="utf-8")


def _title(text: str) -> str:
    return text.splitlines()[0].removeprefix("# ").strip()


def _section(text: str, heading: str) -> str | None:
    """The body of the `## heading` section, or None when the file has no such section."""
    lines = text.splitlines()
    try:
        start = lines.index(f"## {heading}")
    except ValueError:
        return None
    body = []
    for line in lines[start + 1:]:
        if line.startswith("## "):
            break
        body.append(line)
    return "\n".join(body)


FOLDERS = _folders()
FILES = [(folder, lang) for folder in FOLDERS for lang in LANGUAGES]


def _id(value) -> str:
    return value.name if isinstance(value, Path) else str(value)


def test_library_has_the_required_items() -> None:
    kinds = {folder.name: _meta(folder)["kind"] for folder in FOLDERS}
    assert REQUIRED_MODULES <= {slug for slug, kind in kinds.items() if kind == "module"}
    assert REQUIRED_SKILLS <= {slug for slug, kind in kinds.items() if kind == "skill"}


def test_every_folder_has_meta_and_all_languages() -> None:
    assert FOLDERS, "the library is empty"
    for folder in FOLDERS:
        assert (folder / "meta.yaml").is_file(), folder.name
        for lang in LANGUAGES:
            assert (folder / f"{lang}.md").is_file(), f"{folder.name}/{lang}.md"


@pytest.mark.parametrize("folder", FOLDERS, ids=_id)
def test_meta(folder: Path) -> None:
    meta = _meta(folder)
    assert meta["slug"] == folder.name
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", meta["slug"])
    assert meta["kind"] in KINDS
    assert isinstance(meta["order"], int)
    assert isinstance(meta["minutes"], int) and meta["minutes"] > 0
    sources = meta["sources"]
    assert isinstance(sources, list) and 2 <= len(sources) <= 4, f"{folder.name}: {len(sources)} sources"
    for source in sources:
        for field in ("title", "publisher"):
            assert isinstance(source.get(field), str) and source[field].strip(), f"{folder.name}: source {field}"
        assert isinstance(source.get("year"), int) and 1900 <= source["year"] <= 2100, f"{folder.name}: year"
        if "url" in source:
            assert isinstance(source["url"], str) and source["url"].startswith("https://"), source["url"]


def test_orders_are_unique() -> None:
    orders = [_meta(folder)["order"] for folder in FOLDERS]
    assert len(orders) == len(set(orders)), sorted(orders)


@pytest.mark.parametrize(("folder", "lang"), FILES, ids=_id)
def test_language_file(folder: Path, lang: str) -> None:
    text = _text(folder, lang)
    name = f"{folder.name}/{lang}.md"
    assert text.startswith("# ") and _title(text), f"{name}: first line must be '# Title'"
    low, high = WORDS["crisis"] if folder.name == "in-a-crisis" else WORDS["default"]
    words = len(text.split())  # what `wc -w` counts
    assert low <= words <= high, f"{name}: {words} words, expected {low}-{high}"
    assert "http" not in text.lower(), f"{name}: contains a link"
    assert not HTML_TAG.search(text), f"{name}: contains HTML"
    assert not PHONE_LIKE.search(text), f"{name}: {PHONE_LIKE.search(text).group()} looks like a phone number"
    assert text.rstrip().endswith(SAFETY_LINES[lang]), f"{name}: does not end with the {lang} safety line"
    lowered = text.lower()
    named = [drug for drug in MEDICATIONS if drug in lowered]
    assert not named, f"{name}: names a medication: {named}"


@pytest.mark.parametrize("folder", FOLDERS, ids=_id)
def test_same_structure_in_every_language(folder: Path) -> None:
    def shape(text: str) -> tuple[int, int]:
        lines = text.splitlines()
        return (sum(line.startswith("## ") for line in lines), sum(bool(re.match(r"\d+\. ", line)) for line in lines))

    shapes = {lang: shape(_text(folder, lang)) for lang in LANGUAGES}
    assert len(set(shapes.values())) == 1, f"{folder.name}: headings/steps differ: {shapes}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_try_this_names_existing_skills(lang: str) -> None:
    skill_titles = {_title(_text(f, lang)) for f in FOLDERS if _meta(f)["kind"] == "skill"}
    assert len(skill_titles) == sum(_meta(f)["kind"] == "skill" for f in FOLDERS), f"{lang}: duplicate skill titles"
    for folder in FOLDERS:
        if _meta(folder)["kind"] != "module":
            continue
        section = _section(_text(folder, lang), TRY_THIS[lang])
        if folder.name == "in-a-crisis":
            continue  # no "Try this": it points straight to help
        assert section is not None, f"{folder.name}/{lang}.md: no '## {TRY_THIS[lang]}' section"
        referenced = BOLD.findall(section)
        assert referenced, f"{folder.name}/{lang}.md: 'Try this' names no skill"
        unknown = [title for title in referenced if title not in skill_titles]
        assert not unknown, f"{folder.name}/{lang}.md: unknown skill titles {unknown}; known: {sorted(skill_titles)}"
