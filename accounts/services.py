"""Writes of the accounts app: personal API tokens."""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log
from wagtail.models import APIToken

from accounts.models import APITokenExpiry
from core.limits import text_problem

TOKEN_NAME_MAX_LENGTH = 80


@transaction.atomic
def api_token_create(*, user, name: str, lifetime_days: int) -> tuple[APIToken, str]:
    """A new personal token that works for `lifetime_days`; returns it and its secret, which
    is shown once and never stored."""
    name = " ".join(name.split())
    problem = text_problem(name, single_line=True)
    if not name or problem or len(name) > TOKEN_NAME_MAX_LENGTH:
        raise ValidationError(
            {"name": [problem or _("Give the token a name of at most 80 characters.")]}
        )
    if not 1 <= lifetime_days <= settings.API_TOKEN_MAX_DAYS:
        raise ValidationError(
            {
                "lifetime_days": [
                    _("A token works for 1 to %(days)s days.")
                    % {"days": settings.API_TOKEN_MAX_DAYS}
                ]
            }
        )
    token, secret = APIToken.create_token(user=user, name=name)
    expiry = APITokenExpiry(
        token=token, expires_at=timezone.now() + datetime.timedelta(days=lifetime_days)
    )
    expiry.full_clean()
    expiry.save()
    token.expiry = expiry
    log(instance=token, action="wagtail.apitoken.create", user=user)
    return token, secret


def api_token_revoke(*, user, token_id: int) -> bool:
    """Revoke one of the user's own tokens; False when there is no such open token."""
    token = APIToken.objects.filter(user=user, pk=token_id, revoked_at__isnull=True).first()
    if token is None:
        return False
    token.revoke()
    log(instance=token, action="wagtail.apitoken.revoke", user=user)
    return True
