"""Names and values of the facets, shared by both engines and by validation."""

from django.utils.translation import gettext_lazy as _

from network.choices import LANGUAGES, OrganisationStatus, Region, Sector, SizeClass

FACET_LABELS = {
    "sector": _("Sector"),
    "region": _("Region"),
    "size": _("Size"),
    "status": _("Network status"),
    "tag": _("Expertise, qualification or tag"),
    "language": _("Language"),
    "form": _("Form of mobility"),
    "element": _("Action plate element"),
    "page_type": _("Kind of page"),
}

KIND_LABELS = {
    "organisations": _("Organisations"),
    "people": _("People"),
    "cases": _("Cases"),
    "pages": _("Pages"),
}


def _static(facet: str) -> dict[str, str] | None:
    return {
        "sector": dict(Sector.choices),
        "region": dict(Region.choices),
        "size": dict(SizeClass.choices),
        "status": dict(OrganisationStatus.choices),
        "language": dict(LANGUAGES),
    }.get(facet)


def labels_for(facet: str, values) -> dict[str, str]:
    """Display labels for these values of a facet (one query at most)."""
    values = [str(value) for value in values]
    static = _static(facet)
    if static is not None:
        return {value: str(static.get(value, value)) for value in values}
    if facet in TABLE_FACETS:
        labels = _table_labels(facet)
        return {value: labels.get(value, value) for value in values}
    if facet == "element":
        labels = _element_labels()
        return {value: labels.get(value, value) for value in values}
    if facet == "page_type":
        from django.apps import apps

        labels = {}
        for value in values:
            model = next((m for m in apps.get_models() if m._meta.model_name == value), None)
            labels[value] = str(model._meta.verbose_name).capitalize() if model else value
        return labels
    return {value: value for value in values}


def is_known(facet: str, value: str) -> bool:
    """Whether a filter value exists at all (so that a typo gets an error, not zero results)."""
    static = _static(facet)
    if static is not None:
        return value in static
    if facet in TABLE_FACETS:
        return value in _table_labels(facet)
    if facet == "element":
        from actieplaat.models import ElementPage

        return value.isdigit() and ElementPage.objects.filter(pk=int(value)).exists()
    if facet == "page_type":
        return bool(labels_for("page_type", [value])[value] != value)
    return False


_ELEMENT_LABELS_KEY = "search:element-labels"


def _element_labels() -> dict[str, str]:
    """Each element of the action plate as its number and title, by page id. Kept in the
    cache until a page is published, unpublished, moved or deleted (`forget_element_labels`),
    as the plate's numbering takes a query per theme."""
    from django.core.cache import cache

    from actieplaat.selectors import plate_numbering

    labels = cache.get(_ELEMENT_LABELS_KEY)
    if labels is None:
        labels = {
            str(pk): f"{entry.number} {entry.page.title}"
            for pk, (_theme, entry) in plate_numbering().items()
        }
        cache.set(_ELEMENT_LABELS_KEY, labels, 24 * 3600)
    return labels


def forget_element_labels() -> None:
    from django.core.cache import cache

    cache.delete(_ELEMENT_LABELS_KEY)


# Facets whose values are rows of small tables: their labels are read once and kept in the
# cache until one of those rows changes (see `forget_table_labels`), so a search does not
# query the database for them.
TABLE_FACETS = ("tag", "form")
_TABLE_LABELS_KEY = "search:table-labels:{facet}"
_TABLE_LABELS_SECONDS = 3600


def _table_labels(facet: str) -> dict[str, str]:
    """Label of every value of a table facet, by slug. A tag is a term of the shared
    vocabulary or else a free tag; the vocabulary's name wins."""
    from django.core.cache import cache

    key = _TABLE_LABELS_KEY.format(facet=facet)
    labels = cache.get(key)
    if labels is None:
        if facet == "tag":
            from taggit.models import Tag

            from network.models import Term

            labels = dict(Tag.objects.values_list("slug", "name"))
            labels.update(Term.objects.values_list("slug", "name"))
        else:
            from matching.models import MobilityForm

            labels = dict(MobilityForm.objects.values_list("slug", "name"))
        cache.set(key, labels, _TABLE_LABELS_SECONDS)
    return labels


def forget_table_labels(**_kwargs) -> None:
    """A term, tag or form was saved or deleted: read the labels again at the next search."""
    from django.core.cache import cache

    cache.delete_many([_TABLE_LABELS_KEY.format(facet=facet) for facet in TABLE_FACETS])
