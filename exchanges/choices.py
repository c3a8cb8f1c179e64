"""The states of an exchange and the sides that act in it."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ExchangeState(models.TextChoices):
    PROPOSED = "proposed", _("proposed")
    APPROVED = "approved", _("approved by the lending organisation")
    CONSENTED = "consented", _("consented by the person")
    CONFIRMED = "confirmed", _("confirmed by the borrowing organisation")
    SIGNED = "signed", _("agreement signed")
    ACTIVE = "active", _("active")
    COMPLETED = "completed", _("completed")
    ENDED_EARLY = "ended_early", _("ended early")
    EVALUATED = "evaluated", _("evaluated")
    DECLINED = "declined", _("declined")


# States in which the exchange holds the person's hours in matching.
HOLDING_STATES = frozenset(
    {
        ExchangeState.PROPOSED,
        ExchangeState.APPROVED,
        ExchangeState.CONSENTED,
        ExchangeState.CONFIRMED,
        ExchangeState.SIGNED,
        ExchangeState.ACTIVE,
    }
)
# Before both organisations signed: the terms and the agreement's text may still change.
BEFORE_SIGNING = frozenset(
    {
        ExchangeState.PROPOSED,
        ExchangeState.APPROVED,
        ExchangeState.CONSENTED,
        ExchangeState.CONFIRMED,
    }
)


class Role(models.TextChoices):
    """Who acts in an exchange."""

    LENDER = "lender", _("the lending organisation")
    PERSON = "person", _("the person")
    BORROWER = "borrower", _("the borrowing organisation")
    DESK = "desk", _("the desk")


class Side(models.TextChoices):
    """The two organisations that sign the agreement."""

    LENDER = "lender", _("lending organisation")
    BORROWER = "borrower", _("borrowing organisation")


class HoursStatus(models.TextChoices):
    SUBMITTED = "submitted", _("awaiting approval")
    APPROVED = "approved", _("approved")
    DISPUTED = "disputed", _("disputed")


# States in which hours can be logged: the exchange has started.
LOGGING_STATES = frozenset(
    {ExchangeState.ACTIVE, ExchangeState.COMPLETED, ExchangeState.ENDED_EARLY}
)
