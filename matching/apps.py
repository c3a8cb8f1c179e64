from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MatchingConfig(AppConfig):
    """Forms of mobility now; requests, availability and matching next."""

    name = "matching"
    verbose_name = _("Matching")
