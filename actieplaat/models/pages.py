"""The action plate (themes and their elements), route maps and guides."""

from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from actieplaat.blocks import GuideBodyBlock, RouteStepBlock
from actieplaat.choices import ThemeColour
from core.blocks import RICH_TEXT_FEATURES, BodyBlock
from core.models import BasePage
from core.page_context import context_from_hooks

# The hook under which higher apps add to an element page's context (see core.page_context).
ELEMENT_PAGE_CONTEXT = "element_page_context"


class ActieplaatPage(BasePage):
    """The action plate: themes as columns, their elements as tiles."""

    body = StreamField(
        BodyBlock(),
        verbose_name=_("how to use the plate"),
        blank=True,
    )

    template = "actieplaat/actieplaat_page.html"
    parent_page_types = ["core.HomePage"]
    subpage_types = ["actieplaat.ThemePage"]

    search_fields = [*BasePage.search_fields, index.SearchField("body")]
    content_panels = [*BasePage.content_panels, FieldPanel("body")]

    class Meta:
        verbose_name = _("action plate")
        verbose_name_plural = _("action plates")

    def get_context(self, request, *args, **kwargs):
        from actieplaat.selectors import plate_grid

        context = super().get_context(request, *args, **kwargs)
        context["grid"] = plate_grid(plate=self)
        return context


class ThemePage(BasePage):
    """A theme of the plate (Meerwaarde, Maatwerk, ...) holding its elements."""

    question = models.CharField(
        _("central question"),
        max_length=160,
        blank=True,
        help_text=_("The question the theme answers, for example 'What does it bring?'"),
    )
    colour = models.CharField(
        _("colour"), max_length=16, choices=ThemeColour.choices, default=ThemeColour.TEAL
    )
    intro = RichTextField(_("introduction"), features=RICH_TEXT_FEATURES, blank=True)

    template = "actieplaat/theme_page.html"
    parent_page_types = ["actieplaat.ActieplaatPage"]
    subpage_types = ["actieplaat.ElementPage"]

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("question"),
        index.SearchField("intro"),
    ]
    content_panels = [
        *BasePage.content_panels,
        FieldPanel("question"),
        FieldPanel("colour"),
        FieldPanel("intro"),
    ]

    class Meta:
        verbose_name = _("theme")
        verbose_name_plural = _("themes")

    def get_context(self, request, *args, **kwargs):
        from actieplaat.selectors import theme_elements

        context = super().get_context(request, *args, **kwargs)
        context["theme_entry"] = theme_elements(theme=self)
        return context


class ElementPage(BasePage):
    """An element of a theme: what it means, questions to ask, and cases that show it."""

    explanation = StreamField(BodyBlock(), verbose_name=_("explanation"), blank=True)
    questions = StreamField(
        [("question", blocks.CharBlock(max_length=300, label=_("Question")))],
        verbose_name=_("guiding questions"),
        blank=True,
        help_text=_("Questions an organisation asks itself about this element."),
    )
    tips = StreamField(
        [("tip", blocks.CharBlock(max_length=300, label=_("Tip")))],
        verbose_name=_("practical tips"),
        blank=True,
    )

    template = "actieplaat/element_page.html"
    parent_page_types = ["actieplaat.ThemePage"]
    subpage_types = []

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("explanation"),
        index.SearchField("questions"),
        index.SearchField("tips"),
    ]
    content_panels = [
        *BasePage.content_panels,
        FieldPanel("explanation"),
        FieldPanel("questions"),
        FieldPanel("tips"),
    ]

    class Meta:
        verbose_name = _("element")
        verbose_name_plural = _("elements")

    def get_context(self, request, *args, **kwargs):
        from actieplaat.selectors import element_position

        context = super().get_context(request, *args, **kwargs)
        context["position"] = element_position(element=self)
        # The cases that illustrate the element come from the cases app, which sits above.
        context.update(context_from_hooks(ELEMENT_PAGE_CONTEXT, page=self, request=request))
        return context


class RoutekaartPage(BasePage):
    """A route map: ordered steps with each side's questions and a checklist to tick."""

    intro = RichTextField(_("introduction"), features=RICH_TEXT_FEATURES, blank=True)
    steps = StreamField([("step", RouteStepBlock())], verbose_name=_("steps"))

    template = "actieplaat/routekaart_page.html"
    parent_page_types = ["core.HomePage", "actieplaat.ActieplaatPage"]
    subpage_types = []

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("intro"),
        index.SearchField("steps"),
    ]
    content_panels = [*BasePage.content_panels, FieldPanel("intro"), FieldPanel("steps")]

    class Meta:
        verbose_name = _("route map")
        verbose_name_plural = _("route maps")


class GuidePage(BasePage):
    """A longer guide, such as the guide to forming an organisation's vision."""

    body = StreamField(GuideBodyBlock(), verbose_name=_("body"))

    template = "actieplaat/guide_page.html"
    parent_page_types = ["core.HomePage", "actieplaat.ActieplaatPage"]
    subpage_types = []

    search_fields = [*BasePage.search_fields, index.SearchField("body")]
    content_panels = [*BasePage.content_panels, FieldPanel("body")]

    class Meta:
        verbose_name = _("guide")
        verbose_name_plural = _("guides")

    def table_of_contents(self) -> list[dict]:
        """The guide's main headings, for a table of contents with anchors."""
        return [
            {"text": block.value["text"], "anchor": slugify(block.value["text"])}
            for block in self.body
            if block.block_type == "heading" and block.value["level"] == "h2"
        ]
