"""Literal triggers: for each rule, strings of which at least one must occur in any text the rule can match.

A rule whose triggers are all absent cannot match, so its regular expression is skipped (a plain substring test is
much cheaper than running the expression). Derived from the parsed pattern, so it stays exact when rules change.
"""

from __future__ import annotations

from re import _constants as c  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

MIN_LEN = 3


def _seq(items) -> frozenset[str] | None:
    """Requirement of a sequence: its longest literal run, or a group whose every branch has a requirement."""
    best: frozenset[str] | None = None
    run: list[str] = []

    def usable(req: frozenset[str]) -> bool:
        return min(len(s.strip()) for s in req) >= MIN_LEN

    def better(a: frozenset[str], b: frozenset[str]) -> bool:
        # Fewer alternatives means fewer substring tests; then longer (rarer) literals.
        return (len(a), -min(map(len, a))) < (len(b), -min(map(len, b)))

    def consider(req: frozenset[str] | None) -> None:
        nonlocal best
        if req and usable(req) and (best is None or better(req, best)):
            best = req

    for op, av in items:
        if op is c.LITERAL:
            run.append(chr(av))
            continue
        if run:
            consider(frozenset({"".join(run)}))
            run = []
        if op is c.SUBPATTERN:
            consider(_seq(av[-1]))
        elif op is c.BRANCH:
            consider(_branch(av[1]))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] >= 1:
            consider(_seq(av[2]))
    if run:
        consider(frozenset({"".join(run)}))
    return best


def _branch(alternatives) -> frozenset[str] | None:
    out: set[str] = set()
    for alt in alternatives:
        req = _seq(alt)
        if req is None:
            return None
        out |= req
    return frozenset(out)


def requirement(parsed) -> tuple[str, ...] | None:
    """The literal triggers of an already parsed pattern (`re._parser.parse`), or None."""
    items = list(parsed)
    req = _branch(items[0][1][1]) if len(items) == 1 and items[0][0] is c.BRANCH else _seq(items)
    return tuple(sorted(req)) if req else None


def triggers(pattern: str) -> tuple[str, ...] | None:
    """The literal triggers of a pattern, or None when no safe requirement can be derived."""
    return requirement(_parser.parse(pattern))

