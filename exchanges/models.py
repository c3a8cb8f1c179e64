"""An exchange of one person between two organisations, from a match to its end: the terms,
each party's answers, the agreement's signatures, and the template the agreement is drawn from."""

import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting

from core.limits import text_validators, validate_line
from exchanges.choices import ExchangeState, HoursStatus, Side
from exchanges.placeholders import PLACEHOLDERS
from matching.rules import MAX_HOURS_IN_A_WEEK

ANSWER_MAX_LENGTH = 1000
REASON_MAX_LENGTH = 1000
TEMPLATE_MAX_LENGTH = 20_000
NOTICE_DAYS_MAX = 365
EVALUATION_SENTENCE_MAX_LENGTH = 300


def _answer(label, **extra):
    return models.TextField(
        label,
        blank=True,
        max_length=ANSWER_MAX_LENGTH,
        validators=text_validators(ANSWER_MAX_LENGTH),
        **extra,
    )


class Exchange(models.Model):
    """One person working for another organisation for a while, at cost price: started from a
    shortlisted candidate or an accepted round proposal, run through `exchanges.transitions`."""

    request = models.ForeignKey(
        "matching.ExchangeRequest", on_delete=models.PROTECT, related_name="exchanges"
    )
    # The person and their availability; empty once the person's data is erased, while the
    # organisations keep their record of the exchange.
    availability = models.ForeignKey(
        "matching.Availability",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="exchanges",
    )
    person = models.ForeignKey(
        "network.Person", null=True, blank=True, on_delete=models.SET_NULL, related_name="exchanges"
    )
    lender = models.ForeignKey(
        "network.Organisation", on_delete=models.PROTECT, related_name="exchanges_lent"
    )
    borrower = models.ForeignKey(
        "network.Organisation", on_delete=models.PROTECT, related_name="exchanges_borrowed"
    )
    proposal = models.ForeignKey(
        "matching.Proposal", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    state = models.CharField(
        _("state"), max_length=16, choices=ExchangeState.choices, default=ExchangeState.PROPOSED
    )
    state_changed_at = models.DateTimeField(_("in this state since"))
    reminded_at = models.DateTimeField(null=True, blank=True)

    # The terms.
    starts_on = models.DateField(_("from"))
    ends_on = models.DateField(_("until"))
    hours_per_week = models.DecimalField(
        _("hours per week"),
        max_digits=4,
        decimal_places=1,
        validators=[MinValueValidator(0.5), MaxValueValidator(MAX_HOURS_IN_A_WEEK)],
    )
    week_mask = models.BinaryField(default=bytes(84))
    cost_price_per_hour = models.DecimalField(
        _("cost price per hour"),
        max_digits=7,
        decimal_places=2,
        validators=[MinValueValidator(0), MaxValueValidator(10_000)],
    )
    wage_costs_by = models.CharField(
        _("who pays the wage costs"), max_length=8, choices=Side.choices, default=Side.LENDER
    )
    insured_by = models.CharField(
        _("who is liable and insured for illness and accidents"),
        max_length=8,
        choices=Side.choices,
        default=Side.LENDER,
    )
    notice_days = models.PositiveSmallIntegerField(
        _("days of notice to end it early"),
        default=14,
        validators=[MaxValueValidator(NOTICE_DAYS_MAX)],
    )

    # The lending organisation's answers.
    handover = _answer(_("who takes over the person's own work"))
    reachability = _answer(_("how the person can be reached by their own organisation"))
    contract = _answer(_("the person's contract and conditions during the exchange"))
    # The person's.
    declared_interests = _answer(_("interests the person declares"))
    # The borrowing organisation's.
    onboarding = _answer(_("onboarding plan"))
    supervisor = models.CharField(
        _("supervisor"), max_length=160, blank=True, validators=[validate_line]
    )
    system_access = _answer(_("access to systems and buildings"))

    reason = models.TextField(
        _("reason"),
        blank=True,
        max_length=REASON_MAX_LENGTH,
        validators=text_validators(REASON_MAX_LENGTH),
    )
    # The draft case the evaluations were turned into (`services.exchange_case_draft`).
    case_page = models.ForeignKey(
        "cases.CasePage", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # The agreement as both organisations signed it, kept as it was.
    signed_text = models.TextField(blank=True)
    signed_hash = models.CharField(max_length=64, blank=True)

    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("exchange")
        verbose_name_plural = _("exchanges")
        indexes = [models.Index(fields=["state", "state_changed_at"])]

    def __str__(self):
        return f"{self.request} ({self.get_state_display()})"

    @property
    def reference(self) -> str:
        """What the exchange holds in matching under (`matching.services.hours_hold`)."""
        return f"exchange:{self.pk}"

    def clean(self):
        super().clean()
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": _("The period must end on or after its start.")})


class Signature(models.Model):
    """One organisation's signature: who confirmed which text of the agreement, and when. It
    holds only while the agreement's text is the one signed (its hash)."""

    exchange = models.ForeignKey(Exchange, on_delete=models.CASCADE, related_name="signatures")
    side = models.CharField(max_length=8, choices=Side.choices)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    signer_name = models.CharField(max_length=200)
    text_hash = models.CharField(max_length=64)
    signed_at = models.DateTimeField()

    class Meta:
        ordering = ["signed_at"]
        constraints = [
            models.UniqueConstraint(fields=["exchange", "side"], name="one_signature_per_side")
        ]

    def __str__(self):
        return f"{self.signer_name} ({self.get_side_display()})"


class HoursEntry(models.Model):
    """The hours worked in one week of an exchange, as logged by the person or the borrowing
    organisation, and the lending organisation's approval or dispute."""

    exchange = models.ForeignKey(Exchange, on_delete=models.CASCADE, related_name="hours")
    week = models.DateField(_("week (its Monday)"))
    hours = models.DecimalField(
        _("hours"),
        max_digits=4,
        decimal_places=1,
        validators=[MinValueValidator(0.5), MaxValueValidator(MAX_HOURS_IN_A_WEEK)],
    )
    note = models.CharField(_("note"), max_length=300, blank=True, validators=[validate_line])
    status = models.CharField(
        _("status"), max_length=10, choices=HoursStatus.choices, default=HoursStatus.SUBMITTED
    )
    dispute_reason = models.TextField(
        _("why the hours are disputed"),
        blank=True,
        max_length=REASON_MAX_LENGTH,
        validators=text_validators(REASON_MAX_LENGTH),
    )
    logged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    logged_at = models.DateTimeField()
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["week"]
        verbose_name = _("hours of a week")
        verbose_name_plural = _("hours")
        constraints = [
            models.UniqueConstraint(fields=["exchange", "week"], name="one_entry_per_week")
        ]

    def __str__(self):
        return f"{self.exchange_id} {self.week}: {self.hours}"


class Evaluation(models.Model):
    """One party's evaluation of a finished exchange: per element of the plate's Meerwaarde
    theme a score of 1 to 5 and a sentence."""

    exchange = models.ForeignKey(Exchange, on_delete=models.CASCADE, related_name="evaluations")
    role = models.CharField(max_length=8)  # exchanges.choices.Role: lender, borrower, person
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    # [{"element": page id, "title": ..., "score": 1-5, "sentence": ...}, ...]
    answers = models.JSONField(default=list)
    submitted_at = models.DateTimeField()

    class Meta:
        ordering = ["submitted_at"]
        verbose_name = _("evaluation")
        verbose_name_plural = _("evaluations")
        constraints = [
            models.UniqueConstraint(fields=["exchange", "role"], name="one_evaluation_per_role")
        ]

    def __str__(self):
        return f"{self.exchange_id} {self.role}"


PLACEHOLDER = re.compile(r"\{([^{}]*)\}")


class AgreementTemplate(models.Model):
    """The text every exchange's agreement is drawn from, with placeholders for its terms;
    editors keep it in the CMS. The newest active template is used."""

    name = models.CharField(_("name"), max_length=160, validators=[validate_line])
    body = models.TextField(
        _("text"),
        max_length=TEMPLATE_MAX_LENGTH,
        validators=text_validators(TEMPLATE_MAX_LENGTH),
        help_text=_(
            "Paragraphs separated by an empty line; a line starting with “# ” is a heading. "
            "Placeholders in braces, such as {lender} or {hours_per_week}, are filled in from "
            "the exchange."
        ),
    )
    active = models.BooleanField(_("in use"), default=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-updated_at"]
        verbose_name = _("agreement template")
        verbose_name_plural = _("agreement templates")

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        unknown = sorted(
            {name for name in PLACEHOLDER.findall(self.body or "") if name not in PLACEHOLDERS}
        )
        if unknown:
            raise ValidationError(
                {
                    "body": _("Unknown placeholders: %(names)s. Known: %(known)s.")
                    % {
                        "names": ", ".join(f"{{{name}}}" for name in unknown),
                        "known": ", ".join(f"{{{name}}}" for name in PLACEHOLDERS),
                    }
                }
            )


@register_setting(icon="cogs")
class ExchangeSettings(BaseGenericSetting):
    """The desk's settings for exchanges."""

    reminder_days = models.PositiveSmallIntegerField(
        _("remind the next party after this many days"),
        default=5,
        validators=[MinValueValidator(1), MaxValueValidator(60)],
    )

    class Meta:
        verbose_name = _("exchange settings")
