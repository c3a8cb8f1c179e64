"""The exchanges app in the CMS and on matching's pages: the agreement templates editors
keep, the audit log's words for a transition, and the links on a request's page and on
matching's start page."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.log_actions import LogFormatter
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from exchanges.choices import ExchangeState, HoursStatus
from exchanges.models import AgreementTemplate
from exchanges.selectors import exchanges_waiting_for
from exchanges.transitions import HISTORY_LABELS
from matching.hooks import MATCHING_INDEX_CONTEXT, REQUEST_PAGE_CONTEXT
from network.permissions import can_act_for, person_of


class AgreementTemplateViewSet(SnippetViewSet):
    model = AgreementTemplate
    icon = "doc-full"
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["name", "active", "updated_at"]
    panels = [FieldPanel("name"), FieldPanel("active"), FieldPanel("body")]


register_snippet(AgreementTemplateViewSet)


@hooks.register("register_log_actions")
def register_exchange_log_actions(actions):
    @actions.register_action("exchanges.transition")
    class Transition(LogFormatter):
        label = _("Exchange step")

        def format_message(self, log_entry):
            labels = dict(ExchangeState.choices)
            data = log_entry.data
            message = _("%(step)s: from “%(from)s” to “%(to)s”") % {
                "step": HISTORY_LABELS.get(data.get("transition"), data.get("transition", "")),
                "from": labels.get(data.get("from"), "—"),
                "to": labels.get(data.get("to"), data.get("to")),
            }
            if data.get("reason"):
                message = f"{message} ({data['reason']})"
            return message


@hooks.register("register_log_actions")
def register_hours_log_actions(actions):
    @actions.register_action("exchanges.hours")
    class Hours(LogFormatter):
        label = _("Hours of an exchange")

        def format_message(self, log_entry):
            data = log_entry.data
            return _("Hours of the week of %(week)s: %(hours)s (%(status)s)") % {
                "week": data.get("week", ""),
                "hours": data.get("hours", ""),
                "status": dict(HoursStatus.choices).get(data.get("status"), data.get("status")),
            }


@hooks.register(REQUEST_PAGE_CONTEXT)
def request_page_exchanges(*, page, request) -> dict:
    if not can_act_for(request.user, page.organisation):
        return {}
    return {
        "request_actions": [
            {
                "url": reverse("exchanges:start", args=[page.pk]),
                "label": _("Propose an exchange with a candidate"),
            }
        ]
    }


@hooks.register(MATCHING_INDEX_CONTEXT)
def matching_index_exchanges(*, page, request) -> dict:
    if person_of(request.user) is None and not request.user.has_perm("network.moderate_network"):
        return {}
    waiting = len(exchanges_waiting_for(request.user))
    return {
        "matching_cards": [
            {
                "title": _("Exchanges"),
                "text": ngettext(
                    "%(count)s exchange waits for a step of yours.",
                    "%(count)s exchanges wait for a step of yours.",
                    waiting,
                )
                % {"count": waiting},
                "links": [{"url": reverse("exchanges:list"), "label": _("My exchanges")}],
            }
        ]
    }
