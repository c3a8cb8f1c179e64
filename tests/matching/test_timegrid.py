"""Time-window arithmetic, checked against a plain minute-by-minute model of the week."""

import datetime
import itertools

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from matching import timegrid
from tests.matching.strategies import periods, windows


def minutes_of(windows_) -> set[int]:
    """The minutes of the week the windows cover, counted one by one."""
    return {
        w.weekday * 1440 + minute
        for w in windows_
        for minute in range(w.start_minute, w.end_minute)
    }


@given(windows())
def test_mask_covers_exactly_the_minutes_of_the_windows(windows_):
    mask = timegrid.week_mask(windows_)
    minutes = minutes_of(windows_)
    assert timegrid.hours(mask) * 60 == len(minutes)
    for slot in np.flatnonzero(mask):
        assert slot * 15 in minutes


@given(windows())
def test_windows_of_a_mask_give_the_same_mask_back_without_overlaps(windows_):
    mask = timegrid.week_mask(windows_)
    again = timegrid.windows_of(mask)
    assert np.array_equal(timegrid.week_mask(again), mask)
    # Overlapping and touching windows merge: the windows returned never touch each other.
    for first, second in itertools.pairwise(again):
        if first.weekday == second.weekday:
            assert first.end_minute < second.start_minute


def test_touching_windows_merge_and_midnight_splits_the_day():
    w = timegrid.Window
    mask = timegrid.week_mask(
        [
            w(2, datetime.time(8), datetime.time(10)),
            w(2, datetime.time(10), datetime.time(12)),
            w(0, datetime.time(22), datetime.time(0)),
            w(1, datetime.time(0), datetime.time(6)),
        ]
    )
    assert timegrid.windows_of(mask) == [
        w(0, datetime.time(22), datetime.time(0)),
        w(1, datetime.time(0), datetime.time(6)),
        w(2, datetime.time(8), datetime.time(12)),
    ]
    assert timegrid.hours(mask) == 12


def test_a_window_must_end_after_it_starts():
    for start, end in ((datetime.time(10), datetime.time(8)), (datetime.time(9), datetime.time(9))):
        try:
            timegrid.Window(2, start, end)
        except ValueError:
            continue
        raise AssertionError(f"{start}-{end} was accepted")


@given(windows(), windows())
def test_covered_hours_are_the_shared_minutes(requested, offered):
    covered = timegrid.covered(timegrid.week_mask(requested), timegrid.week_mask(offered))
    assert timegrid.hours(covered) * 60 == len(minutes_of(requested) & minutes_of(offered))


@given(periods(), periods())
def test_overlap_of_periods_is_the_shared_days(first, second):
    overlap = first.overlap(second)
    shared = {first.start + datetime.timedelta(days=d) for d in range(first.days)} & {
        second.start + datetime.timedelta(days=d) for d in range(second.days)
    }
    if overlap is None:
        assert not shared
    else:
        assert overlap == second.overlap(first)
        assert overlap.days == len(shared)
        assert min(shared) == overlap.start and max(shared) == overlap.end


def rest_ok_by_hand(mask: np.ndarray) -> bool:
    """The rule as written: in the 24 hours from the start of every shift there are 11
    hours in a row without work (the week repeats)."""
    if mask.all():
        return False
    week = np.concatenate([mask, mask, mask])
    for start in range(timegrid.SLOTS_PER_WEEK):
        if mask[start] and not mask[start - 1]:
            day = week[start : start + 96]
            longest = run = 0
            for busy in day:
                run = 0 if busy else run + 1
                longest = max(longest, run)
            if longest < 44:
                return False
    return True


@given(windows(max_size=6))
def test_rest_rule_matches_the_rule_as_written(windows_):
    mask = timegrid.week_mask(windows_)
    assert timegrid.rest_ok(mask) == rest_ok_by_hand(mask)


@given(st.lists(windows(max_size=5), min_size=1, max_size=6))
def test_rest_rule_on_a_stack_equals_each_row(rows):
    masks = np.array([timegrid.week_mask(w) for w in rows])
    assert list(timegrid.rest_ok(masks)) == [rest_ok_by_hand(m) for m in masks]


def test_rest_rule_examples_planners_know():
    def week(*spans):
        return timegrid.week_mask(
            timegrid.Window(d, datetime.time.fromisoformat(a), datetime.time.fromisoformat(b))
            for d, a, b in spans
        )

    assert timegrid.rest_ok(week((0, "09:00", "12:00"), (0, "13:00", "17:00")))  # lunch break
    assert timegrid.rest_ok(week(*[(d, "08:00", "17:00") for d in range(7)]))
    # A night shift until 06:00 and back at 14:00: eight hours of rest.
    assert not timegrid.rest_ok(
        week((0, "22:00", "00:00"), (1, "00:00", "06:00"), (1, "14:00", "22:00"))
    )
    # Sunday evening into Monday morning, across the end of the week.
    assert not timegrid.rest_ok(week((6, "16:00", "00:00"), (0, "06:00", "10:00")))
