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
