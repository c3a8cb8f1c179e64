"""Requests and availabilities as JSON: the format of the API bodies and of the import and
export commands (docs/formats/matching.md). The records' shape and limits are the schemas
of `matching.schemas` (the same for the API and the import); this module looks up what
they name (forms, places, terms, people) and reports every error with the path of the
field, in words, building nothing until everything is valid."""

import datetime

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from pydantic import ValidationError as PydanticValidationError

from core.api import errors_by_path
from core.limits import json_text_problems
from matching import services, timegrid
from matching.choices import AvailabilityStatus, RequestStatus
from matching.models import Availability, ExchangeRequest
from matching.schemas import (
    FORMAT,
    VERSION,
    AvailabilityIn,
    AvailabilityRecord,
    DocumentShell,
    RequestIn,
    RequestRecord,
)
from matching.services import AvailabilityData, RequestData
from network.models import Person
from network.selectors import organisation_get
from vocabulary.models import MobilityForm
from vocabulary.selectors import place_for_label, terms

__all__ = ["FORMAT", "VERSION"]


class Errors:
    """Collects errors by path, e.g. `requests[2].windows[0].end`."""

    def __init__(self, prefix: str = ""):
        self.prefix = prefix
        self.items: dict[str, list[str]] = {}

    def add(self, path: str, message: str) -> None:
        self.items.setdefault(_spot(f"{self.prefix}{path}"), []).append(message)

    def extend(self, error: ValidationError, path: str = "") -> None:
        """Add the errors a service raised for the record at `path` (`ends_on` becomes
        `requests[2].ends_on`)."""
        if hasattr(error, "error_dict"):
            for key, messages in error.message_dict.items():
                for message in messages:
                    self.add(path if key == NON_FIELD_ERRORS else f"{path}{key}", message)
        else:
            for message in error.messages:
                self.add(path, message)

    def extend_parsed(self, error: PydanticValidationError, path: str = "") -> None:
        """Add the errors of a record that does not fit its schema."""
        for spot, messages in errors_by_path(error, f"{self.prefix}{path}").items():
            self.items.setdefault(spot, []).extend(messages)

    def count(self) -> int:
        return sum(len(messages) for messages in self.items.values())

    def raise_if_any(self) -> None:
        if self.items:
            raise ValidationError(self.items)


def _spot(path: str) -> str:
    """A record's own path without the dot that joins it to its fields; the whole body is
    `__all__`, as Django names errors that belong to no field."""
    return path.rstrip(".") or NON_FIELD_ERRORS


# From a parsed record to what the services take.


def _terms(errors: Errors, path: str, slugs: list[str], *, kind: str | None = None) -> list:
    found = {term.slug: term for term in terms().filter(slug__in=slugs)}
    chosen = []
    for index, slug in enumerate(slugs):
        term = found.get(slug)
        if term is None:
            errors.add(
                f"{path}[{index}]",
                _("Unknown qualification or expertise “%(value)s”.") % {"value": slug},
            )
        elif kind and term.kind != kind:
            errors.add(
                f"{path}[{index}]", _("“%(value)s” is not a qualification.") % {"value": slug}
            )
        elif term not in chosen:
            chosen.append(term)
    return chosen


def _place(errors: Errors, path: str, label: str | None):
    if not label:
        return None
    place = place_for_label(label=label)
    if place is None:
        errors.add(path, _("“%(value)s” is not a place we know.") % {"value": label})
    return place


def _form(errors: Errors, path: str, slug: str) -> MobilityForm | None:
    form = MobilityForm.objects.filter(slug=slug).first()
    if form is None:
        errors.add(path, _("Unknown form of mobility “%(value)s”.") % {"value": slug})
    return form


def request_data(record: RequestIn, errors: Errors, path: str = "") -> RequestData | None:
    """A parsed request record as `RequestData`, or None with every error added to
    `errors` (a form, place or term that does not exist)."""
    before = errors.count()
    fields = {
        "title": record.title,
        "description": record.description,
        "form": _form(errors, f"{path}form", record.form),
        "is_crisis": record.is_crisis,
        "hours_per_week": record.hours_per_week,
        "starts_on": record.starts_on,
        "ends_on": record.ends_on,
        "windows": [window.window() for window in record.windows],
        "shifts": [(shift.date, shift.start, shift.end) for shift in record.shifts],
        "place": _place(errors, f"{path}place", record.place),
        "remote_possible": record.remote_possible,
        "people_needed": record.people_needed,
        "max_cost_per_hour": record.max_cost_per_hour,
        "required": _terms(
            errors,
            f"{path}required_qualifications",
            record.required_qualifications,
            kind="qualification",
        ),
        "desired": _terms(errors, f"{path}desired_qualifications", record.desired_qualifications),
    }
    if errors.count() > before:
        return None
    return RequestData(**fields)


def availability_data(
    record: AvailabilityIn, errors: Errors, path: str = ""
) -> AvailabilityData | None:
    """A parsed availability record as `AvailabilityData`, or None with every error added."""
    before = errors.count()
    forms = [
        _form(errors, f"{path}forms[{index}]", slug) for index, slug in enumerate(record.forms)
    ]
    fields = {
        "valid_from": record.valid_from,
        "valid_until": record.valid_until,
        "max_hours_per_week": record.max_hours_per_week,
        "contract_hours_per_week": record.contract_hours_per_week,
        "windows": [window.window() for window in record.windows],
        "offer_type": record.offer_type,
        "matchable": record.matchable,
        "exceptions": list(record.exceptions),
        "forms": forms,
        "sectors": list(dict.fromkeys(record.sectors)),
        "place": _place(errors, f"{path}place", record.place),
        "travel_radius_km": record.travel_radius_km,
        "remote_ok": record.remote_ok,
        "qualifications": _qualifications(errors, path, record),
    }
    if errors.count() > before:
        return None
    return AvailabilityData(**fields)


def _qualifications(errors: Errors, path: str, record: AvailabilityIn) -> list[tuple]:
    wanted = [held.qualification for held in record.qualifications]
    found = {term.slug: term for term in terms(kind="qualification").filter(slug__in=wanted)}
    chosen, seen = [], set()
    for index, held in enumerate(record.qualifications):
        spot = f"{path}qualifications[{index}].qualification"
        term = found.get(held.qualification)
        if term is None:
            errors.add(
                spot, _("Unknown qualification “%(value)s”.") % {"value": held.qualification}
            )
        elif held.qualification in seen:
            errors.add(spot, _("This qualification is listed twice."))
        else:
            seen.add(held.qualification)
            chosen.append((term, held.valid_until))
    return chosen


# Writing records.


def window_json(window: timegrid.Window) -> dict:
    return {
        "weekday": window.weekday,
        "start": _time_text(window.start),
        "end": _end_text(window.end),
    }


def _time_text(value: datetime.time) -> str:
    return value.strftime("%H:%M")


def _end_text(value: datetime.time) -> str:
    return "24:00" if value == datetime.time(0, 0) else value.strftime("%H:%M")


def _float(value) -> float | None:
    return float(value) if value is not None else None


def request_json(request: ExchangeRequest) -> dict:
    """A request as a record of the format (prefetch windows, shifts and terms for many)."""
    return {
        "id": request.pk,
        "organisation": request.organisation.slug,
        "status": request.status,
        "title": request.title,
        "description": request.description,
        "form": request.form.slug,
        "is_crisis": request.is_crisis,
        "hours_per_week": float(request.hours_per_week),
        "starts_on": request.starts_on.isoformat(),
        "ends_on": request.ends_on.isoformat(),
        "windows": [window_json(w) for w in request.windows.all()],
        "shifts": [
            {"date": s.date.isoformat(), "start": _time_text(s.start), "end": _end_text(s.end)}
            for s in request.shifts.all()
        ],
        "place": request.place.label if request.place else None,
        "remote_possible": request.remote_possible,
        "people_needed": request.people_needed,
        "max_cost_per_hour": _float(request.max_cost_per_hour),
        "required_qualifications": sorted(t.slug for t in request.required_qualifications.all()),
        "desired_qualifications": sorted(t.slug for t in request.desired_qualifications.all()),
    }


def availability_json(availability: Availability) -> dict:
    """An availability as a record of the format, naming its person by e-mail address (the
    API leaves the address out)."""
    return {
        "id": availability.pk,
        "email": availability.person.user.email,
        "status": availability.status,
        "cost_price_per_hour": _float(availability.cost_price_per_hour),
        "offer_type": availability.offer_type,
        "matchable": availability.matchable,
        "valid_from": availability.valid_from.isoformat(),
        "valid_until": availability.valid_until.isoformat(),
        "max_hours_per_week": float(availability.max_hours_per_week),
        "contract_hours_per_week": float(availability.contract_hours_per_week),
        "windows": [window_json(w) for w in availability.windows.all()],
        "exceptions": [e.date.isoformat() for e in availability.exceptions.all()],
        "forms": sorted(f.slug for f in availability.mobility_forms.all()),
        "sectors": list(availability.sectors),
        "place": availability.place.label if availability.place else None,
        "travel_radius_km": availability.travel_radius_km,
        "remote_ok": availability.remote_ok,
        "qualifications": sorted(
            (
                {
                    "qualification": q.term.slug,
                    "valid_until": q.valid_until.isoformat() if q.valid_until else None,
                }
                for q in availability.qualifications.all()
            ),
            key=lambda entry: entry["qualification"],
        ),
    }


REQUEST_PREFETCH = ("windows", "shifts", "required_qualifications", "desired_qualifications")
AVAILABILITY_PREFETCH = ("windows", "exceptions", "mobility_forms", "qualifications__term")


# The whole document: export and import.


def document_export() -> dict:
    """Every request and availability whose period has not ended, as one document. Finished
    ones stay behind: they are history, and the services accept no period in the past."""
    today = timezone.localdate()
    requests = (
        ExchangeRequest.objects.filter(ends_on__gte=today)
        .select_related("organisation", "form", "place")
        .prefetch_related(*REQUEST_PREFETCH)
        .order_by("pk")
    )
    availabilities = (
        Availability.objects.filter(valid_until__gte=today)
        .select_related("person__user", "place")
        .prefetch_related(*AVAILABILITY_PREFETCH)
        .order_by("pk")
    )
    return {
        "format": FORMAT,
        "version": VERSION,
        "requests": [request_json(request) for request in requests],
        "availabilities": [availability_json(availability) for availability in availabilities],
    }


def _parsed(schema, item, errors: Errors, path: str):
    """A record read by its schema, or None with its errors added under `path`."""
    try:
        return schema.model_validate(item)
    except PydanticValidationError as error:
        errors.extend_parsed(error, path)
        return None


def document_import(document) -> dict[str, int]:
    """Store every record of a document, or nothing: a ValidationError names each wrong
    record and field (`requests[2].windows[0].end`). Runs as the operator, on behalf of the
    organisations: requests keep their status without notifying anyone, availabilities
    may arrive approved with their cost price."""
    errors = Errors()
    # Text that no database can store is refused first, by path, before any lookup sees it.
    for path, messages in json_text_problems(document).items():
        for message in messages:
            errors.add(path, message)
    errors.raise_if_any()
    shell = _parsed(DocumentShell, document, errors, "")
    errors.raise_if_any()
    requests = [
        parsed
        for index, item in enumerate(shell.requests)
        if (parsed := _request_record(item, errors, f"requests[{index}]."))
    ]
    availabilities = [
        parsed
        for index, item in enumerate(shell.availabilities)
        if (parsed := _availability_record(item, errors, f"availabilities[{index}]."))
    ]
    with transaction.atomic():
        # Records that parsed are written too, so that the services' own checks report
        # every wrong record at once; any error rolls everything back.
        for path, write in requests + availabilities:
            try:
                with transaction.atomic():
                    write()
            except ValidationError as error:
                errors.extend(error, path)
        errors.raise_if_any()
    return {"requests": len(requests), "availabilities": len(availabilities)}


def _request_record(item, errors: Errors, path: str):
    record = _parsed(RequestRecord, item, errors, path)
    if record is None:
        return None
    before = errors.count()
    data = request_data(record, errors, path)
    organisation = organisation_get(slug=record.organisation)
    if organisation is None:
        errors.add(
            f"{path}organisation",
            _("Unknown organisation “%(value)s”.") % {"value": record.organisation},
        )
    if errors.count() > before:
        return None
    status = record.status

    def write():
        saved = services.request_write(organisation=organisation, created_by=None, data=data)
        if status != saved.status:
            # Set quietly, as the operator: an import does not notify anyone.
            saved.status = status
            saved.opened_at = timezone.now() if status == RequestStatus.OPEN else None
            saved.save(update_fields=["status", "opened_at", "updated_at"])

    return path, write


def _availability_record(item, errors: Errors, path: str):
    record = _parsed(AvailabilityRecord, item, errors, path)
    if record is None:
        return None
    before = errors.count()
    data = availability_data(record, errors, path)
    person = (
        Person.objects.select_related("organisation")
        .filter(user__email__iexact=record.email)
        .first()
    )
    if person is None:
        errors.add(
            f"{path}email",
            _("Nobody in the network has the address “%(value)s”.") % {"value": record.email},
        )
    status, cost = record.status, record.cost_price_per_hour
    if status == AvailabilityStatus.APPROVED and cost is None:
        errors.add(f"{path}cost_price_per_hour", _("An approved availability has a cost price."))
    if errors.count() > before:
        return None

    def write():
        saved = services.availability_save(person=person, data=data)
        if status == AvailabilityStatus.APPROVED:
            services.availability_mark_approved(
                availability=saved, approved_by=None, cost_price_per_hour=cost
            )
        elif status != saved.status or cost is not None:
            saved.status, saved.cost_price_per_hour = status, cost
            saved.full_clean()
            saved.save(update_fields=["status", "cost_price_per_hour", "updated_at"])

    return path, write
