"""The lists the pages and the API show: open requests, rounds and a round's proposals, and
the people to tell about them."""

from django.contrib.auth import get_user_model
from django.db.models import Count, QuerySet
from django.utils import timezone

from matching.choices import RequestStatus
from matching.models import ExchangeRequest, MatchingRound, Proposal, Shortlist
from network import roles
from network.choices import ACTIVE_STATUSES


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


ROUNDS_LISTED = 20


def rounds_listed() -> QuerySet[MatchingRound]:
    """The latest rounds, newest first, each with its number of proposals."""
    return MatchingRound.objects.annotate(proposal_count=Count("proposals"))[:ROUNDS_LISTED]


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


def shortlist_of(request: ExchangeRequest) -> QuerySet[Shortlist]:
    """The request's shortlist with the people on it."""
    return request.shortlist.select_related(
        "availability__person__user", "availability__person__organisation"
    ).order_by("added_at")


def accepted_proposals_of(request: ExchangeRequest) -> QuerySet[Proposal]:
    """The proposals for the request that the desk accepted in its rounds."""
    return (
        Proposal.objects.filter(request=request, accepted_at__isnull=False)
        .select_related("availability__person__user", "availability__person__organisation")
        .order_by("accepted_at")
    )
