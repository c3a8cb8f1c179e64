"""Admin registration for forms of mobility."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from matching.models import MobilityForm


class MobilityFormViewSet(SnippetViewSet):
    model = MobilityForm
    icon = "resubmit"
    list_display = ["name", "yearly_hour_cap"]
    ordering = ["sort_order", "name"]


register_snippet(MobilityFormViewSet)
