"""Vocabularies of the action plate and the route maps."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ThemeColour(models.TextChoices):
    """The colours a theme can have on the plate; each passes WCAG AA with white text."""

    CORAL = "coral", _("Coral")
    TEAL = "teal", _("Teal")
    VIOLET = "violet", _("Violet")
    GREEN = "green", _("Green")
    BLUE = "blue", _("Blue")
    OCHRE = "ochre", _("Ochre")


class RouteTopic(models.TextChoices):
    """The matters the lending and borrowing sides settle along a route map."""

    CONTRACT = "contract", _("Contract and conditions")
    BACKFILL = "backfill", _("Who takes over the work")
    REACHABILITY = "reachability", _("Reachability")
    ONBOARDING = "onboarding", _("Systems and onboarding")
    SUPERVISION = "supervision", _("Supervision")
    TEAM = "team", _("Belonging to the team")
    BALANCE = "balance", _("Work-work balance")
    INTEGRITY = "integrity", _("Conflicts of interest and ethics")
    LIABILITY = "liability", _("Liability in case of illness or accident")
    COSTS = "costs", _("Costs and settlement")
    OTHER = "other", _("Other")
