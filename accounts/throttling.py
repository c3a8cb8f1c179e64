"""Log-in throttling with django-axes: who counts as the same account and address, when a
lock ends, and what a locked-out person or script is told.

The site's log-in, Wagtail's admin log-in and the API's bearer tokens share one record of
failures: an account is locked after AXES_FAILURE_LIMIT failures, and so is an address
(every account tried from it and every wrong token sent from it counts).
"""

import datetime
import ipaddress
import math

from axes.handlers.proxy import AxesProxyHandler
from axes.helpers import get_cool_off, get_failure_limit
from django.conf import settings
from django.contrib.auth.signals import user_login_failed
from django.db.models import Max, Sum
from django.shortcuts import render
from django.utils import timezone

# The credentials a wrong API token is recorded with: no account, only the address counts.
API_TOKEN = "api_token"  # noqa: S105 (a key in the credentials, not a secret)
TOKEN_CREDENTIALS = {"username": None, API_TOKEN: True}


class LockedOut(Exception):
    """Too many failures from this address or for this account; `until` says when it ends."""

    def __init__(self, until: datetime.datetime):
        super().__init__(until.isoformat())
        self.until = until

    @property
    def retry_after(self) -> int:
        """Whole seconds until the lock ends, for the Retry-After header."""
        return max(1, math.ceil((self.until - timezone.now()).total_seconds()))


def client_ip(request) -> str:
    """The client's address: the connection's, or behind TRUSTED_PROXY_COUNT proxies the one
    they put in X-Forwarded-For (each proxy appends the address it saw, so the client is that
    many entries from the right; anything further left is what the client claimed)."""
    remote = request.META.get("REMOTE_ADDR", "")
    count = settings.TRUSTED_PROXY_COUNT
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if count > 0 and forwarded:
        hops = [hop.strip() for hop in forwarded.split(",")]
        if len(hops) >= count:
            try:
                return str(ipaddress.ip_address(hops[-count]))
            except ValueError:
                pass
    return remote


def attempted_username(request, credentials=None) -> str | None:
    """The account a log-in tried, as stored: e-mail addresses are case-insensitive here."""
    source = credentials if credentials is not None else request.POST
    value = source.get("username")
    return value.strip().lower() if isinstance(value, str) and value.strip() else None


def lockout_parameters(request_or_attempt, credentials=None) -> list:
    """Lock per account and per address; a wrong API token names no account."""
    if credentials is not None and credentials.get(API_TOKEN):
        return ["ip_address"]
    return ["username", "ip_address"]


def locked_until(request, credentials=None) -> datetime.datetime:
    """When the lock on this request's account or address ends: the last counted failure
    plus the cool-off (AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT is off, so tries during
    the lock do not move it)."""
    AxesProxyHandler.update_request(request)
    handler = AxesProxyHandler.get_implementation()
    limit = get_failure_limit(request, credentials)
    latest = None
    for attempts in handler.get_user_attempts(request, credentials):
        totals = attempts.aggregate(failures=Sum("failures_since_start"), last=Max("attempt_time"))
        if (totals["failures"] or 0) >= limit and totals["last"] is not None:
            latest = max(latest, totals["last"]) if latest else totals["last"]
    return (latest or timezone.now()) + get_cool_off(request)


def lockout_response(request, original_response=None, credentials=None):
    """The page a locked-out log-in gets (site and admin): 429, when to try again."""
    # In async mode axes passes the credentials in the second place; the request has them.
    credentials = getattr(request, "axes_credentials", None) or (
        credentials if isinstance(credentials, dict) else None
    )
    lock = LockedOut(locked_until(request, credentials))
    response = render(
        request,
        "accounts/locked_out.html",
        {
            "until": lock.until,
            "minutes": math.ceil(lock.retry_after / 60),
            "login_url": request.path,
        },
        status=429,
    )
    response["Retry-After"] = str(lock.retry_after)
    return response


def token_use_check(request) -> None:
    """Refuse any token from an address that is locked out (raises LockedOut)."""
    if settings.AXES_ENABLED and not AxesProxyHandler.is_allowed(request, TOKEN_CREDENTIALS):
        raise LockedOut(locked_until(request, TOKEN_CREDENTIALS))


def token_failure_record(request) -> None:
    """Count a wrong token against the address; raises LockedOut when that reaches the limit.

    django-axes counts failures through Django's user_login_failed signal, as for a form."""
    user_login_failed.send(sender=__name__, credentials=dict(TOKEN_CREDENTIALS), request=request)
    if getattr(request, "axes_locked_out", False):
        request.axes_locked_out = False  # the API answers in JSON itself, not the lock page
        raise LockedOut(locked_until(request, TOKEN_CREDENTIALS))


def password_check_locked(request, *, username: str) -> bool:
    """Whether checking this account's password (outside the log-in form) must wait."""
    return settings.AXES_ENABLED and not AxesProxyHandler.is_allowed(
        request, {"username": username}
    )


def password_check_failed(request, *, username: str) -> None:
    """Count a wrong password given outside the log-in form (changing the password), so a
    stolen session cannot be used to guess it; the middleware shows the lock page when the
    limit is reached."""
    user_login_failed.send(sender=__name__, credentials={"username": username}, request=request)


def login_lock_lift(*, email: str) -> None:
    """After the owner proved who they are (a password reset), the account may log in again."""
    AxesProxyHandler.reset_attempts(username=email.strip().lower())
