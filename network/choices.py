"""Fixed vocabularies of the network: sectors and regions."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Sector(models.TextChoices):
    """The sectors an organisation belongs to."""

    DEFENCE = "defence", _("Defence")
    HEALTHCARE = "healthcare", _("Healthcare")
    EDUCATION = "education", _("Education")
    INDUSTRY_TECHNOLOGY = "industry_technology", _("Industry and technology")
    LOGISTICS = "logistics", _("Logistics")
    PUBLIC_ADMINISTRATION = "public_administration", _("Public administration")
    OTHER = "other", _("Other")


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
