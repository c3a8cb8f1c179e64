"""Search in the API: the same service as the search page."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from ninja import Query, Router, Schema

from search.services import SearchRequestError, autocomplete, engine_notice, site_search
from search.views import request_from_query

# The API's English parameters and the Dutch names of the search page's URL, which the API
# keeps accepting.
DUTCH_NAME = {"near": "plaats", "sort": "sortering", "page": "pagina"}
# The search request's own names for its fields, by the parameter that sets them.
PARAMETER_OF_FIELD = {
    "near": "near",
    "plaats": "near",
    "sort": "sort",
    "sortering": "sort",
    "pagina": "page",
}

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
    near: str = Query("", description="A Dutch place, as /api/places gives it."),
    km: str = "",
    sort: str = Query("", description="`relevance` (default), `newest` or `name`."),
    page: str = Query("", description="The page, from 1."),
    plaats: str = Query("", description="Dutch name of `near` (still accepted)."),
    sortering: str = Query("", description="Dutch name of `sort` (still accepted)."),
    pagina: str = Query("", description="Dutch name of `page` (still accepted)."),
):
    """Search organisations, people, cases and pages. `snippet` is HTML: escaped text with
    `<mark>` around the matches. Filters take the values the facets list. `notice` says,
    for the reader, when the simpler database search answered instead of the engine (then
    `engine` is `database`; `degraded` when the engine was down). A page past the end gives
    the last page. A parameter that cannot be used answers 400, its reason under `errors`."""
    params = {key: value for key, value in locals().items() if key != "request"}
    sent = _english_names(params)
    try:
        search_request = request_from_query(params)
    except SearchRequestError as error:
        raise _by_parameter(error, sent) from None
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


def _english_names(params: dict) -> dict[str, str]:
    """Moves each English parameter to the Dutch name the search page's URL uses (in
    place); refuses both names at once. Answers the name the client used, by field."""
    sent, both = {}, {}
    for english, dutch in DUTCH_NAME.items():
        if params[english] and params[dutch]:
            both[f"query.{dutch}"] = [
                _("Send “%(english)s” or “%(dutch)s”, not both.")
                % {"english": english, "dutch": dutch}
            ]
        sent[english] = dutch if params[dutch] else english
        params[dutch] = params.pop(english) or params[dutch]
    if both:
        raise ValidationError(both)
    params["pagina"] = params["pagina"] or "1"
    return sent


def _by_parameter(error: ValidationError, sent: dict | None = None) -> ValidationError:
    """The reasons under the names of the query parameters, as everywhere in the API (400),
    by the name the client used."""
    sent = sent or {}
    return ValidationError(
        {
            f"query.{sent.get(PARAMETER_OF_FIELD.get(field, field), field)}": messages
            for field, messages in error.message_dict.items()
        }
    )
