"""Searching with OpenSearch through the DSL (Search, Q, A)."""

from django.utils.html import escape
from opensearchpy import A, Q, Search

from search import engine, facets
from search.types import (
    FACETS,
    KINDS,
    MAX_RESULTS,
    PER_PAGE,
    Facet,
    FacetOption,
    Hit,
    SearchRequest,
    SearchResult,
)

TEXT_FIELDS = ["title^4", "terms^3", "summary^2", "body"]
# Typos are looked for in the short fields: names, skills and summaries (not in long bodies,
# where fuzzy matching costs most and finds least).
FUZZY_FIELDS = ["title^4", "terms^3"]
LOCATED_KINDS = ("organisations", "people")
# Edits allowed per word: none below 5 letters, one up to 11, two from 12 (long Dutch
# compounds). The engine's default (one from 3 letters, two from 6) tries many more words,
# takes about twice as long on 100,000 profiles, and lets short words match almost anything.
FUZZINESS = "AUTO:5,12"


def _text_query(query: str, *, fuzzy: bool):
    # Every word somewhere in the document (a name in the title, a skill in the body).
    exact = Q("multi_match", query=query, fields=TEXT_FIELDS, type="cross_fields", operator="and")
    phrase = Q(
        "multi_match",
        query=query,
        fields=["title^6", "summary^2", "body"],
        type="phrase",
        slop=2,
        boost=2,
    )
    # All words in the title: what people type is very often (part of) a title.
    in_title = Q("match", title={"query": query, "operator": "and", "boost": 3})
    prefix = Q("match", **{"title.autocomplete": {"query": query, "operator": "and", "boost": 0.5}})
    clauses = [exact, phrase, in_title, prefix]
    if fuzzy:
        # Typo tolerance, word by word, without synonyms (the engine does not combine
        # fuzziness with them); a stop word matches anything rather than nothing. The first
        # two letters must be right and only long words get two edits (`FUZZINESS`): that
        # keeps the words the engine tries few.
        clauses.append(
            Q(
                "bool",
                must=[
                    Q(
                        "multi_match",
                        query=word,
                        fields=FUZZY_FIELDS,
                        fuzziness=FUZZINESS,
                        prefix_length=2,
                        max_expansions=20,
                        analyzer="dutch_text",
                        zero_terms_query="all",
                    )
                    for word in query.split()[:12]
                ],
                boost=0.6,
            )
        )
    return Q("bool", should=clauses, minimum_should_match=1)


def _visibility(people_levels: list[str]):
    """People are found only at the visibility levels this user may see."""
    return Q("bool", should=[~Q("term", kind="people"), Q("terms", visibility=people_levels)])


def _base_search(request: SearchRequest, people_levels, kinds, *, fuzzy: bool) -> Search:
    s = Search(using=engine.client(), index=[engine.alias(kind) for kind in kinds])
    filters = [_visibility(people_levels)]
    for name, value in request.filters.items():
        filters.append(Q("term", **{name: value}))
    if request.near is not None:
        filters.append(
            Q(
                "geo_distance",
                distance=f"{request.radius_km}km",
                location={"lat": request.near.latitude, "lon": request.near.longitude},
            )
        )
    query = _text_query(request.query, fuzzy=fuzzy) if request.query else Q("match_all")
    return s.query(Q("bool", must=[query], filter=filters))


def _sort(s: Search, request: SearchRequest) -> Search:
    if request.sort == "name":
        return s.sort("title.raw")
    if request.sort == "newest" or not (request.query or request.near):
        return s.sort({"date": {"order": "desc", "missing": "_last"}}, "_score")
    if request.near is not None:
        return s.sort(
            "_score",
            {
                "_geo_distance": {
                    "location": {"lat": request.near.latitude, "lon": request.near.longitude},
                    "order": "asc",
                    "unit": "km",
                }
            },
        )
    return s


def _snippet(hit: dict) -> str:
    for field in ("summary", "body", "terms"):
        fragments = hit.get("highlight", {}).get(field)
        if fragments:
            return " … ".join(fragments)
    return escape(hit["_source"].get("summary") or "")


def _kinds(request: SearchRequest) -> list[str]:
    return list(LOCATED_KINDS) if request.near is not None else list(KINDS)


def build(request: SearchRequest, *, people_levels: list[str], fuzzy: bool = False) -> Search:
    """The complete search the engine receives (the benchmark sends it straight, too)."""
    s = _base_search(request, people_levels, _kinds(request), fuzzy=fuzzy)
    if request.kind:
        s = s.post_filter("term", kind=request.kind)
    s.aggs.bucket("kinds", A("terms", field="kind", size=len(KINDS)))
    facet_names = FACETS[request.kind]
    if facet_names:
        within_kind = s.aggs.bucket("facets", A("filter", term={"kind": request.kind}))
        for name in facet_names:
            within_kind.bucket(name, A("terms", field=name, size=40))
    s = s.highlight(
        "summary", "body", "terms", fragment_size=160, number_of_fragments=1
    ).highlight_options(encoder="html", pre_tags=["<mark>"], post_tags=["</mark>"])
    s = _sort(s, request)
    s = s.source(["kind", "title", "summary", "url", "place"]).extra(track_total_hits=True)
    start = (request.page - 1) * PER_PAGE
    if start + PER_PAGE > MAX_RESULTS:
        return s[0:0]  # past what can be paged to: the counts only (the service asks again)
    return s[start : start + PER_PAGE]


def _send(request: SearchRequest, *, people_levels: list[str], fuzzy: bool = False) -> dict:
    """The engine's answer as it came: plain dictionaries are read several times faster than
    the DSL's response objects, which matters at the engine's speed."""
    body = build(request, people_levels=people_levels, fuzzy=fuzzy).to_dict()
    indexes = ",".join(engine.alias(kind) for kind in _kinds(request))
    return engine.client().search(index=indexes, body=body)


def _facets(request: SearchRequest, aggregations: dict) -> list[Facet]:
    result = []
    for name in FACETS[request.kind]:
        buckets = aggregations["facets"][name]["buckets"]
        labels = facets.labels_for(name, [bucket["key"] for bucket in buckets])
        options = [
            FacetOption(
                value=str(bucket["key"]),
                label=labels[str(bucket["key"])],
                count=bucket["doc_count"],
                selected=request.filters.get(name) == str(bucket["key"]),
            )
            for bucket in buckets
        ]
        result.append(Facet(name=name, label=str(facets.FACET_LABELS[name]), options=options))
    return result


def search(request: SearchRequest, *, people_levels: list[str]) -> SearchResult:
    response = _send(request, people_levels=people_levels)
    if request.query and response["hits"]["total"]["value"] == 0:
        # Nothing with the words as typed: look again, allowing for typos. Doing this only
        # when needed keeps the common search fast.
        response = _send(request, people_levels=people_levels, fuzzy=True)
    aggregations = response["aggregations"]
    hits = []
    for hit in response["hits"]["hits"]:
        source, sort = hit["_source"], hit.get("sort") or []
        distance = None
        if request.near is not None and len(sort) > 1:
            distance = round(sort[-1], 1)
        hits.append(
            Hit(
                kind=source["kind"],
                title=source["title"],
                url=source["url"],
                snippet=_snippet(hit),
                meta=source.get("place") or "",
                distance_km=distance,
            )
        )
    return SearchResult(
        request=request,
        engine="opensearch",
        total=response["hits"]["total"]["value"],
        hits=hits,
        kind_counts={
            bucket["key"]: bucket["doc_count"] for bucket in aggregations["kinds"]["buckets"]
        },
        facets=_facets(request, aggregations),
    )


def autocomplete_search(prefix: str, *, people_levels: list[str], limit: int) -> Search:
    """The suggestions' search as the engine receives it (the benchmark sends it straight)."""
    s = Search(using=engine.client(), index=[engine.alias(kind) for kind in KINDS])
    s = s.query(
        Q(
            "bool",
            must=[Q("match", **{"title.autocomplete": {"query": prefix, "operator": "and"}})],
            filter=[_visibility(people_levels)],
        )
    ).source(["kind", "title", "url"])
    return s[:limit]


def autocomplete(prefix: str, *, people_levels: list[str], limit: int) -> list[dict]:
    s = autocomplete_search(prefix, people_levels=people_levels, limit=limit)
    return [{"title": hit.title, "url": hit.url, "kind": hit.kind} for hit in s.execute()]
