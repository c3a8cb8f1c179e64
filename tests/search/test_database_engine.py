"""The database engine (the embedded default and the fallback): Dutch word forms, small
typos in names and skills, and a page that says which engine answered. Runs on SQLite and,
in the PostgreSQL pass, on PostgreSQL (trigram similarity for the typos there)."""

import pytest

from network.choices import Visibility
from network.factories import person_with_role
from tests.helpers import page_by_slug, text_of
from vocabulary.choices import TermKind
from vocabulary.models import Term

pytestmark = pytest.mark.django_db

NOTICE = "U gebruikt de eenvoudigere ingebouwde zoekfunctie."


@pytest.fixture(autouse=True)
def _database_engine(settings):
    """No engine configured: the database answers, as on `make run`."""
    settings.OPENSEARCH_URL = ""


def _titles(client, **params) -> list[str]:
    response = client.get("/api/search", params)
    assert response.status_code == 200, response.content
    return [hit["title"] for hit in response.json()["hits"]]


def _story_text(case) -> str:
    return " ".join([case.title, case.summary, str(case.story)]).lower()


def _nurse(organisation):
    person = person_with_role(
        organisation=organisation,
        visibility=Visibility.PUBLIC,
        first_name="Wies",
        last_name="Zorgdrager",
    )
    person.job_title = "Verpleegkundige"
    person.save()
    return person


def test_the_singular_finds_cases_that_only_use_the_plural(client):
    case = page_by_slug("duaal-werkgeverschap-zorg-en-cyber")
    assert "verpleegkundigen" in _story_text(case)
    assert "verpleegkundige " not in _story_text(case)
    assert case.title in _titles(client, q="verpleegkundige", type="cases")


def test_the_plural_finds_people_whose_job_is_in_the_singular(client, org_a):
    _nurse(org_a)
    assert "Wies Zorgdrager" in _titles(client, q="verpleegkundigen", type="people")
    assert "Wies Zorgdrager" in _titles(client, q="verpleegkundige", type="people")


def test_a_small_typo_in_a_job_title_still_finds_the_people(client):
    exact = _titles(client, q="technicus", type="people")
    assert exact, "the demo network has technicians"
    assert _titles(client, q="technikus", type="people")[:3] == exact[:3]


def test_a_small_typo_in_a_name_or_a_skill_still_finds_the_person(client, org_a):
    person = person_with_role(
        organisation=org_a, visibility=Visibility.PUBLIC, first_name="Cor", last_name="Vanderwerf"
    )
    term = Term.objects.create(
        name="Windturbineonderhoud", slug="windturbineonderhoud", kind=TermKind.EXPERTISE
    )
    person.expertise.add(term)
    assert "Cor Vanderwerf" in _titles(client, q="vanderwerff", type="people")
    assert "Cor Vanderwerf" in _titles(client, q="windturbinonderhoud", type="people")
    # Short words are not guessed at: "cor" is not taken for "car" or "cok".
    assert _titles(client, q="xor vanderwerf", type="people") == []


def test_a_typo_in_a_case_title_finds_the_case(client):
    assert "De Nationale Zorgreserve" in _titles(client, q="zorgreservre")[:3]


def test_the_page_says_the_simpler_search_answered(client):
    response = client.get("/zoeken/", {"q": "zorg"})
    assert response.status_code == 200
    assert NOTICE in text_of(response)
    answer = client.get("/api/search", {"q": "zorg"}).json()
    assert answer["engine"] == "database"
    assert answer["notice"].startswith(NOTICE)
    english = client.get("/en/zoeken/", {"q": "zorg"})
    assert "You are using the simpler built-in search." in text_of(english)


def test_the_words_found_are_marked_in_any_of_their_forms(client, org_a):
    _nurse(org_a)
    hits = client.get("/api/search", {"q": "verpleegkundigen Zorgdrager", "type": "people"}).json()
    assert "<mark>Verpleegkundige</mark>" in hits["hits"][0]["snippet"]
