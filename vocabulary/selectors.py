"""Reads of the shared vocabulary: the place picker, a typed place, and the terms."""

from django.db.models import Q, QuerySet

from vocabulary.models import Place, Term


def places_matching(*, q: str, limit: int = 12) -> QuerySet[Place]:
    """Places whose name starts with the typed text, largest first: the place picker."""
    q = q.strip()
    if not q:
        return Place.objects.none()
    return Place.objects.filter(Q(name__istartswith=q) | Q(label__istartswith=q)).order_by(
        "-population", "label"
    )[:limit]


def place_for_label(*, label: str) -> Place | None:
    """The place a person typed or picked: its exact label, or a name that is unique."""
    label = " ".join(label.split())
    place = Place.objects.filter(label__iexact=label).first()
    if place is None:
        candidates = list(Place.objects.filter(name__iexact=label)[:2])
        place = candidates[0] if len(candidates) == 1 else None
    return place


def terms(*, kind: str | None = None) -> QuerySet[Term]:
    """The shared vocabulary, or one list of it."""
    vocabulary = Term.objects.all()
    return vocabulary.filter(kind=kind) if kind else vocabulary
