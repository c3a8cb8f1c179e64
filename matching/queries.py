"""Reads that compute: ranked candidates for a request, the requests an availability could
serve, a cover for a request, and the candidate graph of a round.

All start from the matrix of matchable offers (`selectors.offers.matchable_matrix`): the hard rules
and the score run as array operations over every offer at once; only the results shown are
evaluated one by one (`scoring.evaluate`) for their explanation, and must pass there too.
"""

import dataclasses
import time
from dataclasses import dataclass
from types import SimpleNamespace

import numpy as np
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _

from matching import cover as cover_module
from matching import rounds, rules, scoring, timegrid, vectorised
from matching.models import Availability, ExchangeRequest, Proposal
from matching.selectors.lists import open_requests, proposals_of
from matching.selectors.offers import matchable_matrix
from matching.selectors.records import (
    NeedContext,
    need_for,
    offer_for,
    offers_for,
    qualification_slugs,
)
from matching.selectors.terms import score_weights
from matching.selectors.visibility import (
    ShownPerson,
    introduced_pairs,
    introduced_people,
    person_shown,
)
from network.choices import status_can_exchange
from network.permissions import can_moderate, ensure_can_act_for


@dataclass(frozen=True)
class Match:
    availability: Availability
    evaluation: scoring.Evaluation
    # The person as the viewer may see them; set by the reads for a viewer
    # (`candidates_shown_to`, `cover_shown_to`).
    shown: ShownPerson | None = None

    @property
    def offer_type(self) -> str:
        return self.availability.offer_type


@dataclass(frozen=True)
class Matches:
    """Candidates for a request: those who may take part now, and those whose organisations
    first need a signed agreement (shown apart)."""

    eligible: list[Match]
    needs_agreement: list[Match]
    considered: int


def _availabilities(ids) -> dict[int, Availability]:
    return Availability.objects.select_related(
        "person__user", "person__organisation", "place"
    ).in_bulk(list(ids))


def _evaluated(need, ids, weights) -> dict[int, Match]:
    """The availabilities with these ids, evaluated one by one, by id; rejected ones (changed
    since the matrix was built) left out."""
    found = _availabilities(ids)
    offers = offers_for(found[i] for i in ids if i in found)
    matches = {}
    for availability_id in ids:
        if availability_id not in offers:
            continue  # gone since the matrix was built
        evaluation = scoring.evaluate(need, offers[availability_id], weights)
        if evaluation.eligible:
            matches[availability_id] = Match(found[availability_id], evaluation)
    return matches


def _best_explained(need, ids_by_kind: list[np.ndarray], limit: int, weights) -> list[list]:
    """For each list of ranked availability ids, its first `limit` that the one-by-one
    evaluation confirms (of the kind asked: ready now, or waiting for an agreement), read and
    explained together; should some be rejected, the next ones are read."""
    results: list[list[Match]] = [[] for _ in ids_by_kind]
    positions = [0] * len(ids_by_kind)
    while True:
        wanted = []
        for kind, ids in enumerate(ids_by_kind):
            missing = max(0, limit - len(results[kind]))
            wanted.append(ids[positions[kind] : positions[kind] + missing].tolist())
            positions[kind] += len(wanted[-1])
        if not any(wanted):
            break
        matches = _evaluated(need, [pk for ids in wanted for pk in ids], weights)
        for kind, ids in enumerate(wanted):
            results[kind].extend(
                matches[pk]
                for pk in ids
                if pk in matches and matches[pk].evaluation.needs_agreement == bool(kind)
            )
    for matches in results:
        matches.sort(key=lambda match: -match.evaluation.score)
    return results


def candidates_for_request(
    *, request: ExchangeRequest, limit: int = 20, need: scoring.Need | None = None
) -> Matches:
    """Best candidates first, each with the full explanation of its score."""
    need = need or need_for(request)
    matrix = matchable_matrix()
    weights = score_weights()
    ranking = vectorised.rank(need, matrix, weights)
    ready = matrix.ids[ranking.indices[~ranking.needs_agreement]]
    waiting = matrix.ids[ranking.indices[ranking.needs_agreement]]
    eligible, needs_agreement = _best_explained(need, [ready, waiting], limit, weights)
    return Matches(eligible, needs_agreement, len(matrix))


def requests_for_availability(
    *, availability: Availability, limit: int = 20
) -> list[tuple[ExchangeRequest, scoring.Evaluation]]:
    """Open requests this availability could serve, best first, explained."""
    offer = offer_for(availability)
    weights = score_weights()
    context = NeedContext()
    requests = (
        open_requests()
        .filter(starts_on__lte=availability.valid_until, ends_on__gte=availability.valid_from)
        .exclude(organisation_id=availability.person.organisation_id)
        .select_related("organisation", "form", "place")
        .prefetch_related("required_qualifications", "desired_qualifications")
    )
    fitting = []
    for request in requests:
        evaluation = scoring.evaluate(need_for(request, context), offer, weights)
        if evaluation.eligible:
            fitting.append((request, evaluation))
    fitting.sort(key=lambda item: -item[1].score)
    return fitting[:limit]


def _shown(matches: list[Match], *, user, request_id: int) -> list[Match]:
    """The matches with each person as `user` may see them (`selectors.visibility.person_shown`)."""
    introduced = introduced_people(request_id=request_id)
    return [
        dataclasses.replace(
            match,
            shown=person_shown(
                viewer=user,
                request_id=request_id,
                person=match.availability.person,
                introduced=introduced,
            ),
        )
        for match in matches
    ]


def candidates_shown_to(*, user, request: ExchangeRequest, limit: int = 20) -> Matches:
    """`candidates_for_request` for a viewer: only for the desk and the administrators of
    an admitted requesting organisation (PermissionDenied with the reason otherwise), each
    candidate named only as far as they may see them."""
    ensure_can_act_for(user, request.organisation)
    matches = candidates_for_request(request=request, limit=limit)
    return Matches(
        eligible=_shown(matches.eligible, user=user, request_id=request.pk),
        needs_agreement=_shown(matches.needs_agreement, user=user, request_id=request.pk),
        considered=matches.considered,
    )


@dataclass(frozen=True)
class CoverResult:
    request: ExchangeRequest
    members: list[Match]
    requested_mask: np.ndarray
    covered_mask: np.ndarray
    uncovered_windows: list[timegrid.Window]  # nobody can work these
    short_windows: list[timegrid.Window]  # fewer people than asked can work these
    objective: str
    method: str
    gap: float
    seconds: float
    candidates: int
    total_cost_per_week: float | None

    @property
    def gap_percent(self) -> int:
        return round(100 * self.gap)


def cover_for_request(
    *,
    request: ExchangeRequest,
    objective: str = "fewest",
    exact_limit: int = cover_module.EXACT_LIMIT,
    need: scoring.Need | None = None,
) -> CoverResult:
    """The smallest (or cheapest) group that covers every requested hour with the number of
    people asked, from people whose organisations may exchange now; and the hours no one
    can cover."""
    need = need or need_for(request)
    matrix = matchable_matrix()
    ranking = vectorised.rank(need, matrix, score_weights())
    allowed = ranking.indices[~ranking.needs_agreement]
    requested = np.flatnonzero(need.mask)
    packed = np.packbits(need.mask)
    coverage = (
        vectorised.unpack_rows(matrix.masks[allowed] & packed)[:, requested]
        if len(allowed)
        else np.zeros((0, len(requested)), dtype=bool)
    )
    hours = np.minimum(
        coverage.sum(axis=1) / timegrid.SLOTS_PER_HOUR,
        np.minimum(matrix.max_hours[allowed], need.hours_per_week or np.inf),
    )
    costs = (
        np.nan_to_num(matrix.costs[allowed], nan=0.0) * np.maximum(hours, 0.25)
        if objective == "cheapest"
        else np.ones(len(allowed))
    )
    result = cover_module.cover(coverage, costs, need.people_needed, exact_limit=exact_limit)
    chosen_ids = matrix.ids[allowed[result.chosen]].tolist()
    evaluated = _evaluated(need, chosen_ids, score_weights())
    members = sorted(
        (evaluated[pk] for pk in chosen_ids if pk in evaluated),
        key=lambda match: -match.evaluation.score,
    )
    group = np.zeros(timegrid.SLOTS_PER_WEEK, dtype=bool)
    for member in members:
        group |= member.evaluation.covered_mask
    # Hours nobody can work, and hours fewer people can work than the request asks.
    available = coverage.sum(axis=0)
    uncovered = np.zeros(timegrid.SLOTS_PER_WEEK, dtype=bool)
    uncovered[requested[available == 0]] = True
    short = np.zeros(timegrid.SLOTS_PER_WEEK, dtype=bool)
    short[requested[(available > 0) & (available < need.people_needed)]] = True
    cost = None
    if members and all(m.availability.cost_price_per_hour is not None for m in members):
        cost = sum(
            float(m.availability.cost_price_per_hour)
            * min(
                m.evaluation.hours_covered,
                float(m.availability.max_hours_per_week),
                need.hours_per_week,
            )
            for m in members
        )
    return CoverResult(
        request=request,
        members=members,
        requested_mask=need.mask,
        covered_mask=group,
        uncovered_windows=timegrid.windows_of(uncovered),
        short_windows=timegrid.windows_of(short),
        objective=objective,
        method=result.method,
        gap=result.gap,
        seconds=result.seconds,
        candidates=len(allowed),
        total_cost_per_week=cost,
    )


def cover_shown_to(*, user, request: ExchangeRequest, objective: str = "fewest") -> CoverResult:
    """`cover_for_request` for a viewer, with the permission and naming of
    `candidates_shown_to`."""
    ensure_can_act_for(user, request.organisation)
    result = cover_for_request(request=request, objective=objective)
    return dataclasses.replace(
        result, members=_shown(result.members, user=user, request_id=request.pk)
    )


@dataclass(frozen=True)
class RoundPairs:
    pairs: rounds.Pairs
    request_ids: np.ndarray
    availability_ids: np.ndarray
    people_needed: np.ndarray
    capacity: np.ndarray
    person_capacity: np.ndarray
    seconds: float


# What a round reads of each request (`selectors.records.need_for`): not the long texts.
ROUND_REQUEST_FIELDS = (
    "organisation__sector",
    "organisation__status",
    "form__slug",
    "form__yearly_hour_cap",
    "place__latitude",
    "place__longitude",
    "is_crisis",
    "starts_on",
    "ends_on",
    "week_mask",
    "hours_per_week",
    "remote_possible",
    "people_needed",
    "max_cost_per_hour",
)


@dataclass(frozen=True)
class _RoundRequest:
    """What a round reads of a request, with the attributes `selectors.records.need_for` uses."""

    pk: int
    organisation_id: int
    organisation: object
    form: object
    place: object
    is_crisis: bool
    starts_on: object
    ends_on: object
    week_mask: bytes
    hours_per_week: object
    remote_possible: bool
    people_needed: int
    max_cost_per_hour: object


def _round_requests(queryset) -> list[_RoundRequest]:
    """The requests of a round from one query of plain values (a round reads thousands, and
    model instances of them and of three relations each cost four times as much). Each
    organisation, form and place is made once."""
    organisations, forms, places = {}, {}, {}
    own = [name for name in ROUND_REQUEST_FIELDS if "__" not in name]
    result = []
    # By id, so that the same requests always give the same round (ties are broken in order).
    fields = ("pk", "organisation_id", "form_id", "place_id", *ROUND_REQUEST_FIELDS)
    for row in queryset.order_by("pk").values(*fields):
        organisation_id, form_id, place_id = row["organisation_id"], row["form_id"], row["place_id"]
        if organisation_id not in organisations:
            organisation = SimpleNamespace(
                pk=organisation_id,
                sector=row["organisation__sector"],
                status=row["organisation__status"],
            )
            organisation.can_exchange = status_can_exchange(organisation.status)
            organisations[organisation_id] = organisation
        if form_id not in forms:
            forms[form_id] = SimpleNamespace(
                slug=row["form__slug"], yearly_hour_cap=row["form__yearly_hour_cap"]
            )
        if place_id is not None and place_id not in places:
            places[place_id] = SimpleNamespace(
                latitude=row["place__latitude"], longitude=row["place__longitude"]
            )
        result.append(
            _RoundRequest(
                pk=row["pk"],
                organisation_id=organisation_id,
                organisation=organisations[organisation_id],
                form=forms[form_id],
                place=places.get(place_id),
                **{name: row[name] for name in own},
            )
        )
    return result


@rounds.collection_paused()
def round_pairs(*, requests=None, matrix=None, per_request: int | None = None) -> RoundPairs:
    """The sparse candidate graph of a round: for each open request its best allowed offers
    (every single-pair hard rule applied, a conflict a person declared too; organisations with
    a signed agreement only). `per_request` defaults to fewer candidates per request as the
    round grows (see `rounds.candidates_per_request`)."""
    started = time.perf_counter()
    queryset = requests if requests is not None else open_requests()
    requests = _round_requests(queryset)
    context = NeedContext(organisations={r.organisation_id for r in requests})
    slugs = qualification_slugs(requests, among=queryset)
    matrix = matrix if matrix is not None else matchable_matrix()
    # Only offers of organisations with a signed agreement take part in a round.
    matrix = vectorised.take(matrix, np.flatnonzero(matrix.can_exchange))
    weights = score_weights()
    if per_request is None:
        per_request = rounds.candidates_per_request(len(requests))
    caps = sorted({float(r.form.yearly_hour_cap) for r in requests if r.form.yearly_hour_cap})
    positions = [r for r, request in enumerate(requests) if request.organisation.can_exchange]
    needs = [need_for(requests[r], context, slugs[requests[r].pk]) for r in positions]
    ranked = vectorised.rank_many(needs, matrix, weights, top=per_request, agreed_only=True)
    if len(ranked.indices):
        which, offers = ranked.needs, ranked.indices
        hours_per_week = np.array([need.hours_per_week for need in needs])[which]
        weekly = np.minimum(
            np.minimum(ranked.covered_hours, matrix.max_hours[offers]), hours_per_week
        )
        packed = np.packbits(np.array([need.mask for need in needs], dtype=bool), axis=1)
        group = np.array(
            [caps.index(need.form_yearly_cap) if need.form_yearly_cap else -1 for need in needs]
        )
        starts = np.array([need.period.start.toordinal() for need in needs])[which]
        ends = np.array([need.period.end.toordinal() for need in needs])[which]
        overlap_days = (
            np.minimum(matrix.ends[offers], ends) - np.maximum(matrix.starts[offers], starts) + 1
        )
        pairs = rounds.Pairs(
            requests=np.array(positions, dtype=np.int64)[which],
            offers=offers,
            scores=ranked.scores,
            hours=weekly,
            masks=matrix.masks[offers] & packed[which],
            people=matrix.person_ids[offers],
            cap_groups=group[which],
            yearly_hours=weekly * np.minimum(52.0, overlap_days / 7),
            caps=np.array(caps),
        )
    else:
        empty = np.array([], dtype=np.int64)
        pairs = rounds.Pairs(
            empty, empty, np.array([]), np.array([]), np.zeros((0, 84), dtype=np.uint8)
        )
    # Hours left in the week: what the person offers, and what the working-time rule leaves
    # next to their contract (over all their offers together).
    capacity = np.minimum(
        matrix.max_hours, np.maximum(0.0, rules.MAX_AVERAGE_HOURS_16_WEEKS - matrix.contract_hours)
    )
    contract = np.zeros(int(matrix.person_ids.max(initial=0)) + 1)
    np.maximum.at(contract, matrix.person_ids, matrix.contract_hours)
    person_capacity = np.maximum(0.0, rules.MAX_AVERAGE_HOURS_16_WEEKS - contract)
    return RoundPairs(
        pairs=pairs,
        request_ids=np.array([request.pk for request in requests], dtype=np.int64),
        availability_ids=matrix.ids,
        people_needed=np.array([request.people_needed for request in requests], dtype=np.int64),
        capacity=capacity,
        person_capacity=person_capacity,
        seconds=time.perf_counter() - started,
    )


@dataclass(frozen=True)
class ProposalRow:
    """A proposal of a round, explained as it stands now, its person as the viewer may see
    them."""

    proposal: Proposal
    evaluation: scoring.Evaluation
    shown: ShownPerson


def proposals_shown_to(*, user, matching_round, limit: int | None = None) -> list[ProposalRow]:
    """A round's proposals for the desk (PermissionDenied for anyone else), best first."""
    proposals = proposals_of(matching_round)
    return proposal_rows(user=user, proposals=proposals[:limit] if limit is not None else proposals)


def proposal_rows(*, user, proposals) -> list[ProposalRow]:
    """These proposals (with what `selectors.proposals_of` reads) for the desk."""
    if not can_moderate(user):
        raise PermissionDenied(_("Matching rounds are for the desk."))
    proposals = list(proposals)
    context = NeedContext()
    weights = score_weights()
    offers = offers_for(proposal.availability for proposal in proposals)
    introduced = introduced_pairs(request_ids={p.request_id for p in proposals})
    return [
        ProposalRow(
            proposal=proposal,
            evaluation=scoring.evaluate(
                need_for(proposal.request, context),
                offers[proposal.availability_id],
                weights,
            ),
            shown=person_shown(
                viewer=user,
                request_id=proposal.request_id,
                person=proposal.availability.person,
                introduced=introduced.get(proposal.request_id, frozenset()),
            ),
        )
        for proposal in proposals
    ]
