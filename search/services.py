"""The one search service: views and the API call it; which engine answered is its business.

OpenSearch answers when it is configured and reachable; otherwise the database does, and
the result says so (`degraded`) so the page can tell the reader.
"""

import logging

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from network.permissions import is_member
from search import engine, facets
from search.types import FACETS, KINDS, SORTS, SearchRequest, SearchResult

logger = logging.getLogger(__name__)

MAX_QUERY_LENGTH = 200
MAX_RADIUS_KM = 300


def visible_people_levels(user) -> list[str]:
    """Which profile visibilities this user may find (hidden profiles are never indexed)."""
    return ["public", "members"] if is_member(user) else ["public"]


def search_request_build(
    *,
    query: str = "",
    kind: str = "",
    filters: dict | None = None,
    place: str = "",
    radius_km=None,
    sort: str = "",
    page=1,
) -> SearchRequest:
    """Check what was asked; every problem is reported at once, per field, translated."""
    from network.selectors import place_for_label

    errors = {}
    query = " ".join(str(query).split())[:MAX_QUERY_LENGTH]
    if kind not in ("", *KINDS):
        errors["type"] = _("Unknown kind of result “%(value)s”.") % {"value": kind}
        kind = ""
    clean_filters = {}
    for name, value in (filters or {}).items():
        if not value:
            continue
        if name not in FACETS[kind] and not (kind == "" and name in facets.FACET_LABELS):
            errors[name] = _("This filter cannot be used here.")
        elif not facets.is_known(name, str(value)):
            errors[name] = _("Unknown value “%(value)s”.") % {"value": value}
        else:
            clean_filters[name] = str(value)
    near = None
    radius = None
    if place:
        near = place_for_label(label=str(place))
        if near is None:
            errors["near"] = _(
                "“%(value)s” is not a place we know. Pick a place from the list."
            ) % {"value": place}
        try:
            radius = int(radius_km or 25)
            if not 1 <= radius <= MAX_RADIUS_KM:
                raise ValueError
        except (TypeError, ValueError):
            errors["km"] = _("Give a distance between 1 and %(max)s km.") % {"max": MAX_RADIUS_KM}
    # Without words, the nearest come first near a place, and otherwise the newest.
    sort = sort or ("relevance" if query or place else "newest")
    if sort not in SORTS:
        errors["sort"] = _("Unknown order “%(value)s”.") % {"value": sort}
        sort = "relevance"
    try:
        page = max(1, int(page or 1))
    except (TypeError, ValueError):
        page = 1
    request = SearchRequest(
        query=query,
        kind=kind,
        filters=clean_filters,
        near=near if not errors.get("near") else None,
        radius_km=radius if near else None,
        sort=sort,
        page=page,
    )
    if errors:
        raise SearchRequestError(request, errors)
    return request


class SearchRequestError(ValidationError):
    """A search with some parts that cannot be used; carries the usable rest."""

    def __init__(self, request: SearchRequest, errors: dict):
        super().__init__(errors)
        self.usable_request = request


def site_search(*, request: SearchRequest, user) -> SearchResult:
    """Search the network and the knowledge base for this user."""
    from search.backends import database, opensearch

    levels = visible_people_levels(user)
    if engine.health.should_try():
        try:
            result = opensearch.search(request, people_levels=levels)
        except Exception as error:  # any engine failure: the database answers instead
            engine.health.failed(error)
        else:
            if engine.health.succeeded():
                from search.indexing import flush_pending

                flush_pending()
            return result
    result = database.search(request, people_levels=levels)
    result.degraded = engine.configured()
    return result


def autocomplete(*, prefix: str, user, limit: int = 8) -> list[dict]:
    """Suggestions for the search box: titles that start with what was typed."""
    from search.backends import database, opensearch

    prefix = " ".join(prefix.split())[:60]
    if len(prefix) < 2:
        return []
    levels = visible_people_levels(user)
    if engine.health.should_try():
        try:
            suggestions = opensearch.autocomplete(prefix, people_levels=levels, limit=limit)
        except Exception as error:
            engine.health.failed(error)
        else:
            engine.health.succeeded()
            return suggestions
    return database.autocomplete(prefix, people_levels=levels, limit=limit)
