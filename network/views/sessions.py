"""Signing up for a session, and who comes: thin over `network.services.sessions`.

Reached through the session page's own routes (`SessionPage.signup` and the others).
"""

import csv

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from network.models import RegistrationStatus
from network.permissions import can_see_attendees
from network.selectors import session_attendance
from network.services.sessions import registration_cancel, registration_create


def _refused(request, session, error) -> TemplateResponse:
    """The session page again, with the reason; nothing was changed."""
    context = session.get_context(request)
    context["signup_error"] = " ".join(getattr(error, "messages", [str(error)]))
    return TemplateResponse(request, session.template, context, status=400)


@require_POST
def signup(request, *, session):
    if not request.user.is_authenticated:
        return redirect_to_login(session.url)
    try:
        registration = registration_create(session=session, user=request.user)
    except PermissionDenied as error:
        return _refused(request, session, error)
    except ValidationError as error:
        return _refused(request, session, error)
    if registration.status == RegistrationStatus.WAITING:
        messages.success(
            request, _("The session is full: you are on the waiting list. We sent you an e-mail.")
        )
    else:
        messages.success(request, _("You are signed up. We sent you an e-mail with the details."))
    return redirect(session.url)


@require_POST
def cancel(request, *, session):
    if not request.user.is_authenticated:
        return redirect_to_login(session.url)
    try:
        registration_cancel(session=session, user=request.user)
    except ValidationError as error:
        return _refused(request, session, error)
    messages.success(request, _("You have cancelled your sign-up."))
    return redirect(session.url)


def _attendance_for(request, session):
    if not request.user.is_authenticated:
        return None
    if not can_see_attendees(request.user, session):
        raise PermissionDenied(
            _("Only the session's facilitators, the desk and the host see who comes.")
        )
    return session_attendance(session=session, viewer=request.user)


def attendees(request, *, session):
    attendance = _attendance_for(request, session)
    if attendance is None:
        return redirect_to_login(request.get_full_path())
    return TemplateResponse(
        request,
        "network/session_attendees.html",
        {"page": session, "self": session, "attendance": attendance},
    )


def attendees_csv(request, *, session):
    attendance = _attendance_for(request, session)
    if attendance is None:
        raise Http404
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{session.slug}-deelnemers.csv"'
    writer = csv.writer(response)
    writer.writerow([_("Name"), _("Organisation"), _("Sector"), _("Status"), _("Signed up at")])
    statuses = dict(RegistrationStatus.choices)
    for row in [*attendance.attendees, *attendance.waiting]:
        writer.writerow(
            [
                _csv_safe(row.name or _("(name not shown)")),
                _csv_safe(row.organisation),
                row.sector,
                statuses[row.status],
                row.signed_up_at.isoformat(),
            ]
        )
    return response


def _csv_safe(value: str) -> str:
    """A cell a spreadsheet will not run as a formula."""
    return "'" + value if value[:1] in ("=", "+", "-", "@") else value
