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

import time
import warnings
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
    result = []
    persons = pairs.persons
    order = np.argsort(persons, kind="stable")
    boundaries = np.flatnonzero(np.diff(persons[order])) + 1
    safe = pairs.safe
    if not len(order):
        return result
    # Only people with two pairs that share a quarter hour, or that might leave too little
    # rest, need a closer look; found for everyone at once.
    firsts = np.concatenate([[0], boundaries])
    ordered = pairs.masks[order]
    union = np.bitwise_or.reduceat(ordered, firsts, axis=0)
    used = np.add.reduceat(np.bitwise_count(ordered).sum(axis=1, dtype=np.int64), firsts)
    overlapping = np.bitwise_count(union).sum(axis=1, dtype=np.int64) < used
    all_safe = np.logical_and.reduceat(safe[order], firsts)
    sizes = np.diff(np.append(firsts, len(order)))
    closer = (sizes >= 2) & (overlapping | ~all_safe)
    for number in np.flatnonzero(closer):
        group = order[firsts[number] : firsts[number] + sizes[number]]
        masks = pairs.masks[group]
        slots = _unpacked(masks)  # (g, 672)
        shared = slots[:, slots.sum(axis=0) > 1]
        if shared.shape[1]:
            # Each shared slot's set of pairs as a few bytes, so that equal sets sort together.
            packed = np.ascontiguousarray(np.packbits(shared, axis=0).T)
            distinct = np.unique(packed.view(np.dtype((np.void, packed.shape[1]))).ravel())
            sets = distinct.view(np.uint8).reshape(len(distinct), -1)
            # A set within another adds nothing: keep the largest ones only.
            within = ((sets[:, None, :] & sets[None, :, :]) == sets[:, None, :]).all(axis=2)
            np.fill_diagonal(within, False)
            largest = sets[~within.any(axis=1)]
            members = np.unpackbits(largest, axis=1)[:, : len(group)].astype(bool)
            result.extend(group[row] for row in members)
        if not safe[group].all():
            first, second = np.triu_indices(len(group), k=1)
            apart = np.bitwise_count(masks[first] & masks[second]).sum(axis=1) == 0
            first, second = first[apart], second[apart]
            broken = ~timegrid.rest_ok(_unpacked(masks[first] | masks[second]))
            result.extend(
                np.array([a, b])
                for a, b in zip(group[first[broken]], group[second[broken]], strict=True)
            )
    return result


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
    greedy_choice = greedy(pairs, people_needed, capacity, person_capacity)
    greedy_total = float(pairs.scores[greedy_choice].sum()) if len(greedy_choice) else 0.0
    if m == 0:
        return Assignment(greedy_choice, 0.0, 0.0, "empty", time.perf_counter() - started)
    if m > EXACT_PAIRS:
        return Assignment(
            greedy_choice, greedy_total, greedy_total, "greedy", time.perf_counter() - started
        )
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
        result = milp(
            -pairs.scores.astype(float),
            constraints=LinearConstraint(matrix[binding], lb=-np.inf, ub=upper[binding]),
            integrality=np.ones(m),
            bounds=Bounds(0, 1),
            options={"time_limit": time_limit, "mip_rel_gap": 1e-4, **SOLVER_OPTIONS},
        )
    if result.x is not None:
        chosen = np.flatnonzero(result.x > 0.5)
        total = float(pairs.scores[chosen].sum())
        if total >= greedy_total:
            method = "exact" if result.status == 0 else "time limit"
            return Assignment(chosen, total, greedy_total, method, time.perf_counter() - started)
    return Assignment(
        greedy_choice, greedy_total, greedy_total, "greedy", time.perf_counter() - started
    )
