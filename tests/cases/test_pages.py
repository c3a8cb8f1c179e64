"""The case index with its filters, and the case page."""

import re

import pytest

from demo import content_network
from tests.helpers import page_by_slug, text_of

pytestmark = pytest.mark.django_db

INDEX = "/praktijkvoorbeelden/"
ALL_CASES = {case["title"] for case in content_network.CASES}


def _in_sector(case: dict, sector: str) -> bool:
    slugs = {o["slug"] for o in content_network.ORGANISATIONS if o["sector"] == sector}
    return any(item["org"] in slugs for item in case["organisations"])


def _listed_titles(html: str) -> set[str]:
    return set(re.findall(r'<h3 class="card__title"><a href="[^"]+">([^<]+)</a></h3>', html))


def _unescape(titles):
    return {t.replace("&#x27;", "'").replace("&amp;", "&") for t in titles}


def test_index_lists_every_case_with_its_count(client):
    html = text_of(client.get(INDEX))
    assert _unescape(_listed_titles(html)) == ALL_CASES
    assert f"{len(ALL_CASES)} praktijkvoorbeelden" in html


def test_index_runs_the_same_number_of_queries_whatever_the_number_of_cases(client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(INDEX)
    with CaptureQueriesContext(connection) as all_cases:
        client.get(INDEX)
    with CaptureQueriesContext(connection) as one_case:
        response = client.get(INDEX, {"form": "hybride-functie"})
    assert len(_listed_titles(text_of(response))) == 1
    assert len(all_cases) == len(one_case)


@pytest.mark.parametrize(
    ("parameter", "value", "matches"),
    [
        (
            "sector",
            "healthcare",
            lambda case: _in_sector(case, "healthcare"),
        ),
        ("form", "hybride-functie", lambda case: "hybride-functie" in case["forms"]),
        ("tag", None, None),
    ],
)
def test_index_filters_narrow_the_list(client, parameter, value, matches):
    if parameter == "tag":
        tag = content_network.CASES[0]["tags"][0]
        value = tag.replace(" ", "-")
        matches = lambda case: tag in case["tags"]  # noqa: E731
    expected = {case["title"] for case in content_network.CASES if matches(case)}
    assert expected and expected != ALL_CASES
    html = text_of(client.get(INDEX, {parameter: value}))
    assert _unescape(_listed_titles(html)) == expected


def test_index_filters_by_action_plate_element(client):
    element = page_by_slug("centraal-loket")
    expected = {c["title"] for c in content_network.CASES if "centraal-loket" in c["elements"]}
    html = text_of(client.get(INDEX, {"element": element.pk}))
    assert _unescape(_listed_titles(html)) == expected


def test_sector_and_form_filters_together_list_the_cases_matching_both(client):
    html = text_of(client.get(INDEX, {"sector": "defence", "form": "hybride-functie"}))
    expected = {
        c["title"]
        for c in content_network.CASES
        if "hybride-functie" in c["forms"] and _in_sector(c, "defence")
    }
    assert _unescape(_listed_titles(html)) == expected


def test_unknown_filter_value_is_reported_and_ignored(client):
    response = client.get(INDEX, {"sector": "ruimtevaart", "form": "hybride-functie"})
    html = text_of(response)
    assert response.status_code == 400  # refused with the reason; the page still shows
    assert "Sommige filters konden niet worden gebruikt" in html
    assert "ruimtevaart" in html  # Django's message names the value
    # The valid filter still applies, the invalid one does not empty the list.
    expected = {c["title"] for c in content_network.CASES if "hybride-functie" in c["forms"]}
    assert _unescape(_listed_titles(html)) == expected


def test_out_of_range_page_number_shows_the_last_page(client):
    response = client.get(INDEX, {"pagina": "999"})
    assert response.status_code == 200
    assert _listed_titles(text_of(response))


def test_case_page_shows_all_structured_fields(client):
    data = next(c for c in content_network.CASES if c["slug"] == "hybride-docenten-brainport")
    html = text_of(client.get(page_by_slug(data["slug"]).url))
    assert data["title"] in html
    assert "4–8 uur" in html
    assert "Hybride functie" in html
    assert "Noord-Brabant" in html
    assert "Wat het opleverde" in html
    assert "Obstakels en hoe ze zijn opgelost" in html
    assert len(re.findall(r'<li class="obstacle">', html)) == len(data["obstacles"])
    for tag in data["tags"]:
        assert tag in html
    assert "(leent medewerkers uit)" in html or "(leent medewerkers in)" in html
    for slug in data["elements"]:
        assert page_by_slug(slug).url in html
