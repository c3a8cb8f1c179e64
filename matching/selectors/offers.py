"""All matchable offers as the arrays of `vectorised.OfferMatrix`, built in a handful of
queries and kept per process until anything they are built from changes."""

import time

import numpy as np
from django.core.cache import cache
from django.db import transaction
from django.db.models import Count, Max, QuerySet
from django.utils import timezone

from matching import timegrid, vectorised
from matching.choices import AvailabilityStatus
from matching.models import (
    Availability,
    AvailabilityException,
    AvailabilityQualification,
    ConflictOfInterest,
)
from matching.selectors.holds import held_for
from matching.selectors.terms import positions, related_terms
from network.choices import status_can_exchange
from network.models import Person


def matchable_availabilities() -> QuerySet[Availability]:
    """Availabilities that may appear in matches: approved, still running, and the person
    wants to be matched."""
    return Availability.objects.filter(
        status=AvailabilityStatus.APPROVED,
        matchable=True,
        valid_until__gte=timezone.localdate(),
        person__user__is_active=True,
    )


def offer_matrix(availabilities: QuerySet[Availability]) -> vectorised.OfferMatrix:
    """Availabilities as arrays, in a handful of queries whatever their number."""
    vocabulary = positions()
    # By id: equal scores are ranked in row order, so the order must not depend on the plan
    # the database happens to choose (availabilities sort by a date that many share).
    rows = list(
        availabilities.order_by("pk").values_list(
            "pk",
            "person_id",
            "person__organisation_id",
            "person__organisation__status",
            "offer_type",
            "valid_from",
            "valid_until",
            "week_mask",
            "max_hours_per_week",
            "contract_hours_per_week",
            "place__latitude",
            "place__longitude",
            "travel_radius_km",
            "remote_ok",
            "cost_price_per_hour",
            "sectors",
        )
    )
    n = len(rows)
    subquery = availabilities.order_by().values("pk")
    ids = np.array([row[0] for row in rows], dtype=np.int64)
    position = {pk: i for i, pk in enumerate(ids.tolist())}
    form_bits = np.zeros(n, dtype=np.uint64)
    for availability_id, slug in Availability.mobility_forms.through.objects.filter(
        availability_id__in=subquery
    ).values_list("availability_id", "mobilityform__slug"):
        if slug in vocabulary.forms:
            form_bits[position[availability_id]] |= np.uint64(1 << vocabulary.forms[slug])
    held = np.zeros((n, max(1, len(vocabulary.terms))), dtype=bool)
    until = np.zeros((n, max(1, len(vocabulary.terms))), dtype=np.int32)
    for availability_id, slug, valid_until in AvailabilityQualification.objects.filter(
        availability_id__in=subquery
    ).values_list("availability_id", "term__slug", "valid_until"):
        if slug in vocabulary.terms:
            i, bit = position[availability_id], vocabulary.terms[slug]
            held[i, bit] = True
            until[i, bit] = vectorised.NO_EXPIRY if valid_until is None else valid_until.toordinal()
    person_rows: dict[int, list[int]] = {}
    for row in rows:
        person_rows.setdefault(row[1], []).append(position[row[0]])
    people = availabilities.order_by().values("person_id")
    for person_id, slug in Person.expertise.through.objects.filter(
        person_id__in=people
    ).values_list("person_id", "term__slug"):
        if slug in vocabulary.terms:
            held[person_rows[person_id], vocabulary.terms[slug]] = True
    person_conflicts = vectorised.conflicts_by_organisation(
        (row, organisation_id)
        for person_id, organisation_id in ConflictOfInterest.objects.filter(
            person_id__in=people
        ).values_list("person_id", "organisation_id")
        for row in person_rows[person_id]
    )
    exception_rows = sorted(
        (position[availability_id], day.toordinal())
        for availability_id, day in AvailabilityException.objects.filter(
            availability_id__in=subquery
        ).values_list("availability_id", "date")
    )
    exception_dates = np.array([day for _row, day in exception_rows], dtype=np.int64)
    exception_offsets = np.searchsorted(
        np.array([row for row, _day in exception_rows], dtype=np.int64), np.arange(n + 1)
    )
    masks = (
        np.frombuffer(b"".join(bytes(row[7]) for row in rows), dtype=np.uint8).reshape(
            n, vectorised.BYTES_PER_WEEK
        )
        if n
        else np.zeros((0, vectorised.BYTES_PER_WEEK), dtype=np.uint8)
    )

    def floats(column, default=np.nan):
        return np.array(
            [float(row[column]) if row[column] is not None else default for row in rows],
            dtype=float,
        )

    person_ids = np.array([row[1] for row in rows], dtype=np.int64)
    # What exchanges hold is taken: its times leave every offer of the person, its hours
    # leave the offer they came from and count, for the working-time rules, as worked.
    holds = held_for(ids, person_ids)
    max_hours, contract_hours = floats(8, 0.0), floats(9, 0.0)
    if holds.any():
        masks = masks & ~holds.person_masks
        max_hours = np.maximum(0.0, max_hours - holds.own_hours)
        contract_hours = contract_hours + holds.person_hours

    return vectorised.OfferMatrix(
        ids=ids,
        person_ids=person_ids,
        organisation_ids=np.array([row[2] for row in rows], dtype=np.int64),
        can_exchange=np.array([status_can_exchange(row[3]) for row in rows], dtype=bool),
        offer_types=np.array([vectorised.OFFER_TYPES[row[4]] for row in rows], dtype=np.int8),
        starts=np.array([row[5].toordinal() for row in rows], dtype=np.int64),
        ends=np.array([row[6].toordinal() for row in rows], dtype=np.int64),
        masks=masks,
        max_hours=max_hours,
        contract_hours=contract_hours,
        latitudes=floats(10),
        longitudes=floats(11),
        radii=floats(12, 0.0),
        remote_ok=np.array([bool(row[13]) for row in rows], dtype=bool),
        costs=floats(14),
        sector_bits=np.array(
            [
                sum(1 << vocabulary.sectors[c] for c in (row[15] or []) if c in vocabulary.sectors)
                for row in rows
            ],
            dtype=np.uint16,
        ),
        form_bits=form_bits,
        held=held,
        qualification_until=until,
        rest_safe=timegrid.rest_ok(
            np.unpackbits(masks, axis=1)[:, : timegrid.SLOTS_PER_WEEK].astype(bool)
        )
        if n
        else np.zeros(0, dtype=bool),
        exception_dates=exception_dates,
        exception_offsets=exception_offsets,
        vocabulary=vocabulary.terms,
        sectors=vocabulary.sectors,
        forms=vocabulary.forms,
        person_conflicts=person_conflicts,
    )


# The matrix of all matchable offers, kept per process and rebuilt when anything in it
# changes: a cheap fingerprint query decides. Scoring a request is then array work only.
_MATRIX_CACHE: dict = {}
VERSION_KEY = "matching:offers:version"


def offers_changed() -> None:
    """Tell every process that offers changed (now, and again when the transaction commits,
    so a matrix built from data not yet committed is not kept)."""

    def bump():
        try:
            cache.incr(VERSION_KEY)
        except ValueError:
            cache.set(VERSION_KEY, 1, timeout=None)

    bump()
    transaction.on_commit(bump)


# Every save and delete through Django bumps the version (see `matching.signals`), in the
# shared cache. Writes that bypass the signals (a bulk update, SQL by hand) show in the count
# and the latest change of the availabilities, read at most this often.
RECOUNT_SECONDS = 10.0


def _fingerprint() -> tuple:
    signalled = (timezone.localdate(), cache.get(VERSION_KEY, 0))
    checked = _MATRIX_CACHE.get("fingerprint")
    now = time.monotonic()
    if checked is not None and checked[0] == signalled and now - checked[1] < RECOUNT_SECONDS:
        return checked[2]
    stats = Availability.objects.aggregate(count=Count("pk"), changed=Max("updated_at"))
    fingerprint = (*signalled, stats["count"], stats["changed"])
    _MATRIX_CACHE["fingerprint"] = (signalled, now, fingerprint)
    return fingerprint


def matchable_matrix() -> vectorised.OfferMatrix:
    """All matchable offers as arrays (see `offer_matrix`), from the process's cache when
    nothing changed since it was built."""
    fingerprint = _fingerprint()
    cached = _MATRIX_CACHE.get("matchable")
    if cached is not None and cached[0] == fingerprint:
        return cached[1]
    matrix = offer_matrix(matchable_availabilities())
    _MATRIX_CACHE["matchable"] = (fingerprint, matrix)
    return matrix


def cached_related_terms() -> dict:
    """`related_terms`, kept like the matrix: terms are in its fingerprint."""
    fingerprint = _fingerprint()
    cached = _MATRIX_CACHE.get("related")
    if cached is not None and cached[0] == fingerprint:
        return cached[1]
    related = related_terms()
    _MATRIX_CACHE["related"] = (fingerprint, related)
    return related


def forget_matrix() -> None:
    """Drop the process's matrix (tests and the benchmark load new data under it)."""
    _MATRIX_CACHE.clear()
