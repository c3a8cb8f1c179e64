"""Reads for matching."""

from django.db.models import QuerySet

from matching.models import MobilityForm


def mobility_forms() -> QuerySet[MobilityForm]:
    """All forms of mobility in their editorial order."""
    return MobilityForm.objects.all()
