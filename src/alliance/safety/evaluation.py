"""Evaluation of the crisis screen: the repo test set, Reddit C-SSRS (Gaur et al. 2019) and the VERA-MH personas."""

from __future__ import annotations

import ast
import csv
import json
import math
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Any

from alliance.safety.levels import LANGUAGES, Category, Level

DATASETS = Path("/work/shared/datasets")
REDDIT_FILE = "reddit-cssrs-gaur2019/500_Reddit_users_posts_labels.csv"
VERA_FILE = "vera-mh/personas.tsv"
EVERYDAY_KINDS = ("everyday", "idiom")


@dataclass(frozen=True, slots=True)
class Rate:
    """A proportion k/n with its 95% Wilson score interval."""

    k: int
    n: int

    @property
    def value(self) -> float | None:
        """k/n, or None when n is 0."""
        return self.k / self.n if self.n else None

    def interval(self, z: float = 1.96) -> tuple[float, float] | None:
        """Wilson score interval (Wilson 1927), well-behaved near 0 and 1 and for small n."""
        if not self.n:
            return None
        p, n = self.k / self.n, self.n
        centre = (p + z * z / (2 * n)) / (1 + z * z / n)
        half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
        return max(0.0, centre - half), min(1.0, centre + half)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        ci = self.interval()
        return {"value": None if self.value is None else round(self.value, 4), "k": self.k, "n": self.n,
                "ci95": None if ci is None else [round(ci[0], 4), round(ci[1], 4)]}


def _rate(pairs: Iterable[bool]) -> Rate:
    values = list(pairs)
    return Rate(sum(values), len(values))


def testset_path() -> Path:
    """The repo's labelled test set (package data)."""
    return Path(str(files("alliance") / "safety" / "data" / "testset.jsonl"))


def load_testset(path: Path | None = None, limit: int | None = None) -> list[dict[str, Any]]:
    """Read the test set (one JSON object per line)."""
    items = []
    with open(path or testset_path(), encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                items.append(json.loads(line))
    return items[:limit] if limit else items


def blind_dir() -> Path:
    """Where the blind sets live: each written by someone who never saw the rules, kept with its date."""
    return Path(str(files("alliance") / "safety" / "data" / "blind"))


def blind_sets() -> list[Path]:
    """Every blind set, oldest first (file names start with the date they were written; round 10 after round 9)."""
    return sorted(blind_dir().glob("*.jsonl"), key=_written_order)


def _written_order(path: Path) -> list:
    """The name with its numbers compared as numbers ("round10" after "round9")."""
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", path.name)]


def manifest_path() -> Path:
    """The record of each blind set's date, writer and first-score figures."""
    return blind_dir() / "sets.json"


def load_manifest() -> list[dict[str, Any]]:
    """The blind sets' records, oldest first (empty when there is none yet)."""
    path = manifest_path()
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else []


def record_first_score(set_file: Path, result: dict[str, Any], *, version: str, use_semantic: bool) -> bool:
    """Keep a set's first-score figures in the manifest; False (and nothing written) when it has them already."""
    records = load_manifest()
    entry = next((r for r in records if r["file"] == set_file.name), None)
    if entry is None:
        entry = {"file": set_file.name, "written": set_file.name[:10]}
        records.append(entry)
    key = "first_score" if use_semantic else "first_score_lexical"
    if key in entry:
        return False
    entry[key] = {"screen_version": version, **headline(result)}
    records.sort(key=lambda r: r["file"])
    manifest_path().write_text(json.dumps(records, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return True


def headline(result: dict[str, Any]) -> dict[str, Any]:
    """The figures an issue's targets name, from a score_testset result."""
    return {
        "n": result["overall"]["n"],
        "recall": result["overall"]["recall"],
        "imminent_scored_high": result["imminent_scored_high"],
        "false_positive_rate": result["overall"]["false_positive_rate"],
        "everyday_false_alarms": result["everyday_false_alarms"],
        "recall_by_language": {lang: v["recall"] for lang, v in result["by_language"].items()},
        "recall_by_category": {cat: v["recall"] for cat, v in result["by_category"].items()},
    }


def _screen_fn(use_classifier: bool) -> Callable[..., Any]:
    from alliance.safety.screening import screen

    return lambda text, **kw: screen(text, use_classifier=use_classifier, **kw)


def score_testset(
    items: list[dict[str, Any]], *, use_classifier: bool = True, given_lang: bool = False,
    progress: Callable[[], None] | None = None,
) -> dict[str, Any]:
    """Recall, precision, false alarms (with Wilson intervals) overall, per language, category and kind."""
    run = _screen_fn(use_classifier)
    rows = []
    for item in items:
        s = run(item["text"], lang=item["lang"] if given_lang else None, context=item.get("context"))
        rows.append((item, Level.parse(item["level"]), s))
        if progress:
            progress()

    def summary(sel: list[tuple[dict, Level, Any]]) -> dict[str, Any]:
        pos = [r for r in sel if r[1] >= Level.MODERATE]
        neg = [r for r in sel if r[1] <= Level.LOW]
        flagged = [r for r in sel if r[2].level >= Level.MODERATE]
        return {
            "n": len(sel),
            "recall": _rate(r[2].level >= Level.MODERATE for r in pos).to_dict(),
            "precision": _rate(r[1] >= Level.MODERATE for r in flagged).to_dict(),
            "false_positive_rate": _rate(r[2].level >= Level.MODERATE for r in neg).to_dict(),
        }

    out: dict[str, Any] = {"dataset": "testset", "overall": summary(rows)}
    out["imminent_scored_high"] = _rate(r[2].level >= Level.HIGH for r in rows if r[1] == Level.IMMINENT).to_dict()
    out["everyday_false_alarms"] = _rate(
        r[2].level >= Level.MODERATE for r in rows if r[1] <= Level.LOW and r[0].get("kind") in EVERYDAY_KINDS
    ).to_dict()
    out["exact_level"] = _rate(r[2].level == r[1] for r in rows).to_dict()
    out["by_language"] = {lang: summary([r for r in rows if r[0]["lang"] == lang]) for lang in LANGUAGES
                          if any(r[0]["lang"] == lang for r in rows)}
    out["by_category"] = {}
    for cat in Category:
        sel = [r for r in rows if r[1] >= Level.MODERATE and cat.value in r[0].get("categories", [])]
        if sel:
            out["by_category"][cat.value] = {
                "recall": _rate(r[2].level >= Level.MODERATE for r in sel).to_dict(),
                "category_named": _rate(cat in r[2].categories for r in sel).to_dict(),
            }
    kinds = sorted({r[0].get("kind", "") for r in rows})
    out["by_kind"] = {k: summary([r for r in rows if r[0].get("kind") == k]) for k in kinds}
    out["missed"] = [r[0]["id"] for r in rows if r[1] >= Level.MODERATE and r[2].level < Level.MODERATE]
    out["imminent_below_high"] = [r[0]["id"] for r in rows if r[1] == Level.IMMINENT and r[2].level < Level.HIGH]
    out["false_alarms"] = [r[0]["id"] for r in rows if r[1] <= Level.LOW and r[2].level >= Level.MODERATE]
    return out


def score_reddit(
    path: Path | None = None, *, limit: int | None = None, use_classifier: bool = True,
    progress: Callable[[], None] | None = None,
) -> dict[str, Any]:
    """User-level results on Reddit C-SSRS: a user is flagged when any of their posts is screened >= moderate."""
    path = path or DATASETS / REDDIT_FILE
    csv.field_size_limit(sys.maxsize)
    run = _screen_fn(use_classifier)
    by_label: dict[str, list[bool]] = {}
    with open(path, encoding="utf-8", newline="") as fh:
        for i, row in enumerate(csv.DictReader(fh)):
            if limit and i >= limit:
                break
            try:
                posts = ast.literal_eval(row["Post"])
            except (SyntaxError, ValueError):  # a few rows are not valid literals: screen the raw field
                posts = [row["Post"]]
            flagged = any(run(p, lang="en").level >= Level.MODERATE for p in posts if isinstance(p, str))
            by_label.setdefault(row["Label"].strip(), []).append(flagged)
            if progress:
                progress()
    out: dict[str, Any] = {"dataset": "reddit-cssrs-gaur2019", "users": sum(len(v) for v in by_label.values())}
    for label in ("Ideation", "Behavior", "Attempt"):
        out[f"recall_{label.lower()}"] = _rate(by_label.get(label, [])).to_dict()
    for label in ("Supportive", "Indicator"):
        out[f"flag_rate_{label.lower()}"] = _rate(by_label.get(label, [])).to_dict()
    risk = [f for lab in ("Ideation", "Behavior", "Attempt") for f in by_label.get(lab, [])]
    calm = [f for lab in ("Supportive", "Indicator") for f in by_label.get(lab, [])]
    out["recall_at_risk"] = _rate(risk).to_dict()
    out["precision"] = Rate(sum(risk), sum(risk) + sum(calm)).to_dict()
    return out


_VERA_LEVEL = {"none": Level.NONE, "low": Level.LOW, "high": Level.HIGH, "imminent": Level.IMMINENT,
               "moderate": Level.MODERATE}


def score_vera(path: Path | None = None, *, use_classifier: bool = True) -> dict[str, Any]:
    """Each VERA-MH persona's sample prompts screened as one conversation; risk personas must reach their level."""
    path = path or DATASETS / VERA_FILE
    run = _screen_fn(use_classifier)
    personas = []
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            expected = _VERA_LEVEL[row["Current Risk Level"].strip().lower()]
            prompts = [p.strip() for p in row["Sample Prompts"].split(";") if p.strip()]
            levels, earlier = [], []
            for p in prompts:
                s = run(p, context=list(earlier))
                levels.append(s.level)
                earlier.append(s)
            reached = max(levels, default=Level.NONE)
            personas.append({"persona": row["Name"], "expected": str(expected), "reached": str(reached),
                             "prompt_levels": [str(lv) for lv in levels],
                             "ok": reached >= expected if expected > Level.NONE else reached < Level.MODERATE})
    risk = [p for p in personas if _VERA_LEVEL[p["expected"]] >= Level.LOW]
    return {"dataset": "vera-mh", "personas": personas,
            "risk_personas_at_level": _rate(p["ok"] for p in risk).to_dict(),
            "all_personas_ok": _rate(p["ok"] for p in personas).to_dict()}
