"""Small helpers shared by the tests."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page


def page_by_slug(slug: str) -> Page:
    """The live page with this slug, as its specific type."""
    return Page.objects.live().get(slug=slug).specific


def text_of(response) -> str:
    return response.content.decode()


def queries_of(client, url: str, params: dict | None = None) -> int:
    """How many database queries one successful GET of this page runs."""
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, params or {})
    assert response.status_code == 200, url
    return len(captured)
