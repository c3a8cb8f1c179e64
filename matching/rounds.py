"""A network-wide matching round: assign people to open requests so that the total score is
as high as possible while every hard rule holds for the whole assignment:

- a request gets no more people than it asks;
- nobody is booked for more hours a week than they offer, nor beyond the working-time
  maximum together with their contract hours;
- nobody is booked twice at the same time, and the combined times keep 11 hours of rest;
- a form with a yearly cap is not booked beyond it in total.

Works on a sparse list of candidate pairs (the hard rules of each single pair already
applied): an integer program (HiGHS, through SciPy) with a time limit, and the greedy answer
for comparison.
"""

import contextlib
import gc
import time
import warnings
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import coo_matrix

from matching import timegrid


@dataclass(frozen=True)
class Pairs:
    """Candidate pairs, one entry per pair: request index, offer index, person index, score,
    weekly hours, packed weekly slots, whether the person's whole offered week keeps the rest
    rule, and for a form with a yearly cap its group (-1 for none) and the pair's hours per
    year."""

    requests: np.ndarray
    offers: np.ndarray
    scores: np.ndarray
    hours: np.ndarray
    masks: np.ndarray  # (m, 84) uint8: the slots the pair would use
    people: np.ndarray | None = None  # defaults to one person per offer
    rest_safe: np.ndarray | None = None  # defaults to all safe
    cap_groups: np.ndarray | None = None  # index into `caps`, -1 when uncapped
    yearly_hours: np.ndarray | None = None
    caps: np.ndarray = field(default_factory=lambda: np.zeros(0))

    def __len__(self):
        return len(self.scores)

    @property
    def persons(self) -> np.ndarray:
        return self.offers if self.people is None else self.people

    @property
    def safe(self) -> np.ndarray:
        return np.ones(len(self), dtype=bool) if self.rest_safe is None else self.rest_safe


TIME_LIMIT = 30.0  # seconds the solver may search before the best assignment so far is used
# Above this many candidate pairs the solver is not started: HiGHS may spend minutes in its
# first phases whatever the time limit, and the greedy assignment answers in a second.
EXACT_PAIRS = 25_000
# The LP of a round is tight (its bound is within a fraction of a percent of the best
# assignment), so HiGHS finds the optimum through its LP and sub-MIP; its cheap primal
# heuristics find nothing the greedy assignment does not, and cost a third of the time.
SOLVER_OPTIONS = {
    "mip_heuristic_run_feasibility_jump": False,
    "mip_heuristic_run_root_reduced_cost": False,
    "mip_heuristic_run_zi_round": False,
    "mip_heuristic_run_shifting": False,
}


@contextlib.contextmanager
def collection_paused():
    """The cyclic garbage collector paused while a round is built and solved: it creates many
    short-lived objects, and each full collection on the way walks the whole heap for
    nothing (measured: a tenth of a small round). Also usable as a decorator."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def candidates_per_request(requests: int) -> int:
    """How many of its best candidates a request brings into a round: enough for the solver
    to trade between requests, fewer as rounds grow so that the graph stays sparse."""
    return 50 if requests <= 200 else 20 if requests <= 1000 else 10


@dataclass(frozen=True)
class Assignment:
    chosen: np.ndarray  # indices into the pairs
    total: float
    greedy_total: float
    method: str
    seconds: float


def _unpacked(masks: np.ndarray) -> np.ndarray:
    return np.unpackbits(masks, axis=-1)[..., : timegrid.SLOTS_PER_WEEK].astype(bool)


def clashes(pairs: Pairs) -> list[np.ndarray]:
    """Groups of pairs of one person of which at most one can be chosen: those that use one
    same quarter hour (one group per distinct set, which is a much tighter and smaller
    program than a rule per two pairs), and two pairs that together leave too little rest
    (checked only for people whose whole week could)."""
    persons = pairs.persons
    if not len(persons):
        return []
    order = np.argsort(persons, kind="stable")
    firsts = np.concatenate([[0], np.flatnonzero(np.diff(persons[order])) + 1])
    sizes = np.diff(np.append(firsts, len(order)))
    # Only people with two pairs that share a quarter hour, or that might leave too little
    # rest, need a closer look; found for everyone at once.
    ordered = pairs.masks[order]
    union = np.bitwise_or.reduceat(ordered, firsts, axis=0)
    used = np.add.reduceat(np.bitwise_count(ordered).sum(axis=1, dtype=np.int64), firsts)
    overlapping = (sizes >= 2) & (np.bitwise_count(union).sum(axis=1, dtype=np.int64) < used)
    unsafe = (sizes >= 2) & ~np.logical_and.reduceat(pairs.safe[order], firsts)

    def group(number):
        return order[firsts[number] : firsts[number] + sizes[number]]

    fits = sizes <= SET_BITS
    result = _shared_slot_sets(pairs.masks, order, firsts, sizes, overlapping & fits)
    for number in np.flatnonzero(overlapping & ~fits):
        result.extend(_shared_slot_sets_one(pairs.masks, group(number)))
    for number in np.flatnonzero(unsafe):
        result.extend(_too_little_rest(pairs.masks, pairs.safe, group(number)))
    return result


SET_BITS = 64  # people with at most this many pairs have their sets found all at once


def _shared_slot_sets(masks, order, firsts, sizes, which) -> list[np.ndarray]:
    """For the people marked in `which` together: each distinct largest set of a person's
    pairs that share a quarter hour. A person's pairs are numbered from 0, so that a set of
    them is one 64-bit number; the sets are found with a few array operations for everyone
    instead of a loop over people."""
    numbers = np.flatnonzero(which)
    if not len(numbers):
        return []
    counts = sizes[numbers]
    local = np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts)
    members = order[np.repeat(firsts[numbers], counts) + local]
    bits = np.left_shift(np.uint64(1), local.astype(np.uint64))
    slots = _unpacked(masks[members])
    in_use = np.flatnonzero(slots.any(axis=0))
    weighted = np.where(slots[:, in_use], bits[:, None], np.uint64(0))
    starts = np.cumsum(counts) - counts
    # Per person and quarter hour, the set of their pairs that use it.
    per_slot = np.bitwise_or.reduceat(weighted, starts, axis=0)
    owners, columns = np.nonzero(np.bitwise_count(per_slot) >= 2)
    values = per_slot[owners, columns]
    # Distinct sets per person, then only those within no other set of the same person.
    ordering = np.lexsort((values, owners))
    owners, values = owners[ordering], values[ordering]
    new = np.ones(len(owners), dtype=bool)
    new[1:] = (owners[1:] != owners[:-1]) | (values[1:] != values[:-1])
    owners, values = owners[new], values[new]
    if not len(owners):
        return []
    first_of = np.searchsorted(owners, owners, side="left")
    count_of = np.searchsorted(owners, owners, side="right") - first_of
    left = np.repeat(np.arange(len(owners)), count_of)
    right = np.repeat(first_of, count_of) + (
        np.arange(count_of.sum()) - np.repeat(np.cumsum(count_of) - count_of, count_of)
    )
    within = ((values[left] & values[right]) == values[left]) & (left != right)
    keep = np.ones(len(owners), dtype=bool)
    keep[left[within]] = False
    owners, values = owners[keep], values[keep]
    # Each set's bits back to its pairs.
    bit_rows = np.unpackbits(values.view(np.uint8).reshape(-1, 8), axis=1, bitorder="little")
    rows, positions = np.nonzero(bit_rows)
    flat = members[starts[owners[rows]] + positions]
    return list(np.split(flat, np.flatnonzero(np.diff(rows)) + 1))


def _shared_slot_sets_one(masks, group) -> list[np.ndarray]:
    """The same sets for one person with more pairs than `SET_BITS`."""
    slots = _unpacked(masks[group])  # (g, 672)
    shared = slots[:, slots.sum(axis=0) > 1]
    if not shared.shape[1]:
        return []
    # Each shared slot's set of pairs as a few bytes, so that equal sets sort together.
    packed = np.ascontiguousarray(np.packbits(shared, axis=0).T)
    distinct = np.unique(packed.view(np.dtype((np.void, packed.shape[1]))).ravel())
    sets = distinct.view(np.uint8).reshape(len(distinct), -1)
    # A set within another adds nothing: keep the largest ones only.
    within = ((sets[:, None, :] & sets[None, :, :]) == sets[:, None, :]).all(axis=2)
    np.fill_diagonal(within, False)
    largest = sets[~within.any(axis=1)]
    members = np.unpackbits(largest, axis=1)[:, : len(group)].astype(bool)
    return [group[row] for row in members]


def _too_little_rest(masks, safe, group) -> list[np.ndarray]:
    """Two pairs of one person that share no quarter hour but together leave too little
    rest between their shifts."""
    if safe[group].all():
        return []
    mine = masks[group]
    first, second = np.triu_indices(len(group), k=1)
    apart = np.bitwise_count(mine[first] & mine[second]).sum(axis=1) == 0
    first, second = first[apart], second[apart]
    broken = ~timegrid.rest_ok(_unpacked(mine[first] | mine[second]))
    return [
        np.array([a, b]) for a, b in zip(group[first[broken]], group[second[broken]], strict=True)
    ]


def _cap_keys(pairs: Pairs) -> np.ndarray | None:
    """Per pair, its (person, capped form) group as one number; None when nothing is capped."""
    if pairs.cap_groups is None or not (pairs.cap_groups >= 0).any():
        return None
    return np.where(
        pairs.cap_groups >= 0, pairs.persons * (len(pairs.caps) + 1) + pairs.cap_groups, -1
    )


def greedy(
    pairs: Pairs,
    people_needed: np.ndarray,
    capacity: np.ndarray,
    person_capacity: np.ndarray | None = None,
) -> np.ndarray:
    """Best pairs first, as long as every rule still holds."""
    left_needed = people_needed.astype(int).copy()
    left_hours = capacity.astype(float).copy()
    persons = pairs.persons
    left_person = None if person_capacity is None else person_capacity.astype(float).copy()
    used: dict[int, np.ndarray] = {}
    cap_keys = _cap_keys(pairs)
    cap_used: dict[int, float] = {}
    safe = pairs.safe
    chosen = []
    for index in np.argsort(-pairs.scores, kind="stable"):
        request, offer, person = (
            int(pairs.requests[index]),
            int(pairs.offers[index]),
            int(persons[index]),
        )
        hours = pairs.hours[index]
        if left_needed[request] <= 0 or left_hours[offer] < hours - 1e-9:
            continue
        if left_person is not None and left_person[person] < hours - 1e-9:
            continue
        taken = used.get(person)
        if taken is not None:
            if np.bitwise_count(taken & pairs.masks[index]).sum() > 0:
                continue
            if not safe[index] and not timegrid.rest_ok(_unpacked(taken | pairs.masks[index])):
                continue
        if cap_keys is not None and cap_keys[index] >= 0:
            key = int(cap_keys[index])
            cap = pairs.caps[pairs.cap_groups[index]]
            if cap_used.get(key, 0.0) + pairs.yearly_hours[index] > cap + 1e-9:
                continue
            cap_used[key] = cap_used.get(key, 0.0) + pairs.yearly_hours[index]
        chosen.append(index)
        left_needed[request] -= 1
        left_hours[offer] -= hours
        if left_person is not None:
            left_person[person] -= hours
        used[person] = pairs.masks[index] if taken is None else (taken | pairs.masks[index])
    return np.array(sorted(chosen), dtype=np.int64)


@collection_paused()
def assign(
    pairs: Pairs,
    people_needed: np.ndarray,
    capacity: np.ndarray,
    person_capacity: np.ndarray | None = None,
    *,
    time_limit: float = TIME_LIMIT,
) -> Assignment:
    """Maximise the total score of the chosen pairs under the rules."""
    started = time.perf_counter()
    m = len(pairs)
    if m == 0 or m > EXACT_PAIRS:
        greedy_choice = greedy(pairs, people_needed, capacity, person_capacity)
        greedy_total = float(pairs.scores[greedy_choice].sum()) if m else 0.0
        return Assignment(
            greedy_choice,
            greedy_total,
            greedy_total,
            "greedy" if m else "empty",
            time.perf_counter() - started,
        )
    # The greedy answer (to compare with, and to fall back on) is found on a second thread
    # meanwhile: the solver lets go of Python's lock while it works.
    with ThreadPoolExecutor(1, thread_name_prefix="matching-greedy") as pool:
        greedy_future = pool.submit(greedy, pairs, people_needed, capacity, person_capacity)
        result = _solve(pairs, people_needed, capacity, person_capacity, time_limit)
        greedy_choice = greedy_future.result()
    greedy_total = float(pairs.scores[greedy_choice].sum()) if len(greedy_choice) else 0.0
    if result.x is not None:
        chosen = np.flatnonzero(result.x > 0.5)
        total = float(pairs.scores[chosen].sum())
        if total >= greedy_total:
            method = "exact" if result.status == 0 else "time limit"
            return Assignment(chosen, total, greedy_total, method, time.perf_counter() - started)
    return Assignment(
        greedy_choice, greedy_total, greedy_total, "greedy", time.perf_counter() - started
    )


def _solve(pairs, people_needed, capacity, person_capacity, time_limit):
    """The integer program of the round, solved by HiGHS."""
    m = len(pairs)
    columns = np.arange(m)
    rows, cols, values, upper = [], [], [], []
    offset = 0

    def add(row_index, coefficients, limits):
        nonlocal offset
        rows.append(offset + row_index)
        cols.append(columns if len(row_index) == m else None)
        values.append(coefficients)
        upper.append(limits)
        offset += len(limits)

    # Each request: no more people than asked. Each offer and person: no more hours.
    add(pairs.requests, np.ones(m), people_needed.astype(float))
    add(pairs.offers, pairs.hours.astype(float), capacity.astype(float))
    if person_capacity is not None:
        add(pairs.persons, pairs.hours.astype(float), person_capacity.astype(float))
    cap_keys = _cap_keys(pairs)
    if cap_keys is not None:
        capped = np.flatnonzero(cap_keys >= 0)
        keys, group = np.unique(cap_keys[capped], return_inverse=True)
        limits = pairs.caps[pairs.cap_groups[capped][np.unique(group, return_index=True)[1]]]
        rows.append(offset + group)
        cols.append(capped)
        values.append(pairs.yearly_hours[capped].astype(float))
        upper.append(limits.astype(float))
        offset += len(keys)
    groups = clashes(pairs)
    if groups:
        sizes = np.array([len(members) for members in groups])
        rows.append(offset + np.repeat(np.arange(len(groups)), sizes))
        cols.append(np.concatenate(groups))
        values.append(np.ones(int(sizes.sum())))
        upper.append(np.ones(len(groups)))
        offset += len(groups)
    cols = [columns if c is None else c for c in cols]
    matrix = coo_matrix(
        (np.concatenate(values), (np.concatenate(rows), np.concatenate(cols))),
        shape=(offset, m),
    ).tocsr()
    upper = np.concatenate(upper)
    # Only rules that can bind: a limit that all its pairs together stay within says nothing
    # (most offers and people in a round), and leaving it out keeps the program small.
    binding = np.asarray(matrix.sum(axis=1)).ravel() > upper + 1e-9
    with warnings.catch_warnings():
        # SciPy names the HiGHS options it documents and passes the others on with a warning.
        warnings.filterwarnings("ignore", "Unrecognized options", RuntimeWarning)
        return milp(
            -pairs.scores.astype(float),
            constraints=LinearConstraint(matrix[binding], lb=-np.inf, ub=upper[binding]),
            integrality=np.ones(m),
            bounds=Bounds(0, 1),
            options={"time_limit": time_limit, "mip_rel_gap": 1e-4, **SOLVER_OPTIONS},
        )
