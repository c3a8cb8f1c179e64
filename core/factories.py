"""Factories for core pages, used by tests and the demo loader."""

import factory
import wagtail_factories

from core.models import HomePage, StandardPage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Breder Belang"
    slug = "home"
    hero_title = factory.Faker("sentence", nb_words=5, locale="nl_NL")
    summary = factory.Faker("sentence", nb_words=14, locale="nl_NL")

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Pagina {n}")
    summary = factory.Faker("sentence", nb_words=14, locale="nl_NL")

    class Meta:
        model = StandardPage
