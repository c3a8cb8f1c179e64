"""Scenarios for matching tests, built through the services as users build them.

The test database holds the demo content (about 200 availabilities and 8 requests). Test
requests made with `ask` require a qualification only test offers hold
(`test-certificaat`), so demo offers never enter their results.
"""

import datetime
from decimal import Decimal

from django.utils import timezone

from matching import services, timegrid
from matching.choices import RequestStatus
from network import roles
from network.choices import OrganisationStatus
from network.factories import OrganisationFactory, person_with_role
from vocabulary.choices import TermKind
from vocabulary.models import MobilityForm, Place, Term


def today() -> datetime.date:
    return timezone.localdate()


def days(n: int) -> datetime.date:
    return today() + datetime.timedelta(days=n)


def window(day: int, start: str, end: str) -> timegrid.Window:
    return timegrid.Window(day, datetime.time.fromisoformat(start), _end(end))


def _end(value: str) -> datetime.time:
    return datetime.time(0, 0) if value == "24:00" else datetime.time.fromisoformat(value)


def place(name: str) -> Place:
    return Place.objects.filter(name=name).order_by("-population").first()


def organisation(name: str, *, signed: bool = True, sector: str = "logistics", town="Utrecht"):
    return OrganisationFactory(
        name=name,
        slug=name.lower().replace(" ", "-"),
        sector=sector,
        status=OrganisationStatus.AGREEMENT_SIGNED if signed else OrganisationStatus.JOINED,
        agreement_signed_on=days(-100) if signed else None,
        place=place(town),
    )


def qualification(slug: str = "test-certificaat") -> Term:
    term, _created = Term.objects.get_or_create(
        slug=slug, defaults={"name": slug.replace("-", " ").title(), "kind": TermKind.QUALIFICATION}
    )
    return term


def form(slug: str = "collegiaal-uitlenen") -> MobilityForm:
    return MobilityForm.objects.get(slug=slug)


def person(org, first_name="Test", last_name="Persoon", **kwargs):
    return person_with_role(organisation=org, first_name=first_name, last_name=last_name, **kwargs)


def admin(org, first_name="Org", last_name="Beheerder"):
    return person_with_role(
        organisation=org,
        roles=[roles.ORGANISATION_ADMINS],
        first_name=first_name,
        last_name=last_name,
    ).user


def offer(who, windows=None, *, approve=True, cost="50", **fields):
    """An availability of this person (approved by default, at this cost price)."""
    data = {
        "valid_from": today(),
        "valid_until": days(120),
        "max_hours_per_week": Decimal("16"),
        "contract_hours_per_week": Decimal("24"),
        "windows": windows or [window(2, "08:00", "16:00")],
        "place": who.organisation.place,
        "travel_radius_km": 50,
        "qualifications": [(qualification(), None)],
    }
    data.update(fields)
    availability = services.availability_save(person=who, data=services.AvailabilityData(**data))
    if approve:
        services.availability_mark_approved(
            availability=availability, approved_by=None, cost_price_per_hour=Decimal(cost)
        )
    return availability


def ask(org, windows=None, *, status=RequestStatus.OPEN, **fields):
    """A request of this organisation (open by default, without notifying anyone), requiring
    the test qualification so that only test offers can match it."""
    data = {
        "title": "Testvraag",
        "form": form(),
        "hours_per_week": Decimal("8"),
        "starts_on": days(7),
        "ends_on": days(60),
        "windows": windows or [window(2, "08:00", "16:00")],
        "place": org.place,
        "required": [qualification()],
    }
    data.update(fields)
    request = services.request_write(
        organisation=org, created_by=None, data=services.RequestData(**data)
    )
    if status != request.status:
        request.status = status
        request.save(update_fields=["status"])
    return request


def ids_of(matches) -> set[int]:
    return {match.availability.pk for match in matches}
