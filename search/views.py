"""The site-wide search page."""

from django.template.response import TemplateResponse
from django.views.decorators.http import require_GET

from search.facets import FACET_LABELS, KIND_LABELS
from search.services import (
    SearchRequestError,
    engine_notice,
    search_request_build,
    site_search,
)
from search.types import KINDS

FILTER_PARAMETERS = tuple(FACET_LABELS)


def request_from_query(params):
    """A search request from URL parameters (shared by the page and the API)."""
    return search_request_build(
        query=params.get("q", ""),
        kind=params.get("type", ""),
        filters={name: params.get(name) for name in FILTER_PARAMETERS if params.get(name)},
        place=params.get("plaats", ""),
        radius_km=params.get("km"),
        sort=params.get("sortering", ""),
        page=params.get("pagina", 1),
    )


@require_GET
def search(request):
    """Search everything, with tabs per kind, facets, a radius around a place, and sorting."""
    errors = {}
    try:
        search_request = request_from_query(request.GET)
    except SearchRequestError as error:
        search_request, errors = error.usable_request, error.message_dict
    asked = bool(search_request.query or search_request.kind or search_request.near)
    result = site_search(request=search_request, user=request.user) if asked else None
    if result is not None:
        search_request = result.request  # a page past the end became the last page
    tabs = [("", None, sum(result.kind_counts.values()) if result else 0)] + [
        (kind, KIND_LABELS[kind], result.kind_counts.get(kind, 0) if result else 0)
        for kind in KINDS
    ]
    return TemplateResponse(
        request,
        "search/search.html",
        {
            "search_query": search_request.query,
            # What was typed stays in the box when it was refused, to be shortened there.
            "typed_query": request.GET.get("q", "") if "q" in errors else search_request.query,
            "search_request": search_request,
            "result": result,
            "engine_notice": engine_notice(result) if result else None,
            "tabs": tabs,
            "errors": errors,
            "place_value": request.GET.get("plaats", ""),
            "km_value": request.GET.get("km", "25"),
        },
        status=400 if errors else 200,
    )
