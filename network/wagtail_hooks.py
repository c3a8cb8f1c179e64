"""Admin registration for organisations."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from network.models import Organisation


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    menu_order = 200
    add_to_admin_menu = True
    list_display = ["name", "sector", "region", "place"]
    list_filter = ["sector", "region"]
    search_fields = ["name", "place"]
    ordering = ["name"]


register_snippet(OrganisationViewSet)
