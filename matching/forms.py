"""Forms for requests (with their weekly windows and single shifts) and for availability
(a week grid of hours, exceptions and qualifications)."""

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.utils.functional import lazy
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from matching import timegrid
from matching.choices import OfferType, RequestStatus, Weekday
from network.choices import Sector
from network.forms import PlaceField
from vocabulary.models import MobilityForm
from vocabulary.selectors import terms

GRID_HOURS = range(24)
LARGEST_ID = 2**63 - 1  # the largest id a database row can have


class IdField(forms.IntegerField):
    """The id of a row that a form's button names (a candidate, a proposal): a whole number
    that a database id can be, or the form says so."""

    def __init__(self, **kwargs):
        message = _("The form does not name a valid item. Reload the page and try again.")
        kwargs.setdefault("min_value", 1)
        kwargs.setdefault("max_value", LARGEST_ID)
        kwargs.setdefault("widget", forms.HiddenInput)
        kwargs.setdefault(
            "error_messages",
            dict.fromkeys(("required", "invalid", "min_value", "max_value"), message),
        )
        super().__init__(**kwargs)


class ButtonForm(forms.Form):
    """A form behind a button, its values in hidden fields: their errors are the form's own,
    as there is no field on the page to point at."""

    def _post_clean(self):
        super()._post_clean()
        for name, field in self.fields.items():
            if isinstance(field.widget, forms.HiddenInput) and name in self._errors:
                for error in self._errors.pop(name):
                    self.add_error(None, error)


def _term_choices(kind=None):
    return forms.ModelMultipleChoiceField(
        queryset=terms(kind=kind).order_by("name"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )


class RequestForm(forms.Form):
    """An organisation's request."""

    title = forms.CharField(label=_("Title"), max_length=160)
    description = forms.CharField(
        label=_("Description"),
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    form = forms.ModelChoiceField(label=_("Form"), queryset=MobilityForm.objects.all())
    is_crisis = forms.BooleanField(
        label=_("Crisis request: reaches the reserve first"), required=False
    )
    hours_per_week = forms.DecimalField(
        label=_("Hours per week"), min_value=0.25, max_value=60, decimal_places=1
    )
    starts_on = forms.DateField(label=_("From"), widget=forms.DateInput(attrs={"type": "date"}))
    ends_on = forms.DateField(label=_("Until"), widget=forms.DateInput(attrs={"type": "date"}))
    place = PlaceField(label=_("Place"), required=False)
    remote_possible = forms.BooleanField(label=_("Can be done remotely"), required=False)
    people_needed = forms.IntegerField(
        label=_("People needed"), min_value=1, max_value=50, initial=1
    )
    max_cost_per_hour = forms.DecimalField(
        label=_("Maximum cost price per hour (€)"), required=False, min_value=0, decimal_places=2
    )
    required = _term_choices("qualification")
    desired = _term_choices()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["required"].label = _("Required qualifications")
        self.fields["desired"].label = _("Desired qualifications and expertise")


class _TimeRangeForm(forms.Form):
    """A row of a day (`first`) and two times, all filled in or all left empty. A filled row
    goes to the subclass's `complete(cleaned, first, start, end)`, which raises ValueError
    for times that do not make a window."""

    first = ""
    incomplete = ""
    start = forms.TimeField(
        label=_("From"), required=False, widget=forms.TimeInput(attrs={"type": "time", "step": 900})
    )
    end = forms.TimeField(
        label=_("Until"),
        required=False,
        widget=forms.TimeInput(attrs={"type": "time", "step": 900}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.order_fields([self.first, "start", "end"])

    def clean(self):
        cleaned = super().clean()
        values = [cleaned.get(self.first), cleaned.get("start"), cleaned.get("end")]
        if any(v is not None for v in values) and not all(v is not None for v in values):
            raise ValidationError(self.incomplete)
        if all(v is not None for v in values):
            try:
                self.complete(cleaned, *values)
            except ValueError as error:
                raise ValidationError(_("A time window must end after it starts.")) from error
        return cleaned


class WindowForm(_TimeRangeForm):
    first = "weekday"
    incomplete = _("Fill in the day and both times, or leave the row empty.")
    weekday = forms.TypedChoiceField(
        label=_("Day"),
        choices=[("", "—"), *Weekday.choices],
        coerce=int,
        required=False,
        empty_value=None,
    )

    def complete(self, cleaned, weekday, start, end):
        cleaned["window"] = timegrid.Window(weekday, start, end)


class ShiftForm(_TimeRangeForm):
    first = "date"
    incomplete = _("Fill in the date and both times, or leave the row empty.")
    date = forms.DateField(
        label=_("Date"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def complete(self, cleaned, date, start, end):
        timegrid.Window(date.weekday(), start, end)
        cleaned["shift"] = (date, start, end)


WindowFormSet = forms.formset_factory(WindowForm, extra=3, max_num=30, validate_max=True)
ShiftFormSet = forms.formset_factory(ShiftForm, extra=2, max_num=60, validate_max=True)


def slot_label(day: int, hour: int) -> str:
    """An hour of the week as planners say it: "woensdag 8:00-9:00" (in the active language)."""
    return timegrid.Window(day, datetime.time(hour), datetime.time((hour + 1) % 24)).label


class WeekGridField(forms.MultipleChoiceField):
    """A week of hours to tick: one checkbox per day and hour (`"2-8"` is Wednesday 8:00)."""

    def __init__(self, **kwargs):
        label = lazy(slot_label, str)
        choices = [(f"{day}-{hour}", label(day, hour)) for day in range(7) for hour in GRID_HOURS]
        super().__init__(
            choices=choices, required=False, widget=forms.CheckboxSelectMultiple, **kwargs
        )

    @staticmethod
    def windows(values) -> list[timegrid.Window]:
        mask = timegrid.week_mask(
            timegrid.Window(int(day), datetime.time(int(hour)), datetime.time((int(hour) + 1) % 24))
            for day, hour in (value.split("-") for value in values)
        )
        return timegrid.windows_of(mask)

    @staticmethod
    def values_for(windows) -> list[str]:
        mask = timegrid.week_mask(windows)
        return [
            f"{day}-{hour}"
            for day in range(7)
            for hour in GRID_HOURS
            if mask[
                day * timegrid.SLOTS_PER_DAY + hour * timegrid.SLOTS_PER_HOUR : day
                * timegrid.SLOTS_PER_DAY
                + (hour + 1) * timegrid.SLOTS_PER_HOUR
            ].any()
        ]


def _as_date(value: str) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        return None


class DateListWidget(forms.Widget):
    """Several date inputs under one name: the dates given and a few empty ones. A button,
    shown only with JavaScript, adds more; without it a save brings new empty ones."""

    template_name = "matching/widgets/date_list.html"
    use_fieldset = True
    extra = 2
    minimum = 3

    def format_value(self, value) -> list[str]:
        if value in (None, ""):
            return []
        if isinstance(value, str | datetime.date):
            value = [value]
        return [
            item.isoformat() if isinstance(item, datetime.date) else str(item).strip()
            for item in value
            if item not in (None, "") and str(item).strip()
        ]

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        values = context["widget"]["value"]
        values = values + [""] * max(self.extra, self.minimum - len(values))
        base = context["widget"]["attrs"].get("id", name)
        context["widget"]["inputs"] = [
            {
                "id": f"{base}_{index}",
                "number": index + 1,
                "value": item,
                "invalid": bool(item) and _as_date(item) is None,
            }
            for index, item in enumerate(values)
        ]
        return context

    def value_from_datadict(self, data, files, name):
        getlist = getattr(data, "getlist", None)
        return getlist(name) if getlist else data.get(name)

    def value_omitted_from_data(self, data, files, name):
        return name not in data

    def id_for_label(self, id_, index="0"):
        return f"{id_}_{index}" if id_ else id_


class DateListField(forms.Field):
    """A list of dates, one per date input; empty inputs are ignored, each wrong one is named."""

    widget = DateListWidget
    max_dates = 100

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)

    def to_python(self, value) -> list[datetime.date]:
        if value in (None, ""):
            return []
        if isinstance(value, str):
            value = [value]
        dates, errors = set(), []
        for item in value:
            item = str(item).strip()
            if not item:
                continue
            day = _as_date(item)
            if day is None:
                errors.append(
                    ValidationError(
                        _(
                            "“%(value)s” is not a date. Pick it in the calendar or type it as "
                            "YYYY-MM-DD."
                        ),
                        code="invalid",
                        params={"value": Truncator(item).chars(24)},
                    )
                )
            else:
                dates.add(day)
        if errors:
            raise ValidationError(errors)
        if len(dates) > self.max_dates:
            raise ValidationError(
                _("Give at most %(limit)d dates."),
                code="max_dates",
                params={"limit": self.max_dates},
            )
        return sorted(dates)


class AvailabilityForm(forms.Form):
    """What a person offers: when (a week grid), how much, where, for what."""

    valid_from = forms.DateField(label=_("From"), widget=forms.DateInput(attrs={"type": "date"}))
    valid_until = forms.DateField(label=_("Until"), widget=forms.DateInput(attrs={"type": "date"}))
    slots = WeekGridField(label=_("When are you available?"))
    exceptions = DateListField(
        label=_("Dates you are not available"),
        help_text=_("Leave the boxes you do not need empty."),
    )
    offer_type = forms.ChoiceField(
        label=_("I offer my time for"),
        choices=OfferType.choices,
        widget=forms.RadioSelect,
        initial=OfferType.REGULAR,
    )
    max_hours_per_week = forms.DecimalField(
        label=_("At most hours a week for exchanges"),
        min_value=0.25,
        max_value=60,
        decimal_places=1,
    )
    contract_hours_per_week = forms.DecimalField(
        label=_("Contract hours a week at my own employer"),
        min_value=0,
        max_value=60,
        decimal_places=1,
    )
    forms_accepted = forms.ModelMultipleChoiceField(
        label=_("Forms of mobility I accept"),
        queryset=MobilityForm.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    sectors = forms.MultipleChoiceField(
        label=_("Sectors I would like to work in"),
        choices=Sector.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    place = PlaceField(label=_("From where I travel"), required=False)
    travel_radius_km = forms.IntegerField(
        label=_("How far I travel (km)"), min_value=0, max_value=300, initial=25
    )
    remote_ok = forms.BooleanField(label=_("I can also work remotely"), required=False)
    matchable = forms.BooleanField(label=_("I want to be matched"), required=False, initial=True)

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("slots") and "slots" not in self.errors:
            self.add_error("slots", _("Tick at least one hour in the week."))
        return cleaned


class QualificationForm(forms.Form):
    term = forms.ModelChoiceField(
        label=_("Qualification"),
        queryset=terms(kind="qualification").order_by("name"),
        required=False,
    )
    valid_until = forms.DateField(
        label=_("Valid until"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )


class BaseQualificationFormSet(forms.BaseFormSet):
    def clean(self):
        super().clean()
        terms = [
            form.cleaned_data["term"]
            for form in self.forms
            if getattr(form, "cleaned_data", None) and form.cleaned_data.get("term")
        ]
        if len(terms) != len(set(terms)):
            raise ValidationError(_("Give each qualification once."))


QualificationFormSet = forms.formset_factory(
    QualificationForm,
    formset=BaseQualificationFormSet,
    extra=2,
    max_num=20,
    validate_max=True,
)


class ApproveForm(ButtonForm):
    """An administrator approves one of their people's availability."""

    availability = IdField(label=_("Availability"))
    cost_price_per_hour = forms.DecimalField(
        label=_("Cost price per hour (€)"), min_value=0, decimal_places=2
    )


class ShortlistForm(ButtonForm):
    """Put a candidate on the request's shortlist, or take them off."""

    availability = IdField(label=_("Candidate"))
    remove = forms.BooleanField(required=False, widget=forms.HiddenInput)


class RequestStatusForm(forms.Form):
    """Open, fill or close a request."""

    status = forms.ChoiceField(label=_("Status"), choices=RequestStatus.choices)


class ProposalForm(ButtonForm):
    """The desk accepts one proposal of a round."""

    proposal = IdField(label=_("Proposal"))


class IntroductionForm(ButtonForm):
    """A person agrees to be introduced by name for a request, or takes it back."""

    availability = IdField(label=_("Availability"))
    withdraw = forms.BooleanField(required=False, widget=forms.HiddenInput)
