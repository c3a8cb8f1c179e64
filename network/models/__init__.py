from network.models.pages import SessionIndexPage, SessionPage
from network.models.people import Consent, Invitation, Person
from network.models.snippets import Organisation

__all__ = [
    "Consent",
    "Invitation",
    "Organisation",
    "Person",
    "SessionIndexPage",
    "SessionPage",
]
