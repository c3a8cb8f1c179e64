"""The plain forms of a live workshop: they work without JavaScript, and the page's script
sends the same forms over the websocket when it can. Each kind's action forms are in its
module in `workshops/kinds/`, on the base `ActionForm` here."""

import uuid

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from core.limits import LIVE_NAME_MAX_LENGTH, QueryField


class CodeForm(forms.Form):
    code = QueryField(label=_("Code"), required=True, max_length=12)


class JoinForm(forms.Form):
    display_name = forms.CharField(
        label=_("Your name in the room"),
        max_length=LIVE_NAME_MAX_LENGTH,
        help_text=_("Others see this name on named steps."),
    )


class ActionForm(forms.Form):
    """A participant's action; the client id makes a resent form count once."""

    kind: str
    client_id = forms.CharField(widget=forms.HiddenInput, max_length=64)

    def __init__(self, *args, step, **kwargs):
        self.step = step
        kwargs.setdefault("initial", {}).setdefault("client_id", uuid.uuid4().hex)
        super().__init__(*args, **kwargs)

    def payload(self) -> dict:
        raise NotImplementedError

    def add_service_errors(self, error: ValidationError) -> None:
        """The service's refusal on the form: `payload.text` on the field text."""
        for key, messages in error.message_dict.items():
            name = key.split(".")[1] if key.startswith("payload.") else None
            name = name if name in self.fields else None
            for message in messages:
                self.add_error(name, message)
