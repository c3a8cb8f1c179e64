"""Blocks for cases."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class ObstacleBlock(blocks.StructBlock):
    """An obstacle the organisations met, and how they solved it."""

    obstacle = blocks.TextBlock(label=_("Obstacle"))
    solution = blocks.TextBlock(label=_("How it was solved"))

    class Meta:
        icon = "warning"
        template = "blocks/obstacle_block.html"
        preview_value = {
            "obstacle": "Niemand wist wie aansprakelijk was bij een ongeval.",
            "solution": "Beide werkgevers legden de afspraken vast in een modelovereenkomst.",
        }
        description = _("An obstacle and its solution")
