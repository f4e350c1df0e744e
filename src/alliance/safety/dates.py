"""Dates the lexicons and patterns share."""

from __future__ import annotations

from datetime import date

# A year at least three years back from today, for acts told as history ("my attempt in 2009"); the cut-off moves
# on by itself each new year.
OLD_YEAR = "(?:" + "|".join(str(y) for y in range(date.today().year - 3, 1949, -1)) + ")"
