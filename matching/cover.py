"""Covering a request with a group of people: every requested quarter-hour needs the
number of people the request asks for. Exact (an integer program) when it is small, a greedy
heuristic with the gap to the LP lower bound when it is large.

Input is plain arrays: `slots` (k requested slot numbers), `coverage` (n × k booleans: offer i
can work slot j) and `costs` (n, the objective per chosen offer).
"""

import time
from dataclasses import dataclass

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, linprog, milp
from scipy.sparse import csr_matrix

EXACT_LIMIT = 1500  # distinct offers (see `_enough_of_each`); above this the heuristic answers
EXACT_SECONDS = 1.0  # an exact search that takes longer gives way to the heuristic


@dataclass(frozen=True)
class Cover:
    chosen: list[int]  # indices of the offers in the group
    objective: float
    uncovered: list[int]  # slots no group can fill as asked
    method: str  # "exact" or "greedy"
    lower_bound: float
    seconds: float

    @property
    def gap(self) -> float:
        """How far the answer may be from the best possible, as a share (0 for exact)."""
        if self.objective <= 0:
            return 0.0
        return max(0.0, (self.objective - self.lower_bound) / self.objective)


def _demand(coverage: np.ndarray, people_needed: int) -> tuple[np.ndarray, np.ndarray]:
    """Per slot, how many people the group must reach (at most who is available there), and
    the slots nobody can fill as asked."""
    available = coverage.sum(axis=0)
    demand = np.minimum(available, people_needed)
    short = np.flatnonzero(available < people_needed)
    return demand, short


def _merge_identical_slots(coverage: np.ndarray, demand: np.ndarray):
    """Slots that the same offers cover are one constraint. Each slot's column of offers
    becomes one byte string, so equal columns are found with a dictionary (sorted, the same
    order as `np.unique` over the rows would give, at a fraction of its cost on wide rows)."""
    keys = [key.tobytes() for key in np.packbits(coverage, axis=0).T]
    number = {key: position for position, key in enumerate(sorted(set(keys)))}
    inverse = np.array([number[key] for key in keys], dtype=np.int64)
    merged_demand = np.zeros(len(number))
    np.maximum.at(merged_demand, inverse, demand)
    columns = np.unique(inverse, return_index=True)[1]
    return coverage[:, columns], merged_demand


def _enough_of_each(matrix: np.ndarray, costs: np.ndarray, copies: int) -> np.ndarray:
    """Offers that cover the very same slots are interchangeable: no best group holds more
    of them than the most people any slot needs, and those the cheapest. Positions of the
    offers kept; many requests have far fewer distinct patterns than candidates."""
    if not len(matrix):
        return np.zeros(0, dtype=np.int64)
    keys = np.ascontiguousarray(np.packbits(matrix, axis=1))
    patterns = keys.view(np.dtype((np.void, keys.shape[1]))).ravel()
    order = np.lexsort((np.arange(len(costs)), costs, patterns))
    ordered = patterns[order]
    starts = np.r_[0, np.flatnonzero(ordered[1:] != ordered[:-1]) + 1]
    within = np.arange(len(order)) - np.repeat(starts, np.diff(np.r_[starts, len(order)]))
    return np.sort(order[within < copies])


def _lp_bound(matrix: np.ndarray, demand: np.ndarray, costs: np.ndarray) -> float:
    if not len(demand) or not demand.any():
        return 0.0
    result = linprog(
        costs,
        A_ub=-csr_matrix(matrix.T.astype(float)),
        b_ub=-demand,
        bounds=(0, 1),
        method="highs",
        # Measured on covers of 1,700-2,700 distinct offers: 16 ms without presolve, 55 with.
        options={"presolve": False},
    )
    return float(result.fun) if result.status == 0 else 0.0


def _greedy(matrix: np.ndarray, demand: np.ndarray, costs: np.ndarray) -> list[int]:
    """Take the offer that fills most of the remaining demand per unit of cost, until done."""
    remaining = demand.astype(float).copy()
    chosen: list[int] = []
    available = np.ones(len(costs), dtype=bool)
    while remaining.sum() > 0:
        gains = (matrix[:, remaining > 0] * 1.0).sum(axis=1)
        gains[~available] = 0
        if gains.max() <= 0:
            break
        best = int(np.argmax(gains / np.maximum(costs, 1e-9)))
        chosen.append(best)
        available[best] = False
        remaining = np.maximum(0, remaining - matrix[best])
    # Drop offers the others make redundant, most expensive first.
    for index in sorted(chosen, key=lambda i: -costs[i]):
        rest = [i for i in chosen if i != index]
        if rest and (matrix[rest].sum(axis=0) >= demand).all():
            chosen = rest
    return sorted(chosen)


def cover(
    coverage: np.ndarray, costs: np.ndarray, people_needed: int, *, exact_limit: int = EXACT_LIMIT
) -> Cover:
    """The group of offers that covers every requested slot with `people_needed` people at
    the lowest total cost (count costs 1 each for the fewest people)."""
    started = time.perf_counter()
    coverage = np.asarray(coverage, dtype=bool)
    costs = np.asarray(costs, dtype=float)
    demand, short = _demand(coverage, people_needed)
    useful = coverage.any(axis=1)
    index = np.flatnonzero(useful)
    if not len(index):
        return Cover([], 0.0, short.tolist(), "exact", 0.0, time.perf_counter() - started)
    matrix, merged = _merge_identical_slots(coverage[index], demand)
    keep = merged > 0
    matrix, merged = matrix[:, keep], merged[keep]
    if not len(merged):
        return Cover([], 0.0, short.tolist(), "exact", 0.0, time.perf_counter() - started)
    kept = _enough_of_each(matrix, costs[index], int(merged.max()))
    matrix, index = matrix[kept], index[kept]
    sub_costs = costs[index]
    if len(index) <= exact_limit:
        result = milp(
            sub_costs,
            constraints=LinearConstraint(csr_matrix(matrix.T.astype(float)), lb=merged, ub=np.inf),
            integrality=np.ones(len(index)),
            bounds=Bounds(0, 1),
            options={"time_limit": EXACT_SECONDS},
        )
        if result.status == 0:
            chosen = sorted(int(index[i]) for i in np.flatnonzero(result.x > 0.5))
            objective = float(costs[chosen].sum())
            return Cover(
                chosen, objective, short.tolist(), "exact", objective, time.perf_counter() - started
            )
    picked = _greedy(matrix, merged, sub_costs)
    chosen = sorted(int(index[i]) for i in picked)
    objective = float(costs[chosen].sum())
    bound = _lp_bound(matrix, merged, sub_costs)
    return Cover(chosen, objective, short.tolist(), "greedy", bound, time.perf_counter() - started)
