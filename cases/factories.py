"""Factories for cases."""

import factory
import wagtail_factories

from cases.choices import CaseDuration
from cases.models import CaseIndexPage, CasePage
from vocabulary.choices import Region


class CaseIndexPageFactory(wagtail_factories.PageFactory):
    title = "Praktijkvoorbeelden"
    summary = factory.Faker("sentence", nb_words=12, locale="nl_NL")

    class Meta:
        model = CaseIndexPage


class CasePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Praktijkvoorbeeld {n}")
    summary = factory.Faker("sentence", nb_words=16, locale="nl_NL")
    region = factory.Iterator(Region.values)
    duration = factory.Iterator(CaseDuration.values)

    class Meta:
        model = CasePage
