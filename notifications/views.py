"""The notifications page of a logged-in person."""

from django.contrib.auth.decorators import login_required
from django.template.response import TemplateResponse

from notifications.preferences import digest_choice
from notifications.selectors import notifications_for
from notifications.services import notifications_mark_read


@login_required
def index(request):
    """A person's notifications, newest first; opening the page marks them read."""
    items = notifications_for(user=request.user)
    unread = {item.pk for item in items if item.read_at is None}
    notifications_mark_read(user=request.user, ids=unread)
    return TemplateResponse(
        request,
        "notifications/index.html",
        {"items": items, "unread": unread, "digest": digest_choice(request.user)},
    )
