"""The exports of a whole workshop for its facilitators: one CSV table of the results and
notes, and everything as JSON. Thin over `outcomes.workshop_export`."""

import csv
import json

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.text import slugify
from django.utils.translation import gettext as _

from workshops import outcomes, selectors
from workshops.models import Workshop


def _facilitated(request, workshop_id: int) -> Workshop:
    workshop = get_object_or_404(Workshop, pk=workshop_id)
    if not selectors.is_facilitator(workshop=workshop, user=request.user):
        raise PermissionDenied(_("Only the facilitators of this workshop can do this."))
    return workshop


def _csv_safe(value) -> str:
    """A cell a spreadsheet will not run as a formula."""
    value = str(value)
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def _download(response: HttpResponse, workshop: Workshop, extension: str) -> HttpResponse:
    name = slugify(workshop.title) or "werksessie"
    response["Content-Disposition"] = f'attachment; filename="{name}.{extension}"'
    return response


@login_required
def export_csv(request, workshop_id: int):
    """The workshop's results and notes as one CSV table."""
    workshop = _facilitated(request, workshop_id)
    export = outcomes.workshop_export(workshop=workshop)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    writer = csv.writer(response)
    writer.writerow(
        [
            _("Step"),
            _("Kind"),
            _("Title"),
            _("Section"),
            _("Item"),
            _("Count"),
            _("Element"),
            _("By"),
        ]
    )
    for row in outcomes.export_rows(export=export):
        writer.writerow([_csv_safe(cell) for cell in row])
    return _download(response, workshop, "csv")


@login_required
def export_json(request, workshop_id: int):
    """The whole workshop as JSON: steps, settings, results, notes, participants by number."""
    workshop = _facilitated(request, workshop_id)
    export = outcomes.workshop_export(workshop=workshop)
    response = HttpResponse(
        json.dumps(export, ensure_ascii=False, indent=2), content_type="application/json"
    )
    return _download(response, workshop, "json")
