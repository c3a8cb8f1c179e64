from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CasesConfig(AppConfig):
    """Best practices (cases) of the network."""

    name = "cases"
    verbose_name = _("Cases")

    def ready(self):
        from cases import personal_data, signals

        signals.connect()
        personal_data.register()
