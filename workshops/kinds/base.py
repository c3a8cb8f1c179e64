"""What every kind of step has; each kind's module overrides what it does differently."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from pydantic import BaseModel

from workshops.forms import ActionForm


class SettingsForm(forms.Form):
    """The builder's form for one kind's settings: `config()` gives the settings as the
    kind's schema takes them, `initial_from()` the form's initial values from stored ones."""

    def config(self) -> dict:
        return {}

    @classmethod
    def initial_from(cls, config: dict) -> dict:
        return {}


class ElementSettingsForm(SettingsForm):
    """A kind's settings that may be about one element of the plate (an information slide,
    an idea wall): the builder offers the plate's elements, and none is a choice."""

    def __init__(self, *args, plate_elements=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["element"] = forms.TypedChoiceField(
            label=_("About an element of the plate"),
            choices=[("", _("No element"))]
            + [(element.pk, element.title) for element in plate_elements],
            coerce=int,
            empty_value=None,
            required=False,
        )

    def element_config(self) -> dict:
        element = self.cleaned_data.get("element")
        return {} if element is None else {"element": element}

    @classmethod
    def element_initial(cls, config: dict) -> dict:
        return {"element": config.get("element") or ""}


def lines(text: str) -> list[str]:
    """A textarea with one entry per line, as a list (blank lines left out)."""
    return [line.strip() for line in str(text or "").splitlines() if line.strip()]


class Kind:
    """A kind of step. Subclasses set the class attributes and override what they need."""

    name: str = ""
    label = _("Step")
    config_schema: type[BaseModel]
    # Action kind -> the schema of its payload, and the plain form that sends it.
    payloads: dict[str, type[BaseModel]] = {}
    forms: dict[str, type[ActionForm]] = {}
    # The action kind of the step's main form on the participant's page (None: no input).
    main_action: str | None = None
    settings_form: type[SettingsForm] = SettingsForm
    # The template that shows the results rows; the participant's form uses form_template.
    results_template = "workshops/kinds/bars.html"
    form_template = "workshops/kinds/form_fields.html"
    # The console's moderation of the step's posts (None: nothing to moderate).
    moderation_template: str | None = None
    submit_label = _("Send")
    takes_input = True

    def config_check(self, *, config: dict, workshop) -> None:
        """Rules on the settings beyond their shape (for example: ids that must exist)."""

    def public_config(self, *, config: dict) -> dict:
        """The settings as the room sees them."""
        return dict(config)

    def action_check(self, *, participant, step, action_kind: str, data) -> None:
        """The rules an action keeps beyond its payload's shape; raise ValidationError."""

    def prepare(self, *, action, step) -> None:
        """Before a new action is stored: what the kind sets on it from the step's settings
        (an idea wall about one element tags its notes with that element)."""

    def stored(self, *, action, participant) -> None:
        """After a new action is stored, in its transaction (for example: hand it on to
        another app by a task queued on commit)."""

    def moderate(self, *, action, command: str, value) -> None:
        """A facilitator's moderation command of this kind on one action (beyond hide and
        show, which every kind has): change `action.moderation` and save, or refuse."""
        raise ValidationError({"command": [_("This command is not known.")]})

    def moderation_items(self, *, step) -> list[dict]:
        """What the console lists to moderate on this step, hidden posts included."""
        return []

    def results(self, *, step) -> dict:
        """The step's results, as sent to the room when shown."""
        return {}

    def own(self, *, action, own: dict) -> None:
        """Fold one of the participant's own actions on this step into what they see."""

    def rows(self, *, step: dict, results: dict) -> list[dict]:
        """The results as rows a page can show and read out (step: the public step)."""
        return []

    def summary(self, *, rows: list[dict]) -> str:
        """The results in one line of text, for the polite live region."""
        return "; ".join(f"{row['label']}: {row.get('count', '')}" for row in rows)

    def main_form(self, data=None, *, step, state):
        """The step's main form, bound to data when given."""
        if self.main_action is None:
            return None
        return self.forms[self.main_action](data, step=step)

    def form_for(self, action_kind: str, data=None, *, step, state):
        """The plain form of an action kind of this step (the main one or another)."""
        if action_kind == self.main_action:
            return self.main_form(data, step=step, state=state)
        form_class = self.forms.get(action_kind)
        return form_class(data, step=step) if form_class else None


def latest_per_participant(step, action_kind: str) -> list:
    """Each participant's last action of this kind: a new answer replaces the old one."""
    latest: dict[int, object] = {}
    for action in step.actions.filter(kind=action_kind, hidden=False).order_by("created_at", "pk"):
        latest[action.participant_id] = action
    return list(latest.values())


def bar_rows(pairs) -> list[dict]:
    """(label, count) pairs as bar rows, each with the largest count to scale against."""
    pairs = list(pairs)
    most = max([count for _label, count in pairs] + [1])
    return [{"label": label, "count": count, "max": most} for label, count in pairs]
