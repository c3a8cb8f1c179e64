"""The search box finds pages by words from their body, across all page types."""

import pytest

from tests.helpers import page_by_slug, text_of

pytestmark = pytest.mark.django_db


def test_search_box_finds_a_case_by_a_word_from_its_story(client):
    case = page_by_slug("hybride-docenten-brainport")
    story_word = "nakijken"
    assert story_word in str(case.story).lower()  # the word only occurs in the body
    assert story_word not in (case.title + case.summary).lower()
    html = text_of(client.get("/zoeken/", {"q": story_word}))
    assert f'href="{case.url}"' in html
    assert "Praktijkvoorbeeld" in html  # results say what kind of page they are


def test_search_finds_elements_route_maps_and_sessions(client):
    html = text_of(client.get("/zoeken/", {"q": "loket"}))
    assert 'href="/actieplaat/matching/centraal-loket/"' in html
    html = text_of(client.get("/zoeken/", {"q": "Chain Logistics"}))
    assert 'href="/bijeenkomsten/expertgroep-bijeenkomst-4/"' in html


def test_empty_search_shows_the_form_without_results(client):
    response = client.get("/zoeken/", {"q": "   "})
    html = text_of(response)
    assert response.status_code == 200
    assert 'id="search-page-q"' in html
    assert "resulta" not in html


def test_search_without_matches_says_so(client):
    html = text_of(client.get("/zoeken/", {"q": "xylofoonwinkel"}))
    assert "0 resultaten" in html
    assert "Niets gevonden" in html


def test_overlong_or_odd_queries_do_not_break_search(client):
    for query in ["a" * 5000, '"unbalanced', "AND OR NOT", "*", "()", "zorg' OR 1=1 --"]:
        assert client.get("/zoeken/", {"q": query}).status_code == 200


def test_search_header_box_is_labelled_on_every_page(client):
    html = text_of(client.get("/praktijkvoorbeelden/"))
    assert '<label for="site-search-q"' in html
    assert 'role="search"' in html
