"""The cover and the round against brute force on small cases: never a broken rule, and the
exact answers are the best possible."""

import itertools
from unittest import mock

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from matching import cover, rounds, timegrid
from tests.matching.strategies import windows


@st.composite
def coverage_cases(draw):
    offers = draw(st.integers(1, 9))
    slots = draw(st.integers(1, 8))
    rows = draw(
        st.lists(
            st.lists(st.booleans(), min_size=slots, max_size=slots),
            min_size=offers,
            max_size=offers,
        )
    )
    costs = draw(st.lists(st.integers(1, 9), min_size=offers, max_size=offers).map(np.array))
    return np.array(rows, dtype=bool), costs.astype(float), draw(st.integers(1, 3))


def best_cover_by_brute_force(coverage, costs, people_needed):
    """The cheapest group that gives every slot min(people_needed, available) people."""
    demand = np.minimum(coverage.sum(axis=0), people_needed)
    best = None
    for size in range(len(costs) + 1):
        for group in itertools.combinations(range(len(costs)), size):
            if (coverage[list(group)].sum(axis=0) >= demand).all():
                cost = costs[list(group)].sum()
                if best is None or cost < best:
                    best = cost
    return best


@settings(max_examples=150, deadline=None)
@given(coverage_cases())
def test_exact_cover_is_the_cheapest_group_that_covers_what_can_be_covered(case):
    coverage, costs, people_needed = case
    result = cover.cover(coverage, costs, people_needed)
    demand = np.minimum(coverage.sum(axis=0), people_needed)
    assert (coverage[result.chosen].sum(axis=0) >= demand).all()
    assert result.method == "exact"
    assert result.objective == pytest.approx(
        best_cover_by_brute_force(coverage, costs, people_needed)
    )
    short = set(np.flatnonzero(coverage.sum(axis=0) < people_needed))
    assert set(result.uncovered) == short


@settings(max_examples=100, deadline=None)
@given(coverage_cases())
def test_the_heuristic_covers_everything_and_reports_an_honest_gap(case):
    coverage, costs, people_needed = case
    result = cover.cover(coverage, costs, people_needed, exact_limit=0)
    demand = np.minimum(coverage.sum(axis=0), people_needed)
    assert (coverage[result.chosen].sum(axis=0) >= demand).all()
    best = best_cover_by_brute_force(coverage, costs, people_needed)
    assert result.lower_bound <= best + 1e-6 <= result.objective + 1e-6
    assert 0 <= result.gap < 1


@st.composite
def round_cases(draw):
    requests = draw(st.integers(1, 3))
    offers = draw(st.integers(1, 3))
    count = draw(st.integers(1, 9))
    pairs = draw(
        st.lists(
            st.tuples(st.integers(0, requests - 1), st.integers(0, offers - 1)),
            min_size=count,
            max_size=count,
            unique=True,
        )
    )
    # Offers belong to people; one person may have several (each kept the rules alone).
    owners = np.array(draw(st.lists(st.integers(0, offers - 1), min_size=offers, max_size=offers)))
    # Each pair alone keeps every rule (the round gets pairs that passed them one by one).
    masks = [
        timegrid.week_mask(draw(windows(min_size=1, max_size=2).filter(_rested))) for _ in pairs
    ]
    return (
        rounds.Pairs(
            requests=np.array([r for r, _ in pairs]),
            offers=np.array([o for _, o in pairs]),
            people=owners[[o for _, o in pairs]],
            scores=np.array([float(draw(st.integers(1, 100))) for _ in pairs]),
            hours=np.array([float(draw(st.integers(1, 12))) for _ in pairs]),
            masks=np.array([np.packbits(m) for m in masks]),
            cap_groups=np.array([draw(st.sampled_from([-1, 0])) for _ in pairs]),
            yearly_hours=np.array([float(draw(st.integers(50, 150))) for _ in pairs]),
            caps=np.array([200.0]),
        ),
        np.array(draw(st.lists(st.integers(1, 2), min_size=requests, max_size=requests))),
        np.array([float(draw(st.integers(4, 20))) for _ in range(offers)]),
        np.array([float(draw(st.integers(8, 30))) for _ in range(offers)]),
    )


def _rested(windows_) -> bool:
    return bool(timegrid.rest_ok(timegrid.week_mask(windows_)))


def breaks_a_rule(pairs, chosen, people_needed, capacity, person_capacity=None) -> bool:
    chosen = list(chosen)
    if any(np.bincount(pairs.requests[chosen], minlength=len(people_needed)) > people_needed):
        return True
    hours = np.zeros(len(capacity))
    np.add.at(hours, pairs.offers[chosen], pairs.hours[chosen])
    if (hours > capacity + 1e-9).any():
        return True
    for person in set(pairs.persons[chosen].tolist()):
        mine = [i for i in chosen if pairs.persons[i] == person]
        if len({pairs.requests[i] for i in mine}) < len(mine):
            return True  # two places of one request
        if person_capacity is not None and pairs.hours[mine].sum() > person_capacity[person]:
            return True
        slots = np.unpackbits(pairs.masks[mine], axis=1)[:, :672].astype(int)
        if (slots.sum(axis=0) > 1).any():
            return True  # booked twice at the same time
        if not timegrid.rest_ok(slots.sum(axis=0) > 0):
            return True
        capped = [i for i in mine if pairs.cap_groups[i] == 0]
        if sum(pairs.yearly_hours[i] for i in capped) > pairs.caps[0] + 1e-9:
            return True
    return False


@settings(max_examples=150, deadline=None)
@given(round_cases())
def test_round_is_the_best_assignment_that_breaks_no_rule(case):
    pairs, people_needed, capacity, person_capacity = case
    result = rounds.assign(pairs, people_needed, capacity, person_capacity)
    rules = (people_needed, capacity, person_capacity)
    assert not breaks_a_rule(pairs, result.chosen, *rules)
    assert not breaks_a_rule(pairs, rounds.greedy(pairs, *rules), *rules)
    best = max(
        pairs.scores[list(group)].sum()
        for size in range(len(pairs) + 1)
        for group in itertools.combinations(range(len(pairs)), size)
        if not breaks_a_rule(pairs, group, *rules)
    )
    assert result.total == pytest.approx(best)
    assert result.total >= result.greedy_total


def test_three_shifts_that_keep_the_rest_rule_two_by_two_are_not_all_given_to_one_person():
    # Found by the property test above: on one Monday 0:00-0:15, 0:15-0:30 and 11:15-13:15.
    # Any two leave 11 hours of rest in the 24 hours from their first shift; all three do
    # not, which no conflict between two pairs can say.
    def monday(start, end):
        mask = np.zeros(672, dtype=bool)
        mask[start:end] = True
        return np.packbits(mask)

    shifts = [monday(0, 1), monday(1, 2), monday(45, 53)]
    pairs = rounds.Pairs(
        requests=np.array([0, 1, 2]),
        offers=np.array([0, 0, 0]),
        scores=np.array([1.0, 1.0, 1.0]),
        hours=np.array([1.0, 1.0, 1.0]),
        masks=np.array(shifts),
        cap_groups=np.full(3, -1),
        yearly_hours=np.full(3, 50.0),
        caps=np.array([200.0]),
    )
    people_needed, capacity = np.ones(3, dtype=np.int64), np.array([4.0])
    for two in itertools.combinations(range(3), 2):
        assert not breaks_a_rule(pairs, two, people_needed, capacity)
    assert breaks_a_rule(pairs, range(3), people_needed, capacity)
    result = rounds.assign(pairs, people_needed, capacity)
    assert not breaks_a_rule(pairs, result.chosen, people_needed, capacity)
    assert result.total == 2.0
    assert result.method == "exact"


def test_a_person_with_very_many_candidate_pairs_is_never_booked_twice():
    # More pairs than one 64-bit number holds as a set.
    rng = np.random.default_rng(7)
    count = 70
    masks = []
    for _ in range(count):
        day, start = rng.integers(0, 5), rng.integers(8, 16)
        mask = np.zeros(672, dtype=bool)
        mask[day * 96 + start * 4 : day * 96 + start * 4 + 8] = True  # two hours
        masks.append(np.packbits(mask))
    pairs = rounds.Pairs(
        requests=np.arange(count),
        offers=np.zeros(count, dtype=np.int64),
        scores=rng.integers(1, 100, count).astype(float),
        hours=np.full(count, 2.0),
        masks=np.array(masks),
        cap_groups=np.full(count, -1),
        yearly_hours=np.full(count, 100.0),
        caps=np.array([200.0]),
    )
    people_needed, capacity = np.ones(count, dtype=np.int64), np.array([40.0])
    result = rounds.assign(pairs, people_needed, capacity)
    assert len(result.chosen) > 1
    assert not breaks_a_rule(pairs, result.chosen, people_needed, capacity)
    assert result.total >= result.greedy_total


def test_a_person_fills_one_place_of_a_request_even_through_two_offers():
    # One person offers Monday and Tuesday separately; the request needs two people on both
    # days. Counting the person twice would score more, and is not allowed.
    monday, tuesday = np.zeros(672, dtype=bool), np.zeros(672, dtype=bool)
    monday[9 * 4 : 12 * 4] = True
    tuesday[96 + 9 * 4 : 96 + 12 * 4] = True
    pairs = rounds.Pairs(
        requests=np.array([0, 0, 0]),
        offers=np.array([0, 1, 2]),
        people=np.array([0, 0, 1]),
        scores=np.array([60.0, 50.0, 10.0]),
        hours=np.array([3.0, 3.0, 3.0]),
        masks=np.array([np.packbits(monday), np.packbits(tuesday), np.packbits(monday)]),
    )
    people_needed, capacity = np.array([2]), np.array([8.0, 8.0, 8.0])
    for chosen in (
        rounds.assign(pairs, people_needed, capacity).chosen,
        rounds.greedy(pairs, people_needed, capacity),
    ):
        assert sorted(chosen.tolist()) == [0, 2]


def test_two_offers_that_each_keep_the_rest_rule_are_not_booked_together_when_they_break_it():
    # Monday 12:00-20:00 and Tuesday 02:00-06:00 each leave rest enough; together the longest
    # rest in the 24 hours from Monday noon is six hours.
    monday, tuesday = np.zeros(672, dtype=bool), np.zeros(672, dtype=bool)
    monday[12 * 4 : 20 * 4] = True
    tuesday[96 + 2 * 4 : 96 + 6 * 4] = True
    assert timegrid.rest_ok(monday) and timegrid.rest_ok(tuesday)
    assert not timegrid.rest_ok(monday | tuesday)
    pairs = rounds.Pairs(
        requests=np.array([0, 1]),
        offers=np.array([0, 1]),
        people=np.array([0, 0]),
        scores=np.array([60.0, 50.0]),
        hours=np.array([8.0, 4.0]),
        masks=np.array([np.packbits(monday), np.packbits(tuesday)]),
    )
    people_needed, capacity = np.array([1, 1]), np.array([8.0, 4.0])
    for chosen in (
        rounds.assign(pairs, people_needed, capacity).chosen,
        rounds.greedy(pairs, people_needed, capacity),
    ):
        assert chosen.tolist() == [0]


@settings(max_examples=100, deadline=None)
@given(round_cases())
def test_a_large_round_solved_part_by_part_breaks_no_rule_and_beats_greedy(case):
    pairs, people_needed, capacity, person_capacity = case
    rules = (people_needed, capacity, person_capacity)
    with (
        mock.patch.object(rounds, "EXACT_PAIRS", 0),  # every round counts as large
        mock.patch.object(rounds, "PART_PAIRS", 2),
    ):
        result = rounds.assign(pairs, *rules)
    assert result.method in ("parts", "greedy")
    assert not breaks_a_rule(pairs, result.chosen, *rules)
    assert result.total == pytest.approx(pairs.scores[result.chosen].sum())
    assert result.total >= result.greedy_total


def test_parts_side_by_side_move_a_request_to_the_better_side():
    # Greedy gives X request A (60) and leaves request B empty, as Y can only do A. X and Y
    # are in different parts; solved together, X takes B and Y takes A: 55 + 50.
    week = np.zeros(672, dtype=bool)
    week[9 * 4 : 12 * 4] = True
    tuesday = np.roll(week, 96)
    pairs = rounds.Pairs(
        requests=np.array([0, 1, 0]),
        offers=np.array([0, 0, 1]),
        scores=np.array([60.0, 55.0, 50.0]),
        hours=np.array([3.0, 3.0, 3.0]),
        masks=np.array([np.packbits(week), np.packbits(tuesday), np.packbits(week)]),
    )
    people_needed, capacity = np.array([1, 1]), np.array([3.0, 3.0])
    with (
        mock.patch.object(rounds, "EXACT_PAIRS", 0),
        mock.patch.object(rounds, "PART_PAIRS", 1),
    ):
        result = rounds.assign(pairs, people_needed, capacity)
    assert result.greedy_total == 60
    assert (result.method, result.total, result.chosen.tolist()) == ("parts", 105, [1, 2])
