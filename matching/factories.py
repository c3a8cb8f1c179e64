"""Factories for matching."""

import factory

from matching.models import MobilityForm


class MobilityFormFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Vorm van mobiliteit {n}")
    slug = factory.Sequence(lambda n: f"vorm-{n}")
    description = factory.Faker("sentence", nb_words=12, locale="nl_NL")

    class Meta:
        model = MobilityForm
