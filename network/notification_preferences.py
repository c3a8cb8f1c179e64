"""The digest choice on a person's profile (`Person.digest`), told to the notifications app
(registered in `NetworkConfig.ready`): people without a profile get no digest."""

from django.urls import reverse

from notifications import preferences


def _recipients(users):
    return users.filter(person__digest=True)


def _wanted(user) -> bool | None:
    person = getattr(user, "person", None)
    return None if person is None else person.digest


def register() -> None:
    preferences.digest_preference_register(
        recipients=_recipients,
        wanted=_wanted,
        settings_url=lambda: reverse("network:profile_edit"),
    )
