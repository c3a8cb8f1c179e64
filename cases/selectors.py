"""Reads for cases: lists for cards, filter options with counts, a case's relations, and
members' contributions."""

from dataclasses import dataclass

from django.db.models import Count, Prefetch, QuerySet
from taggit.models import Tag
from wagtail.models import WorkflowState

from actieplaat.selectors import plate_numbering
from cases.models import CaseIndexPage, CaseOrganisation, CasePage
from network.choices import Sector
from network.permissions import can_see_person
from vocabulary.models import MobilityForm


def _live_cases(*, index: CaseIndexPage | None = None) -> QuerySet[CasePage]:
    cases = CasePage.objects.live().public()
    if index is not None:
        cases = cases.child_of(index)
    return cases


def _with_card_data(cases: QuerySet[CasePage]) -> QuerySet[CasePage]:
    """Everything a case card shows, fetched up front so templates run no queries."""
    return cases.prefetch_related(
        "mobility_forms",
        "tags",
        Prefetch(
            "case_organisations",
            queryset=CaseOrganisation.objects.select_related("organisation"),
        ),
    )


def case_list(
    *,
    index: CaseIndexPage | None = None,
    sector: str | None = None,
    form: str | None = None,
    element: int | None = None,
    tag: str | None = None,
) -> QuerySet[CasePage]:
    """Live cases, newest first, narrowed by any of the filters."""
    cases = _live_cases(index=index)
    if sector:
        cases = cases.filter(case_organisations__organisation__sector=sector)
    if form:
        cases = cases.filter(mobility_forms__slug=form)
    if element:
        cases = cases.filter(elements__id=element)
    if tag:
        cases = cases.filter(tags__slug=tag)
    return _with_card_data(cases.distinct().order_by("-first_published_at", "pk"))


def cases_latest(*, limit: int) -> list[CasePage]:
    """The most recently published cases."""
    return list(case_list()[:limit])


def cases_for_element(*, element) -> QuerySet[CasePage]:
    """Cases that illustrate an element of the action plate."""
    return case_list(element=element.pk)


def case_filter_options(*, index: CaseIndexPage | None = None) -> dict[str, list[tuple]]:
    """The values each filter can take, with how many live cases have each value."""
    live = _live_cases(index=index).values("pk")
    sector_counts = dict(
        CaseOrganisation.objects.filter(page__in=live)
        .values_list("organisation__sector")
        .annotate(n=Count("page", distinct=True))
    )
    forms = (
        MobilityForm.objects.filter(cases__in=live)
        .annotate(n=Count("cases", distinct=True))
        .order_by("sort_order", "name")
    )
    numbering = plate_numbering()
    element_counts = dict(
        CasePage.elements.through.objects.filter(casepage__in=live)
        .values_list("elementpage")
        .annotate(n=Count("casepage", distinct=True))
    )
    elements = sorted(
        (
            (pk, numbering[pk][1].number, numbering[pk][1].page.title, n)
            for pk, n in element_counts.items()
            if pk in numbering
        ),
        key=lambda item: [int(part) for part in item[1].split(".")],
    )
    tags = (
        Tag.objects.filter(cases_casepagetag_items__content_object__in=live)
        .annotate(n=Count("cases_casepagetag_items", distinct=True))
        .order_by("name")
    )
    return {
        "sector": [
            (code, label, sector_counts[code])
            for code, label in Sector.choices
            if code in sector_counts
        ],
        "form": [(form.slug, form.name, form.n) for form in forms],
        "element": [(pk, f"{number} {title}", n) for pk, number, title, n in elements],
        "tag": [(tag.slug, tag.name, tag.n) for tag in tags],
    }


def case_detail_relations(*, case: CasePage) -> dict:
    """What a case page shows beside its own fields: organisations, forms and elements."""
    numbering = plate_numbering()
    element_ids = [element.pk for element in case.elements.all()]
    return {
        "case_organisations": case.case_organisations.select_related("organisation"),
        "case_forms": case.mobility_forms.all(),
        "case_elements": [numbering[pk] for pk in element_ids if pk in numbering],
    }


def case_index_within(*, root) -> CaseIndexPage | None:
    """The first live case index below this page (normally the home page)."""
    return CaseIndexPage.objects.live().public().descendant_of(root).order_by("path").first()


@dataclass(frozen=True)
class Contribution:
    """A member's case as they see it on 'my contributions'."""

    page: CasePage
    title: str
    status: str
    comment: str
    created_at: object

    @property
    def editable(self) -> bool:
        return self.status in (CONTRIBUTION_DRAFT, CONTRIBUTION_CHANGES_REQUESTED)


CONTRIBUTION_DRAFT = "draft"
CONTRIBUTION_IN_REVIEW = "in_review"
CONTRIBUTION_CHANGES_REQUESTED = "changes_requested"
CONTRIBUTION_PUBLISHED = "published"


def _contribution_status(page: CasePage) -> tuple[str, str]:
    if page.live and not page.has_unpublished_changes:
        return CONTRIBUTION_PUBLISHED, ""
    state = page.current_workflow_state
    if state is None:
        return CONTRIBUTION_DRAFT, ""
    if state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        return CONTRIBUTION_CHANGES_REQUESTED, state.current_task_state.comment or ""
    return CONTRIBUTION_IN_REVIEW, ""


def _contributed_cases(*, user) -> QuerySet[CasePage]:
    """The member's cases with their active workflow state and its task state, so where each
    stands takes no query per case (what Wagtail's `prefetch_workflow_states` does, on the
    relation that works for a queryset of one page type)."""
    return (
        CasePage.objects.filter(author=user, contributed_by_member=True)
        .order_by("-latest_revision_created_at", "-pk")
        .prefetch_related(
            Prefetch(
                "_specific_workflow_states",
                queryset=WorkflowState.objects.active().select_related("current_task_state"),
                to_attr="_current_workflow_states",
            )
        )
    )


def _contribution(page: CasePage, *, as_edited: bool) -> Contribution:
    status, comment = _contribution_status(page)
    return Contribution(
        page=page.get_latest_revision_as_object() if as_edited and not page.live else page,
        # A case not yet published shows its latest draft's title (kept on the page row).
        title=page.title if page.live else page.draft_title,
        status=status,
        comment=comment,
        created_at=page.latest_revision_created_at,
    )


def contributions_of(*, user) -> list[Contribution]:
    """The cases this member contributed, newest first, with where each stands."""
    return [_contribution(page, as_edited=False) for page in _contributed_cases(user=user)]


def contribution_of(*, user, pk: int) -> Contribution | None:
    """One of the member's cases, as last edited (for the form), or None."""
    page = _contributed_cases(user=user).filter(pk=pk).first()
    return _contribution(page, as_edited=True) if page is not None else None


def case_author_shown(*, case: CasePage, viewer):
    """The contributing member's profile, when their own visibility choice lets this viewer
    see it; otherwise None, and the page names no one."""
    person = getattr(case.author, "person", None) if case.author_id else None
    if person is not None and can_see_person(viewer, person):
        return person
    return None
