"""The network in the API: organisations, people, places, the vocabulary and sign-ups for
sessions.

The same selectors and permission rules as the pages apply, so the API never shows more.
"""

import datetime
import uuid

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.urls import reverse
from django.utils.translation import gettext as _
from ninja import Field, Query, Router, Schema
from ninja.pagination import paginate

from core.api import JsonObject, PatchBody, check_choice, choice, own_person, require_login
from core.limits import LIST_MAX, PagePagination, QueryText
from network import consent
from network.choices import LANGUAGE_CODES, OrganisationStatus, Sector, SizeClass, Visibility
from network.models import Organisation, Person, SessionPage
from network.permissions import (
    can_manage_organisation,
    can_moderate,
    can_see_attendees,
    can_see_organisation,
)
from network.selectors import (
    organisation_get,
    organisation_list,
    people_list,
    person_get,
    session_attendance,
    session_signup_state,
)
from network.services.organisations import organisation_set_status, organisation_update
from network.services.people import person_update
from network.services.privacy import person_export
from network.services.sessions import registration_cancel, registration_create
from vocabulary.choices import Region, TermKind
from vocabulary.models import Place, Term
from vocabulary.selectors import place_for_label, places_matching, terms

router = Router(tags=["network"])


class Named(Schema):
    slug: str
    name: str


class OrganisationOut(Schema):
    slug: str
    name: str
    sector: str
    size_class: str
    region: str
    place: str | None
    latitude: float | None
    longitude: float | None
    website: str
    description: str
    status: str
    agreement_signed_on: datetime.date | None
    can_exchange: bool
    offers: list[Named]
    needs: list[Named]
    url: str

    @staticmethod
    def resolve_place(obj):
        return obj.place.label if obj.place else None

    @staticmethod
    def resolve_latitude(obj):
        return obj.place.latitude if obj.place else None

    @staticmethod
    def resolve_longitude(obj):
        return obj.place.longitude if obj.place else None

    @staticmethod
    def resolve_offers(obj):
        return list(obj.offers.all())

    @staticmethod
    def resolve_needs(obj):
        return list(obj.needs.all())

    @staticmethod
    def resolve_url(obj):
        return reverse("network:organisation", args=[obj.slug])


class PersonOut(Schema):
    id: uuid.UUID
    name: str
    organisation: Named
    job_title: str
    bio: str
    languages: list[str]
    expertise: list[Named]
    qualifications: list[Named]
    url: str

    @staticmethod
    def resolve_id(obj):
        return obj.public_id

    @staticmethod
    def resolve_expertise(obj):
        return list(obj.expertise.all())

    @staticmethod
    def resolve_qualifications(obj):
        return list(obj.qualifications.all())

    @staticmethod
    def resolve_url(obj):
        return reverse("network:person", args=[obj.public_id])


class OwnProfileOut(PersonOut):
    email: str
    visibility: str

    @staticmethod
    def resolve_email(obj):
        return obj.user.email


def _text(model, name: str):
    """An optional text field of a PATCH body, as long as the model's field allows."""
    return Field(None, max_length=model._meta.get_field(name).max_length)


def _slugs():
    return Field(None, max_length=LIST_MAX)


class OrganisationPatch(PatchBody):
    name: str = _text(Organisation, "name")
    sector: choice(Sector.values) = None
    size_class: choice(SizeClass.values) = None
    region: choice(Region.values) = None
    place: str = _text(Place, "label")
    website: str = _text(Organisation, "website")
    description: str = _text(Organisation, "description")
    offers: list[str] = _slugs()
    needs: list[str] = _slugs()


class StatusIn(JsonObject):
    status: choice(OrganisationStatus.values)
    agreement_signed_on: datetime.date | None = None


class ProfilePatch(PatchBody):
    first_name: str = _text(get_user_model(), "first_name")
    last_name: str = _text(get_user_model(), "last_name")
    job_title: str = _text(Person, "job_title")
    bio: str = _text(Person, "bio")
    languages: list[choice(sorted(LANGUAGE_CODES))] = _slugs()
    visibility: choice(Visibility.values) = None
    consent: bool = Field(
        None,
        description=(
            "Required, as `true`, when `visibility` changes to `public` or `members`. It "
            "records the same consent as the profile form, with its wording: “"
            + consent.LISTING_WORDING % {"audience": "<audience>"}
            + "”, where <audience> is “"
            + consent.AUDIENCES[Visibility.PUBLIC]
            + "” (public) or “"
            + consent.AUDIENCES[Visibility.MEMBERS]
            + "” (members). Without it the change is refused (400, `errors.consent`)."
        ),
    )
    expertise: list[str] = _slugs()
    qualifications: list[str] = _slugs()


class DirectoryFilters(Schema):
    q: QueryText = ""
    sector: str = ""
    region: str = ""
    size: str = ""
    status: str = ""
    tag: str = ""


class PlaceOut(Schema):
    label: str
    name: str
    region: str
    latitude: float
    longitude: float


class TermOut(Schema):
    slug: str
    name: str
    kind: str
    related: list[str]


def _validated(filters: DirectoryFilters) -> dict:
    check_choice("sector", filters.sector, Sector.values)
    check_choice("region", filters.region, Region.values)
    check_choice("size", filters.size, SizeClass.values)
    check_choice("status", filters.status, OrganisationStatus.values)
    if filters.tag and not Term.objects.filter(slug=filters.tag).exists():
        raise ValidationError({"tag": [_("Unknown term “%(value)s”.") % {"value": filters.tag}]})
    return {key: value for key, value in filters.dict().items() if value}


def _terms(field: str, slugs: list[str], kind: str | None = None) -> list[Term]:
    found = {term.slug: term for term in terms(kind=kind).filter(slug__in=slugs)}
    unknown = [slug for slug in slugs if slug not in found]
    if unknown:
        raise ValidationError(
            {field: [_("Unknown term “%(value)s”.") % {"value": slug} for slug in unknown]}
        )
    return [found[slug] for slug in slugs]


def _organisation_for(request, slug: str) -> Organisation:
    organisation = organisation_get(slug=slug)
    if organisation is None or not can_see_organisation(request.user, organisation):
        raise Http404(_("No such organisation in the network."))
    return organisation


@router.get("/organisations", response=list[OrganisationOut])
@paginate(PagePagination, page_size=50)
def list_organisations(request, filters: Query[DirectoryFilters]):
    """Organisations in the network, filtered like the directory."""
    return organisation_list(user=request.user, **_validated(filters))


@router.get("/organisations/{slug}", response=OrganisationOut)
def get_organisation(request, slug: str):
    return _organisation_for(request, slug)


@router.patch("/organisations/{slug}", response=OrganisationOut)
def patch_organisation(request, slug: str, payload: OrganisationPatch):
    """Change an organisation's profile: its own administrators and the desk only."""
    require_login(request)
    organisation = _organisation_for(request, slug)
    if not can_manage_organisation(request.user, organisation):
        raise PermissionDenied(
            _("Only this organisation's administrators and the desk may do this.")
        )
    changes = payload.dict(exclude_unset=True)
    fields = {
        key: value
        for key, value in changes.items()
        if key in ("name", "sector", "size_class", "region", "website", "description")
    }
    if "place" in changes:
        place = place_for_label(label=changes["place"]) if changes["place"] else None
        if changes["place"] and place is None:
            raise ValidationError({"place": [_("Unknown place; pick one from /api/places.")]})
        fields["place"] = place
    offers = (
        _terms("offers", changes["offers"]) if "offers" in changes else organisation.offers.all()
    )
    needs = _terms("needs", changes["needs"]) if "needs" in changes else organisation.needs.all()
    organisation_update(
        organisation=organisation,
        actor=request.user,
        fields=fields,
        offers=list(offers),
        needs=list(needs),
    )
    return organisation_get(slug=organisation.slug)


@router.post("/organisations/{slug}/status", response=OrganisationOut)
def set_organisation_status(request, slug: str, payload: StatusIn):
    """The desk sets an organisation's network status (logged with who did it)."""
    require_login(request)
    organisation = _organisation_for(request, slug)
    if not can_moderate(request.user):
        raise PermissionDenied(_("Only the desk may change an organisation's network status."))
    organisation_set_status(
        organisation=organisation,
        actor=request.user,
        status=payload.status,
        agreement_signed_on=payload.agreement_signed_on,
    )
    return organisation_get(slug=slug)


@router.get("/people", response=list[PersonOut])
@paginate(PagePagination, page_size=50)
def list_people(request, filters: Query[DirectoryFilters]):
    """People whose profile this request may see."""
    return people_list(user=request.user, **_validated(filters))


@router.get("/people/{uuid:public_id}", response=PersonOut)
def get_person(request, public_id: uuid.UUID):
    person = person_get(user=request.user, public_id=public_id)
    if person is None:
        raise Http404(_("No such profile, or it is not shown to you."))
    return person


def _own_person(request) -> Person:
    return own_person(request, refusal=Http404(_("Your account has no profile in the network.")))


@router.get("/me", response=OwnProfileOut)
def get_me(request):
    """Your own profile, including who may see it."""
    return _own_person(request)


@router.patch("/me", response=OwnProfileOut)
def patch_me(request, payload: ProfilePatch):
    """Change your own profile. Showing it to a new audience (`visibility` `public` or
    `members`) needs `consent: true`, recorded with the same wording as the profile form."""
    person = _own_person(request)
    changes = payload.dict(exclude_unset=True)
    user = person.user
    person_update(
        person=person,
        first_name=changes.get("first_name", user.first_name),
        last_name=changes.get("last_name", user.last_name),
        job_title=changes.get("job_title", person.job_title),
        bio=changes.get("bio", person.bio),
        languages=changes.get("languages", person.languages),
        visibility=changes.get("visibility", person.visibility),
        listing_consent=changes.get("consent") is True,
        expertise=(
            _terms("expertise", changes["expertise"], TermKind.EXPERTISE)
            if "expertise" in changes
            else list(person.expertise.all())
        ),
        qualifications=(
            _terms("qualifications", changes["qualifications"], TermKind.QUALIFICATION)
            if "qualifications" in changes
            else list(person.qualifications.all())
        ),
    )
    return Person.objects.select_related("user", "organisation").get(pk=person.pk)


@router.get("/me/export")
def export_me(request):
    """Everything the platform holds about you (the same as the download on your page)."""
    require_login(request)
    return person_export(user=request.user)


@router.get("/places", response=list[PlaceOut], auth=None)
def list_places(request, q: QueryText = ""):
    """Dutch places for a place picker: names starting with q, largest first."""
    return list(places_matching(q=q))


@router.get("/vocabulary", response=list[TermOut], auth=None)
def list_vocabulary(request, kind: str = ""):
    """The shared vocabulary of expertise and qualifications."""
    check_choice("kind", kind, TermKind.values)
    return [
        {
            "slug": term.slug,
            "name": term.name,
            "kind": term.kind,
            "related": [related.slug for related in term.related.all()],
        }
        for term in terms(kind=kind or None).prefetch_related("related")
    ]


# Sign-ups for sessions.


class RegistrationIn(JsonObject):
    """Signing up takes no fields; the body may be left out or sent as {}."""


class RegistrationOut(Schema):
    session: int
    status: str | None
    waiting_position: int | None
    places_left: int | None
    open: bool


class AttendeeOut(Schema):
    name: str | None
    organisation: str
    sector: str
    signed_up_at: datetime.datetime

    @staticmethod
    def resolve_name(obj):
        return obj.name or None


class CountOut(Schema):
    name: str
    count: int


class AttendanceOut(Schema):
    attendees: list[AttendeeOut]
    waiting: list[AttendeeOut]
    per_sector: list[CountOut]
    per_organisation: list[CountOut]

    @staticmethod
    def resolve_per_sector(obj):
        return [{"name": name, "count": count} for name, count in obj.per_sector]

    @staticmethod
    def resolve_per_organisation(obj):
        return [{"name": name, "count": count} for name, count in obj.per_organisation]


def _session_for(session_id: int) -> SessionPage:
    session = SessionPage.objects.live().public().filter(pk=session_id).first()
    if session is None:
        raise Http404(_("No such session."))
    return session


def _registration_out(session, user) -> dict:
    state = session_signup_state(session=session, user=user)
    return {
        "session": session.pk,
        "status": state.status,
        "waiting_position": state.waiting_position,
        "places_left": state.places_left,
        "open": state.open,
    }


@router.post("/sessions/{session_id}/registration", response=RegistrationOut)
def register_for_session(request, session_id: int, payload: RegistrationIn | None = None):
    """Sign up for an upcoming session (members only); when it is full, the answer's status
    is `waiting` with the place on the waiting list."""
    require_login(request)
    session = _session_for(session_id)
    registration_create(session=session, user=request.user)
    return _registration_out(session, request.user)


@router.delete("/sessions/{session_id}/registration", response=RegistrationOut)
def cancel_session_registration(request, session_id: int):
    """Cancel your sign-up; the first on the waiting list moves up."""
    require_login(request)
    session = _session_for(session_id)
    registration_cancel(session=session, user=request.user)
    return _registration_out(session, request.user)


@router.get("/sessions/{session_id}/attendees", response=AttendanceOut)
def list_session_attendees(request, session_id: int):
    """Who comes, for the session's facilitators, the desk and the host's administrators;
    `name` is null where the profile is not shown to you."""
    require_login(request)
    session = _session_for(session_id)
    if not can_see_attendees(request.user, session):
        raise PermissionDenied(
            _("Only the session's facilitators, the desk and the host see who comes.")
        )
    return session_attendance(session=session, viewer=request.user)
