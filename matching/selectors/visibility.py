"""Who may see what: the requests and availabilities each user may see, and how a
candidate is shown to whoever looks at a request's candidates (by name or by a pseudonym)."""

import base64
from dataclasses import dataclass

from django.db.models import Q, QuerySet
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext as _

from matching.choices import RequestStatus
from matching.models import Availability, ExchangeRequest, Introduction, Proposal, Shortlist
from network.choices import ACTIVE_STATUSES
from network.permissions import can_moderate, can_see_person, is_member, person_of


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


def shortlisted_ids(*, request: ExchangeRequest) -> frozenset[int]:
    """The availabilities on the request's shortlist."""
    return frozenset(
        Shortlist.objects.filter(request=request).values_list("availability_id", flat=True)
    )
