"""Signing up, accepting an invitation, the account overview, API tokens and passwords."""

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse, reverse_lazy
from django.utils.translation import gettext as _

from accounts import throttling
from accounts.forms import APITokenForm
from accounts.selectors import api_tokens_of, user_with_email
from accounts.services import (
    SignUpLinkInvalid,
    api_token_create,
    api_token_revoke,
    signup_start,
    signup_token_make,
    signup_token_read,
)
from core.links import absolute_url
from network.forms import (
    InvitationAcceptForm,
    NewPasswordForm,
    RegistrationOrganisationForm,
    SignUpForm,
)
from network.permissions import can_moderate, is_member
from network.services.invitations import InvitationError, invitation_accept, invitation_for_token
from network.services.organisations import organisation_register

BACKEND = "django.contrib.auth.backends.ModelBackend"


def _signup_forms(data=None):
    return (
        SignUpForm(data, prefix="person"),
        RegistrationOrganisationForm(data, prefix="organisation"),
    )


def _signup_data(*forms) -> dict:
    """What the visitor typed, by field name, to carry in the confirmation link."""
    return {
        form[name].html_name: form.data[form[name].html_name]
        for form in forms
        for name in form.fields
        if form.data.get(form[name].html_name)
    }


def signup(request):
    """Register an organisation: step one, the details; the address is confirmed by e-mail.

    Whether the address already has an account, the visitor sees the same "check your
    e-mail" page; the mailbox gets either the link to go on or a note to its owner."""
    if request.user.is_authenticated:
        return redirect("accounts:home")
    person_form, organisation_form = _signup_forms(request.POST or None)
    if request.method == "POST" and person_form.is_valid() and organisation_form.is_valid():
        token = signup_token_make(data=_signup_data(person_form, organisation_form))
        signup_start(
            email=person_form.cleaned_data["email"],
            first_name=person_form.cleaned_data["first_name"],
            organisation=organisation_form.cleaned_data["name"],
            confirm_url=absolute_url(
                reverse("accounts:signup_confirm", args=[token]), request=request
            ),
            login_url=absolute_url(reverse("accounts:login"), request=request),
            password_reset_url=absolute_url(reverse("accounts:password_reset"), request=request),
        )
        return redirect("accounts:signup_sent")
    has_errors = bool(person_form.errors or organisation_form.errors)
    return TemplateResponse(
        request,
        "accounts/signup.html",
        {"person_form": person_form, "organisation_form": organisation_form},
        status=400 if has_errors else 200,
    )


def signup_sent(request):
    return TemplateResponse(request, "accounts/signup_sent.html")


def _signup_invalid(request, reason, problems=()):
    return TemplateResponse(
        request,
        "accounts/signup_invalid.html",
        {"reason": reason, "problems": problems},
        status=410,
    )


def signup_confirm(request, token):
    """Step two, from the e-mailed link: choose a password; then the organisation (awaiting
    the desk) and its first administrator are made, and the administrator is logged in."""
    if request.user.is_authenticated:
        return redirect("accounts:home")
    try:
        data = signup_token_read(token=token)
    except SignUpLinkInvalid as error:
        return _signup_invalid(request, str(error))
    finished = _("This registration was finished already. Log in with your e-mail address.")
    if user_with_email(email=data.get("person-email", "")) is not None:
        return _signup_invalid(request, finished)
    person_form, organisation_form = _signup_forms(data)
    if not (person_form.is_valid() and organisation_form.is_valid()):
        problems = [
            message
            for form in (person_form, organisation_form)
            for messages_of_field in form.errors.values()
            for message in messages_of_field
        ]
        return _signup_invalid(
            request, _("Something changed since you registered; register again."), problems
        )
    person_data = person_form.cleaned_data
    form = NewPasswordForm(
        request.POST or None,
        details={key: person_data[key] for key in ("email", "first_name", "last_name")},
    )
    if request.method == "POST" and form.is_valid():
        try:
            with transaction.atomic():
                person = organisation_register(
                    email=person_data["email"],
                    password=form.cleaned_data["password1"],
                    first_name=person_data["first_name"],
                    last_name=person_data["last_name"],
                    job_title=person_data["job_title"],
                    visibility=person_data["visibility"],
                    organisation_fields=organisation_form.cleaned_data,
                )
        except IntegrityError:  # the same link, sent twice at once
            return _signup_invalid(request, finished)
        login(request, person.user, backend=BACKEND)
        messages.success(
            request,
            _("Welcome! %(organisation)s is registered; the network's desk will review it soon.")
            % {"organisation": person.organisation.name},
        )
        return redirect("accounts:home")
    return TemplateResponse(
        request,
        "accounts/signup_confirm.html",
        {"form": form, "person": person_data, "organisation": organisation_form.cleaned_data},
        status=400 if form.errors else 200,
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
        throttling.login_lock_lift(email=form.user.email)
        return response


class PasswordChangeView(auth_views.PasswordChangeView):
    """A logged-in person changes their password: the old one, then the new one twice; they
    stay logged in here (other sessions end, as Django does)."""

    template_name = "accounts/password_change.html"
    success_url = reverse_lazy("accounts:home")

    def post(self, request, *args, **kwargs):
        # A wrong current password counts like a failed log-in (django-axes).
        if throttling.password_check_locked(request, username=request.user.email):
            credentials = {"username": request.user.email}
            return throttling.lockout_response(request, credentials=credentials)
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        response = super().form_valid(form)
        messages.success(self.request, _("Your password is changed."))
        return response

    def form_invalid(self, form):
        if form.has_error("old_password"):
            throttling.password_check_failed(self.request, username=self.request.user.email)
        response = super().form_invalid(form)
        response.status_code = 400
        return response
