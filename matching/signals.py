"""Keep the cached matrix of offers true: anything it is built from tells it when it changes."""

from django.conf import settings
from django.db.models.signals import m2m_changed, post_delete, post_save


def _changed(**kwargs):
    from matching.selectors import offers_changed

    if kwargs.get("update_fields") and set(kwargs["update_fields"]) <= {"last_login"}:
        return  # a login changes nothing a match depends on

    offers_changed()


def connect() -> None:
    from matching.models import (
        Availability,
        AvailabilityException,
        AvailabilityQualification,
        ConflictOfInterest,
    )
    from network.models import Organisation, Person
    from vocabulary.models import Term

    for model in (
        Availability,
        AvailabilityException,
        AvailabilityQualification,
        ConflictOfInterest,
        Organisation,
        Person,
        Term,
        settings.AUTH_USER_MODEL,
    ):
        post_save.connect(_changed, sender=model, dispatch_uid=f"matching-save-{model}")
        post_delete.connect(_changed, sender=model, dispatch_uid=f"matching-delete-{model}")
    for through in (Availability.mobility_forms.through, Person.expertise.through):
        m2m_changed.connect(_changed, sender=through, dispatch_uid=f"matching-m2m-{through}")
