"""The directory of organisations and people, and the pages to manage an organisation."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import ModelLogEntry

from core.limits import clean_page
from network.choices import OrganisationStatus
from network.forms import DirectoryFilterForm, InvitationForm, OrganisationForm, StatusForm
from network.models import Invitation
from network.permissions import (
    can_manage_organisation,
    can_moderate,
    can_see_organisation,
    is_member,
    refusal_to_act_for,
)
from network.selectors import organisation_get, organisation_list, people_list, person_get
from network.services.invitations import invitation_create
from network.services.organisations import organisation_set_status, organisation_update

PER_PAGE = 24


def _page_of(request, items, form):
    """The page asked for (past the end: the last); a number that is not a page number is
    an error on the filter form, and the first page is shown."""
    paginator = Paginator(items, PER_PAGE)
    try:
        number = clean_page(request.GET.get("pagina"), last=paginator.num_pages)
    except ValidationError as error:
        form.add_error(None, error)
        number = 1
    return paginator.page(number)


def organisation_index(request):
    form = DirectoryFilterForm(request.GET)
    organisations = organisation_list(user=request.user, **form.valid_filters())
    results = _page_of(request, organisations, form)
    return TemplateResponse(
        request,
        "network/directory/organisation_list.html",
        {"filter_form": form, "results": results},
        status=400 if form.errors else 200,
    )


def _visible_organisation(request, slug):
    organisation = organisation_get(slug=slug)
    if organisation is None or not can_see_organisation(request.user, organisation):
        raise Http404(_("No such organisation in the network."))
    return organisation


def _managed_organisation(request, slug):
    organisation = _visible_organisation(request, slug)
    if not can_manage_organisation(request.user, organisation):
        raise PermissionDenied(
            _("Only this organisation's administrators and the desk may do this.")
        )
    return organisation


def organisation_detail(request, slug):
    organisation = _visible_organisation(request, slug)
    context = {
        "organisation": organisation,
        "people": people_list(user=request.user, organisation=organisation),
        "can_manage": can_manage_organisation(request.user, organisation),
        "can_moderate": can_moderate(request.user),
        "is_member": is_member(request.user),
    }
    if context["can_moderate"]:
        context["status_form"] = StatusForm(
            initial={
                "status": organisation.status,
                "agreement_signed_on": organisation.agreement_signed_on,
            }
        )
        context["history"] = ModelLogEntry.objects.for_instance(organisation).select_related(
            "user"
        )[:20]
    return TemplateResponse(request, "network/directory/organisation_detail.html", context)


@login_required
def organisation_edit(request, slug):
    organisation = _managed_organisation(request, slug)
    form = OrganisationForm(request.POST or None, request.FILES or None, instance=organisation)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        fields = {
            name: data[name]
            for name in (
                "name",
                "sector",
                "size_class",
                "region",
                "place",
                "website",
                "description",
            )
        }
        organisation_update(
            organisation=organisation,
            actor=request.user,
            fields=fields,
            offers=data["offers"],
            needs=data["needs"],
            logo=data["logo"] if "logo" in request.FILES else None,  # checked, re-encoded
            remove_logo=data["remove_logo"],
        )
        messages.success(request, _("The organisation's profile is saved."))
        return redirect("network:organisation", slug=organisation.slug)
    if request.method == "POST":
        organisation.refresh_from_db()
    return TemplateResponse(
        request,
        "network/directory/organisation_form.html",
        {"organisation": organisation, "form": form},
        status=400 if form.errors else 200,
    )


@login_required
def organisation_people(request, slug):
    """An administrator's view of the organisation's people and invitations."""
    organisation = _managed_organisation(request, slug)
    # Only an organisation the desk admitted invites: the page says why not.
    refusal = refusal_to_act_for(request.user, organisation)
    form = InvitationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            invitation_create(
                organisation=organisation,
                actor=request.user,
                email=form.cleaned_data["email"],
                role=form.cleaned_data["role"],
                request=request,
            )
        except PermissionDenied as denied:
            refusal = str(denied)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request,
                _("The invitation is on its way to %(email)s.")
                % {"email": form.cleaned_data["email"]},
            )
            return redirect("network:organisation_people", slug=organisation.slug)
    return TemplateResponse(
        request,
        "network/directory/organisation_people.html",
        {
            "organisation": organisation,
            "people": people_list(user=request.user, organisation=organisation),
            "invitations": Invitation.objects.filter(organisation=organisation, accepted_at=None),
            "form": form,
            "refusal": refusal,
        },
        status=403 if refusal and request.method == "POST" else 400 if form.errors else 200,
    )


@login_required
@require_POST
def organisation_status(request, slug):
    organisation = _visible_organisation(request, slug)
    if not can_moderate(request.user):
        raise PermissionDenied(_("Only the desk may change an organisation's network status."))
    form = StatusForm(request.POST)
    if form.is_valid():
        organisation_set_status(
            organisation=organisation,
            actor=request.user,
            status=form.cleaned_data["status"],
            agreement_signed_on=form.cleaned_data["agreement_signed_on"],
        )
        messages.success(request, _("The network status is saved."))
    else:
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, error)
    return redirect("network:organisation", slug=organisation.slug)


@login_required
def desk(request):
    """The desk's overview: registrations awaiting a decision."""
    if not can_moderate(request.user):
        raise PermissionDenied(_("This page is for the network's desk."))
    pending = organisation_list(user=request.user, status=OrganisationStatus.PENDING)
    return TemplateResponse(request, "network/directory/desk.html", {"pending": pending})


def person_index(request):
    form = DirectoryFilterForm(request.GET)
    people = people_list(user=request.user, **form.valid_filters())
    results = _page_of(request, people, form)
    return TemplateResponse(
        request,
        "network/directory/person_list.html",
        {"filter_form": form, "results": results, "is_member": is_member(request.user)},
        status=400 if form.errors else 200,
    )


def person_detail(request, public_id):
    person = person_get(user=request.user, public_id=public_id)
    if person is None:
        raise Http404(_("No such profile, or it is not shown to you."))
    return TemplateResponse(
        request,
        "network/directory/person_detail.html",
        {"person": person, "languages": person.language_names},
    )
