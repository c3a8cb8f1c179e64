"""What the live workshops add to the pages of lower apps, through core's hooks."""

from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from wagtail import hooks

from core.page_context import SESSION_PAGE_CONTEXT
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
