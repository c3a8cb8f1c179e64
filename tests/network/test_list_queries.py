"""List pages of the network run the same number of queries for three times as many items:
the organisation directory, the people directory and the sessions."""

import pytest

from network.factories import OrganisationFactory, SessionPageFactory, person_with_role
from tests.helpers import page_by_slug, queries_of, text_of
from vocabulary.models import Place, Term

pytestmark = pytest.mark.django_db


def _organisations(start: int, count: int) -> None:
    terms = list(Term.objects.all()[:2])
    places = list(Place.objects.order_by("-population")[start : start + count])
    for number, place in zip(range(start, start + count), places, strict=True):
        organisation = OrganisationFactory(
            name=f"Telbedrijf {number}", slug=f"telbedrijf-{number}", place=place
        )
        organisation.offers.set(terms)
        organisation.needs.set(terms)


def _people(start: int, count: int) -> None:
    terms = list(Term.objects.all()[:3])
    for number in range(start, start + count):
        organisation = OrganisationFactory(name=f"Werkgever {number}", slug=f"werkgever-{number}")
        person = person_with_role(
            organisation=organisation, first_name="Tess", last_name=f"Telmans{number}"
        )
        person.expertise.set(terms)


def test_organisation_directory_runs_the_same_queries_for_three_times_as_many(client, member):
    client.force_login(member)
    _organisations(0, 3)
    client.get("/netwerk/organisaties/", {"q": "Telbedrijf"})  # warm caches
    few = queries_of(client, "/netwerk/organisaties/", {"q": "Telbedrijf"})
    _organisations(3, 6)
    html = text_of(client.get("/netwerk/organisaties/", {"q": "Telbedrijf"}))
    assert html.count('class="card organisation-card"') == 9
    assert queries_of(client, "/netwerk/organisaties/", {"q": "Telbedrijf"}) == few


def test_people_directory_runs_the_same_queries_for_three_times_as_many(client, member):
    client.force_login(member)
    _people(0, 3)
    client.get("/netwerk/mensen/", {"q": "Telmans"})  # warm caches
    few = queries_of(client, "/netwerk/mensen/", {"q": "Telmans"})
    _people(3, 6)
    html = text_of(client.get("/netwerk/mensen/", {"q": "Telmans"}))
    assert html.count('class="card person-card"') == 9
    assert queries_of(client, "/netwerk/mensen/", {"q": "Telmans"}) == few


def test_session_index_runs_the_same_queries_for_three_times_as_many_sessions(client):
    index = page_by_slug("bijeenkomsten")
    client.get(index.url)  # warm caches such as the site root paths
    before = queries_of(client, index.url)
    for number in range(3):
        SessionPageFactory(parent=index, title=f"Telsessie {number}", slug=f"telsessie-{number}")
    few = queries_of(client, index.url)
    for number in range(3, 9):
        SessionPageFactory(parent=index, title=f"Telsessie {number}", slug=f"telsessie-{number}")
    assert text_of(client.get(index.url)).count("Telsessie") >= 9
    assert queries_of(client, index.url) == few == before
