"""An error summary for one or more forms and formsets, at the top of a page."""

from django import forms, template
from django.utils.translation import gettext as _

register = template.Library()


def _anchor(field) -> str:
    """The element a summary link leads to: the input, or for a group of checkboxes or radio
    buttons the element around them (their widget's id, or the fieldset of a custom one)."""
    return field.id_for_label or field.auto_id or ""


def _entries(form_or_formset, row: int | None = None):
    if isinstance(form_or_formset, forms.BaseFormSet):
        for error in form_or_formset.non_form_errors():
            yield None, None, error
        for number, form in enumerate(form_or_formset.forms, start=1):
            yield from _entries(form, row=number)
        return
    for error in form_or_formset.non_field_errors():
        label = _("Row %(number)s") % {"number": row} if row else None
        yield None, label, error
    for field in form_or_formset:
        label = field.label
        if row:
            label = _("%(label)s (row %(number)s)") % {"label": label, "number": row}
        for error in field.errors:
            yield _anchor(field) if not field.is_hidden else None, label, error


@register.inclusion_tag("components/form_errors.html")
def form_error_summary(*forms_and_formsets):
    return {
        "entries": [
            entry for item in forms_and_formsets if item is not None for entry in _entries(item)
        ]
    }
