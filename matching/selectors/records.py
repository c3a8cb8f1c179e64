"""Requests and availabilities as the plain `Need` and `Offer` values that
`matching.scoring` works on, with what scoring needs to know of their organisations."""

import numpy as np
from django.db.models import Q, prefetch_related_objects

from cases.models import CaseOrganisation
from matching import scoring, timegrid, vectorised
from matching.models import Availability, ConflictOfInterest, ExchangeRequest, Proposal
from matching.selectors.holds import held_for
from matching.selectors.offers import cached_related_terms

PRELOAD_IN_LIMIT = 200  # organisations named in a query; above it, all rows are read


def _location(place):
    return (place.latitude, place.longitude) if place is not None else None


def conflicts_among(organisation_ids: set[int]) -> dict[int, frozenset[int]]:
    """Per organisation, those it declared a conflict of interest with (or that declared one
    with it), as an organisation; in one query for any number of organisations."""
    conflicts = {pk: set() for pk in organisation_ids}
    rows = ConflictOfInterest.objects.filter(person__isnull=True)
    # For many organisations (a round) every row is read and the loop picks: a query naming
    # thousands of ids costs more than the rows it saves.
    if len(organisation_ids) <= PRELOAD_IN_LIMIT:
        rows = rows.filter(
            Q(organisation_id__in=organisation_ids) | Q(other_organisation_id__in=organisation_ids)
        )
    for first, second in rows.values_list("organisation_id", "other_organisation_id"):
        # The other side of every row naming the organisation.
        if first in conflicts:
            conflicts[first].add(second)
        if second in conflicts and second != first:
            conflicts[second].add(first)
    return {pk: frozenset(found) for pk, found in conflicts.items()}


def partners_among(organisation_ids: set[int]) -> dict[int, frozenset[int]]:
    """Per organisation, those that worked with it: in a case together, or an accepted
    match; in two queries for any number of organisations."""
    many = len(organisation_ids) > PRELOAD_IN_LIMIT
    known = {pk: set() for pk in organisation_ids}
    pages: dict[int, set[int]] = {}
    roles = CaseOrganisation.objects.all()
    if not many:
        roles = roles.filter(
            page_id__in=CaseOrganisation.objects.filter(
                organisation_id__in=organisation_ids
            ).values("page_id")
        )
    for page_id, organisation_id in roles.values_list("page_id", "organisation_id"):
        pages.setdefault(page_id, set()).add(organisation_id)
    for together in pages.values():
        for organisation_id in together & organisation_ids:
            known[organisation_id] |= together
    accepted = Proposal.objects.filter(accepted_at__isnull=False)
    if not many:
        accepted = accepted.filter(
            Q(request__organisation_id__in=organisation_ids)
            | Q(availability__person__organisation_id__in=organisation_ids)
        )
    for asking, lending in accepted.values_list(
        "request__organisation_id", "availability__person__organisation_id"
    ):
        if asking in known:
            known[asking].add(lending)
        if lending in known:
            known[lending].add(asking)
    for organisation_id, found in known.items():
        found.discard(organisation_id)
    return {pk: frozenset(found) for pk, found in known.items()}


class NeedContext:
    """Lookups shared by many needs (a round builds thousands): the vocabulary's relations
    and each organisation's conflicts and partners, loaded once.

    Given the organisations up front (`organisations`), their conflicts and partners are read
    in three queries for all of them; otherwise each organisation's when first asked."""

    def __init__(self, organisations=None):
        self._related = None
        self._conflicts = {}
        self._known = {}
        if organisations is not None:
            organisations = set(organisations)
            self._conflicts = conflicts_among(organisations)
            self._known = partners_among(organisations)

    @property
    def related(self) -> dict:
        if self._related is None:
            self._related = cached_related_terms()
        return self._related

    def conflicts(self, organisation_id: int) -> frozenset[int]:
        if organisation_id not in self._conflicts:
            self._conflicts.update(conflicts_among({organisation_id}))
        return self._conflicts[organisation_id]

    def known(self, organisation_id: int) -> frozenset[int]:
        if organisation_id not in self._known:
            self._known.update(partners_among({organisation_id}))
        return self._known[organisation_id]


def qualification_slugs(requests, among=None) -> dict[int, tuple[frozenset, frozenset]]:
    """Per request id, the slugs of its required and desired qualifications, in two queries
    for any number of requests (a round reads thousands). `among`: a query of these
    requests, used as a subquery instead of naming every id."""
    ids = [request.pk for request in requests]
    found: dict[int, tuple[set, set]] = {pk: (set(), set()) for pk in ids}
    for position, relation in enumerate(
        (ExchangeRequest.required_qualifications, ExchangeRequest.desired_qualifications)
    ):
        rows = relation.through.objects.filter(
            exchangerequest_id__in=among.values("pk") if among is not None else ids
        )
        for request_id, slug in rows.values_list("exchangerequest_id", "term__slug"):
            if request_id in found:
                found[request_id][position].add(slug)
    return {pk: (frozenset(needed), frozenset(wished)) for pk, (needed, wished) in found.items()}


def need_for(
    request: ExchangeRequest,
    context: NeedContext | None = None,
    qualifications: tuple[frozenset, frozenset] | None = None,
) -> scoring.Need:
    """A request as plain values; its weekly slots come from the stored mask. Pass the
    slugs of its `qualifications` (required, desired) when already read in bulk."""
    context = context or NeedContext()
    if qualifications is None:
        qualifications = (
            frozenset(term.slug for term in request.required_qualifications.all()),
            frozenset(term.slug for term in request.desired_qualifications.all()),
        )
    organisation = request.organisation
    form = request.form
    return scoring.Need(
        request_id=request.pk,
        organisation_id=organisation.pk,
        organisation_sector=organisation.sector,
        organisation_can_exchange=organisation.can_exchange,
        form=form.slug,
        form_yearly_cap=float(form.yearly_hour_cap) if form.yearly_hour_cap else None,
        is_crisis=request.is_crisis,
        period=timegrid.Period(request.starts_on, request.ends_on),
        mask=vectorised.unpack(request.week_mask),
        hours_per_week=float(request.hours_per_week),
        location=_location(request.place),
        remote_possible=request.remote_possible,
        people_needed=request.people_needed,
        max_cost_per_hour=float(request.max_cost_per_hour) if request.max_cost_per_hour else None,
        required=qualifications[0],
        desired=qualifications[1],
        related=context.related,
        conflicting_organisations=context.conflicts(organisation.pk),
        known_organisations=context.known(organisation.pk),
    )


def offers_for(availabilities) -> dict[int, scoring.Offer]:
    """Availabilities as plain `Offer` values, by id, in a fixed number of queries."""
    availabilities = list(availabilities)
    prefetch_related_objects(
        availabilities,
        "exceptions",
        "mobility_forms",
        "qualifications__term",
        "person__expertise",
        "person__organisation",
        "place",
    )
    person_ids = {availability.person_id for availability in availabilities}
    person_conflicts: dict[int, set[int]] = {}
    for person_id, organisation_id in ConflictOfInterest.objects.filter(
        person_id__in=person_ids
    ).values_list("person_id", "organisation_id"):
        person_conflicts.setdefault(person_id, set()).add(organisation_id)
    held = held_for([a.pk for a in availabilities], [a.person_id for a in availabilities])
    offers = {}
    for position, availability in enumerate(availabilities):
        person = availability.person
        # See `offers.offer_matrix`: what exchanges hold is taken.
        mask = vectorised.unpack(
            bytes(
                np.frombuffer(bytes(availability.week_mask), dtype=np.uint8)
                & ~held.person_masks[position]
            )
        )
        offers[availability.pk] = scoring.Offer(
            availability_id=availability.pk,
            person_id=person.pk,
            organisation_id=person.organisation_id,
            organisation_can_exchange=person.organisation.can_exchange,
            offer_type=availability.offer_type,
            period=timegrid.Period(availability.valid_from, availability.valid_until),
            mask=mask,
            exceptions=frozenset(e.date for e in availability.exceptions.all()),
            max_hours_per_week=max(
                0.0, float(availability.max_hours_per_week) - held.own_hours[position]
            ),
            contract_hours_per_week=float(availability.contract_hours_per_week)
            + held.person_hours[position],
            forms=frozenset(form.slug for form in availability.mobility_forms.all()),
            sectors=frozenset(availability.sectors),
            location=_location(availability.place),
            travel_radius_km=float(availability.travel_radius_km),
            remote_ok=availability.remote_ok,
            qualifications={q.term.slug: q.valid_until for q in availability.qualifications.all()},
            skills=frozenset(term.slug for term in person.expertise.all()),
            cost_per_hour=float(availability.cost_price_per_hour)
            if availability.cost_price_per_hour is not None
            else None,
            conflicting_organisations=frozenset(person_conflicts.get(person.pk, ())),
        )
    return offers


def offer_for(availability: Availability) -> scoring.Offer:
    """One availability as an `Offer` (see `offers_for`)."""
    return offers_for([availability])[availability.pk]
