"""Forms of mobility; requests, availability and matching will join them here."""

from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.search import index


class MobilityForm(index.Indexed, models.Model):
    """A way of working in the wider interest (collegial lending, a hybrid role, ...).

    Rules that differ per form, such as a yearly cap on hours, are data here so that matching
    can enforce them without code changes.
    """

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    description = models.TextField(_("description"), blank=True, max_length=1000)
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
        ordering = ["sort_order", "name"]
        verbose_name = _("form of mobility")
        verbose_name_plural = _("forms of mobility")

    def __str__(self):
        return self.name
