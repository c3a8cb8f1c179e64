"""The site search, through the page and the API, on whichever engine this pass runs."""

import re

import pytest
from django.core import mail  # noqa: F401  (kept for symmetry with other tests)

from network.choices import Visibility
from network.factories import OrganisationFactory, person_with_role
from network.models import Organisation
from tests.helpers import page_by_slug, queries_of, text_of

pytestmark = pytest.mark.django_db


def _titles(html: str) -> list[str]:
    return re.findall(r'<h3><a href="[^"]+">([^<]+)</a></h3>', html)


def _api(client, **params):
    response = client.get("/api/search", params)
    assert response.status_code == 200, response.content
    return response.json()


def test_search_box_finds_a_case_by_a_word_from_its_story(client):
    case = page_by_slug("hybride-docenten-brainport")
    story_word = "nakijken"
    assert story_word in str(case.story).lower()  # the word only occurs in the body
    assert story_word not in (case.title + case.summary).lower()
    html = text_of(client.get("/zoeken/", {"q": story_word}))
    assert f'href="{case.url}"' in html
    assert "Praktijkvoorbeeld" in html  # results say what kind of page they are


def test_search_finds_elements_route_maps_and_sessions(client):
    html = text_of(client.get("/zoeken/", {"q": "loket", "type": "pages"}))
    assert 'href="/actieplaat/matching/centraal-loket/"' in html
    html = text_of(client.get("/zoeken/", {"q": "Chain Logistics", "type": "pages"}))
    assert 'href="/bijeenkomsten/expertgroep-bijeenkomst-4/"' in html


def test_tabs_count_each_kind_and_narrow_the_results(client):
    everything = _api(client, q="monteur")
    assert everything["kind_counts"]["people"] > 0
    assert everything["kind_counts"]["organisations"] > 0
    people = _api(client, q="monteur", type="people")
    assert people["total"] == everything["kind_counts"]["people"]
    assert {hit["kind"] for hit in people["hits"]} == {"people"}
    html = text_of(client.get("/zoeken/", {"q": "monteur", "type": "people"}))
    assert re.search(r'aria-current="page">Mensen <span class="count">\(\d+\)', html)


def test_a_sector_facet_counts_what_its_filter_returns(client):
    result = _api(client, type="organisations")
    sectors = {f["name"]: f for f in result["facets"]}["sector"]["options"]
    healthcare = next(option for option in sectors if option["value"] == "healthcare")
    assert healthcare["label"] == "Zorg"
    filtered = _api(client, type="organisations", sector="healthcare")
    assert filtered["total"] == healthcare["count"]
    expected = set(
        Organisation.objects.filter(
            sector="healthcare", status__in=["joined", "agreement_signed"]
        ).values_list("name", flat=True)
    )
    names = set()
    for page in range(1, filtered["pages"] + 1):
        names |= {
            hit["title"]
            for hit in _api(client, type="organisations", sector="healthcare", pagina=page)["hits"]
        }
    assert names == expected


def _element_options(client) -> list[dict]:
    facets = _api(client, type="cases")["facets"]
    return {facet["name"]: facet for facet in facets}["element"]["options"]


def test_element_facet_shows_the_title_an_element_was_published_with(client):
    from wagtail.models import Page

    options = _element_options(client)
    assert options, "the demo cases illustrate elements of the plate"
    first = options[0]
    number, _title = first["label"].split(" ", 1)
    page = Page.objects.get(pk=int(first["value"])).specific
    page.title = "Samen roosteren over de grens"
    page.save_revision().publish()
    labels = {option["value"]: option["label"] for option in _element_options(client)}
    assert labels[first["value"]] == f"{number} Samen roosteren over de grens"


def _tag_labels(client) -> dict[str, str]:
    facets = _api(client, type="organisations")["facets"]
    options = {facet["name"]: facet for facet in facets}["tag"]["options"]
    return {option["value"]: option["label"] for option in options}


def test_a_renamed_vocabulary_term_shows_its_new_name_in_the_facets(client):
    from vocabulary.models import Term

    term = Term.objects.filter(slug__in=list(_tag_labels(client))).first()
    assert term is not None, "the demo organisations offer expertise from the vocabulary"
    term.name = "Onderhoud aan vliegtuigen"
    term.save()
    assert _tag_labels(client)[term.slug] == "Onderhoud aan vliegtuigen"


def test_a_new_vocabulary_term_can_be_filtered_on_at_once(client):
    from vocabulary.choices import TermKind
    from vocabulary.models import Term

    response = client.get("/api/search", {"type": "organisations", "tag": "dronepiloot"})
    assert response.status_code == 400  # not a value anybody can have yet
    Term.objects.create(name="Dronepiloot", slug="dronepiloot", kind=TermKind.QUALIFICATION)
    assert _api(client, type="organisations", tag="dronepiloot")["total"] == 0


def test_radius_around_a_place(client):
    result = _api(client, type="organisations", plaats="Eindhoven", km="30")
    titles = {hit["title"] for hit in result["hits"]}
    assert "ASML" in titles  # Veldhoven, a few km away
    assert "Ministerie van Defensie" not in titles  # Den Haag
    distances = [hit["distance_km"] for hit in result["hits"]]
    assert distances == sorted(distances) and max(distances) <= 30


def test_people_are_found_only_as_far_as_they_allow(client, member, loket, org_a, own_indexes):
    person_with_role(
        organisation=org_a, visibility=Visibility.MEMBERS, first_name="Zoë", last_name="Ledenlijst"
    )
    person_with_role(
        organisation=org_a, visibility=Visibility.HIDDEN, first_name="Zeno", last_name="Schuilnaam"
    )
    from search import engine, indexing

    indexing.update("people", org_a.people.values_list("pk", flat=True))
    if engine.configured():
        engine.client().indices.refresh(index=engine.alias("people"))
    if _api(client, q="Ledenlijst", type="people")["total"]:
        pytest.fail("a members-only profile was found by an anonymous visitor")
    client.force_login(member)
    assert [h["title"] for h in _api(client, q="Ledenlijst", type="people")["hits"]] == [
        "Zoë Ledenlijst"
    ]
    for viewer in (member, loket):
        client.force_login(viewer)
        assert _api(client, q="Schuilnaam")["total"] == 0


def test_unknown_filter_values_get_a_clear_error(client):
    response = client.get("/zoeken/", {"q": "zorg", "type": "cases", "sector": "ruimtevaart"})
    assert response.status_code == 400
    assert "Onbekende waarde “ruimtevaart”." in text_of(response)
    assert _titles(text_of(response))  # the rest of the search still answers
    api = client.get("/api/search", {"type": "cases", "sector": "ruimtevaart"})
    assert api.status_code == 400 and "query.sector" in api.json()["errors"]
    far = client.get("/api/search", {"type": "people", "plaats": "Atlantis"})
    assert far.status_code == 400 and "query.plaats" in far.json()["errors"]


def test_results_sorted_by_name_come_in_pages_that_do_not_overlap(client):
    first = _api(client, type="people", sortering="name")
    second = _api(client, type="people", sortering="name", pagina=2)
    assert first["pages"] > 2
    titles = [hit["title"] for hit in first["hits"]]
    assert not set(titles) & {hit["title"] for hit in second["hits"]}
    import unicodedata

    def fold(text):
        return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()

    # The engine sorts on the whole name, the database on the family name.
    by_name = sorted(titles, key=fold)
    by_family_name = sorted(titles, key=lambda title: fold(title.split()[-1]))
    assert titles in (by_name, by_family_name)


def test_empty_search_shows_the_form_without_results(client):
    response = client.get("/zoeken/", {"q": "   "})
    html = text_of(response)
    assert response.status_code == 200
    assert 'id="search-page-q"' in html
    assert "resultat" not in html


def test_search_without_matches_says_so(client):
    html = text_of(client.get("/zoeken/", {"q": "xylofoonwinkel"}))
    assert "0 resultaten" in html
    assert "Niets gevonden" in html


def test_overlong_or_odd_queries_do_not_break_search(client):
    for query in [
        '"unbalanced',
        "AND OR NOT",
        "*",
        "()",
        "zorg' OR 1=1 --",
        "{{7*7}}",
        "<b>",
    ]:
        assert client.get("/zoeken/", {"q": query}).status_code == 200
        assert client.get("/api/search", {"q": query}).status_code == 200


def test_snippets_mark_the_words_and_escape_the_rest(client):
    hits = _api(client, q="reservist")["hits"]
    assert any("<mark>" in hit["snippet"].lower() for hit in hits)
    html = text_of(client.get("/zoeken/", {"q": "<script>alert(1)</script>"}))
    assert "<script>alert(1)</script>" not in html


def test_search_box_suggests_titles(client):
    response = client.get("/api/search/suggestions", {"q": "Chain"})
    assert response.status_code == 200
    assert response.json()[0]["title"] == "Chain Logistics"
    assert client.get("/api/search/suggestions", {"q": "x"}).json() == []


def test_search_header_box_is_labelled_and_suggests(client):
    html = text_of(client.get("/praktijkvoorbeelden/"))
    assert '<label for="site-search-q"' in html
    assert 'role="search"' in html
    assert 'list="search-suggestions"' in html


def test_unreachable_engine_falls_back_to_the_database_with_a_notice(client, settings):
    from search import engine

    settings.OPENSEARCH_URL = "http://127.0.0.1:9"  # nothing listens there
    engine.health.down_since = None
    response = client.get("/zoeken/", {"q": "reservist"})
    html = text_of(response)
    assert response.status_code == 200
    assert "De zoekmachine is op dit moment niet bereikbaar" in html
    assert "De Nationale Zorgreserve" in html
    assert client.get("/api/search", {"q": "reservist"}).json()["degraded"] is True
    engine.health.down_since = None


def test_saving_never_fails_when_the_engine_is_unreachable(
    client, settings, org_a, admin_a, django_capture_on_commit_callbacks
):
    from search import engine
    from search.models import PendingIndexUpdate

    settings.SEARCH_INDEX_UPDATES = True
    settings.OPENSEARCH_URL = "http://127.0.0.1:9"
    engine.health.down_since = None
    client.force_login(admin_a)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/netwerk/organisaties/alfa-techniek/bewerken/",
            {
                "name": "Alfa Techniek",
                "sector": "industry_technology",
                "size_class": "small",
                "region": "noord-brabant",
                "description": "Nieuwe beschrijving.",
            },
        )
    assert response.status_code == 302
    assert Organisation.objects.get(slug="alfa-techniek").description == "Nieuwe beschrijving."
    assert PendingIndexUpdate.objects.filter(kind="organisations", object_id=str(org_a.pk)).exists()
    engine.health.down_since = None


def test_the_api_takes_english_parameter_names_and_still_the_dutch_ones(client):
    dutch = _api(client, type="organisations", plaats="Eindhoven", km="30", sortering="name")
    english = _api(client, type="organisations", near="Eindhoven", km="30", sort="name")
    assert english["hits"] and english["hits"] == dutch["hits"]
    assert _api(client, type="people", page=2)["page"] == 2
    assert _api(client, type="people", pagina=2)["page"] == 2
    for name, dutch_name, bad in (("near", "plaats", "Atlantis"), ("sort", "sortering", "x")):
        refused = client.get("/api/search", {name: bad})
        assert refused.status_code == 400 and f"query.{name}" in refused.json()["errors"]
        refused = client.get("/api/search", {dutch_name: bad})
        assert f"query.{dutch_name}" in refused.json()["errors"]
    both = client.get("/api/search", {"near": "Eindhoven", "plaats": "Uden"})
    assert both.status_code == 400 and "query.plaats" in both.json()["errors"]
    schema = client.get("/api/openapi.json").json()
    names = {p["name"] for p in schema["paths"]["/api/search"]["get"]["parameters"]}
    assert {"near", "sort", "page"} <= names


def test_search_page_runs_the_same_queries_for_three_times_as_many_results(
    client, member, own_indexes
):
    from search import engine, indexing

    def add(start, count):
        for number in range(start, start + count):
            organisation = OrganisationFactory(
                name=f"Telbureau {number}", slug=f"telbureau-{number}"
            )
            person_with_role(
                organisation=organisation, first_name="Telma", last_name=f"Telbureau{number}"
            )
            indexing.update("organisations", [organisation.pk])
            indexing.update("people", organisation.people.values_list("pk", flat=True))
        if engine.configured():
            engine.client().indices.refresh(index=engine.alias("organisations"))
            engine.client().indices.refresh(index=engine.alias("people"))

    client.force_login(member)
    add(0, 1)  # an organisation and a person: two results
    client.get("/zoeken/", {"q": "Telbureau"})  # warm caches such as the vocabulary
    few = queries_of(client, "/zoeken/", {"q": "Telbureau"})
    add(1, 2)  # six results, all on the first page
    assert len(_titles(text_of(client.get("/zoeken/", {"q": "Telbureau"})))) == 6
    assert queries_of(client, "/zoeken/", {"q": "Telbureau"}) == few
