"""Searching with the database: the embedded default, and the fallback when the engine is down.

Organisations and people are filtered with plain queries; cases and pages go through
Wagtail's database search backend (SQLite FTS5, or PostgreSQL full text in Dutch). Each word
of a search stands for its forms (search/wordforms.py): its Dutch stem and the database's
words with that stem; when nothing is found, the words it may be a typo of as well.
"""

import math
import re

from django.conf import settings
from django.db.models import Q
from django.utils.html import escape
from wagtail.search.query import And, Or, PlainText

from cases.models import CasePage
from network.choices import ACTIVE_STATUSES
from network.models import Organisation, Person
from search import facets, wordforms
from search.types import (
    FACETS,
    KINDS,
    PER_PAGE,
    Facet,
    FacetOption,
    Hit,
    SearchRequest,
    SearchResult,
)
from search.wordforms import QueryWord

EARTH_RADIUS_KM = 6371.0


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine), in kilometres."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlambda = math.radians(lat2 - lat1), math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(a))


def _near(queryset, place_path: str, request: SearchRequest):
    """Keep rows within the radius: a bounding box in the database, the exact circle here."""
    if request.near is None:
        return queryset, {}
    lat, lon, km = request.near.latitude, request.near.longitude, request.radius_km
    dlat = km / 111.0
    dlon = km / (111.0 * max(0.1, math.cos(math.radians(lat))))
    box = queryset.filter(
        **{
            f"{place_path}__latitude__range": (lat - dlat, lat + dlat),
            f"{place_path}__longitude__range": (lon - dlon, lon + dlon),
        }
    )
    distances = {}
    for pk, plat, plon in box.values_list(
        "pk", f"{place_path}__latitude", f"{place_path}__longitude"
    ):
        d = distance_km(lat, lon, plat, plon)
        if d <= km:
            distances[pk] = round(d, 1)
    return queryset.filter(pk__in=distances), distances


def _mark(text: str, forms: list[str], limit: int = 220) -> str:
    """Escaped text with the words searched for (in any of their forms) marked, as the
    engine's highlighting does."""
    text = text[:limit]
    html = escape(text)
    for word in sorted(set(forms), key=len, reverse=True):
        html = re.sub(rf"(?i)(?<![\w>])({re.escape(escape(word))}\w*)", r"<mark>\1</mark>", html)
    return html


def _all_forms(terms: list[QueryWord]) -> list[str]:
    return [form for term in terms for form in term.forms]


def _shortest(forms) -> list[str]:
    """The forms that do not contain another: a field containing "verpleegkund" also
    contains "verpleegkundige", so one condition does for both."""
    return [form for form in forms if not any(other != form and other in form for other in forms)]


def _match_all_words(queryset, terms: list[QueryWord], fields: list[str], many=()):
    """Rows with every word, in one of its forms, in one of the fields. Fields through a
    relation with many rows per row (`many`: skills, qualifications) are asked in a
    subquery, so that each word does not join them again and multiply the rows to look
    through."""
    model = queryset.model
    for term in terms:
        forms = _shortest(term.forms)
        condition = Q()
        for field in fields:
            for form in forms:
                condition |= Q(**{f"{field}__icontains": form})
        for field in many:
            inner = Q()
            for form in forms:
                inner |= Q(**{f"{field}__icontains": form})
            condition |= Q(pk__in=model.objects.filter(inner).values("pk"))
        queryset = queryset.filter(condition)
    return queryset


def _organisations(request: SearchRequest, terms: list[QueryWord]):
    rows = Organisation.objects.filter(status__in=ACTIVE_STATUSES)
    rows = _match_all_words(
        rows, terms, ["name", "description"], many=("offers__name", "needs__name")
    )
    filters = {
        "sector": "sector",
        "region": "region",
        "size": "size_class",
        "status": "status",
    }
    return rows, filters, {"tag": ("offers__slug", "needs__slug")}, "place"


def _people(request: SearchRequest, terms: list[QueryWord], people_levels: list[str]):
    rows = Person.objects.filter(
        visibility__in=people_levels,
        organisation__status__in=ACTIVE_STATUSES,
        user__is_active=True,
    )
    rows = _match_all_words(
        rows,
        terms,
        [
            "user__first_name",
            "user__last_name",
            "job_title",
            "bio",
            "organisation__name",
        ],
        many=("expertise__name", "qualifications__name"),
    )
    filters = {
        "sector": "organisation__sector",
        "region": "organisation__region",
        "size": "organisation__size_class",
        "status": "organisation__status",
    }
    return (
        rows,
        filters,
        {"tag": ("expertise__slug", "qualifications__slug")},
        "organisation__place",
    )


def _apply_filters(rows, request: SearchRequest, simple: dict, multi: dict):
    for name, value in request.filters.items():
        if name in simple:
            rows = rows.filter(**{simple[name]: value})
        elif name in multi:
            condition = Q()
            for path in multi[name]:
                condition |= Q(**{path: value})
            rows = rows.filter(condition)
        elif name == "language":
            rows = rows.filter(languages__icontains=f'"{value}"')
    return rows.distinct()


def _facet_counts(rows, simple: dict, multi: dict, names) -> dict[str, dict[str, int]]:
    """Per facet, how many of the rows have each value. The plain fields (and languages)
    come in one query, each relation with many values per row in one more; the rows are
    counted here, so the search conditions run once per query rather than once per facet."""
    counts: dict[str, dict[str, int]] = {name: {} for name in names}
    plain = [name for name in names if name in simple]
    columns = [simple[name] for name in plain]
    if "language" in names:
        columns.append("languages")
    if columns:
        for values in rows.order_by().values_list("pk", *columns):
            for name, value in zip(plain, values[1:], strict=False):
                counts[name][value] = counts[name].get(value, 0) + 1
            if "language" in names:
                for code in values[-1] or []:
                    counts["language"][code] = counts["language"].get(code, 0) + 1
    ids = rows.order_by().values("pk")
    for name in names:
        if name not in multi:
            continue
        seen: set[tuple] = set()
        for path in multi[name]:
            seen.update(
                rows.model.objects.filter(pk__in=ids, **{f"{path}__isnull": False})
                .values_list("pk", path)
                .distinct()
            )
        for _pk, value in seen:
            counts[name][value] = counts[name].get(value, 0) + 1
    return counts


def _to_facets(counts: dict[str, dict[str, int]], request: SearchRequest) -> list[Facet]:
    result = []
    for name, values in counts.items():
        ordered = sorted(values.items(), key=lambda item: (-item[1], str(item[0])))
        labels = facets.labels_for(name, [value for value, _n in ordered])
        result.append(
            Facet(
                name=name,
                label=str(facets.FACET_LABELS[name]),
                options=[
                    FacetOption(
                        str(value), labels[str(value)], n, request.filters.get(name) == str(value)
                    )
                    for value, n in ordered
                    if value is not None
                ],
            )
        )
    return result


def _network_kind(kind: str, request: SearchRequest, terms, people_levels):
    if kind == "organisations":
        rows, simple, multi, place_path = _organisations(request, terms)
    else:
        rows, simple, multi, place_path = _people(request, terms, people_levels)
    rows = _apply_filters(rows, request, simple, multi)
    rows, distances = _near(rows, place_path, request)
    return rows, simple, multi, distances


def _network_hits(
    kind: str, rows, request: SearchRequest, terms, distances, start, stop
) -> list[Hit]:
    if kind == "organisations":
        rows = rows.select_related("place")
        order = ["-updated_at"] if request.sort == "newest" else ["name"]
    else:
        rows = rows.select_related("user", "organisation__place")
        order = (
            ["-updated_at"] if request.sort == "newest" else ["user__last_name", "user__first_name"]
        )
    if request.near is not None and request.sort == "relevance":
        nearest = sorted(distances, key=distances.get)[start:stop]
        by_pk = rows.in_bulk(nearest)
        items = [by_pk[pk] for pk in nearest if pk in by_pk]
    else:
        items = list(rows.order_by(*order, "pk")[start:stop])
    hits = []
    for item in items:
        if kind == "organisations":
            from search.documents import organisation_url

            title, url, summary = item.name, organisation_url(item), item.description
            place = item.place.label if item.place_id else ""
        else:
            from django.urls import reverse

            title = item.name
            url = reverse("network:person", args=[item.public_id])
            summary = ", ".join(part for part in (item.job_title, item.organisation.name) if part)
            place = item.organisation.place.label if item.organisation.place_id else ""
        hits.append(
            Hit(kind, title, url, _mark(summary, _all_forms(terms)), place, distances.get(item.pk))
        )
    return hits


def _pages_kind(kind: str, request: SearchRequest, terms: list[QueryWord]):
    """Cases and other pages, found by Wagtail's database search; in relevance order."""
    from wagtail.models import Page

    if kind == "cases":
        pages = CasePage.objects.live().public()
    else:
        pages = Page.objects.live().public().not_type(CasePage).filter(depth__gt=2)
    if terms:
        # Every word in one of its forms. Wagtail's backend stems them again on PostgreSQL
        # (the Dutch configuration); on SQLite the forms come from its index's own words.
        query = And([Or([PlainText(form) for form in sorted(term.forms)]) for term in terms])
        # With an engine configured, Wagtail keeps a database backend too (the fallback).
        backend = "database" if "database" in settings.WAGTAILSEARCH_BACKENDS else "default"
        ranked = [page.pk for page in pages.search(query, backend=backend)]
    else:
        ranked = list(pages.order_by("-first_published_at").values_list("pk", flat=True))
    rows = pages.filter(pk__in=ranked)
    if kind == "cases":
        simple = {"region": "region"}
        multi = {
            "sector": ("case_organisations__organisation__sector",),
            "form": ("mobility_forms__slug",),
            "tag": ("tags__slug",),
            "element": ("elements__id",),
        }
    else:
        simple = {"page_type": "content_type__model"}
        multi = {}
    rows = _apply_filters(rows, request, simple, multi)
    return rows, simple, multi, ranked


def _page_hits(rows, ranked: list[int], request: SearchRequest, terms, start, stop) -> list[Hit]:
    if request.sort == "name":
        ids = list(rows.order_by("title", "pk").values_list("pk", flat=True)[start:stop])
    elif request.sort == "newest":
        ids = list(
            rows.order_by("-first_published_at", "pk").values_list("pk", flat=True)[start:stop]
        )
    else:
        kept = set(rows.values_list("pk", flat=True))
        ids = [pk for pk in ranked if pk in kept][start:stop]
    by_pk = {page.pk: page for page in rows.model.objects.filter(pk__in=ids).specific()}
    pages = [by_pk[pk] for pk in ids if pk in by_pk]
    kind_of = {"casepage": "cases"}
    return [
        Hit(
            kind_of.get(page.specific_class._meta.model_name, "pages"),
            page.title,
            page.url,
            _mark(getattr(page, "summary", "") or page.search_description, _all_forms(terms)),
        )
        for page in pages
    ]


def _kind_rows(kind: str, request: SearchRequest, terms, people_levels):
    """Rows and the means to count facets and build hits, for one kind."""
    if kind in ("organisations", "people"):
        rows, simple, multi, distances = _network_kind(kind, request, terms, people_levels)
        return (
            rows,
            simple,
            multi,
            lambda r, a, b: _network_hits(kind, r, request, terms, distances, a, b),
        )
    if request.near is not None:
        return None, {}, {}, None
    rows, simple, multi, ranked = _pages_kind(kind, request, terms)
    return rows, simple, multi, lambda r, a, b: _page_hits(r, ranked, request, terms, a, b)


def search(request: SearchRequest, *, people_levels: list[str]) -> SearchResult:
    result = _search(request, wordforms.terms(request.query), people_levels)
    if request.query and result.total == 0:
        # Nothing with the words as typed: look again, allowing for typos (as the engine
        # does). Doing this only when needed keeps the common search fast.
        typos = wordforms.terms(request.query, typos=True)
        if typos != wordforms.terms(request.query):
            result = _search(request, typos, people_levels)
    return result


def _search(request: SearchRequest, terms: list[QueryWord], people_levels) -> SearchResult:
    plain = SearchRequest(
        query=request.query, near=request.near, radius_km=request.radius_km, sort=request.sort
    )
    kind_counts, per_kind = {}, {}
    for kind in KINDS:
        use = request if kind == request.kind else plain
        rows, simple, multi, hits_of = _kind_rows(kind, use, terms, people_levels)
        if rows is None:
            continue
        kind_counts[kind] = rows.count()
        per_kind[kind] = (rows, simple, multi, hits_of)
    start = (request.page - 1) * PER_PAGE
    if request.kind:
        rows, simple, multi, hits_of = per_kind.get(request.kind, (None, {}, {}, None))
        hits = hits_of(rows, start, start + PER_PAGE) if rows is not None else []
        total = kind_counts.get(request.kind, 0)
        counts = (
            _facet_counts(rows, simple, multi, FACETS[request.kind]) if rows is not None else {}
        )
        result_facets = _to_facets(counts, request)
    else:
        # Everything: the best of each kind, taking turns, so one kind does not hide another.
        lists = [hits_of(rows, 0, start + PER_PAGE) for rows, _s, _m, hits_of in per_kind.values()]
        mixed = [hit for group in _interleave(lists) for hit in group]
        hits = mixed[start : start + PER_PAGE]
        total = sum(kind_counts.values())
        result_facets = []
    return SearchResult(
        request=request,
        engine="database",
        total=total,
        hits=hits,
        kind_counts={kind: n for kind, n in kind_counts.items() if n},
        facets=result_facets,
    )


def _interleave(lists):
    longest = max((len(items) for items in lists), default=0)
    for index in range(longest):
        yield [items[index] for items in lists if index < len(items)]


def autocomplete(prefix: str, *, people_levels: list[str], limit: int) -> list[dict]:
    from wagtail.models import Page

    from search.documents import organisation_url

    suggestions = []
    for organisation in Organisation.objects.filter(
        status__in=ACTIVE_STATUSES, name__icontains=prefix
    ).order_by("name")[:limit]:
        suggestions.append(
            {
                "title": organisation.name,
                "url": organisation_url(organisation),
                "kind": "organisations",
            }
        )
    for page in (
        Page.objects.live().public().filter(depth__gt=2, title__icontains=prefix).specific()[:limit]
    ):
        kind = "cases" if page.specific_class._meta.model_name == "casepage" else "pages"
        suggestions.append({"title": page.title, "url": page.url, "kind": kind})
    from django.urls import reverse

    first, _space, rest = prefix.partition(" ")
    people = Person.objects.filter(
        visibility__in=people_levels, organisation__status__in=ACTIVE_STATUSES, user__is_active=True
    ).filter(Q(user__first_name__istartswith=first) | Q(user__last_name__istartswith=prefix))
    if rest:
        people = people.filter(user__last_name__istartswith=rest)
    for person in people.select_related("user")[:limit]:
        suggestions.append(
            {
                "title": person.name,
                "url": reverse("network:person", args=[person.public_id]),
                "kind": "people",
            }
        )
    starts = [s for s in suggestions if s["title"].lower().startswith(prefix.lower())]
    others = [s for s in suggestions if s not in starts]
    return (starts + others)[:limit]
