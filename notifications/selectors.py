"""Reads of a person's notifications."""

from notifications.models import Notification


def notifications_unread_count(*, user) -> int:
    """How many notifications the person has not read."""
    return Notification.objects.filter(user=user, read_at__isnull=True).count()


def notifications_for(*, user, limit: int = 100) -> list[Notification]:
    """The person's latest notifications, newest first."""
    return list(Notification.objects.filter(user=user).order_by("-created_at")[:limit])
