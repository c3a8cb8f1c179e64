"""Availability offered by people, requests posted by organisations,
shortlists, and network-wide matching rounds."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting

from core.limits import text_validators, validate_line
from matching.choices import AvailabilityStatus, OfferType, RequestStatus, RoundStatus, Weekday
from matching.rules import MAX_HOURS_IN_A_WEEK
from vocabulary.models import MobilityForm

REQUEST_DESCRIPTION_MAX_LENGTH = 4000


HOURS = [MinValueValidator(0), MaxValueValidator(MAX_HOURS_IN_A_WEEK)]


def _check_window(start, end):
    if start is not None and end is not None and end != start and end.hour == 0 and end.minute == 0:
        return  # ends at midnight
    if start is not None and end is not None and end <= start:
        raise ValidationError({"end": _("A time window must end after it starts.")})


class Availability(models.Model):
    """Time a person offers for exchanges, approved by their organisation."""

    person = models.ForeignKey(
        "network.Person", on_delete=models.CASCADE, related_name="availabilities"
    )
    status = models.CharField(
        _("status"),
        max_length=16,
        choices=AvailabilityStatus.choices,
        default=AvailabilityStatus.DRAFT,
    )
    offer_type = models.CharField(
        _("offered for"), max_length=16, choices=OfferType.choices, default=OfferType.REGULAR
    )
    matchable = models.BooleanField(
        _("I want to be matched"),
        default=True,
        help_text=_("Untick to keep your availability but not appear in any match."),
    )
    valid_from = models.DateField(_("from"))
    valid_until = models.DateField(_("until"))
    max_hours_per_week = models.DecimalField(
        _("at most hours a week for exchanges"), max_digits=4, decimal_places=1, validators=HOURS
    )
    contract_hours_per_week = models.DecimalField(
        _("contract hours a week at my own employer"),
        max_digits=4,
        decimal_places=1,
        validators=HOURS,
    )
    mobility_forms = models.ManyToManyField(
        MobilityForm, verbose_name=_("forms of mobility I accept"), blank=True
    )
    sectors = models.JSONField(_("sectors I would like to work in"), default=list, blank=True)
    place = models.ForeignKey(
        "vocabulary.Place",
        verbose_name=_("from where I travel"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
    )
    travel_radius_km = models.PositiveSmallIntegerField(
        _("how far I travel (km)"), default=25, validators=[MaxValueValidator(300)]
    )
    remote_ok = models.BooleanField(_("I can also work remotely"), default=False)
    cost_price_per_hour = models.DecimalField(
        _("cost price per hour (set by the organisation)"),
        max_digits=7,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    approved_at = models.DateTimeField(null=True, blank=True)
    # The weekly windows as 672 quarter-hour bits (84 bytes), kept by matching.services so
    # that many availabilities can be scored at once without reading their windows.
    week_mask = models.BinaryField(default=bytes(84), editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-valid_from"]
        verbose_name = _("availability")
        verbose_name_plural = _("availabilities")
        indexes = [models.Index(fields=["status", "valid_until"])]

    def __str__(self):
        return f"{self.person} {self.valid_from}–{self.valid_until}"

    def clean(self):
        super().clean()
        if self.valid_from and self.valid_until and self.valid_until < self.valid_from:
            raise ValidationError({"valid_until": _("The period must end on or after its start.")})


class WeeklyWindow(models.Model):
    """A time window on a day of the week."""

    weekday = models.PositiveSmallIntegerField(_("day"), choices=Weekday.choices)
    start = models.TimeField(_("from"))
    end = models.TimeField(_("until"))

    class Meta:
        abstract = True
        ordering = ["weekday", "start"]

    def __str__(self):
        return f"{self.get_weekday_display()} {self.start:%H:%M}-{self.end:%H:%M}"

    def clean(self):
        _check_window(self.start, self.end)


class AvailabilityWindow(WeeklyWindow):
    """A weekly time window in which the person is available."""

    availability = models.ForeignKey(Availability, on_delete=models.CASCADE, related_name="windows")


class AvailabilityException(models.Model):
    """A date the person is not available, within the period."""

    availability = models.ForeignKey(
        Availability, on_delete=models.CASCADE, related_name="exceptions"
    )
    date = models.DateField(_("date"))

    class Meta:
        ordering = ["date"]
        constraints = [
            models.UniqueConstraint(fields=["availability", "date"], name="unique_exception")
        ]

    def __str__(self):
        return str(self.date)


class AvailabilityQualification(models.Model):
    """A qualification the person brings, with how long it is valid."""

    availability = models.ForeignKey(
        Availability, on_delete=models.CASCADE, related_name="qualifications"
    )
    term = models.ForeignKey(
        "vocabulary.Term",
        verbose_name=_("qualification"),
        on_delete=models.PROTECT,
        limit_choices_to={"kind": "qualification"},
    )
    valid_until = models.DateField(_("valid until"), null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["availability", "term"], name="unique_availability_qualification"
            )
        ]

    def __str__(self):
        return f"{self.term} ({self.valid_until or '∞'})"


class HoursHold(models.Model):
    """Hours and weekly times of a person that an exchange has agreed or is agreeing: matching
    counts them as taken, so the same hours cannot be matched twice. Held and released by the
    app that runs the exchange (`services.hours_hold`, `services.hours_release`)."""

    availability = models.ForeignKey(Availability, on_delete=models.CASCADE, related_name="holds")
    # Who holds the hours, for example "exchange:12": one hold per holder.
    reference = models.CharField(max_length=64, unique=True)
    hours_per_week = models.DecimalField(max_digits=4, decimal_places=1, validators=HOURS)
    week_mask = models.BinaryField(default=bytes(84))
    starts_on = models.DateField()
    ends_on = models.DateField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("hours held by an exchange")
        verbose_name_plural = _("hours held by exchanges")
        indexes = [models.Index(fields=["ends_on"])]

    def __str__(self):
        return f"{self.reference}: {self.hours_per_week} h"


class ExchangeRequest(models.Model):
    """A request posted by an organisation: who it needs, when, where and at what cost."""

    organisation = models.ForeignKey(
        "network.Organisation", on_delete=models.CASCADE, related_name="exchange_requests"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    title = models.CharField(_("title"), max_length=160, validators=[validate_line])
    description = models.TextField(
        _("description"),
        blank=True,
        max_length=REQUEST_DESCRIPTION_MAX_LENGTH,
        validators=text_validators(REQUEST_DESCRIPTION_MAX_LENGTH),
    )
    form = models.ForeignKey(MobilityForm, verbose_name=_("form"), on_delete=models.PROTECT)
    is_crisis = models.BooleanField(
        _("crisis request"), default=False, help_text=_("Reaches the reserve first.")
    )
    required_qualifications = models.ManyToManyField(
        "vocabulary.Term",
        verbose_name=_("required qualifications"),
        blank=True,
        related_name="required_by_requests",
        limit_choices_to={"kind": "qualification"},
    )
    desired_qualifications = models.ManyToManyField(
        "vocabulary.Term",
        verbose_name=_("desired qualifications and expertise"),
        blank=True,
        related_name="desired_by_requests",
    )
    hours_per_week = models.DecimalField(
        _("hours per week"),
        max_digits=4,
        decimal_places=1,
        validators=[MinValueValidator(0.25), MaxValueValidator(MAX_HOURS_IN_A_WEEK)],
    )
    starts_on = models.DateField(_("from"))
    ends_on = models.DateField(_("until"))
    place = models.ForeignKey(
        "vocabulary.Place", verbose_name=_("place"), null=True, blank=True, on_delete=models.PROTECT
    )
    remote_possible = models.BooleanField(_("can be done remotely"), default=False)
    people_needed = models.PositiveSmallIntegerField(
        _("people needed"), default=1, validators=[MinValueValidator(1), MaxValueValidator(50)]
    )
    max_cost_per_hour = models.DecimalField(
        _("maximum cost price per hour"),
        max_digits=7,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    status = models.CharField(
        _("status"), max_length=16, choices=RequestStatus.choices, default=RequestStatus.DRAFT
    )
    opened_at = models.DateTimeField(null=True, blank=True)
    # The weekly windows as 672 quarter-hour bits, kept by matching.services (see Availability).
    week_mask = models.BinaryField(default=bytes(84), editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("request")
        verbose_name_plural = _("requests")
        indexes = [models.Index(fields=["status", "ends_on"])]

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": _("The period must end on or after its start.")})


class RequestWindow(WeeklyWindow):
    """A weekly time window the request needs someone."""

    request = models.ForeignKey(ExchangeRequest, on_delete=models.CASCADE, related_name="windows")


class RequestShift(models.Model):
    """A single shift on a date (for requests that are not a weekly pattern)."""

    request = models.ForeignKey(ExchangeRequest, on_delete=models.CASCADE, related_name="shifts")
    date = models.DateField(_("date"))
    start = models.TimeField(_("from"))
    end = models.TimeField(_("until"))

    class Meta:
        ordering = ["date", "start"]

    def __str__(self):
        return f"{self.date} {self.start:%H:%M}-{self.end:%H:%M}"

    def clean(self):
        _check_window(self.start, self.end)


class ConflictOfInterest(models.Model):
    """Two organisations, or a person and an organisation, that must not be matched."""

    organisation = models.ForeignKey(
        "network.Organisation", on_delete=models.CASCADE, related_name="+"
    )
    other_organisation = models.ForeignKey(
        "network.Organisation", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    person = models.ForeignKey(
        "network.Person", null=True, blank=True, on_delete=models.CASCADE, related_name="conflicts"
    )
    note = models.CharField(_("note"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("conflict of interest")
        verbose_name_plural = _("conflicts of interest")

    def __str__(self):
        return (
            f"{self.person or self.organisation} ≠ {self.other_organisation or self.organisation}"
        )


class Shortlist(models.Model):
    """A candidate an organisation keeps in view for its request."""

    request = models.ForeignKey(ExchangeRequest, on_delete=models.CASCADE, related_name="shortlist")
    availability = models.ForeignKey(Availability, on_delete=models.CASCADE, related_name="+")
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    added_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["request", "availability"], name="unique_shortlist")
        ]

    def __str__(self):
        return f"{self.request} / {self.availability}"


class Introduction(models.Model):
    """A candidate agreed to be introduced by name to the organisation of a request: until
    then a candidate whose profile the organisation may not see is shown by a pseudonym."""

    request = models.ForeignKey(
        ExchangeRequest, on_delete=models.CASCADE, related_name="introductions"
    )
    availability = models.ForeignKey(
        Availability, on_delete=models.CASCADE, related_name="introductions"
    )
    agreed_at = models.DateTimeField(_("agreed at"), auto_now_add=True)

    class Meta:
        verbose_name = _("agreement to be introduced")
        verbose_name_plural = _("agreements to be introduced")
        constraints = [
            models.UniqueConstraint(fields=["request", "availability"], name="unique_introduction")
        ]

    def __str__(self):
        return f"{self.request} / {self.availability}"


class MatchingRound(models.Model):
    """A network-wide round the desk runs: a proposed assignment of people to requests."""

    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    total_score = models.FloatField(default=0)
    greedy_score = models.FloatField(default=0)
    candidate_pairs = models.PositiveIntegerField(default=0)
    seconds = models.FloatField(default=0)
    method = models.CharField(max_length=40, blank=True)
    # A round runs in the worker (matching/tasks.py); its page and the API read how far it is.
    status = models.CharField(
        max_length=10, choices=RoundStatus.choices, default=RoundStatus.QUEUED
    )
    progress = models.PositiveSmallIntegerField(
        default=0, validators=[MaxValueValidator(100)], help_text=_("Per cent done.")
    )
    error = models.TextField(blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("matching round")
        verbose_name_plural = _("matching rounds")

    def __str__(self):
        return f"{self.created_at:%Y-%m-%d %H:%M}"

    @property
    def method_label(self) -> str:
        """How the assignment was found, in the reader's language."""
        labels = {
            "exact": _("the best possible (computed exactly)"),
            "time limit": _("the best found within the time limit"),
            "parts": _("the best found part by part (a large round)"),
            "greedy": _("best pairs first (greedy)"),
            "empty": _("no candidates"),
        }
        return str(labels.get(self.method, self.method))

    @property
    def finished(self) -> bool:
        return self.status in (RoundStatus.DONE, RoundStatus.FAILED)


class Proposal(models.Model):
    """One proposed pairing in a round; the desk accepts proposals one by one."""

    round = models.ForeignKey(MatchingRound, on_delete=models.CASCADE, related_name="proposals")
    request = models.ForeignKey(ExchangeRequest, on_delete=models.CASCADE, related_name="+")
    availability = models.ForeignKey(Availability, on_delete=models.CASCADE, related_name="+")
    score = models.FloatField()
    hours_per_week = models.FloatField()
    accepted_at = models.DateTimeField(null=True, blank=True)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-score"]
        constraints = [
            models.UniqueConstraint(
                fields=["round", "request", "availability"], name="unique_proposal"
            )
        ]

    def __str__(self):
        return f"{self.request} ← {self.availability} ({self.score:.0f})"


@register_setting(icon="cogs")
class MatchingWeights(BaseGenericSetting):
    """How much each part of the score weighs; the desk tunes these."""

    hours = models.FloatField(_("covered hours"), default=35, validators=[MinValueValidator(0)])
    qualifications = models.FloatField(
        _("desired qualifications"), default=15, validators=[MinValueValidator(0)]
    )
    distance = models.FloatField(_("distance"), default=15, validators=[MinValueValidator(0)])
    preferences = models.FloatField(
        _("sector preference"), default=10, validators=[MinValueValidator(0)]
    )
    cost = models.FloatField(
        _("cost against budget"), default=10, validators=[MinValueValidator(0)]
    )
    period = models.FloatField(
        _("overlap of periods"), default=10, validators=[MinValueValidator(0)]
    )
    trust = models.FloatField(
        _("worked together before"), default=5, validators=[MinValueValidator(0)]
    )

    class Meta:
        verbose_name = _("matching weights")

    def as_dict(self) -> dict:
        return {
            name: getattr(self, name)
            for name in (
                "hours",
                "qualifications",
                "distance",
                "preferences",
                "cost",
                "period",
                "trust",
            )
        }
