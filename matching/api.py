"""Matching in the API: requests and availabilities, the candidates and covers of a request,
the requests an availability fits, and the desk's rounds.

Bodies are records of the format in docs/formats/matching.md, typed by `matching.schemas`
(the same schemas as the import): a body that does not fit answers 422, a form, place or
term that does not exist 400, each error under the path of the field (`windows[0].end`).
The same services, queries and permission rules as the pages apply. A candidate's e-mail
address is never shown; their name only as far as their profile is visible to the viewer, or
once they agreed to be introduced for the request (otherwise a pseudonym, see
docs/matching.md).
"""

import datetime
import uuid

from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import QuerySet
from django.http import Http404
from django.utils.translation import gettext as _
from ninja import Query, Router, Schema, Status
from ninja.pagination import paginate

from core.api import check_choice, own_person, require_login
from core.limits import PagePagination
from matching import queries, serialization, services, timegrid
from matching.choices import AvailabilityStatus, CoverObjective, RequestStatus, RoundStatus
from matching.forms import LARGEST_ID
from matching.models import Availability, ExchangeRequest, MatchingRound, Proposal
from matching.schemas import ApprovalIn, AvailabilityBody, RequestBody, RequestStatusIn
from matching.selectors.lists import proposals_of
from matching.selectors.visibility import availabilities_visible_to, requests_visible_to
from matching.serialization import Errors
from network.permissions import (
    can_manage_organisation,
    can_moderate,
    ensure_can_act_for,
    person_of,
)
from network.selectors import organisation_get

router = Router(tags=["matching"])


# What the API answers.


class WindowOut(Schema):
    weekday: int
    start: str
    end: str


class ShiftOut(Schema):
    date: datetime.date
    start: str
    end: str


class RequestOut(Schema):
    id: int
    organisation: str
    status: str
    title: str
    description: str
    form: str
    is_crisis: bool
    hours_per_week: float
    starts_on: datetime.date
    ends_on: datetime.date
    windows: list[WindowOut]
    shifts: list[ShiftOut]
    place: str | None
    remote_possible: bool
    people_needed: int
    max_cost_per_hour: float | None
    required_qualifications: list[str]
    desired_qualifications: list[str]


class QualificationOut(Schema):
    qualification: str
    valid_until: datetime.date | None


class AvailabilityOut(Schema):
    id: int
    person: uuid.UUID
    person_name: str
    status: str
    cost_price_per_hour: float | None
    offer_type: str
    matchable: bool
    valid_from: datetime.date
    valid_until: datetime.date
    max_hours_per_week: float
    contract_hours_per_week: float
    windows: list[WindowOut]
    exceptions: list[datetime.date]
    forms: list[str]
    sectors: list[str]
    place: str | None
    travel_radius_km: int
    remote_ok: bool
    qualifications: list[QualificationOut]


class PartOut(Schema):
    name: str
    points: float
    value: float
    sentence: str


class EvaluationOut(Schema):
    score: float
    parts: list[PartOut]
    summary: str
    hours_covered: float
    hours_requested: float
    hours_per_week: float
    covered_windows: list[WindowOut]


class CandidateOut(EvaluationOut):
    availability_id: int
    person_name: str  # the name, or a pseudonym when `named` is false
    named: bool
    person: uuid.UUID | None  # the profile's id, when the profile is visible to you
    job_title: str
    organisation: str
    organisation_name: str
    offer_type: str
    cost_price_per_hour: float | None
    needs_agreement: bool


class MatchesOut(Schema):
    eligible: list[CandidateOut]
    needs_agreement: list[CandidateOut]
    considered: int


class CoverOut(Schema):
    objective: str
    members: list[CandidateOut]
    uncovered_windows: list[WindowOut]
    short_windows: list[WindowOut]
    method: str
    gap: float
    candidates: int
    total_cost_per_week: float | None


class RequestSummaryOut(Schema):
    id: int
    title: str
    organisation: str
    organisation_name: str
    form: str
    is_crisis: bool
    hours_per_week: float
    starts_on: datetime.date
    ends_on: datetime.date
    place: str | None


class FitOut(EvaluationOut):
    request: RequestSummaryOut
    needs_agreement: bool


class ProposalOut(Schema):
    id: int
    request_id: int
    request_title: str
    organisation_name: str
    availability_id: int
    person_name: str
    named: bool
    person_organisation_name: str
    score: float
    hours_per_week: float
    request_hours_per_week: float
    explanation: str
    accepted_at: datetime.datetime | None


class RoundOut(Schema):
    id: int
    created_at: datetime.datetime
    status: RoundStatus
    progress: int  # per cent done
    error: str
    finished_at: datetime.datetime | None
    url: str  # where to follow the round: its page in the API
    total_score: float
    greedy_score: float
    candidate_pairs: int
    seconds: float
    method: str


class RoundDetailOut(RoundOut):
    proposals: list[ProposalOut]


def _evaluation_json(evaluation) -> dict:
    return {
        "score": evaluation.score,
        "parts": [
            {"name": p.name, "points": p.points, "value": p.value, "sentence": p.sentence}
            for p in evaluation.parts
        ],
        "summary": evaluation.summary,
        "hours_covered": evaluation.hours_covered,
        "hours_requested": evaluation.hours_requested,
        "hours_per_week": evaluation.hours_per_week,
        "covered_windows": _windows_json(timegrid.windows_of(evaluation.covered_mask)),
    }


def _windows_json(windows) -> list[dict]:
    return [serialization.window_json(window) for window in windows]


def _candidate_json(match: queries.Match) -> dict:
    """A candidate as `queries.candidates_shown_to` shows them to the viewer."""
    availability, shown = match.availability, match.shown
    organisation = availability.person.organisation
    return {
        "availability_id": availability.pk,
        "person_name": shown.name,
        "named": shown.named,
        "person": shown.profile.public_id if shown.profile else None,
        "job_title": shown.job_title,
        "organisation": organisation.slug,
        "organisation_name": organisation.name,
        "offer_type": availability.offer_type,
        "cost_price_per_hour": (
            float(availability.cost_price_per_hour)
            if availability.cost_price_per_hour is not None
            else None
        ),
        "needs_agreement": match.evaluation.needs_agreement,
        **_evaluation_json(match.evaluation),
    }


def _availability_out(availability: Availability) -> dict:
    record = serialization.availability_json(availability)
    del record["email"]
    person = availability.person
    return {**record, "person": person.public_id, "person_name": person.name}


def _round_json(matching_round: MatchingRound, *, user=None, proposals=None) -> dict:
    found = {
        name: getattr(matching_round, name)
        for name in (
            "id",
            "created_at",
            "status",
            "progress",
            "error",
            "finished_at",
            "total_score",
            "greedy_score",
            "candidate_pairs",
            "seconds",
            "method",
        )
    }
    found["url"] = f"/api/rounds/{matching_round.pk}"
    if proposals is not None:
        found["proposals"] = [
            _proposal_json(row) for row in queries.proposal_rows(user=user, proposals=proposals)
        ]
    return found


def _proposal_json(row: queries.ProposalRow) -> dict:
    proposal, shown = row.proposal, row.shown
    return {
        "id": proposal.pk,
        "request_id": proposal.request_id,
        "request_title": proposal.request.title,
        "organisation_name": proposal.request.organisation.name,
        "availability_id": proposal.availability_id,
        "person_name": shown.name,
        "named": shown.named,
        "person_organisation_name": shown.organisation_name,
        "score": proposal.score,
        "hours_per_week": proposal.hours_per_week,
        "request_hours_per_week": float(proposal.request.hours_per_week),
        "explanation": row.evaluation.summary,
        "accepted_at": proposal.accepted_at,
    }


class RecordPagination(PagePagination):
    """Pages as in network/api.py, each item turned into its record of the format."""

    def __init__(self, *, to_json, **kwargs):
        self.to_json = to_json
        super().__init__(**kwargs)

    def paginate_queryset(self, queryset, pagination, request, **params):
        page = super().paginate_queryset(queryset, pagination, request, **params)
        page["items"] = [self.to_json(item) for item in page["items"]]
        return page


# Reading the request.


def _read_only(payload, current: dict) -> None:
    """Fields the API shows but does not take: sent back unchanged they are ignored, changed
    they are refused by name."""
    errors = Errors()
    for key, value in current.items():
        if key in payload.model_fields_set and getattr(payload, key) != value:
            errors.add(key, _("This field cannot be changed here."))
    errors.raise_if_any()


def _parsed(parse, payload):
    errors = Errors()
    data = parse(payload, errors)
    errors.raise_if_any()
    return data


def _one(queryset: QuerySet, pk: int, message: str):
    found = queryset.filter(pk=pk).first() if 0 < pk <= LARGEST_ID else None
    if found is None:
        raise Http404(message)
    return found


def _visible_request(request, pk: int) -> ExchangeRequest:
    require_login(request)
    return _one(
        requests_visible_to(request.user).prefetch_related(*serialization.REQUEST_PREFETCH),
        pk,
        _("No such request, or it is not shown to you."),
    )


def _managed_request(request, pk: int) -> ExchangeRequest:
    """A request whose candidates the user may see: the desk, and the administrators of its
    organisation once the desk has admitted it."""
    exchange_request = _visible_request(request, pk)
    ensure_can_act_for(request.user, exchange_request.organisation)
    return exchange_request


def _visible_availability(request, pk: int) -> Availability:
    require_login(request)
    return _one(
        availabilities_visible_to(request.user).prefetch_related(
            *serialization.AVAILABILITY_PREFETCH
        ),
        pk,
        _("No such availability, or it is not shown to you."),
    )


def _desk_only(request) -> None:
    require_login(request)
    if not can_moderate(request.user):
        raise PermissionDenied(_("Matching rounds are for the desk."))


# Requests.


@router.get("/requests", response=list[RequestOut])
@paginate(RecordPagination, page_size=50, to_json=serialization.request_json)
def list_requests(request, status: str = ""):
    """Requests you may see: open ones, and all of your own organisation if you manage it."""
    require_login(request)
    check_choice("status", status, RequestStatus.values)
    found = requests_visible_to(request.user).prefetch_related(*serialization.REQUEST_PREFETCH)
    return found.filter(status=status) if status else found


def _organisation_for_new_request(request, payload: RequestBody):
    """The user's own organisation; the desk names one with `organisation`."""
    slug = payload.organisation
    if slug is not None:
        organisation = organisation_get(slug=slug)
        if organisation is None:
            raise ValidationError(
                {"organisation": [_("Unknown organisation “%(value)s”.") % {"value": slug}]}
            )
    else:
        person = person_of(request.user)
        if person is None:
            raise PermissionDenied(_("Only organisation administrators post requests."))
        organisation = person.organisation
    ensure_can_act_for(request.user, organisation)
    return organisation


@router.post("/requests", response={201: RequestOut})
def create_request(request, payload: RequestBody):
    """Post a request for your organisation (a draft until you open it)."""
    require_login(request)
    organisation = _organisation_for_new_request(request, payload)
    _read_only(payload, {"id": None, "status": RequestStatus.DRAFT})
    data = _parsed(serialization.request_data, payload)
    saved = services.request_save(organisation=organisation, actor=request.user, data=data)
    return Status(201, serialization.request_json(saved))


@router.get("/requests/{request_id}", response=RequestOut)
def get_request(request, request_id: int):
    return serialization.request_json(_visible_request(request, request_id))


@router.put("/requests/{request_id}", response=RequestOut)
def put_request(request, request_id: int, payload: RequestBody):
    """Replace a request's content (its status changes through /status)."""
    existing = _managed_request(request, request_id)
    _read_only(
        payload,
        {
            "id": existing.pk,
            "organisation": existing.organisation.slug,
            "status": existing.status,
        },
    )
    data = _parsed(serialization.request_data, payload)
    saved = services.request_save(
        organisation=existing.organisation, actor=request.user, data=data, request=existing
    )
    return serialization.request_json(_visible_request(request, saved.pk))


@router.post("/requests/{request_id}/status", response=RequestOut)
def set_request_status(request, request_id: int, payload: RequestStatusIn):
    """Open, fill or close a request; opening tells the people who fit it. Only an
    organisation the desk admitted opens one; its administrators may always fill or close it."""
    existing = _visible_request(request, request_id)
    if not can_manage_organisation(request.user, existing.organisation):
        raise PermissionDenied(
            _("Only this organisation's administrators and the desk may do this.")
        )
    services.request_set_status(request=existing, actor=request.user, status=payload.status)
    return serialization.request_json(_visible_request(request, existing.pk))


@router.get("/requests/{request_id}/matches", response=MatchesOut)
def request_matches(request, request_id: int, limit: int = Query(20, ge=1, le=100)):
    """The best candidates, each with the parts of their score; those whose organisations
    have not signed the agreement yet apart."""
    exchange_request = _visible_request(request, request_id)
    matches = queries.candidates_shown_to(user=request.user, request=exchange_request, limit=limit)
    return {
        "eligible": [_candidate_json(match) for match in matches.eligible],
        "needs_agreement": [_candidate_json(match) for match in matches.needs_agreement],
        "considered": matches.considered,
    }


@router.get("/requests/{request_id}/cover", response=CoverOut)
def request_cover(request, request_id: int, objective: str = "fewest"):
    """The smallest (or cheapest) group that covers every requested hour, and the hours
    nobody, or too few people, can cover."""
    exchange_request = _managed_request(request, request_id)
    check_choice("objective", objective, CoverObjective.values)
    result = queries.cover_shown_to(
        user=request.user, request=exchange_request, objective=objective
    )
    return {
        "objective": result.objective,
        "members": [_candidate_json(match) for match in result.members],
        "uncovered_windows": _windows_json(result.uncovered_windows),
        "short_windows": _windows_json(result.short_windows),
        "method": result.method,
        "gap": result.gap,
        "candidates": result.candidates,
        "total_cost_per_week": result.total_cost_per_week,
    }


# Availabilities.


@router.get("/availabilities", response=list[AvailabilityOut])
@paginate(RecordPagination, page_size=50, to_json=_availability_out)
def list_availabilities(request, status: str = ""):
    """Your own availability; an organisation's administrators also see their people's."""
    require_login(request)
    check_choice("status", status, AvailabilityStatus.values)
    found = (
        availabilities_visible_to(request.user)
        .prefetch_related(*serialization.AVAILABILITY_PREFETCH)
        .order_by("-valid_from", "-pk")
    )
    return found.filter(status=status) if status else found


@router.post("/availabilities", response={201: AvailabilityOut})
def create_availability(request, payload: AvailabilityBody):
    """Offer time; your organisation approves it and sets the cost price."""
    person = own_person(
        request, refusal=PermissionDenied(_("Only people in the network offer availability."))
    )
    _read_only(
        payload,
        {
            "id": None,
            "status": AvailabilityStatus.DRAFT,
            "cost_price_per_hour": None,
            "person": person.public_id,
            "person_name": person.name,
        },
    )
    data = _parsed(serialization.availability_data, payload)
    saved = services.availability_save(person=person, data=data)
    return Status(201, _availability_out(_visible_availability(request, saved.pk)))


@router.get("/availabilities/{availability_id}", response=AvailabilityOut)
def get_availability(request, availability_id: int):
    return _availability_out(_visible_availability(request, availability_id))


@router.put("/availabilities/{availability_id}", response=AvailabilityOut)
def put_availability(request, availability_id: int, payload: AvailabilityBody):
    """Change your availability; it then awaits your organisation's approval again."""
    existing = _visible_availability(request, availability_id)
    if not services.owns_availability(request.user, existing):
        raise PermissionDenied(_("Only the person themselves changes their availability."))
    current = _availability_out(existing)
    _read_only(
        payload,
        {
            key: current[key]
            for key in ("id", "status", "cost_price_per_hour", "person", "person_name")
        },
    )
    data = _parsed(serialization.availability_data, payload)
    services.availability_save(person=existing.person, data=data, availability=existing)
    return _availability_out(_visible_availability(request, existing.pk))


@router.post("/availabilities/{availability_id}/approve", response=AvailabilityOut)
def approve_availability(request, availability_id: int, payload: ApprovalIn):
    """The person's organisation approves and sets the cost price per hour."""
    existing = _visible_availability(request, availability_id)
    if not can_manage_organisation(request.user, existing.person.organisation):
        raise PermissionDenied(_("Only the person's organisation approves their availability."))
    services.availability_approve(
        availability=existing, actor=request.user, cost_price_per_hour=payload.cost_price_per_hour
    )
    return _availability_out(_visible_availability(request, existing.pk))


@router.get("/availabilities/{availability_id}/requests", response=list[FitOut])
def availability_requests(request, availability_id: int):
    """Open requests this availability fits, best first, with the parts of the score."""
    availability = _visible_availability(request, availability_id)
    return [
        {
            "request": {
                "id": fitting.pk,
                "title": fitting.title,
                "organisation": fitting.organisation.slug,
                "organisation_name": fitting.organisation.name,
                "form": fitting.form.slug,
                "is_crisis": fitting.is_crisis,
                "hours_per_week": float(fitting.hours_per_week),
                "starts_on": fitting.starts_on,
                "ends_on": fitting.ends_on,
                "place": fitting.place.label if fitting.place else None,
            },
            "needs_agreement": evaluation.needs_agreement,
            **_evaluation_json(evaluation),
        }
        for fitting, evaluation in queries.requests_for_availability(availability=availability)
    ]


# The desk's rounds.


def _round(pk: int) -> MatchingRound:
    return _one(MatchingRound.objects.all(), pk, _("No such matching round."))


def _proposals(matching_round: MatchingRound) -> QuerySet[Proposal]:
    return proposals_of(matching_round)


@router.get("/rounds", response=list[RoundOut])
@paginate(RecordPagination, page_size=50, to_json=_round_json)
def list_rounds(request):
    _desk_only(request)
    return MatchingRound.objects.all()


@router.post("/rounds", response={202: RoundOut})
def run_round(request):
    """Start a network-wide round: the best assignment of people to all open requests. It
    runs in the worker; follow `url` until `status` is `done` (or `failed`) and the round
    holds its proposals."""
    _desk_only(request)
    matching_round = services.round_queue(actor=request.user)
    matching_round.refresh_from_db()  # the immediate backend (tests) may have finished it
    return Status(202, _round_json(matching_round))


@router.get("/rounds/{round_id}", response=RoundDetailOut)
def get_round(request, round_id: int):
    _desk_only(request)
    matching_round = _round(round_id)
    return _round_json(matching_round, user=request.user, proposals=_proposals(matching_round))


@router.post("/rounds/{round_id}/proposals/{proposal_id}/accept", response=ProposalOut)
def accept_proposal(request, round_id: int, proposal_id: int):
    """Accept one proposal of a round; the person hears it."""
    _desk_only(request)
    proposal = _one(_proposals(_round(round_id)), proposal_id, _("No such proposal in this round."))
    services.proposal_accept(proposal=proposal, actor=request.user)
    (row,) = queries.proposal_rows(user=request.user, proposals=[proposal])
    return _proposal_json(row)
