"""The engine stops in the middle of a test: the site still answers and still saves, and the
missed updates reach the index when the engine is back."""

import subprocess
from pathlib import Path

import pytest

from search import engine, indexing
from search.models import PendingIndexUpdate
from tests.helpers import text_of

pytestmark = [pytest.mark.django_db(transaction=False), pytest.mark.search]

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "opensearch.sh"


def _script(command: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        ["bash", str(SCRIPT), command], capture_output=True, text=True, timeout=300
    )


@pytest.fixture
def managed_engine(settings):
    """The engine must be the project's own node, so this test may stop and start it."""
    if (
        _script("status").returncode != 0
        or _script("url").stdout.strip() != settings.OPENSEARCH_URL
    ):
        from tests.conftest import _missing_service

        _missing_service("this test stops and starts the node of scripts/opensearch.sh")
    settings.SEARCH_INDEX_UPDATES = True
    settings.OPENSEARCH_INDEX_PREFIX = f"{settings.OPENSEARCH_INDEX_PREFIX}_outage"
    engine.health.down_since = None
    indexing.rebuild_all()
    yield
    if _script("status").returncode != 0:
        _script("start")
    engine.health.down_since = None
    indexing.delete_indexes()


def _organisation_titles(client, query):
    return [
        hit["title"]
        for hit in client.get("/api/search", {"q": query, "type": "organisations"}).json()["hits"]
    ]


def test_search_falls_back_while_the_engine_is_down_and_catches_up_when_it_returns(
    client, managed_engine, org_a, admin_a, django_capture_on_commit_callbacks
):
    indexing.update("organisations", [org_a.pk])
    engine.client().indices.refresh(index=engine.alias("organisations"))
    assert client.get("/api/search", {"q": "zorg"}).json()["engine"] == "opensearch"

    assert _script("stop").returncode == 0
    page = client.get("/zoeken/", {"q": "reservist"})
    assert page.status_code == 200
    assert "De zoekmachine is op dit moment niet bereikbaar" in text_of(page)
    assert "De Nationale Zorgreserve" in text_of(page)

    client.force_login(admin_a)
    with django_capture_on_commit_callbacks(execute=True):
        saved = client.post(
            "/netwerk/organisaties/alfa-techniek/bewerken/",
            {
                "name": "Alfa Techniek",
                "sector": "industry_technology",
                "size_class": "small",
                "region": "noord-brabant",
                "description": "Specialist in windturbineonderhoud.",
            },
        )
    assert saved.status_code == 302
    assert PendingIndexUpdate.objects.filter(kind="organisations", object_id=str(org_a.pk)).exists()

    assert _script("start").returncode == 0
    assert engine.health.down_since is not None  # the site noticed the outage
    engine.health.down_since -= engine.RETRY_AFTER_SECONDS  # and the retry pause has passed
    assert client.get("/api/search", {"q": "zorg"}).json()["engine"] == "opensearch"
    assert not PendingIndexUpdate.objects.exists()  # the missed update was applied
    engine.client().indices.refresh(index=engine.alias("organisations"))
    assert "Alfa Techniek" in _organisation_titles(client, "windturbineonderhoud")
