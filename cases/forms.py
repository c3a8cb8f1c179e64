"""The filter form of the case index."""

from django import forms
from django.utils.translation import gettext_lazy as _

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
