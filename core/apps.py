from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """Shared page pieces: home page, blocks, site settings, navigation, demo content."""

    name = "core"
    verbose_name = _("Core")
