"""The workshop builder's forms: a new workshop, and a step's settings.

A step's settings are two forms on one page: what every step has (title, anonymous) and the
settings form of its kind from the registry in `workshops/kinds/`, so a new kind appears in
the builder without a change here. The service checks the settings against the kind's
schema; a refusal on `config.<name>` lands on the kind's field of that name."""

import inspect

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from core.limits import LIVE_TITLE_MAX_LENGTH
from workshops.kinds import KINDS, kind_of


class WorkshopNewForm(forms.Form):
    title = forms.CharField(label=_("Title of the workshop"), max_length=LIVE_TITLE_MAX_LENGTH)
    start = forms.ChoiceField(
        label=_("Start from"),
        choices=[
            (
                "template",
                _("The action-plate template: intro, dot voting, idea walls, market round"),
            ),
            ("empty", _("An empty workshop")),
        ],
        initial="template",
        widget=forms.RadioSelect,
    )

    def __init__(self, *args, plate_elements=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["elements"] = forms.TypedMultipleChoiceField(
            label=_("Idea walls (template)"),
            help_text=_(
                "An idea wall for each element you choose, its notes tagged with it; "
                "choose none for one wall about the whole plate."
            ),
            choices=[(element.pk, element.title) for element in plate_elements],
            coerce=int,
            required=False,
            widget=forms.CheckboxSelectMultiple,
        )

    def clean(self):
        data = super().clean()
        if data.get("start") == "empty" and data.get("elements"):
            self.add_error("elements", _("Idea walls per element come with the template."))
        return data


class StepCommonForm(forms.Form):
    """What every step has, whatever its kind."""

    title = forms.CharField(label=_("Title of the step"), max_length=LIVE_TITLE_MAX_LENGTH)
    anonymous = forms.BooleanField(
        label=_("Anonymous: names are never shown"), required=False, initial=True
    )


def step_forms(kind_name: str, data=None, *, step=None, plate_elements=()):
    """The common form and the kind's settings form for a new step of this kind or for an
    existing step, or None for a kind the registry does not know."""
    kind = kind_of(kind_name)
    if kind is None:
        return None
    common_initial, kind_initial = None, None
    if step is not None:
        common_initial = {"title": step.title, "anonymous": step.anonymous}
        kind_initial = kind.settings_form.initial_from(step.config)
    settings_class = kind.settings_form
    options = {}
    # A kind's form that offers the plate's elements takes them (dot voting does).
    if "plate_elements" in inspect.signature(settings_class.__init__).parameters:
        options["plate_elements"] = plate_elements
    settings = settings_class(data, initial=kind_initial, **options)
    if step is None and "elements" in settings.fields and not settings.is_bound:
        settings.initial.setdefault("elements", [element.pk for element in plate_elements])
    return StepCommonForm(data, initial=common_initial), settings


def settings_errors(form: forms.Form, common: forms.Form, error: ValidationError) -> None:
    """The service's refusal on the forms: `config.options.1` on the field options."""
    for key, problems in error.message_dict.items():
        parts = key.split(".")
        name = parts[1] if parts[0] == "config" and len(parts) > 1 else parts[0]
        target = common if name in common.fields else form
        for problem in problems:
            target.add_error(name if name in target.fields else None, problem)


def builder_kinds() -> list[tuple[str, str]]:
    """The kinds of step the builder offers, in the registry's order, with their names."""
    return [(name, kind.label) for name, kind in KINDS.items()]
