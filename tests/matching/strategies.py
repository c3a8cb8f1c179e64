"""Hypothesis strategies for matching: weekly windows, periods, and small worlds of needs and
offers in plain values (no database), with a builder for the offer matrix."""

import datetime

import numpy as np
from hypothesis import strategies as st

from matching import scoring, timegrid, vectorised

BASE = datetime.date(2027, 1, 4)  # a Monday
TERMS = ["a", "b", "c", "d"]
FORMS = ["lend", "hybrid"]
SECTORS = ["healthcare", "logistics"]
PLACES = [(52.09, 5.12), (51.44, 5.48), (52.37, 4.90), (53.22, 6.57)]  # far apart


@st.composite
def windows(draw, min_size=0, max_size=4):
    """Weekly windows on whole quarters; they may overlap, touch or end at midnight."""
    result = []
    for _ in range(draw(st.integers(min_size, max_size))):
        day = draw(st.integers(0, 6))
        start = draw(st.integers(0, 95))
        end = draw(st.integers(start + 1, 96))
        result.append(
            timegrid.Window(
                day,
                datetime.time(start // 4, (start % 4) * 15),
                datetime.time((end // 4) % 24, (end % 4) * 15),
            )
        )
    return result


@st.composite
def periods(draw):
    start = BASE + datetime.timedelta(days=draw(st.integers(0, 120)))
    return timegrid.Period(start, start + datetime.timedelta(days=draw(st.integers(0, 150))))


@st.composite
def needs(draw, request_id=1):
    organisation = draw(st.integers(1, 3))
    return scoring.Need(
        request_id=request_id,
        organisation_id=organisation,
        organisation_sector=draw(st.sampled_from(SECTORS)),
        organisation_can_exchange=draw(st.booleans()),
        form=draw(st.sampled_from(FORMS)),
        form_yearly_cap=draw(st.sampled_from([None, None, 100.0, 240.0])),
        is_crisis=draw(st.booleans()),
        period=draw(periods()),
        mask=timegrid.week_mask(draw(windows(min_size=1))),
        hours_per_week=float(draw(st.integers(1, 40))),
        location=draw(st.sampled_from([*PLACES, None])),
        remote_possible=draw(st.booleans()),
        people_needed=draw(st.integers(1, 3)),
        max_cost_per_hour=draw(st.sampled_from([None, 40.0, 60.0])),
        required=frozenset(draw(st.sets(st.sampled_from(TERMS), max_size=1))),
        desired=frozenset(draw(st.sets(st.sampled_from(TERMS), max_size=2))),
        related={"a": frozenset({"b"}), "b": frozenset({"a"})},
        conflicting_organisations=frozenset(draw(st.sets(st.integers(1, 5), max_size=1))),
        known_organisations=frozenset(draw(st.sets(st.integers(1, 5), max_size=2))),
    )


@st.composite
def offers(draw, availability_id):
    period = draw(periods())
    exceptions = draw(
        st.sets(
            st.integers(0, period.days - 1).map(lambda d: period.start + datetime.timedelta(d)),
            max_size=2,
        )
    )
    return scoring.Offer(
        availability_id=availability_id,
        person_id=availability_id,
        organisation_id=draw(st.integers(1, 5)),
        organisation_can_exchange=draw(st.booleans()),
        offer_type=draw(st.sampled_from(["regular", "crisis", "both"])),
        period=period,
        mask=timegrid.week_mask(draw(windows(min_size=1))),
        exceptions=frozenset(exceptions),
        max_hours_per_week=float(draw(st.integers(1, 30))),
        contract_hours_per_week=float(draw(st.integers(0, 40))),
        forms=frozenset(draw(st.sets(st.sampled_from(FORMS), max_size=2))),
        sectors=frozenset(draw(st.sets(st.sampled_from(SECTORS), max_size=2))),
        location=draw(st.sampled_from([*PLACES, None])),
        travel_radius_km=float(draw(st.sampled_from([5, 60, 300]))),
        remote_ok=draw(st.booleans()),
        qualifications={
            slug: draw(
                st.sampled_from([None, BASE + datetime.timedelta(days=60), BASE.replace(2028)])
            )
            for slug in draw(st.sets(st.sampled_from(TERMS), max_size=3))
        },
        skills=frozenset(draw(st.sets(st.sampled_from(TERMS), max_size=2))),
        cost_per_hour=draw(st.sampled_from([None, 35.0, 50.0, 90.0])),
        conflicting_organisations=frozenset(draw(st.sets(st.integers(1, 3), max_size=1))),
    )


def matrix_of(offers_: list[scoring.Offer]) -> vectorised.OfferMatrix:
    """The offer matrix of plain offers, as `selectors.offer_matrix` builds it from rows."""
    vocabulary = {slug: i for i, slug in enumerate(TERMS)}
    sectors = {code: i for i, code in enumerate(SECTORS)}
    forms = {slug: i for i, slug in enumerate(FORMS)}
    n = len(offers_)
    held = np.zeros((n, len(TERMS)), dtype=bool)
    until = np.zeros((n, len(TERMS)), dtype=np.int32)
    for i, offer in enumerate(offers_):
        for slug in offer.skills:
            held[i, vocabulary[slug]] = True
        for slug, valid in offer.qualifications.items():
            held[i, vocabulary[slug]] = True
            until[i, vocabulary[slug]] = (
                vectorised.NO_EXPIRY if valid is None else valid.toordinal()
            )
    exception_rows = sorted(
        (i, day.toordinal()) for i, offer in enumerate(offers_) for day in offer.exceptions
    )
    masks = (
        np.stack([np.packbits(offer.mask) for offer in offers_])
        if n
        else np.zeros((0, vectorised.BYTES_PER_WEEK), dtype=np.uint8)
    )
    return vectorised.OfferMatrix(
        ids=np.array([o.availability_id for o in offers_], dtype=np.int64),
        person_ids=np.array([o.person_id for o in offers_], dtype=np.int64),
        organisation_ids=np.array([o.organisation_id for o in offers_], dtype=np.int64),
        can_exchange=np.array([o.organisation_can_exchange for o in offers_], dtype=bool),
        offer_types=np.array([vectorised.OFFER_TYPES[o.offer_type] for o in offers_], np.int8),
        starts=np.array([o.period.start.toordinal() for o in offers_], dtype=np.int64),
        ends=np.array([o.period.end.toordinal() for o in offers_], dtype=np.int64),
        masks=masks,
        max_hours=np.array([o.max_hours_per_week for o in offers_], dtype=float),
        contract_hours=np.array([o.contract_hours_per_week for o in offers_], dtype=float),
        latitudes=np.array([o.location[0] if o.location else np.nan for o in offers_]),
        longitudes=np.array([o.location[1] if o.location else np.nan for o in offers_]),
        radii=np.array([o.travel_radius_km for o in offers_], dtype=float),
        remote_ok=np.array([o.remote_ok for o in offers_], dtype=bool),
        costs=np.array([np.nan if o.cost_per_hour is None else o.cost_per_hour for o in offers_]),
        sector_bits=np.array(
            [sum(1 << sectors[s] for s in o.sectors) for o in offers_], dtype=np.uint16
        ),
        form_bits=np.array([sum(1 << forms[f] for f in o.forms) for o in offers_], np.uint64),
        held=held,
        qualification_until=until,
        rest_safe=timegrid.rest_ok(np.array([o.mask for o in offers_]).reshape(n, -1))
        if n
        else np.zeros(0, dtype=bool),
        exception_dates=np.array([day for _row, day in exception_rows], dtype=np.int64),
        exception_offsets=np.searchsorted(
            np.array([row for row, _day in exception_rows], dtype=np.int64), np.arange(n + 1)
        ),
        vocabulary=vocabulary,
        sectors=sectors,
        forms=forms,
        person_conflicts=vectorised.conflicts_by_organisation(
            (i, pk) for i, offer in enumerate(offers_) for pk in offer.conflicting_organisations
        ),
    )
