"""What the notifications app holds about a person (registered in `NotificationsConfig.ready`);
deleting the account removes the notifications with it (a cascade)."""

from core import privacy
from core.privacy import iso
from notifications.models import Notification


def _notifications(user) -> list[dict]:
    return [
        {
            "title": n.title,
            "text": n.body,
            "created_at": iso(n.created_at),
            "read_at": iso(n.read_at),
        }
        for n in Notification.objects.filter(user=user).order_by("created_at")
    ]


def register() -> None:
    privacy.register("notifications", export=_notifications, models=("notifications.Notification",))
