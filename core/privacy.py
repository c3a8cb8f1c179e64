"""The registry of personal data (GDPR/AVG): every app says what it holds about a person.

An app registers its sections in its `AppConfig.ready()`; the export download and the
erasure in `network.services.privacy` go through all registered sections, so an app that
stores something about a person adds it here and touches no other app. Each section names
the models it covers, and a test holds every model with a link to a user or a profile to
being covered by one.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class PersonalData:
    """One section of a person's export: its key in the download, how to read it for a
    user, the models it covers and, when deleting the account does not remove the data by
    itself (a cascade or SET_NULL), how to erase it first."""

    key: str
    export: Callable[[Any], Any]
    models: tuple[str, ...]
    erase: Callable[[Any], None] | None = None


_sections: dict[str, PersonalData] = {}


def register(
    key: str,
    *,
    export: Callable[[Any], Any],
    models: tuple[str, ...] = (),
    erase: Callable[[Any], None] | None = None,
) -> None:
    """Add a section; models are named "app_label.ModelName". A key registered twice is a
    mistake (two apps would overwrite each other's data in the download)."""
    if key in _sections and _sections[key].export is not export:
        raise ValueError(f"personal data section {key!r} is registered twice")
    _sections[key] = PersonalData(key=key, export=export, models=tuple(models), erase=erase)


def sections() -> list[PersonalData]:
    """The registered sections, in the order the apps registered them."""
    return list(_sections.values())


def iso(value) -> str | None:
    """A date or time as the download writes it (ISO 8601), or None."""
    return value.isoformat() if value else None


def covered_models() -> set[str]:
    return {model for section in _sections.values() for model in section.models}
