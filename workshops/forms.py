"""The plain forms of a live workshop: they work without JavaScript, and the page's script
sends the same actions over the websocket when it can."""

import uuid

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from core.limits import LIVE_NAME_MAX_LENGTH, LIVE_NOTE_MAX_LENGTH, QueryField
from workshops.choices import ActionKind


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


class DotsForm(ActionForm):
    kind = ActionKind.DOTS_PLACE

    def __init__(self, *args, step, elements, **kwargs):
        super().__init__(*args, step=step, **kwargs)
        dots = step.config["dots"]
        for element in elements:
            self.fields[f"dots_{element['id']}"] = forms.IntegerField(
                label=element["title"], min_value=0, max_value=dots, initial=0, required=False
            )

    def payload(self) -> dict:
        return {
            "dots": {
                int(name.removeprefix("dots_")): value or 0
                for name, value in self.cleaned_data.items()
                if name.startswith("dots_") and value
            }
        }


class NoteForm(ActionForm):
    kind = ActionKind.NOTE_POST
    column = forms.TypedChoiceField(label=_("Column"), coerce=int)
    text = forms.CharField(
        label=_("Your note"),
        max_length=LIVE_NOTE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, step, **kwargs):
        super().__init__(*args, step=step, **kwargs)
        self.fields["column"].choices = list(enumerate(step.config["columns"]))

    def payload(self) -> dict:
        return {"column": self.cleaned_data["column"], "text": self.cleaned_data["text"]}


class UpvoteForm(ActionForm):
    kind = ActionKind.NOTE_UPVOTE
    note = forms.IntegerField(widget=forms.HiddenInput)

    def payload(self) -> dict:
        return {"note": self.cleaned_data["note"]}


class PollForm(ActionForm):
    kind = ActionKind.POLL_ANSWER

    def __init__(self, *args, step, **kwargs):
        super().__init__(*args, step=step, **kwargs)
        choices = list(enumerate(step.config["options"]))
        if step.config["multiple"]:
            self.fields["options"] = forms.TypedMultipleChoiceField(
                label=_("Your answer"),
                choices=choices,
                coerce=int,
                widget=forms.CheckboxSelectMultiple,
            )
        else:
            self.fields["options"] = forms.TypedChoiceField(
                label=_("Your answer"), choices=choices, coerce=int, widget=forms.RadioSelect
            )

    def payload(self) -> dict:
        options = self.cleaned_data["options"]
        return {"options": options if isinstance(options, list) else [options]}


FORMS = {
    "dots_place": DotsForm,
    "note_post": NoteForm,
    "note_upvote": UpvoteForm,
    "poll_answer": PollForm,
}
STEP_FORM = {"dot_vote": "dots_place", "idea_wall": "note_post", "poll": "poll_answer"}
