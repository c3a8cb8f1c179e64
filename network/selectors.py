"""Reads for the network: the directory of organisations and people, sessions, invitations.

Visibility is applied here, in the query, so that lists, profile pages and the API can never
show a profile to someone the person did not allow.
"""

from collections import Counter
from dataclasses import dataclass

from django.db.models import Exists, OuterRef, Prefetch, Q, QuerySet
from django.utils import timezone

from network.choices import ACTIVE_STATUSES, Sector, Visibility
from network.models import (
    Invitation,
    Organisation,
    Person,
    RegistrationStatus,
    SessionIndexPage,
    SessionPage,
    SessionRegistration,
)
from network.permissions import can_moderate, can_see_person, is_member, person_of
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


@dataclass(frozen=True)
class SignupState:
    """What the session page shows about signing up, for this visitor."""

    open: bool  # sign-up is open and the session has not started
    capacity: int | None
    places_left: int | None  # None: no limit
    status: str | None  # the visitor's active registration, if any
    waiting_position: int | None  # 1 for the first on the waiting list


def _registrations(session) -> QuerySet[SessionRegistration]:
    return SessionRegistration.objects.filter(session=session)


def session_signup_state(*, session, user) -> SignupState:
    """Places left, and the visitor's own sign-up and place on the waiting list."""
    registered = _registrations(session).filter(status=RegistrationStatus.REGISTERED).count()
    places_left = None if session.capacity is None else max(session.capacity - registered, 0)
    status = position = None
    person = person_of(user)
    if person is not None:
        own = (
            _registrations(session)
            .filter(person=person)
            .exclude(status=RegistrationStatus.CANCELLED)
            .first()
        )
        if own is not None:
            status = own.status
            if own.status == RegistrationStatus.WAITING:
                position = (
                    _registrations(session)
                    .filter(status=RegistrationStatus.WAITING)
                    .filter(
                        Q(created_at__lt=own.created_at)
                        | Q(created_at=own.created_at, pk__lt=own.pk)
                    )
                    .count()
                    + 1
                )
    return SignupState(
        open=session.registration_open and session.start > timezone.now(),
        capacity=session.capacity,
        places_left=places_left,
        status=status,
        waiting_position=position,
    )


@dataclass(frozen=True)
class Attendee:
    """One row of the attendee list; `name` is empty when the profile is not shown to the
    viewer."""

    name: str
    organisation: str
    sector: str
    status: str
    signed_up_at: object


@dataclass(frozen=True)
class Attendance:
    """Who comes to a session, the waiting list, and the counts per sector and organisation."""

    attendees: list[Attendee]
    waiting: list[Attendee]
    per_sector: list[tuple[str, int]]
    per_organisation: list[tuple[str, int]]


def session_attendance(*, session, viewer) -> Attendance:
    """The session's attendees and waiting list, names as far as each profile allows the
    viewer (`can_see_person`); a fixed number of queries whatever the number of people."""
    rows = list(
        _registrations(session)
        .exclude(status=RegistrationStatus.CANCELLED)
        .select_related("person__user", "person__organisation")
        .order_by("created_at", "pk")
    )
    sectors = dict(Sector.choices)

    def attendee(row) -> Attendee:
        person = row.person
        visible = can_see_person(viewer, person)
        return Attendee(
            name=person.user.get_full_name() if visible else "",
            organisation=person.organisation.name,
            sector=str(sectors.get(person.organisation.sector, person.organisation.sector)),
            status=row.status,
            signed_up_at=row.created_at,
        )

    everyone = [attendee(row) for row in rows]
    attendees = [a for a in everyone if a.status == RegistrationStatus.REGISTERED]
    waiting = [a for a in everyone if a.status == RegistrationStatus.WAITING]
    per_sector = Counter(a.sector for a in attendees)
    per_organisation = Counter(a.organisation for a in attendees)
    return Attendance(
        attendees=attendees,
        waiting=waiting,
        per_sector=sorted(per_sector.items(), key=lambda item: (-item[1], item[0])),
        per_organisation=sorted(per_organisation.items(), key=lambda item: (-item[1], item[0])),
    )


def registrations_of(*, person) -> QuerySet[SessionRegistration]:
    """A person's sign-ups, with their sessions."""
    return SessionRegistration.objects.filter(person=person).select_related("session")
