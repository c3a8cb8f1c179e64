"""Editors create and publish every page type through the Wagtail admin, as a person would."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from actieplaat.models import (
    ActieplaatPage,
    ElementPage,
    GuidePage,
    RoutekaartPage,
    ThemePage,
)
from cases.models import CaseIndexPage, CasePage
from core.models import HomePage, StandardPage
from network.models import Organisation, SessionIndexPage, SessionPage
from tests.helpers import page_by_slug, text_of
from vocabulary.models import MobilityForm

pytestmark = pytest.mark.django_db


def listblock(values):
    """Form data for a ListBlock, in the shape Wagtail's admin posts it."""
    data = {"count": len(values)}
    for index, value in enumerate(values):
        data[index] = {"value": value, "deleted": "", "order": index, "id": ""}
    return data


def _create(client, parent, model, data, *, extra=None):
    post = nested_form_data(data)
    post.update(extra or {})
    post["action-publish"] = "action-publish"
    url = reverse(
        "wagtailadmin_pages:add", args=[model._meta.app_label, model._meta.model_name, parent.pk]
    )
    return client.post(url, post)


def _assert_published(client, model, slug, *texts):
    page = model.objects.get(slug=slug)
    assert page.live and not page.has_unpublished_changes
    html = text_of(client.get(page.url))
    for text in texts:
        assert text in html
    return page


HOME_SLUG = "home"


@pytest.fixture
def home():
    return HomePage.objects.get(slug=HOME_SLUG)


def test_editor_edits_and_publishes_the_home_page(admin_client, home):
    data = nested_form_data(
        {
            "title": "Breder Belang",
            "slug": HOME_SLUG,
            "summary": "Een nieuwe introductie.",
            "hero_title": "Samen sterker in de regio",
            "about": rich_text("<p>Over ons netwerk.</p>"),
            "audiences": streamfield([]),
            "figures": streamfield([("figure", {"value": "12", "label": "regio's", "source": ""})]),
            "body": streamfield([]),
        }
    )
    data["action-publish"] = "action-publish"
    response = admin_client.post(reverse("wagtailadmin_pages:edit", args=[home.pk]), data)
    assert response.status_code == 302, response.content[:2000]
    html = text_of(admin_client.get("/"))
    assert "Samen sterker in de regio" in html
    assert "regio&#x27;s" in html or "regio's" in html


def test_editor_creates_a_standard_page(admin_client, home):
    _create(
        admin_client,
        home,
        StandardPage,
        {
            "title": "Veelgestelde vragen",
            "slug": "veelgestelde-vragen",
            "summary": "Antwoorden op vragen van nieuwe leden.",
            "body": streamfield([("paragraph", rich_text("<p>Hoe sluit ik aan?</p>"))]),
        },
    )
    _assert_published(admin_client, StandardPage, "veelgestelde-vragen", "Hoe sluit ik aan?")


def test_editor_builds_a_plate_with_a_theme_and_an_element(admin_client, home):
    _create(
        admin_client,
        home,
        ActieplaatPage,
        {
            "title": "Regionale plaat",
            "slug": "regionale-plaat",
            "summary": "",
            "body": streamfield([]),
        },
    )
    plate = _assert_published(admin_client, ActieplaatPage, "regionale-plaat", "Regionale plaat")
    _create(
        admin_client,
        plate,
        ThemePage,
        {
            "title": "Verbinden",
            "slug": "verbinden",
            "summary": "",
            "question": "Hoe vinden we elkaar?",
            "colour": "blue",
            "intro": rich_text("<p>Over verbinden.</p>"),
        },
    )
    theme = _assert_published(admin_client, ThemePage, "verbinden", "Hoe vinden we elkaar?")
    _create(
        admin_client,
        theme,
        ElementPage,
        {
            "title": "Samen roosteren",
            "slug": "samen-roosteren",
            "summary": "Roosters op elkaar afstemmen.",
            "explanation": streamfield([("paragraph", rich_text("<p>Roosters delen.</p>"))]),
            "questions": streamfield([("question", "Wie maakt het rooster?")]),
            "tips": streamfield([("tip", "Begin met een vaste dag.")]),
        },
    )
    _assert_published(admin_client, ElementPage, "samen-roosteren", "Wie maakt het rooster?", "1.1")
    plate_html = text_of(admin_client.get(plate.url))
    assert "Samen roosteren" in plate_html and "theme--blue" in plate_html


def test_editor_creates_a_route_map(admin_client, home):
    step = {
        "title": "Kennismaken",
        "summary": "Leer elkaar kennen.",
        "lending": listblock([{"topic": "backfill", "question": "Wie doet het werk?"}]),
        "borrowing": listblock([{"topic": "onboarding", "question": "Wie werkt in?"}]),
        "both": listblock([]),
        "checklist": listblock(["Kennismaking gepland"]),
    }
    _create(
        admin_client,
        home,
        RoutekaartPage,
        {
            "title": "Routekaart hybride functie",
            "slug": "routekaart-hybride-functie",
            "summary": "",
            "intro": rich_text("<p>Stap voor stap.</p>"),
            "steps": streamfield([("step", step)]),
        },
    )
    _assert_published(
        admin_client,
        RoutekaartPage,
        "routekaart-hybride-functie",
        "Wie doet het werk?",
        "Kennismaking gepland",
    )


def test_editor_creates_a_guide(admin_client, home):
    _create(
        admin_client,
        home,
        GuidePage,
        {
            "title": "Handreiking voor het mkb",
            "slug": "handreiking-mkb",
            "summary": "",
            "body": streamfield(
                [
                    ("heading", {"text": "Klein beginnen", "level": "h2"}),
                    ("paragraph", rich_text("<p>Met een collega.</p>")),
                    ("questions", {"title": "", "questions": listblock(["Wie begint?"])}),
                ]
            ),
        },
    )
    _assert_published(admin_client, GuidePage, "handreiking-mkb", 'href="#klein-beginnen"')


def test_editor_creates_a_case_index_and_a_case(admin_client, home):
    _create(
        admin_client,
        home,
        CaseIndexPage,
        {
            "title": "Regiovoorbeelden",
            "slug": "regiovoorbeelden",
            "summary": "",
            "body": streamfield([]),
        },
    )
    index = _assert_published(admin_client, CaseIndexPage, "regiovoorbeelden", "Regiovoorbeelden")
    organisation = Organisation.objects.get(slug="chain-logistics")
    form = MobilityForm.objects.get(slug="collegiaal-uitlenen")
    element = page_by_slug("elkaar-leren-kennen")
    response = _create(
        admin_client,
        index,
        CasePage,
        {
            "title": "Pieken opvangen in de haven",
            "slug": "pieken-haven",
            "summary": "Twee bedrijven delen chauffeurs.",
            "region": "zuid-holland",
            "hours_per_week_min": "8",
            "hours_per_week_max": "16",
            "duration": "short",
            "duration_note": "zes weken",
            "story": streamfield(
                [("paragraph", rich_text("<p>Het begon met een telefoontje.</p>"))]
            ),
            "outcomes": streamfield([("outcome", "Geen uitzendkrachten nodig")]),
            "obstacles": streamfield(
                [
                    (
                        "obstacle",
                        {"obstacle": "Verzekering onduidelijk", "solution": "Polis gecheckt"},
                    )
                ]
            ),
            "figures": streamfield([]),
            "tags": "logistiek, pieken",
            "case_organisations": inline_formset(
                [{"organisation": organisation.pk, "role": "lending"}]
            ),
        },
        extra={"mobility_forms": [form.pk], "elements": [element.pk]},
    )
    assert response.status_code == 302, response.content[-3000:]
    case = _assert_published(
        admin_client,
        CasePage,
        "pieken-haven",
        "Verzekering onduidelijk",
        "8–16",
        "Chain Logistics",
        "Collegiaal in- en uitlenen",
    )
    assert set(case.tags.names()) == {"logistiek", "pieken"}
    assert "Pieken opvangen in de haven" in text_of(admin_client.get(element.url))


def test_case_with_upper_hours_below_lower_is_refused_and_nothing_is_saved(admin_client):
    index = page_by_slug("praktijkvoorbeelden")
    response = _create(
        admin_client,
        index,
        CasePage,
        {
            "title": "Verkeerde uren",
            "slug": "verkeerde-uren",
            "summary": "",
            "region": "utrecht",
            "hours_per_week_min": "16",
            "hours_per_week_max": "8",
            "duration": "short",
            "duration_note": "",
            "story": streamfield([]),
            "outcomes": streamfield([]),
            "obstacles": streamfield([]),
            "figures": streamfield([]),
            "tags": "",
            "case_organisations": inline_formset([]),
        },
    )
    assert response.status_code == 200
    assert "Het hoogste aantal uren is lager dan het laagste." in text_of(response)
    assert not Page.objects.filter(slug="verkeerde-uren").exists()


# An upcoming session: some weeks after today.
SESSION_DAY = (timezone.localdate() + datetime.timedelta(days=60)).isoformat()


def _session_data(**overrides):
    data = {
        "title": "Bedrijfsbezoek in Uden",
        "slug": "bedrijfsbezoek-uden",
        "summary": "We kijken mee op de werkvloer.",
        "series": "Expertgroep Arbeidsmobiliteit",
        "start": f"{SESSION_DAY} 15:00",
        "end": f"{SESSION_DAY} 17:30",
        "venue": "Bedrijfshal",
        "city": "Uden",
        "description": streamfield([]),
        "agenda": streamfield(
            [("item", {"time": "15:00", "title": "Ontvangst", "description": ""})]
        ),
        "report": streamfield([]),
    }
    data.update(overrides)
    return data


def test_editor_creates_a_session_index_and_a_session(admin_client, home):
    _create(
        admin_client,
        home,
        SessionIndexPage,
        {"title": "Regiobijeenkomsten", "slug": "regiobijeenkomsten", "summary": ""},
    )
    index = _assert_published(admin_client, SessionIndexPage, "regiobijeenkomsten", "Binnenkort")
    _create(admin_client, index, SessionPage, _session_data())
    _assert_published(
        admin_client, SessionPage, "bedrijfsbezoek-uden", "Ontvangst", "15:00–17:30", "Uden"
    )


def test_session_that_ends_before_it_starts_is_refused(admin_client):
    index = page_by_slug("bijeenkomsten")
    response = _create(
        admin_client, index, SessionPage, _session_data(end=f"{SESSION_DAY} 14:00", slug="fout")
    )
    assert response.status_code == 200
    assert "Een bijeenkomst moet eindigen na het begin." in text_of(response)
    assert not Page.objects.filter(slug="fout").exists()
