"""What the accounts app holds about a person: the account, API tokens and the activity
Wagtail logs under the account (registered in `AccountsConfig.ready`)."""

from django.contrib.sessions.models import Session
from django.utils import timezone
from wagtail.models import ModelLogEntry, PageLogEntry, Revision

from accounts.selectors import token_expires_at
from core import privacy
from core.privacy import iso


def _account(user) -> dict:
    return {
        "email": user.email,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "date_joined": iso(user.date_joined),
        "last_login": iso(user.last_login),
        "roles": sorted(user.groups.values_list("name", flat=True)),
    }


def _end_sessions(user) -> None:
    for session in Session.objects.filter(expire_date__gt=timezone.now()):
        if session.get_decoded().get("_auth_user_id") == str(user.pk):
            session.delete()


def _api_tokens(user) -> list[dict]:
    return [
        {
            "name": t.name,
            "prefix": t.prefix,
            "created": iso(t.created),
            "last_used_at": iso(t.last_used_at),
            "expires_at": iso(token_expires_at(t)),
            "revoked_at": iso(t.revoked_at),
        }
        for t in user.api_tokens.select_related("expiry")
    ]


def _activity(user) -> list[dict]:
    return [
        {"action": e.action, "object": e.label, "timestamp": iso(e.timestamp)}
        for model in (ModelLogEntry, PageLogEntry)
        for e in model.objects.filter(user_id=user.pk).order_by("timestamp")
    ]


def _forget_activity(user) -> None:
    """Log entries stay (what happened to a page), without who did it; page revisions keep
    a copy of the page's fields, from which this person's id is dropped."""
    for model in (ModelLogEntry, PageLogEntry):
        model.objects.filter(user_id=user.pk).update(user=None)
    for revision in (
        Revision.objects.filter(user=user)
        | Revision.objects.filter(content__author=user.pk)
        | Revision.objects.filter(content__owner=user.pk)
    ):
        content = dict(revision.content)
        for key in ("author", "owner", "locked_by"):
            if content.get(key) == user.pk:
                content[key] = None
        revision.content = content
        revision.user = None
        revision.save(update_fields=["content", "user"])


def register() -> None:
    privacy.register("account", export=_account, models=("accounts.User",), erase=_end_sessions)
    privacy.register("api_tokens", export=_api_tokens)
    privacy.register("activity", export=_activity, erase=_forget_activity)
