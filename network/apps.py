from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NetworkConfig(AppConfig):
    """Organisations, people and the network's sessions."""

    name = "network"
    verbose_name = _("Network")

    def ready(self):
        from network import notification_preferences, personal_data, session_signals

        personal_data.register()
        notification_preferences.register()
        session_signals.connect()
