"""Who wants the e-mail digest: a hook for the app that stores the choice.

The choice lives with a person's profile (in `network`, a floor above), so the app that
stores it registers it here in its `AppConfig.ready()`; without one, every active account
gets the digest and the notifications page says nothing about it.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.db.models import QuerySet


@dataclass(frozen=True)
class DigestPreference:
    """How the digest choice is stored: `recipients` narrows a queryset of users to those who
    want the digest, `wanted` answers for one user (None when the user has no such choice),
    and `settings_url` is the page where a person changes it."""

    recipients: Callable[[QuerySet], QuerySet]
    wanted: Callable[[Any], bool | None]
    settings_url: Callable[[], str]


@dataclass(frozen=True)
class DigestChoice:
    """One person's choice: whether they get the digest, and where they change it."""

    wanted: bool
    settings_url: str


_preference: list[DigestPreference] = []


def digest_preference_register(
    *,
    recipients: Callable[[QuerySet], QuerySet],
    wanted: Callable[[Any], bool | None],
    settings_url: Callable[[], str],
) -> None:
    """Say where the digest choice lives; registering again replaces it (one owner)."""
    _preference[:] = [
        DigestPreference(recipients=recipients, wanted=wanted, settings_url=settings_url)
    ]


def digest_recipients(users: QuerySet) -> QuerySet:
    """The users of this queryset who want the digest."""
    return _preference[0].recipients(users) if _preference else users


def digest_choice(user) -> DigestChoice | None:
    """Whether this person gets the digest and where they change it; None if they cannot."""
    if not _preference:
        return None
    wanted = _preference[0].wanted(user)
    if wanted is None:
        return None
    return DigestChoice(wanted=wanted, settings_url=_preference[0].settings_url())
