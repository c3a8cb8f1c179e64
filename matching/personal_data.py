"""What the matching app holds about a person (registered in `MatchingConfig.ready`): the
time they offer, and where they appear in the matching as a candidate (shortlists,
agreements to be introduced, round proposals, conflicts of interest) or acted in it
(requests posted, candidates shortlisted, rounds started, proposals accepted). All of it
goes with the account: a person's records cascade, the records of what they did keep no
name (SET_NULL)."""

from core import privacy
from core.privacy import iso
from matching.models import (
    ConflictOfInterest,
    ExchangeRequest,
    Introduction,
    MatchingRound,
    Proposal,
    Shortlist,
)
from matching.serialization import availability_json


def _person(user):
    return getattr(user, "person", None)


def _availability(user) -> list[dict]:
    """The time the person offers for matching, in the import/export format."""
    person = _person(user)
    if person is None:
        return []
    return [availability_json(a) for a in person.availabilities.all()]


def _request(request: ExchangeRequest) -> dict:
    return {"title": request.title, "organisation": request.organisation.name}


def _as_candidate(user) -> dict:
    person = _person(user)
    if person is None:
        return {"shortlisted": [], "introductions": [], "proposals": [], "conflicts": []}
    mine = {"availability__person": person}
    return {
        "shortlisted": [
            {**_request(s.request), "added_at": iso(s.added_at)}
            for s in Shortlist.objects.filter(**mine).select_related("request__organisation")
        ],
        "introductions": [
            {**_request(i.request), "agreed_at": iso(i.agreed_at)}
            for i in Introduction.objects.filter(**mine).select_related("request__organisation")
        ],
        "proposals": [
            {
                **_request(p.request),
                "round": iso(p.round.created_at),
                "score": p.score,
                "hours_per_week": p.hours_per_week,
                "accepted_at": iso(p.accepted_at),
            }
            for p in Proposal.objects.filter(**mine).select_related(
                "request__organisation", "round"
            )
        ],
        "conflicts": [
            {
                "organisation": c.organisation.name,
                "other_organisation": c.other_organisation.name if c.other_organisation else None,
                "note": c.note,
            }
            for c in ConflictOfInterest.objects.filter(person=person).select_related(
                "organisation", "other_organisation"
            )
        ],
    }


def _actions(user) -> dict:
    return {
        "requests_posted": [
            _request(r)
            for r in ExchangeRequest.objects.filter(created_by=user).select_related("organisation")
        ],
        "shortlisted_by_you": [
            {**_request(s.request), "added_at": iso(s.added_at)}
            for s in Shortlist.objects.filter(added_by=user).select_related("request__organisation")
        ],
        "rounds_started": [
            iso(r.created_at) for r in MatchingRound.objects.filter(created_by=user)
        ],
        "proposals_accepted": [
            {**_request(p.request), "accepted_at": iso(p.accepted_at)}
            for p in Proposal.objects.filter(accepted_by=user).select_related(
                "request__organisation"
            )
        ],
    }


def register() -> None:
    privacy.register("availability", export=_availability, models=("matching.Availability",))
    privacy.register(
        "matching_as_candidate",
        export=_as_candidate,
        models=("matching.Shortlist", "matching.Proposal", "matching.ConflictOfInterest"),
    )
    privacy.register(
        "matching_actions",
        export=_actions,
        models=(
            "matching.ExchangeRequest",
            "matching.Shortlist",
            "matching.MatchingRound",
            "matching.Proposal",
        ),
    )
