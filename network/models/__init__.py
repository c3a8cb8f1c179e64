from network.models.pages import SessionIndexPage, SessionPage
from network.models.snippets import Organisation

__all__ = ["Organisation", "SessionIndexPage", "SessionPage"]
