"""What cannot be a search is refused with its reason, never a server error: on the page
(the form with its error, 400) and in the API (400 naming the parameter), on whichever
database and engine this pass runs."""

import pytest

from core.limits import PAGE_MAX, QUERY_MAX_LENGTH, QUERY_MAX_WORDS
from tests.helpers import text_of

pytestmark = pytest.mark.django_db

NOT_TEXT = "De tekst bevat tekens die niet zijn toegestaan"


def _raw_get(client, path: str, query_string: str):
    """A request with a query string as an attacker sends it, bytes and all."""
    return client.generic("GET", path, QUERY_STRING=query_string)


@pytest.mark.parametrize(
    ("params", "parameter"),
    [
        ({"q": "zorg\x00"}, "q"),
        ({"q": "zorg", "type": "cases", "sector": "zorg\x00"}, "sector"),
        ({"q": "zorg", "plaats": "Ud\x00en"}, "plaats"),
        ({"q": "zorg", "type": "\x00"}, "type"),
        ({"q": "zorg", "sortering": "\x00"}, "sortering"),
    ],
)
def test_a_nul_byte_is_refused_with_its_reason(client, params, parameter):
    page = client.get("/zoeken/", params)
    assert page.status_code == 400
    assert NOT_TEXT in text_of(page)
    api = client.get("/api/search", params)
    assert api.status_code == 400
    assert NOT_TEXT in api.json()["errors"][f"query.{parameter}"][0]


def test_a_nul_byte_alone_is_refused_by_the_api(client):
    response = _raw_get(client, "/api/search", "q=%00")
    assert response.status_code == 400
    assert "query.q" in response.json()["errors"]


def test_broken_utf8_and_lone_surrogates_do_not_break_search(client):
    for query_string in ("q=%ED%A0%80", "q=zorg%ED%B0%80", "q=%FF%FE"):
        assert _raw_get(client, "/zoeken/", query_string).status_code in (200, 400)
        assert _raw_get(client, "/api/search", query_string).status_code in (200, 400)
        suggestions = _raw_get(client, "/api/search/suggestions", query_string)
        assert suggestions.status_code in (200, 400)


def test_a_query_that_is_too_long_is_refused_not_cut_short(client):
    typed = "zorg " + "a" * QUERY_MAX_LENGTH
    page = client.get("/zoeken/", {"q": typed})
    html = text_of(page)
    assert page.status_code == 400
    assert f"Gebruik hoogstens {QUERY_MAX_LENGTH} tekens." in html
    # The form keeps what was typed, marked as wrong, so it can be shortened there.
    assert f'value="{typed}"' in html
    assert 'aria-invalid="true" aria-describedby="search-page-q-error"' in html
    api = client.get("/api/search", {"q": typed})
    assert api.status_code == 400
    assert api.json()["errors"]["query.q"] == [f"Gebruik hoogstens {QUERY_MAX_LENGTH} tekens."]


def test_a_query_with_too_many_words_is_refused(client):
    response = client.get("/api/search", {"q": " ".join(["zorg"] * (QUERY_MAX_WORDS + 1))})
    assert response.status_code == 400
    assert response.json()["errors"]["query.q"] == [f"Gebruik hoogstens {QUERY_MAX_WORDS} woorden."]


def test_a_page_number_that_no_list_has_is_refused(client):
    for value in ("1152921504606846977", str(PAGE_MAX + 1), "0", "-1", "abc", "2.5"):
        page = client.get("/zoeken/", {"q": "zorg", "pagina": value})
        assert page.status_code == 400, value
        assert f"Geef een paginanummer van 1 tot en met {PAGE_MAX}." in text_of(page)
        api = client.get("/api/search", {"q": "zorg", "pagina": value})
        assert api.status_code == 400
        assert "query.pagina" in api.json()["errors"]


def test_a_page_past_the_end_shows_the_last_page(client):
    last = client.get("/api/search", {"q": "zorg"}).json()["pages"]
    answer = client.get("/api/search", {"q": "zorg", "pagina": PAGE_MAX}).json()
    assert answer["page"] == answer["pages"] == last
    assert answer["hits"]
    assert answer["degraded"] is False  # the engine, if any, was not upset by the request
    page = client.get("/zoeken/", {"q": "zorg", "pagina": PAGE_MAX})
    assert page.status_code == 200
    assert f"Pagina {last} van {last}" in text_of(page)


def test_a_distance_that_is_not_a_number_is_refused(client):
    page = client.get("/zoeken/", {"plaats": "Uden", "km": "abc"})
    assert page.status_code == 400
    assert "Geef een afstand tussen 1 en 300 km." in text_of(page)
    api = client.get("/api/search", {"plaats": "Uden", "km": "abc"})
    assert api.status_code == 400
    assert "query.km" in api.json()["errors"]


def test_suggestions_refuse_what_cannot_be_a_search(client):
    for value in ("zo\x00rg", "z" * 61):
        response = client.get("/api/search/suggestions", {"q": value})
        assert response.status_code == 400
        assert "query.q" in response.json()["errors"]
