"""The shared vocabulary: Dutch places, the terms of expertise and qualification, and the
forms of mobility.

The models moved here from `network` and `matching` and keep their tables (`db_table`), so
the move copied no data (see `migrations/0001_initial.py`).
"""

from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.search import index

from core.limits import text_validators, validate_line, validate_text
from vocabulary.choices import Region, TermKind

FORM_DESCRIPTION_MAX_LENGTH = 1000


class Place(models.Model):
    """A Dutch place with its coordinates, from GeoNames (places of 500 or more people)."""

    geonames_id = models.PositiveIntegerField(unique=True)
    name = models.CharField(_("name"), max_length=120)
    label = models.CharField(
        _("label"),
        max_length=160,
        unique=True,
        help_text=_("The name, with the province when several places share it."),
    )
    region = models.CharField(_("province"), max_length=32, choices=Region.choices)
    latitude = models.FloatField(_("latitude"))
    longitude = models.FloatField(_("longitude"))
    population = models.PositiveIntegerField(_("population"), default=0)

    class Meta:
        db_table = "network_place"
        ordering = ["label"]
        verbose_name = _("place")
        verbose_name_plural = _("places")
        indexes = [models.Index(fields=["name"])]

    def __str__(self):
        return self.label


class Term(index.Indexed, models.Model):
    """A word of the shared vocabulary: an expertise or a qualification."""

    name = models.CharField(_("name"), max_length=80, validators=[validate_line])
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    kind = models.CharField(_("kind"), max_length=16, choices=TermKind.choices)
    description = models.CharField(
        _("description"), max_length=300, blank=True, validators=[validate_text]
    )
    # The table of this relation follows `db_table`: it is still `network_term_related`.
    related = models.ManyToManyField(
        "self",
        verbose_name=_("related terms"),
        blank=True,
        symmetrical=True,
        help_text=_("Terms that partly stand in for this one when matching."),
    )

    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        db_table = "network_term"
        ordering = ["name"]
        verbose_name = _("vocabulary term")
        verbose_name_plural = _("vocabulary")
        constraints = [models.UniqueConstraint(fields=["kind", "name"], name="unique_term_name")]

    def __str__(self):
        return self.name


class MobilityForm(index.Indexed, models.Model):
    """A way of working in the wider interest (collegial lending, a hybrid role, ...).

    Rules that differ per form, such as a yearly cap on hours, are data here so that matching
    can enforce them without code changes.
    """

    name = models.CharField(_("name"), max_length=120, validators=[validate_line])
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    description = models.TextField(
        _("description"),
        blank=True,
        max_length=FORM_DESCRIPTION_MAX_LENGTH,
        validators=text_validators(FORM_DESCRIPTION_MAX_LENGTH),
    )
    yearly_hour_cap = models.PositiveIntegerField(
        _("maximum hours per year"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_("Leave empty when this form has no yearly cap."),
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    search_fields = [index.SearchField("name"), index.SearchField("description")]

    class Meta:
        db_table = "matching_mobilityform"
        ordering = ["sort_order", "name"]
        verbose_name = _("form of mobility")
        verbose_name_plural = _("forms of mobility")

    def __str__(self):
        return self.name
