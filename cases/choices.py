"""Vocabularies of cases."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class CaseRole(models.TextChoices):
    """The part an organisation plays in a case."""

    LENDING = "lending", _("Lends staff")
    BORROWING = "borrowing", _("Borrows staff")
    BOTH = "both", _("Lends and borrows staff")
    FACILITATING = "facilitating", _("Facilitates")


class CaseDuration(models.TextChoices):
    """How long an exchange in the case lasts."""

    SHORT = "short", _("Short (under 3 months)")
    MEDIUM = "medium", _("Medium (3 to 12 months)")
    LONG = "long", _("Long (over a year)")
    ONGOING = "ongoing", _("Ongoing programme")
