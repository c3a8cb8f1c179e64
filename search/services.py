"""The site's search: one entry point the views call, whichever engine answers."""

from dataclasses import dataclass

from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from wagtail.models import Page
from wagtail.search.utils import parse_query_string

MAX_QUERY_LENGTH = 200
RESULTS_PER_PAGE = 10


@dataclass(frozen=True)
class PageSearch:
    """A page of search results and what was asked."""

    query: str
    results: PaginatorPage | None


def pages_search(*, query: str, page_number: str | int | None = 1) -> PageSearch:
    """Search all live, public pages; an empty query returns no results page at all."""
    query = " ".join(query.split())[:MAX_QUERY_LENGTH]
    if not query:
        return PageSearch(query="", results=None)
    # Parsing turns user input into a safe query: quoted phrases stay phrases, and stray
    # quotes or operators cannot reach the engine's own query syntax.
    _filters, parsed = parse_query_string(query, operator="and")
    matches = Page.objects.live().public().specific().search(parsed)
    return PageSearch(
        query=query, results=Paginator(matches, RESULTS_PER_PAGE).get_page(page_number)
    )
