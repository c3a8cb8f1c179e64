"""Factories for organisations and sessions."""

import datetime

import factory
import wagtail_factories
from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.text import slugify

from network.choices import OrganisationStatus, Sector, Visibility
from network.models import (
    Organisation,
    RegistrationStatus,
    SessionIndexPage,
    SessionPage,
    SessionRegistration,
)
from network.services.people import person_create, roles_grant
from vocabulary.choices import Region


class OrganisationFactory(factory.django.DjangoModelFactory):
    name = factory.Faker("company", locale="nl_NL")
    slug = factory.LazyAttributeSequence(lambda o, n: f"{slugify(o.name)}-{n}")
    sector = factory.Iterator(Sector.values)
    region = factory.Iterator(Region.values)
    status = OrganisationStatus.JOINED
    description = factory.Faker("sentence", nb_words=16, locale="nl_NL")

    class Meta:
        model = Organisation


class SessionIndexPageFactory(wagtail_factories.PageFactory):
    title = "Bijeenkomsten"
    summary = factory.Faker("sentence", nb_words=12, locale="nl_NL")

    class Meta:
        model = SessionIndexPage


class SessionPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Netwerkbijeenkomst {n}")
    summary = factory.Faker("sentence", nb_words=14, locale="nl_NL")
    start = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=30))
    end = factory.LazyAttribute(lambda o: o.start + datetime.timedelta(hours=2))
    city = factory.Faker("city", locale="nl_NL")

    class Meta:
        model = SessionPage


class UserFactory(factory.django.DjangoModelFactory):
    first_name = factory.Faker("first_name", locale="nl_NL")
    last_name = factory.Faker("last_name", locale="nl_NL")
    email = factory.Sequence(lambda n: f"persoon{n}@example.org")
    password = factory.django.Password("secret-password")

    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True


def person_with_role(*, organisation, roles=(), visibility=Visibility.MEMBERS, **user_fields):
    """A user with a profile in the organisation and the given role groups, as services
    create them (consent on record, membership from the organisation's status)."""
    user = UserFactory(**user_fields)
    person = person_create(user=user, organisation=organisation, visibility=visibility)
    roles_grant(user=user, names=list(roles))
    return person


class SessionRegistrationFactory(factory.django.DjangoModelFactory):
    """A sign-up made as a row (the demo); tests sign up through pages and the API."""

    session = factory.SubFactory(SessionPageFactory)
    status = RegistrationStatus.REGISTERED

    class Meta:
        model = SessionRegistration

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        registration = model_class(*args, **kwargs)
        registration.full_clean()
        registration.save()
        return registration
