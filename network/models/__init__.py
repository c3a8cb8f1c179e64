from network.models.pages import SessionIndexPage, SessionPage
from network.models.people import Consent, Invitation, Notification, Person
from network.models.snippets import Organisation

__all__ = [
    "Consent",
    "Invitation",
    "Notification",
    "Organisation",
    "Person",
    "SessionIndexPage",
    "SessionPage",
]
