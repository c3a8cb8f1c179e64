"""Vocabularies of matching."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Weekday(models.IntegerChoices):
    MONDAY = 0, _("Monday")
    TUESDAY = 1, _("Tuesday")
    WEDNESDAY = 2, _("Wednesday")
    THURSDAY = 3, _("Thursday")
    FRIDAY = 4, _("Friday")
    SATURDAY = 5, _("Saturday")
    SUNDAY = 6, _("Sunday")


class OfferType(models.TextChoices):
    """What a person offers their time for."""

    REGULAR = "regular", _("Regular exchanges")
    CRISIS = "crisis", _("Crisis deployment only (reserve)")
    BOTH = "both", _("Both")


class AvailabilityStatus(models.TextChoices):
    DRAFT = "draft", _("Awaiting the organisation's approval")
    APPROVED = "approved", _("Approved")
    WITHDRAWN = "withdrawn", _("Withdrawn")


class RequestStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    OPEN = "open", _("Open")
    FILLED = "filled", _("Filled")
    CLOSED = "closed", _("Closed")


class RoundStatus(models.TextChoices):
    """Where a matching round is: waiting for the worker, being computed, or finished."""

    QUEUED = "queued", _("Waiting for the worker")
    RUNNING = "running", _("Running")
    DONE = "done", _("Done")
    FAILED = "failed", _("Failed")


class CoverObjective(models.TextChoices):
    FEWEST = "fewest", _("Fewest people")
    CHEAPEST = "cheapest", _("Lowest cost")
