from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NotificationsConfig(AppConfig):
    """Notifications for a person: stored, pushed live over the websocket, gathered in a digest."""

    name = "notifications"
    verbose_name = _("Notifications")

    def ready(self):
        from notifications import personal_data

        personal_data.register()
