"""Reads of the accounts app: accounts by address and personal API tokens."""

import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.models import APIToken


def user_with_email(*, email: str):
    """The account with this e-mail address (in any case), or None."""
    return get_user_model().objects.filter(email__iexact=email.strip()).first()


def token_expires_at(token: APIToken) -> datetime.datetime:
    """When the token stops working: its chosen expiry, else the default lifetime."""
    expiry = getattr(token, "expiry", None)
    if expiry is not None:
        return expiry.expires_at
    return token.created + datetime.timedelta(days=settings.API_TOKEN_DEFAULT_DAYS)


def token_is_expired(token: APIToken) -> bool:
    return token_expires_at(token) <= timezone.now()


def token_for_secret(secret: str) -> APIToken | None:
    """The unrevoked token behind a secret, with its expiry, or None."""
    return (
        APIToken.objects.select_related("expiry")
        .filter(key_hash__in=APIToken.candidate_key_hashes(secret), revoked_at__isnull=True)
        .first()
    )


def api_tokens_of(*, user) -> list[APIToken]:
    """A person's own tokens, newest first, each with `expires_at` and `is_expired` set."""
    tokens = list(
        APIToken.objects.filter(user=user).select_related("expiry").order_by("-created", "-pk")
    )
    now = timezone.now()
    for token in tokens:
        token.expires_at = token_expires_at(token)
        token.is_expired = token.expires_at <= now
    return tokens
