"""Sleep diary arithmetic: one night from the Consensus Sleep Diary's answers.

Carney CE, Buysse DJ, Ancoli-Israel S, et al. The Consensus Sleep Diary: standardizing prospective sleep
self-monitoring. Sleep 2012;35(2):287-302. Time in bed runs from getting into bed to getting out of bed; total sleep
time is the time from trying to sleep to the final awakening, less the minutes it took to fall asleep and the minutes
awake in the night; sleep efficiency is total sleep time / time in bed x 100.

Clock times are read on a noon-to-noon frame (the night runs from noon before to noon after the diary's morning), so
23:30 comes before 07:00. A diary for someone who sleeps by day does not fit this frame; it is refused in plain words.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

NOON = 12 * 60
DAY = 24 * 60


@dataclass(frozen=True)
class Night:
    """Minutes in bed and asleep, and the efficiency in percent (one decimal)."""

    time_in_bed: int
    total_sleep: int
    efficiency: float


def _frame(clock: str) -> int:
    """Minutes after the noon before the morning of the diary."""
    hours, minutes = (int(p) for p in clock.split(":"))
    return (hours * 60 + minutes - NOON) % DAY


def night(answers: Any) -> Night:
    """The night's figures, or ValueError in plain words when the times do not make one night."""
    bed, tried = _frame(answers.bed_time), _frame(answers.try_sleep_time)
    woke, up = _frame(answers.final_wake_time), _frame(answers.out_of_bed_time)
    if tried < bed:
        raise ValueError("the time you tried to sleep is before the time you got into bed")
    if woke < tried:
        raise ValueError("the final awakening is before the time you tried to sleep")
    if up < woke:
        raise ValueError("the time you got out of bed is before your final awakening")
    in_bed = up - bed
    if in_bed <= 0:
        raise ValueError("the time you got out of bed must be after the time you got into bed")
    asleep = woke - tried - answers.sleep_latency - answers.wake_minutes
    if asleep < 0:
        raise ValueError("the minutes to fall asleep and awake in the night are more than the time between trying "
                         "to sleep and the final awakening")
    if answers.awakenings == 0 and answers.wake_minutes > 0:
        raise ValueError("minutes awake in the night need at least one awakening")
    return Night(time_in_bed=in_bed, total_sleep=asleep, efficiency=round(asleep / in_bed * 100, 1))
