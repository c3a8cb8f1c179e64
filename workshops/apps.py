from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WorkshopsConfig(AppConfig):
    """Live workshops: a facilitator leads a room through steps, participants act on phones."""

    name = "workshops"
    verbose_name = _("Live workshops")

    def ready(self):
        from workshops import personal_data

        personal_data.register()
