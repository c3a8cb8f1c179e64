"""The network's index page: what the current visitor can do here, by role."""

from django.template.response import TemplateResponse

from core.selectors import site_root_for_request
from network.choices import OrganisationStatus
from network.permissions import administers, can_moderate, is_member, person_of
from network.selectors import invitations_open, organisation_list, session_index_within


def index(request):
    """The directory for everyone; one's own organisation and profile; the desk's work."""
    user = request.user
    person = person_of(user)
    organisation = person.organisation if person is not None else None
    root = site_root_for_request(request)
    context = {
        "person": person,
        "organisation": organisation,
        "is_member": is_member(user),
        "can_moderate": can_moderate(user),
        "administers": administers(user, organisation),
        "sessions": session_index_within(root=root) if root is not None else None,
    }
    if context["administers"]:
        context["open_invitations"] = invitations_open(organisation=organisation).count()
    if context["can_moderate"]:
        context["pending_count"] = organisation_list(
            user=user, status=OrganisationStatus.PENDING
        ).count()
    return TemplateResponse(request, "network/index.html", context)
