"""The one search service: views and the API call it; which engine answered is its business.

OpenSearch answers when it is configured and reachable; otherwise the database does, and
the result says so (`degraded`) so the page can tell the reader.
"""

import logging
from dataclasses import replace

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from core.limits import clean_page, clean_query, text_problem
from network.permissions import is_member
from search import engine, facets
from search.types import FACETS, KINDS, SORTS, SearchRequest, SearchResult
from vocabulary.selectors import place_for_label

logger = logging.getLogger(__name__)

MAX_RADIUS_KM = 300
DEFAULT_RADIUS_KM = 25
# What is typed in the search box while suggestions are asked for.
SUGGEST_MAX_LENGTH = 60


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
    """Check what was asked; every problem is reported at once, per parameter, translated.
    Nothing is cut short or guessed: a query, place or page that cannot be used is refused
    with its reason (the rest of the request stays usable, for the page to show)."""
    errors = {}
    try:
        query = clean_query(query)
    except ValidationError as error:
        errors["q"] = error.messages
        query = ""
    kind, place, sort = (
        _text_parameter(value, name, errors)
        for value, name in ((kind, "type"), (place, "plaats"), (sort, "sortering"))
    )
    if kind not in ("", *KINDS):
        errors["type"] = _("Unknown kind of result “%(value)s”.") % {"value": kind}
        kind = ""
    clean_filters = {}
    for name, value in (filters or {}).items():
        if not value:
            continue
        if text_problem(str(value), single_line=True):
            errors[name] = text_problem(str(value), single_line=True)
        elif name not in FACETS[kind] and not (kind == "" and name in facets.FACET_LABELS):
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
            radius = int(radius_km or DEFAULT_RADIUS_KM)
            if not 1 <= radius <= MAX_RADIUS_KM:
                raise ValueError
        except (TypeError, ValueError):
            errors["km"] = _("Give a distance between 1 and %(max)s km.") % {"max": MAX_RADIUS_KM}
            radius = DEFAULT_RADIUS_KM  # for the rest of the search, shown with the error
    # Without words, the nearest come first near a place, and otherwise the newest.
    sort = sort or ("relevance" if query or place else "newest")
    if sort not in SORTS:
        errors["sort"] = _("Unknown order “%(value)s”.") % {"value": sort}
        sort = "relevance"
    try:
        page = clean_page(page)
    except ValidationError as error:
        errors["pagina"] = error.messages
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


def _text_parameter(value, name: str, errors: dict) -> str:
    """A short parameter as text; one with characters that are not text is refused."""
    text = str(value or "")
    problem = text_problem(text, single_line=True)
    if problem:
        errors[name] = problem
        return ""
    return text


class SearchRequestError(ValidationError):
    """A search with some parts that cannot be used; carries the usable rest."""

    def __init__(self, request: SearchRequest, errors: dict):
        super().__init__(errors)
        self.usable_request = request


def site_search(*, request: SearchRequest, user) -> SearchResult:
    """Search the network and the knowledge base for this user. A page past the end gives
    the last page (the result's request says which page that is)."""
    result = _search(request, user)
    if request.page > result.pages:
        result = _search(replace(request, page=result.pages), user)
    return result


def engine_notice(result: SearchResult) -> str | None:
    """What the reader should know about the engine that answered: nothing when the full
    engine did; otherwise that the simpler database search answered, and what that means."""
    if result.degraded:
        return _(
            "The search engine cannot be reached right now. These results come from the "
            "database and may be less complete."
        )
    if result.engine == "database":
        return _(
            "You are using the simpler built-in search. It also finds other word forms and "
            "small typos, but no synonyms, and it ranks the results more simply than the full "
            "search engine."
        )
    return None


def _search(request: SearchRequest, user) -> SearchResult:
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
    """Suggestions for the search box: titles that start with what was typed. What cannot
    be a search (see `core.limits.clean_query`) is refused with a ValidationError."""
    from search.backends import database, opensearch

    try:
        prefix = clean_query(prefix, max_length=SUGGEST_MAX_LENGTH)
    except ValidationError as error:
        raise ValidationError({"q": error.messages}) from None
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
