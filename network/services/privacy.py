"""A person's rights under the GDPR (AVG): a copy of their data, and erasure."""

import datetime

from django.conf import settings
from django.contrib.sessions.models import Session
from django.db import transaction
from django.utils import timezone
from wagtail.models import ModelLogEntry, PageLogEntry, Revision

from network.models import Invitation
from search import indexing


def _iso(value):
    return value.isoformat() if value else None


def _token_expires_at(token):
    # The rule of accounts.selectors.token_expires_at, read through the relation because
    # network may not import accounts (accounts builds on network).
    expiry = getattr(token, "expiry", None)
    if expiry is not None:
        return expiry.expires_at
    return token.created + datetime.timedelta(days=settings.API_TOKEN_DEFAULT_DAYS)


def person_export(*, user) -> dict:
    """Everything the platform holds about this person, as plain data for a JSON download."""
    from cases.selectors import contributions_of

    person = getattr(user, "person", None)
    data = {
        "exported_at": timezone.now().isoformat(),
        "account": {
            "email": user.email,
            "first_name": user.first_name,
            "last_name": user.last_name,
            "date_joined": _iso(user.date_joined),
            "last_login": _iso(user.last_login),
            "roles": sorted(user.groups.values_list("name", flat=True)),
        },
        "profile": None,
        "consents": [],
        "invitation_received": None,
        "invitations_sent": [
            {
                "organisation": i.organisation.name,
                "created_at": _iso(i.created_at),
                "accepted": i.accepted_at is not None,
            }
            for i in user.invitations_sent.select_related("organisation")
        ],
        "contributions": [
            {"title": c.title, "status": c.status, "created_at": _iso(c.created_at)}
            for c in contributions_of(user=user)
        ],
        "api_tokens": [
            {
                "name": t.name,
                "prefix": t.prefix,
                "created": _iso(t.created),
                "last_used_at": _iso(t.last_used_at),
                "expires_at": _iso(_token_expires_at(t)),
                "revoked_at": _iso(t.revoked_at),
            }
            for t in user.api_tokens.select_related("expiry")
        ],
        "notifications": [
            {
                "title": n.title,
                "text": n.body,
                "created_at": _iso(n.created_at),
                "read_at": _iso(n.read_at),
            }
            for n in user.notifications.order_by("created_at")
        ],
        "activity": [
            {"action": e.action, "object": e.label, "timestamp": _iso(e.timestamp)}
            for model in (ModelLogEntry, PageLogEntry)
            for e in model.objects.filter(user_id=user.pk).order_by("timestamp")
        ],
    }
    if person is not None:
        data["profile"] = {
            "public_id": str(person.public_id),
            "organisation": person.organisation.name,
            "job_title": person.job_title,
            "bio": person.bio,
            "languages": person.languages,
            "visibility": person.visibility,
            "expertise": sorted(person.expertise.values_list("name", flat=True)),
            "qualifications": sorted(person.qualifications.values_list("name", flat=True)),
            "photo": person.photo.name or None,
            "created_at": _iso(person.created_at),
            "updated_at": _iso(person.updated_at),
        }
        data["availability"] = _availability_of(person)
        data["consents"] = [
            {
                "purpose": c.purpose,
                "text": c.text,
                "given_at": _iso(c.given_at),
                "withdrawn_at": _iso(c.withdrawn_at),
            }
            for c in person.consents.all()
        ]
        received = Invitation.objects.filter(email__iexact=user.email).first()
        if received:
            data["invitation_received"] = {
                "organisation": received.organisation.name,
                "created_at": _iso(received.created_at),
                "accepted_at": _iso(received.accepted_at),
            }
    return data


def _availability_of(person) -> list[dict]:
    """The time the person offers for matching, in the import/export format."""
    from matching.serialization import availability_json

    return [availability_json(a) for a in person.availabilities.all()]


def _scrub_revisions(user) -> None:
    """Page revisions keep a copy of the page's fields; drop this person's id from them."""
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


def _end_sessions(user) -> None:
    for session in Session.objects.filter(expire_date__gt=timezone.now()):
        if session.get_decoded().get("_auth_user_id") == str(user.pk):
            session.delete()


@transaction.atomic
def person_erase(*, user) -> None:
    """Erase a person: account, profile and personal data go; their published cases stay,
    shown as contributed by an anonymous member."""
    person = getattr(user, "person", None)
    photo = person.photo if person is not None and person.photo else None
    if person is not None:
        indexing.update_later(person)  # after the commit the person is gone: the doc goes too
    Invitation.objects.filter(email__iexact=user.email).delete()
    _scrub_revisions(user)
    for model in (ModelLogEntry, PageLogEntry):
        model.objects.filter(user_id=user.pk).update(user=None)
    _end_sessions(user)
    user.delete()  # cascades to the profile, consents and tokens; cases keep no author
    if photo is not None:
        storage, name = photo.storage, photo.name
        transaction.on_commit(lambda: storage.delete(name))
