"""The fixed lists of the shared vocabulary: the provinces and the kinds of terms."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Region(models.TextChoices):
    """The twelve Dutch provinces, and the whole country for national programmes."""

    GRONINGEN = "groningen", "Groningen"
    FRIESLAND = "friesland", "Friesland"
    DRENTHE = "drenthe", "Drenthe"
    OVERIJSSEL = "overijssel", "Overijssel"
    FLEVOLAND = "flevoland", "Flevoland"
    GELDERLAND = "gelderland", "Gelderland"
    UTRECHT = "utrecht", "Utrecht"
    NOORD_HOLLAND = "noord-holland", _("North Holland")
    ZUID_HOLLAND = "zuid-holland", _("South Holland")
    ZEELAND = "zeeland", "Zeeland"
    NOORD_BRABANT = "noord-brabant", _("North Brabant")
    LIMBURG = "limburg", "Limburg"
    NATIONAL = "national", _("National")


class TermKind(models.TextChoices):
    """The two lists of the shared vocabulary."""

    EXPERTISE = "expertise", _("Expertise")
    QUALIFICATION = "qualification", _("Qualification")
