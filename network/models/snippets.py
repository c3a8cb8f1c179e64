"""Organisations of the network, managed as snippets."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.search import index

from network.choices import Region, Sector


class Organisation(index.Indexed, models.Model):
    """An organisation that takes part in the network (lends, borrows or facilitates staff)."""

    name = models.CharField(_("name"), max_length=160)
    slug = models.SlugField(_("slug"), max_length=160, unique=True)
    sector = models.CharField(_("sector"), max_length=32, choices=Sector.choices)
    region = models.CharField(_("region"), max_length=32, choices=Region.choices)
    place = models.CharField(_("place"), max_length=120, blank=True)
    website = models.URLField(_("website"), blank=True)
    description = models.TextField(_("description"), blank=True, max_length=2000)

    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("place"),
        index.SearchField("description"),
        index.FilterField("sector"),
        index.FilterField("region"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def __str__(self):
        return self.name
