"""Admin registrations for the network: organisations and log actions; the upcoming
sessions on the home page."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.log_actions import LogFormatter
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from core.page_context import HOME_PAGE_CONTEXT
from network.choices import OrganisationStatus
from network.forms import OrganisationAdminForm
from network.models import Organisation
from network.selectors import session_index_within, sessions_upcoming


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    menu_order = 200
    add_to_admin_menu = True
    list_display = ["name", "sector", "region", "status"]
    list_filter = ["sector", "region", "status", "size_class"]
    search_fields = ["name"]
    ordering = ["name"]
    # The status is the desk's decision, made on the site where it is logged; read-only here.
    edit_handler = ObjectList(
        [
            FieldPanel("name"),
            FieldPanel("slug"),
            FieldRowPanel([FieldPanel("sector"), FieldPanel("size_class")]),
            FieldRowPanel([FieldPanel("region"), FieldPanel("place")]),
            FieldPanel("website"),
            FieldPanel("description"),
            FieldPanel("logo"),
            FieldPanel("offers"),
            FieldPanel("needs"),
            MultiFieldPanel(
                [
                    FieldPanel("status", read_only=True),
                    FieldPanel("agreement_signed_on", read_only=True),
                ],
                heading=_("Network status"),
            ),
        ],
        base_form_class=OrganisationAdminForm,
    )


register_snippet(OrganisationViewSet)


@hooks.register("register_log_actions")
def register_network_log_actions(actions):
    @actions.register_action("network.organisation.status")
    class StatusChanged(LogFormatter):
        label = _("Change network status")

        def format_message(self, log_entry):
            labels = dict(OrganisationStatus.choices)
            return _("Network status changed from “%(from)s” to “%(to)s”") % {
                "from": labels.get(log_entry.data.get("from"), log_entry.data.get("from")),
                "to": labels.get(log_entry.data.get("to"), log_entry.data.get("to")),
            }


@hooks.register(HOME_PAGE_CONTEXT)
def home_page_sessions(*, page, request) -> dict:
    return {
        "session_index": session_index_within(root=page),
        "upcoming_sessions": sessions_upcoming(limit=3),
    }
