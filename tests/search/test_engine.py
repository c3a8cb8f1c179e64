"""OpenSearch for real: Dutch analysis, keeping the index true, rebuilds, Wagtail's backend."""

import pytest
from django.core.management import call_command

from network.choices import OrganisationStatus, Visibility
from network.factories import person_with_role
from search import engine, indexing
from tests.helpers import text_of

pytestmark = [pytest.mark.django_db, pytest.mark.search]


@pytest.fixture(autouse=True)
def _own_indexes(own_indexes):
    """Every test here changes documents."""


def _titles(client, **params) -> list[str]:
    return [hit["title"] for hit in client.get("/api/search", params).json()["hits"]]


def _refresh():
    engine.client().indices.refresh(
        index=f"{engine.alias('people')},{engine.alias('organisations')},{engine.alias('cases')},{engine.alias('pages')}"
    )


def test_the_engine_answers_without_a_notice(client):
    answer = client.get("/api/search", {"q": "zorg"}).json()
    assert answer["engine"] == "opensearch"
    assert answer["notice"] is None
    assert 'class="notice"' not in text_of(client.get("/zoeken/", {"q": "zorg"}))


@pytest.fixture
def coordinator(org_a):
    person = person_with_role(
        organisation=org_a,
        visibility=Visibility.PUBLIC,
        first_name="Cor",
        last_name="Vanderwerf",
    )
    person.job_title = "Coördinator werkvoorbereiding"
    person.bio = "Regelt de inzet van servicemonteurs en docenten bij partners."
    person.save()
    indexing.update("organisations", [org_a.pk])
    indexing.update("people", [person.pk])
    _refresh()
    return person


@pytest.mark.parametrize(
    ("query", "why"),
    [
        ("coordinator Vanderwerf", "ascii folding: coördinator"),
        ("docent Vanderwerf", "stemming: docenten"),
        ("technicus Vanderwerf", "synonyms: monteur / technicus"),
        ("vanderwerff", "typo tolerance"),
        ("Vanderw", "prefix (edge n-grams)"),
    ],
)
def test_dutch_analysis_finds_word_forms(client, coordinator, query, why):
    assert "Cor Vanderwerf" in _titles(client, q=query, type="people"), why


def test_suggestions_come_from_the_engine(client, coordinator):
    suggestions = client.get("/api/search/suggestions", {"q": "Vanderw"}).json()
    assert [s["title"] for s in suggestions][:1] == ["Cor Vanderwerf"]


def test_profile_changes_reach_the_index(client, coordinator, django_capture_on_commit_callbacks):
    client.force_login(coordinator.user)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            "/netwerk/mijn-profiel/",
            {
                "first_name": "Cor",
                "last_name": "Vanderwerf",
                "visibility": "hidden",
                "job_title": "x",
            },
        )
    _refresh()
    client.logout()
    assert "Cor Vanderwerf" not in _titles(client, q="Vanderwerf", type="people")


def test_an_erased_person_is_gone_from_the_index(
    client, coordinator, django_capture_on_commit_callbacks
):
    assert "Cor Vanderwerf" in _titles(client, q="Vanderwerf", type="people")
    client.force_login(coordinator.user)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/netwerk/mijn-gegevens/", {"confirm": "1", "password": "secret-password"}
        )
    assert response.status_code == 302
    _refresh()
    assert "Cor Vanderwerf" not in _titles(client, q="Vanderwerf", type="people")


def test_status_changes_reach_the_index(
    client, org_a, coordinator, loket, django_capture_on_commit_callbacks
):
    client.force_login(loket)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            "/netwerk/organisaties/alfa-techniek/status/", {"status": OrganisationStatus.DECLINED}
        )
    _refresh()
    client.logout()
    assert "Alfa Techniek" not in _titles(client, q="Alfa Techniek", type="organisations")
    assert "Cor Vanderwerf" not in _titles(client, q="Vanderwerf", type="people")


def test_publishing_and_unpublishing_a_case_reach_the_index(
    client, django_capture_on_commit_callbacks
):
    from tests.helpers import page_by_slug

    case = page_by_slug("nationale-zorgreserve")
    with django_capture_on_commit_callbacks(execute=True):
        case.title = "De Nationale Zorgreserve in Zeeuws-Vlaanderen"
        case.save_revision().publish()
    _refresh()
    assert "De Nationale Zorgreserve in Zeeuws-Vlaanderen" in _titles(client, q="Zeeuws-Vlaanderen")
    with django_capture_on_commit_callbacks(execute=True):
        case.unpublish()
    _refresh()
    assert "De Nationale Zorgreserve in Zeeuws-Vlaanderen" not in _titles(
        client, q="Zeeuws-Vlaanderen"
    )
    # Drafts are not public: a saved draft changes nothing in the index.
    draft = page_by_slug("hybride-docenten-brainport")
    with django_capture_on_commit_callbacks(execute=True):
        draft.title = "Geheim concept"
        draft.save_revision()
    _refresh()
    assert "Geheim concept" not in _titles(client, q="Geheim concept")


def test_rebuild_swaps_the_alias_and_search_keeps_answering(client):
    client_ = engine.client()
    alias = engine.alias("cases")
    before = set(client_.indices.get_alias(name=alias))
    call_command("search_rebuild", "cases", "--no-progress", verbosity=0)
    after = set(client_.indices.get_alias(name=alias))
    assert len(after) == 1 and after != before
    assert not any(client_.indices.exists(index=name) for name in before)
    assert "De Nationale Zorgreserve" in _titles(client, q="zorgreserve")


def test_wagtail_uses_the_engine_for_page_search(admin_client):
    from wagtail.search.backends import get_search_backend

    assert type(get_search_backend()).__name__ == "OpenSearch3SearchBackend"
    call_command("update_index", verbosity=0)
    response = admin_client.get("/admin/pages/search/", {"q": "zorgreserve"})
    assert response.status_code == 200
    assert "De Nationale Zorgreserve" in response.content.decode()
