"""An information slide: text for the room, optionally about one element of the plate."""

from django import forms
from django.utils.translation import gettext_lazy as _

from core.limits import LIVE_BODY_MAX_LENGTH
from workshops.choices import StepKind
from workshops.kinds import register
from workshops.kinds.base import ElementSettingsForm, Kind
from workshops.schemas import Strict, element_check, text_field


class InfoConfig(Strict):
    body: text_field(LIVE_BODY_MAX_LENGTH, required=False) = ""
    element: int | None = None  # an element page of the plate, optional


class InfoSettings(ElementSettingsForm):
    body = forms.CharField(
        label=_("Text"),
        required=False,
        max_length=LIVE_BODY_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 5}),
    )

    def config(self) -> dict:
        return {"body": self.cleaned_data["body"], **self.element_config()}

    @classmethod
    def initial_from(cls, config: dict) -> dict:
        return {"body": config.get("body", ""), **cls.element_initial(config)}


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
