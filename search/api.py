"""Search in the API: the same service as the search page."""

from django.core.exceptions import ValidationError
from ninja import Router, Schema

from search.services import SearchRequestError, autocomplete, engine_notice, site_search
from search.views import request_from_query

# The search request's own names for what the URL calls otherwise.
PARAMETER_OF = {"near": "plaats", "sort": "sortering"}

router = Router(tags=["search"])


class HitOut(Schema):
    kind: str
    title: str
    url: str
    snippet: str
    meta: str
    distance_km: float | None


class FacetOptionOut(Schema):
    value: str
    label: str
    count: int
    selected: bool


class FacetOut(Schema):
    name: str
    label: str
    options: list[FacetOptionOut]


class SearchOut(Schema):
    engine: str
    degraded: bool
    notice: str | None
    total: int
    page: int
    pages: int
    kind_counts: dict[str, int]
    facets: list[FacetOut]
    hits: list[HitOut]


class SuggestionOut(Schema):
    title: str
    url: str
    kind: str


@router.get("/search", response=SearchOut)
def search(
    request,
    q: str = "",
    type: str = "",
    sector: str = "",
    region: str = "",
    size: str = "",
    status: str = "",
    tag: str = "",
    language: str = "",
    form: str = "",
    element: str = "",
    page_type: str = "",
    plaats: str = "",
    km: str = "",
    sortering: str = "",
    pagina: str = "1",
):
    """Search organisations, people, cases and pages. `snippet` is HTML: escaped text with
    `<mark>` around the matches. Filters take the values the facets list. `notice` says,
    for the reader, when the simpler database search answered instead of the engine (then
    `engine` is `database`; `degraded` when the engine was down). A page past the end gives
    the last page. A parameter that cannot be used answers 400, its reason under `errors`."""
    params = {key: value for key, value in locals().items() if key != "request"}
    try:
        search_request = request_from_query(params)
    except SearchRequestError as error:
        raise _by_parameter(error) from None
    result = site_search(request=search_request, user=request.user)
    return {
        "engine": result.engine,
        "degraded": result.degraded,
        "notice": engine_notice(result),
        "total": result.total,
        "page": result.request.page,
        "pages": result.pages,
        "kind_counts": result.kind_counts,
        "facets": result.facets,
        "hits": result.hits,
    }


@router.get("/search/suggestions", response=list[SuggestionOut])
def suggestions(request, q: str = ""):
    """Titles that start with what was typed, for the search box (400 when `q` cannot be a
    search)."""
    try:
        return autocomplete(prefix=q, user=request.user)
    except ValidationError as error:
        raise _by_parameter(error) from None


def _by_parameter(error: ValidationError) -> ValidationError:
    """The reasons under the names of the query parameters, as everywhere in the API (400)."""
    return ValidationError(
        {
            f"query.{PARAMETER_OF.get(field, field)}": messages
            for field, messages in error.message_dict.items()
        }
    )
