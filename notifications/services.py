"""Notifications: stored for the person, pushed live over the channel layer, and gathered in
an e-mail digest that is never sent empty."""

import asyncio

from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.contrib.auth import get_user_model
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from core.links import absolute_url
from core.mail import mail_send
from notifications.consumers import group_name
from notifications.models import Notification
from notifications.preferences import digest_recipients


def _push(user_id: int, event: dict) -> None:
    layer = get_channel_layer()
    if layer is None:
        return
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        async_to_sync(layer.group_send)(group_name(user_id), event)
        return
    # An event loop runs in this very thread only where Django's async-safety check is lifted
    # (the browser tests load the demo beside Playwright's loop): nothing can be awaited from
    # here, so no live push; the notification is stored and shows on the next page.


def live_message_send(*, user_id: int, message: dict) -> None:
    """Push a message (a dict with a "type") to the person's open pages after the commit,
    without storing it: how far a task they started has come, for one."""
    transaction.on_commit(lambda: _push(user_id, {"type": "live.message", "message": message}))


def notification_send(
    *, user, title: str, body: str = "", url: str = "", email_now: bool = False
) -> Notification:
    """Store a notification and push it to the person's open pages after the commit. With
    `email_now` (a step someone waits for) it is also e-mailed at once, and so left out of
    the next digest."""
    notification = Notification(user=user, title=title[:200], body=body[:2000], url=url[:300])
    notification.full_clean()
    if email_now:
        notification.emailed_at = timezone.now()
        with translation.override("nl"):
            mail_send(
                subject=_("Breder Belang: %(title)s") % {"title": notification.title},
                message=render_to_string(
                    "notifications/email/single.txt",
                    {
                        "user": user,
                        "item": notification,
                        "link": notification.url and absolute_url(notification.url),
                    },
                ),
                recipients=[user.email],
            )
    notification.save()
    payload = {
        "id": notification.pk,
        "title": notification.title,
        "body": notification.body,
        "url": notification.url,
    }

    transaction.on_commit(
        lambda: _push(user.pk, {"type": "notification.new", "notification": payload})
    )
    return notification


def notifications_mark_read(*, user, ids=None) -> int:
    """Mark the person's unread notifications read (only those in `ids` when given)."""
    unread = Notification.objects.filter(user=user, read_at__isnull=True)
    if ids is not None:
        unread = unread.filter(pk__in=ids)
    return unread.update(read_at=timezone.now())


def digests_send() -> int:
    """One e-mail per person with their notifications not yet e-mailed; none for people who
    switched the digest off (`preferences`), and none when there is nothing new. Returns how
    many were sent."""
    sent = 0
    users = digest_recipients(
        get_user_model()
        .objects.filter(is_active=True, notifications__emailed_at__isnull=True)
        .distinct()
    )
    for user in users:
        items = list(
            Notification.objects.filter(user=user, emailed_at__isnull=True).order_by("created_at")
        )
        if not items:
            continue
        with translation.override("nl"):
            mail_send(
                subject=ngettext(
                    "Breder Belang: %(count)s new notification",
                    "Breder Belang: %(count)s new notifications",
                    len(items),
                )
                % {"count": len(items)},
                message=render_to_string(
                    "notifications/email/digest.txt",
                    {
                        "user": user,
                        "items": [(item, item.url and absolute_url(item.url)) for item in items],
                    },
                ),
                recipients=[user.email],
            )
        Notification.objects.filter(pk__in=[item.pk for item in items]).update(
            emailed_at=timezone.now()
        )
        sent += 1
    return sent
