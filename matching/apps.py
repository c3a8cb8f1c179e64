from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MatchingConfig(AppConfig):
    """Forms of mobility, availability, requests, and the matching between them."""

    name = "matching"
    verbose_name = _("Matching")

    def ready(self):
        from matching import personal_data, signals

        signals.connect()
        personal_data.register()
