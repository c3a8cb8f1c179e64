"""Names and values of the facets, shared by both engines and by validation."""

from django.utils.translation import gettext_lazy as _

from actieplaat.models import ElementPage
from actieplaat.selectors import plate_numbering
from network.choices import LANGUAGES, OrganisationStatus, Sector, SizeClass
from vocabulary.choices import Region
from vocabulary.models import MobilityForm, Term

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
        return value.isdigit() and ElementPage.objects.filter(pk=int(value)).exists()
    if facet == "page_type":
        return bool(labels_for("page_type", [value])[value] != value)
    return False


# Labels that would cost queries on every search (the plate's numbering, rows of small
# tables) are kept in the cache until what they come from changes: signals call
# `forget_labels` (search/signals.py). The time limit only bounds a change no signal saw.
_LABELS_KEY = "search:labels:{name}"
_LABELS_SECONDS = 3600
TABLE_FACETS = ("tag", "form")


def _cached_labels(name: str, build) -> dict[str, str]:
    from django.core.cache import cache

    key = _LABELS_KEY.format(name=name)
    labels = cache.get(key)
    if labels is None:
        labels = build()
        cache.set(key, labels, _LABELS_SECONDS)
    return labels


def forget_labels(*names: str) -> None:
    from django.core.cache import cache

    cache.delete_many([_LABELS_KEY.format(name=name) for name in names])


def forget_table_labels(**_signal) -> None:
    """A term, tag or form was saved or deleted."""
    forget_labels(*TABLE_FACETS)


def forget_element_labels() -> None:
    """A page was published, unpublished, moved or deleted."""
    forget_labels("element")


def _element_labels() -> dict[str, str]:
    """Each element of the action plate as its number and title, by page id."""

    def build():
        return {
            str(pk): f"{entry.number} {entry.page.title}"
            for pk, (_theme, entry) in plate_numbering().items()
        }

    return _cached_labels("element", build)


def _table_labels(facet: str) -> dict[str, str]:
    """Label of every value of a table facet, by slug. A tag is a term of the shared
    vocabulary or else a free tag; the vocabulary's name wins."""

    def build():
        if facet == "tag":
            from taggit.models import Tag

            labels = dict(Tag.objects.values_list("slug", "name"))
            labels.update(Term.objects.values_list("slug", "name"))
            return labels
        return dict(MobilityForm.objects.values_list("slug", "name"))

    return _cached_labels(facet, build)
