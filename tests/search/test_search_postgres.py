"""On PostgreSQL, page search understands Dutch word forms."""

import pytest

from tests.helpers import page_by_slug, text_of

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


def test_singular_finds_a_case_that_only_uses_the_plural(client):
    case = page_by_slug("hybride-docenten-brainport")
    text = (case.title + case.summary + str(case.story)).lower()
    assert "techneuten" in text
    assert " techneut " not in text and "techneut." not in text
    html = text_of(client.get("/zoeken/", {"q": "techneut"}))
    assert f'href="{case.url}"' in html


def test_the_suite_really_runs_on_postgresql():
    from django.db import connection

    assert connection.vendor == "postgresql"
