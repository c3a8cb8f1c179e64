"""Reads for the network: the directory of organisations and people, sessions, invitations.

Visibility is applied here, in the query, so that lists, profile pages and the API can never
show a profile to someone the person did not allow.
"""

from django.db.models import Exists, OuterRef, Prefetch, Q, QuerySet
from django.utils import timezone

from network.choices import ACTIVE_STATUSES, Visibility
from network.models import Invitation, Organisation, Person, SessionIndexPage, SessionPage
from network.permissions import can_moderate, is_member, person_of
from vocabulary.models import Term


def _sessions(*, index=None) -> QuerySet[SessionPage]:
    sessions = SessionPage.objects.live().public().select_related("host")
    if index is not None:
        sessions = sessions.child_of(index)
    return sessions


def sessions_upcoming(*, index=None, limit: int | None = None) -> QuerySet[SessionPage]:
    """Sessions that have not ended yet, soonest first."""
    sessions = _sessions(index=index).filter(end__gte=timezone.now()).order_by("start")
    return sessions[:limit] if limit else sessions


def sessions_past(*, index=None, limit: int | None = None) -> QuerySet[SessionPage]:
    """Sessions that have ended, most recent first."""
    sessions = _sessions(index=index).filter(end__lt=timezone.now()).order_by("-start")
    return sessions[:limit] if limit else sessions


def session_index_within(*, root) -> SessionIndexPage | None:
    """The first live session index below this page (normally the home page)."""
    return SessionIndexPage.objects.live().public().descendant_of(root).order_by("path").first()


def organisation_get(*, slug: str) -> Organisation | None:
    """The organisation with this slug, if any (visibility is the caller's to check)."""
    return (
        Organisation.objects.select_related("place")
        .prefetch_related("offers", "needs")
        .filter(slug=slug)
        .first()
    )


def organisations_visible_to(user) -> QuerySet[Organisation]:
    """Organisations in the network; the desk also sees pending and declined ones, and an
    administrator their own."""
    organisations = Organisation.objects.all()
    if can_moderate(user):
        return organisations
    condition = Q(status__in=ACTIVE_STATUSES)
    person = person_of(user)
    if person is not None and user.has_perm("network.manage_own_organisation"):
        condition |= Q(pk=person.organisation_id)
    return organisations.filter(condition)


def organisation_list(
    *,
    user,
    q: str = "",
    sector: str = "",
    region: str = "",
    size: str = "",
    status: str = "",
    tag: str = "",
) -> QuerySet[Organisation]:
    """The organisation directory, filtered."""
    organisations = organisations_visible_to(user).select_related("place")
    if q:
        organisations = organisations.filter(Q(name__icontains=q) | Q(description__icontains=q))
    if sector:
        organisations = organisations.filter(sector=sector)
    if region:
        organisations = organisations.filter(region=region)
    if size:
        organisations = organisations.filter(size_class=size)
    if status:
        organisations = organisations.filter(status=status)
    if tag:
        organisations = organisations.filter(Q(offers__slug=tag) | Q(needs__slug=tag))
    return organisations.prefetch_related("offers", "needs").distinct().order_by("name")


def people_visible_to(user) -> QuerySet[Person]:
    """Profiles this user may see: the person's choice, plus themselves, their
    organisation's administrators and the desk."""
    people = Person.objects.all()
    if can_moderate(user):
        return people
    condition = Q(
        visibility=Visibility.PUBLIC,
        organisation__status__in=ACTIVE_STATUSES,
        user__is_active=True,
    )
    if is_member(user):
        condition |= Q(
            visibility=Visibility.MEMBERS,
            organisation__status__in=ACTIVE_STATUSES,
            user__is_active=True,
        )
    person = person_of(user)
    if person is not None:
        condition |= Q(pk=person.pk)
        if user.has_perm("network.manage_own_organisation"):
            condition |= Q(organisation_id=person.organisation_id)
    return people.filter(condition)


def _terms_of(through, word: str) -> QuerySet:
    """The person's rows of a term relation whose term's name contains the word."""
    return through.objects.filter(
        person_id=OuterRef("pk"), term_id__in=Term.objects.filter(name__icontains=word)
    )


def people_list(
    *,
    user,
    q: str = "",
    sector: str = "",
    region: str = "",
    size: str = "",
    status: str = "",
    tag: str = "",
    organisation: Organisation | None = None,
) -> QuerySet[Person]:
    """The people directory, filtered; sector, region, size and status are the organisation's."""
    people = people_visible_to(user)
    if organisation is not None:
        people = people.filter(organisation=organisation)
    if q:
        # Terms through subqueries: a join per word on two many-to-many relations would
        # multiply the rows with every word (8 words took a minute on PostgreSQL).
        for word in q.split():
            people = people.filter(
                Q(user__first_name__icontains=word)
                | Q(user__last_name__icontains=word)
                | Q(job_title__icontains=word)
                | Exists(_terms_of(Person.expertise.through, word))
                | Exists(_terms_of(Person.qualifications.through, word))
            )
    if sector:
        people = people.filter(organisation__sector=sector)
    if region:
        people = people.filter(organisation__region=region)
    if size:
        people = people.filter(organisation__size_class=size)
    if status:
        people = people.filter(organisation__status=status)
    if tag:
        people = people.filter(Q(expertise__slug=tag) | Q(qualifications__slug=tag))
    return (
        people.select_related("user", "organisation")
        .prefetch_related(
            Prefetch("expertise", queryset=Term.objects.order_by("name")),
            Prefetch("qualifications", queryset=Term.objects.order_by("name")),
        )
        .distinct()
        .order_by("user__last_name", "user__first_name", "pk")
    )


def person_get(*, user, public_id) -> Person | None:
    """A profile by its public id, only when this user may see it."""
    return people_list(user=user).filter(public_id=public_id).first()


def invitations_open(*, organisation) -> QuerySet[Invitation]:
    """The organisation's invitations that are neither accepted nor expired."""
    return Invitation.objects.filter(
        organisation=organisation, accepted_at=None, expires_at__gt=timezone.now()
    )
