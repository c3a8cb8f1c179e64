"""Keep the cached matrix of offers true: anything it is built from tells it when it changes.

Imported by `MatchingConfig.ready`, once every app's models are loaded."""

from django.conf import settings
from django.db.models.signals import m2m_changed, post_delete, post_save

from matching.models import (
    Availability,
    AvailabilityException,
    AvailabilityQualification,
    ConflictOfInterest,
    HoursHold,
)
from matching.selectors.offers import offers_changed
from network.models import Organisation, Person
from vocabulary.models import Term


def _changed(**kwargs):
    if kwargs.get("update_fields") and set(kwargs["update_fields"]) <= {"last_login"}:
        return  # a login changes nothing a match depends on

    offers_changed()


def connect() -> None:
    for model in (
        Availability,
        AvailabilityException,
        AvailabilityQualification,
        ConflictOfInterest,
        HoursHold,
        Organisation,
        Person,
        Term,
        settings.AUTH_USER_MODEL,
    ):
        post_save.connect(_changed, sender=model, dispatch_uid=f"matching-save-{model}")
        post_delete.connect(_changed, sender=model, dispatch_uid=f"matching-delete-{model}")
    for through in (Availability.mobility_forms.through, Person.expertise.through):
        m2m_changed.connect(_changed, sender=through, dispatch_uid=f"matching-m2m-{through}")
