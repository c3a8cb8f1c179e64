"""Admin registrations for the shared vocabulary: terms and forms of mobility (places come
from GeoNames, through the migration that loads them, and are not edited by hand)."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from vocabulary.models import MobilityForm, Term


class TermViewSet(SnippetViewSet):
    model = Term
    icon = "tag"
    menu_label = _("Vocabulary")
    add_to_admin_menu = True
    menu_order = 210
    list_display = ["name", "kind"]
    list_filter = ["kind"]
    search_fields = ["name"]
    # The admin's search box filters the names in the database (part of a word finds the
    # term): Wagtail's SQLite search backend fails on a search limited to fields.
    search_backend_name = None


class MobilityFormViewSet(SnippetViewSet):
    model = MobilityForm
    icon = "resubmit"
    list_display = ["name", "yearly_hour_cap"]
    ordering = ["sort_order", "name"]


register_snippet(TermViewSet)
register_snippet(MobilityFormViewSet)
