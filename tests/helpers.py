"""Small helpers shared by the tests."""

from wagtail.models import Page


def page_by_slug(slug: str) -> Page:
    """The live page with this slug, as its specific type."""
    return Page.objects.live().get(slug=slug).specific


def text_of(response) -> str:
    return response.content.decode()
