"""Reads for the network: organisations and sessions."""

from django.db.models import QuerySet
from django.utils import timezone

from network.models import Organisation, SessionIndexPage, SessionPage


def _sessions(*, index=None) -> QuerySet[SessionPage]:
    sessions = SessionPage.objects.live().public().select_related("host")
    if index is not None:
        sessions = sessions.child_of(index)
    return sessions


def sessions_upcoming(*, index=None, limit: int | None = None) -> QuerySet[SessionPage]:
    """Sessions that have not ended yet, soonest first."""
    sessions = _sessions(index=index).filter(end__gte=timezone.now()).order_by("start")
    return sessions[:limit] if limit else sessions


def sessions_past(*, index=None, limit: int | None = None) -> QuerySet[SessionPage]:
    """Sessions that have ended, most recent first."""
    sessions = _sessions(index=index).filter(end__lt=timezone.now()).order_by("-start")
    return sessions[:limit] if limit else sessions


def organisation_get(*, slug: str) -> Organisation | None:
    """The organisation with this slug, if any."""
    return Organisation.objects.filter(slug=slug).first()


def session_index_within(*, root) -> SessionIndexPage | None:
    """The first live session index below this page (normally the home page)."""
    return SessionIndexPage.objects.live().public().descendant_of(root).order_by("path").first()
