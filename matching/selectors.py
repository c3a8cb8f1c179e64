"""Reads for matching: requests and availabilities as plain `Need` and `Offer` values, the
candidate matrix for vectorised scoring, and what each user may see."""

import base64
import datetime
import time
from dataclasses import dataclass

import numpy as np
from django.contrib.auth import get_user_model
from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext as _

from matching import scoring, timegrid, vectorised
from matching.choices import AvailabilityStatus, RequestStatus
from matching.models import (
    Availability,
    AvailabilityException,
    ConflictOfInterest,
    ExchangeRequest,
    Introduction,
    MatchingWeights,
    Proposal,
    Shortlist,
)
from network import roles
from network.choices import ACTIVE_STATUSES, Sector, status_can_exchange
from network.permissions import can_moderate, can_see_person, is_member, person_of
from vocabulary.models import MobilityForm, Term


def mobility_forms() -> QuerySet[MobilityForm]:
    """All forms of mobility in their editorial order."""
    return MobilityForm.objects.all()


def weights() -> dict:
    """The weights the desk set for the parts of the score."""
    return MatchingWeights.load().as_dict()


def _location(place):
    return (place.latitude, place.longitude) if place is not None else None


def related_terms() -> dict:
    related = {}
    for term in Term.objects.prefetch_related("related"):
        related[term.slug] = frozenset(other.slug for other in term.related.all())
    return related


def conflicting_organisations(organisation_id: int) -> frozenset[int]:
    rows = ConflictOfInterest.objects.filter(person__isnull=True).filter(
        Q(organisation_id=organisation_id) | Q(other_organisation_id=organisation_id)
    )
    ids = set()
    for row in rows:
        ids.add(
            row.other_organisation_id
            if row.organisation_id == organisation_id
            else row.organisation_id
        )
    return frozenset(ids)


def known_organisations(organisation_id: int) -> frozenset[int]:
    """Organisations that worked with this one: in a case together, or an accepted match."""
    from cases.models import CaseOrganisation

    pages = CaseOrganisation.objects.filter(organisation_id=organisation_id).values("page_id")
    shared = set(
        CaseOrganisation.objects.filter(page_id__in=pages).values_list("organisation_id", flat=True)
    )
    accepted = Proposal.objects.filter(accepted_at__isnull=False)
    shared |= set(
        accepted.filter(request__organisation_id=organisation_id).values_list(
            "availability__person__organisation_id", flat=True
        )
    )
    shared |= set(
        accepted.filter(availability__person__organisation_id=organisation_id).values_list(
            "request__organisation_id", flat=True
        )
    )
    shared.discard(organisation_id)
    return frozenset(shared)


PRELOAD_IN_LIMIT = 200  # organisations named in a query; above it, all rows are read


class NeedContext:
    """Lookups shared by many needs (a round builds thousands): the vocabulary's relations
    and each organisation's conflicts and partners, loaded once.

    Given the organisations up front (`organisations`), their conflicts and partners are read
    in three queries for all of them; otherwise each organisation's in a few queries when
    first asked."""

    def __init__(self, organisations=None):
        self._related = None
        self._conflicts = {}
        self._known = {}
        if organisations is not None:
            self._preload(set(organisations))

    def _preload(self, organisation_ids: set[int]) -> None:
        from cases.models import CaseOrganisation

        # For many organisations (a round) every row is read and the loops below pick: a
        # query naming thousands of ids costs more than the rows it saves.
        many = len(organisation_ids) > PRELOAD_IN_LIMIT
        conflicts = {pk: set() for pk in organisation_ids}
        rows = ConflictOfInterest.objects.filter(person__isnull=True)
        if not many:
            rows = rows.filter(
                Q(organisation_id__in=organisation_ids)
                | Q(other_organisation_id__in=organisation_ids)
            )
        for first, second in rows.values_list("organisation_id", "other_organisation_id"):
            # As `conflicting_organisations`: the other side of every row naming the
            # organisation.
            if first in conflicts:
                conflicts[first].add(second)
            if second in conflicts and second != first:
                conflicts[second].add(first)
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
        for organisation_id in organisation_ids:
            self._conflicts[organisation_id] = frozenset(conflicts[organisation_id])
            known[organisation_id].discard(organisation_id)
            self._known[organisation_id] = frozenset(known[organisation_id])

    @property
    def related(self) -> dict:
        if self._related is None:
            self._related = cached_related_terms()
        return self._related

    def conflicts(self, organisation_id: int) -> frozenset[int]:
        if organisation_id not in self._conflicts:
            self._conflicts[organisation_id] = conflicting_organisations(organisation_id)
        return self._conflicts[organisation_id]

    def known(self, organisation_id: int) -> frozenset[int]:
        if organisation_id not in self._known:
            self._known[organisation_id] = known_organisations(organisation_id)
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
    from django.db.models import prefetch_related_objects

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
    offers = {}
    for availability in availabilities:
        person = availability.person
        offers[availability.pk] = scoring.Offer(
            availability_id=availability.pk,
            person_id=person.pk,
            organisation_id=person.organisation_id,
            organisation_can_exchange=person.organisation.can_exchange,
            offer_type=availability.offer_type,
            period=timegrid.Period(availability.valid_from, availability.valid_until),
            mask=vectorised.unpack(availability.week_mask),
            exceptions=frozenset(e.date for e in availability.exceptions.all()),
            max_hours_per_week=float(availability.max_hours_per_week),
            contract_hours_per_week=float(availability.contract_hours_per_week),
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
    return offers_for([availability])[availability.pk]


def matchable_availabilities() -> QuerySet[Availability]:
    """Availabilities that may appear in matches: approved, still running, and the person
    wants to be matched."""
    return Availability.objects.filter(
        status=AvailabilityStatus.APPROVED,
        matchable=True,
        valid_until__gte=timezone.localdate(),
        person__user__is_active=True,
    )


@dataclass
class _Vocabulary:
    terms: dict
    sectors: dict
    forms: dict


def _vocabulary() -> _Vocabulary:
    terms = {
        slug: position
        for position, slug in enumerate(Term.objects.order_by("pk").values_list("slug", flat=True))
    }
    sectors = {code: position for position, code in enumerate(Sector.values)}
    forms = {
        slug: position
        for position, slug in enumerate(
            MobilityForm.objects.order_by("pk").values_list("slug", flat=True)[:64]
        )
    }
    return _Vocabulary(terms, sectors, forms)


def offer_matrix(availabilities: QuerySet[Availability]) -> vectorised.OfferMatrix:
    """Availabilities as arrays, in a handful of queries whatever their number."""
    from network.models import Person

    vocabulary = _vocabulary()
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
    from matching.models import AvailabilityQualification

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

    return vectorised.OfferMatrix(
        ids=ids,
        person_ids=np.array([row[1] for row in rows], dtype=np.int64),
        organisation_ids=np.array([row[2] for row in rows], dtype=np.int64),
        can_exchange=np.array([status_can_exchange(row[3]) for row in rows], dtype=bool),
        offer_types=np.array([vectorised.OFFER_TYPES[row[4]] for row in rows], dtype=np.int8),
        starts=np.array([row[5].toordinal() for row in rows], dtype=np.int64),
        ends=np.array([row[6].toordinal() for row in rows], dtype=np.int64),
        masks=masks,
        max_hours=floats(8, 0.0),
        contract_hours=floats(9, 0.0),
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
    from django.core.cache import cache
    from django.db import transaction

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
    from django.core.cache import cache
    from django.db.models import Count, Max

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
    _MATRIX_CACHE.clear()


def proposals_of(matching_round) -> QuerySet[Proposal]:
    """A round's proposals with what the pages and the API show of them. Related rows come
    in queries of their own: one query joining eight tables let PostgreSQL pick a plan that
    multiplied unrelated tables when it had no statistics yet on freshly loaded ones."""
    return matching_round.proposals.select_related("request", "availability").prefetch_related(
        "request__organisation",
        "request__form",
        "request__place",
        "availability__person__user",
        "availability__person__organisation",
    )


def open_requests() -> QuerySet[ExchangeRequest]:
    """Open, still running requests of organisations the desk has admitted (a request of an
    organisation awaiting approval, or sent back to it, is shown to nobody but its own)."""
    return ExchangeRequest.objects.filter(
        status=RequestStatus.OPEN,
        ends_on__gte=timezone.localdate(),
        organisation__status__in=ACTIVE_STATUSES,
    )


def open_requests_listed() -> QuerySet[ExchangeRequest]:
    """The open requests with what their cards show (organisation, form and place)."""
    return open_requests().select_related("organisation", "form", "place")


def requests_visible_to(user) -> QuerySet[ExchangeRequest]:
    """Open requests of admitted organisations are visible to members; drafts and closed
    ones to the organisation's administrators and the desk; a request someone was
    shortlisted or accepted for to that person."""
    requests = ExchangeRequest.objects.select_related("organisation", "form", "place")
    if can_moderate(user):
        return requests
    condition = Q(pk__in=[])
    if is_member(user):
        condition |= Q(status=RequestStatus.OPEN, organisation__status__in=ACTIVE_STATUSES)
    person = person_of(user)
    if person is not None and user.has_perm("network.manage_own_organisation"):
        condition |= Q(organisation_id=person.organisation_id)
    if person is not None:
        # The requests the person was shortlisted for, or accepted for in a round.
        condition |= Q(
            pk__in=Shortlist.objects.filter(availability__person=person).values("request_id")
        ) | Q(
            pk__in=Proposal.objects.filter(
                availability__person=person, accepted_at__isnull=False
            ).values("request_id")
        )
    return requests.filter(condition)


def availabilities_visible_to(user) -> QuerySet[Availability]:
    """A person sees their own; an organisation's administrators those of their people; the
    desk all."""
    availabilities = Availability.objects.select_related(
        "person__user", "person__organisation", "place"
    )
    if can_moderate(user):
        return availabilities
    person = person_of(user)
    if person is None:
        return availabilities.none()
    condition = Q(person=person)
    if user.has_perm("network.manage_own_organisation"):
        condition |= Q(person__organisation_id=person.organisation_id)
    return availabilities.filter(condition)


def today() -> datetime.date:
    return timezone.localdate()


# How a candidate is shown to whoever looks at a request's candidates.


@dataclass(frozen=True)
class ShownPerson:
    """A candidate as the viewer may see them: by name, with photo and profile link
    (`profile`, the person) when the profile's visibility allows it; by name without them
    once the person agreed to be introduced for the request; otherwise by a pseudonym, with
    only their organisation and job title."""

    name: str
    named: bool
    profile: object  # network.Person, or None
    job_title: str
    organisation_name: str


def pseudonym(*, request_id: int, person_id: int) -> str:
    """A name for a candidate that stays the same for one request and one person, and says
    nothing about who they are (another request gives them another)."""
    digest = salted_hmac("matching.candidate", f"{request_id}:{person_id}").digest()
    return _("Candidate %(code)s") % {"code": base64.b32encode(digest).decode()[:5]}


def introduced_people(*, request_id: int) -> frozenset[int]:
    """The people who agreed to be introduced by name for this request."""
    return frozenset(
        Introduction.objects.filter(request_id=request_id).values_list(
            "availability__person_id", flat=True
        )
    )


def introduced_pairs(*, request_ids) -> dict[int, frozenset[int]]:
    """`introduced_people` of many requests at once, by request id."""
    found: dict[int, set[int]] = {}
    for request_id, person_id in Introduction.objects.filter(
        request_id__in=list(request_ids)
    ).values_list("request_id", "availability__person_id"):
        found.setdefault(request_id, set()).add(person_id)
    return {request_id: frozenset(people) for request_id, people in found.items()}


def person_shown(
    *, viewer, request_id: int, person, introduced: frozenset[int] = frozenset()
) -> ShownPerson:
    """The candidate `person` as `viewer` may see them for this request (see `ShownPerson`);
    `introduced`: the people who agreed to be introduced for it (`introduced_people`)."""
    visible = can_see_person(viewer, person)
    named = visible or person.pk in introduced
    return ShownPerson(
        name=person.name if named else pseudonym(request_id=request_id, person_id=person.pk),
        named=named,
        profile=person if visible else None,
        job_title=person.job_title,
        organisation_name=person.organisation.name,
    )


@dataclass(frozen=True)
class IntroductionChoice:
    """An availability of the viewer that was shortlisted for a request, or accepted for it
    in a round, and whether they agreed to be introduced by name."""

    availability: Availability
    agreed: bool
    shortlisted: bool  # else proposed in a round the desk accepted


def introduction_possible(*, request: ExchangeRequest, availability: Availability) -> bool:
    """A person may agree to be introduced for a request once its organisation shortlisted
    them for it, or the desk accepted a proposal of them for it."""
    return (
        Shortlist.objects.filter(request=request, availability=availability).exists()
        or Proposal.objects.filter(
            request=request, availability=availability, accepted_at__isnull=False
        ).exists()
    )


def introductions_open_to(*, user, request: ExchangeRequest) -> list[IntroductionChoice]:
    """The user's availabilities for which they may agree to be introduced for this
    request (see `introduction_possible`), with whether they did."""
    person = person_of(user)
    if person is None:
        return []
    shortlisted = set(
        Shortlist.objects.filter(request=request, availability__person=person).values_list(
            "availability_id", flat=True
        )
    )
    proposed = set(
        Proposal.objects.filter(
            request=request, availability__person=person, accepted_at__isnull=False
        ).values_list("availability_id", flat=True)
    )
    agreed = set(
        Introduction.objects.filter(request=request, availability__person=person).values_list(
            "availability_id", flat=True
        )
    )
    return [
        IntroductionChoice(availability, availability.pk in agreed, availability.pk in shortlisted)
        for availability in Availability.objects.filter(pk__in=shortlisted | proposed).order_by(
            "pk"
        )
    ]


def organisation_administrators(organisation_ids) -> QuerySet:
    """The active users who administer these organisations."""
    return (
        get_user_model()
        .objects.filter(
            is_active=True,
            person__organisation_id__in=list(organisation_ids),
            groups__name=roles.ORGANISATION_ADMINS,
        )
        .select_related("person__organisation")
        .distinct()
    )


def shortlisted_ids(*, request: ExchangeRequest) -> frozenset[int]:
    """The availabilities on the request's shortlist."""
    return frozenset(
        Shortlist.objects.filter(request=request).values_list("availability_id", flat=True)
    )
