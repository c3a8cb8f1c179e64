from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ActieplaatConfig(AppConfig):
    """The action plate, its themes and elements, route maps and guides."""

    name = "actieplaat"
    verbose_name = _("Action plate")
