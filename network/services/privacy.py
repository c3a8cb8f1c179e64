"""A person's rights under the GDPR (AVG): a copy of their data, and erasure.

Both go through the registry in `core.privacy`, where every app registers the sections of
personal data it holds (its `personal_data` module); nothing here lists another app's data.
"""

from django.db import transaction
from django.utils import timezone

from core import privacy


def person_export(*, user) -> dict:
    """Everything the platform holds about this person, as plain data for a JSON download."""
    data = {"exported_at": timezone.now().isoformat()}
    for section in privacy.sections():
        data[section.key] = section.export(user)
    return data


@transaction.atomic
def person_erase(*, user) -> None:
    """Erase a person: account, profile and personal data go; their published cases stay,
    shown as contributed by an anonymous member. Each app first erases what deleting the
    account would leave behind, then the account goes, and with it (cascades) the rest."""
    for section in privacy.sections():
        if section.erase is not None:
            section.erase(user)
    user.delete()
