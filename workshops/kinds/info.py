"""An information slide: text for the room, optionally about one element of the plate."""

from typing import Annotated

from django import forms
from django.utils.translation import gettext_lazy as _
from pydantic import StringConstraints, field_validator

from core.limits import LIVE_BODY_MAX_LENGTH, text_problem
from workshops.choices import StepKind
from workshops.kinds import register
from workshops.kinds.base import Kind, SettingsForm
from workshops.schemas import Strict, element_check


class InfoConfig(Strict):
    body: Annotated[str, StringConstraints(max_length=LIVE_BODY_MAX_LENGTH)] = ""
    element: int | None = None  # an element page of the plate, optional

    @field_validator("body")
    @classmethod
    def _text(cls, value):
        problem = text_problem(value)
        if problem:
            raise ValueError(problem)
        return value


class InfoSettings(SettingsForm):
    body = forms.CharField(
        label=_("Text"),
        required=False,
        max_length=LIVE_BODY_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 5}),
    )

    def config(self) -> dict:
        return {"body": self.cleaned_data["body"]}

    @classmethod
    def initial_from(cls, config: dict) -> dict:
        return {"body": config.get("body", "")}


class Info(Kind):
    name = StepKind.INFO
    label = StepKind.INFO.label
    config_schema = InfoConfig
    settings_form = InfoSettings
    takes_input = False

    def config_check(self, *, config, workshop) -> None:
        if config.get("element") is not None:
            element_check([config["element"]], field="config.element")


register(Info())
