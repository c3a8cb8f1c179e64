"""What every score part reads: one pair (`Pair`) or many (`Pairs`), and shared helpers."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:  # only for annotations: scoring and vectorised import the parts
    from matching.scoring import Need, Offer
    from matching.vectorised import OfferMatrix


@dataclass(frozen=True)
class Pair:
    """One need and one offer, with the requested slots the offer covers."""

    need: Need
    offer: Offer
    covered_mask: np.ndarray
    covered_hours: float  # of the requested times, in hours
    requested_hours: float  # hours of the requested times


@dataclass(frozen=True)
class Pairs:
    """Many (need, offer) pairs: pair i is `needs[k[i]]` with the offer at `matrix` row
    `rows[i]`; the arrays per need are indexed by position in `needs`."""

    needs: list[Need]
    need_masks: np.ndarray  # (needs, slots) bool
    starts: np.ndarray  # per need, date ordinal of the first day
    ends: np.ndarray  # per need, of the last day
    k: np.ndarray  # per pair, the position of its need
    rows: np.ndarray  # per pair, the row of its offer
    covered_hours: np.ndarray  # per pair
    matrix: OfferMatrix


def hours_text(value: float) -> str:
    """Hours as a Dutch reader writes them: 2, 2,5."""
    return f"{value:g}".replace(".", ",")


def in_sets(needs: list[Need], k: np.ndarray, values: np.ndarray, members) -> np.ndarray:
    """For each pair, whether `values` (a non-negative integer per pair) is in the set
    `members(need)` of the pair's need. Needs that share one set (those of one organisation)
    share its entries."""
    groups: dict = {}
    group_of = np.array([groups.setdefault(frozenset(members(n)), len(groups)) for n in needs])
    sets = [np.fromiter(group, dtype=np.int64, count=len(group)) for group in groups]
    if not any(len(entries) for entries in sets):
        return np.zeros(len(k), dtype=bool)
    width = int(max(values.max(initial=0), *(e.max(initial=0) for e in sets))) + 1
    keys = np.concatenate(
        [number * width + entries for number, entries in enumerate(sets) if len(entries)]
    )
    return np.isin(group_of[k].astype(np.int64) * width + values.astype(np.int64), keys)
