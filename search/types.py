"""What a search asks and what it answers: the same for every engine."""

from dataclasses import dataclass, field

KINDS = ("organisations", "people", "cases", "pages")
SORTS = ("relevance", "newest", "name")
PER_PAGE = 10
# Results that can be paged to: the engine's result window (OpenSearch's default
# max_result_window); nobody pages further, and a deeper page would be refused by the engine.
MAX_RESULTS = 10_000

# Which facets each kind offers; "all" offers the kinds themselves.
FACETS = {
    "organisations": ("sector", "region", "size", "status", "tag"),
    "people": ("sector", "region", "size", "status", "tag", "language"),
    "cases": ("sector", "region", "form", "tag", "element"),
    "pages": ("page_type",),
    "": (),
}


@dataclass(frozen=True)
class SearchRequest:
    """A search: words, a kind (empty: everything), facet filters, a place and radius."""

    query: str = ""
    kind: str = ""
    filters: dict = field(default_factory=dict)
    near: object = None  # a network.Place
    radius_km: int | None = None
    sort: str = "relevance"
    page: int = 1


@dataclass(frozen=True)
class Hit:
    kind: str
    title: str
    url: str
    snippet: str  # safe HTML: escaped text with <mark> around matches
    meta: str = ""
    distance_km: float | None = None


@dataclass(frozen=True)
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool


@dataclass(frozen=True)
class Facet:
    name: str
    label: str
    options: list[FacetOption]


@dataclass
class SearchResult:
    request: SearchRequest
    engine: str
    total: int
    hits: list[Hit]
    kind_counts: dict[str, int]
    facets: list[Facet]
    degraded: bool = False  # the engine was down and the database answered

    @property
    def pages(self) -> int:
        """How many pages can be shown (at most MAX_RESULTS results' worth)."""
        return max(1, -(-min(self.total, MAX_RESULTS) // PER_PAGE))
