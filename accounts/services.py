"""Writes of the accounts app: personal API tokens, and the e-mails of signing up."""

import datetime

from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log
from wagtail.models import APIToken

from accounts.models import APITokenExpiry
from accounts.selectors import user_with_email
from core.limits import text_problem
from core.mail import mail_send

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


# Sign-up: the address is confirmed by e-mail before anything is stored. The link carries
# the form's data, signed (not encrypted: it holds nothing the mailbox's owner did not type)
# and valid as long as a password-reset link.
SIGNUP_SALT = "accounts.signup"


class SignUpLinkInvalid(Exception):
    """A sign-up link that cannot be used, with a message for the person holding it."""


def signup_token_make(*, data: dict) -> str:
    """The token in the confirmation link: the sign-up form's data, signed and dated."""
    return signing.dumps(data, salt=SIGNUP_SALT, compress=True)


def signup_token_read(*, token: str) -> dict:
    """The sign-up data behind a link, or SignUpLinkInvalid saying what is wrong."""
    try:
        data = signing.loads(token, salt=SIGNUP_SALT, max_age=settings.PASSWORD_RESET_TIMEOUT)
    except signing.SignatureExpired:
        raise SignUpLinkInvalid(
            _("This link has expired: it works for one day. Register again to get a new one.")
        ) from None
    except signing.BadSignature:
        raise SignUpLinkInvalid(
            _("This link is not valid. Check that you copied it whole.")
        ) from None
    if not isinstance(data, dict):
        raise SignUpLinkInvalid(_("This link is not valid. Check that you copied it whole."))
    return data


def signup_start(
    *,
    email: str,
    first_name: str,
    organisation: str,
    confirm_url: str,
    login_url: str,
    password_reset_url: str,
) -> None:
    """Mail the address a link to finish signing up; when it already has an account, mail
    its owner that someone tried instead. The visitor is told the same either way."""
    owner = user_with_email(email=email)
    if owner is not None:
        subject = _("Someone tried to register with your e-mail address on Breder Belang")
        body = render_to_string(
            "accounts/email/signup_account_exists.txt",
            {
                "email": owner.email,
                "login_url": login_url,
                "password_reset_url": password_reset_url,
            },
        )
    else:
        subject = _("Confirm your registration on Breder Belang")
        body = render_to_string(
            "accounts/email/signup_confirm.txt",
            {"first_name": first_name, "organisation": organisation, "link": confirm_url},
        )
    mail_send(subject=subject, message=body, recipients=[email])
