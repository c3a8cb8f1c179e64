from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class VocabularyConfig(AppConfig):
    """The shared vocabulary every app speaks: terms, places and forms of mobility."""

    name = "vocabulary"
    verbose_name = _("Vocabulary")
