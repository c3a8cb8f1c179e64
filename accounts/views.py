"""Signing up, accepting an invitation, and the account overview."""

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db import transaction
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse_lazy
from django.utils.translation import gettext as _

from accounts.forms import APITokenForm
from accounts.selectors import api_tokens_of
from accounts.services import api_token_create, api_token_revoke
from accounts.throttling import login_lock_lift
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
    """Personal API tokens: make one (its secret is shown once), see when each was last used
    and when it expires, revoke one."""
    if request.method == "POST" and request.POST.get("revoke"):
        token_id = request.POST["revoke"]
        if token_id.isdigit() and api_token_revoke(user=request.user, token_id=int(token_id)):
            messages.success(request, _("The token is revoked."))
        return redirect("accounts:api_tokens")
    form = APITokenForm(request.POST or None)
    new_token = secret = None
    if request.method == "POST" and form.is_valid():
        try:
            new_token, secret = api_token_create(
                user=request.user,
                name=form.cleaned_data["name"],
                lifetime_days=form.cleaned_data["lifetime_days"],
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            form = APITokenForm()
    return TemplateResponse(
        request,
        "accounts/api_tokens.html",
        {
            "form": form,
            "tokens": api_tokens_of(user=request.user),
            "new_token": new_token,
            "secret": secret,
        },
        status=400 if form.errors else 200,
    )


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    """Choose a new password from the e-mailed link; it also lifts a lock on the account."""

    template_name = "accounts/password_reset_confirm.html"
    success_url = reverse_lazy("accounts:password_reset_complete")

    def form_valid(self, form):
        response = super().form_valid(form)
        login_lock_lift(email=form.user.email)
        return response
