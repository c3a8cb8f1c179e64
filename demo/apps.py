from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DemoConfig(AppConfig):
    """The demo content (`manage.py load_demo`): the top floor, which builds on every app
    and is imported by none of them (only by `make run`, the tests and the benchmarks)."""

    name = "demo"
    verbose_name = _("Demo content")
