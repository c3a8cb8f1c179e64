"""An error summary for one or more forms and formsets, at the top of a page."""

from django import forms, template

register = template.Library()


def _entries(form_or_formset):
    if isinstance(form_or_formset, forms.BaseFormSet):
        for error in form_or_formset.non_form_errors():
            yield None, error
        for form in form_or_formset.forms:
            yield from _entries(form)
        return
    for error in form_or_formset.non_field_errors():
        yield None, error
    for field in form_or_formset:
        for error in field.errors:
            yield field, error


@register.inclusion_tag("components/form_errors.html")
def form_error_summary(*forms_and_formsets):
    return {
        "entries": [
            entry for item in forms_and_formsets if item is not None for entry in _entries(item)
        ]
    }
