"""Best practices of the network: the case index and the case page."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index

from cases.blocks import ObstacleBlock
from cases.choices import CaseDuration, CaseRole
from core.blocks import BodyBlock, KeyFigureBlock
from core.limits import clean_page, validate_line
from core.models import BasePage
from vocabulary.choices import Region

MAX_HOURS_PER_WEEK = 60  # the Dutch legal weekly maximum
MAX_OUTCOME_LENGTH = 300  # one line of "what it brought"


class CaseIndexPage(BasePage):
    """All cases, filterable by sector, form of mobility, element and tag."""

    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    CASES_PER_PAGE = 12

    template = "cases/case_index_page.html"
    parent_page_types = ["core.HomePage"]
    subpage_types = ["cases.CasePage"]

    search_fields = [*BasePage.search_fields, index.SearchField("body")]
    content_panels = [*BasePage.content_panels, FieldPanel("body")]

    class Meta:
        verbose_name = _("case index")
        verbose_name_plural = _("case indexes")

    def get_context(self, request, *args, **kwargs):
        from django.core.paginator import Paginator

        from cases.forms import CaseFilterForm
        from cases.selectors import case_filter_options, case_list

        context = super().get_context(request, *args, **kwargs)
        form = CaseFilterForm(request.GET, options=case_filter_options(index=self))
        cases = case_list(index=self, **form.valid_filters())
        paginator = Paginator(cases, self.CASES_PER_PAGE)
        try:
            number = clean_page(request.GET.get("pagina"), last=paginator.num_pages)
        except ValidationError as error:
            form.add_error(None, error)
            number = 1
        page = paginator.page(number)
        context.update(filter_form=form, cases_page=page, case_count=paginator.count)
        return context

    def serve(self, request, *args, **kwargs):
        """The index with its filter form; a filter or page number that cannot be used
        answers 400, with the form saying why."""
        response = super().serve(request, *args, **kwargs)
        form = getattr(response, "context_data", {}).get("filter_form")
        if form is not None and form.errors:
            response.status_code = 400
        return response


class CasePageTag(TaggedItemBase):
    """A tag on a case."""

    content_object = ParentalKey(
        "cases.CasePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class CasePage(BasePage):
    """A best practice: who exchanged whom, how, what it brought and what stood in the way."""

    region = models.CharField(_("region"), max_length=32, choices=Region.choices)
    mobility_forms = ParentalManyToManyField(
        "vocabulary.MobilityForm",
        verbose_name=_("forms of mobility"),
        related_name="cases",
        blank=True,
    )
    hours_per_week_min = models.PositiveSmallIntegerField(
        _("hours per week, from"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(MAX_HOURS_PER_WEEK)],
    )
    hours_per_week_max = models.PositiveSmallIntegerField(
        _("hours per week, up to"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(MAX_HOURS_PER_WEEK)],
    )
    duration = models.CharField(_("duration"), max_length=16, choices=CaseDuration.choices)
    duration_note = models.CharField(
        _("duration in words"),
        max_length=160,
        blank=True,
        help_text=_("For example 'from a few weeks to half a year'."),
        validators=[validate_line],
    )
    story = StreamField(BodyBlock(), verbose_name=_("story"), blank=True)
    outcomes = StreamField(
        [("outcome", blocks.CharBlock(max_length=MAX_OUTCOME_LENGTH, label=_("Outcome")))],
        verbose_name=_("what it brought"),
        blank=True,
    )
    obstacles = StreamField(
        [("obstacle", ObstacleBlock())],
        verbose_name=_("obstacles and solutions"),
        blank=True,
    )
    figures = StreamField([("figure", KeyFigureBlock())], verbose_name=_("key figures"), blank=True)
    elements = ParentalManyToManyField(
        "actieplaat.ElementPage",
        verbose_name=_("action plate elements"),
        related_name="cases",
        blank=True,
    )
    tags = ClusterTaggableManager(through=CasePageTag, blank=True, verbose_name=_("tags"))
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("contributed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="contributed_cases",
    )
    contributed_by_member = models.BooleanField(
        _("contributed by a member"),
        default=False,
        help_text=_(
            "Set when a member submitted this case; the author stays anonymous if "
            "their account is erased."
        ),
    )

    template = "cases/case_page.html"
    parent_page_types = ["cases.CaseIndexPage"]
    subpage_types = []

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("story"),
        index.SearchField("outcomes"),
        index.SearchField("obstacles"),
        index.SearchField("duration_note"),
        index.FilterField("region"),
        index.FilterField("duration"),
        index.RelatedFields("tags", [index.SearchField("name")]),
    ]
    content_panels = [
        *BasePage.content_panels,
        InlinePanel(
            "case_organisations",
            label=_("Organisations involved"),
            heading=_("Organisations involved"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("mobility_forms", widget=forms.CheckboxSelectMultiple),
                FieldPanel("region"),
                FieldRowPanel([FieldPanel("hours_per_week_min"), FieldPanel("hours_per_week_max")]),
                FieldRowPanel([FieldPanel("duration"), FieldPanel("duration_note")]),
            ],
            heading=_("The exchange"),
        ),
        FieldPanel("story"),
        FieldPanel("outcomes"),
        FieldPanel("obstacles"),
        FieldPanel("figures"),
        FieldPanel("elements", widget=forms.CheckboxSelectMultiple),
        FieldPanel("tags"),
    ]

    class Meta:
        verbose_name = _("case")
        verbose_name_plural = _("cases")

    def clean(self):
        super().clean()
        errors = {}
        try:
            # The title is Wagtail's field; it goes into e-mail subjects, so one line only.
            validate_line(self.title)
        except ValidationError as error:
            errors["title"] = error.messages
        low, high = self.hours_per_week_min, self.hours_per_week_max
        if low is not None and high is not None and high < low:
            errors["hours_per_week_max"] = [_("The upper number of hours is below the lower one.")]
        if errors:
            raise ValidationError(errors)

    def get_context(self, request, *args, **kwargs):
        from cases.selectors import case_author_shown, case_detail_relations

        context = super().get_context(request, *args, **kwargs)
        context.update(case_detail_relations(case=self))
        context["author_person"] = case_author_shown(case=self, viewer=request.user)
        return context


class CaseOrganisation(Orderable):
    """An organisation involved in a case, with its role."""

    page = ParentalKey(CasePage, on_delete=models.CASCADE, related_name="case_organisations")
    organisation = models.ForeignKey(
        "network.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="case_roles",
    )
    role = models.CharField(_("role"), max_length=16, choices=CaseRole.choices)

    panels = [FieldPanel("organisation"), FieldPanel("role")]

    class Meta(Orderable.Meta):
        verbose_name = _("organisation involved")
        verbose_name_plural = _("organisations involved")
        constraints = [
            models.UniqueConstraint(
                fields=["page", "organisation"], name="unique_organisation_per_case"
            )
        ]

    def __str__(self):
        return f"{self.organisation} ({self.get_role_display()})"
