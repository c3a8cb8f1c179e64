"""A small room for the live-workshop tests: a session, a plate of three elements, a
facilitator, and the action-plate workshop built from its template. Built from factories, so
transactional tests (the websocket), which may start from a flushed database, get it too."""

from dataclasses import dataclass

import pytest
from django.conf import settings
from django.contrib.auth.models import Group, Permission
from wagtail.models import Locale, Page

from actieplaat.factories import ActieplaatPageFactory, ElementPageFactory, ThemePageFactory
from network.factories import (
    OrganisationFactory,
    SessionPageFactory,
    UserFactory,
    person_with_role,
)
from network.roles import FACILITATORS, LOKET, MEMBERS, ORGANISATION_ADMINS, roles_ensure
from network.services.people import roles_grant
from vocabulary.choices import Region
from vocabulary.factories import MobilityFormFactory, TermFactory
from vocabulary.models import Place
from workshops import services
from workshops.models import Workshop


@dataclass
class Room:
    workshop: Workshop
    facilitator: object
    elements: list
    session: object


def _root() -> Page:
    # A flushed database (after a transactional test) has lost Wagtail's root and locale.
    Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(title="Root", slug="root")
    return root


@pytest.fixture
def room(db) -> Room:
    roles_ensure(group_model=Group, permission_model=Permission)
    root = _root()
    session = SessionPageFactory(parent=root, slug="werkbijeenkomst")
    plate = ActieplaatPageFactory(parent=root, slug="plaat-test")
    theme = ThemePageFactory(parent=plate)
    elements = [ElementPageFactory(parent=theme) for _ in range(3)]
    facilitator = UserFactory(email="gespreksleider@example.org")
    roles_grant(user=facilitator, names=[FACILITATORS])
    workshop = services.workshop_from_plate_template(
        session=session, title="Werkplaats actieplaat", facilitators=[facilitator], plate=plate
    )
    return Room(workshop=workshop, facilitator=facilitator, elements=elements, session=session)


def steer(room: Room, *commands) -> None:
    """The facilitator gives these commands in turn: a name, or (name, value)."""
    for command in commands:
        name, value = command if isinstance(command, tuple) else (command, None)
        services.workshop_steer(
            workshop=room.workshop, user=room.facilitator, command=name, value=value
        )
    room.workshop.refresh_from_db()


def open_step(room: Room, order: int) -> None:
    """Start the workshop, go to the step with this order and open it for input."""
    step = room.workshop.steps.get(order=order)
    steer(room, "start", ("goto", step.pk), ("input", True))


@dataclass
class Market:
    room: object
    organisation: object
    member: object  # a Person of the organisation
    admin: object  # a Person administering it
    loket: object  # a user of the desk
    place: Place
    term: object


@pytest.fixture
def market(room) -> Market:
    """A market round opened in the room, an organisation with a member and an
    administrator, the desk, a place and a skill of the vocabulary."""
    # The template's market round, the last step.
    step = room.workshop.steps.get(kind="market")
    assert not step.anonymous
    steer(room, "start", ("goto", step.pk), ("input", True))
    organisation = OrganisationFactory(name="Installatiebedrijf Noord")
    MobilityFormFactory(name="Collegiaal uitlenen", sort_order=1)
    return Market(
        room=room,
        organisation=organisation,
        member=person_with_role(
            organisation=organisation, roles=[MEMBERS], first_name="Mila", last_name="Monteur"
        ),
        admin=person_with_role(organisation=organisation, roles=[MEMBERS, ORGANISATION_ADMINS]),
        loket=person_with_role(organisation=OrganisationFactory(), roles=[LOKET]).user,
        # The places are loaded with the database (GeoNames); the test's own if not.
        place=Place.objects.filter(label="Assen").first()
        or Place.objects.create(
            geonames_id=2759794,
            name="Assen",
            label="Assen",
            region=Region.DRENTHE,
            latitude=52.99,
            longitude=6.56,
            population=68000,
        ),
        term=TermFactory(name="Lasrobotica"),
    )
