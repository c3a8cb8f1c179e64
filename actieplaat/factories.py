"""Factories for the action plate, route maps and guides."""

import factory
import wagtail_factories

from actieplaat.choices import ThemeColour
from actieplaat.models import ActieplaatPage, ElementPage, GuidePage, RoutekaartPage, ThemePage


class ActieplaatPageFactory(wagtail_factories.PageFactory):
    title = "Actieplaat"
    summary = factory.Faker("sentence", nb_words=12, locale="nl_NL")

    class Meta:
        model = ActieplaatPage


class ThemePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Thema {n}")
    summary = factory.Faker("sentence", nb_words=12, locale="nl_NL")
    colour = factory.Iterator(ThemeColour.values)

    class Meta:
        model = ThemePage


class ElementPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Element {n}")
    summary = factory.Faker("sentence", nb_words=10, locale="nl_NL")

    class Meta:
        model = ElementPage


class RoutekaartPageFactory(wagtail_factories.PageFactory):
    title = "Routekaart"
    summary = factory.Faker("sentence", nb_words=12, locale="nl_NL")
    steps = factory.LazyFunction(
        lambda: [
            {
                "type": "step",
                "value": {
                    "title": "Verkennen",
                    "summary": "",
                    "lending": [],
                    "borrowing": [],
                    "both": [],
                    "checklist": ["Contactpersonen benoemd"],
                },
            }
        ]
    )

    class Meta:
        model = RoutekaartPage


class GuidePageFactory(wagtail_factories.PageFactory):
    title = "Handreiking"
    summary = factory.Faker("sentence", nb_words=12, locale="nl_NL")
    body = factory.LazyFunction(
        lambda: [{"type": "heading", "value": {"text": "Waarom", "level": "h2"}}]
    )

    class Meta:
        model = GuidePage
