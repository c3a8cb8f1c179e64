"""A person's own profile and their privacy rights: a copy of their data, and erasure."""

import json

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from network.forms import ProfileForm
from network.services.people import person_update
from network.services.privacy import person_erase, person_export


@login_required
def profile_edit(request):
    person = getattr(request.user, "person", None)
    if person is None:
        raise Http404(_("Your account has no profile in the network."))
    form = ProfileForm(request.POST or None, request.FILES or None, person=person)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        person_update(
            person=person,
            first_name=data["first_name"],
            last_name=data["last_name"],
            job_title=data["job_title"],
            bio=data["bio"],
            languages=data["languages"],
            visibility=data["visibility"],
            listing_consent=data["listing_consent"],
            expertise=data["expertise"],
            qualifications=data["qualifications"],
            photo=data["photo"],
            remove_photo=data["remove_photo"],
            digest=data["digest"],
        )
        messages.success(request, _("Your profile is saved."))
        return redirect("network:person", public_id=person.public_id)
    return TemplateResponse(
        request,
        "network/account/profile_form.html",
        {"form": form, "person": person},
        status=400 if form.errors else 200,
    )


@login_required
def privacy(request):
    """Download one's data, or erase the account after confirming with the password."""
    error = None
    if request.method == "POST":
        if request.user.check_password(request.POST.get("password", "")) and request.POST.get(
            "confirm"
        ):
            person_erase(user=request.user)
            logout(request)
            messages.success(request, _("Your account and personal data have been erased."))
            return redirect("/")
        error = _("Tick the box and give your current password to erase your account.")
    return TemplateResponse(
        request,
        "network/account/privacy.html",
        {"error": error},
        status=400 if error else 200,
    )


@login_required
@require_GET
def privacy_export(request):
    data = person_export(user=request.user)
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=2),
        content_type="application/json; charset=utf-8",
    )
    response["Content-Disposition"] = 'attachment; filename="mijn-gegevens-breder-belang.json"'
    return response
