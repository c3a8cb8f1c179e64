"""A network-wide matching round: assign people to open requests so that the total score is
as high as possible while every hard rule holds for the whole assignment:

- a request gets no more people than it asks, and a person fills one place of it at most;
- nobody is booked for more hours a week than they offer, nor beyond the working-time
  maximum together with their contract hours;
- nobody is booked twice at the same time, and the combined times keep 11 hours of rest;
- a form with a yearly cap is not booked beyond it in total.

Works on a sparse list of candidate pairs (the hard rules of each single pair already
applied): an integer program (HiGHS) with a time limit, and the greedy answer
for comparison.
"""

import contextlib
import gc
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import cached_property

import highspy
import numpy as np
from scipy.sparse import coo_matrix, vstack
from scipy.sparse.csgraph import reverse_cuthill_mckee

from matching import timegrid


@dataclass(frozen=True)
class Pairs:
    """Candidate pairs, one entry per pair: request index, offer index, person index, score,
    weekly hours, packed weekly slots, and for a form with a yearly cap its group (-1 for
    none) and the pair's hours per year."""

    requests: np.ndarray
    offers: np.ndarray
    scores: np.ndarray
    hours: np.ndarray
    masks: np.ndarray  # (m, 84) uint8: the slots the pair would use
    people: np.ndarray | None = None  # defaults to one person per offer
    cap_groups: np.ndarray | None = None  # index into `caps`, -1 when uncapped
    yearly_hours: np.ndarray | None = None
    caps: np.ndarray = field(default_factory=lambda: np.zeros(0))

    def __len__(self):
        return len(self.scores)

    @property
    def persons(self) -> np.ndarray:
        return self.offers if self.people is None else self.people

    @cached_property
    def safe(self) -> np.ndarray:
        """Per pair, whether all its person's pairs together keep the rest rule: then no
        choice among them can break it (fewer shifts never shorten a rest), and they need
        no check of rest against each other. Found from the pairs themselves: a person's
        offers may each keep the rule alone and break it together."""
        persons = self.persons
        safe = np.ones(len(persons), dtype=bool)
        order, firsts, sizes = _by_person(persons)
        # A person with one pair has nothing to combine it with (each pair alone passed).
        several = np.flatnonzero(sizes > 1)
        if len(several):
            unions = np.bitwise_or.reduceat(self.masks[order], firsts, axis=0)[several]
            kept = timegrid.rest_ok(_unpacked(unions))
            starts, counts = firsts[several], sizes[several]
            members = order[np.repeat(starts, counts) + _ranks(counts)]
            safe[members] = np.repeat(kept, counts)
        return safe


def _by_person(persons: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The pairs grouped by person: their order, and where each person's group starts in it
    and how long it is (one empty group when there are no pairs)."""
    order = np.argsort(persons, kind="stable")
    firsts = np.flatnonzero(np.r_[True, persons[order][1:] != persons[order][:-1]])
    return order, firsts, np.diff(np.r_[firsts, len(order)])


def _ranks(counts: np.ndarray) -> np.ndarray:
    """0, 1, ... count - 1 for each count, one after the other."""
    return np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts)


TIME_LIMIT = 30.0  # seconds the solver may search before the best assignment so far is used
# Above this many candidate pairs the round is solved part by part (see `_by_parts`): on a
# round of 129,000 pairs HiGHS found nothing better than the greedy answer in 90 s.
EXACT_PAIRS = 25_000
PART_PAIRS = 3_000  # candidate pairs per part of a large round
# Each part alone first, then each two neighbouring parts together, twice.
PART_WINDOWS = (1, 2, 2)
PARTS_SECONDS = 20.0  # after this, the parts not yet improved keep what they have
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


def conflicts(
    pairs: Pairs, capacity: np.ndarray, person_capacity: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """Every two pairs of one person that cannot both be chosen, as two arrays of pair
    indices: they use one same quarter hour, fill two places of one request, together leave
    too little rest (checked only for people whose pairs all together could, see
    `Pairs.safe`), or together take more hours than the offer or the person's week allows,
    or more of a yearly cap."""
    persons = pairs.persons
    order, firsts, sizes = _by_person(persons)
    # Every two pairs of one person: positions in `order`, the first before the second.
    later = np.repeat(firsts + sizes, sizes) - np.arange(len(order)) - 1
    left = np.repeat(np.arange(len(order)), later)
    right = left + 1 + _ranks(later)
    found_first, found_second = [], []
    for start in range(0, len(left), CONFLICT_BLOCK):  # bounded memory for large rounds
        first = order[left[start : start + CONFLICT_BLOCK]]
        second = order[right[start : start + CONFLICT_BLOCK]]
        clash = _clash(pairs, first, second, capacity, person_capacity)
        found_first.append(first[clash])
        found_second.append(second[clash])
    if not found_first:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    return np.concatenate(found_first), np.concatenate(found_second)


CONFLICT_BLOCK = 500_000  # two pairs of one person compared at a time


def _clash(pairs, first, second, capacity, person_capacity) -> np.ndarray:
    """For two pairs of one person each: whether they cannot both be chosen."""
    hours = pairs.hours[first] + pairs.hours[second]
    clash = np.bitwise_count(pairs.masks[first] & pairs.masks[second]).sum(axis=1) > 0
    clash |= pairs.requests[first] == pairs.requests[second]
    offer = pairs.offers[first]
    clash |= (offer == pairs.offers[second]) & (hours > capacity[offer] + 1e-9)
    if person_capacity is not None:
        clash |= hours > person_capacity[pairs.persons[first]] + 1e-9
    cap_keys = _cap_keys(pairs)
    if cap_keys is not None:
        group = pairs.cap_groups[first]
        clash |= (
            (group >= 0)
            & (group == pairs.cap_groups[second])
            & (
                pairs.yearly_hours[first] + pairs.yearly_hours[second]
                > pairs.caps[np.maximum(group, 0)] + 1e-9
            )
        )
    unsure = np.flatnonzero(~clash & ~(pairs.safe[first] & pairs.safe[second]))
    if len(unsure):
        together = pairs.masks[first[unsure]] | pairs.masks[second[unsure]]
        clash[unsure[~timegrid.rest_ok(_unpacked(together))]] = True
    return clash


def conflict_cliques(
    pairs: Pairs, capacity: np.ndarray, person_capacity: np.ndarray | None = None
) -> list[np.ndarray]:
    """The conflicts as groups of pairs of which at most one can be chosen: each group is a
    largest possible set of one person's pairs that all conflict with each other, and every
    conflict is in a group. One row per group is a much tighter program than a row per two
    pairs, or a row per shared quarter hour: the solver needs no presolve of its own to see
    them (measured: a small round's solve went from 1.1-1.4 s to 0.4-0.5 s)."""
    first, second = conflicts(pairs, capacity, person_capacity)
    if not len(first):
        return []
    persons = pairs.persons
    nodes = np.unique(np.concatenate([first, second]))
    nodes = nodes[np.lexsort((nodes, persons[nodes]))]
    owners = persons[nodes]
    starts = np.flatnonzero(np.r_[True, owners[1:] != owners[:-1]])
    counts = np.diff(np.r_[starts, len(nodes)])
    # Most people's pairs all conflict with each other (often their hours allow one at
    # most): one group each, no search needed.
    edges = np.bincount(np.searchsorted(owners[starts], persons[first]), minlength=len(starts))
    complete = edges == counts * (counts - 1) // 2
    groups = np.split(nodes, starts[1:])
    result = [groups[number] for number in np.flatnonzero(complete)]
    # The others: number each one's pairs from 0, and their neighbours as bit sets.
    local = np.zeros(len(pairs), dtype=np.int64)
    local[nodes] = np.arange(len(nodes)) - np.repeat(starts, counts)
    position = np.zeros(len(pairs), dtype=np.int64)
    position[nodes] = np.arange(len(nodes))
    neighbours = [0] * len(nodes)
    searched = ~complete[np.searchsorted(owners[starts], persons[first])]
    for a, b, local_a, local_b in zip(
        position[first[searched]].tolist(),
        position[second[searched]].tolist(),
        local[first[searched]].tolist(),
        local[second[searched]].tolist(),
        strict=True,
    ):
        neighbours[a] |= 1 << local_b
        neighbours[b] |= 1 << local_a
    for number in np.flatnonzero(~complete).tolist():
        start, count = int(starts[number]), int(counts[number])
        members = groups[number]
        for clique in _clique_cover(neighbours[start : start + count]):
            result.append(members[[bit for bit in range(count) if clique >> bit & 1]])
    return result


def _clique_cover(neighbours: list[int]) -> list[int]:
    """Cliques (as bit sets) that together hold every edge of a small graph given as each
    node's neighbours: each starts from an edge not held yet and grows while a node is
    joined to all its members, preferring nodes with most edges not held yet into it."""
    open_edges = list(neighbours)
    cliques = []
    for node in range(len(neighbours)):
        while open_edges[node]:
            other = (open_edges[node] & -open_edges[node]).bit_length() - 1
            clique = (1 << node) | (1 << other)
            candidates = neighbours[node] & neighbours[other]
            reach = open_edges[node] | open_edges[other]
            while candidates:
                # The next member: the one with most edges not held yet into the clique
                # (only nodes in `reach` have any), the first of equals.
                best, chosen, rest = -1, 0, candidates & reach or candidates
                while rest:
                    lowest = rest & -rest
                    rest ^= lowest
                    index = lowest.bit_length() - 1
                    gain = (open_edges[index] & clique).bit_count()
                    if gain > best:
                        best, chosen = gain, index
                clique |= 1 << chosen
                candidates &= neighbours[chosen]
                reach |= open_edges[chosen]
            cliques.append(clique)
            rest = clique
            while rest:
                lowest = rest & -rest
                rest ^= lowest
                open_edges[lowest.bit_length() - 1] &= ~clique
    return cliques


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
    booked: set[tuple[int, int]] = set()  # (person, request): one place of a request each
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
        if (person, request) in booked:
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
        booked.add((person, request))
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
    if m == 0:
        return Assignment(np.zeros(0, dtype=np.int64), 0.0, 0.0, "empty", 0.0)
    if m > EXACT_PAIRS:
        return _by_parts(pairs, people_needed, capacity, person_capacity, started)
    return _exact(pairs, people_needed, capacity, person_capacity, time_limit, started)


def _exact(pairs, people_needed, capacity, person_capacity, time_limit, started) -> Assignment:
    """The round's integer program, solved by HiGHS, next to the greedy answer."""
    program = _program(pairs, people_needed, capacity, person_capacity)
    # The greedy answer (to compare with, and to fall back on) is found on a second thread
    # while HiGHS solves: the solver lets go of Python's lock while it works (the program is
    # built first, as that is Python's work too).
    with ThreadPoolExecutor(1, thread_name_prefix="matching-greedy") as pool:
        greedy_future = pool.submit(greedy, pairs, people_needed, capacity, person_capacity)
        result = _highs_keeping_rest(pairs, *program, time_limit, started)
        greedy_choice = greedy_future.result()
    greedy_total = float(pairs.scores[greedy_choice].sum()) if len(greedy_choice) else 0.0
    if result.x is not None:
        chosen = np.flatnonzero(result.x > 0.5)
        total = float(pairs.scores[chosen].sum())
        if total >= greedy_total:
            method = "exact" if result.optimal else "time limit"
            return Assignment(chosen, total, greedy_total, method, time.perf_counter() - started)
    return Assignment(
        greedy_choice, greedy_total, greedy_total, "greedy", time.perf_counter() - started
    )


def _by_parts(pairs, people_needed, capacity, person_capacity, started) -> Assignment:
    """A large round, part by part. People are put in an order where those who are
    candidates for the same requests come close together (reverse Cuthill-McKee on the
    graph of people who share a request) and cut into parts of about `PART_PAIRS` pairs; all
    of a person's pairs are in one part, so every rule of a person is whole within it and
    parts only share the places of requests. Each part is solved exactly for the places the
    other parts leave, then each two neighbouring parts together, which lets requests on the
    border of two parts move to the better side. A part's new answer is kept only when it
    is better, so the total only grows; the greedy answer stays when it is better still.
    On the small round of the benchmark this comes within 2 % of the exact optimum."""
    greedy_choice = greedy(pairs, people_needed, capacity, person_capacity)
    greedy_total = float(pairs.scores[greedy_choice].sum())
    parts = _parts(pairs)
    part_of = np.empty(len(pairs), dtype=np.int64)
    for number, members in enumerate(parts):
        part_of[members] = number
    chosen = [np.zeros(0, dtype=np.int64) for _ in parts]
    deadline = started + PARTS_SECONDS
    for window in PART_WINDOWS:
        for first in range(max(1, len(parts) - window + 1)):
            if time.perf_counter() > deadline:
                break
            group = range(first, min(first + window, len(parts)))
            mine = np.concatenate([chosen[number] for number in group])
            taken = np.bincount(
                pairs.requests[np.concatenate(chosen)], minlength=len(people_needed)
            ) - np.bincount(pairs.requests[mine], minlength=len(people_needed))
            left = people_needed - taken
            members = np.concatenate([parts[number] for number in group])
            members = members[left[pairs.requests[members]] > 0]
            if not len(members):
                continue
            result = _exact(
                _subset(pairs, members),
                left,
                capacity,
                person_capacity,
                max(1.0, deadline - time.perf_counter()),
                time.perf_counter(),
            )
            if result.total > float(pairs.scores[mine].sum()) + 1e-9:
                better = members[result.chosen]
                for number in group:
                    chosen[number] = better[part_of[better] == number]
    choice = np.sort(np.concatenate(chosen))
    total = float(pairs.scores[choice].sum())
    if total < greedy_total:
        choice, total = greedy_choice, greedy_total
    method = "parts" if total > greedy_total else "greedy"
    return Assignment(choice, total, greedy_total, method, time.perf_counter() - started)


def _parts(pairs: Pairs) -> list[np.ndarray]:
    """The pairs in parts of about `PART_PAIRS`, by person (see `_by_parts`)."""
    persons = pairs.persons
    _numbers, person = np.unique(persons, return_inverse=True)
    count = int(person.max()) + 1
    asks = coo_matrix(
        (np.ones(len(pairs)), (person, pairs.requests)),
        shape=(count, int(pairs.requests.max()) + 1),
    ).tocsr()
    order = reverse_cuthill_mckee((asks @ asks.T).tocsr(), symmetric_mode=True)
    sizes = np.bincount(person, minlength=count)[order]
    part_of_person = np.empty(count, dtype=np.int64)
    part_of_person[order] = (np.cumsum(sizes) - sizes) // PART_PAIRS
    part = part_of_person[person]
    ordering = np.argsort(part, kind="stable")
    return np.split(ordering, np.flatnonzero(np.diff(part[ordering])) + 1)


def _subset(pairs: Pairs, members: np.ndarray) -> Pairs:
    """The same pairs, only those at `members` (offers, people and requests keep their
    numbers)."""
    return Pairs(
        requests=pairs.requests[members],
        offers=pairs.offers[members],
        scores=pairs.scores[members],
        hours=pairs.hours[members],
        masks=pairs.masks[members],
        people=pairs.persons[members],
        cap_groups=None if pairs.cap_groups is None else pairs.cap_groups[members],
        yearly_hours=None if pairs.yearly_hours is None else pairs.yearly_hours[members],
        caps=pairs.caps,
    )


def _program(pairs, people_needed, capacity, person_capacity):
    """The integer program of the round: costs, and the rows with their upper limits."""
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
    groups = conflict_cliques(pairs, capacity, person_capacity)
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
    return -pairs.scores.astype(float), matrix[binding].tocsc(), upper[binding]


def _highs_keeping_rest(pairs, costs, matrix, upper, time_limit, started) -> "_Solved":
    """Solve the program; when a person's chosen pairs break the rest rule together while
    every two of them keep it (which the pairwise conflicts cannot say: 0:00-0:15,
    0:15-0:30 and 11:15-13:15 on one day), forbid that set of pairs and solve again."""
    while True:
        left = max(0.1, time_limit - (time.perf_counter() - started))
        result = _highs(costs, matrix, upper, left)
        if result.x is None:
            return result
        cuts = _rest_breakers(pairs, np.flatnonzero(result.x > 0.5))
        if not cuts:
            return result
        if time.perf_counter() - started >= time_limit:
            return _Solved(None, False)
        sizes = np.array([len(members) for members in cuts])
        rows = coo_matrix(
            (
                np.ones(int(sizes.sum())),
                (np.repeat(np.arange(len(cuts)), sizes), np.concatenate(cuts)),
            ),
            shape=(len(cuts), matrix.shape[1]),
        )
        matrix = vstack([matrix, rows]).tocsc()
        upper = np.concatenate([upper, sizes - 1.0])


def _rest_breakers(pairs: Pairs, chosen: np.ndarray) -> list[np.ndarray]:
    """Per person whose chosen pairs together leave too little rest, a smallest set of those
    pairs that does (each pair dropped from it keeps the rule), for a cut as strong as it
    can be. Two pairs that break the rule together are a conflict already, so only people
    with three or more chosen pairs are looked at, all at once."""
    unsure = chosen[~pairs.safe[chosen]]
    if len(unsure) < 3:
        return []
    order, firsts, sizes = _by_person(pairs.persons[unsure])
    several = np.flatnonzero(sizes >= 3)
    if not len(several):
        return []
    unions = np.bitwise_or.reduceat(pairs.masks[unsure[order]], firsts, axis=0)[several]
    breakers = []
    for group in several[~timegrid.rest_ok(_unpacked(unions))]:
        mine = list(unsure[order[firsts[group] : firsts[group] + sizes[group]]])
        for pair in list(mine):
            fewer = [other for other in mine if other != pair]
            if not _rest_kept(pairs, fewer):
                mine = fewer
        breakers.append(np.array(mine))
    return breakers


def _rest_kept(pairs: Pairs, members) -> bool:
    return bool(timegrid.rest_ok(_unpacked(np.bitwise_or.reduce(pairs.masks[members], axis=0))))


@dataclass(frozen=True)
class _Solved:
    x: np.ndarray | None  # the best assignment found, None when none was
    optimal: bool


def _highs(costs, matrix, upper, time_limit) -> _Solved:
    """Minimise costs @ x over binary x with matrix @ x <= upper. HiGHS's own presolve is
    off: the program comes in already tight (see `conflict_cliques`), and its presolve spent
    more time looking than the solve then saved (0.5 of 1.1 s in a small round)."""
    rows, columns = matrix.shape
    model = highspy.HighsLp()
    model.num_col_, model.num_row_ = columns, rows
    model.col_cost_ = costs
    model.col_lower_, model.col_upper_ = np.zeros(columns), np.ones(columns)
    model.row_lower_, model.row_upper_ = np.full(rows, -highspy.kHighsInf), upper
    model.a_matrix_.format_ = highspy.MatrixFormat.kColwise
    model.a_matrix_.start_ = matrix.indptr
    model.a_matrix_.index_ = matrix.indices
    model.a_matrix_.value_ = matrix.data
    model.integrality_ = [highspy.HighsVarType.kInteger] * columns
    solver = highspy.Highs()
    options = {
        "output_flag": False,
        "presolve": "off",
        "time_limit": float(time_limit),
        "mip_rel_gap": 1e-4,
        **SOLVER_OPTIONS,
    }
    for name, value in options.items():
        solver.setOptionValue(name, value)
    solver.passModel(model)
    solver.run()
    status = solver.getModelStatus()
    if solver.getInfo().primal_solution_status != highspy.SolutionStatus.kSolutionStatusFeasible:
        return _Solved(None, False)
    return _Solved(
        np.array(solver.getSolution().col_value), status == highspy.HighsModelStatus.kOptimal
    )
