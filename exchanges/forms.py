"""The forms of an exchange's steps: each gives exactly the data its transition takes
(`exchanges.services.ANSWERS`), with the same limits as the model."""

import datetime
from decimal import Decimal

from django import forms
from django.utils.translation import gettext_lazy as _

from core.limits import validate_line, validate_text
from exchanges.choices import Side
from exchanges.models import (
    ANSWER_MAX_LENGTH,
    EVALUATION_SENTENCE_MAX_LENGTH,
    NOTICE_DAYS_MAX,
    REASON_MAX_LENGTH,
)
from exchanges.selectors import evaluation_questions
from matching.rules import MAX_HOURS_IN_A_WEEK


def _text(label, *, required=True, help_text=""):
    return forms.CharField(
        label=label,
        required=required,
        max_length=ANSWER_MAX_LENGTH,
        validators=[validate_text],
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=help_text,
    )


class StepForm(forms.Form):
    """A step without data (start, complete)."""

    def step_data(self) -> dict:
        return dict(self.cleaned_data)


class ApproveForm(StepForm):
    handover = _text(_("Who takes over the person's own work while they are away?"))
    reachability = _text(_("How can your organisation reach the person during the exchange?"))
    contract = _text(
        _("Contract and conditions during the exchange"),
        required=False,
        help_text=_("For example: the employment contract stays as it is; travel costs are paid."),
    )


class ConsentForm(StepForm):
    agree = forms.BooleanField(
        label=_(
            "I agree to work in this exchange on these terms, and that the borrowing "
            "organisation sees my name."
        ),
    )
    declared_interests = _text(
        _("Interests I declare (other jobs, family or financial ties with the organisation)"),
        required=False,
    )

    def step_data(self) -> dict:
        return {"declared_interests": self.cleaned_data["declared_interests"]}


class ConfirmForm(StepForm):
    onboarding = _text(_("Onboarding plan: how the person starts and learns the work"))
    supervisor = forms.CharField(
        label=_("Supervisor (name and role)"), max_length=160, validators=[validate_line]
    )
    system_access = _text(_("Access to systems and buildings"), required=False)


class AmendForm(StepForm):
    hours_per_week = forms.DecimalField(
        label=_("Hours per week"),
        min_value=Decimal("0.5"),
        max_value=MAX_HOURS_IN_A_WEEK,
        max_digits=4,
        decimal_places=1,
    )
    cost_price_per_hour = forms.DecimalField(
        label=_("Cost price per hour (€)"),
        min_value=0,
        max_value=10_000,
        max_digits=7,
        decimal_places=2,
    )
    notice_days = forms.IntegerField(
        label=_("Days of notice to end it early"), min_value=0, max_value=NOTICE_DAYS_MAX
    )
    wage_costs_by = forms.ChoiceField(label=_("Who pays the wage costs"), choices=Side.choices)
    insured_by = forms.ChoiceField(
        label=_("Who is liable and insured for illness and accidents"), choices=Side.choices
    )


class SignForm(StepForm):
    text_hash = forms.CharField(max_length=64, widget=forms.HiddenInput)


class ReasonForm(StepForm):
    reason = forms.CharField(
        label=_("Reason"),
        max_length=REASON_MAX_LENGTH,
        validators=[validate_text],
        widget=forms.Textarea(attrs={"rows": 3}),
    )


STEP_FORMS = {
    "approve": ApproveForm,
    "consent": ConsentForm,
    "confirm": ConfirmForm,
    "amend": AmendForm,
    "sign": SignForm,
    "start": StepForm,
    "complete": StepForm,
    "end_early": ReasonForm,
    "decline": ReasonForm,
}


class StartForm(forms.Form):
    """Propose an exchange with a shortlisted person (`availability`) or from an accepted
    round proposal (`proposal`): one of the two."""

    availability = forms.IntegerField(required=False, min_value=1, max_value=2**63 - 1)
    proposal = forms.IntegerField(required=False, min_value=1, max_value=2**63 - 1)

    def clean(self):
        data = super().clean()
        if bool(data.get("availability")) == bool(data.get("proposal")):
            raise forms.ValidationError(_("Choose one candidate."))
        return data


class HoursForm(forms.Form):
    """The hours of one week (its Monday)."""

    week = forms.DateField(
        label=_("Week (its Monday)"), widget=forms.DateInput(attrs={"type": "date", "step": 7})
    )
    hours = forms.DecimalField(
        label=_("Hours worked"),
        min_value=Decimal("0.5"),
        max_value=MAX_HOURS_IN_A_WEEK,
        max_digits=4,
        decimal_places=1,
    )
    note = forms.CharField(
        label=_("Note"), required=False, max_length=300, validators=[validate_line]
    )

    def __init__(self, *args, exchange=None, **kwargs):
        super().__init__(*args, **kwargs)
        if exchange is not None:
            first = exchange.starts_on - datetime.timedelta(days=exchange.starts_on.weekday())
            self.fields["week"].widget.attrs.update(
                {"min": first.isoformat(), "max": exchange.ends_on.isoformat()}
            )


class HoursDecisionForm(forms.Form):
    """The lending organisation's decision on a week's hours."""

    decision = forms.ChoiceField(
        choices=[("approve", _("Approve")), ("dispute", _("Dispute"))], widget=forms.HiddenInput
    )
    reason = forms.CharField(
        label=_("Why you dispute these hours"),
        required=False,
        max_length=REASON_MAX_LENGTH,
        validators=[validate_text],
    )


class EvaluationForm(StepForm):
    """Per element of the plate's Meerwaarde theme: a score from 1 to 5 and a sentence."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.questions = evaluation_questions()
        for element in self.questions:
            self.fields[f"score_{element.pk}"] = forms.TypedChoiceField(
                label=element.title,
                choices=[(n, str(n)) for n in range(1, 6)],
                coerce=int,
                widget=forms.RadioSelect,
                help_text=_("1 = not at all, 5 = very much"),
            )
            self.fields[f"sentence_{element.pk}"] = forms.CharField(
                label=_("In one sentence: %(element)s") % {"element": element.title},
                max_length=EVALUATION_SENTENCE_MAX_LENGTH,
                validators=[validate_line],
            )

    def step_data(self) -> dict:
        return {
            "answers": [
                {
                    "element": element.pk,
                    "score": self.cleaned_data[f"score_{element.pk}"],
                    "sentence": self.cleaned_data[f"sentence_{element.pk}"],
                }
                for element in self.questions
            ]
        }


STEP_FORMS["evaluate"] = EvaluationForm
