"""Content blocks shared by all page types, from small pieces to the body stream."""

from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul", "h3", "h4"]


class HeadingBlock(blocks.StructBlock):
    """A section heading; it gets an anchor so tables of contents can link to it."""

    text = blocks.CharBlock(label=_("Text"), max_length=120)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Heading 2")), ("h3", _("Heading 3"))],
        default="h2",
    )

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["anchor"] = slugify(value["text"])
        return context

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        preview_value = {"text": "Waarom werken in breder belang?", "level": "h2"}
        description = _("A heading that starts a new section")


class ParagraphBlock(blocks.RichTextBlock):
    """Running text."""

    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        template = "blocks/paragraph_block.html"
        preview_value = "<p>Organisaties lenen elkaar medewerkers uit tegen kostprijs.</p>"
        description = _("Running text with links and lists")


class QuoteBlock(blocks.StructBlock):
    """A quotation with the role (not necessarily the name) of who said it."""

    text = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Attribution"), required=False, max_length=160)

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"
        preview_value = {
            "text": "Je leert je eigen werk opnieuw kennen door het bij een ander te doen.",
            "attribution": "Een uitgeleende technicus",
        }
        description = _("A quotation from someone involved")


class CalloutBlock(blocks.StructBlock):
    """A highlighted box for a tip, an example or a caution."""

    kind = blocks.ChoiceBlock(
        label=_("Kind"),
        choices=[("tip", _("Tip")), ("example", _("Example")), ("caution", _("Caution"))],
        default="tip",
    )
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    text = blocks.RichTextBlock(label=_("Text"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "help"
        template = "blocks/callout_block.html"
        preview_value = {
            "kind": "tip",
            "title": "Begin klein",
            "text": "<p>Start met één medewerker en een vaste dag per week.</p>",
        }
        description = _("A highlighted tip, example or caution")


class ImageBlock(blocks.StructBlock):
    """An image with a required text alternative and an optional caption."""

    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        help_text=_("Describe the image for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "blocks/image_block.html"
        description = _("An image with a description")


class KeyFigureBlock(blocks.StructBlock):
    """One figure that tells the story at a glance, with its source."""

    value = blocks.CharBlock(label=_("Figure"), max_length=20)
    label = blocks.CharBlock(label=_("What it counts"), max_length=120)
    source = blocks.CharBlock(label=_("Source"), required=False, max_length=120)

    class Meta:
        icon = "order"
        template = "blocks/key_figure_block.html"
        preview_value = {
            "value": "46",
            "label": "aangesloten organisaties",
            "source": "HR-ecosysteem Defensie",
        }
        description = _("A key figure with its source")


class KeyFiguresBlock(blocks.ListBlock):
    """A row of key figures."""

    def __init__(self, **kwargs):
        super().__init__(KeyFigureBlock(), **kwargs)

    class Meta:
        icon = "order"
        template = "blocks/key_figures_block.html"
        preview_value = [
            {"value": "46", "label": "aangesloten organisaties", "source": ""},
            {"value": "16", "label": "organisaties met een overeenkomst", "source": ""},
        ]
        description = _("A row of key figures")


class LinkBlock(blocks.StructBlock):
    """A link to a page of the site with its own label."""

    label = blocks.CharBlock(label=_("Label"), max_length=80)
    page = blocks.PageChooserBlock(label=_("Page"))

    class Meta:
        icon = "link"
        template = "blocks/link_block.html"
        description = _("A link to a page")


# The heat map's shades, lightest (no votes) to darkest, each with a text colour that keeps
# a contrast of at least 4.5:1 on it (tests/workshops/test_report.py checks every pair).
HEAT_SHADES = [
    ("#f2f4f7", "#1f2933"),
    ("#d4e8f7", "#102a43"),
    ("#8cc0ea", "#102a43"),
    ("#2d6aa8", "#ffffff"),
    ("#163d66", "#ffffff"),
]
HEAT_LABEL_WIDTH, HEAT_CELL_WIDTH, HEAT_CELL_HEIGHT, HEAT_GAP = 190, 118, 64, 4


def heat_shade(value: int, most: int) -> tuple[str, str]:
    """The fill and text colour of a cell: no votes is the lightest, the most the darkest."""
    if value <= 0 or most <= 0:
        return HEAT_SHADES[0]
    steps = len(HEAT_SHADES) - 1
    return HEAT_SHADES[max(1, min(steps, -(-value * steps // most)))]


class HeatMapCellBlock(blocks.StructBlock):
    """One cell of a heat map: a short label (such as an element's number), its full name
    and the number it counts."""

    label = blocks.CharBlock(label=_("Short label"), max_length=12)
    name = blocks.CharBlock(label=_("Name"), max_length=255)
    value = blocks.IntegerBlock(label=_("Number"), min_value=0)


class HeatMapRowBlock(blocks.StructBlock):
    """A row of a heat map, such as a theme of the plate with its elements."""

    label = blocks.CharBlock(label=_("Label"), max_length=255)
    cells = blocks.ListBlock(HeatMapCellBlock(), label=_("Cells"))


class HeatMapBlock(blocks.StructBlock):
    """Numbers on a grid, shaded by size and drawn as SVG, with the same numbers as a table
    for screen readers and for copying."""

    caption = blocks.CharBlock(label=_("Caption"), max_length=250)
    rows = blocks.ListBlock(HeatMapRowBlock(), label=_("Rows"))

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        rows = value["rows"]
        most = max([cell["value"] for row in rows for cell in row["cells"]] + [0])
        columns = max([len(row["cells"]) for row in rows] + [1])
        drawn = []
        for index, row in enumerate(rows):
            y = index * (HEAT_CELL_HEIGHT + HEAT_GAP)
            cells = []
            for column, cell in enumerate(row["cells"]):
                fill, text = heat_shade(cell["value"], most)
                x = HEAT_LABEL_WIDTH + column * (HEAT_CELL_WIDTH + HEAT_GAP)
                cells.append(
                    {
                        "cell": cell,
                        "x": x,
                        "cx": x + HEAT_CELL_WIDTH // 2,
                        "fill": fill,
                        "text": text,
                    }
                )
            drawn.append({"row": row, "y": y, "cy": y + HEAT_CELL_HEIGHT // 2, "cells": cells})
        context.update(
            {
                "drawn": drawn,
                "columns": range(columns),
                "cell_width": HEAT_CELL_WIDTH,
                "cell_height": HEAT_CELL_HEIGHT,
                "width": HEAT_LABEL_WIDTH + columns * (HEAT_CELL_WIDTH + HEAT_GAP),
                "height": max(len(rows), 1) * (HEAT_CELL_HEIGHT + HEAT_GAP),
                "most": most,
            }
        )
        return context

    class Meta:
        icon = "table"
        template = "blocks/heat_map_block.html"
        preview_value = {
            "caption": "Stippen per element",
            "rows": [
                {
                    "label": "1. Samen beginnen",
                    "cells": [
                        {"label": "1.1", "name": "Visie", "value": 4},
                        {"label": "1.2", "name": "Draagvlak", "value": 0},
                    ],
                }
            ],
        }
        description = _("Numbers on a grid, shaded by size, such as dots on the plate")


class BodyBlock(blocks.StreamBlock):
    """The free composition editors use for the body of most pages."""

    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    quote = QuoteBlock()
    callout = CalloutBlock()
    image = ImageBlock()
    key_figures = KeyFiguresBlock()


class AudienceBlock(blocks.StructBlock):
    """An entry point for one kind of user, with links to where they start."""

    title = blocks.CharBlock(label=_("Title"), max_length=80)
    text = blocks.TextBlock(label=_("Text"))
    links = blocks.ListBlock(LinkBlock(), label=_("Links"))

    class Meta:
        icon = "user"
        template = "blocks/audience_block.html"
        description = _("An entry point for one kind of user")
