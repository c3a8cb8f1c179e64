"""The workshop builder's forms: a new workshop, and the settings of a step per kind.

Each settings form turns its fields into the step's `config`; the service checks it against
the kind's schema, and a refusal on `config.<name>` lands on the field of that name."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from core.limits import LIVE_DOTS_MAX, LIVE_TITLE_MAX_LENGTH
from workshops.choices import StepKind


class WorkshopNewForm(forms.Form):
    title = forms.CharField(label=_("Title of the workshop"), max_length=LIVE_TITLE_MAX_LENGTH)
    start = forms.ChoiceField(
        label=_("Start from"),
        choices=[
            ("template", _("The action-plate template: intro, dot voting, idea wall")),
            ("empty", _("An empty workshop")),
        ],
        initial="template",
        widget=forms.RadioSelect,
    )


class StepSettingsForm(forms.Form):
    """What every step has; a kind adds its own settings and says how they become config."""

    title = forms.CharField(label=_("Title of the step"), max_length=LIVE_TITLE_MAX_LENGTH)
    anonymous = forms.BooleanField(
        label=_("Anonymous: names are never shown"), required=False, initial=True
    )

    def __init__(self, *args, step=None, **kwargs):
        if step is not None:
            initial = {"title": step.title, "anonymous": step.anonymous}
            initial.update(self.initial_from(step.config))
            kwargs.setdefault("initial", initial)
        super().__init__(*args, **kwargs)

    def initial_from(self, config: dict) -> dict:
        return dict(config)

    def config(self) -> dict:
        return {}

    def add_service_errors(self, error: ValidationError) -> None:
        """The service's refusal on the form: `config.options.1` on the field options."""
        for key, messages in error.message_dict.items():
            parts = key.split(".")
            name = parts[1] if parts[0] == "config" and len(parts) > 1 else parts[0]
            name = name if name in self.fields else None
            for message in messages:
                self.add_error(name, message)


def _lines(text: str) -> list[str]:
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


class InfoSettingsForm(StepSettingsForm):
    body = forms.CharField(
        label=_("Text on the slide"), required=False, widget=forms.Textarea(attrs={"rows": 5})
    )

    def config(self) -> dict:
        return {"body": self.cleaned_data["body"]}


class DotVoteSettingsForm(StepSettingsForm):
    dots = forms.IntegerField(
        label=_("Dots per participant"), min_value=1, max_value=LIVE_DOTS_MAX, initial=3
    )
    elements = forms.TypedMultipleChoiceField(
        label=_("Elements to vote on"), coerce=int, widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args, elements=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["elements"].choices = list(elements)
        if not self.initial.get("elements"):
            self.initial["elements"] = [pk for pk, _title in elements]

    def config(self) -> dict:
        return {"dots": self.cleaned_data["dots"], "elements": self.cleaned_data["elements"]}


class IdeaWallSettingsForm(StepSettingsForm):
    columns = forms.CharField(
        label=_("Columns"),
        help_text=_("One column a line, for example kansen, obstakels, oplossingen."),
        widget=forms.Textarea(attrs={"rows": 4}),
    )

    def initial_from(self, config: dict) -> dict:
        return {"columns": "\n".join(config.get("columns", []))}

    def config(self) -> dict:
        return {"columns": _lines(self.cleaned_data["columns"])}


class PollSettingsForm(StepSettingsForm):
    options = forms.CharField(
        label=_("Options"),
        help_text=_("One option a line, at least two."),
        widget=forms.Textarea(attrs={"rows": 5}),
    )
    multiple = forms.BooleanField(label=_("Several options may be chosen"), required=False)

    def initial_from(self, config: dict) -> dict:
        return {
            "options": "\n".join(config.get("options", [])),
            "multiple": config.get("multiple", False),
        }

    def config(self) -> dict:
        return {
            "options": _lines(self.cleaned_data["options"]),
            "multiple": self.cleaned_data["multiple"],
        }


SETTINGS_FORMS = {
    StepKind.INFO: InfoSettingsForm,
    StepKind.DOT_VOTE: DotVoteSettingsForm,
    StepKind.IDEA_WALL: IdeaWallSettingsForm,
    StepKind.POLL: PollSettingsForm,
}


def settings_form(kind: str, *args, elements=(), **kwargs) -> StepSettingsForm | None:
    """The settings form of a kind of step, or None for a kind the builder does not know."""
    form_class = SETTINGS_FORMS.get(kind)
    if form_class is None:
        return None
    if issubclass(form_class, DotVoteSettingsForm):
        kwargs["elements"] = elements
    return form_class(*args, **kwargs)


def builder_kinds() -> list[tuple[str, str]]:
    """The kinds of step the builder offers, with their names."""
    return [(kind, StepKind(kind).label) for kind in SETTINGS_FORMS]
