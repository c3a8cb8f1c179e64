"""Signing up, accepting an invitation, and the account overview."""

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from wagtail.log_actions import log
from wagtail.models import APIToken

from network.forms import InvitationAcceptForm, RegistrationOrganisationForm, SignUpForm
from network.permissions import can_moderate, is_member
from network.services.invitations import InvitationError, invitation_accept, invitation_for_token
from network.services.organisations import organisation_register

BACKEND = "django.contrib.auth.backends.ModelBackend"


def signup(request):
    """Register an organisation and become its first administrator."""
    if request.user.is_authenticated:
        return redirect("accounts:home")
    person_form = SignUpForm(request.POST or None, prefix="person")
    organisation_form = RegistrationOrganisationForm(request.POST or None, prefix="organisation")
    if request.method == "POST" and person_form.is_valid() and organisation_form.is_valid():
        data = person_form.cleaned_data
        with transaction.atomic():
            person = organisation_register(
                email=data["email"],
                password=data["password1"],
                first_name=data["first_name"],
                last_name=data["last_name"],
                job_title=data["job_title"],
                visibility=data["visibility"],
                organisation_fields=organisation_form.cleaned_data,
            )
        login(request, person.user, backend=BACKEND)
        messages.success(
            request,
            _("Welcome! %(organisation)s is registered; the network's desk will review it soon.")
            % {"organisation": person.organisation.name},
        )
        return redirect("accounts:home")
    has_errors = bool(person_form.errors or organisation_form.errors)
    return TemplateResponse(
        request,
        "accounts/signup.html",
        {"person_form": person_form, "organisation_form": organisation_form},
        status=400 if has_errors else 200,
    )


def invitation(request, token):
    """Accept an invitation: create an account in the inviting organisation."""
    try:
        open_invitation = invitation_for_token(token=token)
    except InvitationError as error:
        return TemplateResponse(
            request, "accounts/invitation_invalid.html", {"reason": str(error)}, status=410
        )
    form = InvitationAcceptForm(request.POST or None)
    form.email_for_validation = open_invitation.email
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            user = invitation_accept(
                invitation=open_invitation,
                first_name=data["first_name"],
                last_name=data["last_name"],
                password=data["password1"],
                job_title=data["job_title"],
                visibility=data["visibility"],
            )
        except InvitationError as error:
            return TemplateResponse(
                request, "accounts/invitation_invalid.html", {"reason": str(error)}, status=410
            )
        login(request, user, backend=BACKEND)
        messages.success(request, _("Welcome to the network! Complete your profile below."))
        return redirect("network:profile_edit")
    return TemplateResponse(
        request,
        "accounts/invitation.html",
        {"invitation": open_invitation, "form": form},
        status=400 if form.errors else 200,
    )


@login_required
def home(request):
    """The account overview: profile, roles, contributions and privacy."""
    person = getattr(request.user, "person", None)
    return TemplateResponse(
        request,
        "accounts/home.html",
        {
            "person": person,
            "is_member": is_member(request.user),
            "can_moderate": can_moderate(request.user),
            "can_manage": person is not None
            and request.user.has_perm("network.manage_own_organisation"),
            "roles": request.user.groups.order_by("name"),
        },
    )


@login_required
def api_tokens(request):
    """Personal API tokens: create one (its secret is shown once) or revoke one."""
    new_token = None
    if request.method == "POST":
        if request.POST.get("revoke"):
            token = APIToken.objects.filter(
                user=request.user, pk=request.POST["revoke"], revoked_at__isnull=True
            ).first()
            if token is not None:
                token.revoke()
                log(instance=token, action="wagtail.apitoken.revoke", user=request.user)
                messages.success(request, _("The token is revoked."))
            return redirect("accounts:api_tokens")
        name = " ".join(request.POST.get("name", "").split())[:80]
        if not name:
            messages.error(request, _("Give the token a name, so you know later what uses it."))
        else:
            token, new_token = APIToken.create_token(user=request.user, name=name)
            log(instance=token, action="wagtail.apitoken.create", user=request.user)
    return TemplateResponse(
        request,
        "accounts/api_tokens.html",
        {
            "tokens": APIToken.objects.filter(user=request.user).order_by("-created"),
            "new_token": new_token,
        },
    )
