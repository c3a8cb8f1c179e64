"""Template tags for the notification link in the site header."""

from django import template

from notifications.selectors import notifications_unread_count

register = template.Library()


@register.simple_tag(takes_context=True)
def unread_notifications(context) -> int:
    """How many notifications the logged-in person has not read."""
    user = context["request"].user
    if not user.is_authenticated:
        return 0
    return notifications_unread_count(user=user)
