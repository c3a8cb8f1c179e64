"""Factories for organisations and sessions."""

import datetime

import factory
import wagtail_factories
from django.utils import timezone
from django.utils.text import slugify

from network.choices import Region, Sector
from network.models import Organisation, SessionIndexPage, SessionPage


class OrganisationFactory(factory.django.DjangoModelFactory):
    name = factory.Faker("company", locale="nl_NL")
    slug = factory.LazyAttributeSequence(lambda o, n: f"{slugify(o.name)}-{n}")
    sector = factory.Iterator(Sector.values)
    region = factory.Iterator(Region.values)
    place = factory.Faker("city", locale="nl_NL")
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
