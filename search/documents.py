"""What the engine stores per kind (mappings), and how a Django object becomes a document.

All four kinds share `title`, `summary`, `body`, `terms`, `kind` and `url`, so one query can
search across them; each adds the fields its facets and filters need.
"""

from opensearchpy import Date, Document, GeoPoint, Keyword, Text
from wagtail.models import Page

from cases.models import CaseOrganisation, CasePage
from core.models import HomePage
from network.choices import Visibility
from network.models import Organisation, Person
from search.analysis import AUTOCOMPLETE, AUTOCOMPLETE_SEARCH, DUTCH, DUTCH_SEARCH, FOLDED


def _title():
    return Text(
        analyzer=DUTCH,
        search_analyzer=DUTCH_SEARCH,
        fields={
            "autocomplete": Text(analyzer=AUTOCOMPLETE, search_analyzer=AUTOCOMPLETE_SEARCH),
            "raw": Keyword(normalizer=FOLDED),
        },
    )


def _text():
    return Text(analyzer=DUTCH, search_analyzer=DUTCH_SEARCH)


class BaseDocument(Document):
    kind = Keyword()
    title = _title()
    summary = _text()
    body = _text()
    terms = _text()
    url = Keyword(index=False)
    date = Date()


class OrganisationDocument(BaseDocument):
    sector = Keyword()
    region = Keyword()
    size = Keyword()
    status = Keyword()
    tag = Keyword()
    place = Keyword()
    location = GeoPoint()


class PersonDocument(BaseDocument):
    sector = Keyword()
    region = Keyword()
    size = Keyword()
    status = Keyword()
    tag = Keyword()
    language = Keyword()
    organisation = Keyword()
    visibility = Keyword()
    place = Keyword()
    location = GeoPoint()


class CaseDocument(BaseDocument):
    sector = Keyword(multi=True)
    region = Keyword()
    form = Keyword(multi=True)
    tag = Keyword(multi=True)
    element = Keyword(multi=True)


class PageDocument(BaseDocument):
    page_type = Keyword()


DOCUMENTS = {
    "organisations": OrganisationDocument,
    "people": PersonDocument,
    "cases": CaseDocument,
    "pages": PageDocument,
}

INDEX_SETTINGS = {"number_of_shards": 1, "number_of_replicas": 0, "refresh_interval": "1s"}


def _location(place):
    return {"lat": place.latitude, "lon": place.longitude} if place else None


def _stream_text(stream) -> str:
    """Plain text of a StreamField, for the body field."""
    from django.utils.html import strip_tags

    return " ".join(strip_tags(str(stream)).split())


def organisation_document(organisation) -> dict | None:
    """Only organisations in the network are findable."""
    if not organisation.is_active:
        return None
    offers, needs = list(organisation.offers.all()), list(organisation.needs.all())
    return {
        "kind": "organisations",
        "title": organisation.name,
        "summary": organisation.description[:300],
        "body": organisation.description,
        "terms": " ".join(term.name for term in offers + needs),
        "url": organisation_url(organisation),
        "date": organisation.updated_at,
        "sector": organisation.sector,
        "region": organisation.region,
        "size": organisation.size_class,
        "status": organisation.status,
        "tag": sorted({term.slug for term in offers + needs}),
        "place": organisation.place.label if organisation.place_id else None,
        "location": _location(organisation.place),
    }


def organisation_url(organisation) -> str:
    from django.urls import reverse

    return reverse("network:organisation", args=[organisation.slug])


def person_document(person) -> dict | None:
    """A hidden profile is never indexed; nor are people outside the network."""
    if person.visibility == Visibility.HIDDEN or not person.user.is_active:
        return None
    organisation = person.organisation
    if not organisation.is_active:
        return None
    from django.urls import reverse

    terms = list(person.expertise.all()) + list(person.qualifications.all())
    return {
        "kind": "people",
        "title": person.name,
        "summary": ", ".join(part for part in (person.job_title, organisation.name) if part),
        "body": f"{person.job_title} {person.bio}",
        "terms": " ".join(term.name for term in terms),
        "url": reverse("network:person", args=[person.public_id]),
        "date": person.updated_at,
        "sector": organisation.sector,
        "region": organisation.region,
        "size": organisation.size_class,
        "status": organisation.status,
        "tag": sorted({term.slug for term in terms}),
        "language": person.languages,
        "organisation": organisation.slug,
        "visibility": person.visibility,
        "place": organisation.place.label if organisation.place_id else None,
        "location": _location(organisation.place),
    }


def case_document(case) -> dict | None:
    if not (case.live and case.get_view_restrictions().count() == 0):
        return None
    organisations = [item.organisation for item in case.case_organisations.all()]
    forms = list(case.mobility_forms.all())
    tags = list(case.tags.all())
    return {
        "kind": "cases",
        "title": case.title,
        "summary": case.summary,
        "body": " ".join(
            [
                _stream_text(case.story),
                " ".join(str(block.value) for block in case.outcomes),
                " ".join(
                    f"{block.value['obstacle']} {block.value['solution']}"
                    for block in case.obstacles
                ),
                case.duration_note,
                " ".join(organisation.name for organisation in organisations),
            ]
        ),
        "terms": " ".join([*(form.name for form in forms), *(tag.name for tag in tags)]),
        "url": case.url,
        "date": case.first_published_at,
        "sector": sorted({organisation.sector for organisation in organisations}),
        "region": case.region,
        "form": [form.slug for form in forms],
        "tag": [tag.slug for tag in tags],
        "element": [str(element.pk) for element in case.elements.all()],
    }


def page_document(page) -> dict | None:
    """Every other live, public page of the site (not the home page)."""
    page = page.specific
    if not page.live or isinstance(page, HomePage) or page.get_view_restrictions().exists():
        return None
    body_parts = []
    for field_name in ("intro", "question", "about"):
        value = getattr(page, field_name, "")
        if value:
            body_parts.append(_stream_text(value))
    for field_name in (
        "body",
        "explanation",
        "questions",
        "tips",
        "steps",
        "description",
        "agenda",
        "report",
    ):
        value = getattr(page, field_name, None)
        if value:
            body_parts.append(_stream_text(value))
    return {
        "kind": "pages",
        "title": page.title,
        "summary": getattr(page, "summary", "") or page.search_description,
        "body": " ".join(body_parts),
        "terms": "",
        "url": page.url,
        "date": getattr(page, "start", None) or page.last_published_at,
        "page_type": page.specific_class._meta.model_name,
    }


def kind_of(obj) -> str | None:
    """Which index an object belongs in, if any."""
    if isinstance(obj, Organisation):
        return "organisations"
    if isinstance(obj, Person):
        return "people"
    if isinstance(obj, CasePage):
        return "cases"
    if isinstance(obj, Page):
        # The class comes from the content type, not from a query for the specific row,
        # which is already gone when a page's own row is deleted.
        specific_class = obj.specific_class
        return "cases" if specific_class and issubclass(specific_class, CasePage) else "pages"
    return None


def document_for(kind: str, obj) -> dict | None:
    builder = {
        "organisations": organisation_document,
        "people": person_document,
        "cases": case_document,
        "pages": page_document,
    }[kind]
    if kind == "cases":
        obj = obj.specific
    return builder(obj)


def objects_of(kind: str):
    """Every object that may belong in an index of this kind, with what documents need."""
    from django.db.models import Prefetch

    if kind == "organisations":
        return Organisation.objects.select_related("place").prefetch_related("offers", "needs")
    if kind == "people":
        return Person.objects.select_related("user", "organisation__place").prefetch_related(
            "expertise", "qualifications"
        )
    if kind == "cases":
        return (
            CasePage.objects.live()
            .public()
            .prefetch_related(
                Prefetch(
                    "case_organisations",
                    queryset=CaseOrganisation.objects.select_related("organisation"),
                ),
                "mobility_forms",
                "tags",
                "elements",
            )
        )
    return Page.objects.live().public().not_type(CasePage).filter(depth__gt=2).specific()
