"""Calibrate the semantic layer's thresholds (`python -m alliance.safety.calibrate`): reproducible, numpy only.

The layer must add recall where the lexical layers miss, without flagging ordinary distress. For every candidate
(least similarity for moderate, high and imminent; margin over the closest safe prototype) it measures, on
calibration data the lexicons were already tuned on:
- added recall: risk items (>= moderate) the lexical layers miss that the layer raises to moderate or above;
- false alarms: none/low items it raises to moderate or above, and help-seekers' questions from CounselChat (MIT
  licence; questions that name suicide, self-harm or death are left out, their labels being unknown) it flags.
It keeps the candidate with the most added recall whose false-alarm rates stay within the budgets, and writes it to
`data/semantic-thresholds.json` with the figures. Blind sets are used here only after their first score.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import json
import re
from pathlib import Path
from typing import Any

import numpy as np

from alliance.safety import evaluation as ev
from alliance.safety.levels import Level
from alliance.safety.semantic import Encoder, SemanticLayer, _data, load_prototypes, split_chunks

FALSE_ALARM_BUDGET = 0.02  # none/low items of the calibration sets raised to moderate or above
COUNSELCHAT_BUDGET = 0.05  # help-seekers' questions flagged
_RISK_WORDS = re.compile(r"suicid|kill (?:my|him|her)sel|want(?:ed)? to die|self[- ]?harm|cut(?:ting)? myself|"
                         r"overdos|\bdie\b|\bdeath\b|\bdead\b|end (?:my life|it all)", re.I)


def _counselchat(datasets: Path, limit: int) -> list[str]:
    path = datasets / "counselchat" / "20200325_counsel_chat.csv"
    if not path.exists():
        return []
    seen, out = set(), []
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            text = f"{row.get('questionTitle') or ''}. {row.get('questionText') or ''}".strip()
            if text in seen or _RISK_WORDS.search(text):
                continue
            seen.add(text)
            out.append(text)
    return out[:limit]


def calibrate(datasets: Path, sets: list[Path], counselchat_limit: int = 400) -> dict[str, Any]:
    """Search the thresholds; returns the chosen ones with the figures behind them."""
    from alliance.safety.screening import screen

    layer = SemanticLayer(Encoder(), load_prototypes(), {"min_similarity": {"moderate": 0, "high": 0, "imminent": 0},
                                                         "margin": -1})
    items = [i for path in sets for i in ev.load_testset(path)]
    rows = []  # (label, lexical level, chunk similarity matrix, chunks)
    for item in items:
        lexical = screen(item["text"], context=item.get("context"), use_classifier=False)
        chunks = split_chunks(item["text"])
        rows.append((Level.parse(item["level"]), lexical.level, layer.similarities(chunks), chunks,
                     bool(lexical.rules) and lexical.level < Level.MODERATE))
    questions = _counselchat(datasets, counselchat_limit)
    q_rows = []
    for q in questions:
        chunks = split_chunks(q)
        q_rows.append((layer.similarities(chunks), chunks))
    best: dict[str, Any] | None = None
    for mod, step, margin in itertools.product(np.arange(0.50, 0.86, 0.02), (0.04, 0.06, 0.08, 0.10),
                                               (0.0, 0.04, 0.08, 0.12, 0.16, 0.20)):
        layer.thresholds = {"min_similarity": {"moderate": float(mod), "high": float(mod + step),
                                               "imminent": float(mod + 2 * step)}, "margin": float(margin)}
        added = false = negatives = missed = 0
        for label, lexical, sims, chunks, discounted in rows:
            judged = None if discounted else layer.judge_rows(sims, chunks)
            raised = judged is not None and judged.level >= Level.MODERATE and lexical < Level.MODERATE
            if label >= Level.MODERATE and lexical < Level.MODERATE:
                missed += 1
                added += raised
            if label <= Level.LOW:
                negatives += 1
                false += raised
        flagged_q = sum(1 for sims, chunks in q_rows if (j := layer.judge_rows(sims, chunks)) and
                        j.level >= Level.MODERATE)
        fa_rate = false / max(negatives, 1)
        q_rate = flagged_q / max(len(q_rows), 1)
        if fa_rate <= FALSE_ALARM_BUDGET and q_rate <= COUNSELCHAT_BUDGET:
            score = (added, -fa_rate - q_rate)
            if best is None or score > best["_score"]:
                best = {"_score": score, **layer.thresholds, "calibration": {
                    "added_recall": f"{added}/{missed}", "false_alarms": f"{false}/{negatives}",
                    "counselchat_flagged": f"{flagged_q}/{len(q_rows)}",
                    "sets": [p.name for p in sets], "budgets": {"false_alarms": FALSE_ALARM_BUDGET,
                                                                "counselchat": COUNSELCHAT_BUDGET}}}
    if best is None:
        raise SystemExit("no thresholds meet the false-alarm budgets")
    best.pop("_score")
    return best


def main(argv: list[str] | None = None) -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--datasets", type=Path, default=ev.DATASETS)
    parser.add_argument("--set", type=Path, action="append", dest="sets",
                        help="calibration sets (default: the repo test set and every blind set already scored)")
    parser.add_argument("--out", type=Path, default=_data("semantic-thresholds.json"))
    args = parser.parse_args(argv)
    scored = {r["file"] for r in ev.load_manifest() if "first_score" in r}
    sets = args.sets or [ev.testset_path(), *[p for p in ev.blind_sets() if p.name in scored]]
    result = calibrate(args.datasets, sets)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
