"""Fixed vocabularies of the network: sectors, sizes, statuses, visibility and languages (the
provinces and the kinds of terms belong to the shared vocabulary, `vocabulary.choices`)."""

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


class SizeClass(models.TextChoices):
    """Whether an organisation is a small firm or a large organisation."""

    SMALL = "small", _("Small firm (SME)")
    LARGE = "large", _("Large organisation")


class OrganisationStatus(models.TextChoices):
    """Where an organisation stands in the network."""

    PENDING = "pending", _("Registered, awaiting approval")
    JOINED = "joined", _("Joined")
    AGREEMENT_SIGNED = "agreement_signed", _("Agreement signed")
    DECLINED = "declined", _("Registration declined")


# Organisations that are part of the network; only these are listed for everyone.
ACTIVE_STATUSES = (OrganisationStatus.JOINED, OrganisationStatus.AGREEMENT_SIGNED)


def status_can_exchange(status: str) -> bool:
    """The one rule of who takes part in actual exchanges: organisations with a signed
    agreement. The model's `can_exchange`, the matching's records and its arrays all ask
    this function."""
    return status == OrganisationStatus.AGREEMENT_SIGNED


class Visibility(models.TextChoices):
    """Who may see a person's profile."""

    PUBLIC = "public", _("Everyone")
    MEMBERS = "members", _("Network members only")
    HIDDEN = "hidden", _("Hidden (only me, my organisation's administrators and the desk)")


class InvitationRole(models.TextChoices):
    """The role an invited colleague gets in their organisation."""

    MEMBER = "member", _("Member")
    ADMIN = "admin", _("Organisation administrator")


class ConsentPurpose(models.TextChoices):
    """What a person agreed to."""

    LISTING = "listing", _("Being listed in the network directory")
    TERMS = "terms", _("The network's terms of use")


LANGUAGES = [
    ("nl", _("Dutch")),
    ("en", _("English")),
    ("de", _("German")),
    ("fr", _("French")),
    ("es", _("Spanish")),
    ("pl", _("Polish")),
    ("tr", _("Turkish")),
    ("ar", _("Arabic")),
    ("fy", _("Frisian")),
    ("ngt", _("Sign Language of the Netherlands")),
]
LANGUAGE_CODES = {code for code, _label in LANGUAGES}
