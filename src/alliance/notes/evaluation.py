"""Evaluation of note drafting: ROUGE against reference notes (MTS-Dialog, ACI-Bench), evidence support on all
sets, risk findings versus the screen on AnnoMI, and the calibration of the grounding threshold."""

from __future__ import annotations

import csv
import re
import statistics
import time
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import typer

from alliance.notes.drafting import TRANSCRIPT_CLASSIFIER
from alliance.notes.formats import NoteFormat, custom_format
from alliance.notes.transcripts import Segment, from_segments, parse_transcript, split_sentences

DATASETS_DIR = Path("/work/shared/datasets")
DATASETS = ("mts-dialog", "aci-bench", "annomi")
_ROUGE_TOKEN = re.compile(r"[a-z0-9]+")


# --- ROUGE (Lin 2004, "ROUGE: A Package for Automatic Evaluation of Summaries"): F1 of n-gram overlap (1, 2)
# and of the longest common subsequence (L); lower-cased alphanumeric tokens, no stemming (as rouge-score).

def rouge_tokens(text: str) -> list[str]:
    """Lower-case alphanumeric tokens (rouge-score's default tokenizer without stemming)."""
    return _ROUGE_TOKEN.findall(text.lower())


def _f1(overlap: int, ref: int, hyp: int) -> float:
    if overlap == 0 or ref == 0 or hyp == 0:
        return 0.0
    p, r = overlap / hyp, overlap / ref
    return 2 * p * r / (p + r)


def _ngrams(tokens: list[str], n: int) -> dict[tuple[str, ...], int]:
    counts: dict[tuple[str, ...], int] = defaultdict(int)
    for i in range(len(tokens) - n + 1):
        counts[tuple(tokens[i : i + n])] += 1
    return counts


def _lcs(a: list[str], b: list[str]) -> int:
    if not a or not b:
        return 0
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b, start=1):
            cur.append(prev[j - 1] + 1 if x == y else max(prev[j], cur[j - 1]))
        prev = cur
    return prev[-1]


def rouge(reference: str, hypothesis: str) -> dict[str, float]:
    """ROUGE-1, ROUGE-2 and ROUGE-L F1 of a hypothesis against one reference."""
    ref, hyp = rouge_tokens(reference), rouge_tokens(hypothesis)
    out = {}
    for n in (1, 2):
        r, h = _ngrams(ref, n), _ngrams(hyp, n)
        overlap = sum(min(c, h.get(g, 0)) for g, c in r.items())
        out[f"rouge{n}"] = _f1(overlap, max(len(ref) - n + 1, 0), max(len(hyp) - n + 1, 0))
    out["rougeL"] = _f1(_lcs(ref, hyp), len(ref), len(hyp))
    return out


# --- datasets

@dataclass
class Example:
    """One evaluation item: a transcript, its reference note (if any) and the format to draft."""

    dataset: str
    id: str
    segments: list[Segment]
    reference: str | None
    format: NoteFormat
    meta: dict[str, Any] = field(default_factory=dict)


# MTS-Dialog section headers -> what the section holds (Ben Abacha et al. 2023, Table 1).
_MTS_SECTIONS = {
    "GENHX": "history of present illness", "FAM/SOCHX": "family and social history",
    "PASTMEDICALHX": "past medical history", "CC": "chief complaint", "PASTSURGICAL": "past surgical history",
    "ALLERGY": "allergies", "ROS": "review of systems", "MEDICATIONS": "current medications",
    "ASSESSMENT": "assessment", "EXAM": "examination findings", "DIAGNOSIS": "diagnosis",
    "DISPOSITION": "disposition", "PLAN": "plan", "EDCOURSE": "emergency department course",
    "IMMUNIZATIONS": "immunizations", "IMAGING": "imaging results", "GYNHX": "gynecologic history",
    "PROCEDURES": "procedures", "OTHER_HISTORY": "other history", "LABS": "laboratory results",
}
ACI_FORMAT = custom_format("aci_visit", [
    ("chief_complaint", "the reason for the visit"),
    ("history_of_present_illness", "the patient's account of the current problem: onset, course, symptoms"),
    ("review_of_systems", "symptoms the patient confirms or denies"),
    ("physical_exam", "examination findings the doctor states"),
    ("results", "test, imaging and laboratory results discussed"),
    ("assessment_and_plan", "the doctor's assessment and the plan for each problem"),
], title="clinical visit note")


def _read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def load_mts_dialog(root: Path = DATASETS_DIR, *, split: str = "MTS-Dialog-ValidationSet.csv"
                    ) -> Iterator[Example]:
    """MTS-Dialog pairs: a short dialogue and one reference note section."""
    for row in _read_csv(root / "mts-dialog" / split):
        header = row["section_header"].strip().upper()
        fmt = custom_format("mts_section", [(re.sub(r"[^a-z]+", "_", header.lower()).strip("_") or "section",
                                             _MTS_SECTIONS.get(header, header.lower()))])
        yield Example("mts-dialog", row["ID"], parse_transcript(row["dialogue"]), row["section_text"], fmt,
                      {"header": header})


def load_aci_bench(root: Path = DATASETS_DIR, *, split: str = "valid.csv") -> Iterator[Example]:
    """ACI-Bench encounters: a whole visit conversation ([doctor]/[patient] lines) and its full note."""
    for row in _read_csv(root / "aci-bench" / split):
        yield Example("aci-bench", row["encounter_id"], parse_transcript(row["dialogue"]), row["note"],
                      ACI_FORMAT)


def load_annomi(root: Path = DATASETS_DIR, *, min_utterances: int = 20) -> Iterator[Example]:
    """AnnoMI sessions (high-quality MI) as therapist/client segments; no reference notes."""
    from alliance.notes.formats import SOAP

    by: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in _read_csv(root / "annomi" / "AnnoMI-simple.csv"):
        by[row["transcript_id"]].append(row)
    for tid in sorted(by, key=int):
        rows = sorted(by[tid], key=lambda r: int(r["utterance_id"]))
        if rows[0]["mi_quality"] != "high" or len(rows) < min_utterances:
            continue
        segs = from_segments({"speaker": r["interlocutor"], "text": r["utterance_text"]} for r in rows)
        yield Example("annomi", tid, segs, None, SOAP, {"topic": rows[0]["topic"].strip()})


LOADERS: dict[str, Callable[[], Iterator[Example]]] = {
    "mts-dialog": load_mts_dialog, "aci-bench": load_aci_bench, "annomi": load_annomi,
}


# --- grounding calibration

def calibrate(limit: int = 100, *, root: Path = DATASETS_DIR) -> dict[str, Any]:
    """Support scores of reference-note sentences searched in their own dialogue (supported) and in another
    dialogue (unsupported), on MTS-Dialog validation pairs; the threshold maximising balanced accuracy."""
    from alliance.notes.grounding import Grounder

    examples = [e for e in load_mts_dialog(root) if len(e.segments) >= 2][:limit]
    pos: list[tuple[float, float]] = []
    neg: list[tuple[float, float]] = []
    for k, ex in enumerate(examples):
        other = examples[(k + len(examples) // 2) % len(examples)]
        sentences = [ex.reference[a:b] for a, b in split_sentences(ex.reference or "")]
        sentences = [s for s in sentences if len(s.split()) >= 4]
        for target, bucket in ((ex, pos), (other, neg)):
            grounder = Grounder(target.segments, threshold=2.0)  # never "supported": the raw search score
            for g in grounder.ground_many([(s, ()) for s in sentences]):
                bucket.append((g.lexical, g.cosine))
    best: dict[str, Any] = {}
    for weight in (0.0, 0.25, 0.5, 0.75, 1.0):
        p = [weight * lx + (1 - weight) * c for lx, c in pos]
        n = [weight * lx + (1 - weight) * c for lx, c in neg]
        for step in range(5, 96):
            t = step / 100
            tpr = sum(v >= t for v in p) / len(p)
            tnr = sum(v < t for v in n) / len(n)
            if not best or (tpr + tnr) / 2 > best["balanced_accuracy"]:
                best = {"lex_weight": weight, "threshold": t, "balanced_accuracy": round((tpr + tnr) / 2, 3),
                        "supported_rate_own": round(tpr, 3), "unsupported_rate_other": round(tnr, 3)}
    best.update(pairs=len(examples), positives=len(pos), negatives=len(neg))
    return best


# --- drafting evaluation

@dataclass
class ItemResult:
    """The outcome of drafting one evaluation item."""

    dataset: str
    id: str
    sentences: int
    supported: int
    seconds: float
    rouge: dict[str, float] | None = None
    risk_level: str = "none"
    screen_flagged_segments: int = 0
    risk_evidence: int = 0
    error: str | None = None


def draft_text(draft: Any) -> str:
    """All sentences of a draft's sections, in order, as one text (for ROUGE)."""
    return " ".join(s.text for sec in draft.sections for s in sec.sentences)


async def evaluate_item(example: Example, *, provider: str | None = None, model: str | None = None,
                        max_sentences: int | None = None) -> ItemResult:
    """Draft one item and score it."""
    from alliance.errors import AllianceError
    from alliance.notes.drafting import draft_note
    from alliance.safety import screen

    t0 = time.perf_counter()
    try:
        draft = await draft_note(example.segments, format=example.format, provider=provider, model=model,
                                 max_sentences=max_sentences)
    except AllianceError as exc:
        return ItemResult(example.dataset, example.id, 0, 0, time.perf_counter() - t0,
                          error=type(exc).__name__)
    sentences = [s for sec in draft.sections for s in sec.sentences]
    result = ItemResult(example.dataset, example.id, len(sentences), sum(s.supported for s in sentences),
                        time.perf_counter() - t0, risk_level=draft.risk.level,
                        risk_evidence=len(draft.risk.evidence))
    if example.reference:
        result.rouge = rouge(example.reference, draft_text(draft))
    # Independent check: client segments the screen flags alone (no context, the transcript layers) must all be
    # in the risk evidence.
    flagged = {s.id for s in example.segments
               if s.speaker != "therapist" and screen(s.text, use_classifier=TRANSCRIPT_CLASSIFIER).flagged}
    result.screen_flagged_segments = len(flagged)
    cited = {e.segment for e in draft.risk.evidence}
    if flagged - cited:
        result.error = "risk_missing"
    return result


def summarise(results: list[ItemResult]) -> dict[str, Any]:
    """Per-dataset figures: items, sentences, share supported, mean ROUGE, mean seconds, risk agreement."""
    out: dict[str, Any] = {}
    for name in sorted({r.dataset for r in results}):
        rs = [r for r in results if r.dataset == name]
        ok = [r for r in rs if r.error in (None, "risk_missing")]
        n_sent = sum(r.sentences for r in ok)
        row: dict[str, Any] = {
            "items": len(rs), "failed": sum(r.error not in (None, "risk_missing") for r in rs),
            "sentences": n_sent,
            "supported_share": round(sum(r.supported for r in ok) / n_sent, 3) if n_sent else None,
            "mean_seconds": round(statistics.mean(r.seconds for r in rs), 1) if rs else None,
            "risk_levels": dict(sorted({lvl: sum(r.risk_level == lvl for r in ok) for lvl in
                                        {r.risk_level for r in ok}}.items())),
            "screen_flagged_items": sum(r.screen_flagged_segments > 0 for r in ok),
            "risk_missing_items": sum(r.error == "risk_missing" for r in rs),
        }
        scored = [r.rouge for r in ok if r.rouge]
        if scored:
            for key in ("rouge1", "rouge2", "rougeL"):
                row[key] = round(statistics.mean(s[key] for s in scored), 4)
        out[name] = row
    return out


# --- fact recall: sessions whose facts are listed in advance (data/fact-sessions.jsonl)

FACT_SESSIONS = Path(__file__).parent / "data" / "fact-sessions.jsonl"


def load_fact_sessions(path: Path = FACT_SESSIONS) -> list[dict[str, Any]]:
    """The fact sessions: {id, session_date, format, transcript, facts: [{kind, terms, segment}]}."""
    import json

    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def find_fact(draft: Any, fact: dict[str, Any], fmt: NoteFormat) -> dict[str, bool]:
    """Whether a listed fact is in the draft: a supported sentence holding every term (numbers and number words
    alike, light stems) whose evidence includes the fact's segment; and whether it is in the format's section
    for that kind."""
    from alliance.notes.extract import place_facts
    from alliance.notes.facts import tokens

    want = [set(tokens(term)) for term in fact["terms"]]
    home = place_facts(fmt).get(fact["kind"])
    found = {"present": False, "in_section": False, "extracted": False}
    for section in draft.sections:
        for sentence in section.sentences:
            have = set(tokens(sentence.text))
            cited = {e if isinstance(e, str) else e.segment for e in sentence.evidence}
            if sentence.supported and fact["segment"] in cited and all(w <= have for w in want):
                found["present"] = True
                found["in_section"] = found["in_section"] or section.name == home
                found["extracted"] = found["extracted"] or sentence.source == "extracted"
    return found


def false_facts(facts: Sequence[Any], listed: Sequence[dict[str, Any]]) -> list[str]:
    """The extracted facts that match no listed fact: a fact matches a listed one of its kind when its evidence
    includes the listed fact's segment or its sentence holds every listed term. Returns "kind: sentence" each."""
    from alliance.notes.facts import tokens

    out = []
    for fact in facts:
        have = set(tokens(fact.sentence))
        if not any(item["kind"] == fact.kind and (item["segment"] in fact.segment_ids or all(
                set(tokens(term)) <= have for term in item["terms"])) for item in listed):
            out.append(f"{fact.kind}: {fact.sentence}")
    return out


async def evaluate_fact_sessions(*, provider: str | None = None, model: str | None = None,
                                 use_model: bool = True, limit: int | None = None,
                                 path: Path = FACT_SESSIONS,
                                 on_item: Callable[[str], None] | None = None) -> dict[str, Any]:
    """Draft every fact session and measure fact recall (present with correct evidence; in its section) and
    drafting time per session."""
    from datetime import date

    from alliance.errors import AllianceError
    from alliance.notes.drafting import draft_note
    from alliance.notes.formats import get_format

    rows: list[dict[str, Any]] = []
    for item in load_fact_sessions(path)[:limit]:
        if on_item:
            on_item(item["id"])
        fmt = get_format(item["format"])
        t0 = time.perf_counter()
        try:
            draft = await draft_note(parse_transcript(item["transcript"]), format=fmt, provider=provider,
                                     model=model, session_date=date.fromisoformat(item["session_date"]),
                                     use_model=use_model)
        except AllianceError as exc:  # a failed draft finds no fact (the job would open an empty editor)
            rows.append({"id": item["id"], "format": fmt.name, "words": len(item["transcript"].split()),
                         "facts": len(item["facts"]), "present": 0, "in_section": 0,
                         "missing": [f"{f['kind']}:{' '.join(f['terms'])}" for f in item["facts"]],
                         "extracted_facts": 0, "false_facts": [],
                         "sentences": 0, "model_sentences": 0, "extracted_sentences": 0, "supported": 0,
                         "seconds": round(time.perf_counter() - t0, 1), "tokens": 0, "sentences_per_section": 0,
                         "error": type(exc).__name__})
            continue
        seconds = time.perf_counter() - t0
        found = [find_fact(draft, f, fmt) for f in item["facts"]]
        sentences = [s for sec in draft.sections for s in sec.sentences]
        rows.append({
            "id": item["id"], "format": fmt.name, "words": len(item["transcript"].split()),
            "facts": len(found), "present": sum(f["present"] for f in found),
            "in_section": sum(f["in_section"] for f in found),
            "missing": [f"{fact['kind']}:{' '.join(fact['terms'])}" for fact, f in zip(item["facts"], found,
                                                                                      strict=True)
                        if not f["present"]],
            "extracted_facts": len(draft.facts), "false_facts": false_facts(draft.facts, item["facts"]),
            "sentences": len(sentences), "model_sentences": sum(s.source == "model" for s in sentences),
            "extracted_sentences": sum(s.source == "extracted" for s in sentences),
            "supported": sum(s.supported for s in sentences), "seconds": round(seconds, 1),
            "tokens": draft.tokens_written, "sentences_per_section": draft.sentences_per_section,
        })
    facts = sum(r["facts"] for r in rows)
    by_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for item in load_fact_sessions(path)[:limit]:
        row = next(r for r in rows if r["id"] == item["id"])
        missing = list(row["missing"])
        for fact in item["facts"]:
            key = f"{fact['kind']}:{' '.join(fact['terms'])}"
            by_kind[fact["kind"]][1] += 1
            if key in missing:
                missing.remove(key)
            else:
                by_kind[fact["kind"]][0] += 1
    return {
        "sessions": len(rows), "facts": facts,
        "fact_recall": round(sum(r["present"] for r in rows) / facts, 3) if facts else None,
        "in_section": round(sum(r["in_section"] for r in rows) / facts, 3) if facts else None,
        "by_kind": {k: round(v[0] / v[1], 3) for k, v in sorted(by_kind.items())},
        # Facts the extractor reports that the set does not list (a wrong fact, or a true one left off the list).
        "extracted_facts": sum(r["extracted_facts"] for r in rows),
        "false_facts": sum(len(r["false_facts"]) for r in rows),
        "mean_seconds": round(statistics.mean(r["seconds"] for r in rows), 1) if rows else None,
        "max_seconds": max((r["seconds"] for r in rows), default=None),
        "failed": sum(1 for r in rows if r.get("error")),
        "sentences_supported": round(sum(r["supported"] for r in rows) / max(1, sum(r["sentences"] for r in rows)),
                                     3),
        "use_model": use_model, "items": rows,
    }


# --- command line: `alliance eval notes`

def evaluate_notes(
    dataset: str = typer.Option("all", "--dataset", help="mts-dialog, aci-bench, annomi or all."),
    limit: int | None = typer.Option(None, "--limit", min=1,
                                     help="Items per dataset (default 10); with --facts, sessions (default all)."),
    provider: str | None = typer.Option(None, "--provider", help="Gateway provider (default: notes')."),
    model: str | None = typer.Option(None, "--model", help="Model name (default: the provider's)."),
    max_sentences: int | None = typer.Option(None, "--max-sentences", min=1, max=8,
                                             help="Sentences per section (default: grows with the session)."),
    root: Path = typer.Option(DATASETS_DIR, "--datasets-dir", help="Folder holding the datasets."),
    facts: bool = typer.Option(False, "--facts", help="Fact recall on the fact sessions (data/fact-sessions.jsonl) "
                                                      "instead of the datasets; --limit caps the sessions."),
    no_model: bool = typer.Option(False, "--no-model", help="With --facts: extracted facts only, no model call."),
    facts_set: Path | None = typer.Option(None, "--facts-set", help="With --facts: another file of fact sessions "
                                                                    "(same format), e.g. one written blind."),
) -> None:
    """Draft notes for evaluation transcripts: ROUGE, share of supported sentences, risk versus the screen;
    or, with --facts, fact recall and drafting time on sessions whose facts are listed in advance."""
    import asyncio
    import json
    import sys

    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn
    from rich.table import Table

    if facts:
        _facts_command(provider, model, not no_model, limit, facts_set or FACT_SESSIONS)
        return
    limit = limit or 10

    names = list(DATASETS) if dataset == "all" else [dataset]
    if any(n not in DATASETS for n in names):
        print(f"error: --dataset must be one of {', '.join(DATASETS)} or all", file=sys.stderr)
        raise typer.Exit(code=2)
    console = Console(stderr=True)
    examples = []
    for name in names:
        loader = LOADERS[name]
        items = loader(root)
        for k, ex in enumerate(items):
            if k >= limit:
                break
            examples.append(ex)
    results: list[ItemResult] = []

    async def run_all(bar: Progress, task: Any) -> None:
        for ex in examples:
            bar.update(task, description=f"{ex.dataset} {ex.id}")
            results.append(await evaluate_item(ex, provider=provider, model=model,
                                               max_sentences=max_sentences))
            bar.advance(task)

    with Progress(TextColumn("{task.description}"), BarColumn(), TextColumn("{task.completed}/{task.total}"),
                  TimeElapsedColumn(), console=console, transient=True) as bar:
        task = bar.add_task("evaluating", total=len(examples))
        asyncio.run(run_all(bar, task))
    from alliance.llm import get_provider

    summary = {"model": get_provider(provider, model=model, purpose="notes").model, "limit": limit,
               "max_sentences": max_sentences,
               "datasets": summarise(results)}
    table = Table(title=f"note drafting ({summary['model']})")
    for col in ("dataset", "items", "failed", "sentences", "supported", "ROUGE-1", "ROUGE-2", "ROUGE-L",
                "s/item", "risk missing"):
        table.add_column(col)
    for name, row in summary["datasets"].items():
        table.add_row(name, str(row["items"]), str(row["failed"]), str(row["sentences"]),
                      str(row["supported_share"]),
                      *(str(row.get(k, "-")) for k in ("rouge1", "rouge2", "rougeL")),
                      str(row["mean_seconds"]), str(row["risk_missing_items"]))
    console.print(table)
    sys.stdout.write(json.dumps(summary) + "\n")


def _facts_command(provider: str | None, model: str | None, use_model: bool, limit: int | None,
                   path: Path = FACT_SESSIONS) -> None:
    """`alliance eval notes --facts`: a table per session on stderr, the JSON summary on stdout."""
    import asyncio
    import json
    import sys

    from rich.console import Console
    from rich.table import Table

    from alliance.llm import get_provider

    console = Console(stderr=True)
    with console.status("drafting") as status:
        summary = asyncio.run(evaluate_fact_sessions(
            provider=provider, model=model, use_model=use_model, limit=limit, path=path,
            on_item=lambda i: status.update(f"drafting {i}")))
    summary["model"] = get_provider(provider, model=model, purpose="notes").model if use_model else None
    table = Table(title=f"fact recall ({summary['model'] or 'extraction only'})")
    for col in ("session", "format", "words", "facts", "present", "in section", "sentences", "extracted",
                "false", "tokens", "seconds", "missing"):
        table.add_column(col)
    for r in summary["items"]:
        table.add_row(r["id"], r["format"], str(r["words"]), str(r["facts"]), str(r["present"]),
                      str(r["in_section"]), str(r["sentences"]), str(r["extracted_sentences"]),
                      str(len(r["false_facts"])), str(r["tokens"]), str(r["seconds"]), ", ".join(r["missing"]))
    console.print(table)
    for r in summary["items"]:
        for fact in r["false_facts"]:
            console.print(f"not listed: {r['id']} {fact}")
    console.print(f"fact recall {summary['fact_recall']:.1%} ({summary['facts']} facts), in their section "
                  f"{summary['in_section']:.1%}, false facts {summary['false_facts']} of "
                  f"{summary['extracted_facts']} extracted, mean {summary['mean_seconds']} s per session")
    sys.stdout.write(json.dumps(summary) + "\n")
