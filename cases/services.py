"""Writes for cases: members' contributions, their moderation by the desk, and the e-mail
that tells the author the decision."""

from dataclasses import dataclass

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.models import (
    GroupApprovalTask,
    GroupPagePermission,
    Workflow,
    WorkflowPage,
    WorkflowState,
    WorkflowTask,
)

from cases.models import CaseIndexPage, CaseOrganisation, CasePage
from cases.story import story_blocks
from core.links import absolute_url
from core.mail import mail_send
from network import roles

WORKFLOW_NAME = "Beoordeling door het loket"
TASK_NAME = "Loket keurt praktijkvoorbeeld"


@dataclass(frozen=True)
class ContributionData:
    """What a member fills in for a case; the same structured fields editors have."""

    title: str
    summary: str
    region: str
    duration: str
    duration_note: str
    hours_per_week_min: int | None
    hours_per_week_max: int | None
    story: str
    outcomes: list[str]
    tags: list[str]
    mobility_forms: list
    elements: list
    organisations: list[tuple]  # (organisation, role)
    obstacles: list[tuple]  # (obstacle, solution)


def moderation_workflow_ensure(*, index: CaseIndexPage) -> Workflow:
    """The desk's approval workflow on the case index, created the first time it is needed.

    Wagtail puts its own 'Moderators approval' workflow on the root; the case index gets its
    own assignment so that the desk, not Wagtail's moderators group, reviews members' cases.
    An assignment editors made on the index itself is kept.
    """
    desk = Group.objects.get(name=roles.LOKET)
    # Reviewing in Wagtail's admin needs permission to open the pages under review.
    for codename in ("change_page", "publish_page"):
        GroupPagePermission.objects.get_or_create(
            group=desk,
            page=index,
            permission=Permission.objects.get(
                content_type__app_label="wagtailcore", codename=codename
            ),
        )
    own = WorkflowPage.objects.filter(page=index).select_related("workflow").first()
    if own is not None:
        return own.workflow
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME)
        task.groups.set([desk])
    workflow, created = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    if created:
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.create(page=index, workflow=workflow)
    return workflow


def _unique_slug(index: CaseIndexPage, title: str, page: CasePage | None) -> str:
    base = slugify(title)[:200] or "praktijkvoorbeeld"
    siblings = index.get_children()
    if page is not None and page.pk:
        siblings = siblings.exclude(pk=page.pk)
    slug, number = base, 2
    while siblings.filter(slug=slug).exists():
        slug, number = f"{base}-{number}", number + 1
    return slug


def _apply(page: CasePage, data: ContributionData, index: CaseIndexPage) -> None:
    page.title = data.title
    page.draft_title = data.title
    page.slug = _unique_slug(index, data.title, page)
    page.summary = data.summary
    page.region = data.region
    page.duration = data.duration
    page.duration_note = data.duration_note
    page.hours_per_week_min = data.hours_per_week_min
    page.hours_per_week_max = data.hours_per_week_max
    page.story = story_blocks(data.story)
    page.outcomes = [{"type": "outcome", "value": line} for line in data.outcomes]
    page.obstacles = [
        {"type": "obstacle", "value": {"obstacle": obstacle, "solution": solution}}
        for obstacle, solution in data.obstacles
    ]
    page.mobility_forms = data.mobility_forms
    page.elements = data.elements
    page.case_organisations = [
        CaseOrganisation(organisation=organisation, role=role)
        for organisation, role in data.organisations
    ]
    page.tags.set(data.tags)


@transaction.atomic
def contribution_save(
    *, author, index: CaseIndexPage, data: ContributionData, page: CasePage | None = None
) -> CasePage:
    """Save a member's case as a draft: never live until the desk approves it."""
    if page is None:
        page = CasePage(
            owner=author, author=author, contributed_by_member=True, live=False, title=data.title
        )
        _apply(page, data, index)
        page.full_clean(exclude=["path", "depth", "numchild", "url_path"])  # set by add_child
        index.add_child(instance=page)
    else:
        page = page.get_latest_revision_as_object()
        _apply(page, data, index)
        page.full_clean()
    page.save_revision(user=author, log_action=True)
    return page


@transaction.atomic
def contribution_submit(*, page: CasePage, author) -> WorkflowState:
    """Send the case to the desk; a rejected case goes back to the same review."""
    state = page.current_workflow_state
    if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(author)
        return state
    index = page.get_parent().specific
    workflow = moderation_workflow_ensure(index=index)
    return workflow.start(page, author)


def contribution_notify_decision(*, workflow_state: WorkflowState, approved: bool) -> None:
    """Tell the member who contributed the case what the desk decided."""
    page = workflow_state.content_object.specific
    if not isinstance(page, CasePage) or not page.contributed_by_member or page.author is None:
        return
    task_state = workflow_state.current_task_state
    context = {
        "page": page,
        "approved": approved,
        "comment": getattr(task_state, "comment", "") or "",
        "author": page.author,
        "page_link": absolute_url(page.get_url()) if approved else "",
        "contributions_link": absolute_url(reverse("contributions:list")),
    }
    subject = (
        _("Your case “%(title)s” is published")
        if approved
        else _("Your case “%(title)s” needs changes")
    ) % {"title": page.title}
    message = render_to_string("cases/email/contribution_decision.txt", context)
    recipient = page.author.email
    transaction.on_commit(
        lambda: mail_send(subject=subject, message=message, recipients=[recipient])
    )
