from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    """Searching the site."""

    name = "search"
    verbose_name = _("Search")

    def ready(self):
        from search import signals, wordforms

        signals.connect()
        wordforms.connect()
