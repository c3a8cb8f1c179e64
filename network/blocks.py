"""Blocks for network sessions."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock

from core.blocks import BodyBlock, HeatMapBlock


class AgendaItemBlock(blocks.StructBlock):
    """One item of a meeting's agenda."""

    time = blocks.TimeBlock(label=_("Time"), required=False, format="%H:%M")
    title = blocks.CharBlock(label=_("Title"), max_length=160)
    description = blocks.TextBlock(label=_("Description"), required=False)

    class Meta:
        icon = "time"
        template = "blocks/agenda_item_block.html"
        preview_value = {
            "time": "15:30",
            "title": "Rondleiding bij de gastheer",
            "description": "We bekijken waar de uitgeleende collega's zouden werken.",
        }
        description = _("An item of the agenda")


class SessionReportBlock(BodyBlock):
    """A session's report: the body blocks, and the results a live workshop writes into it
    (a heat map of the plate, tables of notes and answers), which the facilitator edits."""

    heat_map = HeatMapBlock()
    table = TableBlock(
        template="blocks/table_block.html",
        icon="table",
        description=_("A table, such as a workshop's notes with their votes"),
    )
