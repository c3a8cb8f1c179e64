"""Organisations (their places and terms are the shared vocabulary's, `vocabulary.models`)."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.search import index

from core.images import random_name
from core.limits import text_validators, validate_line
from network.choices import OrganisationStatus, Sector, SizeClass, status_can_exchange
from vocabulary.choices import Region
from vocabulary.models import Place, Term

ORGANISATION_DESCRIPTION_MAX_LENGTH = 2000


def _logo_path(instance, filename):
    # A random name: a new logo gets a new URL, and the uploaded file's name is not kept.
    return random_name("organisations", filename)


class Organisation(index.Indexed, models.Model):
    """An organisation that takes part in the network (lends, borrows or facilitates staff)."""

    name = models.CharField(_("name"), max_length=160, validators=[validate_line])
    slug = models.SlugField(_("slug"), max_length=160, unique=True)
    sector = models.CharField(_("sector"), max_length=32, choices=Sector.choices)
    size_class = models.CharField(
        _("size"), max_length=16, choices=SizeClass.choices, default=SizeClass.LARGE
    )
    region = models.CharField(_("region"), max_length=32, choices=Region.choices)
    place = models.ForeignKey(
        Place,
        verbose_name=_("place"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="organisations",
    )
    website = models.URLField(_("website"), blank=True)
    description = models.TextField(
        _("description"),
        blank=True,
        max_length=ORGANISATION_DESCRIPTION_MAX_LENGTH,
        validators=text_validators(ORGANISATION_DESCRIPTION_MAX_LENGTH),
    )
    logo = models.ImageField(_("logo"), upload_to=_logo_path, blank=True)
    offers = models.ManyToManyField(
        Term, verbose_name=_("offers"), blank=True, related_name="offered_by"
    )
    needs = models.ManyToManyField(
        Term, verbose_name=_("needs"), blank=True, related_name="needed_by"
    )
    status = models.CharField(
        _("network status"),
        max_length=20,
        choices=OrganisationStatus.choices,
        default=OrganisationStatus.PENDING,
    )
    agreement_signed_on = models.DateField(_("agreement signed on"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("description"),
        index.FilterField("sector"),
        index.FilterField("region"),
        index.FilterField("status"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        permissions = [
            ("moderate_network", _("Can approve organisations and moderate contributions")),
            ("manage_own_organisation", _("Can manage their own organisation and its people")),
            ("view_members_only", _("Can see what is shared with network members")),
        ]
        constraints = [
            models.CheckConstraint(
                condition=~Q(status=OrganisationStatus.AGREEMENT_SIGNED)
                | Q(agreement_signed_on__isnull=False),
                name="signed_organisation_has_agreement_date",
            )
        ]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if self.status == OrganisationStatus.AGREEMENT_SIGNED and not self.agreement_signed_on:
            raise ValidationError(
                {"agreement_signed_on": _("Give the date the agreement was signed.")}
            )

    @property
    def can_exchange(self) -> bool:
        """Only organisations with a signed agreement take part in actual exchanges."""
        return status_can_exchange(self.status)

    @property
    def is_active(self) -> bool:
        return self.status in (OrganisationStatus.JOINED, OrganisationStatus.AGREEMENT_SIGNED)
