"""Matching's slow work, run by the worker (`manage.py db_worker`): thin over the services.
Tasks take ids, not objects: their arguments are stored as JSON until the worker runs them."""

from django_tasks import task

# matching.services enqueues these tasks: both modules are imported whole, never by name.
from matching import services
from matching.models import ExchangeRequest, MatchingRound


@task()
def round_execute(*, round_id: int) -> None:
    """Compute a round the desk queued (`services.round_queue`)."""
    matching_round = MatchingRound.objects.filter(pk=round_id).first()
    if matching_round is not None:
        services.round_execute(matching_round=matching_round)


@task()
def request_notify_fitting_people(*, request_id: int) -> None:
    """Tell the people who fit a request that has just opened."""
    request = ExchangeRequest.objects.filter(pk=request_id).first()
    if request is not None:
        services.request_notify_fitting_people(request=request)
