"""What the live workshops add to the pages of lower apps, through their hooks: on a session's
page, where a facilitator builds its workshop; on an element's page, the dots and tagged notes
ended workshops gave it, with the sessions they were held at."""

from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from wagtail import hooks

from actieplaat.models.pages import ELEMENT_PAGE_CONTEXT
from core.page_context import SESSION_PAGE_CONTEXT
from workshops.outcomes import element_session_votes
from workshops.services import has_facilitator_role


@hooks.register(SESSION_PAGE_CONTEXT)
def session_page_workshop_links(*, page, request) -> dict:
    """A facilitator of the network sees on a session's page where to build its workshop."""
    if not has_facilitator_role(request.user):
        return {}
    new = f"{reverse('workshops:new')}?{urlencode({'sessie': page.pk})}"
    return {
        "session_actions": [
            {"url": new, "label": _("Build a workshop for this session")},
            {"url": reverse("workshops:mine"), "label": _("My workshops")},
        ]
    }


@hooks.register(ELEMENT_PAGE_CONTEXT)
def element_page_session_votes(*, page, request) -> dict:
    return {"session_votes": element_session_votes(element=page)}
