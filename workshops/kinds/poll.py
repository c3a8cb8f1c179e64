"""A poll: one or several options; the results are the count per option."""

from typing import Annotated

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from pydantic import Field, field_validator

from core.limits import LIVE_OPTIONS_MAX
from workshops.choices import ActionKind, StepKind
from workshops.forms import ActionForm
from workshops.kinds import register
from workshops.kinds.base import Kind, SettingsForm, bar_rows, latest_per_participant, lines
from workshops.schemas import Label, Strict, one_line


class PollConfig(Strict):
    options: list[Label] = Field(min_length=2, max_length=LIVE_OPTIONS_MAX)
    multiple: bool = False

    @field_validator("options")
    @classmethod
    def _lines(cls, value):
        return [one_line(option) for option in value]


class PollAnswer(Strict):
    options: list[Annotated[int, Field(ge=0, lt=LIVE_OPTIONS_MAX)]] = Field(
        min_length=1, max_length=LIVE_OPTIONS_MAX
    )


class PollForm(ActionForm):
    kind = ActionKind.POLL_ANSWER

    def __init__(self, *args, step, **kwargs):
        super().__init__(*args, step=step, **kwargs)
        choices = list(enumerate(step.config["options"]))
        if step.config["multiple"]:
            self.fields["options"] = forms.TypedMultipleChoiceField(
                label=gettext_lazy("Your answer"),
                choices=choices,
                coerce=int,
                widget=forms.CheckboxSelectMultiple,
            )
        else:
            self.fields["options"] = forms.TypedChoiceField(
                label=gettext_lazy("Your answer"),
                choices=choices,
                coerce=int,
                widget=forms.RadioSelect,
            )

    def payload(self) -> dict:
        options = self.cleaned_data["options"]
        return {"options": options if isinstance(options, list) else [options]}


class PollSettings(SettingsForm):
    options = forms.CharField(
        label=gettext_lazy("Options"),
        help_text=gettext_lazy("One option per line, at least two."),
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    multiple = forms.BooleanField(
        label=gettext_lazy("More than one answer allowed"), required=False
    )

    def config(self) -> dict:
        return {
            "options": lines(self.cleaned_data["options"]),
            "multiple": self.cleaned_data["multiple"],
        }

    @classmethod
    def initial_from(cls, config: dict) -> dict:
        return {
            "options": "\n".join(config.get("options", [])),
            "multiple": config.get("multiple", False),
        }


class Poll(Kind):
    name = StepKind.POLL
    label = StepKind.POLL.label
    config_schema = PollConfig
    payloads = {ActionKind.POLL_ANSWER: PollAnswer}
    forms = {ActionKind.POLL_ANSWER: PollForm}
    main_action = ActionKind.POLL_ANSWER
    settings_form = PollSettings

    def action_check(self, *, participant, step, action_kind, data) -> None:
        if len(set(data.options)) != len(data.options):
            raise ValidationError({"payload.options": [_("Choose each option once.")]})
        if any(option >= len(step.config["options"]) for option in data.options):
            raise ValidationError({"payload.options": [_("This option is not in the poll.")]})
        if not step.config["multiple"] and len(data.options) != 1:
            raise ValidationError({"payload.options": [_("Choose one option.")]})

    def results(self, *, step) -> dict:
        counts = [0] * len(step.config["options"])
        for action in latest_per_participant(step, ActionKind.POLL_ANSWER):
            for option in action.payload["options"]:
                counts[option] += 1
        return {"counts": counts}

    def own(self, *, action, own) -> None:
        own["options"] = action.payload["options"]

    def rows(self, *, step, results) -> list[dict]:
        return bar_rows(zip(step["config"]["options"], results["counts"], strict=True))


register(Poll())
