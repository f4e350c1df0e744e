"""`alliance eval intake [--dataset FILE]`: the triage against tiers labelled by people, on a set the rules
were not written from.

Reports exact agreement, Cohen's weighted kappa with quadratic weights (Cohen 1968; the tiers are ordinal, and
quadratic weights count a two-tier miss four times a one-tier miss), linear-weighted kappa beside it,
under-triage (a tier lower than the label) of emergency and urgent referrals, emergencies triaged below
urgent, a confusion matrix, and the same by language. The default set is the newest `data/dev-*.jsonl`.

"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any, Optional

import typer

from alliance.intake.models import RANK, TIERS

DATA_DIR = Path(__file__).parent / "data"


class EvalError(ValueError):
    """A dataset that cannot be evaluated."""


def default_dataset() -> Path:
    """The newest development set shipped in the package."""
    sets = sorted(DATA_DIR.glob("dev-*.jsonl"))
    if not sets:
        raise EvalError(f"no dataset in {DATA_DIR}")
    return sets[-1]


def load(path: Path) -> list[dict[str, Any]]:
    """The labelled vignettes: each needs an id and a tier among the four."""
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise EvalError(f"{path.name} line {number}: not JSON ({exc.msg})") from None
        if not isinstance(obj, dict) or obj.get("tier") not in TIERS:
            raise EvalError(f"{path.name} line {number}: needs a 'tier' among {', '.join(TIERS)}")
        rows.append(obj)
    if not rows:
        raise EvalError(f"{path.name} holds no vignette")
    return rows


def weighted_kappa(pairs: list[tuple[str, str]], weights: str = "quadratic") -> float | None:
    """Cohen's weighted kappa between labels and predictions over the ordered tiers."""
    k, n = len(TIERS), len(pairs)
    if n == 0:
        return None
    observed = [[0.0] * k for _ in range(k)]
    for label, pred in pairs:
        observed[RANK[label]][RANK[pred]] += 1
    rows = [sum(r) for r in observed]
    cols = [sum(observed[i][j] for i in range(k)) for j in range(k)]
    power = 2 if weights == "quadratic" else 1
    w = [[(abs(i - j) / (k - 1)) ** power for j in range(k)] for i in range(k)]
    num = sum(w[i][j] * observed[i][j] for i in range(k) for j in range(k))
    den = sum(w[i][j] * rows[i] * cols[j] / n for i in range(k) for j in range(k))
    return None if den == 0 else round(1 - num / den, 4)


def summarise(pairs: list[tuple[str, str]]) -> dict[str, Any]:
    """Agreement figures for (label, predicted) pairs."""
    n = len(pairs)
    serious = [(lab, pred) for lab, pred in pairs if lab in ("emergency", "urgent")]
    under = [p for p in serious if RANK[p[1]] > RANK[p[0]]]
    emergencies = [p for p in pairs if p[0] == "emergency"]
    return {
        "n": n,
        "exact_agreement": round(sum(lab == pred for lab, pred in pairs) / n, 4) if n else None,
        "kappa_quadratic": weighted_kappa(pairs, "quadratic"),
        "kappa_linear": weighted_kappa(pairs, "linear"),
        "emergency_urgent": len(serious),
        "under_triage": len(under),
        "under_triage_rate": round(len(under) / len(serious), 4) if serious else None,
        "emergency_below_urgent": sum(RANK[pred] > RANK["urgent"] for _, pred in emergencies),
        "over_triage": sum(RANK[pred] < RANK[lab] for lab, pred in pairs),
    }


def confusion(pairs: list[tuple[str, str]]) -> dict[str, dict[str, int]]:
    """Rows: the label; columns: the engine's tier."""
    counts = Counter(pairs)
    return {lab: {pred: counts[(lab, pred)] for pred in TIERS} for lab in TIERS}


def evaluate(rows: list[dict[str, Any]], *, use_classifier: bool = True, rules: Any = None) -> dict[str, Any]:
    """Triage every vignette and compare with its label."""
    from alliance.intake.commands import triage_line
    from alliance.intake.rules import default_rules

    results = []
    for row in rows:
        out = triage_line(row, rules, use_classifier=use_classifier)
        if "error" in out:
            raise EvalError(f"vignette {row.get('id')}: {out['error']}")
        results.append(
            {
                "id": row.get("id"),
                "lang": row.get("lang") or "?",
                "label": row["tier"],
                "tier": out["tier"],
                "rules": out["rules"],
                "hard": str(row.get("hard") or "none"),
            }
        )
    pairs = [(r["label"], r["tier"]) for r in results]
    by_lang: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for r in results:
        by_lang[r["lang"]].append((r["label"], r["tier"]))
    hard = [(r["label"], r["tier"]) for r in results if r["hard"] not in ("none", "false", "False")]
    by_hard: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for r in results:
        by_hard[r["hard"]].append((r["label"], r["tier"]))
    return {
        "overall": summarise(pairs),
        "hard": summarise(hard) if hard else None,
        "by_language": {lang: summarise(p) for lang, p in sorted(by_lang.items())},
        "by_hard_case": {kind: summarise(p) for kind, p in sorted(by_hard.items())},
        "confusion": confusion(pairs),
        "rules_version": (rules or default_rules()).version,
        "disagreements": [r for r in results if r["label"] != r["tier"]],
    }


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{100 * value:.1f}%"


def evaluate_intake(
    dataset: Optional[Path] = typer.Option(
        None,
        "--dataset",
        help="A labelled JSON Lines set (default: the newest development set in the package).",
    ),
    json_out: bool = typer.Option(False, "--json", help="The report as one JSON object on stdout."),
    no_classifier: bool = typer.Option(False, "--no-classifier", help="The screen's lexical layers only."),
    show: bool = typer.Option(
        False, "--show-disagreements", help="List every vignette the engine tiered otherwise."
    ),
) -> None:
    """Exact agreement, weighted kappa, under-triage of emergency and urgent referrals, confusion, by
    language."""
    from rich.console import Console
    from rich.table import Table

    console = Console()
    try:
        path = dataset or default_dataset()
        if not path.is_file():
            raise EvalError(f"No such file: {path}")
        report = evaluate(load(path), use_classifier=not no_classifier)
    except EvalError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    report["dataset"] = path.name
    if json_out:
        typer.echo(json.dumps(report, ensure_ascii=False))
        return
    o = report["overall"]
    console.print(f"[bold]{path.name}[/] ({o['n']} vignettes), rules {report['rules_version']}")
    console.print(
        f"exact agreement {_pct(o['exact_agreement'])}; weighted kappa {o['kappa_quadratic']} "
        f"(quadratic; linear {o['kappa_linear']})"
    )
    console.print(
        f"under-triage of emergency and urgent: {o['under_triage']} of {o['emergency_urgent']} "
        f"({_pct(o['under_triage_rate'])}); emergency below urgent: {o['emergency_below_urgent']}; "
        f"over-triage: {o['over_triage']}"
    )
    table = Table(title="Confusion (rows: label, columns: engine)")
    table.add_column("label")
    for t in TIERS:
        table.add_column(t, justify="right")
    for lab in TIERS:
        table.add_row(lab, *(str(report["confusion"][lab][p]) for p in TIERS))
    console.print(table)
    langs = Table(title="By language")
    for col in ("lang", "n", "exact", "kappa (quadratic)", "under-triage", "emergency below urgent"):
        langs.add_column(col)
    for lang, s in report["by_language"].items():
        langs.add_row(
            lang,
            str(s["n"]),
            _pct(s["exact_agreement"]),
            str(s["kappa_quadratic"]),
            f"{s['under_triage']}/{s['emergency_urgent']}",
            str(s["emergency_below_urgent"]),
        )
    console.print(langs)
    if show:
        for r in report["disagreements"]:
            console.print(
                f"{r['id']} ({r['lang']}, {r['hard']}): label {r['label']}, "
                f"engine {r['tier']} \\[{', '.join(r['rules'])}]"
            )
