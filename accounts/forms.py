"""Forms of the accounts app: log-in with the e-mail address, personal API tokens."""

from django import forms
from django.conf import settings
from django.contrib.auth.forms import AuthenticationForm
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from accounts.services import TOKEN_NAME_MAX_LENGTH
from core.limits import validate_line


class EmailAuthenticationForm(AuthenticationForm):
    """Django's log-in form, labelled for an e-mail address."""

    username = forms.EmailField(
        label=_("E-mail address"),
        widget=forms.EmailInput(attrs={"autofocus": True, "autocomplete": "email"}),
    )
    error_messages = {
        **AuthenticationForm.error_messages,
        "invalid_login": _("This e-mail address and password do not match an account."),
    }


def token_lifetime_choices() -> list[tuple[int, str]]:
    """The lifetimes offered for a new API token, up to API_TOKEN_MAX_DAYS."""
    most = settings.API_TOKEN_MAX_DAYS
    offered = {30, settings.API_TOKEN_DEFAULT_DAYS, 180, 365, most}
    days = sorted(d for d in offered if d <= most)
    return [(d, ngettext("%(days)s day", "%(days)s days", d) % {"days": d}) for d in days]


class APITokenForm(forms.Form):
    """A new personal API token: what it is for and how long it works."""

    name = forms.CharField(
        label=_("Name of the new token"),
        max_length=TOKEN_NAME_MAX_LENGTH,
        validators=[validate_line],
        help_text=_("So you know later what uses it, for example “planning script”."),
    )
    lifetime_days = forms.TypedChoiceField(
        label=_("Works for"),
        coerce=int,
        help_text=_("After that the token stops working; make a new one when you need it."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["lifetime_days"].choices = token_lifetime_choices()
        self.fields["lifetime_days"].initial = settings.API_TOKEN_DEFAULT_DAYS
