"""Factories for the shared vocabulary."""

import factory
from django.utils.text import slugify

from vocabulary.choices import TermKind
from vocabulary.models import MobilityForm, Term


class TermFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Vakgebied {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.name))
    kind = TermKind.EXPERTISE

    class Meta:
        model = Term


class MobilityFormFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Vorm van mobiliteit {n}")
    slug = factory.Sequence(lambda n: f"vorm-{n}")
    description = factory.Faker("sentence", nb_words=12, locale="nl_NL")

    class Meta:
        model = MobilityForm
