"""Site-wide form rendering: every field through one accessible template."""

from django.forms.renderers import TemplatesSetting


class SiteFormRenderer(TemplatesSetting):
    """Renders fields with label, help text and errors tied to the input for screen readers."""

    field_template_name = "components/form_field.html"
