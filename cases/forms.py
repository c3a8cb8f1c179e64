"""The filter form of the case index, and the form members use to contribute a case."""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from actieplaat.models import ElementPage
from cases.choices import CaseDuration, CaseRole
from cases.models.pages import MAX_HOURS_PER_WEEK, MAX_OUTCOME_LENGTH
from core.limits import validate_line
from network.choices import ACTIVE_STATUSES
from network.models import Organisation
from vocabulary.choices import Region
from vocabulary.models import MobilityForm

FILTER_LABELS = {
    "sector": _("Sector"),
    "form": _("Form of mobility"),
    "element": _("Action plate element"),
    "tag": _("Tag"),
}


class CaseFilterForm(forms.Form):
    """Filters on the case index; an unknown value is reported and that filter ignored."""

    def __init__(self, data, *, options: dict[str, list[tuple]]):
        # Only the filter parameters are form data; the page number travels separately.
        super().__init__({key: value for key, value in data.items() if key in FILTER_LABELS})
        for name, label in FILTER_LABELS.items():
            choices = [("", _("All"))] + [
                (str(value), f"{text} ({count})") for value, text, count in options[name]
            ]
            self.fields[name] = forms.ChoiceField(label=label, choices=choices, required=False)

    def valid_filters(self) -> dict:
        """The filters whose values are valid; invalid ones carry an error for the template."""
        self.is_valid()
        filters = {name: value for name, value in self.cleaned_data.items() if value}
        if "element" in filters:
            filters["element"] = int(filters["element"])
        return filters

    def active(self) -> bool:
        return bool(self.cleaned_data) and any(self.cleaned_data.values())


TAG_PATTERN = re.compile(r"^[\w\- ]{1,40}$")
MAX_TAGS = 8


class ContributionForm(forms.Form):
    """A member's case: the structured fields of a case page, in plain form fields."""

    title = forms.CharField(label=_("Title"), max_length=200, validators=[validate_line])
    summary = forms.CharField(
        label=_("Summary"),
        max_length=400,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("One or two sentences; shown on the case card."),
    )
    # Choices start empty: a preselected value would be saved without the member choosing it.
    region = forms.ChoiceField(
        label=_("Region"),
        choices=[("", _("Choose a region")), *Region.choices],
        error_messages={"required": _("Choose the region where the exchange took place.")},
    )
    mobility_forms = forms.ModelMultipleChoiceField(
        label=_("Forms of mobility"),
        queryset=MobilityForm.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose at least one form of mobility.")},
    )
    hours_per_week_min = forms.IntegerField(
        label=_("Hours per week, from"), min_value=0, max_value=MAX_HOURS_PER_WEEK, required=False
    )
    hours_per_week_max = forms.IntegerField(
        label=_("Hours per week, up to"), min_value=0, max_value=MAX_HOURS_PER_WEEK, required=False
    )
    duration = forms.ChoiceField(
        label=_("Duration"),
        choices=[("", _("Choose a duration")), *CaseDuration.choices],
        error_messages={"required": _("Choose how long the exchange lasted.")},
    )
    duration_note = forms.CharField(label=_("Duration in words"), max_length=160, required=False)
    story = forms.CharField(
        label=_("The story"),
        widget=forms.Textarea(attrs={"rows": 10}),
        max_length=20_000,
        help_text=_(
            "What was the situation, how did you go about it? Leave a blank line "
            "between paragraphs."
        ),
    )
    outcomes = forms.CharField(
        label=_("What it brought"),
        widget=forms.Textarea(attrs={"rows": 4}),
        required=False,
        max_length=3000,
        help_text=_("One result per line."),
    )
    elements = forms.ModelMultipleChoiceField(
        label=_("Action plate elements it shows"),
        queryset=ElementPage.objects.live().order_by("path"),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    tags = forms.CharField(
        label=_("Tags"),
        required=False,
        max_length=400,
        help_text=_("Up to eight words, separated by commas."),
    )

    def clean_outcomes(self):
        lines = [line.strip() for line in self.cleaned_data["outcomes"].splitlines()]
        lines = [line for line in lines if line]
        # Each line becomes a block of its own, which the admin would refuse when too long.
        if any(len(line) > MAX_OUTCOME_LENGTH for line in lines):
            raise ValidationError(
                _("Keep each result to at most %(limit)s characters."),
                params={"limit": MAX_OUTCOME_LENGTH},
            )
        return lines

    def clean_tags(self):
        tags = []
        for tag in self.cleaned_data["tags"].split(","):
            tag = " ".join(tag.split()).lower()
            if not tag:
                continue
            if not TAG_PATTERN.match(tag):
                raise ValidationError(
                    _(
                        "“%(tag)s” is not a usable tag: use letters, digits, spaces and hyphens, "
                        "at most 40 characters."
                    ),
                    params={"tag": tag},
                )
            if tag not in tags:
                tags.append(tag)
        if len(tags) > MAX_TAGS:
            raise ValidationError(_("Use at most %(max)s tags."), params={"max": MAX_TAGS})
        return tags

    def clean(self):
        cleaned = super().clean()
        low, high = cleaned.get("hours_per_week_min"), cleaned.get("hours_per_week_max")
        if low is not None and high is not None and high < low:
            self.add_error(
                "hours_per_week_max", _("The upper number of hours is below the lower one.")
            )
        return cleaned


class CaseOrganisationForm(forms.Form):
    """One organisation involved in the case, with its role."""

    organisation = forms.ModelChoiceField(
        label=_("Organisation"),
        queryset=Organisation.objects.filter(status__in=ACTIVE_STATUSES).order_by("name"),
        required=False,
        empty_label=_("Choose an organisation"),
    )
    role = forms.ChoiceField(
        label=_("Role"), choices=[("", _("Choose a role")), *CaseRole.choices], required=False
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("organisation") and not cleaned.get("role"):
            self.add_error("role", _("Say what this organisation did."))
        if cleaned.get("role") and not cleaned.get("organisation"):
            self.add_error("organisation", _("Choose the organisation."))
        return cleaned


class ObstacleForm(forms.Form):
    """An obstacle met, and how it was solved."""

    obstacle = forms.CharField(
        label=_("Obstacle"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    solution = forms.CharField(
        label=_("How it was solved"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("obstacle") and not cleaned.get("solution"):
            self.add_error("solution", _("Say how it was solved, or leave both empty."))
        if cleaned.get("solution") and not cleaned.get("obstacle"):
            self.add_error("obstacle", _("Name the obstacle, or leave both empty."))
        return cleaned


class _OrganisationFormSet(forms.BaseFormSet):
    def clean(self):
        super().clean()
        if any(self.errors):
            return
        chosen = [
            f.cleaned_data["organisation"] for f in self.forms if f.cleaned_data.get("organisation")
        ]
        if not chosen:
            raise ValidationError(_("Name at least one organisation involved."))
        if len(set(chosen)) != len(chosen):
            raise ValidationError(_("Each organisation can be named once."))


CaseOrganisationFormSet = forms.formset_factory(
    CaseOrganisationForm, formset=_OrganisationFormSet, extra=3, max_num=10, validate_max=True
)
ObstacleFormSet = forms.formset_factory(ObstacleForm, extra=2, max_num=10, validate_max=True)
