from network.models.pages import (
    RegistrationStatus,
    SessionIndexPage,
    SessionPage,
    SessionRegistration,
)
from network.models.people import Consent, Invitation, Person
from network.models.snippets import Organisation

__all__ = [
    "Consent",
    "Invitation",
    "Organisation",
    "Person",
    "RegistrationStatus",
    "SessionIndexPage",
    "SessionPage",
    "SessionRegistration",
]
