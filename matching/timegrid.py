"""Time-window arithmetic on a week of 15-minute slots: plain Python and NumPy, no database.

A week has 7 × 96 = 672 slots; slot 0 is Monday 00:00-00:15. A weekly pattern of windows is
a boolean vector of 672 slots, so covering, overlapping and counting hours are vector
operations that work the same for one candidate or for a hundred thousand.
"""

import datetime
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

SLOT_MINUTES = 15
SLOTS_PER_DAY = 24 * 60 // SLOT_MINUTES  # 96
SLOTS_PER_WEEK = 7 * SLOTS_PER_DAY  # 672
SLOTS_PER_HOUR = 60 // SLOT_MINUTES
MINUTES_PER_DAY = 24 * 60


@dataclass(frozen=True, order=True)
class Window:
    """A weekly time window: a weekday (0 = Monday) and a start and end time that day.

    An end of 00:00 means midnight at the end of the day; windows do not cross midnight
    (split them into two)."""

    weekday: int
    start: datetime.time
    end: datetime.time

    def __post_init__(self):
        if not 0 <= self.weekday <= 6:
            raise ValueError("weekday must be 0 (Monday) to 6 (Sunday)")
        if self.end_minute <= self.start_minute:
            raise ValueError("a window must end after it starts")

    @property
    def start_minute(self) -> int:
        return self.start.hour * 60 + self.start.minute

    @property
    def end_minute(self) -> int:
        minute = self.end.hour * 60 + self.end.minute
        return MINUTES_PER_DAY if minute == 0 else minute

    @property
    def hours(self) -> float:
        return (self.end_minute - self.start_minute) / 60

    @property
    def label(self) -> str:
        """In words, as planners write it: "woensdag 8:00-10:00" (in the active language)."""
        from django.utils.dates import WEEKDAYS

        end = "24:00" if self.end_minute == MINUTES_PER_DAY else f"{self.end:%-H:%M}"
        return f"{str(WEEKDAYS[self.weekday]).lower()} {self.start:%-H:%M}-{end}"


def _slot(minute: int) -> int:
    return minute // SLOT_MINUTES


def week_mask(windows: Iterable[Window]) -> np.ndarray:
    """The slots a set of weekly windows covers (a window covers the slots it touches fully
    or partly: times are whole quarters in practice)."""
    mask = np.zeros(SLOTS_PER_WEEK, dtype=bool)
    for window in windows:
        base = window.weekday * SLOTS_PER_DAY
        first = base + _slot(window.start_minute)
        last = base + -(-window.end_minute // SLOT_MINUTES)  # round the end up
        mask[first:last] = True
    return mask


def hours(mask: np.ndarray) -> float:
    """Hours in a mask (or per row of a stack of masks)."""
    return np.count_nonzero(mask, axis=-1) / SLOTS_PER_HOUR


def covered(requested: np.ndarray, offered: np.ndarray) -> np.ndarray:
    """The requested slots the offer covers (works on one offer or a stack of offers)."""
    return requested & offered


def windows_of(mask: np.ndarray) -> list[Window]:
    """The mask as windows again: maximal runs of slots, split at midnight."""
    result = []
    for day in range(7):
        day_slots = mask[day * SLOTS_PER_DAY : (day + 1) * SLOTS_PER_DAY]
        slot = 0
        while slot < SLOTS_PER_DAY:
            if not day_slots[slot]:
                slot += 1
                continue
            start = slot
            while slot < SLOTS_PER_DAY and day_slots[slot]:
                slot += 1
            result.append(Window(day, _time(start), _time(slot)))
    return result


def _time(slot: int) -> datetime.time:
    minute = (slot * SLOT_MINUTES) % MINUTES_PER_DAY
    return datetime.time(minute // 60, minute % 60)


REST_SLOTS = 11 * SLOTS_PER_HOUR  # the legal minimum of uninterrupted rest
DAY_SLOTS = 24 * SLOTS_PER_HOUR


def rest_ok(masks: np.ndarray) -> np.ndarray | bool:
    """Whether a repeating week leaves 11 hours of uninterrupted rest in the 24 hours from
    the start of every shift (the Dutch working-time rule), for one mask or for each row of
    a stack of masks.

    A free stretch of 44 slots fits in the 24 hours from slot s when one of the slots
    s+43 ... s+95 ends such a stretch; both steps are rolling sums, so a stack of masks is
    checked at once.
    """
    single = masks.ndim == 1
    work = np.atleast_2d(masks).astype(bool)
    result = np.ones(len(work), dtype=bool)
    for first in range(0, len(work), 20_000):  # bounded memory for large stacks
        result[first : first + 20_000] = _rest_ok_rows(work[first : first + 20_000])
    return bool(result[0]) if single else result


def _rolling_count(values: np.ndarray, width: int, offset: int) -> np.ndarray:
    """Per slot s of a cyclic week: how many of values[s+offset ... s+offset+width-1]."""
    doubled = np.concatenate([values, values, values[:, : offset + width]], axis=1)
    sums = np.concatenate(
        [np.zeros((len(values), 1), dtype=np.int32), np.cumsum(doubled, axis=1, dtype=np.int32)],
        axis=1,
    )
    slots = np.arange(SLOTS_PER_WEEK) + offset
    return sums[:, slots + width] - sums[:, slots]


def _rest_ok_rows(work: np.ndarray) -> np.ndarray:
    free = ~work
    # Slot i ends a rest when the REST_SLOTS slots up to and including i are all free.
    ends_rest = _rolling_count(free, REST_SLOTS, SLOTS_PER_WEEK - REST_SLOTS + 1) == REST_SLOTS
    shift_starts = work & ~np.roll(work, 1, axis=1)
    rest_within_day = _rolling_count(ends_rest, DAY_SLOTS - REST_SLOTS + 1, REST_SLOTS - 1) > 0
    ok = ~(shift_starts & ~rest_within_day).any(axis=1)
    return ok & ~work.all(axis=1)


@dataclass(frozen=True)
class Period:
    """A period of dates, both ends included."""

    start: datetime.date
    end: datetime.date

    def __post_init__(self):
        if self.end < self.start:
            raise ValueError("a period must end on or after its start")

    def overlap(self, other: "Period") -> "Period | None":
        start, end = max(self.start, other.start), min(self.end, other.end)
        return Period(start, end) if start <= end else None

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1
