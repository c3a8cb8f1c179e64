"""Members' contributions: 'my contributions', and the form to write and submit a case."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from cases.forms import CaseOrganisationFormSet, ContributionForm, ObstacleFormSet
from cases.selectors import case_index_within, contribution_of, contributions_of
from cases.services import ContributionData, contribution_save, contribution_submit
from cases.story import story_text
from core.selectors import site_root_for_request
from network.permissions import can_contribute, person_of


def _require_contributor(request):
    if not can_contribute(request.user):
        raise PermissionDenied(_("Only network members can contribute cases."))


@login_required
def contribution_list(request):
    _require_contributor(request)
    return TemplateResponse(
        request,
        "cases/contribution_list.html",
        {"contributions": contributions_of(user=request.user)},
    )


def _initial_from(page) -> tuple[dict, list[dict], list[dict]]:
    initial = {
        "title": page.title,
        "summary": page.summary,
        "region": page.region,
        "mobility_forms": list(page.mobility_forms.all()),
        "hours_per_week_min": page.hours_per_week_min,
        "hours_per_week_max": page.hours_per_week_max,
        "duration": page.duration,
        "duration_note": page.duration_note,
        "story": story_text(page.story),
        "outcomes": "\n".join(block.value for block in page.outcomes),
        "elements": list(page.elements.all()),
        "tags": ", ".join(page.tags.names()),
    }
    organisations = [
        {"organisation": item.organisation, "role": item.role}
        for item in page.case_organisations.all()
    ]
    obstacles = [dict(block.value) for block in page.obstacles]
    return initial, organisations, obstacles


def _data_from(form, organisations, obstacles) -> ContributionData:
    cleaned = form.cleaned_data
    return ContributionData(
        title=cleaned["title"],
        summary=cleaned["summary"],
        region=cleaned["region"],
        duration=cleaned["duration"],
        duration_note=cleaned["duration_note"],
        hours_per_week_min=cleaned["hours_per_week_min"],
        hours_per_week_max=cleaned["hours_per_week_max"],
        story=cleaned["story"],
        outcomes=cleaned["outcomes"],
        tags=cleaned["tags"],
        mobility_forms=list(cleaned["mobility_forms"]),
        elements=list(cleaned["elements"]),
        organisations=[
            (f.cleaned_data["organisation"], f.cleaned_data["role"])
            for f in organisations
            if f.cleaned_data.get("organisation")
        ],
        obstacles=[
            (f.cleaned_data["obstacle"], f.cleaned_data["solution"])
            for f in obstacles
            if f.cleaned_data.get("obstacle")
        ],
    )


def _contribution_form(request, *, contribution=None):
    _require_contributor(request)
    index = case_index_within(root=site_root_for_request(request))
    if index is None:
        raise Http404(_("There is no case index to contribute to."))
    if contribution is None:
        person = person_of(request.user)
        initial = {}
        organisations = [{"organisation": person.organisation}] if person else []
        obstacles = []
    else:
        initial, organisations, obstacles = _initial_from(contribution.page)
    data = request.POST if request.method == "POST" else None
    # Initial values only fill the empty form; posted rows count whether or not they changed.
    form = ContributionForm(data, initial=initial)
    organisation_forms = CaseOrganisationFormSet(
        data, initial=None if data else organisations, prefix="org"
    )
    obstacle_forms = ObstacleFormSet(data, initial=None if data else obstacles, prefix="obstacle")
    if data is not None and all(f.is_valid() for f in (form, organisation_forms, obstacle_forms)):
        page = contribution_save(
            author=request.user,
            index=index,
            data=_data_from(form, organisation_forms, obstacle_forms),
            page=contribution.page if contribution else None,
        )
        if request.POST.get("action") == "submit":
            contribution_submit(page=page, author=request.user)
            messages.success(request, _("Thank you! The desk will review your case."))
        else:
            messages.success(request, _("Your case is saved as a draft."))
        return redirect("contributions:list")
    return TemplateResponse(
        request,
        "cases/contribution_form.html",
        {
            "form": form,
            "organisation_forms": organisation_forms,
            "obstacle_forms": obstacle_forms,
            "contribution": contribution,
        },
        status=400 if data is not None else 200,
    )


@login_required
def contribution_create(request):
    return _contribution_form(request)


@login_required
def contribution_edit(request, pk):
    _require_contributor(request)
    contribution = contribution_of(user=request.user, pk=pk)
    if contribution is None:
        raise Http404(_("No such contribution of yours."))
    if not contribution.editable:
        raise PermissionDenied(_("This case is with the desk or published and cannot be changed."))
    return _contribution_form(request, contribution=contribution)
