"""Shared page pieces: the base page, the home page, a standard page and site settings."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from core.blocks import RICH_TEXT_FEATURES, AudienceBlock, BodyBlock, KeyFigureBlock
from core.page_context import HOME_PAGE_CONTEXT, context_from_hooks


class BasePage(Page):
    """A page with a short summary, shown on cards, in search results and as description."""

    summary = models.TextField(
        _("summary"),
        max_length=400,
        blank=True,
        help_text=_("One or two sentences; shown on cards and in search results."),
    )

    menu_title = models.CharField(
        _("menu title"),
        max_length=40,
        blank=True,
        help_text=_("A short title for the main menu; the page title is used when empty."),
    )

    search_fields = [*Page.search_fields, index.SearchField("summary")]
    content_panels = [*Page.content_panels, FieldPanel("summary")]
    promote_panels = [*Page.promote_panels, FieldPanel("menu_title")]

    class Meta:
        abstract = True

    @property
    def menu_label(self) -> str:
        return self.menu_title or self.title


class HomePage(BasePage):
    """The front door: what the network is, where each kind of user starts, what is new."""

    hero_title = models.CharField(_("hero title"), max_length=120)
    about = RichTextField(_("about the network"), features=RICH_TEXT_FEATURES, blank=True)
    audiences = StreamField(
        [("audience", AudienceBlock())], verbose_name=_("entry points"), blank=True
    )
    figures = StreamField([("figure", KeyFigureBlock())], verbose_name=_("key figures"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    template = "core/home_page.html"
    max_count = 1
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "core.StandardPage",
        "actieplaat.ActieplaatPage",
        "actieplaat.RoutekaartPage",
        "actieplaat.GuidePage",
        "cases.CaseIndexPage",
        "network.SessionIndexPage",
    ]

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("hero_title"),
        index.SearchField("about"),
    ]
    content_panels = [
        *BasePage.content_panels,
        FieldPanel("hero_title"),
        FieldPanel("about"),
        FieldPanel("audiences"),
        FieldPanel("figures"),
        FieldPanel("body"),
    ]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_context(self, request, *args, **kwargs):
        # The plate, the latest cases and the upcoming sessions come from the apps above
        # core, registered in their wagtail_hooks.py.
        context = super().get_context(request, *args, **kwargs)
        context.update(context_from_hooks(HOME_PAGE_CONTEXT, page=self, request=request))
        return context


class StandardPage(BasePage):
    """A plain content page, for pages such as 'about the network' or the privacy statement."""

    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    template = "core/standard_page.html"
    parent_page_types = ["core.HomePage", "core.StandardPage"]
    subpage_types = ["core.StandardPage"]

    search_fields = [*BasePage.search_fields, index.SearchField("body")]
    content_panels = [*BasePage.content_panels, FieldPanel("body")]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """What the site says about itself in the footer and where visitors can reach the network."""

    contact_email = models.EmailField(_("contact e-mail address"), blank=True)
    footer_text = models.TextField(_("footer text"), blank=True, max_length=400)
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy statement"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [FieldPanel("contact_email"), FieldPanel("footer_text"), FieldPanel("privacy_page")]

    class Meta:
        verbose_name = _("site settings")
