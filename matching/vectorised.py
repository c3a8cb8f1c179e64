"""Scoring many offers for one need at once, with NumPy: the same hard rules as
`matching.scoring`, as array operations, and the array version of each score part (in
`matching.parts`, next to its scalar one). Used to rank; the explanation of each result shown
comes from `scoring.evaluate`, and tests check that both agree.
"""

import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

import numpy as np

from matching import parts, rules, timegrid
from matching.parts.distance import EARTH_RADIUS_KM, haversine
from matching.parts.pairs import Pairs, in_sets
from matching.scoring import DEFAULT_WEIGHTS, Need

OFFER_TYPES = {"regular": 0, "crisis": 1, "both": 2}
NO_EXPIRY = np.iinfo(np.int32).max
BYTES_PER_WEEK = timegrid.SLOTS_PER_WEEK // 8


def pack(mask: np.ndarray) -> bytes:
    """A weekly mask as 84 bytes, as stored on the models."""
    return np.packbits(mask).tobytes()


def unpack(data: bytes) -> np.ndarray:
    return np.unpackbits(np.frombuffer(bytes(data), dtype=np.uint8))[
        : timegrid.SLOTS_PER_WEEK
    ].astype(bool)


def unpack_rows(masks: np.ndarray) -> np.ndarray:
    """Packed masks (n, 84) as booleans (n, 672)."""
    return np.unpackbits(masks, axis=1)[:, : timegrid.SLOTS_PER_WEEK].astype(bool)


@dataclass
class OfferMatrix:
    """Offers as columns of arrays, one row per availability.

    The fields after `person_conflicts` are derived when the matrix is made (it is built once per
    process and then asked thousands of times in a round): the weekly slots as 64-bit words,
    each offer's exceptions' owner, and an index by latitude per travel radius."""

    ids: np.ndarray
    person_ids: np.ndarray
    organisation_ids: np.ndarray
    can_exchange: np.ndarray
    offer_types: np.ndarray
    starts: np.ndarray  # date ordinals
    ends: np.ndarray
    masks: np.ndarray  # (n, 84) uint8, packed slots
    max_hours: np.ndarray
    contract_hours: np.ndarray
    latitudes: np.ndarray  # nan when unknown
    longitudes: np.ndarray
    radii: np.ndarray
    remote_ok: np.ndarray
    costs: np.ndarray  # nan when unknown
    sector_bits: np.ndarray  # uint16, one bit per sector; 0 = no preference
    form_bits: np.ndarray  # uint64, one bit per form; 0 = any form
    held: np.ndarray  # (n, vocabulary) bool: qualifications and expertise
    qualification_until: np.ndarray  # (n, vocabulary) int32 ordinal; 0 = not held
    rest_safe: np.ndarray  # the whole offered week keeps the rest rule (so any part of it)
    exception_dates: np.ndarray  # date ordinals of all exceptions, grouped per offer
    exception_offsets: np.ndarray  # (n + 1): offer i's exceptions are [offsets[i], offsets[i+1])
    vocabulary: dict  # term slug -> bit position
    sectors: dict  # sector code -> bit position
    forms: dict  # form slug -> bit position
    # Conflicts of interest a person declared: organisation id -> rows of that person's offers.
    person_conflicts: dict = field(default_factory=dict)
    slot_words: np.ndarray = field(init=False, repr=False)  # (11, n) uint64: the slots
    remote_rows: np.ndarray = field(init=False, repr=False)  # offers that may work remotely
    points: np.ndarray = field(init=False, repr=False)  # (3, n) places on the unit sphere
    reach_squared: np.ndarray = field(init=False, repr=False)
    reach_cosine: np.ndarray = field(init=False, repr=False)  # the same reach as an angle's cosine
    bands: dict = field(init=False, repr=False)  # see `_latitude_bands`
    reach_cache: dict = field(init=False, repr=False)  # see `_reachable_rows`

    def __post_init__(self):
        self.slot_words = np.ascontiguousarray(_words(self.masks).T)
        self.remote_rows = np.flatnonzero(self.remote_ok)
        self.points = _unit_vectors(self.latitudes, self.longitudes)
        # The straight-line distance through the globe matching each travel radius, squared.
        self.reach_squared = (
            2.0 * np.sin(np.minimum(self.radii / EARTH_RADIUS_KM, np.pi) / 2.0)
        ) ** 2
        # A place is within reach when the cosine of its angle to the offer (the dot product
        # of the two points) is at least this: 2 - 2 cos = the squared straight line.
        self.reach_cosine = 1.0 - self.reach_squared / 2.0
        self.reach_cache = {}
        self.bands = {
            "all": _latitude_bands(self, np.ones(len(self), dtype=bool)),
            "on site": _latitude_bands(self, ~self.remote_ok),
        }

    def __len__(self):
        return len(self.ids)


def conflicts_by_organisation(pairs) -> dict:
    """`OfferMatrix.person_conflicts` from (row, organisation id) pairs."""
    grouped: dict = {}
    for row, organisation_id in pairs:
        grouped.setdefault(organisation_id, []).append(row)
    return {pk: np.array(sorted(set(rows)), dtype=np.int64) for pk, rows in grouped.items()}


WORDS_PER_WEEK = -(-BYTES_PER_WEEK // 8)  # 11: the 84 bytes padded to 88
RADIUS_CLASSES = (10, 15, 20, 30, 40, 60, 100, 300)  # km; larger radii form one more class


def _words(masks: np.ndarray) -> np.ndarray:
    """Packed weekly slots as 64-bit words, so overlap is a few AND and popcount operations."""
    padded = np.zeros((len(masks), WORDS_PER_WEEK * 8), dtype=np.uint8)
    padded[:, : masks.shape[1]] = masks
    return padded.view(np.uint64)


def _latitude_bands(matrix: OfferMatrix, chosen: np.ndarray) -> list:
    """Offers with a known place, grouped by travel radius, then in strips of latitude as
    high as the group's largest radius, sorted by longitude within a strip.

    An offer only reaches places within its radius, and on the globe a distance is never
    shorter than the difference in latitude, nor than the difference in longitude scaled by
    the cosine of the highest latitude involved; so a request looks at a few short runs of
    each group (a box around it) instead of every offer.
    Each entry: (radius, strip height in degrees, strip numbers, first row of each strip and
    one past the last, longitudes, rows)."""
    known = chosen & ~np.isnan(matrix.latitudes) & ~np.isnan(matrix.longitudes)
    radius_class = np.searchsorted(np.array(RADIUS_CLASSES, dtype=float), matrix.radii)
    bands = []
    for group in range(len(RADIUS_CLASSES) + 1):
        rows = np.flatnonzero(known & (radius_class == group))
        if not len(rows):
            continue
        radius = max(float(matrix.radii[rows].max()), 1.0)
        height = np.degrees(radius / EARTH_RADIUS_KM)
        strips = np.floor(matrix.latitudes[rows] / height).astype(np.int64)
        order = np.lexsort((matrix.longitudes[rows], strips))
        rows, strips = rows[order], strips[order]
        numbers, firsts = np.unique(strips, return_index=True)
        bounds = np.append(firsts, len(rows))
        bands.append((radius, height, numbers, bounds, matrix.longitudes[rows], rows))
    return bands


def _within_reach(need: Need, matrix: OfferMatrix, bands: list) -> np.ndarray:
    """Rows of the offers in a box around the need that holds every offer whose radius
    reaches it (a superset; the distance itself is checked after)."""
    latitude, longitude = need.location
    parts = []
    for radius, height, numbers, bounds, longitudes, rows in bands:
        # A little slack against rounding: the exact distance decides.
        reach = np.degrees(radius / EARTH_RADIUS_KM) * (1 + 1e-9) + 1e-9
        highest = np.radians(min(90.0, abs(latitude) + reach))
        scale = np.sin(radius / EARTH_RADIUS_KM / 2) / max(np.cos(highest), 1e-12)
        wide = np.degrees(2 * np.arcsin(scale)) * (1 + 1e-9) + 1e-9 if scale < 1 else np.inf
        whole_strip = wide == np.inf or abs(longitude) + wide >= 180
        first_strip, last_strip = np.searchsorted(
            numbers,
            [np.floor((latitude - reach) / height), np.floor((latitude + reach) / height)],
            side="left",
        )
        for strip in range(first_strip, min(last_strip + 1, len(numbers))):
            if numbers[strip] > np.floor((latitude + reach) / height):
                break
            first, last = bounds[strip], bounds[strip + 1]
            if not whole_strip:
                segment = longitudes[first:last]
                first, last = (
                    first + np.searchsorted(segment, longitude - wide, "left"),
                    first + np.searchsorted(segment, longitude + wide, "right"),
                )
            parts.append(rows[first:last])
    return np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64)


def _unit_vectors(latitudes, longitudes) -> np.ndarray:
    lat, lon = np.radians(latitudes), np.radians(longitudes)
    return np.stack([np.cos(lat) * np.cos(lon), np.cos(lat) * np.sin(lon), np.sin(lat)])


def _within_radius(need: Need, matrix: OfferMatrix, rows: np.ndarray) -> np.ndarray:
    """Which of these offers have the need's place within their travel radius, by the same
    great-circle distance as `parts.distance.distance_km`. The straight line through the globe
    between two places decides cheaply; the few offers within a hair of their radius get the
    great-circle distance itself, so the answer is the same."""
    x, y, z = _unit_vectors(np.array(need.location[0]), np.array(need.location[1]))
    squared = 2.0 - 2.0 * (
        matrix.points[0][rows] * x + matrix.points[1][rows] * y + matrix.points[2][rows] * z
    )
    limit = matrix.reach_squared[rows]
    inside = squared <= limit
    close = np.flatnonzero(np.abs(squared - limit) <= 1e-12)
    if len(close):
        exact = haversine(
            need.location[0],
            need.location[1],
            matrix.latitudes[rows[close]],
            matrix.longitudes[rows[close]],
        )
        inside[close] = exact <= matrix.radii[rows[close]]
    return inside


@dataclass
class Ranking:
    """Offers that pass the vectorised hard rules, best first, with their scores."""

    indices: np.ndarray
    scores: np.ndarray
    needs_agreement: np.ndarray
    covered_hours: np.ndarray


REACH_CACHE_SIZE = 256  # places; a round asks each place's offers for all its requests


def _reach_key(need: Need, agreed_only: bool) -> tuple:
    """What the offers within reach of a need depend on."""
    return (need.location, need.remote_possible, agreed_only and need.organisation_can_exchange)


def _reachable_rows(need: Need, matrix: OfferMatrix, agreed_only: bool) -> np.ndarray:
    """Rows of the offers that pass the travel rule for the need, in row order (and that need
    no agreement, with `agreed_only`): those that work remotely when the need allows it, and
    those within their radius. Kept per place, as many requests share one."""
    key = _reach_key(need, agreed_only)
    cached = matrix.reach_cache.get(key)
    if cached is not None:
        return cached
    remote = matrix.remote_rows if need.remote_possible else np.zeros(0, dtype=np.int64)
    on_site = np.zeros(0, dtype=np.int64)
    if need.location is not None:
        on_site = _within_reach(
            need, matrix, matrix.bands["on site" if need.remote_possible else "all"]
        )
        on_site = on_site[_within_radius(need, matrix, on_site)]
    # In row order: marked on a mask, which is cheaper than sorting the many remote offers.
    chosen = np.zeros(len(matrix), dtype=bool)
    chosen[remote] = True
    chosen[on_site] = True
    return _keep_reach(matrix, key, np.flatnonzero(_agreed(chosen, need, matrix, agreed_only)))


def _agreed(chosen: np.ndarray, need: Need, matrix: OfferMatrix, agreed_only: bool) -> np.ndarray:
    if agreed_only:
        chosen &= matrix.can_exchange if need.organisation_can_exchange else False
    return chosen


def _keep_reach(matrix: OfferMatrix, key: tuple, rows: np.ndarray) -> np.ndarray:
    if len(matrix.reach_cache) >= REACH_CACHE_SIZE:
        matrix.reach_cache.clear()
    matrix.reach_cache[key] = rows
    return rows


REACH_BLOCK = 4_000_000  # (place, offer) distances computed in one go by `_reachable_many`


def _reachable_many(needs: list[Need], matrix: OfferMatrix, agreed_only: bool) -> dict:
    """`_reachable_rows` for the places of many needs at once, by key. With many places, the
    distance from each place to every offer, in blocks of places, costs less than looking up
    each place's box of offers one by one; the arithmetic is that of `_within_radius`, so the
    rows are the same."""
    found, todo = {}, {}
    for need in needs:
        key = _reach_key(need, agreed_only)
        if key in found or key in todo:
            continue
        cached = matrix.reach_cache.get(key)
        if cached is not None:
            found[key] = cached
        elif need.location is None:
            found[key] = _reachable_rows(need, matrix, agreed_only)
        else:
            todo[key] = need
    located = list(todo.items())
    per_block = max(1, REACH_BLOCK // max(len(matrix), 1))
    for first in range(0, len(located), per_block):
        block = located[first : first + per_block]
        places = np.array([need.location for _key, need in block], dtype=float)
        # All the cosines at once as one matrix product; `_within_radius` compares squared
        # lines, which is the same test (2 - 2 cos against 2 - 2 reach_cosine) up to rounding,
        # and the band within a hair of the edge gets the great-circle distance in both.
        cosines = _unit_vectors(places[:, 0], places[:, 1]).T @ matrix.points
        inside = cosines >= matrix.reach_cosine
        cosines -= matrix.reach_cosine
        np.abs(cosines, out=cosines)
        close_place, close_row = np.divmod(
            np.flatnonzero(cosines.ravel() <= 0.5e-12), len(matrix)
        )  # (a two-dimensional nonzero is many times slower)
        if len(close_place):
            inside[close_place, close_row] = (
                haversine(
                    places[close_place, 0],
                    places[close_place, 1],
                    matrix.latitudes[close_row],
                    matrix.longitudes[close_row],
                )
                <= matrix.radii[close_row]
            )
        # Remote offers come in whatever their distance; then `_agreed` for the whole block.
        inside[[need.remote_possible for _key, need in block]] |= matrix.remote_ok
        if agreed_only:
            inside &= matrix.can_exchange
            inside[[not need.organisation_can_exchange for _key, need in block]] = False
        place, row = np.divmod(np.flatnonzero(inside.ravel()), len(matrix))
        ends = np.searchsorted(place, np.arange(len(block) + 1)).tolist()
        for number, (key, _need) in enumerate(block):
            found[key] = _keep_reach(matrix, key, row[ends[number] : ends[number + 1]])
    return found


@dataclass
class Rankings:
    """The rankings of many needs at once, as flat arrays grouped by need (in the order the
    needs were given), each group best first."""

    needs: np.ndarray  # position of the need in the list ranked
    indices: np.ndarray
    scores: np.ndarray
    needs_agreement: np.ndarray
    covered_hours: np.ndarray

    def of(self, position: int) -> Ranking:
        first, last = np.searchsorted(self.needs, [position, position + 1])
        return Ranking(
            self.indices[first:last],
            self.scores[first:last],
            self.needs_agreement[first:last],
            self.covered_hours[first:last],
        )


FLAT_LIMIT = 4_000_000  # (need, offer) pairs looked at in one go: bounds the memory used


def rank(
    need: Need,
    matrix: OfferMatrix,
    weights: dict | None = None,
    top: int | None = None,
    *,
    exclude: np.ndarray | None = None,
    agreed_only: bool = False,
) -> Ranking:
    """Score every offer the hard rules allow for the need and return them, best first
    (equal scores in row order)."""
    return rank_many([need], matrix, weights, top, exclude=exclude, agreed_only=agreed_only).of(0)


def rank_many(
    needs: list[Need],
    matrix: OfferMatrix,
    weights: dict | None = None,
    top: int | None = None,
    *,
    exclude: np.ndarray | None = None,
    agreed_only: bool = False,
) -> Rankings:
    """`rank` for each need, computed together: the arrays run over all (need, offer) pairs
    within reach at once, so that a round of thousands of requests pays NumPy's cost per
    operation a few times instead of thousands of times. Needs are taken in batches of at
    most `FLAT_LIMIT` pairs."""
    weights = weights or DEFAULT_WEIGHTS
    if not len(matrix) or not needs:
        empty = np.zeros(0, dtype=np.int64)
        return Rankings(empty, empty, np.zeros(0), np.zeros(0, dtype=bool), np.zeros(0))
    # Many places: their reach in one pass. Held here: the matrix's cache may drop some.
    places = {need.location for need in needs}
    reach = _reachable_many(needs, matrix, agreed_only) if len(places) > 1 else {}
    lengths = []
    for need in needs:
        key = _reach_key(need, agreed_only)
        if key not in reach:
            reach[key] = _reachable_rows(need, matrix, agreed_only)
        lengths.append(len(reach[key]))
    # Batches of needs, at most FLAT_LIMIT pairs in memory at once; a large round's pairs are
    # shared out over the cores (most of the work is in NumPy, which lets threads run).
    total = sum(lengths)
    limit = max(1, FLAT_LIMIT // WORKERS)
    if total >= PARALLEL_PAIRS:
        limit = min(limit, -(-total // WORKERS))
    batches, batch, size = [], [], 0
    for position, length in enumerate(lengths):
        if batch and size + length > limit:
            batches.append(batch)
            batch, size = [], 0
        batch.append(position)
        size += length
    batches.append(batch)
    parts = _map(
        lambda positions: _rank_batch(
            needs, positions, reach, matrix, weights, top, exclude, agreed_only
        ),
        batches,
    )
    return Rankings(*(np.concatenate(column) for column in zip(*parts, strict=True)))


WORKERS = max(1, min(2, os.cpu_count() or 1))  # threads that rank batches side by side
PARALLEL_PAIRS = 200_000  # from this many (need, offer) pairs the batches run side by side
_pool: ThreadPoolExecutor | None = None


def _map(function, items: list) -> list:
    """`function` over the items, in order; on more than one thread when there are several."""
    global _pool
    if WORKERS < 2 or len(items) < 2:
        return [function(item) for item in items]
    if _pool is None:
        _pool = ThreadPoolExecutor(WORKERS, thread_name_prefix="matching-rank")
    return list(_pool.map(function, items))


def _rank_batch(all_needs, positions, reach, matrix, weights, top, exclude, agreed_only):
    """The ranking of the needs at `positions`, as flat columns (see `Rankings`)."""
    needs = [all_needs[p] for p in positions]
    empty = np.zeros(0, dtype=np.int64)
    reached = [reach[_reach_key(need, agreed_only)] for need in needs]
    if not any(len(r) for r in reached):
        return empty, empty, np.zeros(0), np.zeros(0, dtype=bool), np.zeros(0)
    lengths = np.array([len(r) for r in reached])
    rows = np.concatenate(reached)
    k = np.repeat(np.arange(len(needs)), lengths)  # the need of each pair, grouped

    # The hard rules, cheap ones first, on the pairs still in.
    starts = np.array([n.period.start.toordinal() for n in needs])
    ends = np.array([n.period.end.toordinal() for n in needs])
    ok = matrix.starts[rows] <= ends[k]
    ok &= matrix.ends[rows] >= starts[k]
    organisations = matrix.organisation_ids[rows]
    ok &= organisations != np.array([n.organisation_id for n in needs])[k]
    crisis = np.array([n.is_crisis for n in needs])
    if not crisis.all():
        ok &= crisis[k] | (matrix.offer_types[rows] != OFFER_TYPES["crisis"])
    form_bit = np.array([matrix.forms.get(n.form, -1) for n in needs], dtype=np.int64)
    form_bits = matrix.form_bits[rows]
    bit = form_bit[k]
    ok &= (form_bits == 0) | (
        (bit >= 0) & ((form_bits >> np.maximum(bit, 0).astype(np.uint64)) & np.uint64(1)) > 0
    )
    rows, k = rows[ok], k[ok]
    ok = ~in_sets(needs, k, matrix.organisation_ids[rows], lambda n: n.conflicting_organisations)
    ok &= ~in_sets(needs, k, rows, lambda n: matrix.person_conflicts.get(n.organisation_id, ()))
    if exclude is not None and len(exclude):
        ok &= ~np.isin(rows, exclude)
    for slug in sorted({slug for n in needs for slug in n.required}):
        asked = np.array([slug in n.required for n in needs])[k]
        if slug not in matrix.vocabulary:
            ok &= ~asked
            continue
        at = np.flatnonzero(asked & ok)
        ok[at] = matrix.qualification_until[rows[at], matrix.vocabulary[slug]] >= ends[k[at]]
    rows, k = rows[ok], k[ok]

    # The requested slots each offer covers, on the words the requests use only.
    need_masks = np.array([n.mask for n in needs], dtype=bool)
    packed = np.packbits(need_masks, axis=1)
    requested = _words(packed)  # (needs, words)
    covered_slots = np.zeros(len(rows), dtype=np.int64)
    for word in np.flatnonzero(requested.any(axis=0)):
        covered_slots += np.bitwise_count(matrix.slot_words[word][rows] & requested[k, word])
    covered_hours = covered_slots / timegrid.SLOTS_PER_HOUR
    per_week = np.array([n.hours_per_week or np.inf for n in needs])
    weekly_exchange = np.minimum(np.minimum(covered_hours, matrix.max_hours[rows]), per_week[k])
    ok = weekly_exchange > 0
    ok &= matrix.contract_hours[rows] + weekly_exchange <= rules.MAX_AVERAGE_HOURS_16_WEEKS
    caps = np.array([np.nan if n.form_yearly_cap is None else n.form_yearly_cap for n in needs])
    capped = np.flatnonzero(~np.isnan(caps[k]))
    if len(capped):
        last, first = ends[k[capped]], starts[k[capped]]
        overlap_days = np.minimum(matrix.ends[rows[capped]], last) - np.maximum(
            matrix.starts[rows[capped]], first
        )
        yearly = weekly_exchange[capped] * np.minimum(52.0, np.maximum(overlap_days + 1, 0) / 7)
        ok[capped] &= yearly <= caps[k[capped]]
    # Only when both the offered and the requested week break the rest rule can the part of
    # them the offer covers break it (any part of a week that keeps it keeps it too).
    unsafe = np.flatnonzero(ok & ~matrix.rest_safe[rows])
    if len(unsafe):
        involved = np.unique(k[unsafe])
        need_rest_ok = np.ones(len(needs), dtype=bool)
        need_rest_ok[involved] = timegrid.rest_ok(need_masks[involved])
        unsafe = unsafe[~need_rest_ok[k[unsafe]]]
    if len(unsafe):
        ok[unsafe] = timegrid.rest_ok(unpack_rows(matrix.masks[rows[unsafe]] & packed[k[unsafe]]))
    rows, k, covered_hours = rows[ok], k[ok], covered_hours[ok]
    pairs = Pairs(needs, need_masks, starts, ends, k, rows, covered_hours, matrix)
    scores = _scores(pairs, weights)

    # Best first within each need, equal scores in row order (the sort is stable); the first
    # `top` of each.
    order = np.lexsort((-scores, k))
    if top is not None:
        grouped = k[order]
        place = np.arange(len(order)) - np.searchsorted(grouped, grouped)
        order = order[place < top]
    rows, k = rows[order], k[order]
    can_exchange = np.array([n.organisation_can_exchange for n in needs])
    needs_agreement = ~(can_exchange[k] & matrix.can_exchange[rows])
    return (
        np.asarray(positions, dtype=np.int64)[k],
        rows,
        scores[order],
        needs_agreement,
        covered_hours[order],
    )


# The order the score's sums are taken in: another order changes the last bits of a score.
SUM_ORDER = (
    parts.hours,
    parts.qualifications,
    parts.preferences,
    parts.period,
    parts.trust,
    parts.distance,
    parts.cost,
)


def part_values(pairs: Pairs) -> dict:
    """Per part that applies to any of the pairs, its (values, applies) arrays (see
    `matching.parts`)."""
    found = {}
    for part in SUM_ORDER:
        values = part.array(pairs)
        if values is not None:
            found[part.NAME] = values
    return found


def _scores(pairs: Pairs, weights: dict) -> np.ndarray:
    """The score (0-100) of each allowed (need, offer) pair: the weighted mean of its parts,
    over the parts that apply to it."""
    numerator = np.zeros(len(pairs.rows))
    denominator = np.zeros(len(pairs.rows))
    for name, (values, applies) in part_values(pairs).items():
        if applies is not None:
            numerator += np.where(applies, weights[name] * values, 0.0)
            denominator += np.where(applies, weights[name], 0.0)
        else:
            numerator += weights[name] * values
            denominator += weights[name]
    return 100 * numerator / denominator


def take(matrix: OfferMatrix, rows: np.ndarray) -> OfferMatrix:
    """The offers at these rows, as a matrix of their own."""
    rows = np.asarray(rows, dtype=np.int64)
    counts = np.diff(matrix.exception_offsets)[rows]
    starts = matrix.exception_offsets[rows]
    picked = (
        np.concatenate([np.arange(s, s + c) for s, c in zip(starts, counts, strict=True)])
        if counts.sum()
        else np.zeros(0, dtype=np.int64)
    )
    fields = {
        name: value[rows]
        for name, value in vars(matrix).items()
        if isinstance(value, np.ndarray)
        and name
        not in (
            "exception_dates",
            "exception_offsets",
            "slot_words",
            "remote_rows",
            "points",
            "reach_squared",
            "reach_cosine",
        )
    }
    new_position = np.full(len(matrix), -1, dtype=np.int64)
    new_position[rows] = np.arange(len(rows))
    conflicts = {}
    for organisation_id, old_rows in matrix.person_conflicts.items():
        kept = new_position[old_rows]
        if (kept >= 0).any():
            conflicts[organisation_id] = np.sort(kept[kept >= 0])
    return OfferMatrix(
        **fields,
        exception_dates=matrix.exception_dates[picked],
        exception_offsets=np.concatenate([[0], np.cumsum(counts)]).astype(np.int64),
        vocabulary=matrix.vocabulary,
        sectors=matrix.sectors,
        forms=matrix.forms,
        person_conflicts=conflicts,
    )
