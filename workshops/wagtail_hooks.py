"""What the live workshops add to pages of lower apps: on an element's page, the dots and
tagged notes ended workshops gave it, with the sessions they were held at."""

from wagtail import hooks

from actieplaat.models.pages import ELEMENT_PAGE_CONTEXT
from workshops.outcomes import element_session_votes


@hooks.register(ELEMENT_PAGE_CONTEXT)
def element_page_session_votes(*, page, request) -> dict:
    return {"session_votes": element_session_votes(element=page)}
