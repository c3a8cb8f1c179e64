from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ExchangesConfig(AppConfig):
    """What happens after a match: consent, the agreement, its signatures and its course."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "exchanges"
    verbose_name = _("exchanges")

    def ready(self):
        from exchanges import personal_data

        personal_data.register()
